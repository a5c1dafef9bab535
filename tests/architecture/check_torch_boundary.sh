#!/usr/bin/env bash
# Torch headers break under Qt's `slots`/`signals` macros, which qcustomplot.h needs. The rules:
#  1. only core/student/ (and its tests and benchmarks) include torch, ATen or c10 headers;
#  2. a file that includes torch includes no widget, GUI or QCustomPlot header;
#  3. a core/student/ header that includes torch is included only from core/student/ (and its
#     tests and benchmarks): everything else reaches the student through torch-free headers.
set -euo pipefail
cd "$1"
torch_pattern='#include[[:space:]]*<(torch/|ATen/|c10/)'
widget_pattern='#include[[:space:]]*[<"](QtWidgets|QtGui|qcustomplot|QWidget|QMainWindow|QApplication|QPainter|QDialog)'
may_see_torch() {
    case "$1" in
    core/student/* | tests/student/* | bench/student*) return 0 ;;
    *) return 1 ;;
    esac
}
if git rev-parse --git-dir >/dev/null 2>&1; then
    mapfile -t sources < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h')
else
    mapfile -t sources < <(find core ui app tests bench -name '*.cpp' -o -name '*.h')
fi
status=0
torch_headers=()
for file in "${sources[@]}"; do
    grep -Eq "$torch_pattern" "$file" || continue
    if ! may_see_torch "$file"; then
        echo "rule 1: torch included outside core/student/: $file"
        status=1
    fi
    if grep -Eq "$widget_pattern" "$file"; then
        echo "rule 2: torch and widget headers in one file: $file"
        status=1
    fi
    case "$file" in core/student/*.h) torch_headers+=("${file#core/}") ;; esac
done
for header in "${torch_headers[@]}"; do
    for file in "${sources[@]}"; do
        may_see_torch "$file" && continue
        if grep -Fq "#include \"$header\"" "$file"; then
            echo "rule 3: $file includes $header, which includes torch"
            status=1
        fi
    done
done
[ "$status" -eq 0 ] && echo "torch boundary holds (${#torch_headers[@]} torch headers kept inside core/student/)"
exit $status

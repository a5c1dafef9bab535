#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what .clang-format asks for.
set -euo pipefail
root=$1
clang_format=$2
cd "$root"
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h')
if [ ${#files[@]} -eq 0 ]; then
    echo "no C++ files found" >&2
    exit 1
fi
"$clang_format" --dry-run --Werror "${files[@]}"
echo "${#files[@]} files follow .clang-format"

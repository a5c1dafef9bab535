#!/usr/bin/env bash
# Scale benchmark for the project store: imports, opens (stats --json) and exports a project of
# ROWS (default 1,000,000) synthetic samples with candist-cli, measuring wall time and peak RSS
# with GNU time, and the project file's size. Peer, measured in the same run: the sqlite3 shell's
# `.import` of the same CSV into a plain table (no parsing rules, no transaction bookkeeping, no
# gold/metadata split) -- the floor for "CSV into SQLite".
#   usage: [REPEAT=3] bench/store_scale/run.sh [BUILD_DIR] [ROWS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build_dir=${1:-"$root/build"}
rows=${2:-1000000}
repeat=${REPEAT:-3}
cli="$build_dir/app/cli/candist-cli"
for tool in /usr/bin/time sqlite3 python3; do
    command -v "$tool" >/dev/null || { echo "store_scale: $tool is missing (scripts/setup)" >&2; exit 1; }
done
[ -x "$cli" ] || { echo "store_scale: build candist-cli first ($cli)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/candist-store-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT
csv="$work/samples.csv"
python3 "$here/generate_samples.py" "$csv" "$rows"
echo "input: $rows rows, $(du -m "$csv" | cut -f1) MiB"

# measure NAME PREPARE COMMAND...: runs PREPARE (a shell function resetting the state) then
# COMMAND under GNU time, $repeat times; keeps the fastest wall time (the machine may be shared,
# and noise only ever adds time) and the largest peak RSS. Sets seconds_NAME and rss_NAME (MiB).
measure() {
    local name=$1 prepare=$2
    shift 2
    local best="" worst_rss=0 run
    for ((run = 0; run < repeat; ++run)); do
        "$prepare"
        /usr/bin/time -v -o "$work/time.$name" "$@" >"$work/out.$name" 2>"$work/err.$name" || {
            cat "$work/err.$name" >&2
            exit 1
        }
        local wall rss seconds
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.$name")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.$name")
        # wall is [h:]m:ss.ss
        seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; print s }')
        if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$seconds
        fi
        [ "$rss" -gt "$worst_rss" ] && worst_rss=$rss
    done
    printf -v "seconds_$name" '%s' "$best"
    printf -v "rss_$name" '%s' "$((worst_rss / 1024))"
    printf '%-22s %8.2f s   peak RSS %6d MiB   (best of %d)\n' "$name" "$best" "$((worst_rss / 1024))" "$repeat"
}

nothing() { :; }
fresh_project() { rm -f "$project" "$project-wal" "$project-shm"; }
fresh_peer() { rm -f "$work/peer.db"; }

project="$work/scale.candist"
measure import fresh_project "$cli" import "$project" --input "$csv" --id-column id --gold-column label
measure stats nothing "$cli" stats "$project" --json
measure export nothing "$cli" export "$project" --output "$work/export.csv"
measure export_probabilities nothing "$cli" export "$project" --output "$work/export_p.csv" --probabilities
measure sqlite3_import fresh_peer sqlite3 "$work/peer.db" -cmd ".mode csv" ".import $csv samples"

project_mib=$(du -m "$project" | cut -f1)
peer_mib=$(du -m "$work/peer.db" | cut -f1)
export_mib=$(du -m "$work/export.csv" | cut -f1)
samples=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["samples"])' <"$work/out.stats")
echo "project file: $project_mib MiB (sqlite3 plain table: $peer_mib MiB); export: $export_mib MiB"
echo "stats reports $samples samples"
[ "$samples" -eq "$rows" ] || { echo "store_scale: expected $rows samples" >&2; exit 1; }
ratio=$(awk -v a="$seconds_import" -v b="$seconds_sqlite3_import" 'BEGIN { printf "%.2f", a / b }')
echo "RESULT import_over_sqlite3_import=$ratio"

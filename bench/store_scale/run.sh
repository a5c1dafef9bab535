#!/usr/bin/env bash
# Scale benchmark for the project store: imports, opens (stats --json) and exports a project of
# ROWS (default 1,000,000) synthetic samples with candist-cli, measuring wall time and peak RSS
# with GNU time, and the project file's size. Peer, measured in the same run: the sqlite3 shell's
# `.import` of the same CSV into a plain table (no parsing rules, no transaction bookkeeping, no
# gold/metadata split) -- the floor for "CSV into SQLite".
#   usage: bench/store_scale/run.sh [BUILD_DIR] [ROWS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build_dir=${1:-"$root/build"}
rows=${2:-1000000}
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

# measure NAME COMMAND...: runs COMMAND under GNU time; sets seconds_NAME and rss_NAME (MiB).
measure() {
    local name=$1
    shift
    /usr/bin/time -v -o "$work/time.$name" "$@" >"$work/out.$name" 2>"$work/err.$name" || {
        cat "$work/err.$name" >&2
        exit 1
    }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.$name")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.$name")
    # wall is [h:]m:ss.ss
    local seconds
    seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; print s }')
    printf -v "seconds_$name" '%s' "$seconds"
    printf -v "rss_$name" '%s' "$((rss / 1024))"
    printf '%-22s %8.2f s   peak RSS %6d MiB\n' "$name" "$seconds" "$((rss / 1024))"
}

project="$work/scale.candist"
measure import "$cli" import "$project" --input "$csv" --id-column id --gold-column label
measure stats "$cli" stats "$project" --json
measure export "$cli" export "$project" --output "$work/export.csv"
measure export_probabilities "$cli" export "$project" --output "$work/export_p.csv" --probabilities
measure sqlite3_import sqlite3 "$work/peer.db" -cmd ".mode csv" ".import $csv samples"

project_mib=$(du -m "$project" | cut -f1)
peer_mib=$(du -m "$work/peer.db" | cut -f1)
export_mib=$(du -m "$work/export.csv" | cut -f1)
samples=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["samples"])' <"$work/out.stats")
echo "project file: $project_mib MiB (sqlite3 plain table: $peer_mib MiB); export: $export_mib MiB"
echo "stats reports $samples samples"
[ "$samples" -eq "$rows" ] || { echo "store_scale: expected $rows samples" >&2; exit 1; }
ratio=$(awk -v a="$seconds_import" -v b="$seconds_sqlite3_import" 'BEGIN { printf "%.2f", a / b }')
echo "RESULT import_over_sqlite3_import=$ratio"

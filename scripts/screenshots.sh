#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: writes a demo project (teacher candidates, student
# probabilities, three distillation runs, a few human decisions) and renders each view of the
# window offscreen with `candist --screenshot`.
#
# usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
out="$root/docs/screenshots"
candist="$build/app/gui/candist"
generator="$build/tools/demo_project/candist-demo-project"
for binary in "$candist" "$generator"; do
    if [[ ! -x "$binary" ]]; then
        echo "screenshots.sh: $binary is missing; build first (cmake --build $build)" >&2
        exit 1
    fi
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
project="$scratch/demo.candist"
"$generator" "$project" 5000 7

mkdir -p "$out"
# A private settings home keeps the user's window layout and recent files out of the pictures.
export XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
for view in table detail curves review agreement; do
    "$candist" -platform offscreen --screenshot "$out/$view.png" --view "$view" "$project"
    echo "wrote $out/$view.png"
done

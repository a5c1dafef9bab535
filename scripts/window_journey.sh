#!/usr/bin/env bash
# The workbench in a real window, driven from the keyboard alone: a demo project is opened under
# Xvfb with a window manager (openbox), and xdotool walks the journey an annotator takes (table,
# a flag from the keyboard, File › Import Annotations, review with Enter and undo, spot check,
# keyboard shortcuts, curves, agreement, quit), taking a screenshot of the whole screen after each
# step.
#
# usage: scripts/window_journey.sh [BUILD_DIR] [OUT_DIR]   (needs xvfb openbox xdotool imagemagick)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
out="${2:-$root/build/window-journey}"
for tool in Xvfb openbox xdotool import; do
    command -v "$tool" >/dev/null || {
        echo "window_journey.sh: $tool is missing (apt-get install xvfb openbox xdotool imagemagick)" >&2
        exit 1
    }
done
mkdir -p "$out"
scratch="$(mktemp -d)"
display=":$((90 + RANDOM % 9))"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT
# A private settings home: the user's layout and recent files stay out of the run.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$build/tools/demo_project/candist-demo-project" "$scratch/demo.candist" 2000 7 >/dev/null

Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 & pids+=($!)
sleep 1
export DISPLAY="$display"
openbox >/dev/null 2>&1 & pids+=($!)
sleep 1
"$build/app/gui/candist" "$scratch/demo.candist" >"$out/candist.log" 2>&1 & app=$!
pids+=("$app")

shot() { # name [seconds to settle first]
    sleep "${2:-1.5}"
    import -window root "$out/$1.png"
    echo "wrote $out/$1.png"
}
window=""
for _ in $(seq 1 60); do
    window="$(xdotool search --name 'CanDist Workbench' 2>/dev/null | head -1 || true)"
    [[ -n "$window" ]] && break
    sleep 1
done
[[ -n "$window" ]] || { echo "window_journey.sh: the window did not appear" >&2; exit 1; }
xdotool windowactivate --sync "$window" 2>/dev/null || true
xdotool windowsize "$window" 1440 900

shot 01-table 3
xdotool key ctrl+1 Down Down; xdotool key alt+1; shot 01b-table-flagged 2
xdotool key ctrl+shift+i;     shot 01c-import-annotations 2
xdotool key Escape
xdotool key ctrl+4;   shot 02-review 3
xdotool key Return Return; shot 03-review-two-decisions
xdotool key ctrl+z;   shot 04-review-undo
xdotool key ctrl+6;   shot 05-spot-check 3
xdotool key F1;       shot 06-keyboard-shortcuts
xdotool key Escape
xdotool key ctrl+2;   shot 07-curves 3
xdotool key ctrl+5;   shot 08-agreement 3
xdotool key ctrl+q
for _ in $(seq 1 20); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$app" 2>/dev/null; then
    echo "window_journey.sh: Ctrl+Q did not quit" >&2
    exit 1
fi
echo "the window quit on Ctrl+Q; screenshots in $out"

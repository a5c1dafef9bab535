#!/usr/bin/env bash
# CanDist Workbench entry point.
#   ./run.sh          set up, build, open the workbench on the bundled demo project
#                     (no display: run the demo pipeline headless and print where the CSV is)
#   ./run.sh test     set up, build, run every test through CTest
#   ./run.sh build    set up and build only
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
build_dir=${CANDIST_BUILD_DIR:-"$root/build"}
build_type=${CMAKE_BUILD_TYPE:-Release}
jobs=$(nproc)

setup() {
    "$root/scripts/setup"
}

build() {
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
            -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
    fi
    cmake --build "$build_dir" -j "$jobs"
}

command=${1:-open}
case "$command" in
open)
    setup
    build
    exec "$root/scripts/demo" "$build_dir"
    ;;
test)
    setup
    build
    cd "$build_dir"
    exec ctest --output-on-failure -j "$jobs" --timeout 600
    ;;
build)
    setup
    build
    ;;
*)
    echo "usage: ./run.sh [test|build]" >&2
    exit 2
    ;;
esac

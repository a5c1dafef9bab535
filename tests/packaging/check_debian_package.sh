#!/usr/bin/env bash
# Builds the .deb with CPack from the finished build, installs it into a scratch root with
# dpkg-deb, checks its metadata and runs the installed programs from there.
set -euo pipefail
build_dir=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log"; exit 1; }
deb="$scratch/out/candist_${version}_amd64.deb"
[ -f "$deb" ] || { echo "expected $deb; CPack wrote:"; ls "$scratch/out"; exit 1; }

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libtorch1.13 libcurl4 libqcustomplot2.1; do
    grep -q "$library" <<<"$depends" || { echo "Depends lacks $library"; exit 1; }
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/candist-cli usr/bin/candist \
    usr/share/applications/io.github.candist.Workbench.desktop \
    usr/share/metainfo/io.github.candist.Workbench.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.candist.Workbench.svg \
    usr/share/icons/hicolor/48x48/apps/io.github.candist.Workbench.png \
    usr/share/icons/hicolor/256x256/apps/io.github.candist.Workbench.png \
    usr/share/man/man1/candist.1.gz usr/share/man/man1/candist-cli.1.gz; do
    [ -e "$root/$file" ] || { echo "package lacks /$file"; exit 1; }
done

"$root/usr/bin/candist-cli" --version | grep -q "candist-cli $version"
echo "installed candist-cli reports version $version"

# A small project through the installed CLI, then the installed window renders it offscreen.
printf 'id,text,label\n1,"The match ended 2-1",sports\n2,"Parliament passed the bill",politics\n' >"$scratch/in.csv"
"$root/usr/bin/candist-cli" import "$scratch/p.candist" --input "$scratch/in.csv" --gold-column label >/dev/null
QT_QPA_PLATFORM=offscreen "$root/usr/bin/candist" --screenshot "$scratch/shot.png" --view table "$scratch/p.candist"
[ -s "$scratch/shot.png" ] || { echo "the installed candist wrote no screenshot"; exit 1; }
echo "installed candist rendered $(stat -c %s "$scratch/shot.png") bytes of screenshot"

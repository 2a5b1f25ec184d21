#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop file and AppStream metadata, builds the .deb from the build tree,
# unpacks it into a scratch folder and runs the installed leastbad-cli from there.
# Usage: test_package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build_dir=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

desktop-file-validate "$source_dir/packaging/linux/io.github.leastbad.LeastBad.desktop"
appstreamcli validate --no-net "$source_dir/packaging/linux/io.github.leastbad.LeastBad.metainfo.xml"

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$scratch/out" > "$scratch/cpack.log" 2>&1 || {
  cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "built $(basename "$deb")"
dpkg-deb --field "$deb" Depends | grep -q "libqt6" || { echo "Depends lacks Qt 6:"; dpkg-deb --field "$deb" Depends; exit 1; }
dpkg-deb -x "$deb" "$scratch/root"
for f in usr/bin/leastbad usr/bin/leastbad-cli usr/libexec/leastbad/leastbad-cli-export \
         usr/share/applications/io.github.leastbad.LeastBad.desktop \
         usr/share/metainfo/io.github.leastbad.LeastBad.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.leastbad.LeastBad.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.leastbad.LeastBad.png usr/share/man/man1/leastbad-cli.1; do
  [ -e "$scratch/root/$f" ] || { echo "missing from the package: $f"; exit 1; }
done
version=$("$scratch/root/usr/bin/leastbad-cli" --version)
echo "$version"
[[ "$version" == leastbad-cli\ * ]]
"$scratch/root/usr/bin/leastbad-cli" simulate --region TX --years 3 --format csv | head -2
# export runs the chart program beside it, found from the installed leastbad-cli.
QT_QPA_PLATFORM=offscreen "$scratch/root/usr/bin/leastbad-cli" export \
    --scenario "$source_dir/data/scenarios/essay-package-vs-status-quo-US.leastbad" \
    --chart ledgers --out "$scratch/ledgers.svg"
grep -q "<svg" "$scratch/ledgers.svg" || { echo "the installed export wrote no SVG"; exit 1; }
echo "package test passed"

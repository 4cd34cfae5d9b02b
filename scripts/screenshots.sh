#!/usr/bin/env bash
# Regenerates the screenshots in docs/screenshots/: the main screens in English at 1024×700, at 1× (1x/) and at
# 2× scale (2x/, QT_SCALE_FACTOR=2), plus the dark theme at 1× (dark/). They come from the tests that judge the same
# screens (tst_screenfit, tst_darkmode), so what the docs show is what the tests checked. Needs a build with
# -DHERALD_BUILD_TESTS=ON (cmake --build build --target tst_screenfit tst_darkmode).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HERALD_BUILD_DIR:-$root/build}
find_test() { find "$build" -type f -perm -u+x -name "$1" | head -n 1; }
fit=$(find_test tst_screenfit)
dark=$(find_test tst_darkmode)
[[ -x "$fit" && -x "$dark" ]] || { echo "Build tst_screenfit and tst_darkmode first (see the comment above)." >&2; exit 1; }
screens=(dashboard campaigns contacts templates numbers settings wizard-template wizard-audience import-mapping)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
HERALD_SCREENSHOT_DIR=$tmp/1x "$fit" 'everyScreenFits:en@1024x700' >/dev/null
HERALD_SCREENSHOT_DIR=$tmp/2x QT_SCALE_FACTOR=2 "$fit" 'everyScreenFits:en@1024x700' >/dev/null
HERALD_SCREENSHOT_DIR=$tmp/dark "$dark" badgesAreDarkAndReadable >/dev/null
for scale in 1x 2x; do
    mkdir -p "$root/docs/screenshots/$scale"
    for s in "${screens[@]}"; do
        cp "$tmp/$scale/fit-en-1024x700-$s.png" "$root/docs/screenshots/$scale/$s.png"
    done
done
mkdir -p "$root/docs/screenshots/dark"
for s in dashboard campaigns contacts; do
    cp "$tmp/dark/dark-$s.png" "$root/docs/screenshots/dark/$s.png"
done
echo "docs/screenshots/ regenerated."

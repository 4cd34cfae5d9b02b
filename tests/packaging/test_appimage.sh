#!/usr/bin/env bash
# Opt-in (HERALD_TEST_PACKAGES=1): runs the AppImage scripts/appimage.sh made, without FUSE (as in CI containers):
#   test_appimage.sh SOURCE_DIR BUILD_DIR
# On this machine: `--version` of herald-cli (as `Herald.AppImage cli`, and through a link named herald-cli) and of
# the GUI (offscreen), then a sandbox campaign through the bundled herald-cli. Then, as root, the same campaign in
# a minimal Debian 12 root without Qt or any of Herald's libraries, unpacked from the debootstrap tarball the
# fresh-root test caches (HERALD_DEBOOTSTRAP_TARBALL, default /var/cache/herald-test/bookworm-minbase.tgz; that
# part is left out, with a message, where there is no tarball, no debootstrap or no root).
# The AppImage: HERALD_APPIMAGE, default dist/Herald-VERSION-x86_64.AppImage of the source tree.
set -euo pipefail
src=$1 build=$2
skip() { echo "SKIP: $*"; exit 77; }
[ "${HERALD_TEST_PACKAGES:-}" = 1 ] || skip "set HERALD_TEST_PACKAGES=1 to run the AppImage (about 5 min; scripts/appimage.sh makes it)"
version=$(sed -nE 's/^CMAKE_PROJECT_VERSION:STATIC=(.*)/\1/p' "$build/CMakeCache.txt")
appimage=${HERALD_APPIMAGE:-$src/dist/Herald-$version-x86_64.AppImage}
[ -x "$appimage" ] || skip "no $appimage (run scripts/appimage.sh first)"
start=$(date +%s)
step() { echo "[$(($(date +%s) - start)) s] $*"; }
tmp=$(mktemp -d /var/tmp/herald-appimage-test.XXXXXX)
root=$tmp/root
cleanup() {
    for m in proc dev/pts dev; do umount -l "$root/$m" 2>/dev/null || true; done
    rm -rf --one-file-system "$tmp"
}
trap cleanup EXIT
fail=0
problem() { echo "FAIL: $*"; fail=1; }
expect() {   # expect WHAT PATTERN OUTPUT
    grep -qE -- "$2" <<<"$3" || problem "$1: expected /$2/ in: $3"
}
escaped=${version//./\\.}

# The campaign both parts run: import, template sync, create, run against the sandbox, stats show sends.
# $HERALD_CLI is the herald-cli to run (a link to the AppImage), $WORK a directory for its files.
campaign_script='
    set -euo pipefail
    cli() { "$HERALD_CLI" "$@"; }
    printf "phone,name\n+44 20 7946 0100,Ann\n+44 20 7946 0107,Bob\n+44 20 7946 0114,Cai\n" >"$WORK/contacts.csv"
    cli contacts import "$WORK/contacts.csv" --opted-in --opt-in-source appimage-test
    cli templates sync
    id=$(cli campaign create --name "AppImage" --template appointment_reminder --language en_US \
        --param body.1=field:name --param "body.2=text:12 March" --param "body.3=text:10:30" --json \
        | sed -nE "s/.*\"id\": *([0-9]+).*/\1/p")
    [ -n "$id" ] || { echo "campaign create printed no id"; exit 1; }
    cli campaign run "$id"
    cli campaign stats "$id" --json >"$WORK/stats.json"
    cat "$WORK/stats.json"
    grep -qE "\"attempted\": *3" "$WORK/stats.json" || { echo "the campaign did not send to the 3 contacts"; exit 1; }
'

step "herald-cli --version through the AppImage (APPIMAGE_EXTRACT_AND_RUN=1)"
export TMPDIR=$tmp   # where extract-and-run unpacks the image (and removes it afterwards)
run() { env -i PATH=/usr/bin:/bin HOME="$tmp" TMPDIR="$tmp" APPIMAGE_EXTRACT_AND_RUN=1 "$@"; }
expect "Herald.AppImage cli --version" "^herald-cli $escaped$" "$(run "$appimage" cli --version 2>&1)"
ln -s "$appimage" "$tmp/herald-cli"
expect "herald-cli link --version" "^herald-cli $escaped$" "$(run "$tmp/herald-cli" --version 2>&1)"
expect "Herald.AppImage --version (GUI)" "^Herald $escaped$" \
    "$(run QT_QPA_PLATFORM=offscreen "$appimage" --version 2>&1)"
ls "$tmp" | grep -q '^appimage_extracted_' && problem "extract-and-run left its directory behind"

step "sandbox campaign through the AppImage's herald-cli"
mkdir -p "$tmp/host"
run HERALD_WORKSPACE="$tmp/host/a.herald" HERALD_SANDBOX_SPEED=600 WORK="$tmp/host" \
    HERALD_CLI="$tmp/herald-cli" bash -c "$campaign_script" || problem "the sandbox campaign failed on this machine"

tarball=${HERALD_DEBOOTSTRAP_TARBALL:-/var/cache/herald-test/bookworm-minbase.tgz}
if [ "$(id -u)" -ne 0 ] || ! command -v debootstrap >/dev/null || [ ! -e "$tarball" ]; then
    echo "NOTE: the minimal Debian 12 root was not checked (needs root, debootstrap and $tarball, which" \
        "HERALD_TEST_FRESH_ROOT=1 HERALD_DEBOOTSTRAP_TARBALL=$tarball ctest -R packaging_fresh_root makes)"
else
    step "debootstrap --unpack-tarball $tarball (minbase bookworm, no Qt)"
    mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | grep -E '^(deb |URIs:)' | grep -oE 'https?://[^ ]*/debian/?' | grep -v security | head -n1 || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" >/dev/null
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
    cp "$appimage" "$root/opt/Herald.AppImage"
    ln -s Herald.AppImage "$root/opt/herald-cli"
    mkdir -p "$root/work"
    in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        TMPDIR=/tmp APPIMAGE_EXTRACT_AND_RUN=1 "$@"; }
    # The libraries the AppImage leaves to the host, as every desktop has them (scripts/appimage.sh's exclude list:
    # GL/EGL, X11/xcb, xkbcommon, fontconfig/freetype/harfbuzz, D-Bus; Qt's Gui library needs them even in the CLI).
    step "apt-get install the host libraries the AppImage expects (no Qt)"
    in_root apt-get update -q >/dev/null
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        libegl1 libgl1 libopengl0 libx11-6 libx11-xcb1 libxcb1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
        libfreetype6 libharfbuzz0b libdbus-1-3 >/dev/null
    if in_root dpkg-query -W -f='${Package} ${Status}\n' 'libqt*' 'qt6*' 'libsqlite3*' 'libphonenumber*' \
        2>/dev/null | grep 'install ok installed'; then
        problem "the minimal root has Qt, SQLite or libphonenumber installed (above): it proves nothing"
    fi
    step "herald-cli --version and a sandbox campaign in the minimal root"
    expect "minimal root: herald-cli --version" "^herald-cli $escaped$" \
        "$(in_root /opt/herald-cli --version 2>&1)"
    in_root HERALD_WORKSPACE=/work/a.herald HERALD_SANDBOX_SPEED=600 WORK=/work HERALD_CLI=/opt/herald-cli \
        bash -c "$campaign_script" || problem "the sandbox campaign failed in the minimal root"
fi
step "done"
[ "$fail" -eq 0 ] && echo "PASS: the AppImage runs herald-cli and a sandbox campaign without FUSE"
exit "$fail"

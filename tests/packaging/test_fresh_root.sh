#!/usr/bin/env bash
# Opt-in (HERALD_TEST_FRESH_ROOT=1): installs the two DEBs into a fresh Debian 12 root and runs them there.
#   test_fresh_root.sh SOURCE_DIR BUILD_DIR
# Makes a minbase bookworm root with debootstrap in a temporary directory, installs herald and herald-relay with
# `apt-get install --no-install-recommends` (so every library they need must be a Depends), then runs
# `herald-cli --version`, a sandbox campaign with herald-cli, and herald-relay's /healthz. Needs root, debootstrap
# and the Debian mirror of /etc/apt/sources.list*; downloads about 150 MB. The packages come from
# HERALD_DEBS_DIR (default: dist/ of the source tree; scripts/package.sh makes them).
# HERALD_DEBOOTSTRAP_TARBALL: a `debootstrap --make-tarball` of minbase bookworm to start from (skips the base
# download on reruns; it is made on the first run when the variable names a file that does not exist yet).
set -euo pipefail
src=$1
debs_dir=${HERALD_DEBS_DIR:-$src/dist}
skip() { echo "SKIP: $*"; exit 77; }
[ "${HERALD_TEST_FRESH_ROOT:-}" = 1 ] || skip "set HERALD_TEST_FRESH_ROOT=1 to install the DEBs into a fresh Debian 12 root (root, network, 5-10 min)"
[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap and chroot)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"
shopt -s nullglob
debs=("$debs_dir"/herald_*.deb "$debs_dir"/herald-relay_*.deb)
[ ${#debs[@]} -eq 2 ] || skip "no herald and herald-relay .deb in $debs_dir (run scripts/package.sh first)"
mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -E '^(deb |URIs:)' | grep -oE 'https?://[^ ]*/debian/?' | grep -v security | head -n1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
getent hosts "$(echo "$mirror" | sed -E 's|https?://([^/]*).*|\1|')" >/dev/null || skip "cannot resolve the mirror $mirror"

start=$(date +%s)
root=$(mktemp -d /var/tmp/herald-fresh-root.XXXXXX)
cleanup() {
    for m in proc sys dev/pts dev; do umount -l "$root/$m" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
step() { echo "[$(($(date +%s) - start)) s] $*"; }

tarball=${HERALD_DEBOOTSTRAP_TARBALL:-}
if [ -n "$tarball" ] && [ ! -e "$tarball" ]; then
    step "debootstrap --make-tarball $tarball"
    debootstrap --variant=minbase --make-tarball="$tarball" bookworm "$root.tarball" "$mirror" >/dev/null
    rm -rf "$root.tarball"
fi
step "debootstrap --variant=minbase bookworm $root ($mirror)"
if [ -n "$tarball" ]; then
    debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" >/dev/null
else
    debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
fi
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 "$@"; }

step "apt-get install --no-install-recommends ${debs[*]##*/}"
in_root apt-get update -q >/dev/null
names=()
for deb in "${debs[@]}"; do names+=("/tmp/debs/${deb##*/}"); done
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${names[@]}" \
    | grep -E '^(E:|Setting up (herald|libqt6sql6-sqlite))' || true

in_root dpkg-query -W herald herald-relay

step "herald-cli --version"
in_root herald-cli --version
in_root herald-relay --version
in_root sh -c 'QT_QPA_PLATFORM=offscreen herald --version'
in_root man -w herald-cli >/dev/null 2>&1 || test -e "$root/usr/share/man/man1/herald-cli.1.gz"

step "sandbox campaign with herald-cli"
in_root bash -euo pipefail -c '
    export HERALD_WORKSPACE=/tmp/fresh.herald HERALD_SANDBOX_SPEED=600
    printf "phone,name\n+44 20 7946 0100,Ann\n+44 20 7946 0107,Bob\n+44 20 7946 0114,Cai\n" >/tmp/contacts.csv
    herald-cli contacts import /tmp/contacts.csv --opted-in --opt-in-source fresh-root-test
    herald-cli templates sync
    id=$(herald-cli campaign create --name "Fresh root" --template appointment_reminder --language en_US \
        --param body.1=field:name --param "body.2=text:12 March" --param "body.3=text:10:30" --json \
        | sed -nE "s/.*\"id\": *([0-9]+).*/\1/p")
    [ -n "$id" ] || { echo "campaign create printed no id"; exit 1; }
    herald-cli campaign run "$id"
    herald-cli campaign stats "$id" --json | tee /tmp/stats.json
    grep -qE "\"attempted\": *[1-9]" /tmp/stats.json || { echo "the campaign sent nothing"; exit 1; }
'

step "herald-relay /healthz"
in_root bash -euo pipefail -c '
    export HERALD_RELAY_APP_SECRET=fresh HERALD_RELAY_VERIFY_TOKEN=fresh HERALD_RELAY_FEED_TOKEN=fresh
    herald-relay --listen 127.0.0.1:18480 --database /tmp/relay.sqlite 2>/tmp/relay.log &
    relay=$!
    # Its "listening" record says the socket is open (timeout: 30 s).
    grep -m1 -E "\"(listening|startup.refused)\"" < <(timeout 30 tail -n +1 -f /tmp/relay.log)
    grep -q "\"listening\"" /tmp/relay.log
    exec 3<>/dev/tcp/127.0.0.1/18480
    printf "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" >&3
    answer=$(cat <&3)
    kill -TERM $relay; wait $relay || true
    echo "$answer" | head -n1
    echo "$answer" | head -n1 | grep -q " 200 " || { echo "$answer"; exit 1; }
'
step "fresh-root install test passed"

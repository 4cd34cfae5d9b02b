#!/usr/bin/env bash
# Checks shipped metadata with the tools desktops and systemd use; exits 77 (CTest: skipped) without the tool.
#   check_metadata.sh desktop FILE.desktop
#   check_metadata.sh appstream FILE.metainfo.xml
#   check_metadata.sh systemd UNIT_DIR HERALD_CLI [HERALD_RELAY]
set -euo pipefail
need() {
    command -v "$1" >/dev/null || { echo "SKIP: $1 is not installed (apt-get install $2)"; exit 77; }
}
case $1 in
desktop)
    need desktop-file-validate desktop-file-utils
    out=$(desktop-file-validate "$2" 2>&1) || { echo "$out"; exit 1; }
    # Hints and warnings count too: the file must be clean.
    if [ -n "$out" ]; then echo "$out"; exit 1; fi
    echo "desktop-file-validate: $2 is clean"
    ;;
appstream)
    need appstreamcli appstream
    # --no-net: the screenshot and homepage URLs are not fetched (no network in CI); --pedantic: all hints.
    appstreamcli validate --no-net --pedantic --explain "$2"
    ;;
systemd)
    need systemd-analyze systemd
    units=$2 cli=$3 relay=${4:-}
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    # The units name /usr/bin (where the packages put the programs): check them against the built ones.
    sed "s|/usr/bin/herald-cli|$cli|" "$units/herald-agent.service" >"$dir/herald-agent.service"
    list=("$dir/herald-agent.service")
    if [ -n "$relay" ]; then
        sed "s|/usr/bin/herald-relay|$relay|" "$units/herald-relay.service" >"$dir/herald-relay.service"
        list+=("$dir/herald-relay.service")
    fi
    # Any output (an unknown key, a value systemd cannot parse, a missing binary) is a failure.
    out=$(systemd-analyze verify --man=no "${list[@]}" 2>&1) || { echo "$out"; exit 1; }
    if [ -n "$out" ]; then echo "$out"; exit 1; fi
    echo "systemd-analyze verify: ${list[*]##*/} are clean"
    ;;
*)
    echo "usage: $0 desktop|appstream|systemd ..." >&2
    exit 2
    ;;
esac

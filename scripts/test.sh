#!/usr/bin/env bash
# One command: install what is missing, build, and run the whole test suite with CTest.
# Tests run inside a private D-Bus session with an unlocked gnome-keyring (the real Secret Service),
# widgets on the offscreen platform.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HERALD_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
# The packaging and portability checks (desktop-file-validate, appstreamcli, systemd-analyze, mingw-w64) run too.
"$root/scripts/install-deps.sh" "$root/scripts/debian-packages-packaging.txt"
"$root/scripts/build.sh" -DHERALD_BUILD_TESTS=ON
export HERALD_BUILD_DIR=$build
exec dbus-run-session -- bash -c '
    set -e
    eval "$(printf "herald-test\n" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    ctest --test-dir "$HERALD_BUILD_DIR" --output-on-failure --parallel 2 --timeout 600 "$@"
' test.sh "$@"

#!/usr/bin/env bash
# Builds in release mode and runs every benchmark under bench/ with its defaults, printing their figures.
# Run a single one from build-bench/bench/ to pass it options.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
export HERALD_BUILD_DIR=${HERALD_BUILD_DIR:-$root/build-bench}
HERALD_BUILD_TYPE=Release "$root/scripts/build.sh" -DHERALD_BUILD_TESTS=OFF -DHERALD_BUILD_BENCH=ON
# HERALD_BENCH_ARGS (e.g. "--loaded --runs 5") goes to the benchmarks that compare with a same-run reference.
read -r -a args <<< "${HERALD_BENCH_ARGS:-}"
"$HERALD_BUILD_DIR/bench/bench_import" "${args[@]}"
# The send benchmarks run real herald-cli processes, which read the access token from the keychain: they run inside
# a private D-Bus session with an unlocked gnome-keyring (as scripts/test.sh does).
with_keyring() {
    dbus-run-session -- bash -c 'eval "$(printf "herald-test\n" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
        export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK; exec "$@"' with_keyring "$@"
}
with_keyring "$HERALD_BUILD_DIR/bench/bench_send" throughput rates pacer
with_keyring "$HERALD_BUILD_DIR/bench/bench_send" throughput pacer --loaded
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} with_keyring "$HERALD_BUILD_DIR/bench/bench_gui_send"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$HERALD_BUILD_DIR/bench/bench_contactsview" "${args[@]}"
"$HERALD_BUILD_DIR/bench/bench_relay"
"$HERALD_BUILD_DIR/bench/bench_ingest" "${args[@]}"
"$HERALD_BUILD_DIR/bench/bench_exports"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$HERALD_BUILD_DIR/bench/bench_dashboard"
"$HERALD_BUILD_DIR/bench/bench_contacthistory"
# The agent reads its access token from the keychain: a private D-Bus session with gnome-keyring, unlocked as
# scripts/test.sh does (same password, so an existing login keyring opens).
dbus-run-session -- bash -c 'eval "$(printf "herald-test\n" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK; "$0/bench/bench_shoplatency"' "$HERALD_BUILD_DIR"

#!/usr/bin/env bash
# One command: install what is missing, build, and start Herald on the demo workspace (`herald --demo`).
# The demo is a workspace of its own (demo.herald beside the default workspace, or $HERALD_DEMO_WORKSPACE),
# never the real one; a new one is filled with sample contacts whose numbers are reserved for fiction.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DHERALD_BUILD_TESTS=OFF -DHERALD_BUILD_BENCH=OFF
args=(--demo)
if [ -n "${HERALD_DEMO_WORKSPACE:-}" ]; then
    args+=(--workspace "$HERALD_DEMO_WORKSPACE")
fi
bin=${HERALD_BUILD_DIR:-$root/build}/bin/herald
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display found; starting Herald under xvfb-run (set DISPLAY to see the window)" >&2
    exec xvfb-run -a "$bin" "${args[@]}" "$@"
fi
exec "$bin" "${args[@]}" "$@"

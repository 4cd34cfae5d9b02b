#!/usr/bin/env bash
# One command: install what is missing, build, and start Herald on a demo workspace.
# The demo workspace lives in ${HERALD_DEMO_WORKSPACE:-~/.local/share/Herald/demo.herald}; a new one is
# filled with sample contacts on first start.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DHERALD_BUILD_TESTS=OFF -DHERALD_BUILD_BENCH=OFF
workspace=${HERALD_DEMO_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/Herald/demo.herald}
bin=${HERALD_BUILD_DIR:-$root/build}/bin/herald
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display found; starting Herald under xvfb-run (set DISPLAY to see the window)" >&2
    exec xvfb-run -a "$bin" --workspace "$workspace" "$@"
fi
exec "$bin" --workspace "$workspace" "$@"

#!/usr/bin/env bash
# Configures and builds Herald with CMake + Ninja into ${HERALD_BUILD_DIR:-build}.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HERALD_BUILD_DIR:-$root/build}
extra=()
if [ "${CI:-}" = "true" ]; then extra+=(-DHERALD_WERROR=ON); fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${HERALD_BUILD_TYPE:-RelWithDebInfo} "${extra[@]}" "$@"
cmake --build "$build" --parallel "$(nproc)"

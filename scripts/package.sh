#!/usr/bin/env bash
# One command: the Debian 12 packages of Herald into dist/.
#   herald_VERSION_amd64.deb, herald-relay_VERSION_amd64.deb   (stripped binaries)
#   herald-dbgsym_…ddeb, herald-relay-dbgsym_…ddeb               (their debug symbols, as Debian's archive has)
# Installs what it needs (scripts/debian-packages.txt and scripts/debian-packages-packaging.txt), builds a
# release tree in ${HERALD_BUILD_DIR:-build-release} (RelWithDebInfo: optimised, with the symbols the -dbgsym
# packages carry; Debian's link hardening from dpkg-buildflags), runs CPack's DEB generator and lintian.
# HERALD_SKIP_LINTIAN=1 skips lintian; HERALD_PACKAGE_TESTS=ON keeps the test suite configured in that tree.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HERALD_BUILD_DIR:-$root/build-release}
dist=$root/dist
"$root/scripts/install-deps.sh"
"$root/scripts/install-deps.sh" "$root/scripts/debian-packages-packaging.txt"

# Link-time hardening (full RELRO, immediate binding); the compile flags stay the project's. Only what the
# packages hold is built (CMAKE_SKIP_INSTALL_ALL_DEPENDENCY: cpack does not build the tests first).
ldflags=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get LDFLAGS)
extra=()
if [ "${CI:-}" = "true" ]; then extra+=(-DHERALD_WERROR=ON); fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
    -DHERALD_BUILD_TESTS="${HERALD_PACKAGE_TESTS:-OFF}" -DHERALD_BUILD_BENCH=OFF -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
    "-DCMAKE_EXE_LINKER_FLAGS=$ldflags" "${extra[@]}"
cmake --build "$build" --parallel "$(nproc)" --target herald herald-cli herald-relay herald_package_files

rm -rf "$build/dist"
(cd "$build" && fakeroot cpack -G DEB)
mkdir -p "$dist"
rm -f "$dist"/herald*.deb "$dist"/herald*.ddeb
cp "$build"/dist/*.deb "$build"/dist/*.ddeb "$dist"/
echo "package: built"
ls -l "$dist"/*.deb "$dist"/*.ddeb

if [ "${HERALD_SKIP_LINTIAN:-}" != 1 ]; then
    # No errors and no warnings; informational tags are printed for the record.
    lintian --fail-on error,warning --info --suppress-tags-from-file "$root/packaging/linux/debian/lintian-overrides" \
        "$dist"/*.deb
    echo "package: lintian clean"
fi

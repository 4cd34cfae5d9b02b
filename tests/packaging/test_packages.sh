#!/usr/bin/env bash
# Opt-in (HERALD_TEST_PACKAGES=1): builds both DEBs with CPack from this build tree and checks them —
# lintian (no errors, no warnings), the Depends each needs, stripped binaries with their symbols in the -dbgsym
# packages, the files each must hold, and a relay that links no GUI, keychain or D-Bus library.
#   test_packages.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1 build=$2
if [ "${HERALD_TEST_PACKAGES:-}" != 1 ] && [ "${HERALD_TEST_FRESH_ROOT:-}" != 1 ]; then
    echo "SKIP: set HERALD_TEST_PACKAGES=1 to build the DEBs and run lintian (about 2 min)"
    exit 77
fi
for tool in cpack dpkg-deb lintian fakeroot readelf; do
    command -v $tool >/dev/null || { echo "SKIP: $tool missing (scripts/install-deps.sh scripts/debian-packages-packaging.txt)"; exit 77; }
done
grep -q '^CMAKE_INSTALL_PREFIX:PATH=/usr$' "$build/CMakeCache.txt" \
    || { echo "SKIP: $build is not configured with -DCMAKE_INSTALL_PREFIX=/usr (scripts/package.sh does)"; exit 77; }
cmake --build "$build" --target herald herald-cli herald-relay herald_package_files
rm -rf "$build/dist"
(cd "$build" && fakeroot cpack -G DEB >/dev/null)
shopt -s nullglob
debs=("$build"/dist/herald_*.deb "$build"/dist/herald-relay_*.deb)
ddebs=("$build"/dist/*.ddeb)
[ ${#debs[@]} -eq 2 ] || { echo "FAIL: expected herald and herald-relay .deb, got: ${debs[*]}"; exit 1; }
[ ${#ddebs[@]} -eq 2 ] || { echo "FAIL: expected two -dbgsym .ddeb, got: ${ddebs[*]}"; exit 1; }
fail=0
problem() { echo "FAIL: $*"; fail=1; }

lintian --fail-on error,warning --suppress-tags-from-file "$src/packaging/linux/debian/lintian-overrides" \
    "${debs[@]}" || problem "lintian reports errors or warnings (above)"

field() { dpkg-deb -f "$1" "$2"; }
herald=${debs[0]} relay=${debs[1]}
field "$herald" Depends | grep 'libqt6sql6-sqlite' >/dev/null || problem "herald does not depend on libqt6sql6-sqlite"
field "$relay" Depends | grep 'libqt6sql6-sqlite' >/dev/null || problem "herald-relay does not depend on libqt6sql6-sqlite"
for lib in libqt6gui6 libqt6widgets6 qtkeychain libqt6keychain1 libphonenumber libdbus-1; do
    field "$relay" Depends | grep "$lib" >/dev/null && problem "herald-relay depends on $lib"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$herald" "$tmp/herald"
dpkg-deb -x "$relay" "$tmp/relay"
for f in usr/bin/herald usr/bin/herald-cli usr/share/applications/herald.desktop \
    usr/share/metainfo/io.herald.Herald.metainfo.xml usr/share/icons/hicolor/scalable/apps/herald.svg \
    usr/lib/systemd/user/herald-agent.service usr/share/man/man1/herald.1.gz usr/share/man/man1/herald-cli.1.gz \
    usr/share/bash-completion/completions/herald-cli usr/share/zsh/vendor-completions/_herald-cli \
    usr/share/doc/herald/copyright usr/share/doc/herald/changelog.Debian.gz; do
    [ -e "$tmp/herald/$f" ] || problem "herald lacks /$f"
done
for f in usr/bin/herald-relay usr/lib/systemd/system/herald-relay.service usr/lib/sysusers.d/herald-relay.conf \
    usr/lib/tmpfiles.d/herald-relay.conf usr/share/man/man1/herald-relay.1.gz usr/share/doc/herald-relay/copyright \
    usr/share/doc/herald-relay/changelog.Debian.gz; do
    [ -e "$tmp/relay/$f" ] || problem "herald-relay lacks /$f"
done
for bin in "$tmp"/herald/usr/bin/* "$tmp"/relay/usr/bin/*; do
    readelf -S "$bin" | grep '\.debug_info' >/dev/null && problem "${bin##*/} is not stripped"
    readelf -n "$bin" | grep 'Build ID' >/dev/null || problem "${bin##*/} has no build id (its -dbgsym cannot match it)"
done
if readelf -d "$tmp/relay/usr/bin/herald-relay" | grep -E 'NEEDED.*(Gui|Widgets|DBus|keychain|phonenumber)'; then
    problem "herald-relay links a GUI, D-Bus, keychain or phone-number library"
fi
for ddeb in "${ddebs[@]}"; do
    dpkg-deb -c "$ddeb" | grep '/usr/lib/debug/.build-id/.*\.debug' >/dev/null || problem "${ddeb##*/} holds no debug symbols"
done
[ $fail -eq 0 ] && echo "packages: ${debs[*]##*/} and ${ddebs[*]##*/} are clean"
exit $fail

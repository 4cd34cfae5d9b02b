#!/usr/bin/env bash
# One command: Herald as an AppImage for other Linux distributions, in dist/Herald-VERSION-x86_64.AppImage.
#
#   scripts/appimage.sh
#   HERALD_APPIMAGE_RUNTIME=FILE scripts/appimage.sh   with another type2 runtime (e.g. upstream's released one)
#
# Why an AppImage and not a Flatpak: a Flatpak needs the KDE runtime and SDK from Flathub to build and to run, and
# that cannot be reached from here (only Debian's archive is); an AppImage is built from this machine's own Qt,
# bundles it, and needs nothing installed on the user's machine.
# The AppImage runtime (the small ELF in front of the squashfs that mounts it with FUSE, or extracts it with
# --appimage-extract-and-run) is not packaged in Debian 12, so it is built here from upstream's source
# (github.com/AppImage/type2-runtime, copied to packaging/appimage/runtime/) against Debian's static libsquashfuse,
# libfuse3 and compression libraries. Built from Debian 12's libraries, the AppImage runs on distributions with
# glibc 2.36 or newer.
#
# The AppDir (linuxdeploy's layout, by hand): usr/bin (herald, herald-cli), usr/lib (every library ldd finds,
# except the ones the AppImage exclude list leaves to the host: glibc, GL/EGL/DRM, X11/xcb, fontconfig/freetype,
# D-Bus), usr/plugins (platforms, xcbglintegrations, sqldrivers, tls, imageformats, iconengines, styles),
# qt.conf, AppRun, herald.desktop and the icon. AppRun starts herald, or herald-cli when the first argument is
# `cli` (`Herald.AppImage cli campaign list`) or when the AppImage is called through a link named herald-cli.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HERALD_BUILD_DIR:-$root/build-release}
dist=$root/dist
appdir=$build/appimage/AppDir
"$root/scripts/install-deps.sh"
"$root/scripts/install-deps.sh" "$root/scripts/debian-packages-packaging.txt"
runtime=${HERALD_APPIMAGE_RUNTIME:-}
if [ -z "$runtime" ]; then
    runtime=$build/appimage/runtime-x86_64
    mkdir -p "$build/appimage"
    "$root/packaging/appimage/runtime/build.sh" "$runtime"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
    -DHERALD_BUILD_BENCH=OFF -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON
cmake --build "$build" --parallel "$(nproc)" --target herald herald-cli herald_package_files
version=$(sed -nE 's/^CMAKE_PROJECT_VERSION:STATIC=(.*)/\1/p' "$build/CMakeCache.txt")

rm -rf "$appdir"
DESTDIR=$appdir cmake --install "$build" --component herald --strip
qtlib=$(dirname "$(readlink -f "$(ldconfig -p | sed -nE 's/.*libQt6Core\.so\.6 .*=> (.*)/\1/p' | head -n1)")")
qtplugins=$(qtpaths6 --plugin-dir 2>/dev/null || echo "$qtlib/qt6/plugins")
mkdir -p "$appdir/usr/lib" "$appdir/usr/plugins"
for dir in platforms xcbglintegrations sqldrivers tls imageformats iconengines styles platforminputcontexts; do
    [ -d "$qtplugins/$dir" ] || continue
    mkdir -p "$appdir/usr/plugins/$dir"
    cp -L "$qtplugins/$dir"/*.so "$appdir/usr/plugins/$dir/"
done
# Only the SQLite driver: the others would drag in the PostgreSQL, MySQL and ODBC client libraries.
find "$appdir/usr/plugins/sqldrivers" -name '*.so' ! -name 'libqsqlite.so' -delete
printf '[Paths]\nPrefix = ..\nPlugins = plugins\nLibraries = lib\n' >"$appdir/usr/bin/qt.conf"

# Libraries left to the host (the AppImage project's exclude list, abridged): they must match its kernel, GPU
# driver, display server or session bus.
excluded='^(ld-linux|libc|libm|libdl|libpthread|librt|libresolv|libutil|libnsl|libanl|libgcc_s|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libdrm|libgbm|libX11|libX11-xcb|libxcb|libxcb-.*|libxkbcommon|libxkbcommon-x11|libfontconfig|libfreetype|libharfbuzz|libdbus-1|libudev|libasound|libuuid|libexpat|libz)\.so'
bundle() {
    ldd "$1" | awk '/=> \// { print $3 }' | while read -r lib; do
        name=${lib##*/}
        [[ $name =~ $excluded ]] && continue
        [ -e "$appdir/usr/lib/$name" ] && continue
        cp -L "$lib" "$appdir/usr/lib/$name"
        strip --strip-unneeded "$appdir/usr/lib/$name" 2>/dev/null || true
        bundle "$appdir/usr/lib/$name"
    done
}
for f in "$appdir"/usr/bin/herald "$appdir"/usr/bin/herald-cli "$appdir"/usr/plugins/*/*.so; do
    bundle "$f"
done
# OpenSSL is loaded at run time by Qt's TLS plugin (dlopen), so ldd cannot see it.
for lib in libssl.so.3 libcrypto.so.3; do
    cp -L "$(ldconfig -p | sed -nE "s/.*${lib//./\\.} .*=> (.*)/\\1/p" | head -n1)" "$appdir/usr/lib/"
done

cat >"$appdir/AppRun" <<'APPRUN'
#!/bin/sh
# Herald's AppImage entry point: herald, or herald-cli (`Herald.AppImage cli …`, or a link named herald-cli).
here=$(dirname "$(readlink -f "$0")")
export LD_LIBRARY_PATH="$here/usr/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export QT_PLUGIN_PATH="$here/usr/plugins"
case ${ARGV0##*/} in
    herald-cli*) exec "$here/usr/bin/herald-cli" "$@" ;;
esac
if [ "${1:-}" = cli ]; then
    shift
    exec "$here/usr/bin/herald-cli" "$@"
fi
exec "$here/usr/bin/herald" "$@"
APPRUN
chmod 0755 "$appdir/AppRun"
cp "$root/packaging/linux/herald.desktop" "$appdir/herald.desktop"
cp "$root/packaging/linux/herald.svg" "$appdir/herald.svg"
ln -sf herald.svg "$appdir/.DirIcon"

# Check the AppDir on its own libraries before packing it: the CLI runs a sandbox-free command, the GUI starts
# offscreen far enough to print its version, and the SQLite driver loads (a workspace opens).
env -i PATH=/usr/bin:/bin HOME="$build/appimage" QT_QPA_PLATFORM=offscreen "$appdir/AppRun" cli --version
env -i PATH=/usr/bin:/bin HOME="$build/appimage" QT_QPA_PLATFORM=offscreen "$appdir/AppRun" --version
env -i PATH=/usr/bin:/bin HOME="$build/appimage" "$appdir/AppRun" cli \
    --workspace "$build/appimage/check.herald" contacts count
echo "appimage: AppDir ready ($(du -sh "$appdir" | cut -f1), $(ls "$appdir/usr/lib" | wc -l) libraries)"

mkdir -p "$dist"
image=$build/appimage/herald.squashfs
rm -f "$image"
mksquashfs "$appdir" "$image" -root-owned -noappend -comp gzip -quiet
out=$dist/Herald-$version-x86_64.AppImage
cat "$runtime" "$image" >"$out"
chmod 0755 "$out"
echo "appimage: $out"

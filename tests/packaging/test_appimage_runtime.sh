#!/usr/bin/env bash
# Always on (a few seconds; skipped where the runtime's build dependencies are missing): builds the AppImage type2
# runtime from packaging/appimage/runtime/ and checks it on a tiny AppImage, without FUSE (--appimage-extract-and-run,
# as in CI containers): the type2 magic and ELF sections, the arguments and exit status passed through, ARGV0 for
# AppRun's dispatch on a link's name, --appimage-offset, --appimage-extract, and .upd_info read back by the runtime.
# Mounting with FUSE is checked too when this machine can (fusermount3 and /dev/fuse; a user's mount through the
# fusermount found on PATH when run as root).
#   test_appimage_runtime.sh SOURCE_DIR
set -euo pipefail
src=$1
for tool in gcc mksquashfs readelf; do
    command -v $tool >/dev/null || { echo "SKIP: $tool missing (scripts/install-deps.sh scripts/debian-packages-packaging.txt)"; exit 77; }
done
for lib in libsquashfuse_ll.a libfuse3.a libzstd.a liblz4.a liblzo2.a; do
    [ -e "/usr/lib/x86_64-linux-gnu/$lib" ] || [ -e "/usr/lib/$(gcc -dumpmachine)/$lib" ] \
        || { echo "SKIP: $lib missing (scripts/install-deps.sh scripts/debian-packages-packaging.txt)"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
problem() { echo "FAIL: $*"; fail=1; }
expect() {   # expect NAME PATTERN OUTPUT
    grep -qE -- "$2" <<<"$3" || problem "$1: expected /$2/ in: $3"
}

"$src/packaging/appimage/runtime/build.sh" "$tmp/runtime"
[ "$(od -An -tx1 -j8 -N3 "$tmp/runtime" | tr -d ' \n')" = 414902 ] || problem "no AI\\x02 magic at offset 8"
sections=$(readelf -SW "$tmp/runtime")
for section in .upd_info .sha256_sig .sig_key .digest_md5; do
    grep -qF " $section " <<<"$sections" || problem "no ELF section $section"
done
readelf -lW "$tmp/runtime" | grep -q INTERP && problem "the runtime asks for a dynamic loader (not static)"

# A tiny AppDir whose AppRun reports what it was given, and a file it reads from inside the image.
mkdir -p "$tmp/AppDir/usr/share"
echo "payload from inside the image" >"$tmp/AppDir/usr/share/payload.txt"
cat >"$tmp/AppDir/AppRun" <<'APPRUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
echo "argv0=${ARGV0##*/} argc=$# first=${1:-} second=${2:-}"
cat "$here/usr/share/payload.txt"
exit "${HERALD_TEST_EXIT:-0}"
APPRUN
chmod 0755 "$tmp/AppDir/AppRun"
mksquashfs "$tmp/AppDir" "$tmp/image.squashfs" -root-owned -noappend -comp gzip -quiet >/dev/null
cat "$tmp/runtime" "$tmp/image.squashfs" >"$tmp/Tiny.AppImage"
chmod 0755 "$tmp/Tiny.AppImage"
ln -s Tiny.AppImage "$tmp/herald-cli"
export TMPDIR=$tmp   # where extract-and-run unpacks (and removes) the image

out=$(APPIMAGE_EXTRACT_AND_RUN=1 "$tmp/Tiny.AppImage" one "two words" 2>&1)
expect "APPIMAGE_EXTRACT_AND_RUN=1" "^argv0=Tiny.AppImage argc=2 first=one second=two words$" "$out"
expect "APPIMAGE_EXTRACT_AND_RUN=1" "^payload from inside the image$" "$out"
out=$("$tmp/herald-cli" --appimage-extract-and-run --version 2>&1)
expect "--appimage-extract-and-run through a link" "^argv0=herald-cli argc=1 first=--version second=$" "$out"
status=0
HERALD_TEST_EXIT=5 APPIMAGE_EXTRACT_AND_RUN=1 "$tmp/Tiny.AppImage" >/dev/null 2>&1 || status=$?
[ "$status" -eq 5 ] || problem "AppRun's exit status 5 came back as $status"
ls "$tmp" | grep -q '^appimage_extracted_' && problem "extract-and-run left its directory behind"

offset=$("$tmp/Tiny.AppImage" --appimage-offset)
[ "$offset" = "$(stat -c %s "$tmp/runtime")" ] || problem "--appimage-offset $offset, the runtime is $(stat -c %s "$tmp/runtime") bytes"
(cd "$tmp" && ./Tiny.AppImage --appimage-extract >/dev/null)
cmp -s "$tmp/AppDir/usr/share/payload.txt" "$tmp/squashfs-root/usr/share/payload.txt" \
    || problem "--appimage-extract did not reproduce usr/share/payload.txt"
expect "--appimage-version" "AppImage runtime version: [0-9a-f]{12}-herald-debian12" \
    "$("$tmp/Tiny.AppImage" --appimage-version 2>&1)"

# .upd_info is where appimagetool writes the update information; the runtime reads it back from itself.
read -r upd_off upd_size < <(readelf -SW "$tmp/Tiny.AppImage" | sed 's/^ *\[ *[0-9]*\]//' \
    | awk '$1 == ".upd_info" { print $4, $5 }') || true
upd_off=$((16#${upd_off:-0})) upd_size=$((16#${upd_size:-0}))
[ "$upd_size" -eq 1024 ] || problem ".upd_info is $upd_size bytes, type2 reserves 1024"
info="zsync|https://example.invalid/Herald-latest-x86_64.AppImage.zsync"
printf '%s' "$info" | dd of="$tmp/Tiny.AppImage" bs=1 seek="$upd_off" conv=notrunc status=none
expect "--appimage-updateinformation" "^$info$" "$("$tmp/Tiny.AppImage" --appimage-updateinformation 2>&1)"

# With FUSE (not in most containers): the image mounts and AppRun runs from the mount.
if [ -r /dev/fuse ] && command -v fusermount3 >/dev/null; then
    out=$("$tmp/Tiny.AppImage" mounted 2>&1) || true
    if grep -q "payload from inside the image" <<<"$out"; then
        echo "FUSE mount: ok"
    else
        echo "FUSE mount not available here ($out)"
    fi
    # A user mounts through the setuid fusermount the runtime found on PATH (fusermount.c hands libfuse that one):
    # as nobody, in a private mount namespace whose /dev/fuse nobody may open, with a logging `fusermount` first.
    if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && command -v setpriv >/dev/null; then
        mkdir -p "$tmp/bin"
        printf '#!/bin/sh\necho "$*" >>%s/fusermount.log\nexec %s "$@"\n' "$tmp" "$(command -v fusermount3)" \
            >"$tmp/bin/fusermount"
        chmod 4755 "$tmp/bin/fusermount"
        touch "$tmp/fusermount.log"
        chmod 0666 "$tmp/fusermount.log"
        chmod 0755 "$tmp"
        if mknod "$tmp/fuse" c 10 229 2>/dev/null && chmod 0666 "$tmp/fuse"; then
            out=$(unshare -m sh -c 'mount --bind "$1/fuse" /dev/fuse && setpriv --reuid=65534 --regid=65534 \
                --clear-groups env -i HOME=/tmp PATH="$1/bin:/usr/bin:/bin" "$1/Tiny.AppImage" as-user' sh "$tmp" 2>&1) \
                || true
            if grep -q "payload from inside the image" <<<"$out"; then
                log=$(cat "$tmp/fusermount.log")
                expect "user mount through \$PATH's fusermount" "^-o ro,.* -- /tmp/\.mount_Tiny" "$log"
                expect "user unmount through \$PATH's fusermount" "^-u .* -- /tmp/\.mount_Tiny" "$log"
            else
                echo "FUSE mount as a user not available here ($out)"
            fi
        fi
    fi
else
    echo "FUSE mount not checked (no fusermount3 or /dev/fuse)"
fi
[ "$fail" -eq 0 ] && echo "PASS: type2 runtime built from packaging/appimage/runtime runs a tiny AppImage"
exit "$fail"

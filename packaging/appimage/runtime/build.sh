#!/usr/bin/env bash
# Builds the AppImage type2 runtime (the ELF that starts every AppImage and mounts or extracts the squashfs
# appended to it) from runtime.c, statically linked against Debian 12's libraries:
#   packaging/appimage/runtime/build.sh OUTPUT
# Needs gcc and the -dev packages listed in scripts/debian-packages-packaging.txt (libsquashfuse-dev, libfuse3-dev,
# libzstd-dev, liblz4-dev, liblzo2-dev, liblzma-dev, zlib1g-dev), which ship the static libraries used here.
# What upstream's Makefile and scripts/build-runtime.sh do, and how this differs, is in README.md beside this file.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$1
upstream=$(sed -nE "s/^Upstream commit: ([0-9a-f]{12}).*/\1/p" "$here/README.md")
[ -n "$upstream" ] || { echo "runtime: README.md names no upstream commit" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Upstream's flags (src/runtime/Makefile), with gcc and glibc instead of clang and musl. -Wno-format-overflow:
# gcc (not clang) warns about a sprintf in runtime.c that upstream leaves as it is.
${CC:-gcc} -std=gnu99 -Os -D_FILE_OFFSET_BITS=64 -DGIT_COMMIT="\"$upstream-herald-debian12\"" \
    -Wall -Werror -Wno-format-overflow \
    -I"$here/compat" -I/usr/include/squashfuse -I/usr/include/fuse3 \
    -T "$here/data_sections.ld" -ffunction-sections -fdata-sections -Wl,--gc-sections -static-pie \
    -Wl,--wrap=execv,--wrap=execvp \
    "$here/runtime.c" "$here/fusermount.c" \
    -lsquashfuse_ll -lsquashfuse -lfuse3 -lzstd -llz4 -llzo2 -llzma -lz -lpthread \
    -o "$work/runtime" 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
# The linker warns that libfuse's high-level module loader uses dlopen; the runtime's low-level mount never calls it.
grep -vE "Using 'dlopen' in statically linked|in function .fuse_get_module" "$work/log" >&2 || true
strip --strip-debug --strip-unneeded "$work/runtime"
# The type2 magic "AI\x02" at offset 8 of the ELF header (EI_PAD), after strip, as upstream does.
printf 'AI\002' | dd of="$work/runtime" bs=1 count=3 seek=8 conv=notrunc status=none

# What type2 tools expect of a runtime: the magic, and the sections appimagetool fills (update information,
# signature, key, digest); the runtime reads .upd_info and .sha256_sig of itself for --appimage-updateinformation
# and --appimage-signature.
[ "$(dd if="$work/runtime" bs=1 skip=8 count=3 status=none | od -An -tx1 | tr -d ' \n')" = 414902 ] \
    || { echo "runtime: the AppImage magic is not at offset 8" >&2; exit 1; }
sections=$(readelf -SW "$work/runtime")
for section in .upd_info .sha256_sig .sig_key .digest_md5; do
    grep -qF " $section " <<<"$sections" || { echo "runtime: no ELF section $section" >&2; exit 1; }
done
file -b "$work/runtime" | grep -q 'static-pie linked' || { echo "runtime: not statically linked" >&2; exit 1; }
install -m 0755 "$work/runtime" "$out"
echo "runtime: $out ($(stat -c %s "$out") bytes, type2 runtime $upstream, static)"

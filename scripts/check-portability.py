#!/usr/bin/env python3
"""Portability check (issue 16 §4): compiles every shared source of Herald (models/, app/, ui/) for Windows with
mingw-w64 in syntax-only mode, against the Qt headers of this machine, and fails on POSIX-only code outside files
that are explicitly per-platform.

  scripts/check-portability.py BUILD_DIR [SOURCE ...]

BUILD_DIR is a configured and built tree (CMake writes its compile_commands.json; the build made the moc and uic
headers the sources include). With SOURCE arguments only those files are checked.

Why this is a fair stand-in for a Windows compile: Debian has no Qt built for mingw, but Qt's public headers are
the same on every platform apart from qconfig (features), so the Linux ones parse under mingw with _WIN32 set,
Q_OS_WIN defined and Q_OS_UNIX not, exactly as on Windows. Two things catch POSIX-only code:
  1. the compile itself: an API Windows lacks (socketpair, sigaction, getrlimit, mmap, fork, ...) or a header it
     lacks (<sys/socket.h>, <sys/mman.h>, ...) is an error, as it would be on Windows;
  2. the include tree (-H): a POSIX header that mingw happens to provide (<unistd.h>, <pthread.h>, <dirent.h>)
     but MSVC does not is an error when a Herald file includes it directly.
Code inside #ifdef Q_OS_UNIX / Q_OS_LINUX / Q_OS_MACOS blocks is skipped by the preprocessor, as on Windows.
Per-platform files are skipped: *_unix.cpp, *_posix.cpp, *_linux.cpp, *_mac.cpp, *_mac.mm.
Exit status: 0 clean, 1 problems found, 77 (CTest: skipped) when mingw-w64 or the build tree is missing.
"""
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_DIRS = ("models/", "app/", "ui/")
PER_PLATFORM = re.compile(r"_(unix|posix|linux|mac)\.(cpp|mm)$")
# Headers MSVC does not have (mingw-w64 ships some of them, so the compile alone would not notice).
POSIX_HEADERS = re.compile(
    r"(^|/)(unistd|pthread|dirent|dlfcn|poll|pwd|grp|termios|syslog|strings|libgen|spawn|sched|semaphore)\.h$"
    r"|(^|/)sys/(socket|mman|resource|wait|un|ioctl|select|time|times|uio|utsname|file|param)\.h$"
    r"|(^|/)(netinet|arpa)/")
MINGW = "x86_64-w64-mingw32-g++-posix"
THIRD_PARTY = ("phonenumbers", "qt6keychain", "google", "absl", "sqlite3.h", "sqlite3ext.h", "unicode", "zip.h", "zipconf.h")


def skip(message):
    print(f"SKIP: {message}")
    sys.exit(77)


def third_party_dir(tmp):
    """Third-party headers from /usr/include, without glibc's headers beside them."""
    path = os.path.join(tmp, "thirdparty")
    os.makedirs(path)
    for name in THIRD_PARTY:
        if os.path.exists(f"/usr/include/{name}"):
            os.symlink(f"/usr/include/{name}", os.path.join(path, name))
    return path


def mingw_command(entry, thirdparty):
    """The compile command of `entry` for mingw, syntax only, with the include tree on stderr."""
    args = shlex.split(entry["command"])[1:]
    out = [MINGW, "-fsyntax-only", "-H", "-w", "-std=gnu++20"]
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-o", "-MF", "-MT", "-MQ"):
            i += 2
            continue
        if a in ("-c", "-MD", "-MMD", "-fPIC", "-fPIE", "-g") or a.startswith("-std=") or a.startswith("-O"):
            i += 1
            continue
        if a in ("-isystem", "-I", "-idirafter") and i + 1 < len(args):
            path = args[i + 1]
            if path in ("/usr/include", "/usr/local/include"):
                i += 2
                continue
            out += [a, path.replace("mkspecs/linux-g++", "mkspecs/win32-g++")]
            i += 2
            continue
        if a.startswith("-I/usr/include") and a[2:] in ("/usr/include", "/usr/include/"):
            i += 1
            continue
        if a.endswith(".gch"):
            i += 1
            continue
        out.append(a)
        i += 1
    out += ["-idirafter", thirdparty]
    return out


def check(entry, thirdparty):
    """Problems in one source file: compile errors and direct POSIX includes from Herald's own files."""
    source = entry["file"]
    proc = subprocess.run(mingw_command(entry, thirdparty), cwd=entry["directory"], capture_output=True, text=True)
    problems = []
    stack = [source]
    for line in proc.stderr.splitlines():
        m = re.match(r"^(\.+) (.*)$", line)
        if m:
            depth, header = len(m.group(1)), os.path.normpath(m.group(2))
            del stack[depth:]
            parent = stack[-1] if stack else source
            stack.append(header)
            match = POSIX_HEADERS.search(header)
            rel = os.path.relpath(os.path.abspath(parent), ROOT)
            if match and not rel.startswith("..") and rel.startswith(SHARED_DIRS):
                name = header[match.start():].lstrip("/")
                problems.append(f"{rel}: includes the POSIX-only header <{name}>")
    if proc.returncode != 0:
        errors = [l for l in proc.stderr.splitlines() if ": error:" in l or ": fatal error:" in l]
        problems.append(f"{os.path.relpath(source, ROOT)}: does not compile for Windows:\n    "
                        + "\n    ".join(errors[:8]))
    return sorted(set(problems))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    build = os.path.abspath(sys.argv[1])
    commands = os.path.join(build, "compile_commands.json")
    if not subprocess.run(["sh", "-c", f"command -v {MINGW}"], capture_output=True).returncode == 0:
        skip(f"{MINGW} is not installed (apt-get install g++-mingw-w64-x86-64-posix)")
    if not os.path.exists(commands):
        skip(f"{commands} is missing (configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)")
    entries = json.load(open(commands))
    wanted = {os.path.abspath(f) for f in sys.argv[2:]}
    selected = {}
    for e in entries:
        rel = os.path.relpath(e["file"], ROOT)
        if not rel.startswith(SHARED_DIRS) or PER_PLATFORM.search(rel):
            continue
        if wanted and os.path.abspath(e["file"]) not in wanted:
            continue
        selected.setdefault(e["file"], e)
    if not selected:
        print("check-portability: no shared sources in compile_commands.json")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        thirdparty = third_party_dir(tmp)
        jobs = int(os.environ.get("HERALD_PORTABILITY_JOBS", os.cpu_count() or 2))
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(lambda e: check(e, thirdparty), selected.values()))
    problems = sorted({p for r in results for p in r})
    for p in problems:
        print(p)
    if problems:
        print(f"check-portability: {len(problems)} problem(s) in {len(selected)} shared sources. Move POSIX-only code "
              "to a per-platform file (*_unix.cpp) or guard it with #ifdef Q_OS_UNIX.")
        return 1
    print(f"check-portability: {len(selected)} shared sources compile for Windows (mingw-w64, syntax only) "
          "and include no POSIX-only header")
    return 0


if __name__ == "__main__":
    sys.exit(main())

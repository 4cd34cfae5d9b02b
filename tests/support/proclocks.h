#pragma once

#include <QString>

// True when /proc/locks lists a POSIX (fcntl) lock held by this process on the file at `path` (Linux only;
// false elsewhere). SQLite's locks are such locks: a close() of any other descriptor on the file drops them.
bool holdsPosixLock(const QString &path);

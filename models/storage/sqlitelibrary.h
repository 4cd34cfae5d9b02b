#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One SQLite for Qt and Herald (docs/architecture.md, "Storage"). The hot paths (import, status feed, exports,
// backups, id lists) step statements on the sqlite3 handle of Qt's QSQLITE driver (Workspace::sqliteHandle) with
// the sqlite3 functions Herald links. That is only sound when both are one library in the process: a second copy
// (Qt's bundled SQLite on Windows/macOS beside a system libsqlite3) would read the handle with other struct layouts
// and keep its own POSIX lock table, which corrupts databases. Workspace::open() checks it and refuses otherwise.
class SqliteLibrary
{
    Q_DECLARE_TR_FUNCTIONS(SqliteLibrary)

public:
    struct Identity
    {
        QString version;    // sqlite_version()
        QString sourceId;   // sqlite_source_id(): the exact check-in and build of the library
        bool operator==(const Identity &) const = default;
    };

    // The SQLite Herald links (sqlite3_libversion(), sqlite3_sourceid()).
    static Identity linked();
    // The SQLite behind Qt's driver connection `db`, asked through SQL.
    static Result<Identity> ofDriver(const QSqlDatabase &db);
    // Ok when `db` is a QSQLITE connection served by the very library Herald links: the same source id, and the
    // same copy in memory (a process-wide setting changed through one is seen through the other).
    static Result<void> check(const QSqlDatabase &db);
    // The refusal for two different libraries: what they are and what to do.
    static ErrorMessage mismatch(const Identity &linked, const Identity &driver, bool sameVersionOtherCopy);
};

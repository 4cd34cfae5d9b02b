#include "models/storage/sqlitelibrary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

SqliteLibrary::Identity SqliteLibrary::linked()
{
    return {QString::fromLatin1(sqlite3_libversion()), QString::fromLatin1(sqlite3_sourceid())};
}

Result<SqliteLibrary::Identity> SqliteLibrary::ofDriver(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return ErrorMessage{tr("The workspace must be opened with Qt's SQLite driver (QSQLITE), not %1.")
                                .arg(db.driverName())};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !q.next())
        return ErrorMessage{tr("Cannot ask Qt's SQLite driver for its version: %1").arg(q.lastError().text())};
    return Identity{q.value(0).toString(), q.value(1).toString()};
}

namespace {

// Whether a process-wide setting changed through Herald's SQLite shows through the driver's connection: only one
// copy of the library in memory has one soft heap limit. The probe value is far above any real limit, and the
// previous limit comes back at once.
bool sameCopy(const QSqlDatabase &db)
{
    constexpr sqlite3_int64 kProbe = (sqlite3_int64(1) << 44) + 4099;
    const sqlite3_int64 before = sqlite3_soft_heap_limit64(-1);
    const sqlite3_int64 probe = before == kProbe ? kProbe + 1 : kProbe;
    sqlite3_soft_heap_limit64(probe);
    QSqlQuery q(db);
    const bool seen = q.exec(QStringLiteral("PRAGMA soft_heap_limit")) && q.next() && q.value(0).toLongLong() == probe;
    sqlite3_soft_heap_limit64(before);
    return seen;
}

} // namespace

Result<void> SqliteLibrary::check(const QSqlDatabase &db)
{
    const Result<Identity> driver = ofDriver(db);
    if (!driver)
        return ErrorMessage{driver.error()};
    const Identity ours = linked();
    if (*driver != ours)
        return mismatch(ours, *driver, false);
    if (!sameCopy(db))
        return mismatch(ours, *driver, true);
    return {};
}

ErrorMessage SqliteLibrary::mismatch(const Identity &linked, const Identity &driver, bool sameVersionOtherCopy)
{
    const QString what = sameVersionOtherCopy
        ? tr("Qt's SQLite driver uses its own copy of SQLite %1, not the one Herald links.").arg(driver.version)
        : tr("Qt's SQLite driver uses SQLite %1 (%2), but Herald links SQLite %3 (%4).")
              .arg(driver.version, driver.sourceId, linked.version, linked.sourceId);
    return ErrorMessage{what + QLatin1Char(' ')
                        + tr("Herald needs both to be one library, or the workspace could be damaged, so it was not "
                             "opened. Install the Herald package for this system, or build Herald against the "
                             "SQLite that Qt uses (Qt configured with -system-sqlite).")};
}

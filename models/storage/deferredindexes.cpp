#include "models/storage/deferredindexes.h"

#include "models/core/clock.h"
#include "models/storage/sqltransaction.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QString kKeyPrefix = QStringLiteral("deferred_index:");
const QString kOwnerKey = QStringLiteral("deferred_index_owner");   // outside kKeyPrefix's range: ':' < ';' < '_'
const QString kLeaseKey = QStringLiteral("deferred_index_lease");

// Whether a process with this id runs on this machine (a pid reused since is caught by the lease).
bool processAlive(qint64 pid)
{
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

QString thisProcess()
{
    return QString::number(QCoreApplication::applicationPid()) + QLatin1Char('@') + QSysInfo::machineHostName();
}

Result<void> setMeta(QSqlDatabase db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return ErrorMessage {q.lastError().text()};
    return {};
}

QString meta(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return ErrorMessage {q.lastError().text()};
    return {};
}

} // namespace

namespace DeferredIndexes {

Result<QStringList> defer(QSqlDatabase db, const QStringList &tables)
{
    SqlTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return ErrorMessage {begun.error()};
    QSqlQuery q(db);
    // sql IS NULL: the automatic index of a UNIQUE or PRIMARY KEY constraint.
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                             "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name = ?"));
    QList<std::pair<QString, QString>> indexes;
    for (const QString &table : tables) {
        q.addBindValue(table);
        if (!q.exec())
            return ErrorMessage {q.lastError().text()};
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toString()});
    }
    if (Result<void> owner = setMeta(db, kOwnerKey, thisProcess()); !owner)
        return ErrorMessage {owner.error()};
    if (Result<void> lease = setMeta(db, kLeaseKey, QString::number(Clock::nowMs() + kLeaseMs)); !lease)
        return ErrorMessage {lease.error()};
    QStringList names;
    for (const auto &[name, sql] : indexes) {
        if (Result<void> recorded = setMeta(db, kKeyPrefix + name, sql); !recorded)
            return ErrorMessage {recorded.error()};
        if (Result<void> dropped = exec(q, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped)
            return ErrorMessage {dropped.error()};
        names.append(name);
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return ErrorMessage {committed.error()};
    return names;
}

bool pending(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM workspace_meta WHERE key >= ? AND key < ? LIMIT 1"));
    q.addBindValue(kKeyPrefix);
    q.addBindValue(QString(kKeyPrefix.chopped(1) + QLatin1Char(';')));
    return q.exec() && q.next();
}

Result<void> restore(QSqlDatabase db)
{
    if (!pending(db))
        return {};
    SqlTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT key, value FROM workspace_meta WHERE key >= ? AND key < ? ORDER BY key"));
    q.addBindValue(kKeyPrefix);
    q.addBindValue(QString(kKeyPrefix.chopped(1) + QLatin1Char(';')));
    if (!q.exec())
        return ErrorMessage {q.lastError().text()};
    QList<std::pair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    QSqlQuery run(db);
    for (const auto &[key, sql] : indexes) {
        // IF NOT EXISTS: a later migration may have created it again meanwhile.
        QString create = sql;
        if (!create.contains(QLatin1String("IF NOT EXISTS"), Qt::CaseInsensitive))
            create.replace(QRegularExpression(QStringLiteral("^CREATE INDEX "), QRegularExpression::CaseInsensitiveOption),
                           QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (Result<void> created = exec(run, create); !created)
            return created;
        run.prepare(QStringLiteral("DELETE FROM workspace_meta WHERE key = ?"));
        run.addBindValue(key);
        if (!run.exec())
            return ErrorMessage {run.lastError().text()};
    }
    run.prepare(QStringLiteral("DELETE FROM workspace_meta WHERE key IN (?, ?)"));
    run.addBindValue(kOwnerKey);
    run.addBindValue(kLeaseKey);
    if (!run.exec())
        return ErrorMessage {run.lastError().text()};
    return transaction.commit();
}

bool importerAlive(QSqlDatabase db)
{
    const QString owner = meta(db, kOwnerKey);
    const qint64 leaseUntil = meta(db, kLeaseKey).toLongLong();
    if (owner.isEmpty() || leaseUntil <= Clock::nowMs())
        return false;   // none recorded (an older Herald), or its lease ran out
    const qint64 pid = owner.section(QLatin1Char('@'), 0, 0).toLongLong();
    const QString host = owner.section(QLatin1Char('@'), 1);
    if (host != QSysInfo::machineHostName())
        return true;    // cannot look at another machine's processes: the lease decides
    return pid > 0 && processAlive(pid);
}

Result<void> restoreAbandoned(QSqlDatabase db)
{
    if (!pending(db) || importerAlive(db))
        return {};
    return restore(db);
}

Result<void> renewLease(QSqlDatabase db)
{
    if (meta(db, kOwnerKey) != thisProcess())
        return {};
    return setMeta(db, kLeaseKey, QString::number(Clock::nowMs() + kLeaseMs));
}

} // namespace DeferredIndexes

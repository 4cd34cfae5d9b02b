#include "models/storage/deferredindexes.h"

#include "models/storage/sqltransaction.h"

#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QString kKeyPrefix = QStringLiteral("deferred_index:");

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
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)"));
    QStringList names;
    for (const auto &[name, sql] : indexes) {
        record.addBindValue(QString(kKeyPrefix + name));
        record.addBindValue(sql);
        if (!record.exec())
            return ErrorMessage {record.lastError().text()};
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
    return transaction.commit();
}

} // namespace DeferredIndexes

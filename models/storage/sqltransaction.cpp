#include "models/storage/sqltransaction.h"

#include "models/storage/sqldialect.h"
#include "models/storage/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Result<void> SqlTransaction::exec(const char *sql)
{
    // On the workspace's SQLite connection straight through its handle (one SQLite for Qt and Herald): the status
    // feed and the import begin and commit a transaction per batch, and a QSqlQuery per statement costs them.
    if (sqlite3 *handle = Workspace::sqliteHandle(m_db)) {
        char *message = nullptr;
        if (sqlite3_exec(handle, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        return ErrorMessage{text};
    }
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromLatin1(sql)))
        return ErrorMessage{q.lastError().text()};
    return {};
}

Result<void> SqlTransaction::begin()
{
    if (SqlDialect::isPostgres(m_db)) {
        Result<void> r = exec("BEGIN");
        m_open = r.ok();
        if (r)
            r = exec(QByteArray("SELECT pg_advisory_xact_lock(" + QByteArray::number(kWriteLock) + ')').constData());
        return r;
    }
    Result<void> r = exec("BEGIN IMMEDIATE");
    m_open = r.ok();
    return r;
}

Result<void> SqlTransaction::commit()
{
    Result<void> r = exec("COMMIT");
    if (r)
        m_open = false;
    return r;
}

void SqlTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // A failed statement may have rolled the transaction back already; then ROLLBACK fails, harmlessly.
    (void)exec("ROLLBACK");
}

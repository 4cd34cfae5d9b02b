#include "sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

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
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromLatin1(sql)))
        return ErrorMessage{q.lastError().text()};
    return {};
}

Result<void> SqlTransaction::begin()
{
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
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

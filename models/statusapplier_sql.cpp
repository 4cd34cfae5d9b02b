// SqlStatement: the thin wrapper over the SQLite C API the status feed uses (statusapplier_p.h).
#include "statusapplier_p.h"

bool SqlStatement::prepare(sqlite3 *db, const char *sql, QString *error)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

void SqlStatement::bind(int i, const std::optional<qint64> &v)
{
    if (v)
        sqlite3_bind_int64(m_stmt, i, *v);
    else
        sqlite3_bind_null(m_stmt, i);
}

void SqlStatement::bind(int i, const QString &v)
{
    if (v.isNull()) {
        sqlite3_bind_null(m_stmt, i);
        return;
    }
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindBlob(int i, const QByteArray &v)
{
    sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
}

int SqlStatement::step(QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    return rc;
}

bool SqlStatement::exec(QString *error)
{
    const int rc = step(error);
    reset();
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::optional<qint64> SqlStatement::optInt64(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return int64(col);
}

QString SqlStatement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray SqlStatement::bytes(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

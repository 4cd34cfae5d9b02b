#include "models/storage/sqlstatement.h"

#include <sqlite3.h>

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqlStatement::prepare(sqlite3 *db, QByteArrayView sql, QString *error)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (!db) {
        if (error)
            *error = QStringLiteral("the workspace is not open");
        return false;
    }
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

int SqlStatement::index(const char *name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

void SqlStatement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
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

void SqlStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

int SqlStatement::step(QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE && error)
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

qint64 SqlStatement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

bool SqlStatement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
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

int SqlStatement::changes() const
{
    return sqlite3_changes(sqlite3_db_handle(m_stmt));
}

SqlStatement *StatementCache::get(const char *sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto statement = std::make_unique<SqlStatement>();
        if (!statement->prepare(m_db, sql, error))
            return nullptr;
        it = m_statements.emplace(sql, std::move(statement)).first;
    }
    return it->second.get();
}

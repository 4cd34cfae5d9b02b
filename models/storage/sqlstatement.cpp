#include "models/storage/sqlstatement.h"

#include "models/storage/sqldialect.h"
#include "models/storage/workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

struct SqlStatement::Query
{
    QSqlQuery query;
    QHash<QByteArray, int> names;
    QList<QVariant> values;
    bool executed = false;
    bool onRow = false;
    int changes = 0;   // rows the last execution changed (kept past reset(), like sqlite3_changes)
};

SqlStatement::SqlStatement() = default;

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqlStatement::prepare(const QSqlDatabase &db, QByteArrayView sql, QString *error)
{
    if (sqlite3 *handle = Workspace::sqliteHandle(db))
        return prepare(handle, sql, error);
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_query.reset();
    if (!db.isOpen()) {
        if (error)
            *error = QStringLiteral("the workspace is not open");
        return false;
    }
    auto q = std::make_unique<Query>();
    int count = 0;
    const QByteArray text = SqlDialect::toPostgresParameters(sql, &q->names, &count);
    q->query = QSqlQuery(db);
    q->query.setForwardOnly(false);   // SqlDialect::forwardOnly: never on PostgreSQL
    if (!q->query.prepare(QString::fromUtf8(text))) {
        if (error)
            *error = q->query.lastError().text();
        return false;
    }
    q->values.resize(count);
    m_query = std::move(q);
    return true;
}

bool SqlStatement::prepare(sqlite3 *db, QByteArrayView sql, QString *error)
{
    m_query.reset();
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
    if (m_query)
        return m_query->names.value(QByteArray(name));
    return sqlite3_bind_parameter_index(m_stmt, name);
}

void SqlStatement::bind(int i, qint64 v)
{
    if (m_query) {
        m_query->values[i - 1] = QVariant(qlonglong(v));
        return;
    }
    sqlite3_bind_int64(m_stmt, i, v);
}

void SqlStatement::bind(int i, const std::optional<qint64> &v)
{
    if (m_query) {
        m_query->values[i - 1] = v ? QVariant(qlonglong(*v)) : QVariant(QMetaType::fromType<qlonglong>());
        return;
    }
    if (v)
        sqlite3_bind_int64(m_stmt, i, *v);
    else
        sqlite3_bind_null(m_stmt, i);
}

void SqlStatement::bind(int i, const QString &v)
{
    if (m_query) {
        m_query->values[i - 1] = v.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v);
        return;
    }
    if (v.isNull()) {
        sqlite3_bind_null(m_stmt, i);
        return;
    }
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindBlob(int i, const QByteArray &v)
{
    if (m_query) {
        m_query->values[i - 1] = QVariant(v);
        return;
    }
    sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindNull(int i)
{
    if (m_query) {
        m_query->values[i - 1] = QVariant();
        return;
    }
    sqlite3_bind_null(m_stmt, i);
}

int SqlStatement::step(QString *error)
{
    if (m_query) {
        QSqlQuery &q = m_query->query;
        if (!m_query->executed) {
            for (qsizetype i = 0; i < m_query->values.size(); ++i)
                q.bindValue(int(i), m_query->values.at(i));
            m_query->executed = true;
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
                return SQLITE_ERROR;
            }
            m_query->changes = q.numRowsAffected();
        }
        m_query->onRow = q.isSelect() && q.next();
        return m_query->onRow ? SQLITE_ROW : SQLITE_DONE;
    }
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
    if (m_query) {
        m_query->query.finish();
        m_query->executed = false;
        m_query->onRow = false;
        std::fill(m_query->values.begin(), m_query->values.end(), QVariant());
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqlStatement::int64(int col) const
{
    if (m_query)
        return m_query->query.value(col).toLongLong();
    return sqlite3_column_int64(m_stmt, col);
}

bool SqlStatement::isNull(int col) const
{
    if (m_query)
        return m_query->query.isNull(col);
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
    if (m_query)
        return m_query->query.value(col).toString();
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray SqlStatement::bytes(int col) const
{
    if (m_query) {
        const QVariant v = m_query->query.value(col);
        return v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
    }
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

int SqlStatement::changes() const
{
    if (m_query)
        return m_query->changes;
    return sqlite3_changes(sqlite3_db_handle(m_stmt));
}

SqlStatement *StatementCache::get(const char *sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto statement = std::make_unique<SqlStatement>();
        if (!(m_db ? statement->prepare(m_db, sql, error) : statement->prepare(m_server, sql, error)))
            return nullptr;
        it = m_statements.emplace(sql, std::move(statement)).first;
    }
    return it->second.get();
}

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(Workspace::sqliteHandle(db))
    , m_server(db)
{
}

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement of the SQLite C API (SQLITE_PREPARE_PERSISTENT), for the hot paths that step statements on
// the workspace connection's own handle (Workspace::sqliteHandle; one SQLite for Qt and Herald, see
// docs/architecture.md "Storage"): the ledger's claim and outcomes, the status feed, the contact import.
// Parameters are 1-based positions (or index(":name")); prepare(), exec() and step() report the connection's
// error text in *error (which may be nullptr).
//
// On a PostgreSQL workspace the same statement runs through Qt's QPSQL driver (prepare(QSqlDatabase, …)): the SQL's
// SQLite parameters become $N (SqlDialect::toPostgresParameters), step() answers SQLITE_ROW / SQLITE_DONE /
// SQLITE_ERROR as the SQLite path does, so a store's loop is written once.
class SqlStatement
{
public:
    SqlStatement();
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool prepare(sqlite3 *db, QByteArrayView sql, QString *error);
    // On the connection's SQLite handle, or through QSqlQuery on any other driver (PostgreSQL).
    bool prepare(const QSqlDatabase &db, QByteArrayView sql, QString *error);
    bool isPrepared() const { return m_stmt != nullptr || m_query != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }   // for loops that bind and step by hand

    int index(const char *name) const;   // of a named parameter (":now"), 0 when there is none
    void bind(int i, qint64 v);
    void bind(int i, const std::optional<qint64> &v);
    void bind(int i, const QString &v);   // a null QString binds NULL
    void bindBlob(int i, const QByteArray &v);
    void bindNull(int i);
    // SQLITE_ROW, SQLITE_DONE or an error code (error filled).
    int step(QString *error);
    // Runs a statement without results; false on error. Resets it.
    bool exec(QString *error);
    void reset();
    qint64 int64(int col) const;
    bool isNull(int col) const;
    std::optional<qint64> optInt64(int col) const;
    QString text(int col) const;
    QByteArray bytes(int col) const;
    int changes() const;

private:
    struct Query;   // the QSqlQuery path
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<Query> m_query;
};

// The statements of one store on one connection, each prepared on its first use and kept for the store's life, so
// a hot loop never prepares twice. Keyed by the SQL's address: pass string literals (or other static storage).
class StatementCache
{
public:
    explicit StatementCache(sqlite3 *db = nullptr)
        : m_db(db)
    {
    }
    // The connection's SQLite handle, or (any other driver) its QSqlDatabase.
    explicit StatementCache(const QSqlDatabase &db);
    sqlite3 *handle() const { return m_db; }
    // The statement for `sql`, reset and without bindings; nullptr (and *error) when it cannot be prepared.
    SqlStatement *get(const char *sql, QString *error);

private:
    sqlite3 *m_db = nullptr;
    QSqlDatabase m_server;   // when m_db is null: the PostgreSQL connection
    std::unordered_map<const char *, std::unique_ptr<SqlStatement>> m_statements;
};

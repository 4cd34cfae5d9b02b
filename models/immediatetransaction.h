#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// BEGIN IMMEDIATE … COMMIT, rolled back when it goes out of scope uncommitted. IMMEDIATE takes SQLite's write lock
// up front, so a read-then-write decision ("has this campaign an unfinished run? no → insert one") is one decision
// that no other process's write can slip into; the connection's busy timeout covers the wait.
class ImmediateTransaction
{
public:
    explicit ImmediateTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    ~ImmediateTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    ImmediateTransaction(const ImmediateTransaction &) = delete;
    ImmediateTransaction &operator=(const ImmediateTransaction &) = delete;

    bool begin(QString *error) { return exec(QStringLiteral("BEGIN IMMEDIATE"), true, error); }
    bool commit(QString *error) { return exec(QStringLiteral("COMMIT"), false, error); }

private:
    bool exec(const QString &sql, bool open, QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        m_open = open;
        return true;
    }

    QSqlDatabase m_db;
    bool m_open = false;
};

#pragma once

#include "models/core/result.h"

#include <QSqlDatabase>

// BEGIN IMMEDIATE … COMMIT on one connection, rolled back when it goes out of scope uncommitted. IMMEDIATE takes
// SQLite's write lock up front, so a read-then-write decision ("has this campaign an unfinished run? no → insert
// one") is one decision that no other process's write can slip into, and a batch never fails half way with
// SQLITE_BUSY; the connection's busy timeout covers the wait. On PostgreSQL the same guarantee comes from BEGIN plus
// the transaction-scoped advisory lock kWriteLock (pg_advisory_xact_lock): write transactions of all processes on
// the workspace take turns as SQLite's do, and each statement after the lock (READ COMMITTED) sees every write
// committed before it. This is the one place that says how a write transaction starts.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // The error is the database's own text; callers say what they were doing.
    Result<void> begin();
    Result<void> commit();
    // Rolls back now (the destructor does it otherwise); nothing happens when not open.
    void rollback();
    bool isOpen() const { return m_open; }

    // The PostgreSQL advisory lock key every write transaction holds ("HERALDWR").
    static constexpr qint64 kWriteLock = 0x4845524c445752;

private:
    Result<void> exec(const char *sql);

    QSqlDatabase m_db;
    bool m_open = false;
};

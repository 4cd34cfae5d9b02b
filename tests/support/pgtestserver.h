#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// The test PostgreSQL 15 cluster started by tests/pg/pgserver.sh: the CTest fixture `pg` (tests/CMakeLists.txt)
// starts one per ctest run and names its folder in $HERALD_TEST_PG_DIR; a test executable started by hand starts
// its own (the same script) on first use and stops it at exit. Each test takes a database of its own
// (createDatabase), dropped when the PgTestServer object that made it is destroyed.
//
//     PgTestServer pg;
//     if (!pg.available()) QSKIP(qPrintable(pg.skipReason()));
//     const QString url = pg.createDatabase();   // postgresql://herald@127.0.0.1:PORT/herald_t_…
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    bool available() const;
    QString skipReason() const;

    QString host() const;
    int port() const;
    QString superuser() const;          // trusted on loopback, owns the test databases
    QString passwordRole() const;       // a role that must log in with a password (scram-sha-256)
    QString password() const;           // that role's password
    QString binDir() const;

    // A new empty database owned by `owner` (default: the superuser); returns its workspace URL (no password).
    QString createDatabase(const QString &owner = {});
    // Runs one statement as the superuser on `database` (default: postgres); false (and a warning) on error.
    bool exec(const QString &sql, const QString &database = QStringLiteral("postgres")) const;
    // The environment a herald-cli child needs to reach the server as the superuser (PGHOST/PGPORT/PGUSER unset
    // so only the URL decides) — HOME kept.
    static QProcessEnvironment childEnvironment();

private:
    QStringList m_databases;
};

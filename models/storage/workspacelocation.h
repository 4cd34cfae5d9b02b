#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

// Where a workspace lives: an SQLite file, or a PostgreSQL database named by a URL
//
//     postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=verify-full&sslrootcert=/path/ca.crt…]
//
// A URL never carries a password (refused, saying where a password goes instead: libpq's ~/.pgpass / PGPASSFILE,
// PGPASSWORD for scripts, or the keychain through `herald-cli workspace login URL`). The query's parameters are
// libpq connection keywords and pass through as they are (sslmode=verify-full makes libpq check the server's
// certificate and host name).
class WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLocation)

public:
    // True for text that names a PostgreSQL workspace (postgresql:// or postgres://).
    static bool isDatabaseUrl(const QString &text);
    // Parses a PostgreSQL workspace URL; the error says which part is wrong and what to write.
    static Result<WorkspaceLocation> parse(const QString &url);

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }   // -1: libpq's default (PGPORT or 5432)
    QString database() const { return m_database; }
    // libpq keywords from the query, in order (sslmode, sslrootcert, connect_timeout, …).
    const QList<std::pair<QString, QString>> &options() const { return m_options; }
    // QPSQL's connect options: the query's keywords joined with ';'.
    QString connectOptions() const;
    // The canonical URL (no password, default parts spelled the same way): shown, logged and the keychain key.
    QString url() const;

private:
    QString m_user;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QList<std::pair<QString, QString>> m_options;
};

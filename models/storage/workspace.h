#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "models/core/result.h"
#include "models/storage/storageerror.h"

// A Herald workspace: one SQLite file (or one PostgreSQL database, named by a postgresql:// URL) holding contacts,
// templates, campaigns and the recipient ledger.
//
// open() lets SQLite judge the file (nothing else in Herald ever opens it: a close() of any other descriptor on
// it would drop SQLite's POSIX locks). An unknown or damaged file, or one written by a newer Herald, is refused
// and left byte-for-byte as it was; then WAL and foreign keys go on, an existing workspace is backed up
// (WorkspaceBackup) before any migration, and the migrations run up to schemaVersion(). Each thread gets its
// own named connection through database().
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    Workspace() = default;
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // The path to use: an explicit option first, then $HERALD_WORKSPACE, then the per-user default.
    static QString resolvePath(const QString &option = {});
    // The SQLite C handle behind an open connection of Qt's QSQLITE driver (for the few hot paths that step
    // statements themselves: import, exports, id lists, the status feed); nullptr for any other driver.
    static struct sqlite3 *sqliteHandle(const QSqlDatabase &db);
    static QString defaultPath();

    // Opens (creating if missing) and migrates. On failure returns false and fills *error with a
    // sentence a person can act on. `path` is a file, or a PostgreSQL URL (WorkspaceLocation): then the database
    // must be empty or a Herald workspace, and the password comes from setPassword(), ~/.pgpass or PGPASSWORD.
    bool open(const QString &path, QString *error);
    // The password for the next open() of a PostgreSQL URL (from the keychain); kept in memory only.
    void setPassword(const QString &password) { m_password = password; }
    // True when the workspace is a PostgreSQL database (path() is then its URL, without a password).
    bool isDatabaseServer() const { return m_server; }
    // Whether `password` logs in to the PostgreSQL workspace `url` (nothing is read or written there).
    static Result<void> checkLogin(const QString &url, const QString &password);
    // Why the last open() failed (None after a success): the GUI offers a restore only for a damaged file.
    StorageError::Kind openError() const { return m_openError; }
    void close();
    bool isOpen() const { return !m_connectionPrefix.isEmpty(); }

    QString path() const { return m_path; }
    // True when open() created the file, or found it empty (the GUI shows its first-run guide).
    bool isNew() const { return m_created; }

    // The connection for the calling thread, opened on first use with the workspace's pragmas.
    QSqlDatabase database() const;
    // Drops the calling thread's connection; worker threads call it before they end.
    void releaseThreadConnection() const;

    static int schemaVersion();
    // True when `path` names the database of a workspace open in this process, or its -wal, -shm or -journal:
    // such a file must never be read or written by anything but SQLite (exports and imports refuse it).
    static bool isOpenWorkspaceFile(const QString &path);
    // The sentence those refusals print.
    static QString openWorkspaceFileError(const QString &path);
    // Another SQLite database this process keeps open (the sandbox's relay store) gets the same protection;
    // open() and close() do this for the workspace itself.
    static void registerDatabaseFile(const QString &path);
    static void unregisterDatabaseFile(const QString &path);
    // A random id made when the workspace was created; scopes its keychain entries.
    QString workspaceId() const;

private:
    QString connectionName() const;
    static bool configure(QSqlDatabase &db, QString *error);
    bool openServer(const QString &url, QString *error);
    // Before migrating: true for an empty database (a new workspace), an error for a newer schema or a database that
    // is not a workspace (`notWorkspace` says so for the file or the server).
    static Result<bool> schemaVerdict(int version, int objects, const QString &shown, const QString &notWorkspace);
    // The opened connection becomes this workspace's.
    void adopt(const QString &prefix, const QString &path, bool created, bool server);
    static Result<void> connectServer(QSqlDatabase &db, const class WorkspaceLocation &location,
                                      const QString &password);

    QString m_path;
    class QThread *m_ownerThread = nullptr;
    QString m_connectionPrefix;
    bool m_created = false;
    bool m_server = false;
    QString m_password;
    StorageError::Kind m_openError = StorageError::Kind::None;
};

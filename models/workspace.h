#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// A Herald workspace: one SQLite file holding contacts, templates, campaigns and the recipient ledger.
//
// open() checks the file before touching it (an unknown or damaged file, or one written by a newer Herald,
// is refused and left byte-for-byte as it was), then turns on WAL and foreign keys and runs the
// migrations up to schemaVersion(). Each thread gets its own named connection through database().
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
    // sentence a person can act on.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return !m_connectionPrefix.isEmpty(); }

    QString path() const { return m_path; }
    // True when open() created the file (the GUI fills a new workspace with demo data).
    bool isNew() const { return m_created; }

    // The connection for the calling thread, opened on first use with the workspace's pragmas.
    QSqlDatabase database() const;
    // Drops the calling thread's connection; worker threads call it before they end.
    void releaseThreadConnection() const;

    static int schemaVersion();
    // A random id made when the workspace was created; scopes its keychain entries.
    QString workspaceId() const;

private:
    QString connectionName() const;
    static bool configure(QSqlDatabase &db, QString *error);

    QString m_path;
    class QThread *m_ownerThread = nullptr;
    QString m_connectionPrefix;
    bool m_created = false;
};

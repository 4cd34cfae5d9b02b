#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

// Copies of a workspace made with SQLite's online backup API (consistent even while other processes write;
// nothing but SQLite opens the files). Automatic ones live in the rolling folder "<workspace>.backups/", named
// by their UTC time (yyyyMMdd-HHmmsszzz, then why: "daily", "before-schema-N", "before-restore", "manual"),
// and only the newest kKeep are kept: one is made before each migration and, when the window or the agent
// opens the workspace, one a day.
class WorkspaceBackup
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceBackup)

public:
    static constexpr int kKeep = 7;
    static constexpr qint64 kDailyIntervalMs = 24LL * 60 * 60 * 1000;

    struct Copy
    {
        QString file;   // absolute path of the backup
        qint64 bytes = 0;
    };
    struct Restored
    {
        QString from;             // the backup restored
        QString previousBackup;   // the state just before the restore, kept in the rolling folder
        int schema = 0;           // the schema version the workspace has now
    };

    static QString folderFor(const QString &workspacePath);
    // The rolling folder's backups, newest first.
    static QStringList list(const QString &workspacePath);

    // Copies the database behind `db` into `target` (written aside, then renamed into place, so a backup is
    // complete or absent). Refuses a target that is an open workspace's file.
    static std::optional<Copy> copy(const QSqlDatabase &db, const QString &target, QString *error);
    // A new backup in the rolling folder, then the oldest beyond kKeep are removed.
    static std::optional<Copy> rolling(const QSqlDatabase &db, const QString &workspacePath, const QDateTime &now,
                                       const QString &reason, QString *error);
    // A "daily" rolling backup when the newest one is older than a day (or there is none) and the workspace is
    // not new. nullopt with an empty *error when none was due.
    static std::optional<Copy> dailyIfDue(Workspace &workspace, const QDateTime &now, QString *error);

    // Replaces the open workspace's content with `source` (a backup, checked first) through the backup API, after
    // keeping the current state as a "before-restore" backup. Refused while any other connection (another
    // Herald window, an agent, herald-cli) has the workspace open. Migrates an older backup afterwards.
    static std::optional<Restored> restore(Workspace &workspace, const QString &source, const QDateTime &now,
                                           QString *error);
    // For a workspace that cannot be opened (damaged, not a database): moves the file and its -wal/-shm aside to
    // "<name>.damaged-<time>" (kept, never deleted) and writes `source` in its place.
    static std::optional<Restored> replaceUnopenable(const QString &workspacePath, const QString &source,
                                                     const QDateTime &now, QString *error);

private:
    static bool prune(const QString &workspacePath, QString *error);
};

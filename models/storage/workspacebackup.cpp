#include "models/storage/workspacebackup.h"

#include "models/storage/migrations.h"
#include "models/storage/storageerror.h"
#include "models/storage/workspace.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcBackup, "herald.backup", QtInfoMsg)

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");
constexpr int kStampLength = 18;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// An sqlite3 connection of our own (backups and their sources), closed when it goes out of scope.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }

    bool open(const QString &path, int flags, QString *error)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
        if (rc != SQLITE_OK) {
            const StorageError::Kind kind = StorageError::classify(rc, path);
            *error = StorageError::describe(kind, path, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
            return false;
        }
        sqlite3_extended_result_codes(db, 1);
        return true;
    }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
    // The first column of the first row of `sql`, or a null string.
    QString scalar(const char *sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        QString value;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return value;
    }
};

// Copies `source` page by page into `target` (through a ".partial" file renamed into place).
bool backupInto(sqlite3 *source, const QString &target, QString *error)
{
    if (Workspace::isOpenWorkspaceFile(target)) {
        *error = Workspace::openWorkspaceFileError(target);
        return false;
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        Connection out;
        if (!out.open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
            return false;
        sqlite3_backup *backup = sqlite3_backup_init(out.db, "main", source, "main");
        int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(out.db);
        if (backup) {
            const int finished = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = finished;
        }
        // A backup is one self-contained file: no -wal beside it.
        if (rc == SQLITE_OK || rc == SQLITE_DONE)
            rc = sqlite3_exec(out.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_DONE) {
            const StorageError::Kind kind = StorageError::classify(rc, partial);
            *error = WorkspaceBackup::tr("Cannot write the backup %1: %2")
                         .arg(shown(target), StorageError::describe(kind, partial, out.lastError()));
            sqlite3_close_v2(out.db);
            out.db = nullptr;
            QFile::remove(partial);
            return false;
        }
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        *error = WorkspaceBackup::tr("Cannot move the finished backup into place as %1. Check that the folder is "
                                     "writable.")
                     .arg(shown(target));
        return false;
    }
    return true;
}

// Opens `path` read-only and checks that it is a whole Herald workspace this version can use; fills *schema.
bool openBackup(Connection &in, const QString &path, int *schema, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = WorkspaceBackup::tr("The backup %1 does not exist.").arg(shown(path));
        return false;
    }
    if (Workspace::isOpenWorkspaceFile(path)) {
        *error = Workspace::openWorkspaceFileError(path);
        return false;
    }
    if (!in.open(path, SQLITE_OPEN_READONLY, error))
        return false;
    const QString check = in.scalar("PRAGMA quick_check");
    if (check != QLatin1String("ok")) {
        const StorageError::Kind kind = StorageError::classify(sqlite3_extended_errcode(in.db), path);
        *error = WorkspaceBackup::tr("%1 cannot be restored: %2")
                     .arg(shown(path), StorageError::describe(kind == StorageError::Kind::Other
                                                                      || kind == StorageError::Kind::None
                                                                  ? StorageError::Kind::Damaged
                                                                  : kind,
                                                              path, check.isEmpty() ? in.lastError() : check));
        return false;
    }
    *schema = in.scalar("PRAGMA user_version").toInt();
    if (*schema < 1 || in.scalar("SELECT value FROM workspace_meta WHERE key = 'workspace_id'").isEmpty()) {
        *error = WorkspaceBackup::tr("%1 is not a Herald workspace backup; nothing was restored.").arg(shown(path));
        return false;
    }
    if (*schema > Migrations::latestVersion()) {
        *error = WorkspaceBackup::tr("The backup %1 was written by a newer version of Herald (schema %2; this "
                                     "version understands up to %3); nothing was restored.")
                     .arg(shown(path))
                     .arg(*schema)
                     .arg(Migrations::latestVersion());
        return false;
    }
    return true;
}

} // namespace

QString WorkspaceBackup::folderFor(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".backups");
}

QStringList WorkspaceBackup::list(const QString &workspacePath)
{
    const QDir folder(folderFor(workspacePath));
    QStringList files;
    const QStringList names = folder.entryList({QStringLiteral("*.herald")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        files << folder.filePath(name);
    return files;
}

std::optional<WorkspaceBackup::Copy> WorkspaceBackup::copy(const QSqlDatabase &db, const QString &target,
                                                           QString *error)
{
    sqlite3 *source = Workspace::sqliteHandle(db);
    if (!source) {
        *error = tr("The workspace is not open.");
        return std::nullopt;
    }
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath())) {
        *error = tr("Cannot create the folder for the backup %1. Check the path and your permissions.").arg(shown(absolute));
        return std::nullopt;
    }
    if (!backupInto(source, absolute, error))
        return std::nullopt;
    qCDebug(lcBackup) << "workspace backed up to" << absolute;
    return Copy{absolute, QFileInfo(absolute).size()};
}

std::optional<WorkspaceBackup::Copy> WorkspaceBackup::rolling(const QSqlDatabase &db, const QString &workspacePath,
                                                              const QDateTime &now, const QString &reason,
                                                              QString *error)
{
    const QDir folder(folderFor(workspacePath));
    const QString stem = now.toUTC().toString(kStampFormat) + QLatin1Char('-') + reason;
    QString target = folder.filePath(stem + QStringLiteral(".herald"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = folder.filePath(stem + QStringLiteral("-%1.herald").arg(n));
    auto made = copy(db, target, error);
    if (made && !prune(workspacePath, error))
        qCWarning(lcBackup) << "cannot remove old backups:" << *error;
    return made;
}

bool WorkspaceBackup::prune(const QString &workspacePath, QString *error)
{
    const QStringList files = list(workspacePath);
    for (qsizetype i = kKeep; i < files.size(); ++i) {
        if (!QFile::remove(files.at(i))) {
            *error = tr("Cannot remove the old backup %1.").arg(shown(files.at(i)));
            return false;
        }
    }
    return true;
}

std::optional<WorkspaceBackup::Copy> WorkspaceBackup::dailyIfDue(Workspace &workspace, const QDateTime &now,
                                                                 QString *error)
{
    error->clear();
    // A PostgreSQL workspace is backed up by its server (pg_dump, base backups), not by Herald.
    if (!workspace.isOpen() || workspace.isNew() || workspace.isDatabaseServer())
        return std::nullopt;
    const QString newest = list(workspace.path()).value(0);
    if (!newest.isEmpty()) {
        QDateTime at = QDateTime::fromString(QFileInfo(newest).fileName().left(kStampLength), kStampFormat);
        at.setTimeSpec(Qt::UTC);
        if (at.isValid() && at.msecsTo(now.toUTC()) < kDailyIntervalMs && at <= now.toUTC())
            return std::nullopt;
    }
    return rolling(workspace.database(), workspace.path(), now, QStringLiteral("daily"), error);
}

std::optional<WorkspaceBackup::Restored> WorkspaceBackup::restore(Workspace &workspace, const QString &source,
                                                                  const QDateTime &now, QString *error)
{
    Connection in;
    int schema = 0;
    if (!openBackup(in, source, &schema, error))
        return std::nullopt;
    QSqlDatabase db = workspace.database();
    sqlite3 *live = Workspace::sqliteHandle(db);
    if (!live) {
        *error = tr("The workspace is not open.");
        return std::nullopt;
    }
    // Leaving WAL needs the only connection to the file: if another Herald window, agent or herald-cli has the
    // workspace open, this fails at once and nothing is touched.
    sqlite3_busy_timeout(live, 1000);
    const auto journalMode = [&](const QString &mode) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)) && q.next()
            && q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0;
    };
    const auto back = [&] {
        journalMode(QStringLiteral("WAL"));
        sqlite3_busy_timeout(live, 5000);
    };
    if (!journalMode(QStringLiteral("DELETE"))) {
        back();
        *error = tr("The workspace %1 is open in another program (a Herald window, `herald-cli agent` or another "
                    "herald-cli command). Nothing was restored; close it and try again.")
                     .arg(shown(workspace.path()));
        return std::nullopt;
    }
    const auto previous = rolling(db, workspace.path(), now, QStringLiteral("before-restore"), error);
    if (!previous) {
        back();
        *error = tr("Nothing was restored: the current state could not be backed up first. %1").arg(*error);
        return std::nullopt;
    }
    sqlite3_backup *backup = sqlite3_backup_init(live, "main", in.db, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_extended_errcode(live);
    if (backup) {
        const int finished = sqlite3_backup_finish(backup);
        if (rc == SQLITE_DONE)
            rc = finished;
    }
    back();
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        const StorageError::Kind kind = StorageError::classify(rc, workspace.path());
        *error = tr("Restoring %1 failed; the workspace is unchanged (its state before is also kept in %2): %3")
                     .arg(shown(source), shown(previous->file),
                          StorageError::describe(kind, workspace.path(), QString::fromUtf8(sqlite3_errstr(rc))));
        return std::nullopt;
    }
    QString detail;
    if (!Migrations::migrate(db, &detail)) {
        *error = tr("The backup was restored but could not be upgraded to this version: %1").arg(detail);
        return std::nullopt;
    }
    qCDebug(lcBackup) << "workspace" << workspace.path() << "restored from" << source;
    return Restored{QFileInfo(source).absoluteFilePath(), previous->file, Migrations::latestVersion()};
}

std::optional<WorkspaceBackup::Restored> WorkspaceBackup::replaceUnopenable(const QString &workspacePath,
                                                                            const QString &source,
                                                                            const QDateTime &now, QString *error)
{
    Connection in;
    int schema = 0;
    if (!openBackup(in, source, &schema, error))
        return std::nullopt;
    const QString path = QFileInfo(workspacePath).absoluteFilePath();
    if (Workspace::isOpenWorkspaceFile(path)) {
        *error = Workspace::openWorkspaceFileError(path);
        return std::nullopt;
    }
    // rename(2) only: the damaged files are kept for inspection, never opened or deleted.
    const QString aside = path + QStringLiteral(".damaged-") + now.toUTC().toString(kStampFormat);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
            *error = tr("Cannot move the damaged workspace %1 aside; nothing was restored. Check that its folder is "
                        "writable.")
                         .arg(shown(path + suffix));
            return std::nullopt;
        }
    }
    if (!backupInto(in.db, path, error))
        return std::nullopt;
    qCDebug(lcBackup) << "unopenable workspace" << path << "moved to" << aside << "and replaced by" << source;
    return Restored{QFileInfo(source).absoluteFilePath(), aside, schema};
}

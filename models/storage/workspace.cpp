#include "models/storage/workspace.h"

#include "models/core/clock.h"
#include "models/storage/sqlitelibrary.h"

#include <sqlite3.h>

#include <QSqlDriver>

#include "models/storage/deferredindexes.h"
#include "models/storage/migrations.h"
#include "models/storage/sqldialect.h"
#include "models/storage/workspacebackup.h"
#include "models/storage/teamroles.h"
#include "models/storage/workspacelocation.h"

#include <QAtomicInt>
#include <QDir>
#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

Q_LOGGING_CATEGORY(lcWorkspace, "herald.workspace", QtInfoMsg)

namespace {

QAtomicInt g_instanceCounter;

// The database paths of the workspaces open in this process (see Workspace::isOpenWorkspaceFile).
QMutex g_openMutex;
QStringList g_openPaths;

constexpr Qt::CaseSensitivity kPathCase =
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    Qt::CaseInsensitive;
#else
    Qt::CaseSensitive;
#endif

// The path with its folder's symbolic links resolved (realpath(3) on the folder: the file itself is never opened).
QString normalizedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString target = info.canonicalFilePath();
        if (!target.isEmpty())
            return target;
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

bool pragma(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// After a failed statement whose QSqlError is no longer at hand: SQLite's code on the connection, else what the
// file system says (a full disk, a folder we may not write to).
StorageError::Kind failureKind(const QSqlDatabase &db, const QString &path)
{
    if (sqlite3 *handle = Workspace::sqliteHandle(db)) {
        const StorageError::Kind kind = StorageError::classify(sqlite3_extended_errcode(handle), path);
        if (kind != StorageError::Kind::None && kind != StorageError::Kind::Other)
            return kind;
    }
    if (StorageError::diskFull(path))
        return StorageError::Kind::DiskFull;
    const QFileInfo file(path);
    if (!QFileInfo(file.absolutePath()).isWritable() || (file.exists() && !file.isWritable()))
        return StorageError::Kind::NoPermission;
    return StorageError::Kind::Other;
}

} // namespace

Workspace::~Workspace()
{
    close();
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.herald");
}

QString Workspace::resolvePath(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString env = qEnvironmentVariable("HERALD_WORKSPACE");
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

int Workspace::schemaVersion()
{
    return Migrations::latestVersion();
}

bool Workspace::configure(QSqlDatabase &db, QString *error)
{
    if (SqlDialect::isPostgres(db))
        return true;
    return pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        && pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        && pragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error);
}

bool Workspace::open(const QString &path, QString *error)
{
    close();
    m_openError = StorageError::Kind::None;
    if (WorkspaceLocation::isDatabaseUrl(path))
        return openServer(path, error);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    const auto refuse = [&](StorageError::Kind kind, const QString &text) {
        m_openError = kind;
        *error = text;
        return false;
    };
    // Only stat(2) here: SQLite alone opens the file, so its verdict (not a database, damaged, disk full, no
    // permission) decides, and no descriptor of ours can drop its locks on close().
    const QFileInfo info(absolute);
    if (info.isDir())
        return refuse(StorageError::Kind::CannotOpen,
                      tr("%1 is a folder, not a workspace file. Choose a file name inside it.").arg(shown));
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        const StorageError::Kind kind =
            StorageError::diskFull(absolute) ? StorageError::Kind::DiskFull : StorageError::Kind::NoPermission;
        return refuse(kind, tr("Cannot create the folder for the workspace %1.").arg(shown) + QLatin1Char(' ')
                                + StorageError::describe(kind, absolute));
    }

    const QString prefix = QStringLiteral("herald-%1").arg(g_instanceCounter.fetchAndAddRelaxed(1));
    const QString name = prefix + QStringLiteral("-main");
    bool ok = false;
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const StorageError::Kind kind = StorageError::classify(db.lastError(), absolute);
            refuse(kind, StorageError::describe(kind, absolute, db.lastError().databaseText()));
        } else {
            ok = [&] {
                QString detail;
                // The hot paths step statements on this connection's handle with Herald's own SQLite functions.
                if (const Result<void> one = SqliteLibrary::check(db); !one)
                    return refuse(StorageError::Kind::Other, one.error());
                // Reading the schema catalogue is the first thing that fails on a file that is not a database
                // (SQLITE_NOTADB), a damaged one (SQLITE_CORRUPT) or one we may not read (SQLITE_CANTOPEN).
                QSqlQuery probe(db);
                if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
                    const StorageError::Kind kind = StorageError::classify(probe.lastError(), absolute);
                    return refuse(kind == StorageError::Kind::Other ? StorageError::Kind::Damaged : kind,
                                  StorageError::describe(kind == StorageError::Kind::Other ? StorageError::Kind::Damaged
                                                                                           : kind,
                                                         absolute, probe.lastError().databaseText()));
                }
                const int objects = probe.value(0).toInt();
                probe.finish();
                const int version = Migrations::currentVersion(db, &detail);
                if (version < 0)
                    return refuse(StorageError::Kind::Damaged,
                                  StorageError::describe(StorageError::Kind::Damaged, absolute, detail));
                if (const Result<bool> fresh = schemaVerdict(version, objects, shown,
                                                             tr("%1 is an SQLite database but not a Herald workspace. "
                                                                "It was left untouched; choose another file or a new "
                                                                "path.")
                                                                 .arg(shown));
                    !fresh)
                    return refuse(StorageError::Kind::Other, fresh.error());
                else
                    created = *fresh;
                // An existing workspace is copied before any migration changes it (kept with the rolling backups).
                if (version > 0 && version < Migrations::latestVersion()
                    && !WorkspaceBackup::rolling(db, absolute, Clock::nowUtc(),
                                                 QStringLiteral("before-schema-%1").arg(Migrations::latestVersion()),
                                                 &detail)) {
                    return refuse(failureKind(db, absolute),
                                  tr("The workspace %1 needs an upgrade, but it could not be backed up first, so it "
                                     "was left untouched: %2")
                                      .arg(shown, detail));
                }
                // Indexes an interrupted bulk import took down are built again first (DeferredIndexes) — not while
                // that import still runs; if that cannot happen now (another process is writing), queries are only
                // slower and the next open retries.
                const bool configured = configure(db, &detail);
                if (configured && version > 0) {
                    if (const Result<void> restored = DeferredIndexes::restoreAbandoned(db); !restored)
                        qCWarning(lcWorkspace) << "deferred indexes not built yet:" << restored.error();
                }
                if (!configured || !Migrations::migrate(db, &detail)) {
                    const StorageError::Kind kind = failureKind(db, absolute);
                    if (kind == StorageError::Kind::Other)
                        return refuse(kind, tr("Cannot prepare the workspace %1: %2").arg(shown, detail));
                    return refuse(kind, StorageError::describe(kind, absolute, detail));
                }
                return true;
            }();
        }
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    adopt(prefix, absolute, created, false);
    registerDatabaseFile(absolute);
    return true;
}

Result<void> Workspace::connectServer(QSqlDatabase &db, const WorkspaceLocation &location, const QString &password)
{
    db.setHostName(location.host());
    if (location.port() > 0)
        db.setPort(location.port());
    db.setUserName(location.user());
    db.setDatabaseName(location.database());
    db.setConnectOptions(location.connectOptions());
    if (!password.isEmpty())
        db.setPassword(password);
    if (db.open()) {
        // The server's NOTICEs ("relation … already exists, skipping") are not for the person at the terminal.
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
        return {};
    }
    const QString text = db.lastError().databaseText().trimmed();
    if (text.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
        return ErrorMessage{tr("Cannot log in to the workspace %1: %2. Store the password in the keychain with: "
                               "herald-cli workspace login %1 (it reads the password from standard input), or put "
                               "it in ~/.pgpass.")
                                .arg(location.url(), text)};
    }
    return ErrorMessage{tr("Cannot connect to the workspace %1: %2. Check that the server is running and reachable, "
                           "and the URL's user, host, port and database.")
                            .arg(location.url(), text)};
}

Result<void> Workspace::checkLogin(const QString &url, const QString &password)
{
    const Result<WorkspaceLocation> location = WorkspaceLocation::parse(url);
    if (!location)
        return ErrorMessage{location.error()};
    const QString name = QStringLiteral("herald-login-%1").arg(g_instanceCounter.fetchAndAddRelaxed(1));
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        result = connectServer(db, *location, password);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// A PostgreSQL workspace: the server judges (connection, authentication, TLS); the database must be empty (a new
// workspace) or hold a Herald schema no newer than this build. Backups are the server's business (pg_dump).
bool Workspace::openServer(const QString &url, QString *error)
{
    const auto refuse = [&](StorageError::Kind kind, const QString &text) {
        m_openError = kind;
        *error = text;
        return false;
    };
    const Result<WorkspaceLocation> location = WorkspaceLocation::parse(url);
    if (!location)
        return refuse(StorageError::Kind::CannotOpen, location.error());
    const QString shown = location->url();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return refuse(StorageError::Kind::CannotOpen,
                      tr("Cannot open %1: Qt's PostgreSQL driver is not installed (Debian/Ubuntu: apt install "
                         "libqt6sql6-psql).")
                          .arg(shown));
    const QString prefix = QStringLiteral("herald-%1").arg(g_instanceCounter.fetchAndAddRelaxed(1));
    const QString name = prefix + QStringLiteral("-main");
    bool ok = false;
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (const Result<void> connected = connectServer(db, *location, m_password); !connected) {
            refuse(StorageError::Kind::CannotOpen, connected.error());
        } else {
            ok = [&] {
                QString detail;
                QSqlQuery probe(db);
                if (!probe.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                                               "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                                               "AND c.relkind IN ('r', 'v', 'm', 'p')"))
                    || !probe.next())
                    return refuse(StorageError::Kind::Other, tr("Cannot read the workspace %1: %2")
                                                                 .arg(shown, probe.lastError().text()));
                const int objects = probe.value(0).toInt();
                probe.finish();
                const int version = Migrations::currentVersion(db, &detail);
                if (version < 0)
                    return refuse(StorageError::Kind::Other, tr("Cannot read the workspace %1: %2").arg(shown, detail));
                if (const Result<bool> fresh = schemaVerdict(version, objects, shown,
                                                             tr("The database of %1 holds tables but is not a Herald "
                                                                "workspace. It was left untouched; create an empty "
                                                                "database for the workspace (createdb NAME).")
                                                                 .arg(shown));
                    !fresh)
                    return refuse(StorageError::Kind::Other, fresh.error());
                else
                    created = *fresh;
                if (!Migrations::migrate(db, &detail))
                    return refuse(StorageError::Kind::Other, tr("Cannot prepare the workspace %1: %2").arg(shown, detail));
                // Tables a migration added are the team's too, by the same rules (TeamRoles).
                if (version > 0 && version < schemaVersion() && TeamRoles::hasTeam(db)) {
                    if (const Result<void> granted = TeamRoles::grant(db); !granted)
                        qCWarning(lcWorkspace) << "cannot grant the team's rights on new tables:" << granted.error();
                }
                return true;
            }();
        }
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    adopt(prefix, shown, created, true);
    return true;
}

Result<bool> Workspace::schemaVerdict(int version, int objects, const QString &shown, const QString &notWorkspace)
{
    if (version > Migrations::latestVersion()) {
        return ErrorMessage{tr("The workspace %1 was written by a newer version of Herald (schema %2; this version "
                               "understands up to %3). Update Herald to open it; nothing was changed.")
                                .arg(shown)
                                .arg(version)
                                .arg(Migrations::latestVersion())};
    }
    if (version == 0 && objects > 0)
        return ErrorMessage{notWorkspace};
    return version == 0;
}

void Workspace::adopt(const QString &prefix, const QString &path, bool created, bool server)
{
    m_path = path;
    m_connectionPrefix = prefix;
    m_ownerThread = QThread::currentThread();
    m_created = created;
    m_server = server;
    qCDebug(lcWorkspace) << "opened workspace" << path << "schema" << Migrations::latestVersion();
}

bool Workspace::isOpenWorkspaceFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString candidate = normalizedPath(path);
    static const QString sidecars[] = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                       QStringLiteral("-journal")};
    const QMutexLocker lock(&g_openMutex);
    for (const QString &open : std::as_const(g_openPaths)) {
        for (const QString &suffix : sidecars) {
            if (candidate.compare(open + suffix, kPathCase) == 0)
                return true;
        }
    }
    return false;
}

void Workspace::registerDatabaseFile(const QString &path)
{
    const QMutexLocker lock(&g_openMutex);
    g_openPaths.append(normalizedPath(path));
}

void Workspace::unregisterDatabaseFile(const QString &path)
{
    const QMutexLocker lock(&g_openMutex);
    const qsizetype at = g_openPaths.indexOf(normalizedPath(path));
    if (at >= 0)
        g_openPaths.removeAt(at);
}

QString Workspace::openWorkspaceFileError(const QString &path)
{
    return tr("%1 is the open workspace (or one of its -wal/-shm/-journal files): reading or writing it as a CSV "
              "file would damage it. Choose another file.")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

void Workspace::close()
{
    if (m_connectionPrefix.isEmpty())
        return;
    const QString prefix = m_connectionPrefix + QLatin1Char('-');
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(prefix))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!m_server)
        unregisterDatabaseFile(m_path);
    m_connectionPrefix.clear();
    m_path.clear();
}

QString Workspace::connectionName() const
{
    if (QThread::currentThread() == m_ownerThread)
        return m_connectionPrefix + QStringLiteral("-main");
    return m_connectionPrefix + QStringLiteral("-t%1").arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QSqlDatabase Workspace::database() const
{
    Q_ASSERT(isOpen());
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionPrefix + QStringLiteral("-main"), name);
    QString error;
    if (!db.open() || !configure(db, &error))
        qCWarning(lcWorkspace) << "cannot open a connection for this thread:" << db.lastError().text() << error;
    return db;
}

void Workspace::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (name.endsWith(QStringLiteral("-main")) || !QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString Workspace::workspaceId() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'workspace_id'")) && q.next())
        return q.value(0).toString();
    return {};
}

sqlite3 *Workspace::sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver() || !db.isOpen())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

#include "workspace.h"

#include <sqlite3.h>

#include <QSqlDriver>

#include "migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

Q_LOGGING_CATEGORY(lcWorkspace, "herald.workspace", QtInfoMsg)

namespace {

QAtomicInt g_instanceCounter;

enum class FileKind { Missing, Empty, SQLite, Other, Unreadable };

FileKind inspect(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return FileKind::Missing;
    if (!f.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    const QByteArray header = f.read(16);
    if (header.isEmpty())
        return FileKind::Empty;
    return header == QByteArray("SQLite format 3\0", 16) ? FileKind::SQLite : FileKind::Other;
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
    return pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        && pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        && pragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error);
}

bool Workspace::open(const QString &path, QString *error)
{
    close();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const FileKind kind = inspect(absolute);
    switch (kind) {
    case FileKind::Unreadable:
        *error = tr("Cannot read the workspace file %1. Check that it exists and that you may read it.")
                     .arg(QDir::toNativeSeparators(absolute));
        return false;
    case FileKind::Other:
        *error = tr("%1 is not a Herald workspace (it is not an SQLite database). The file was left "
                    "untouched; choose another file or a new path.")
                     .arg(QDir::toNativeSeparators(absolute));
        return false;
    case FileKind::Missing:
        if (!QDir().mkpath(QFileInfo(absolute).absolutePath())) {
            *error = tr("Cannot create the folder for the workspace %1. Check the path and your permissions.")
                         .arg(QDir::toNativeSeparators(absolute));
            return false;
        }
        break;
    case FileKind::Empty:
    case FileKind::SQLite:
        break;
    }

    const QString prefix = QStringLiteral("herald-%1").arg(g_instanceCounter.fetchAndAddRelaxed(1));
    const QString name = prefix + QStringLiteral("-main");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = tr("Cannot open the workspace %1: %2").arg(QDir::toNativeSeparators(absolute), db.lastError().text());
        } else {
            ok = [&] {
                QString detail;
                // Reading the schema catalogue is the first thing that fails on a damaged file.
                QSqlQuery probe(db);
                if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
                    *error = tr("The workspace %1 is damaged or not a database (%2). It was left untouched; "
                                "restore it from a backup or choose another file.")
                                 .arg(QDir::toNativeSeparators(absolute), probe.lastError().text());
                    return false;
                }
                const int objects = probe.value(0).toInt();
                probe.finish();
                const int version = Migrations::currentVersion(db, &detail);
                if (version < 0) {
                    *error = tr("The workspace %1 is damaged (%2). It was left untouched.")
                                 .arg(QDir::toNativeSeparators(absolute), detail);
                    return false;
                }
                if (version > Migrations::latestVersion()) {
                    *error = tr("The workspace %1 was written by a newer version of Herald (schema %2; this "
                                "version understands up to %3). Update Herald to open it; the file was not changed.")
                                 .arg(QDir::toNativeSeparators(absolute))
                                 .arg(version)
                                 .arg(Migrations::latestVersion());
                    return false;
                }
                if (version == 0 && objects > 0) {
                    *error = tr("%1 is an SQLite database but not a Herald workspace. It was left untouched; "
                                "choose another file or a new path.")
                                 .arg(QDir::toNativeSeparators(absolute));
                    return false;
                }
                if (!configure(db, &detail) || !Migrations::migrate(db, &detail)) {
                    *error = tr("Cannot prepare the workspace %1: %2").arg(QDir::toNativeSeparators(absolute), detail);
                    return false;
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
    m_path = absolute;
    m_connectionPrefix = prefix;
    m_ownerThread = QThread::currentThread();
    m_created = kind == FileKind::Missing || kind == FileKind::Empty;
    qCDebug(lcWorkspace) << "opened workspace" << absolute << "schema" << Migrations::latestVersion();
    return true;
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

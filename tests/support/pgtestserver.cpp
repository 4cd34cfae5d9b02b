#include "pgtestserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtDebug>

#include <cstdlib>

namespace {

// The cluster of this process: the fixture's (read from $HERALD_TEST_PG_DIR/env) or one started here.
struct Cluster
{
    QHash<QString, QString> env;
    QString skip;
    QString ownDir;   // set when this process started the server itself (a folder in /tmp that `nobody` can reach)
    bool loaded = false;
};

QMutex g_mutex;
Cluster &cluster();

void stopOwnCluster()
{
    Cluster &c = cluster();
    if (!c.ownDir.isEmpty())
        QProcess::execute(QStringLiteral(HERALD_PGSERVER_SCRIPT), {QStringLiteral("stop"), c.ownDir});
}

void load(Cluster &c)
{
    c.loaded = true;
    QString dir = qEnvironmentVariable("HERALD_TEST_PG_DIR");
    if (dir.isEmpty()) {
        // Started by hand, outside ctest: bring up a cluster of our own for this process.
        dir = QDir::tempPath() + QStringLiteral("/herald-pg-%1-%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        c.ownDir = dir;
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedChannels);
        script.start(QStringLiteral(HERALD_PGSERVER_SCRIPT), {QStringLiteral("start"), dir});
        if (!script.waitForFinished(180000) || script.exitCode() != 0) {
            c.skip = QStringLiteral("tests/pg/pgserver.sh could not start PostgreSQL (see its output above)");
            return;
        }
        std::atexit(stopOwnCluster);
    }
    QFile skipFile(dir + QStringLiteral("/skip"));
    if (skipFile.open(QIODevice::ReadOnly)) {
        c.skip = QString::fromUtf8(skipFile.readAll()).trimmed();
        return;
    }
    QFile envFile(dir + QStringLiteral("/env"));
    if (!envFile.open(QIODevice::ReadOnly)) {
        c.skip = QStringLiteral("no PostgreSQL test cluster at %1 (the CTest fixture pg_server_start did not run?)")
                     .arg(dir);
        return;
    }
    for (const QByteArray &line : envFile.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            c.env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        c.skip = QStringLiteral("Qt's QPSQL driver is missing (install libqt6sql6-psql)");
}

Cluster &cluster()
{
    static Cluster c;
    return c;
}

const Cluster &loaded()
{
    const QMutexLocker lock(&g_mutex);
    Cluster &c = cluster();
    if (!c.loaded)
        load(c);
    return c;
}

} // namespace

PgTestServer::PgTestServer()
{
    loaded();
}

PgTestServer::~PgTestServer()
{
    for (const QString &name : std::as_const(m_databases))
        exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
}

bool PgTestServer::available() const
{
    return loaded().skip.isEmpty();
}

QString PgTestServer::skipReason() const
{
    return QStringLiteral("PostgreSQL tests skipped: ") + loaded().skip;
}

QString PgTestServer::host() const
{
    return loaded().env.value(QStringLiteral("PGHOST"));
}

int PgTestServer::port() const
{
    return loaded().env.value(QStringLiteral("PGPORT")).toInt();
}

QString PgTestServer::superuser() const
{
    return loaded().env.value(QStringLiteral("PGUSER"));
}

QString PgTestServer::passwordRole() const
{
    return loaded().env.value(QStringLiteral("HERALD_PG_PASSWORD_ROLE"));
}

QString PgTestServer::password() const
{
    return loaded().env.value(QStringLiteral("HERALD_PG_PASSWORD"));
}

QString PgTestServer::binDir() const
{
    return loaded().env.value(QStringLiteral("HERALD_PG_BINDIR"));
}

bool PgTestServer::exec(const QString &sql, const QString &database) const
{
    const QString name = QStringLiteral("pgtestserver-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(port());
        db.setUserName(superuser());
        db.setDatabaseName(database);
        if (!db.open()) {
            qWarning() << "PgTestServer: cannot connect:" << db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning() << "PgTestServer:" << sql << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PgTestServer::createDatabase(const QString &owner)
{
    static int counter = 0;
    const QString name = QStringLiteral("herald_t_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter)
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString role = owner.isEmpty() ? superuser() : owner;
    if (!exec(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(name, role)))
        return {};
    m_databases.append(name);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(role, host()).arg(port()).arg(name);
}

QProcessEnvironment PgTestServer::childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "HERALD_WORKSPACE"})
        env.remove(QString::fromLatin1(name));
    return env;
}

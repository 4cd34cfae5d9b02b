// A workspace on PostgreSQL (issue 13 §1): the URL, passwords kept out of it, the migrations written once for both
// dialects, the triggers that keep run_stat_counts, and the refusals that leave a database untouched.
#include "models/storage/migrations.h"
#include "models/storage/sqldialect.h"
#include "models/storage/workspace.h"
#include "models/storage/workspacelocation.h"

#include "pgtestserver.h"
#include "testworkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

QSet<QString> columns(QSqlDatabase db)
{
    QSet<QString> out;
    QSqlQuery q(db);
    if (SqlDialect::isPostgres(db)) {
        q.exec(QStringLiteral("SELECT table_name || '.' || column_name FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND table_name <> 'schema_version'"));
    } else {
        q.exec(QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                              "WHERE m.type = 'table'"));
    }
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QSet<QString> indexes(QSqlDatabase db)
{
    QSet<QString> out;
    QSqlQuery q(db);
    if (SqlDialect::isPostgres(db))
        q.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                              "AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'"));
    else
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

class TestPgWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void opensUrlAndCreatesTheSchema();
    void sameTablesColumnsAndIndexesAsSqlite();
    void migratesOneVersionAtATime();
    void statsTriggersKeepTheCounts();
    void nocaseIsCaseInsensitive();
    void refusesPasswordInUrl_data();
    void refusesPasswordInUrl();
    void refusesForeignDatabaseUntouched();
    void refusesNewerSchema();
    void passwordFromCallerOrPgpassword();
    void sslmodePassesThrough();
    void threadsGetTheirOwnConnection();

private:
    PgTestServer m_pg;
};

void TestPgWorkspace::init()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
}

void TestPgWorkspace::opensUrlAndCreatesTheSchema()
{
    const QString url = m_pg.createDatabase();
    QVERIFY(!url.isEmpty());
    QString id;
    {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(url, &error), qPrintable(error));
        QVERIFY(ws.isNew());
        QVERIFY(ws.isDatabaseServer());
        QCOMPARE(ws.path(), url);
        QSqlDatabase db = ws.database();
        QCOMPARE(db.driverName(), QStringLiteral("QPSQL"));
        QCOMPARE(Migrations::currentVersion(db, &error), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM accounts WHERE name = 'sandbox' AND is_default = 1")), 1);
        // created_at came from the server's clock, in milliseconds (BIGINT, not a 32-bit INTEGER)
        QVERIFY(scalar(db, QStringLiteral("SELECT created_at FROM accounts")) > 1'700'000'000'000LL);
        id = ws.workspaceId();
        QCOMPARE(id.size(), 32);
    }
    Workspace again;
    QString error;
    QVERIFY2(again.open(url, &error), qPrintable(error));
    QVERIFY(!again.isNew());
    QCOMPARE(again.workspaceId(), id);
}

void TestPgWorkspace::sameTablesColumnsAndIndexesAsSqlite()
{
    TestWorkspace file;
    Workspace server;
    QString error;
    QVERIFY2(server.open(m_pg.createDatabase(), &error), qPrintable(error));
    const QSet<QString> fileColumns = columns(file.workspace().database());
    QVERIFY(fileColumns.size() > 100);
    QCOMPARE(columns(server.database()), fileColumns);
    // SQLite names a UNIQUE constraint's index sqlite_autoindex_*; only the named ones are compared.
    QSet<QString> fileIndexes = indexes(file.workspace().database());
    QVERIFY(fileIndexes.contains(QStringLiteral("campaign_runs_one_unfinished")));
    QCOMPARE(indexes(server.database()), fileIndexes);
}

void TestPgWorkspace::migratesOneVersionAtATime()
{
    const QString url = m_pg.createDatabase();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("step"));
    {
        const Result<WorkspaceLocation> l = WorkspaceLocation::parse(url);
        QVERIFY(l);
        db.setHostName(l->host());
        db.setPort(l->port());
        db.setUserName(l->user());
        db.setDatabaseName(l->database());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QString error;
        QCOMPARE(Migrations::currentVersion(db, &error), 0);
        for (int v = 1; v <= Migrations::latestVersion(); ++v) {
            QVERIFY2(Migrations::migrate(db, &error, v), qPrintable(error));
            QCOMPARE(Migrations::currentVersion(db, &error), v);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")), 1);
        }
        // A failing migration leaves the previous version (DDL is transactional on PostgreSQL too).
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM schema_version"));
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(Migrations::latestVersion() - 1));
        QVERIFY(!Migrations::migrate(db, &error));   // the last migration's index exists already
        QVERIFY(error.contains(QStringLiteral("migration to schema")));
        QCOMPARE(Migrations::currentVersion(db, &error), Migrations::latestVersion() - 1);
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("step"));
}

void TestPgWorkspace::statsTriggersKeepTheCounts()
{
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(m_pg.createDatabase(), &error), qPrintable(error));
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, created_at, "
                                   "updated_at) VALUES ('c', 1, 't', 'en', 0, 0) RETURNING id")) && q.next(),
             qPrintable(q.lastError().text()));
    const qint64 campaign = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign_runs (campaign_id, planned_at, updated_at) VALUES (%1, 0, 0) "
                                  "RETURNING id").arg(campaign)) && q.next());
    const qint64 run = q.value(0).toLongLong();
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO recipients (run_id, phone, state, updated_at) VALUES (%1, '+4420794600%2', "
                                       "'planned', 0)").arg(run).arg(i, 2, 10, QLatin1Char('0'))),
                 qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET state = 'failed', error_code = 131026 WHERE id IN "
                                  "(SELECT id FROM recipients ORDER BY id LIMIT 2)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET state = 'read', replied_at = 5 WHERE state = 'planned' AND "
                                  "id = (SELECT max(id) FROM recipients)")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM recipients WHERE id = (SELECT min(id) FROM recipients WHERE state = 'planned')")));
    const QString fromCounts = QStringLiteral("SELECT coalesce(sum(n), 0) FROM run_stat_counts WHERE run_id = %1 AND %2");
    const QString fromRows = QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = %1 AND %2");
    for (const QString &where : {QStringLiteral("state = 'planned'"), QStringLiteral("state = 'failed' AND error_code = 131026"),
                                 QStringLiteral("state = 'read'")}) {
        QCOMPARE(scalar(db, fromCounts.arg(run).arg(where)), scalar(db, fromRows.arg(run).arg(where)));
    }
    QCOMPARE(scalar(db, fromCounts.arg(run).arg(QStringLiteral("replied = 1"))), 1);
    QCOMPARE(scalar(db, fromCounts.arg(run).arg(QStringLiteral("state = 'planned'"))), 2);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM campaign_runs WHERE id = %1").arg(run)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM run_stat_counts")), 0);
}

void TestPgWorkspace::nocaseIsCaseInsensitive()
{
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(m_pg.createDatabase(), &error), qPrintable(error));
    QSqlQuery q(ws.database());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('VIP') ON CONFLICT DO NOTHING")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('vip') ON CONFLICT DO NOTHING")));
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT count(*) FROM tags")), 1);
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT count(*) FROM tags WHERE name = 'Vip'")), 1);
}

void TestPgWorkspace::refusesPasswordInUrl_data()
{
    QTest::addColumn<QString>("url");
    const QString base = QStringLiteral("postgresql://%1@127.0.0.1:") + QString::number(m_pg.port()) + QStringLiteral("/db");
    QTest::newRow("user:password@") << base.arg(QStringLiteral("herald_pw:s3cret"));
    QTest::newRow("user:@ (empty)") << base.arg(QStringLiteral("herald_pw:"));
    QTest::newRow("?password=") << base.arg(QStringLiteral("herald_pw")) + QStringLiteral("?password=s3cret");
    QTest::newRow("not even valid") << QStringLiteral("postgresql://herald_pw:s3cret@127.0.0.1:99999999/db");
}

void TestPgWorkspace::refusesPasswordInUrl()
{
    QFETCH(QString, url);
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(url, &error));
    QVERIFY2(error.contains(QStringLiteral("herald-cli workspace login")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));
}

void TestPgWorkspace::refusesForeignDatabaseUntouched()
{
    const QString url = m_pg.createDatabase();
    const QString name = url.section(QLatin1Char('/'), -1);
    QVERIFY(m_pg.exec(QStringLiteral("CREATE TABLE invoices (id int)"), name));
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(url, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Herald workspace")), qPrintable(error));
    QVERIFY(!ws.isOpen());
    QVERIFY(!m_pg.exec(QStringLiteral("SELECT 1 FROM schema_version"), name));   // nothing was created
}

void TestPgWorkspace::refusesNewerSchema()
{
    const QString url = m_pg.createDatabase();
    {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(url, &error), qPrintable(error));
        QVERIFY(QSqlQuery(ws.database())
                    .exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(Migrations::latestVersion() + 1)));
    }
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(url, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version of Herald")), qPrintable(error));
}

void TestPgWorkspace::passwordFromCallerOrPgpassword()
{
    const QString url = m_pg.createDatabase(m_pg.passwordRole());
    {
        Workspace ws;
        QString error;
        QVERIFY(!ws.open(url, &error));
        QVERIFY2(error.contains(QStringLiteral("herald-cli workspace login")), qPrintable(error));
    }
    {
        Workspace ws;
        ws.setPassword(m_pg.password());
        QString error;
        QVERIFY2(ws.open(url, &error), qPrintable(error));
        QVERIFY(!ws.path().contains(m_pg.password()));
    }
    qputenv("PGPASSWORD", m_pg.password().toUtf8());
    Workspace ws;
    QString error;
    const bool opened = ws.open(url, &error);
    qunsetenv("PGPASSWORD");
    QVERIFY2(opened, qPrintable(error));
}

void TestPgWorkspace::sslmodePassesThrough()
{
    const QString url = m_pg.createDatabase();
    {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(url + QStringLiteral("?sslmode=disable&connect_timeout=10"), &error), qPrintable(error));
    }
    // The test server has no TLS: libpq must refuse when the URL requires it.
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(url + QStringLiteral("?sslmode=require"), &error));
    QVERIFY2(error.contains(QStringLiteral("SSL"), Qt::CaseInsensitive), qPrintable(error));
}

void TestPgWorkspace::threadsGetTheirOwnConnection()
{
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(m_pg.createDatabase(), &error), qPrintable(error));
    const qint64 mainPid = scalar(ws.database(), QStringLiteral("SELECT pg_backend_pid()"));
    qint64 workerPid = 0;
    QThread *thread = QThread::create([&] {
        workerPid = scalar(ws.database(), QStringLiteral("SELECT pg_backend_pid()"));
        ws.releaseThreadConnection();
    });
    thread->start();
    QVERIFY(thread->wait(30000));
    delete thread;
    QVERIFY(workerPid > 0);
    QVERIFY(workerPid != mainPid);
}

QTEST_GUILESS_MAIN(TestPgWorkspace)
#include "tst_pgworkspace.moc"

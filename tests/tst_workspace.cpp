#include "models/storage/migrations.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Builds a plain SQLite file at `path` by hand, migrated to `version` and with `userVersion` stamped.
void makeDatabase(const QString &path, int version, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(Migrations::migrate(db, &error, version), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        if (version >= 1) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) "
                                          "VALUES ('+4915112345678', 'Old Timer', 1, 1)")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestWorkspace_ : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndMigratesNewFile();
    void pragmasAreOn();
    void migratesFromOlderSchema();
    void refusesNewerSchema();
    void refusesGarbage_data();
    void refusesGarbage();
    void refusesForeignSqliteDatabase();
    void resolvesPathFromOptionEnvAndDefault();
    void oneConnectionPerThread();
};

void TestWorkspace_::createsAndMigratesNewFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.herald"));
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    QVERIFY(ws.isNew());
    QVERIFY(QFile::exists(path));
    QCOMPARE(scalar(ws.database(), QStringLiteral("PRAGMA user_version")).toInt(), Workspace::schemaVersion());
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 0);
    ws.close();

    Workspace again;
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QVERIFY(!again.isNew());
}

void TestWorkspace_::pragmasAreOn()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // Foreign keys really are enforced.
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (999, 999)")));
}

void TestWorkspace_::migratesFromOlderSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.herald"));
    makeDatabase(path, 1, 1);   // a workspace from before tags existed
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    QVERIFY(!ws.isNew());
    QCOMPARE(scalar(ws.database(), QStringLiteral("PRAGMA user_version")).toInt(), Workspace::schemaVersion());
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT name FROM contacts")).toString(), QStringLiteral("Old Timer"));
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT count(*) FROM tags")).toInt(), 0);
}

void TestWorkspace_::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.herald"));
    makeDatabase(path, Migrations::latestVersion(), Migrations::latestVersion() + 5);
    const QByteArray before = fileHash(path);
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(path, &error));
    QVERIFY(!ws.isOpen());
    QVERIFY2(error.contains(QStringLiteral("newer version of Herald")), qPrintable(error));
    QVERIFY(error.contains(QString::number(Migrations::latestVersion() + 5)));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestWorkspace_::refusesGarbage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("phone,name\n+4915112345678,Ann\n") << QStringLiteral("not an SQLite database");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not an SQLite database");
    QByteArray damaged("SQLite format 3\0", 16);
    damaged += QByteArray(4096, '\xAB');
    QTest::newRow("damaged sqlite") << damaged << QStringLiteral("damaged");
}

void TestWorkspace_::refusesGarbage()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.herald"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("bad.herald")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestWorkspace_::refusesForeignSqliteDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(path);
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Herald workspace")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace_::resolvesPathFromOptionEnvAndDefault()
{
    qunsetenv("HERALD_WORKSPACE");
    QVERIFY(Workspace::resolvePath().endsWith(QStringLiteral("/workspace.herald")));
    QCOMPARE(Workspace::resolvePath(), Workspace::defaultPath());
    qputenv("HERALD_WORKSPACE", "/tmp/from-env.herald");
    QCOMPARE(Workspace::resolvePath(), QStringLiteral("/tmp/from-env.herald"));
    QCOMPARE(Workspace::resolvePath(QStringLiteral("/tmp/option.herald")), QStringLiteral("/tmp/option.herald"));
    qunsetenv("HERALD_WORKSPACE");
}

void TestWorkspace_::oneConnectionPerThread()
{
    TestWorkspace t;
    Workspace &ws = t.workspace();
    const QString mainName = ws.database().connectionName();
    QString workerName;
    int workerCount = -1;
    QScopedPointer<QThread> thread(QThread::create([&] {
        {
            QSqlDatabase db = ws.database();
            workerName = db.connectionName();
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) "
                                      "VALUES ('+12025550123', 'Worker', 1, 1)"))
                && q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next())
                workerCount = q.value(0).toInt();
        }
        ws.releaseThreadConnection();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(workerCount, 1);
    QVERIFY(!QSqlDatabase::contains(workerName));
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT name FROM contacts")).toString(), QStringLiteral("Worker"));
}

QTEST_GUILESS_MAIN(TestWorkspace_)
#include "tst_workspace.moc"

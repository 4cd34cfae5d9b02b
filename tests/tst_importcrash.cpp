// A large import is a bulk load (ImportWriter::bulkLoadIfLarge: the contacts' secondary indexes are taken down and
// built again at the end). Killing herald-cli in the middle of one must leave a workspace that opens, holds the
// batches committed before the kill and gets its indexes back (its process is gone; while it ran, another open left
// them alone); importing the file again then completes it.
#include "models/storage/workspace.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestImportCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedBulkImportKeepsCommittedBatchesAndIndexes();
};

namespace {

constexpr int kRows = 400000;

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString indexes(QSqlDatabase db)
{
    QSqlQuery q(db);
    QStringList names;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
                              "('contacts', 'contact_tags') AND sql IS NOT NULL ORDER BY name"))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names.join(u' ');
}

} // namespace

void TestImportCrash::killedBulkImportKeepsCommittedBatchesAndIndexes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.herald"));
    QString before;
    {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        before = indexes(ws.database());
    }
    QVERIFY(before.contains(u"contacts_name"_qs));
    QVERIFY(before.contains(u"contact_tags_tag"_qs));

    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data = "phone,name,tags\n";
        for (int i = 0; i < kRows; ++i)
            data += "+4915" + QByteArray::number(100000000 + i) + ",Name " + QByteArray::number(i) + ",t"
                + QByteArray::number(i % 3) + '\n';
        QVERIFY(f.write(data) == data.size());
    }

    QProcess cli;
    cli.start(QStringLiteral(HERALD_CLI_PATH),
              {QStringLiteral("--workspace"), path, QStringLiteral("contacts"), QStringLiteral("import"), csv});
    QVERIFY(cli.waitForStarted());
    {
        // Watch it from a read-only connection (opening the workspace would build the indexes itself).
        QSqlDatabase watch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        watch.setDatabaseName(path);
        watch.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY(watch.open());
        QTRY_VERIFY_WITH_TIMEOUT(scalar(watch, QStringLiteral("SELECT count(*) FROM contacts")) > 0
                                     || cli.state() == QProcess::NotRunning,
                                 120000);
        QVERIFY2(cli.state() == QProcess::Running, "the import ended before it could be killed");
        // The bulk load is under way: the indexes are down.
        QVERIFY(!indexes(watch).contains(u"contacts_name"_qs));
        {
            // Another program opens the workspace meanwhile: the importer is alive, so it leaves the indexes to it.
            Workspace other;
            QString error;
            QVERIFY2(other.open(path, &error), qPrintable(error));
            QVERIFY(!indexes(other.database()).contains(u"contacts_name"_qs));
            QSqlQuery owner(other.database());
            QVERIFY(owner.exec(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'deferred_index_owner'")));
            QVERIFY(owner.next());
            QCOMPARE(owner.value(0).toString().section(u'@', 0, 0).toLongLong(), cli.processId());
        }
        QVERIFY2(cli.state() == QProcess::Running, "the import ended while another program opened the workspace");
        QVERIFY(!indexes(watch).contains(u"contacts_name"_qs));
        cli.kill();
        QVERIFY(cli.waitForFinished());
        watch.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("watch"));

    {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QSqlDatabase db = ws.database();
        const qint64 committed = scalar(db, QStringLiteral("SELECT count(*) FROM contacts"));
        QVERIFY(committed > 0);
        QVERIFY(committed < kRows);
        // Every committed contact has its tag: batches are whole.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contact_tags")), committed);
        QCOMPARE(indexes(db), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workspace_meta WHERE key LIKE 'deferred_index%'")), 0);
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    // The rest goes in on a second run, and the indexes are there after it.
    QProcess again;
    again.start(QStringLiteral(HERALD_CLI_PATH),
                {QStringLiteral("--workspace"), path, QStringLiteral("contacts"), QStringLiteral("import"), csv});
    QVERIFY(again.waitForFinished(240000));
    QCOMPARE(again.exitCode(), 0);
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT count(*) FROM contacts")), kRows);
    QCOMPARE(indexes(ws.database()), before);
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"

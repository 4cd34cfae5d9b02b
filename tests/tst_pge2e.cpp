// The end-to-end path on a PostgreSQL workspace (issue 13), through real herald-cli processes and the built-in sandbox
// (the loopback Cloud API and its relay): templates sync → contacts import → campaign create → campaign run → sync
// (webhooks → status feed) → campaign stats, list, recipients, export and history. The same steps on a file workspace
// give the same statistics (the sandbox decides each number's outcome from its seed and the number only), and the
// PostgreSQL ledger agrees with what the sandbox accepted: one wamid per attempted recipient, none twice.
#include "clirun.h"
#include "models/storage/workspace.h"
#include "pgtestserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestPgEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importCampaignRunWebhooksStats();

private:
    CliRun cli(const QString &workspace, const QStringList &args) const;
    // The whole path on `workspace`; returns `campaign stats --json`.
    QJsonObject sendAndCount(const QString &workspace);

    PgTestServer m_pg;
    QTemporaryDir m_dir;
    QString m_csv;
};

CliRun TestPgEndToEnd::cli(const QString &workspace, const QStringList &args) const
{
    QProcessEnvironment env = PgTestServer::childEnvironment();
    env.insert(QStringLiteral("HERALD_SANDBOX_SPEED"), QStringLiteral("50"));
    return runCli(QStringLiteral(HERALD_CLI_PATH), QStringList{QStringLiteral("--workspace"), workspace} + args, {},
                  env);
}

void TestPgEndToEnd::initTestCase()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QVERIFY(m_dir.isValid());
    // 60 numbers: enough for the sandbox's 4 % "not on WhatsApp" and its other outcomes to show up.
    m_csv = m_dir.filePath(QStringLiteral("contacts.csv"));
    QFile f(m_csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("phone,name,order,eta\n");
    for (int i = 0; i < 60; ++i)
        f.write(QStringLiteral("+9198765%1,Person %2,A%2,Fri\n").arg(43200 + i, 5, 10, QLatin1Char('0')).arg(i).toUtf8());
    f.close();
}

QJsonObject TestPgEndToEnd::sendAndCount(const QString &workspace)
{
    CliRun r = cli(workspace, {QStringLiteral("templates"), QStringLiteral("sync")});
    if (r.exitCode != 0)
        return {{QStringLiteral("error"), QString::fromUtf8("templates sync: " + r.err)}};
    r = cli(workspace, {QStringLiteral("contacts"), QStringLiteral("import"), m_csv, QStringLiteral("--opted-in"),
                        QStringLiteral("--opt-in-source"), QStringLiteral("test"), QStringLiteral("--tag"),
                        QStringLiteral("VIP"), QStringLiteral("--json")});
    if (r.exitCode != 0 || r.json().value(QStringLiteral("imported")).toInt() != 60)
        return {{QStringLiteral("error"), QString::fromUtf8("contacts import: " + r.out + r.err)}};
    r = cli(workspace, {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("T"),
                        QStringLiteral("--template"), QStringLiteral("order_update"), QStringLiteral("--language"),
                        QStringLiteral("en_US"), QStringLiteral("--audience"), QStringLiteral("tag:vip"),
                        QStringLiteral("--param"), QStringLiteral("header.1=attr:order"), QStringLiteral("--param"),
                        QStringLiteral("body.1=field:name"), QStringLiteral("--param"), QStringLiteral("body.2=text:shipped"),
                        QStringLiteral("--param"), QStringLiteral("body.3=attr:eta"), QStringLiteral("--param"),
                        QStringLiteral("button.0=attr:order")});
    if (r.exitCode != 0)
        return {{QStringLiteral("error"), QString::fromUtf8("campaign create: " + r.err)}};
    r = cli(workspace, {QStringLiteral("campaign"), QStringLiteral("run"), QStringLiteral("1"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        return {{QStringLiteral("error"), QString::fromUtf8("campaign run: " + r.out + r.err)}};
    r = cli(workspace, {QStringLiteral("sync"), QStringLiteral("--until-idle"), QStringLiteral("3"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        return {{QStringLiteral("error"), QString::fromUtf8("sync: " + r.out + r.err)}};
    r = cli(workspace, {QStringLiteral("campaign"), QStringLiteral("stats"), QStringLiteral("1"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        return {{QStringLiteral("error"), QString::fromUtf8("campaign stats: " + r.err)}};
    return r.json();
}

void TestPgEndToEnd::importCampaignRunWebhooksStats()
{
    const QString url = m_pg.createDatabase();
    const QJsonObject onServer = sendAndCount(url);
    QVERIFY2(!onServer.contains(QStringLiteral("error")), qPrintable(onServer.value(QStringLiteral("error")).toString()));
    const QJsonObject inFile = sendAndCount(m_dir.filePath(QStringLiteral("file.herald")));
    QVERIFY2(!inFile.contains(QStringLiteral("error")), qPrintable(inFile.value(QStringLiteral("error")).toString()));
    QCOMPARE(onServer.value(QStringLiteral("attempted")).toInt(), 60);
    QVERIFY(onServer.value(QStringLiteral("delivered")).toInt() > 0);
    QVERIFY(onServer.value(QStringLiteral("failed")).toInt() > 0);   // the sandbox's 131026 numbers
    for (const QString &key : onServer.keys()) {
        if (key != QLatin1String("campaign") && key != QLatin1String("run"))
            QCOMPARE(onServer.value(key), inFile.value(key));
    }

    // The ledger on the server: every accepted recipient has its own wamid, and its status events are stored.
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(url, &error), qPrintable(error));
    QSqlQuery q(ws.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(wamid), count(DISTINCT wamid), "
                                  "sum(CASE WHEN wamid IS NULL AND state = 'failed' THEN 1 ELSE 0 END) FROM recipients")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), q.value(1).toInt());          // no message accepted twice
    QCOMPARE(q.value(0).toInt() + q.value(2).toInt(), 60);     // each one accepted, or refused by the API
    QVERIFY(q.value(2).toInt() > 0);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM recipient_statuses")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 0);

    // Lists, exports and history on the server workspace.
    CliRun r = cli(url, {QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(url, {QStringLiteral("campaign"), QStringLiteral("recipients"), QStringLiteral("1"), QStringLiteral("--stat"),
                  QStringLiteral("failed"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("recipients")).toArray().size(), onServer.value(QStringLiteral("failed")).toInt());
    r = cli(url, {QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("contacts")).toInt(), 60);
    const QString exported = m_dir.filePath(QStringLiteral("export.csv"));
    r = cli(url, {QStringLiteral("contacts"), QStringLiteral("export"), exported, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("exported")).toInt(), 60);
    r = cli(url, {QStringLiteral("contacts"), QStringLiteral("history"), QStringLiteral("+919876543200"),
                  QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QTEST_GUILESS_MAIN(TestPgEndToEnd)
#include "tst_pge2e.moc"

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
#include <QSqlRecord>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

class TestPgEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importCampaignRunWebhooksStats();
    void copiesFileToServerAndBack();

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

namespace {

// Every row of every table of a file workspace, sorted, as text: two workspaces are equal when these are.
QMap<QString, QStringList> fileContents(const QString &path)
{
    QMap<QString, QStringList> tables;
    const QString name = QStringLiteral("contents-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {};
        QSqlQuery q(db);
        QStringList names;
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"));
        while (q.next())
            names << q.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            QStringList rows;
            // A trigger-kept counter back at zero may stay as a row in one workspace and not exist in the other.
            const bool counter = db.record(table).contains(QStringLiteral("n"));
            q.exec(QStringLiteral("SELECT * FROM \"%1\"%2").arg(table, counter ? QStringLiteral(" WHERE n <> 0") : QString()));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                rows << values.join(QLatin1Char('|'));
            }
            rows.sort();
            tables.insert(table, rows);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

} // namespace

// `workspace copy` (issue 13 §5): the file workspace of the run above into an empty PostgreSQL database, where the
// statistics are the file's; then back into a new file, equal to the first in every row of every table. A copy into a
// workspace that holds data is refused and changes nothing.
void TestPgEndToEnd::copiesFileToServerAndBack()
{
    const QString file = m_dir.filePath(QStringLiteral("file.herald"));
    if (!QFile::exists(file)) {
        const QJsonObject made = sendAndCount(file);
        QVERIFY2(!made.contains(QStringLiteral("error")), qPrintable(made.value(QStringLiteral("error")).toString()));
    }
    const QString url = m_pg.createDatabase();
    CliRun r = cli(file, {QStringLiteral("workspace"), QStringLiteral("copy"), file, url, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("tables")).toObject().value(QStringLiteral("contacts")).toInt(), 60);
    QVERIFY(r.err.contains("Copying recipients"));   // progress, table by table

    const QStringList stats{QStringLiteral("campaign"), QStringLiteral("stats"), QStringLiteral("1"), QStringLiteral("--json")};
    const CliRun inFile = cli(file, stats);
    const CliRun onServer = cli(url, stats);
    QVERIFY2(inFile.exitCode == 0 && onServer.exitCode == 0, QByteArray(inFile.err + onServer.err).constData());
    QCOMPARE(onServer.json(), inFile.json());
    QVERIFY(onServer.json().value(QStringLiteral("delivered")).toInt() > 0);

    // A workspace that holds data is not a copy's destination; it keeps every row.
    r = cli(file, {QStringLiteral("workspace"), QStringLiteral("copy"), file, url});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("not a new workspace"), r.err.constData());
    r = cli(url, {QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("contacts")).toInt(), 60);

    // And back: a new file equal to the first, row for row (ids, workspace id and the trigger-kept counters included).
    const QString back = m_dir.filePath(QStringLiteral("back.herald"));
    r = cli(file, {QStringLiteral("workspace"), QStringLiteral("copy"), url, back, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QMap<QString, QStringList> original = fileContents(file);
    const QMap<QString, QStringList> copied = fileContents(back);
    QVERIFY(original.value(QStringLiteral("recipients")).size() == 60);
    QCOMPARE(copied.keys(), original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it)
        QCOMPARE(copied.value(it.key()), it.value());

    // The server's ids go on after the copied ones.
    r = cli(url, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+919876500001"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // A failed copy into a new file leaves no file behind.
    const QString missing = m_dir.filePath(QStringLiteral("nothing.herald"));
    r = cli(file, {QStringLiteral("workspace"), QStringLiteral("copy"), missing, m_dir.filePath(QStringLiteral("x.herald"))});
    QVERIFY(r.exitCode != 0);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.herald"))));
}

QTEST_GUILESS_MAIN(TestPgEndToEnd)
#include "tst_pge2e.moc"

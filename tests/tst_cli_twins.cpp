// The CLI twins of the GUI's campaign and template operations, driven as a black box against the built-in
// sandbox: campaign edit, campaign retry (the dashboard's "Retry failures"), campaign recipients --stat skipped and
// the reply text of --stat replied, templates create|submit. Ledger states the sandbox does not produce on demand
// (a retryable failure, a reply) are written into the workspace between the commands.
#include "clirun.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Run = CliRun;

class TestCliTwins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recipientsSkippedAndReplyText();
    void retrySendsALinkedRun();
    void editChangesOnlyWhatIsGiven();
    void editRefusedWhileSending();
    void templatesCreateAndSubmit();

private:
    Run cli(const QStringList &args) const;
    // Templates synced, three opted-in contacts (Jonas has no eta), campaign 1 on order_update.
    void prepare();
    // Campaign 1 sent once through the sandbox; returns its run.
    qint64 sendCampaign();
    void sql(const QString &statement, const QVariantList &values = {});

    QTemporaryDir m_dir;
    QString m_workspace;
    int m_counter = 0;
};

Run TestCliTwins::cli(const QStringList &args) const
{
    return runCli(QStringLiteral(HERALD_CLI_PATH), QStringList{QStringLiteral("--workspace"), m_workspace} + args);
}

void TestCliTwins::sql(const QString &statement, const QVariantList &values)
{
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(m_workspace, &error), qPrintable(error));
    QSqlQuery q(ws.database());
    QVERIFY2(q.prepare(statement), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestCliTwins::init()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("w%1.herald").arg(++m_counter));
}

void TestCliTwins::prepare()
{
    QCOMPARE(cli({QStringLiteral("templates"), QStringLiteral("sync")}).exitCode, 0);
    const QString csv = m_dir.filePath(QStringLiteral("c%1.csv").arg(m_counter));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("phone,name,order,eta\n+919876543210,Asha,A1,Fri\n+919876543211,Ravi,A2,Sat\n+4915112345678,Jonas,B1,\n");
    f.close();
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("import"), csv, QStringLiteral("--opted-in"),
                  QStringLiteral("--opt-in-source"), QStringLiteral("test")})
                 .exitCode,
             0);
    const Run create = cli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("T"),
                            QStringLiteral("--template"), QStringLiteral("order_update"), QStringLiteral("--language"),
                            QStringLiteral("en_US"), QStringLiteral("--param"), QStringLiteral("header.1=attr:order"),
                            QStringLiteral("--param"), QStringLiteral("body.1=field:name"), QStringLiteral("--param"),
                            QStringLiteral("body.2=text:shipped"), QStringLiteral("--param"), QStringLiteral("body.3=attr:eta"),
                            QStringLiteral("--param"), QStringLiteral("button.0=attr:order")});
    QVERIFY2(create.exitCode == 0, create.err.constData());
}

qint64 TestCliTwins::sendCampaign()
{
    const Run r = cli({QStringLiteral("campaign"), QStringLiteral("run"), QStringLiteral("1"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    return r.json().value(QStringLiteral("run")).toInteger();
}

void TestCliTwins::recipientsSkippedAndReplyText()
{
    prepare();
    const qint64 run = sendCampaign();
    QVERIFY(run > 0);
    // Jonas has no eta and body.3 no fallback: planned as skipped, with the reason.
    Run r = cli({QStringLiteral("campaign"), QStringLiteral("recipients"), QStringLiteral("1"), QStringLiteral("--stat"),
                 QStringLiteral("skipped"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray rows = r.json().value(QStringLiteral("recipients")).toArray();
    QCOMPARE(rows.size(), 1);
    QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("phone")).toString(), QStringLiteral("+4915112345678"));
    QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
    QVERIFY2(row.value(QStringLiteral("skip_reason")).toString().contains(QStringLiteral("body.3")),
             qPrintable(row.value(QStringLiteral("skip_reason")).toString()));
    QVERIFY(!row.value(QStringLiteral("skipped_at")).toString().isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("skipped.csv"));
    r = cli({QStringLiteral("campaign"), QStringLiteral("recipients"), QStringLiteral("1"), QStringLiteral("--stat"),
             QStringLiteral("skipped"), QStringLiteral("--csv"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().trimmed().endsWith("skip_reason"));
    QVERIFY(lines.at(1).contains("+4915112345678") && lines.at(1).contains("body.3"));
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("recipients"), QStringLiteral("1"), QStringLiteral("--stat"),
                  QStringLiteral("skipped"), QStringLiteral("--reason"), QStringLiteral("131026")})
                 .exitCode,
             2);

    // A reply to Asha's message, as the status feed files it: --json carries its text like the CSV does.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    sql(QStringLiteral("UPDATE recipients SET replied_at = ? WHERE run_id = ? AND phone = '+919876543210'"), {now, run});
    sql(QStringLiteral("INSERT INTO inbound_messages (wamid, phone, recipient_id, type, text, message_at, created_at) "
                       "SELECT 'wamid.reply1', phone, id, 'text', 'Thanks, see you Friday', ?, ? FROM recipients "
                       "WHERE run_id = ? AND phone = '+919876543210'"),
        {now, now, run});
    r = cli({QStringLiteral("campaign"), QStringLiteral("recipients"), QStringLiteral("1"), QStringLiteral("--stat"),
             QStringLiteral("replied"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    rows = r.json().value(QStringLiteral("recipients")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("reply_text")).toString(), QStringLiteral("Thanks, see you Friday"));
    r = cli({QStringLiteral("campaign"), QStringLiteral("recipients"), QStringLiteral("1"), QStringLiteral("--stat"),
             QStringLiteral("attempted"), QStringLiteral("--json")});
    for (const QJsonValue &v : r.json().value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("phone")).toString() != QLatin1String("+919876543210"))
            QVERIFY(o.value(QStringLiteral("reply_text")).isNull());   // no reply: null, not ""
    }
}

void TestCliTwins::retrySendsALinkedRun()
{
    prepare();
    const qint64 run = sendCampaign();
    QVERIFY(run > 0);
    // No failure yet: nothing to retry, exit 1 with the reason.
    Run r = cli({QStringLiteral("campaign"), QStringLiteral("retry"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Nothing to retry"), r.err.constData());
    // Ravi's send failed with a transient error an hour ago: a retry helps at once.
    sql(QStringLiteral("UPDATE recipients SET state = 'failed', error_code = 131000, error_title = 'Something went "
                       "wrong', failed_at = ? WHERE run_id = ? AND phone = '+919876543211'"),
        {QDateTime::currentMSecsSinceEpoch() - 3'600'000, run});
    r = cli({QStringLiteral("campaign"), QStringLiteral("retry"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("campaign")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("parent_run")).toInteger(), run);
    const qint64 retryRun = o.value(QStringLiteral("run")).toInteger();
    QVERIFY(retryRun > run);
    QCOMPARE(o.value(QStringLiteral("planned")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("recipients")).toObject().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("recipients")).toObject().value(QStringLiteral("planned")).toInt(), 0);   // all sent
    for (const char *key : {"status", "reason", "stopped_by_playbook", "not_retryable", "cooling_down"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    r = cli({QStringLiteral("campaign"), QStringLiteral("recipients"), QStringLiteral("1"), QStringLiteral("--run"),
             QString::number(retryRun), QStringLiteral("--stat"), QStringLiteral("attempted"), QStringLiteral("--json")});
    const QJsonArray rows = r.json().value(QStringLiteral("recipients")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("+919876543211"));

    // The same failure is never retried twice; an unknown run is named.
    r = cli({QStringLiteral("campaign"), QStringLiteral("retry"), QStringLiteral("1"), QStringLiteral("--run"),
             QString::number(run)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("retried already"), r.err.constData());
    r = cli({QStringLiteral("campaign"), QStringLiteral("retry"), QStringLiteral("1"), QStringLiteral("--run"),
             QStringLiteral("999")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("999"));
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("retry")}).exitCode, 2);
}

void TestCliTwins::editChangesOnlyWhatIsGiven()
{
    prepare();
    Run r = cli({QStringLiteral("campaign"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--name"),
                 QStringLiteral("Renamed"), QStringLiteral("--audience"), QStringLiteral("attr:order=A1"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(o.value(QStringLiteral("audience")).toString(), QStringLiteral("attr:order=A1"));
    QCOMPARE(o.value(QStringLiteral("template")).toString(), QStringLiteral("order_update"));
    QCOMPARE(o.value(QStringLiteral("params")).toArray().size(), 5);
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("once"));

    // The same checks as create: an unknown template changes nothing.
    r = cli({QStringLiteral("campaign"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--name"), QStringLiteral("X"),
             QStringLiteral("--template"), QStringLiteral("no_such_template")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no_such_template"), r.err.constData());
    r = cli({QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));

    // Schedule options need --type, as for create; with it, the campaign becomes scheduled.
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--at"),
                  QStringLiteral("2031-01-05T09:00")})
                 .exitCode,
             2);
    r = cli({QStringLiteral("campaign"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--type"),
             QStringLiteral("scheduled"), QStringLiteral("--at"), QStringLiteral("2031-01-05T09:00"), QStringLiteral("--tz"),
             QStringLiteral("Asia/Kolkata"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = r.json();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(o.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("at")).toString(), QStringLiteral("2031-01-05T09:00"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("edit"), QStringLiteral("7"), QStringLiteral("--name"),
                  QStringLiteral("Y")})
                 .exitCode,
             1);
}

void TestCliTwins::editRefusedWhileSending()
{
    prepare();
    const qint64 run = sendCampaign();
    QVERIFY(run > 0);
    // A sender in another process owns the run.
    sql(QStringLiteral("UPDATE campaign_runs SET status = 'running' WHERE id = ?"), {run});
    Run r = cli({QStringLiteral("campaign"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--name"),
                 QStringLiteral("Changed")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("being sent") && r.err.contains("campaign pause 1"), r.err.constData());
    sql(QStringLiteral("UPDATE campaign_runs SET status = 'sent' WHERE id = ?"), {run});
    r = cli({QStringLiteral("campaign"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--name"),
             QStringLiteral("Changed")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("next run"));
}

void TestCliTwins::templatesCreateAndSubmit()
{
    const QString valid = TestWorkspace::dataFile(QStringLiteral("template_valid.json"));
    Run r = cli({QStringLiteral("templates"), QStringLiteral("create"), valid, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("shipping_update"));
    QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("en_US"));
    QCOMPARE(o.value(QStringLiteral("draft")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("status")).isNull());
    QVERIFY(o.contains(QStringLiteral("account")) && o.contains(QStringLiteral("category")));
    // A second draft of the same name needs --replace.
    r = cli({QStringLiteral("templates"), QStringLiteral("create"), valid});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("--replace"));
    QCOMPARE(cli({QStringLiteral("templates"), QStringLiteral("create"), valid, QStringLiteral("--replace")}).exitCode, 0);

    // Violations: the same list as templates validate, nothing stored.
    const QString invalid = TestWorkspace::dataFile(QStringLiteral("template_invalid.json"));
    const Run validate = cli({QStringLiteral("templates"), QStringLiteral("validate"), invalid, QStringLiteral("--json")});
    r = cli({QStringLiteral("templates"), QStringLiteral("create"), invalid, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(true), false);
    QVERIFY(!r.json().value(QStringLiteral("violations")).toArray().isEmpty());
    QCOMPARE(r.json().value(QStringLiteral("violations")), validate.json().value(QStringLiteral("violations")));

    r = cli({QStringLiteral("templates"), QStringLiteral("submit"), QStringLiteral("shipping_update"), QStringLiteral("--language"),
             QStringLiteral("en_US"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = r.json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("APPROVED"));   // the sandbox's simulated review
    QCOMPARE(o.value(QStringLiteral("draft")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("sandbox-")));
    r = cli({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json")});
    bool sendable = false;
    int names = 0;
    for (const QJsonValue &v : r.json().value(QStringLiteral("templates")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("name")).toString() == QLatin1String("shipping_update")) {
            ++names;
            sendable = t.value(QStringLiteral("sendable")).toBool();
        }
        QVERIFY(t.value(QStringLiteral("name")).toString() != QLatin1String("Summer Sale!"));
    }
    QCOMPARE(names, 1);
    QVERIFY(sendable);
    // Now it exists "at Meta": a draft may not overwrite it; an unknown template is named.
    r = cli({QStringLiteral("templates"), QStringLiteral("create"), valid, QStringLiteral("--replace")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("exists at Meta"));
    r = cli({QStringLiteral("templates"), QStringLiteral("submit"), QStringLiteral("nothing_here"), QStringLiteral("--language"),
             QStringLiteral("en_US")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nothing_here"));
    QCOMPARE(cli({QStringLiteral("templates"), QStringLiteral("submit"), QStringLiteral("shipping_update")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliTwins)
#include "tst_cli_twins.moc"

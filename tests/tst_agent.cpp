// herald-cli campaign types, `campaign start` and `agent` driven as a black box on a sandbox workspace.
#include "clirun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

using Run = CliRun;

class Cli
{
public:
    Cli()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HERALD_SANDBOX_SPEED"), QStringLiteral("600"));
        m_workspace = m_dir.filePath(QStringLiteral("w.herald"));
    }

    Run operator()(const QStringList &args) const
    {
        return runCli(QStringLiteral(HERALD_CLI_PATH), QStringList { QStringLiteral("--workspace"), m_workspace } + args,
                      {}, m_env, 120000);
    }

    // A sandbox account with its templates and two opted-in contacts.
    bool setUp()
    {
        const QString csv = m_dir.filePath(QStringLiteral("c.csv"));
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("Phone,Name\n+919876500001,Asha\n+919876500002,Ravi\n");
        f.close();
        return (*this)({ QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--kind"),
                           QStringLiteral("sandbox") })
                   .exitCode
            == 0
            && (*this)({ QStringLiteral("templates"), QStringLiteral("sync") }).exitCode == 0
            && (*this)({ QStringLiteral("contacts"), QStringLiteral("import"), csv, QStringLiteral("--opted-in"),
                           QStringLiteral("--opt-in-source"), QStringLiteral("test") })
                   .exitCode
            == 0;
    }

    static QStringList create(const QStringList &extra)
    {
        return QStringList { QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("C"), QStringLiteral("--template"), QStringLiteral("appointment_reminder"),
            QStringLiteral("--language"), QStringLiteral("en_US"), QStringLiteral("--param"),
            QStringLiteral("body.1=field:name"), QStringLiteral("--param"), QStringLiteral("body.2=text:12 March"),
            QStringLiteral("--param"), QStringLiteral("body.3=text:10:30"), QStringLiteral("--json") }
        + extra;
    }

    QString workspace() const { return m_workspace; }

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QProcessEnvironment m_env;
};

QString berlinMinutesAgo(int minutes)
{
    const QTimeZone berlin("Europe/Berlin");
    return QDateTime::currentDateTimeUtc()
        .addSecs(-60 * minutes)
        .toTimeZone(berlin)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

// `campaign create` refuses a time that has passed, so a campaign whose time passed while no agent ran (created
// earlier for a future time) is made by creating it for the future and moving its time back, as the clock would.
bool backdate(const QString &workspace, const QString &id, const QString &at)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backdate"));
        db.setDatabaseName(workspace);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE campaigns SET schedule = json_set(schedule, '$.at', ?) WHERE id = ?"));
            q.addBindValue(at);
            q.addBindValue(id.toLongLong());
            ok = q.exec() && q.numRowsAffected() == 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backdate"));
    return ok;
}

} // namespace

class TestAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scheduledWithinGraceIsSentByAgentOnce();
    void startSendsOnceCampaign();
    void stopDeactivates();
    void scheduledPastGraceIsRefused();
    void secondAgentStandsByAndSigtermStops();
    void createValidation_data();
    void createValidation();
};

void TestAgent::scheduledWithinGraceIsSentByAgentOnce()
{
    Cli cli;
    QVERIFY(cli.setUp());
    Run r = cli(Cli::create({ QStringLiteral("--type"), QStringLiteral("scheduled"), QStringLiteral("--at"),
        berlinMinutesAgo(-120), QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"), QStringLiteral("--grace"),
        QStringLiteral("60") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = QString::number(r.json().value(QStringLiteral("id")).toInteger());
    QVERIFY(backdate(cli.workspace(), id, berlinMinutesAgo(10)));

    r = cli({ QStringLiteral("campaign"), QStringLiteral("show"), id, QStringLiteral("--json") });
    QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(r.json().value(QStringLiteral("schedule")).toObject().value(QStringLiteral("tz")).toString(),
        QStringLiteral("Europe/Berlin"));
    QCOMPARE(r.json().value(QStringLiteral("active")).toBool(), false);

    r = cli({ QStringLiteral("campaign"), QStringLiteral("start"), id, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("scheduled"));
    const QDateTime next
        = QDateTime::fromString(r.json().value(QStringLiteral("next_fire_at")).toString(), Qt::ISODate);
    QVERIFY(next.isValid());
    QVERIFY(next < QDateTime::currentDateTimeUtc());
    QVERIFY(!r.json().contains(QStringLiteral("run")));

    r = cli({ QStringLiteral("agent"), QStringLiteral("--once"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("runs_started")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("runs_finished")).toInt(), 1);
    QVERIFY2(r.err.contains("fired as run"), r.err.constData()); // one line per decision on stderr

    r = cli({ QStringLiteral("campaign"), QStringLiteral("show"), id, QStringLiteral("--json") });
    const QJsonObject run = r.json().value(QStringLiteral("run")).toObject();
    QCOMPARE(run.value(QStringLiteral("recipients")).toObject().value(QStringLiteral("accepted")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("active")).toBool(), false);
    QVERIFY(r.json().value(QStringLiteral("next_fire_at")).isNull());
    const QJsonArray log = r.json().value(QStringLiteral("schedule_log")).toArray();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("fired"));
    QCOMPARE(log.first().toObject().value(QStringLiteral("run")).toInteger(), run.value(QStringLiteral("id")).toInteger());

    // A second pass has nothing to do: the occurrence fired once.
    r = cli({ QStringLiteral("agent"), QStringLiteral("--once"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("runs_started")).toInt(), 0);
}

void TestAgent::startSendsOnceCampaign()
{
    Cli cli;
    QVERIFY(cli.setUp());
    Run r = cli(Cli::create({}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = QString::number(r.json().value(QStringLiteral("id")).toInteger());
    r = cli({ QStringLiteral("campaign"), QStringLiteral("start"), id, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id.toLongLong());
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("once"));
    QCOMPARE(o.value(QStringLiteral("active")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("next_fire_at")).isNull());
    QVERIFY(o.value(QStringLiteral("run")).toInteger() > 0);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(o.value(QStringLiteral("recipients")).toObject().value(QStringLiteral("accepted")).toInt(), 2);
}

void TestAgent::stopDeactivates()
{
    Cli cli;
    QVERIFY(cli.setUp());
    Run r = cli(Cli::create({ QStringLiteral("--type"), QStringLiteral("recurring"), QStringLiteral("--every"),
        QStringLiteral("weekly"), QStringLiteral("--days"), QStringLiteral("mon,fri"), QStringLiteral("--time"),
        QStringLiteral("09:00"), QStringLiteral("--tz"), QStringLiteral("Asia/Kolkata") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = QString::number(r.json().value(QStringLiteral("id")).toInteger());
    r = cli({ QStringLiteral("campaign"), QStringLiteral("start"), id, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QDateTime next
        = QDateTime::fromString(r.json().value(QStringLiteral("next_fire_at")).toString(), Qt::ISODate);
    QVERIFY(next > QDateTime::currentDateTimeUtc());
    const QDateTime local = next.toTimeZone(QTimeZone("Asia/Kolkata"));
    QCOMPARE(local.time(), QTime(9, 0));
    QVERIFY(local.date().dayOfWeek() == 1 || local.date().dayOfWeek() == 5);

    r = cli({ QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(r.json()
                 .value(QStringLiteral("campaigns"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("active"))
                 .toBool(),
        true);

    r = cli({ QStringLiteral("campaign"), QStringLiteral("stop"), id, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("active")).toBool(), false);
    r = cli({ QStringLiteral("campaign"), QStringLiteral("show"), id, QStringLiteral("--json") });
    QCOMPARE(r.json().value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
    r = cli({ QStringLiteral("agent"), QStringLiteral("--once"), QStringLiteral("--json") });
    QCOMPARE(r.json().value(QStringLiteral("runs_started")).toInt(), 0);

    r = cli({ QStringLiteral("campaign"), QStringLiteral("resume"), id, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("active")).toBool(), true);
}

void TestAgent::scheduledPastGraceIsRefused()
{
    Cli cli;
    QVERIFY(cli.setUp());
    Run r = cli(Cli::create({ QStringLiteral("--type"), QStringLiteral("scheduled"), QStringLiteral("--at"),
        berlinMinutesAgo(-120), QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"), QStringLiteral("--grace"),
        QStringLiteral("60") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = QString::number(r.json().value(QStringLiteral("id")).toInteger());
    QVERIFY(backdate(cli.workspace(), id, berlinMinutesAgo(90)));
    r = cli({ QStringLiteral("campaign"), QStringLiteral("start"), id, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("grace"), r.err.constData());
}

void TestAgent::secondAgentStandsByAndSigtermStops()
{
    Cli cli;
    QVERIFY(cli.setUp());
    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HERALD_SANDBOX_SPEED"), QStringLiteral("600"));
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(HERALD_CLI_PATH),
        { QStringLiteral("--workspace"), cli.workspace(), QStringLiteral("agent"), QStringLiteral("--tick"),
            QStringLiteral("1") });
    QVERIFY(first.waitForStarted());
    QByteArray firstErr;
    QTRY_VERIFY_WITH_TIMEOUT((firstErr += first.readAllStandardError()).contains("runs the workspace"), 20000);

    const Run second = cli({ QStringLiteral("agent"), QStringLiteral("--once"), QStringLiteral("--json") });
    QCOMPARE(second.exitCode, 3);
    QCOMPARE(second.json().value(QStringLiteral("state")).toString(), QStringLiteral("standing-by"));
    QVERIFY2(second.err.contains(QByteArray::number(first.processId())), second.err.constData());

    first.terminate(); // SIGTERM
    QVERIFY(first.waitForFinished(20000));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
    // The lock went with it: the next agent runs the scheduler.
    const Run third = cli({ QStringLiteral("agent"), QStringLiteral("--once"), QStringLiteral("--json") });
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(third.json().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
}

void TestAgent::createValidation_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");
    QTest::newRow("type") << QStringList { QStringLiteral("--type"), QStringLiteral("hourly") }
                          << QStringLiteral("--type");
    QTest::newRow("at") << QStringList { QStringLiteral("--type"), QStringLiteral("scheduled"), QStringLiteral("--at"),
        QStringLiteral("tomorrow"), QStringLiteral("--tz"), QStringLiteral("UTC") }
                        << QStringLiteral("--at");
    QTest::newRow("tz") << QStringList { QStringLiteral("--type"), QStringLiteral("scheduled"), QStringLiteral("--at"),
        QStringLiteral("2030-01-01T09:00"), QStringLiteral("--tz"), QStringLiteral("Mars/Base") }
                        << QStringLiteral("--tz");
    QTest::newRow("days") << QStringList { QStringLiteral("--type"), QStringLiteral("recurring"),
        QStringLiteral("--every"), QStringLiteral("weekly"), QStringLiteral("--time"), QStringLiteral("09:00"),
        QStringLiteral("--days"), QStringLiteral("someday") }
                          << QStringLiteral("--days");
    QTest::newRow("day-of-month") << QStringList { QStringLiteral("--type"), QStringLiteral("recurring"),
        QStringLiteral("--every"), QStringLiteral("monthly"), QStringLiteral("--time"), QStringLiteral("09:00"),
        QStringLiteral("--day-of-month"), QStringLiteral("32") }
                                  << QStringLiteral("--day-of-month");
    QTest::newRow("time") << QStringList { QStringLiteral("--type"), QStringLiteral("recurring"),
        QStringLiteral("--every"), QStringLiteral("daily"), QStringLiteral("--time"), QStringLiteral("9am") }
                          << QStringLiteral("--time");
    QTest::newRow("when") << QStringList { QStringLiteral("--type"), QStringLiteral("triggered"),
        QStringLiteral("--event"), QStringLiteral("order_placed"), QStringLiteral("--when"), QStringLiteral("total") }
                          << QStringLiteral("--when");
    QTest::newRow("unless") << QStringList { QStringLiteral("--type"), QStringLiteral("triggered"),
        QStringLiteral("--event"), QStringLiteral("order_placed"), QStringLiteral("--unless"),
        QStringLiteral("order_paid") }
                            << QStringLiteral("--unless");
    QTest::newRow("event missing") << QStringList { QStringLiteral("--type"), QStringLiteral("triggered") }
                                   << QStringLiteral("--event");
    QTest::newRow("every on a triggered campaign") << QStringList { QStringLiteral("--type"),
        QStringLiteral("triggered"), QStringLiteral("--event"), QStringLiteral("x"), QStringLiteral("--every"),
        QStringLiteral("daily") } << QStringLiteral("--every");
}

void TestAgent::createValidation()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);
    Cli cli;
    const Run r = cli(Cli::create(args));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(option.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"

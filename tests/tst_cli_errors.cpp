// Issue 11 §2 (account URLs) and §5 (errors that tell the truth), driven through real herald-cli processes:
// campaign create refuses what cannot work, events push caps the event name like the relay, long values are cut
// in errors and oversized CSV rows are refused, and a missing Secret Service is explained once.
#include "clirun.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

using Run = CliRun;

} // namespace

class TestCliErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void campaignCreateRefuses_data();
    void campaignCreateRefuses();
    void eventNameIsCappedLikeTheRelay();
    void accountUrls();
    void tenMegabyteOneLineFile();
    void oversizedRowsAreRejectedWithTheirLine();
    void missingSecretServiceIsExplainedOnce();

private:
    Run cli(const QStringList &args, const QByteArray &stdinData = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    void checkWithoutSecretService(const QProcessEnvironment &env);

    QTemporaryDir m_dir;
};

Run TestCliErrors::cli(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &env) const
{
    return runCli(QStringLiteral(HERALD_CLI_PATH),
                  QStringList{QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("ws.herald"))} + args,
                  stdinData, env);
}

QString TestCliErrors::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run sync = cli({QStringLiteral("templates"), QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const QString csv = writeFile(QStringLiteral("c.csv"), "phone,name\n+919876543210,Asha\n+919876543211,Ravi\n");
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("import"), csv, QStringLiteral("--opted-in")}).exitCode, 0);
}

void TestCliErrors::campaignCreateRefuses_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle");   // in stderr
    const QStringList approved{QStringLiteral("--template"), QStringLiteral("order_update"), QStringLiteral("--param"),
                               QStringLiteral("header.1=text:A1"), QStringLiteral("--param"),
                               QStringLiteral("body.1=field:name"), QStringLiteral("--param"),
                               QStringLiteral("body.2=text:shipped"), QStringLiteral("--param"),
                               QStringLiteral("body.3=text:Fri"), QStringLiteral("--param"),
                               QStringLiteral("button.0=text:A1")};
    QTest::newRow("rejected template")
        << QStringList{QStringLiteral("--template"), QStringLiteral("win_a_prize"), QStringLiteral("--param"),
                       QStringLiteral("body.1=field:name")}
        << 1 << QStringLiteral("REJECTED");
    QTest::newRow("paused template")
        << QStringList{QStringLiteral("--template"), QStringLiteral("flash_sale"), QStringLiteral("--param"),
                       QStringLiteral("body.1=text:40%"), QStringLiteral("--param"), QStringLiteral("body.2=text:6")}
        << 1 << QStringLiteral("PAUSED");
    QTest::newRow("audience names a missing campaign")
        << approved + QStringList{QStringLiteral("--audience"), QStringLiteral("campaign:999:read")} << 1
        << QStringLiteral("campaign 999");
    QTest::newRow("audience names a missing run")
        << approved + QStringList{QStringLiteral("--audience"), QStringLiteral("all and not run:999:failed")} << 1
        << QStringLiteral("run 999");
    QTest::newRow("scheduled in the past")
        << approved + QStringList{QStringLiteral("--type"), QStringLiteral("scheduled"), QStringLiteral("--at"),
                                  QStringLiteral("2020-01-01T09:00"), QStringLiteral("--tz"),
                                  QStringLiteral("Asia/Kolkata")}
        << 2 << QStringLiteral("in Asia/Kolkata");
    const QString nextYear = QDateTime::currentDateTime().addYears(1).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    QTest::newRow("scheduled next year is fine")
        << approved + QStringList{QStringLiteral("--type"), QStringLiteral("scheduled"), QStringLiteral("--at"), nextYear}
        << 0 << QString();
}

void TestCliErrors::campaignCreateRefuses()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const Run r = cli(QStringList{QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("C"), QStringLiteral("--language"), QStringLiteral("en_US")}
                      + options);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(needle), r.err.constData());
    if (QByteArrayView(QTest::currentDataTag()) == "scheduled in the past") {
        // The current time in that zone, to the minute (allow the minute to turn while the test runs).
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Kolkata"));
        const QString a = now.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        const QString b = now.addSecs(-60).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        QVERIFY2(r.err.contains(a.toUtf8()) || r.err.contains(b.toUtf8()), r.err.constData());
    }
    const Run list = cli({QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
    const bool created = !list.json().value(QStringLiteral("campaigns")).toArray().isEmpty();
    QCOMPARE(created, exitCode == 0);
}

void TestCliErrors::eventNameIsCappedLikeTheRelay()
{
    const QString longName(10000, QLatin1Char('e'));
    Run r = cli({QStringLiteral("events"), QStringLiteral("push"), longName, QStringLiteral("--phone"),
                 QStringLiteral("+919876543210")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("NAME") && r.err.contains("128"), r.err.constData());
    QVERIFY2(!r.err.contains(QByteArray(200, 'e')), "the error repeats the name");
    r = cli({QStringLiteral("events"), QStringLiteral("push"), QString(128, QLatin1Char('e')), QStringLiteral("--phone"),
             QStringLiteral("+919876543210"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("stored")).toBool(), true);
}

void TestCliErrors::accountUrls()
{
    const QStringList base{QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--name"),
                           QStringLiteral("meta"), QStringLiteral("--kind"), QStringLiteral("cloud-api"),
                           QStringLiteral("--graph-url")};
    Run r = cli(base + QStringList{QStringLiteral("https://graph.facebook.com@evil.example")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("user name or password") && r.err.contains("evil.example"), r.err.constData());
    r = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("meta"),
             QStringLiteral("--kind"), QStringLiteral("cloud-api"), QStringLiteral("--relay-url"),
             QStringLiteral("https://user:pw@relay.example")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.contains("pw@"), r.err.constData());

    r = cli(base + QStringList{QStringLiteral("https://evil.example")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.startsWith("Warning:") && r.err.contains("evil.example") && r.err.contains("graph.facebook.com"),
             r.err.constData());
    for (const char *fine : {"https://graph.facebook.com", "http://127.0.0.1:8080"}) {
        r = cli(base + QStringList{QString::fromLatin1(fine)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
}

void TestCliErrors::tenMegabyteOneLineFile()
{
    QByteArray line(10 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < line.size(); i += 1000)
        line[i] = ',';   // 10,486 "columns" of ~1,000 bytes
    for (const QByteArray &content : {QByteArray(10 * 1024 * 1024, 'x'), line}) {
        const QString path = writeFile(QStringLiteral("oneline.csv"), content + '\n');
        const Run r = cli({QStringLiteral("contacts"), QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.size() < 2000, qPrintable(QString::number(r.err.size())));
        QVERIFY2(r.err.contains("line 1") && r.err.contains("header"), r.err.constData());
    }
}

void TestCliErrors::oversizedRowsAreRejectedWithTheirLine()
{
    QByteArray csv = "phone,name,notes\n+919800000001,Long,";
    csv += QByteArray(10 * 1024 * 1024, 'n');
    csv += "\n+919800000002,Wide";
    for (int i = 0; i < 1000; ++i)
        csv += ",w";
    csv += "\n+919800000003,Fine,ok\n\"+919800000004\",\"Quoted ";
    csv += QByteArray(100 * 1024, 'q');
    csv += "\",x\n";
    const QString path = writeFile(QStringLiteral("big.csv"), csv);
    const QString errors = m_dir.filePath(QStringLiteral("rejected.csv"));
    const Run r = cli({QStringLiteral("contacts"), QStringLiteral("import"), path, QStringLiteral("--errors"), errors,
                       QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.size() < 4000, qPrintable(QString::number(r.out.size())));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 3);
    const QJsonArray rejections = o.value(QStringLiteral("rejections")).toArray();
    QCOMPARE(rejections.size(), 3);
    QCOMPARE(rejections.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(rejections.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("64 KiB")));
    QCOMPARE(rejections.at(1).toObject().value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(rejections.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("1000")));
    QCOMPARE(rejections.at(2).toObject().value(QStringLiteral("line")).toInt(), 5);
    // The rejected rows file holds the rows cut short, not 10 MB.
    QVERIFY(QFileInfo(errors).size() < 64 * 1024);
}

void TestCliErrors::missingSecretServiceIsExplainedOnce()
{
    const Run set = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--name"),
                         QStringLiteral("nokeychain"), QStringLiteral("--kind"), QStringLiteral("cloud-api"),
                         QStringLiteral("--graph-url"), QStringLiteral("https://graph.facebook.com")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    // No session bus at all (unset: GDBus would autolaunch one with X11), or an address where none listens.
    QTemporaryDir runtime;   // no session bus socket in it
    for (const bool unset : {true, false}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        if (!unset) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("none")));
        }
        checkWithoutSecretService(env);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCliErrors::checkWithoutSecretService(const QProcessEnvironment &env)
{
    Run r = cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("access-token"),
                 QStringLiteral("--name"), QStringLiteral("nokeychain")},
                "EAAGsecret\n", env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.count("gnome-keyring-daemon") == 1, r.err.constData());
    QVERIFY2(r.err.contains("dbus-run-session") && r.err.contains("KWallet"), r.err.constData());
    QVERIFY2(!r.err.contains("D-Bus without") && !r.err.contains("Could not connect"), r.err.constData());

    r = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("nokeychain")},
            {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.count("gnome-keyring-daemon") == 1, r.err.constData());   // three secrets, one explanation
    QVERIFY2(!r.err.contains("D-Bus without") && !r.err.contains("Could not connect"), r.err.constData());
    QVERIFY(r.out.contains("access-token: unavailable"));

    r = cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("--name"), QStringLiteral("nokeychain")},
            {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.count("gnome-keyring-daemon") == 1, r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"

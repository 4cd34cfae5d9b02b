// herald-cli driven as a black box, the way scripts and support staff use it.
#include "clirun.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runCli(QStringLiteral(HERALD_CLI_PATH), args, {}, env, 120000);
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

const QByteArray kCsv = "Phone;Name;City;Opted In\r\n"
                        "+91 98765 43210;Asha Rao;Pune;yes\r\n"
                        "098765 43210;Asha R.;Pune;yes\r\n"       // the same number, national format
                        "9.19876E+11;Broken Excel;Delhi;no\r\n"
                        "030 1234567;Nope;Berlin;no\r\n"          // invalid for India
                        "+49 151 23456789;Jonas;Berlin;no\r\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importCountExport();
    void importReportsFailures();
    void workspaceFromEnvironment();
    void refusesBadWorkspace();
    void usageErrors_data();
    void usageErrors();
};

void TestCli::importCountExport()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.herald"));
    const QString csv = write(dir, QStringLiteral("c.csv"), kCsv);
    const QString errors = dir.filePath(QStringLiteral("errors.csv"));
    Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("contacts"), QStringLiteral("import"), csv,
                 QStringLiteral("--default-region"), QStringLiteral("IN"), QStringLiteral("--tag"), QStringLiteral("diwali"),
                 QStringLiteral("--errors"), errors, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("updated")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 2);
    QFile rejected(errors);
    QVERIFY(rejected.open(QIODevice::ReadOnly));
    const QByteArray rejectedText = rejected.readAll();
    QVERIFY(rejectedText.contains("reason"));
    QVERIFY(rejectedText.contains("Broken Excel"));

    // Importing the same file again updates instead of adding.
    r = cli({QStringLiteral("contacts"), QStringLiteral("import"), csv, QStringLiteral("--workspace"), ws,
             QStringLiteral("--default-region"), QStringLiteral("IN"), QStringLiteral("--opted-in"),
             QStringLiteral("--opt-in-source"), QStringLiteral("store counter"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(r.json().value(QStringLiteral("updated")).toInt(), 2);

    r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("contacts")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("opted_in")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("opted_out")).toInt(), 0);

    r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("contacts"), QStringLiteral("count")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("2 contacts"), r.out.constData());

    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("contacts"), QStringLiteral("export"), exported});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("+919876543210"));
    QVERIFY(text.contains("+4915123456789"));
    QVERIFY(text.contains("diwali"));
}

void TestCli::importReportsFailures()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.herald"));
    Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("contacts"), QStringLiteral("import"),
                 dir.filePath(QStringLiteral("missing.csv"))});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("missing.csv"), r.err.constData());

    const QString noPhone = write(dir, QStringLiteral("nophone.csv"), "name,city\nAnn,Paris\n");
    r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("contacts"), QStringLiteral("import"), noPhone,
             QStringLiteral("--json")});
    QVERIFY(r.exitCode != 0);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::workspaceFromEnvironment()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HERALD_WORKSPACE"), dir.filePath(QStringLiteral("env.herald")));
    const QString csv = write(dir, QStringLiteral("c.csv"), "phone,name\n+12025550123,Ann\n");
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("import"), csv, QStringLiteral("--json")}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("env.herald"))));
    r = cli({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")}, env);
    QCOMPARE(r.json().value(QStringLiteral("contacts")).toInt(), 1);
}

void TestCli::refusesBadWorkspace()
{
    QTemporaryDir dir;
    const QString bad = write(dir, QStringLiteral("notes.txt"), "just some notes\n");
    Run r = cli({QStringLiteral("--workspace"), bad, QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not a Herald workspace"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QFile f(bad);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("just some notes\n"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("contacts"), QStringLiteral("frobnicate")};
    QTest::newRow("import without file") << QStringList{QStringLiteral("contacts"), QStringLiteral("import")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--bogus")};
    QTest::newRow("source without opted-in")
        << QStringList{QStringLiteral("contacts"), QStringLiteral("import"), QStringLiteral("x.csv"),
                       QStringLiteral("--opt-in-source"), QStringLiteral("web")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const Run r = cli(QStringList{QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w.herald"))} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

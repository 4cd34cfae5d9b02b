// herald-cli campaign preflight | test-send and ratecard set | list | remove, driven as a black box.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Run = CliRun;

class TestCliPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rateCard();
    void preflightJson();
    void preflightText();
    void testSend();
    void usageErrors();

private:
    Run cli(QStringList args) const;

    QTemporaryDir m_dir;
};

Run TestCliPreflight::cli(QStringList args) const
{
    args.prepend(m_dir.filePath(QStringLiteral("ws.herald")));
    args.prepend(QStringLiteral("--workspace"));
    return runCli(QStringLiteral(HERALD_CLI_PATH), args, {}, QProcessEnvironment::systemEnvironment(), 120000);
}

void TestCliPreflight::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({ QStringLiteral("templates"), QStringLiteral("sync") }).exitCode, 0);
    const QString csv = m_dir.filePath(QStringLiteral("c.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("phone,name,order,eta\n+919876543210,Asha,A1,Fri\n+919876543211,Ravi,A2,Sat\n+4915112345678,Jonas,B1,\n");
    f.close();
    QCOMPARE(cli({ QStringLiteral("contacts"), QStringLiteral("import"), csv, QStringLiteral("--opted-in"),
                     QStringLiteral("--opt-in-source"), QStringLiteral("test") })
                 .exitCode,
        0);
    const Run create = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
        QStringLiteral("T"), QStringLiteral("--template"), QStringLiteral("order_update"), QStringLiteral("--language"),
        QStringLiteral("en_US"), QStringLiteral("--param"), QStringLiteral("header.1=attr:order"),
        QStringLiteral("--param"), QStringLiteral("body.1=field:name"), QStringLiteral("--param"),
        QStringLiteral("body.2=text:shipped"), QStringLiteral("--param"), QStringLiteral("body.3=attr:eta"),
        QStringLiteral("--param"), QStringLiteral("button.0=attr:order") });
    QVERIFY2(create.exitCode == 0, create.err.constData());
}

void TestCliPreflight::rateCard()
{
    Run r = cli({ QStringLiteral("ratecard"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json().value(QStringLiteral("rates")).toArray().isEmpty());
    QCOMPARE(
        cli({ QStringLiteral("ratecard"), QStringLiteral("set"), QStringLiteral("utility"), QStringLiteral("0.01") })
            .exitCode,
        0);
    r = cli({ QStringLiteral("ratecard"), QStringLiteral("set"), QStringLiteral("UTILITY"), QStringLiteral("0.002"),
        QStringLiteral("--country"), QStringLiteral("in"), QStringLiteral("--currency"), QStringLiteral("eur"),
        QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rates = r.json().value(QStringLiteral("rates")).toArray();
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates.at(1).toObject().value(QStringLiteral("country")).toString(), QStringLiteral("IN"));
    QCOMPARE(rates.at(1).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(cli({ QStringLiteral("ratecard"), QStringLiteral("set"), QStringLiteral("UTILITY"), QStringLiteral("x") })
                 .exitCode,
        2);
    QCOMPARE(cli({ QStringLiteral("ratecard"), QStringLiteral("set"), QStringLiteral("UTILITY"), QStringLiteral("1"),
                     QStringLiteral("--country"), QStringLiteral("XX") })
                 .exitCode,
        1);
    r = cli({ QStringLiteral("ratecard"), QStringLiteral("remove"), QStringLiteral("utility"),
        QStringLiteral("--country"), QStringLiteral("IN") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("ratecard"), QStringLiteral("remove"), QStringLiteral("utility"),
                     QStringLiteral("--country"), QStringLiteral("IN") })
                 .exitCode,
        1);
    r = cli({ QStringLiteral("ratecard"), QStringLiteral("list") });
    QVERIFY(r.out.contains("UTILITY\tany\t0.01 USD"));
}

void TestCliPreflight::preflightJson()
{
    const Run r = cli(
        { QStringLiteral("campaign"), QStringLiteral("preflight"), QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("audience")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("opted_out")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("not_opted_in")).toInt(), 0);
    const QJsonObject missing = o.value(QStringLiteral("missing_params")).toObject();
    QCOMPARE(missing.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(
        missing.value(QStringLiteral("sample")).toArray().first().toObject().value(QStringLiteral("phone")).toString(),
        QStringLiteral("+4915112345678"));
    QCOMPARE(
        missing.value(QStringLiteral("sample")).toArray().first().toObject().value(QStringLiteral("slot")).toString(),
        QStringLiteral("body.3"));
    QCOMPARE(o.value(QStringLiteral("template")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("APPROVED"));
    QCOMPARE(o.value(QStringLiteral("template")).toObject().value(QStringLiteral("category")).toString(),
        QStringLiteral("UTILITY"));
    QCOMPARE(o.value(QStringLiteral("samples")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("samples")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral(
            "Order A1\nHi Asha, your order is now shipped. It should reach you by Fri.\nReply HELP for support"));
    QVERIFY(o.value(QStringLiteral("headroom")).toObject().contains(QStringLiteral("remaining")));
    QCOMPARE(o.value(QStringLiteral("duration_seconds")).toDouble(), 2.0 / 80);
    // Two Indian recipients at the '' rate (the IN rate was removed): 2 × 0.01.
    QCOMPARE(o.value(QStringLiteral("cost")).toObject().value(QStringLiteral("amount")).toDouble(), 0.02);
    QCOMPARE(
        o.value(QStringLiteral("cost")).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
    QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 1);
}

void TestCliPreflight::preflightText()
{
    const Run r = cli({ QStringLiteral("campaign"), QStringLiteral("preflight"), QStringLiteral("1") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Audience: 3 contact"));
    QVERIFY(r.out.contains("Ready to start."));
    QCOMPARE(cli({ QStringLiteral("campaign"), QStringLiteral("preflight"), QStringLiteral("99") }).exitCode, 1);
}

void TestCliPreflight::testSend()
{
    Run r = cli({ QStringLiteral("campaign"), QStringLiteral("test-send"), QStringLiteral("1"),
        QStringLiteral("--phone"), QStringLiteral("+91 98765 43210"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("ok")).toBool());
    QVERIFY(r.json().value(QStringLiteral("wamid")).toString().startsWith(QLatin1String("wamid.")));
    QCOMPARE(r.json().value(QStringLiteral("phone")).toString(), QStringLiteral("+919876543210"));
    // Jonas has no eta and the mapping no fallback: refused before anything is sent.
    r = cli({ QStringLiteral("campaign"), QStringLiteral("test-send"), QStringLiteral("1"), QStringLiteral("--phone"),
        QStringLiteral("+4915112345678") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("body.3"));
    // No run was created by either.
    const Run show
        = cli({ QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY(!show.json().contains(QStringLiteral("run")));
}

void TestCliPreflight::usageErrors()
{
    QCOMPARE(cli({ QStringLiteral("campaign"), QStringLiteral("test-send"), QStringLiteral("1") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("campaign"), QStringLiteral("preflight") }).exitCode, 1);
    QCOMPARE(cli({ QStringLiteral("ratecard"), QStringLiteral("set"), QStringLiteral("UTILITY") }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliPreflight)
#include "tst_cli_preflight.moc"

// What a campaign cost, end to end through real herald-cli processes and the built-in sandbox (issue 18 §3): a rate
// card imported from CSV (`rate-card import`), a sandbox campaign run, the status webhooks synced (their `pricing`
// recorded per recipient), then `campaign stats --json` shows cost.actual > 0 that agrees with the rate card and the
// billable messages, the stats CSV has the cost rows, and `cost --json` has the same figure as the month's total.
#include "clirun.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

class TestCliCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badRateCardImportsNothing();
    void sandboxCampaignCost();

private:
    CliRun cli(const QStringList &args) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QTemporaryDir m_dir;
};

CliRun TestCliCost::cli(const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HERALD_SANDBOX_SPEED"), QStringLiteral("50"));
    return runCli(QStringLiteral(HERALD_CLI_PATH),
                  QStringList { QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("ws.herald")) } + args, {},
                  env);
}

QString TestCliCost::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliCost::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CliRun r = cli({ QStringLiteral("templates"), QStringLiteral("sync") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QByteArray csv = "phone,name,order,eta\n";
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("+9198765%1,Person %2,A%2,Fri\n").arg(44300 + i, 5, 10, QLatin1Char('0')).arg(i).toUtf8();
    r = cli({ QStringLiteral("contacts"), QStringLiteral("import"), write(QStringLiteral("c.csv"), csv),
              QStringLiteral("--opted-in"), QStringLiteral("--opt-in-source"), QStringLiteral("test") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliCost::badRateCardImportsNothing()
{
    const QString bad = write(QStringLiteral("bad.csv"), "category,country,price,currency,valid_from\n"
                                                         "UTILITY,,0.0040,USD,\n"
                                                         "MARKETING,IN,0.01,USD,2025-13-01\n");
    CliRun r = cli({ QStringLiteral("ratecard"), QStringLiteral("import"), bad, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Line 3, field valid_from"), r.err.constData());
    r = cli({ QStringLiteral("ratecard"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json().value(QStringLiteral("rates")).toArray().isEmpty());
}

void TestCliCost::sandboxCampaignCost()
{
    // Any country 0.0040 since always; India 0.0014 from a date in the past; a July 2099 price that must not apply.
    const double india = 0.0014;
    const QString rates = write(QStringLiteral("rates.csv"), "category,country,price,currency,valid_from\n"
                                                             "UTILITY,,0.0040,USD,\n"
                                                             "UTILITY,IN,0.0014,USD,2025-07-01\n"
                                                             "UTILITY,IN,0.9000,USD,2099-07-01\n");
    CliRun r = cli({ QStringLiteral("rate-card"), QStringLiteral("import"), rates, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 3);

    r = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Orders"),
              QStringLiteral("--template"), QStringLiteral("order_update"), QStringLiteral("--language"),
              QStringLiteral("en_US"), QStringLiteral("--param"), QStringLiteral("header.1=attr:order"),
              QStringLiteral("--param"), QStringLiteral("body.1=field:name"), QStringLiteral("--param"),
              QStringLiteral("body.2=text:shipped"), QStringLiteral("--param"), QStringLiteral("body.3=attr:eta"),
              QStringLiteral("--param"), QStringLiteral("button.0=attr:order") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("campaign"), QStringLiteral("preflight"), QStringLiteral("1"), QStringLiteral("--json") });
    const double preflight = r.json().value(QStringLiteral("cost")).toObject().value(QStringLiteral("amount")).toDouble();
    QCOMPARE(preflight, std::round(40 * india * 1e4) / 1e4);
    r = cli({ QStringLiteral("campaign"), QStringLiteral("run"), QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    r = cli({ QStringLiteral("sync"), QStringLiteral("--until-idle"), QStringLiteral("3"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());

    r = cli({ QStringLiteral("campaign"), QStringLiteral("stats"), QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject stats = r.json();
    const QJsonObject cost = stats.value(QStringLiteral("cost")).toObject();
    const int billable = cost.value(QStringLiteral("billable_messages")).toInt();
    const int delivered = stats.value(QStringLiteral("delivered")).toInt();
    QVERIFY2(billable > 0, r.out.constData());
    // Billed only when delivered; some UTILITY messages fall in an open service window and are free.
    QVERIFY2(billable <= delivered, r.out.constData());
    QCOMPARE(cost.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    const double actual = cost.value(QStringLiteral("actual")).toDouble();
    QVERIFY(actual > 0);
    QCOMPARE(actual, billable * india);   // every number is Indian: the IN rate valid today
    QCOMPARE(cost.value(QStringLiteral("estimated")).toDouble(), preflight);
    QVERIFY(actual <= preflight);

    // The stats CSV has the cost rows.
    const QString csvPath = m_dir.filePath(QStringLiteral("stats.csv"));
    r = cli({ QStringLiteral("campaign"), QStringLiteral("stats"), QStringLiteral("1"), QStringLiteral("--csv"), csvPath });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.contains("cost_currency,estimated,actual,billable_messages"), text.constData());
    QVERIFY2(text.contains(QStringLiteral("USD,%1,%2,%3").arg(preflight, 0, 'f', 4).arg(actual, 0, 'f', 4).arg(billable).toUtf8()),
             text.constData());

    // The month's total for the account is the same figure (one campaign).
    const QString month = QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM"));
    r = cli({ QStringLiteral("cost"), QStringLiteral("--month"), month, QStringLiteral("--account"),
              QStringLiteral("sandbox"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("month")).toString(), month);
    const QJsonArray accounts = r.json().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject total = accounts.first().toObject();
    QCOMPARE(total.value(QStringLiteral("account")).toString(), QStringLiteral("sandbox"));
    QCOMPARE(total.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(total.value(QStringLiteral("actual")).toDouble(), actual);
    QCOMPARE(total.value(QStringLiteral("billable_messages")).toInt(), billable);
    QCOMPARE(total.value(QStringLiteral("campaigns")).toInt(), 1);
    // A month with nothing sent.
    r = cli({ QStringLiteral("cost"), QStringLiteral("--month"), QStringLiteral("2001-01"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("accounts")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCost)
#include "tst_cli_cost.moc"

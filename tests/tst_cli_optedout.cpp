// Opt-outs as their own figure beside Replied (issue 15): CampaignStats::Counts::optedOut counts the recipients
// whose attributed reply opted them out (a STOP text, the "Stop promotions" quick reply), and
// `herald-cli campaign stats --json` reports it as the new key "opted_out" while every other key stays.
#include "models/stats/campaignstats.h"
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"

#include "clirun.h"
#include "relayfeedsfixture.h"
#include "testworkspace.h"

#include <QTest>

using namespace RelayFeedsFixture;

class TestCliOptedOut : public QObject
{
    Q_OBJECT

private slots:
    void optedOutBesideReplied();
};

namespace {

constexpr qint64 T0 = 1750000000; // seconds

} // namespace

void TestCliOptedOut::optedOutBesideReplied()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    const qint64 run = addRun(db, QStringLiteral("Diwali"));   // on the new workspace's sandbox account
    const qint64 account = scalar(db, QStringLiteral("SELECT min(id) FROM accounts")).toLongLong();
    const QStringList phones{QStringLiteral("+919800000001"), QStringLiteral("+919800000002"),
                             QStringLiteral("+919800000003"), QStringLiteral("+919800000004")};
    for (int i = 0; i < phones.size(); ++i)
        addRecipient(db, run, phones.at(i), QStringLiteral("delivered"), QStringLiteral("wamid.%1").arg(i),
                     T0 * 1000);
    // Two opt-outs (a STOP text and the quick reply), one ordinary reply, one silent recipient; a second STOP
    // from the same person counts once.
    const QList<QJsonObject> payloads{
        messagePayload(phones.at(0).mid(1), QStringLiteral("in.1"), T0 + 60, QStringLiteral("text"),
                       QStringLiteral("STOP")),
        messagePayload(phones.at(0).mid(1), QStringLiteral("in.2"), T0 + 70, QStringLiteral("text"),
                       QStringLiteral("stop")),
        messagePayload(phones.at(1).mid(1), QStringLiteral("in.3"), T0 + 80, QStringLiteral("button"),
                       QStringLiteral("Stop promotions"), QStringLiteral("wamid.1"), QStringLiteral("HERALD_OPT_OUT")),
        messagePayload(phones.at(2).mid(1), QStringLiteral("in.4"), T0 + 90, QStringLiteral("text"),
                       QStringLiteral("Is the offer valid on Sunday?")),
    };
    QList<WebhookApplier::FeedEvent> events;
    qint64 cursor = 0;
    for (const QJsonObject &p : payloads) {
        WebhookApplier::FeedEvent e;
        e.cursor = ++cursor;
        e.receivedAtMs = (T0 + 100) * 1000;
        e.kind = QStringLiteral("whatsapp");
        e.payload = p;
        events.append(e);
    }
    WebhookApplier applier(db);
    QString error;
    QVERIFY2(applier.apply(account, events, QStringLiteral("http://relay.test"), cursor, &error), qPrintable(error));

    const auto counts = CampaignStats::compute(db, run, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->replied, 3);
    QCOMPARE(counts->optedOut, 2);

    const qint64 campaign = scalar(db, QStringLiteral("SELECT campaign_id FROM campaign_runs WHERE id = ?"), {run})
                                .toLongLong();
    const CliRun r = runCli(QStringLiteral(HERALD_CLI_PATH),
                            {QStringLiteral("--workspace"), t.workspace().path(), QStringLiteral("campaign"),
                             QStringLiteral("stats"), QString::number(campaign), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QLatin1String("opted_out")).toInteger(), 2);
    QCOMPARE(o.value(QLatin1String("replied")).toInteger(), 3);
    // The other keys are unchanged: the seven statistics, pending, run, campaign, failure reasons and cost.
    for (const QString &name : CampaignStats::statNames())
        QVERIFY2(o.contains(name), qPrintable(name));
    for (const char *key : {"campaign", "run", "failure_reasons", "cost"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.size(), CampaignStats::statNames().size() + 5);
}

QTEST_GUILESS_MAIN(TestCliOptedOut)
#include "tst_cli_optedout.moc"

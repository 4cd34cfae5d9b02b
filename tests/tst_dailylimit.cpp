// The daily messaging limit holds, it does not skip (issue 10 §5), with an injected clock: over the budget the
// recipients wait in the ledger (not attempted), the run says "waiting_daily_limit", pre-flight and sender agree on
// the number, and 24 hours later the scheduler continues the run and they are sent. Numbers of one business
// portfolio share one budget.
#include "engine/scheduler/scheduler.h"
#include "engine/secrets/secretstore.h"
#include "engine/send/campaignrunner.h"
#include "loopbackhttpserver.h"
#include "models/accounts/headroom.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/preflight.h"
#include "models/ledger/ledger.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace SendFixture;
using Response = LoopbackHttpServer::Response;
using Request = LoopbackHttpServer::Request;

class TestDailyLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void portfolioSharesOneBudget();
    void heldRowsWaitThenTheSchedulerSendsThem();
    void cliRunExitsWaiting();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    // `count` unique phones of `accountId` claimed at `at` (another run used the budget).
    qint64 useBudget(qint64 accountId, int count, int first, qint64 at)
    {
        const qint64 run = createRun(db(), accountId, count, first);
        value(db(), QStringLiteral("UPDATE recipients SET state = 'delivered', attempts = 1, claimed_at = ? WHERE run_id = ?"),
              {at, run});
        return run;
    }
    qint64 remaining(const Account &a, qint64 now)
    {
        QString error;
        return Headroom::compute(db(), a, now, &error).remaining();
    }

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LoopbackHttpServer> m_server;
};

void TestDailyLimit::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
}

void TestDailyLimit::cleanup()
{
    m_server.reset();
    m_ws.reset();
}

void TestDailyLimit::portfolioSharesOneBudget()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    AccountStore store(db());
    QString error;
    // Two numbers of one WABA (no portfolio recorded): one budget.
    Account a = createAccount(db(), m_server->baseUrl().toString(), QStringLiteral("TIER_250"));
    Account b = createAccount(db(), m_server->baseUrl().toString(), QStringLiteral("TIER_250"));
    useBudget(a.id, 100, 0, now - 3600 * 1000);
    useBudget(b.id, 50, 1000, now - 3600 * 1000);
    useBudget(b.id, 10, 0, now - 1800 * 1000);   // phones a already counted: unique per portfolio
    QCOMPARE(remaining(a, now), 100);
    QCOMPARE(remaining(b, now), 100);
    // B moves to another portfolio, C (another WABA) joins A's: budgets follow the portfolio.
    b.portfolioId = QStringLiteral("777");
    QVERIFY2(store.save(b, &error), qPrintable(error));
    Account c = createAccount(db(), m_server->baseUrl().toString(), QStringLiteral("TIER_250"));
    c.wabaId = QStringLiteral("3003");
    c.portfolioId = QStringLiteral("555");
    QVERIFY2(store.save(c, &error), qPrintable(error));
    a.portfolioId = QStringLiteral("555");
    QVERIFY2(store.save(a, &error), qPrintable(error));
    useBudget(c.id, 20, 5000, now - 600 * 1000);
    QCOMPARE(remaining(a, now), 250 - 100 - 20);
    QCOMPARE(remaining(c, now), 250 - 100 - 20);
    QCOMPARE(remaining(b, now), 250 - 60);
    // The window rolls: 24 h after the first claims only C's remain in A's portfolio.
    QCOMPARE(remaining(a, now + Headroom::kWindowMs - 3600 * 1000 + 1), 250 - 20);
    // Not a number: refused with the field's name.
    a.portfolioId = QStringLiteral("acme");
    QVERIFY(!store.save(a, &error));
    QVERIFY2(error.contains(QStringLiteral("Business portfolio ID")), qPrintable(error));
}

void TestDailyLimit::heldRowsWaitThenTheSchedulerSendsThem()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session for the keychain: run the suite through scripts/test.sh.");
    qint64 offset = 0;   // the injected clock: real time moved on by `offset`
    const auto clock = [&offset] { return QDateTime::currentMSecsSinceEpoch() + offset; };
    const qint64 t0 = clock();
    const Account account = createAccount(db(), m_server->baseUrl().toString(), QStringLiteral("TIER_50"));
    SecretStore secrets(m_ws->workspace().workspaceId());
    bool stored = false;
    secrets.write(account.id, SecretStore::Secret::AccessToken, QStringLiteral("limit-test-token"), this,
                  [&](const SecretStore::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    // The whole budget was used an hour ago by another run of this account.
    useBudget(account.id, 50, 1000, t0 - 3600 * 1000);
    const qint64 run = createRun(db(), account.id, 4);
    const qint64 campaignId = CampaignStats::campaignOfRun(db(), run).valueOr(-1);
    m_server->setHandler([](const Request &r) {
        return Response::json(200, QByteArrayLiteral(R"({"messages":[{"id":"wamid.)") + QByteArray::number(qHash(r.body))
                                       + QByteArrayLiteral(R"("}]})"));
    });
    QString error;
    const auto campaign = CampaignStore(db()).byId(campaignId, &error);
    QVERIFY2(campaign, qPrintable(error));
    Preflight::Options pre;
    pre.now = clock();
    QCOMPARE(Preflight::check(db(), *campaign, pre).tierRemaining, 0);

    SendOptions options;
    options.pacerEnabled = false;
    options.clock = clock;
    {
        CampaignRunner runner(m_ws->workspace(), run, account, QStringLiteral("limit-test-token"), options);
        QSignalSpy done(&runner, &CampaignRunner::finished);
        runner.start();
        QVERIFY(done.wait(10000));
        const RunOutcome outcome = done.first().first().value<RunOutcome>();
        QCOMPARE(outcome.status, QStringLiteral("waiting_daily_limit"));
        QCOMPARE(outcome.counts.value(RecipientLedger::State::Planned), 4);
    }
    QCOMPARE(m_server->requests().size(), 0);
    const auto stats = CampaignStats::compute(db(), run, &error);
    QVERIFY2(stats, qPrintable(error));
    QCOMPARE(stats->attempted, 0);   // waiting is not an attempt (campaign-stats.md)
    QCOMPARE(stats->pending, 0);
    QCOMPARE(count(db(), run, QStringLiteral("planned")), 4);
    QCOMPARE(count(db(), run, QStringLiteral("skipped")), 0);
    const qint64 nextSendAt = t0 - 3600 * 1000 + Headroom::kWindowMs + 1;
    QCOMPARE(value(db(), QStringLiteral("SELECT min(next_attempt_at) FROM recipients WHERE run_id = ?"), {run}).toLongLong(),
             nextSendAt);
    QVERIFY(value(db(), QStringLiteral("SELECT note FROM recipients WHERE run_id = ? LIMIT 1"), {run})
                .toString()
                .contains(QStringLiteral("next send becomes possible at")));
    QCOMPARE(RecipientLedger(db()).runStatus(run, &error), QStringLiteral("waiting_daily_limit"));

    // The scheduler (agent, open GUI) leaves it while there is no room…
    Scheduler::Options so;
    so.tickMs = 3600 * 1000;
    so.clock = clock;
    so.send = options;
    Scheduler scheduler(m_ws->workspace(), so);
    QSignalSpy finished(&scheduler, &Scheduler::runFinished);
    scheduler.tick();
    QCOMPARE(scheduler.runningRuns(), 0);
    // …and continues it 24 hours later, when pre-flight and sender agree there is room for them.
    offset = 24 * 3600 * 1000LL;
    pre.now = clock();
    QCOMPARE(Preflight::check(db(), *campaign, pre).tierRemaining, remaining(account, pre.now));
    QCOMPARE(remaining(account, pre.now), 50);
    scheduler.tick();
    QVERIFY(finished.wait(10000));
    const RunOutcome outcome = finished.first().at(1).value<RunOutcome>();
    QCOMPARE(outcome.status, QStringLiteral("sent"));
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(count(db(), run, QStringLiteral("accepted")), 4);
    QCOMPARE(remaining(account, clock()), 46);
    scheduler.stop();
}

void TestDailyLimit::cliRunExitsWaiting()
{
    // `herald-cli campaign run` over the limit: exit 4, status waiting_daily_limit, nobody skipped.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session for the keychain: run the suite through scripts/test.sh.");
    const Account account = createAccount(db(), m_server->baseUrl().toString(), QStringLiteral("TIER_50"));
    SecretStore secrets(m_ws->workspace().workspaceId());
    bool stored = false;
    secrets.write(account.id, SecretStore::Secret::AccessToken, QStringLiteral("limit-test-token"), this,
                  [&](const SecretStore::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    useBudget(account.id, 50, 1000, QDateTime::currentMSecsSinceEpoch() - 60 * 1000);
    const qint64 run = createRun(db(), account.id, 3);
    QProcess cli;
    cli.start(QStringLiteral(HERALD_CLI_PATH),
              {QStringLiteral("--workspace"), m_ws->workspace().path(), QStringLiteral("campaign"), QStringLiteral("run"),
               QString::number(CampaignStats::campaignOfRun(db(), run).valueOr(-1)), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 4);
    const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("waiting_daily_limit"));
    QVERIFY(o.value(QStringLiteral("reason")).toString().contains(QStringLiteral("next send becomes possible")));
    QCOMPARE(o.value(QStringLiteral("recipients")).toObject().value(QStringLiteral("planned")).toInteger(), 3);
    QVERIFY(cli.readAllStandardError().contains("herald-cli agent or the open app continues it"));
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestDailyLimit)
#include "tst_dailylimit.moc"

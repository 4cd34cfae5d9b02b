// The sender against a real HTTP server on loopback: request shape, the error playbook, pacing, control,
// the daily budget, the 6 s guard and one sender per run.
#include "engine/send/campaignrunner.h"
#include "engine/send/pacer.h"
#include "engine/send/sendplaybook.h"
#include "loopbackhttpserver.h"
#include "models/ledger/ledger.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Response = LoopbackHttpServer::Response;
using Request = LoopbackHttpServer::Request;
using namespace SendFixture;

namespace {

QByteArray okBody(const QString &wamid, const char *status = "accepted")
{
    return QString::fromUtf8(R"({"messaging_product":"whatsapp","contacts":[{"input":"+1","wa_id":"1"}],)"
                          R"("messages":[{"id":"%1","message_status":"%2"}]})")
        .arg(wamid, QLatin1String(status))
        .toUtf8();
}

QByteArray errorBody(int code, const char *title = "Some title")
{
    return QString::fromUtf8(R"({"error":{"message":"(#%1) %2","type":"OAuthException","code":%1,)"
                          R"("error_data":{"messaging_product":"whatsapp","details":"Details of %1"},)"
                          R"("fbtrace_id":"Az8or2"}})")
        .arg(code)
        .arg(QLatin1String(title))
        .toUtf8();
}

qint64 callbackId(const Request &r)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    return RecipientLedger::recipientFromCallbackData(o.value(QLatin1String("biz_opaque_callback_data")).toString());
}

} // namespace

class TestSendWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void requestShapeAndHeaders();
    void playbook_data();
    void playbook();
    void connectionRefusedIsRetriedThenFailed();
    void transientThenAccepted();
    void backoffIsBounded();
    void pairRateBackoffIsFourToTheN();
    void throttleSlowsThePacer();
    void pacerKeepsTheRate();
    void uncertainIsNeverResent();
    void claimedRowsOfADeadSenderBecomeUncertain();
    void pauseResumeStopWithinASecond();
    void controlFromAnotherProcess();
    void tierBudgetHoldsTheRest();
    void guardSpacesOnePhoneAcrossRuns();
    void oneSenderPerRun();
    void progressIsThrottled();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    SendOptions fastOptions() const
    {
        SendOptions o;
        o.pacerEnabled = false;
        o.retryBaseMs = 5;
        o.retryMaxMs = 40;
        o.maxAttempts = 3;
        o.maxThrottledAttempts = 3;
        o.maxPairBackoffs = 2;
        o.pairBaseMs = 5;
        o.throttleRequeueMs = 5;
        o.requestTimeoutMs = 400;
        o.exitWhenPaused = true;
        o.controlPollMs = 50;
        return o;
    }
    RunOutcome runToEnd(CampaignRunner &runner, int timeoutMs = 20000)
    {
        QSignalSpy spy(&runner, &CampaignRunner::finished);
        runner.start();
        if (!spy.wait(timeoutMs))
            return RunOutcome{0, QStringLiteral("timeout"), {}, {}, false, {}};
        return spy.first().first().value<RunOutcome>();
    }
    QVariant row(qint64 id, const char *column)
    {
        return value(db(), QStringLiteral("SELECT %1 FROM recipients WHERE id = ?").arg(QLatin1String(column)), {id});
    }
    QVariant runColumn(qint64 run, const char *column)
    {
        return value(db(), QStringLiteral("SELECT %1 FROM campaign_runs WHERE id = ?").arg(QLatin1String(column)), {run});
    }

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LoopbackHttpServer> m_server;
    Account m_account;
};

void TestSendWorker::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_account = createAccount(db(), m_server->baseUrl().toString());
}

void TestSendWorker::cleanup()
{
    m_server.reset();
    m_ws.reset();
}

void TestSendWorker::requestShapeAndHeaders()
{
    const qint64 run = createRun(db(), m_account.id, 1);
    const qint64 id = ids(db(), run).first();
    m_server->setHandler([](const Request &) { return Response::json(200, okBody(QStringLiteral("wamid.HBgL1"))); });
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("EAAtoken"), fastOptions());
    const RunOutcome outcome = runToEnd(runner);
    QCOMPARE(outcome.status, QStringLiteral("sent"));   // accepted rows wait for status reports
    QCOMPARE(m_server->requests().size(), 1);
    const Request &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.path(), QStringLiteral("/v23.0/%1/messages").arg(m_account.phoneNumberId));
    QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer EAAtoken"));
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject expected{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("recipient_type"), QStringLiteral("individual")},
        {QStringLiteral("to"), phoneFor(0)},
        {QStringLiteral("type"), QStringLiteral("template")},
        {QStringLiteral("biz_opaque_callback_data"), QStringLiteral("herald:r%1").arg(id)},
        {QStringLiteral("template"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("diwali_offer_v2")},
                     {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}},
                     {QStringLiteral("components"), QJsonDocument::fromJson(defaultComponents()).array()}}}};
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(r.body).object(), expected);
    const QByteArray envelope = R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+9198)";
    QVERIFY(r.body.startsWith(envelope));
    QCOMPARE(row(id, "state").toString(), QStringLiteral("accepted"));
    QCOMPARE(row(id, "wamid").toString(), QStringLiteral("wamid.HBgL1"));
    QCOMPARE(row(id, "attempts").toInt(), 1);
    QCOMPARE(runColumn(run, "status").toString(), QStringLiteral("sent"));
}

void TestSendWorker::playbook_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("code");          // -1: no error code stored
    QTest::addColumn<QString>("runStatus");
    const int none = int(Response::Fault::None);
    QTest::newRow("200 accepted") << 200 << okBody(QStringLiteral("wamid.1")) << none << "accepted" << 1 << -1 << "sent";
    QTest::newRow("200 held") << 200 << okBody(QStringLiteral("wamid.2"), "held_for_quality_assessment") << none
                              << "accepted" << 1 << -1 << "sent";
    QTest::newRow("200 malformed JSON") << 200 << QByteArray(R"({"messages":[{"id":)") << none << "uncertain" << 1
                                        << -1 << "sent";
    QTest::newRow("200 without wamid") << 200 << QByteArray(R"({"messaging_product":"whatsapp","messages":[]})")
                                       << none << "uncertain" << 1 << -1 << "sent";
    QTest::newRow("hang = timeout") << 0 << QByteArray() << int(Response::Fault::Hang) << "uncertain" << 1 << -1
                                    << "sent";
    QTest::newRow("dropped after the request") << 0 << QByteArray() << int(Response::Fault::Drop) << "uncertain" << 1
                                               << -1 << "sent";
    QTest::newRow("bare 502") << 502 << QByteArray("<html>bad gateway</html>") << none << "failed" << 3 << -1
                              << "finished";
    // Transient: retried with backoff, bounded (3 attempts here), then failed with the code.
    for (const auto &[code, http] : {std::pair{1, 400}, {2, 503}, {131000, 500}, {131016, 500}, {133004, 503},
                                     {131057, 500}, {424242, 500}})
        QTest::addRow("transient %d", code) << http << errorBody(code) << none << "failed" << 3 << code << "finished";
    QTest::newRow("130429 throttled") << 400 << errorBody(130429, "Rate limit hit") << none << "failed" << 3 << 130429
                                      << "finished";
    QTest::newRow("131056 pair rate") << 400 << errorBody(131056) << none << "failed" << 3 << 131056 << "finished";
    // Never retried.
    for (int code : {131026, 131050, 130472, 131049, 132000, 132001, 132005, 132007, 132012, 131008, 131009, 100,
                     130497, 424242})
        QTest::addRow("permanent %d", code) << (code == 132001 ? 404 : 400) << errorBody(code) << none << "failed" << 1
                                            << code << "finished";
    // Account-level: the row goes back to planned unsent, the run stops.
    for (const auto &[code, http] : {std::pair{190, 401}, {0, 401}, {10, 403}, {368, 403}, {131031, 403},
                                     {131042, 400}, {131048, 400}, {133010, 400}})
        QTest::addRow("stop %d", code) << http << errorBody(code) << none << "planned" << 0 << code << "stopped";
    QTest::newRow("pause 132015") << 400 << errorBody(132015) << none << "planned" << 0 << 132015 << "paused";
    QTest::newRow("pause 132016") << 400 << errorBody(132016) << none << "planned" << 0 << 132016 << "paused";
}

void TestSendWorker::playbook()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, fault);
    QFETCH(QString, state);
    QFETCH(int, attempts);
    QFETCH(int, code);
    QFETCH(QString, runStatus);
    const qint64 run = createRun(db(), m_account.id, 1);
    const qint64 id = ids(db(), run).first();
    m_server->setHandler([&](const Request &) {
        Response r = Response::json(status, body);
        r.fault = Response::Fault(fault);
        return r;
    });
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"), fastOptions());
    const RunOutcome outcome = runToEnd(runner);
    QCOMPARE(outcome.status, runStatus);
    QCOMPARE(runColumn(run, "status").toString(), runStatus);
    QCOMPARE(row(id, "state").toString(), state);
    QCOMPARE(row(id, "attempts").toInt(), attempts);
    // Every try reached the server exactly once: nothing was resent behind our back (a dropped POST included).
    QCOMPARE(m_server->requests().size(), qMax(attempts, 1));
    if (state == QLatin1String("failed")) {
        QCOMPARE(row(id, "error_code").isNull() ? -1 : row(id, "error_code").toInt(), code);
        QVERIFY(!row(id, "error_title").toString().isEmpty());
        if (code > 0 && code != 424242)
            QCOMPARE(row(id, "error_details").toString(), QStringLiteral("Details of %1").arg(code));
    }
    if (runStatus == QLatin1String("stopped") || runStatus == QLatin1String("paused")) {
        QCOMPARE(outcome.code, code);
        QVERIFY(outcome.byPlaybook);
        QVERIFY(!outcome.reason.isEmpty());
        QCOMPARE(runColumn(run, "stop_code").toInt(), code);
        QCOMPARE(runColumn(run, "stop_reason").toString(), outcome.reason);
    }
    if (QByteArray(QTest::currentDataTag()).contains("held"))
        QCOMPARE(row(id, "held").toInt(), 1);
}

void TestSendWorker::connectionRefusedIsRetriedThenFailed()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    Account account = m_account;
    account.graphUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const qint64 run = createRun(db(), m_account.id, 2);
    CampaignRunner runner(m_ws->workspace(), run, account, QStringLiteral("t"), fastOptions());
    const RunOutcome outcome = runToEnd(runner);
    QCOMPARE(outcome.status, QStringLiteral("finished"));
    for (qint64 id : ids(db(), run)) {
        QCOMPARE(row(id, "state").toString(), QStringLiteral("failed"));   // it never left: safe to retry, then fail
        QCOMPARE(row(id, "attempts").toInt(), 3);
        QVERIFY(row(id, "error_code").isNull());
    }
}

void TestSendWorker::transientThenAccepted()
{
    const qint64 run = createRun(db(), m_account.id, 1);
    const qint64 id = ids(db(), run).first();
    QList<qint64> times;
    QElapsedTimer clock;
    clock.start();
    m_server->setHandler([&](const Request &) {
        times.append(clock.elapsed());
        return times.size() < 3 ? Response::json(503, errorBody(133004)) : Response::json(200, okBody(QStringLiteral("w")));
    });
    SendOptions o = fastOptions();
    o.retryBaseMs = 60;
    o.retryMaxMs = 10000;
    o.maxAttempts = 5;
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"), o);
    QCOMPARE(runToEnd(runner).status, QStringLiteral("sent"));
    QCOMPARE(row(id, "state").toString(), QStringLiteral("accepted"));
    QCOMPARE(row(id, "attempts").toInt(), 3);
    QCOMPARE(times.size(), 3);
    // Exponential with jitter: the first wait is in [30, 60] ms, the second in [60, 120] ms.
    QVERIFY2(times[1] - times[0] >= 29, qPrintable(QString::number(times[1] - times[0])));
    QVERIFY2(times[2] - times[1] >= 59, qPrintable(QString::number(times[2] - times[1])));
}

void TestSendWorker::backoffIsBounded()
{
    SendOptions o;
    o.retryBaseMs = 1000;
    o.retryMaxMs = 60000;
    SendPlaybook playbook(o);
    for (int attempt = 1; attempt <= 30; ++attempt) {
        const qint64 full = std::min<qint64>(1000LL << std::min(attempt - 1, 20), 60000);
        for (int i = 0; i < 20; ++i) {
            const qint64 d = playbook.retryDelayMs(attempt);
            QVERIFY(d >= full / 2 && d <= full);
        }
    }
    // Bounded tries: the 5th transient error fails the row.
    SendResult r = SendResult::fromHttp(500, errorBody(131000));
    QCOMPARE(playbook.decide(r, 4, 0).action, SendPlaybook::Action::Retry);
    QCOMPARE(playbook.decide(r, 5, 0).action, SendPlaybook::Action::Fail);
    QCOMPARE(playbook.decide(r, 5, 0).failure.code, 131000);
}

void TestSendWorker::pairRateBackoffIsFourToTheN()
{
    SendOptions o;
    SendPlaybook playbook(o);
    QCOMPARE(playbook.pairDelayMs(0), 1000);
    QCOMPARE(playbook.pairDelayMs(1), 4000);
    QCOMPARE(playbook.pairDelayMs(2), 16000);
    const SendResult r = SendResult::fromHttp(400, errorBody(131056));
    QCOMPARE(playbook.decide(r, 1, 2).delayMs, 16000);
    QCOMPARE(playbook.decide(r, 7, 6).action, SendPlaybook::Action::Fail);

    // On the wire: waits of 4^0 and 4^1 × 40 ms between the tries.
    const qint64 run = createRun(db(), m_account.id, 1);
    const qint64 id = ids(db(), run).first();
    QList<qint64> times;
    QElapsedTimer clock;
    clock.start();
    m_server->setHandler([&](const Request &) {
        times.append(clock.elapsed());
        return times.size() < 3 ? Response::json(400, errorBody(131056)) : Response::json(200, okBody(QStringLiteral("w")));
    });
    SendOptions fast = fastOptions();
    fast.pairBaseMs = 40;
    fast.maxPairBackoffs = 4;
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"), fast);
    QCOMPARE(runToEnd(runner).status, QStringLiteral("sent"));
    QCOMPARE(row(id, "backoff_count").toInt(), 2);
    QVERIFY2(times[1] - times[0] >= 39, qPrintable(QString::number(times[1] - times[0])));
    QVERIFY2(times[2] - times[1] >= 159, qPrintable(QString::number(times[2] - times[1])));
}

void TestSendWorker::throttleSlowsThePacer()
{
    // The pacer's own rules (a tenth slower per 130429, then back) are pinned in tst_pacer.
    // On the wire: the server answers 130429 to the 10th request; the rest go through, slower.
    const qint64 run = createRun(db(), m_account.id, 30);
    int n = 0;
    m_server->setHandler([&](const Request &) {
        return ++n == 10 ? Response::json(400, errorBody(130429, "Rate limit hit"))
                         : Response::json(200, okBody(QStringLiteral("w%1").arg(n)));
    });
    SendOptions o = fastOptions();
    o.pacerEnabled = true;
    o.rate = 40;
    o.maxThrottledAttempts = 5;
    o.guardMs = 0;
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"), o);
    double slowest = 1000;
    connect(&runner, &CampaignRunner::progress, this, [&](const RunProgress &p) {
        if (p.pacerRate > 0)
            slowest = std::min(slowest, p.pacerRate);
    });
    const RunOutcome outcome = runToEnd(runner);
    QCOMPARE(outcome.status, QStringLiteral("sent"));
    QCOMPARE(count(db(), run, QStringLiteral("accepted")), 30);
    QCOMPARE(runner.lastProgress().throttled, 1);
    QVERIFY2(slowest <= 36.01, qPrintable(QString::number(slowest)));   // 40 less a tenth, not halved
    QVERIFY2(slowest >= 35.99, qPrintable(QString::number(slowest)));
}

void TestSendWorker::pacerKeepsTheRate()
{
    const qint64 run = createRun(db(), m_account.id, 41);
    QList<qint64> times;
    QElapsedTimer clock;
    clock.start();
    m_server->setHandler([&](const Request &) {
        times.append(clock.elapsed());
        return Response::json(200, okBody(QStringLiteral("w")));
    });
    SendOptions o = fastOptions();
    o.pacerEnabled = true;
    o.rate = 20;
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"), o);
    QCOMPARE(runToEnd(runner).status, QStringLiteral("sent"));
    QCOMPARE(times.size(), 41);
    const double rate = 40.0 * 1000 / double(times.last() - times.first());
    QVERIFY2(rate > 19.0 && rate <= 20.2, qPrintable(QString::number(rate)));
    // No second holds more than 20.
    for (int i = 20; i < times.size(); ++i)
        QVERIFY(times[i] - times[i - 20] >= 950);
}

void TestSendWorker::uncertainIsNeverResent()
{
    const qint64 run = createRun(db(), m_account.id, 2);
    int n = 0;
    m_server->setHandler([&](const Request &) {
        return ++n == 1 ? Response::hang() : Response::json(200, okBody(QStringLiteral("w%1").arg(n)));
    });
    {
        CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"), fastOptions());
        QCOMPARE(runToEnd(runner).status, QStringLiteral("sent"));
    }
    QCOMPARE(count(db(), run, QStringLiteral("uncertain")), 1);
    QCOMPARE(n, 2);
    CampaignRunner again(m_ws->workspace(), run, m_account, QStringLiteral("t"), fastOptions());
    const RunOutcome outcome = runToEnd(again);
    QCOMPARE(outcome.status, QStringLiteral("sent"));   // never "finished" while something is uncertain
    QCOMPARE(n, 2);
    QCOMPARE(outcome.counts.value(RecipientLedger::State::Uncertain), 1);
}

void TestSendWorker::claimedRowsOfADeadSenderBecomeUncertain()
{
    const qint64 run = createRun(db(), m_account.id, 3);
    RecipientLedger ledger(db());
    QString error;
    const auto claimed = ledger.claim(run, 1, QDateTime::currentMSecsSinceEpoch(), 0, &error);   // then "crash"
    QCOMPARE(claimed.size(), 1);
    QList<qint64> seen;
    m_server->setHandler([&](const Request &r) {
        seen.append(callbackId(r));
        return Response::json(200, okBody(QStringLiteral("w")));
    });
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"), fastOptions());
    const RunOutcome outcome = runToEnd(runner);
    QCOMPARE(outcome.status, QStringLiteral("sent"));
    QCOMPARE(row(claimed.first().id, "state").toString(), QStringLiteral("uncertain"));
    QVERIFY(!seen.contains(claimed.first().id));
    QCOMPARE(seen.size(), 2);
    QCOMPARE(runner.lastProgress().recovered, 1);
}

void TestSendWorker::pauseResumeStopWithinASecond()
{
    const qint64 run = createRun(db(), m_account.id, 400);
    QHash<qint64, int> seen;
    m_server->setHandler([&](const Request &r) {
        ++seen[callbackId(r)];
        return Response::json(200, okBody(QStringLiteral("w")));
    });
    SendOptions o = fastOptions();
    o.pacerEnabled = true;
    o.rate = 100;
    o.exitWhenPaused = false;
    auto runner = std::make_unique<CampaignRunner>(m_ws->workspace(), run, m_account, QStringLiteral("t"), o);
    QSignalSpy finished(runner.get(), &CampaignRunner::finished);
    runner->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests().size() >= 30, 5000);
    QElapsedTimer t;
    t.start();
    runner->pause();
    QTRY_COMPARE_WITH_TIMEOUT(runColumn(run, "status").toString(), QStringLiteral("paused"), 1000);
    QVERIFY(t.elapsed() < 1000);
    const qsizetype atPause = m_server->requests().size();
    QTest::qWait(400);
    QCOMPARE(m_server->requests().size(), atPause);   // nothing sent while paused
    QCOMPARE(count(db(), run, QStringLiteral("claimed")), 0);   // in-flight finished and recorded
    QCOMPARE(count(db(), run, QStringLiteral("accepted")), atPause);
    runner->resume();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests().size() > atPause + 10, 2000);
    t.restart();
    runner->stop();
    QVERIFY(finished.wait(1000));
    QVERIFY(t.elapsed() < 1000);
    QCOMPARE(finished.first().first().value<RunOutcome>().status, QStringLiteral("stopped"));
    QCOMPARE(runColumn(run, "status").toString(), QStringLiteral("stopped"));
    const qsizetype atStop = m_server->requests().size();
    QCOMPARE(count(db(), run, QStringLiteral("accepted")), atStop);
    QCOMPARE(count(db(), run, QStringLiteral("planned")), 400 - atStop);   // none lost, none half-done
    runner.reset();
    // Started again, it sends exactly the rest.
    CampaignRunner rest(m_ws->workspace(), run, m_account, QStringLiteral("t"), fastOptions());
    QCOMPARE(runToEnd(rest).status, QStringLiteral("sent"));
    QCOMPARE(count(db(), run, QStringLiteral("accepted")), 400);
    QCOMPARE(seen.size(), 400);
    for (int n : std::as_const(seen))
        QCOMPARE(n, 1);
}

void TestSendWorker::controlFromAnotherProcess()
{
    const qint64 run = createRun(db(), m_account.id, 300);
    m_server->setHandler([&](const Request &) { return Response::json(200, okBody(QStringLiteral("w"))); });
    SendOptions o = fastOptions();
    o.pacerEnabled = true;
    o.rate = 100;
    o.exitWhenPaused = false;
    o.controlPollMs = 200;
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"), o);
    QSignalSpy finished(&runner, &CampaignRunner::finished);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests().size() >= 10, 5000);
    // Another process writes the request through its own connection.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gui"));
    other.setDatabaseName(m_ws->workspace().path());
    QVERIFY(other.open());
    auto remoteLedger = std::make_unique<RecipientLedger>(other);
    RecipientLedger &remote = *remoteLedger;
    QString error;
    QVERIFY(remote.requestControl(run, QStringLiteral("pause"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(remote.runStatus(run, &error), QStringLiteral("paused"), 1000);
    QVERIFY(remote.requestControl(run, QStringLiteral("resume"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(remote.runStatus(run, &error), QStringLiteral("running"), 1000);
    QVERIFY(remote.requestControl(run, QStringLiteral("stop"), &error));
    QVERIFY(finished.wait(1000));
    QCOMPARE(remote.runStatus(run, &error), QStringLiteral("stopped"));
    remoteLedger.reset();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("gui"));
}

void TestSendWorker::tierBudgetHoldsTheRest()
{
    // 245 unique recipients of this account were messaged an hour ago by another run: 5 left of TIER_250.
    Account account = createAccount(db(), m_server->baseUrl().toString(), QStringLiteral("TIER_250"));
    const qint64 earlier = createRun(db(), account.id, 245, 1000);
    value(db(), QStringLiteral("UPDATE recipients SET state = 'accepted', claimed_at = ? WHERE run_id = ?"),
          {QDateTime::currentMSecsSinceEpoch() - 3600 * 1000, earlier});
    QString error;
    Headroom h = CampaignRunner::headroom(m_ws->workspace(), account, &error);
    QVERIFY(h.tierKnown);
    QCOMPARE(h.limit, 250);
    QCOMPARE(h.remaining(), 5);
    QVERIFY(h.describe().contains(QStringLiteral("5 of 250")));

    const qint64 run = createRun(db(), account.id, 10);
    m_server->setHandler([&](const Request &) { return Response::json(200, okBody(QStringLiteral("w"))); });
    CampaignRunner runner(m_ws->workspace(), run, account, QStringLiteral("t"), fastOptions());
    const RunOutcome outcome = runToEnd(runner);
    // Over the limit nobody is skipped: the rest waits in the ledger, not attempted, until the oldest of the 250
    // leaves the 24-hour window, and the run says so (issue 10 §5).
    QCOMPARE(outcome.status, QStringLiteral("waiting_daily_limit"));
    QVERIFY(outcome.waiting() && outcome.ok());
    QVERIFY2(outcome.reason.contains(QStringLiteral("next send becomes possible")), qPrintable(outcome.reason));
    QCOMPARE(m_server->requests().size(), 5);
    QCOMPARE(count(db(), run, QStringLiteral("accepted")), 5);
    QCOMPARE(count(db(), run, QStringLiteral("planned")), 5);
    QCOMPARE(count(db(), run, QStringLiteral("skipped")), 0);
    QCOMPARE(value(db(), QStringLiteral("SELECT min(next_attempt_at) FROM recipients WHERE run_id = ? AND state = 'planned'"),
                   {run})
                 .toLongLong(),
             value(db(), QStringLiteral("SELECT min(claimed_at) FROM recipients WHERE run_id = ?"), {earlier}).toLongLong()
                 + Headroom::kWindowMs + 1);
    QCOMPARE(runColumn(run, "status").toString(), QStringLiteral("waiting_daily_limit"));
    QCOMPARE(CampaignRunner::headroom(m_ws->workspace(), account, &error).remaining(), 0);
    QCOMPARE(runner.lastProgress().headroom.remaining(), 0);

    // Unknown tier: unlimited, but said so.
    account.messagingTier.clear();
    h = CampaignRunner::headroom(m_ws->workspace(), account, &error);
    QVERIFY(!h.tierKnown);
    QVERIFY(h.unlimited());
    QVERIFY(h.describe().contains(QStringLiteral("not known")));
    account.messagingTier = QStringLiteral("TIER_UNLIMITED");
    h = CampaignRunner::headroom(m_ws->workspace(), account, &error);
    QVERIFY(h.tierKnown && h.unlimited());
}

void TestSendWorker::guardSpacesOnePhoneAcrossRuns()
{
    // Two runs share one phone; the second run's message to it waits out the guard.
    const qint64 runA = createRun(db(), m_account.id, 1);
    const qint64 runB = createRun(db(), m_account.id, 1);
    QHash<QString, QList<qint64>> byPhone;
    QElapsedTimer clock;
    clock.start();
    m_server->setHandler([&](const Request &r) {
        byPhone[QJsonDocument::fromJson(r.body).object().value(QLatin1String("to")).toString()].append(clock.elapsed());
        return Response::json(200, okBody(QStringLiteral("w")));
    });
    SendOptions o = fastOptions();
    o.guardMs = 800;
    CampaignRunner a(m_ws->workspace(), runA, m_account, QStringLiteral("t"), o);
    QCOMPARE(runToEnd(a).status, QStringLiteral("sent"));
    CampaignRunner b(m_ws->workspace(), runB, m_account, QStringLiteral("t"), o);
    QCOMPARE(runToEnd(b).status, QStringLiteral("sent"));
    const QList<qint64> times = byPhone.value(phoneFor(0));
    QCOMPARE(times.size(), 2);
    QVERIFY2(times[1] - times[0] >= 790, qPrintable(QString::number(times[1] - times[0])));
}

void TestSendWorker::oneSenderPerRun()
{
    const qint64 run = createRun(db(), m_account.id, 3);
    m_server->setHandler([&](const Request &) { return Response::hang(); });
    SendOptions o = fastOptions();
    o.requestTimeoutMs = 1500;
    CampaignRunner first(m_ws->workspace(), run, m_account, QStringLiteral("t"), o);
    QSignalSpy firstDone(&first, &CampaignRunner::finished);
    first.start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 2000);
    CampaignRunner second(m_ws->workspace(), run, m_account, QStringLiteral("t"), o);
    const RunOutcome busy = runToEnd(second, 2000);
    QCOMPARE(busy.status, QStringLiteral("busy"));
    QVERIFY(busy.reason.contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(firstDone.wait(5000));
    // The lock is released at the end: a new sender may start.
    CampaignRunner third(m_ws->workspace(), run, m_account, QStringLiteral("t"), o);
    QCOMPARE(runToEnd(third).status, QStringLiteral("sent"));
}

void TestSendWorker::progressIsThrottled()
{
    const qint64 run = createRun(db(), m_account.id, 2000);
    m_server->setHandler([&](const Request &) { return Response::json(200, okBody(QStringLiteral("w"))); });
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"), fastOptions());
    QSignalSpy progress(&runner, &CampaignRunner::progress);
    QElapsedTimer t;
    t.start();
    QCOMPARE(runToEnd(runner, 60000).status, QStringLiteral("sent"));
    const double seconds = double(t.elapsed()) / 1000;
    // ≤ 10 a second, plus the forced ones at state changes (start, end).
    QVERIFY2(progress.size() <= 10 * seconds + 5, qPrintable(QStringLiteral("%1 in %2 s").arg(progress.size()).arg(seconds)));
    const RunProgress last = progress.last().first().value<RunProgress>();
    QCOMPARE(last.counts.value(RecipientLedger::State::Accepted), 2000);
    QCOMPARE(last.status, QStringLiteral("sent"));
}

QTEST_GUILESS_MAIN(TestSendWorker)
#include "tst_sendworker.moc"

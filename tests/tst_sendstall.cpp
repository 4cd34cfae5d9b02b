// Issue 11 §3: a hung server must not stall a run. A loopback Graph server leaves 1 % of sends unanswered; the
// run must keep its paced rate (compared with a reference run without hangs in the same test), the hung sends
// become uncertain after SendOptions::requestTimeoutMs and are never sent again.
//
// HERALD_MEASURE_STALL=1 also runs the measurement for the issue: 5,000 recipients at the account's default rate
// (80/s), without hangs, with 1 % hung sends, and with 1 % hung sends under the old settings (one connection pool,
// 30 s timeout, hung requests counted in the window). It prints the figures and takes about seven minutes
// (run it with QTEST_FUNCTION_TIMEOUT=1200000).
#include "engine/send/campaignrunner.h"
#include "loopbackhttpserver.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using Response = LoopbackHttpServer::Response;
using Request = LoopbackHttpServer::Request;
using namespace SendFixture;

namespace {

QByteArray okBody(int n)
{
    return QStringLiteral(R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.%1"}]})").arg(n).toUtf8();
}

QString recipient(const Request &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QLatin1String("to")).toString();
}

struct Timing
{
    qint64 firstToLastMs = 0;   // first request received to the last one received
    qint64 maxGapMs = 0;        // longest wait between two requests received
    qint64 runMs = 0;           // start to finished
    RunOutcome outcome;
};

} // namespace

class TestSendStall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hungSendsDoNotStallThePacedRate();
    void measure();

private:
    // Sends `count` recipients at `rate`; every `hangEvery`-th request (0 = none) is never answered.
    Timing runWith(int count, int rate, int hangEvery, const SendOptions &base, QSet<QString> *hungPhones = nullptr);

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LoopbackHttpServer> m_server;
    Account m_account;
    int m_firstPhone = 0;
};

void TestSendStall::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_account = createAccount(m_ws->workspace().database(), m_server->baseUrl().toString());
}

void TestSendStall::cleanup()
{
    m_server.reset();
    m_ws.reset();
}

Timing TestSendStall::runWith(int count, int rate, int hangEvery, const SendOptions &base, QSet<QString> *hungPhones)
{
    const qint64 run = createRun(m_ws->workspace().database(), m_account.id, count, m_firstPhone);
    m_firstPhone += count;   // new phones: the 6 s pair guard never holds a row back
    QList<qint64> arrivals;
    QElapsedTimer clock;
    int n = 0;
    m_server->setHandler([&](const Request &r) {
        arrivals.append(clock.elapsed());
        if (hangEvery > 0 && ++n % hangEvery == hangEvery / 2) {
            if (hungPhones)
                hungPhones->insert(recipient(r));
            return Response::hang();
        }
        return Response::json(200, okBody(n));
    });
    SendOptions o = base;
    o.rate = rate;
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("EAAtoken"), o);
    QSignalSpy finished(&runner, &CampaignRunner::finished);
    clock.start();
    runner.start();
    Timing t;
    if (!finished.wait(20 * 60 * 1000))
        return t;
    t.runMs = clock.elapsed();
    t.outcome = finished.first().first().value<RunOutcome>();
    if (!arrivals.isEmpty())
        t.firstToLastMs = arrivals.last() - arrivals.first();
    for (qsizetype i = 1; i < arrivals.size(); ++i)
        t.maxGapMs = std::max(t.maxGapMs, arrivals[i] - arrivals[i - 1]);
    m_server->setHandler({});
    return t;
}

void TestSendStall::hungSendsDoNotStallThePacedRate()
{
    // 800 sends at 100/s: 8 of them hang. With one connection pool (6 connections per host) and hung requests
    // holding their connection until a 30 s timeout, the 6th hang stops every request for 30 s.
    constexpr int kCount = 800;
    constexpr int kRate = 100;
    const SendOptions o;   // the default timeout (SendOptions::kSendTimeoutMs): the run ends when the last hung send
                           // times out, about ten seconds after the last request
    const Timing reference = runWith(kCount, kRate, 0, o);
    QCOMPARE(reference.outcome.status, QStringLiteral("sent"));
    QCOMPARE(m_server->requests().size(), kCount);

    QSet<QString> hung;
    const Timing stalled = runWith(kCount, kRate, 100, o, &hung);
    QCOMPARE(stalled.outcome.status, QStringLiteral("sent"));
    QCOMPARE(hung.size(), kCount / 100);
    qInfo("reference: %lld ms for %d sends (max gap %lld ms); with %lld hung: %lld ms (max gap %lld ms)",
          reference.firstToLastMs, kCount, reference.maxGapMs, qint64(hung.size()), stalled.firstToLastMs,
          stalled.maxGapMs);
    // The paced rate is held: every request went out within 10 % (plus a second of slack for a loaded machine)
    // of the time the run without hangs took, and the sender never paused for anything near a timeout.
    QVERIFY2(stalled.firstToLastMs <= reference.firstToLastMs * 11 / 10 + 1000,
             qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(stalled.firstToLastMs).arg(reference.firstToLastMs)));
    QVERIFY2(stalled.maxGapMs < 2000, qPrintable(QString::number(stalled.maxGapMs)));

    // Each hung send is uncertain (after the timeout) and was sent exactly once: the sender never resends it.
    const auto db = m_ws->workspace().database();
    QCOMPARE(stalled.outcome.counts.value(RecipientLedger::State::Uncertain), kCount / 100);
    QCOMPARE(stalled.outcome.counts.value(RecipientLedger::State::Accepted), kCount - kCount / 100);
    QCOMPARE(m_server->requests().size(), 2 * kCount);
    QHash<QString, int> times;
    for (const Request &r : m_server->requests())
        ++times[recipient(r)];
    for (const QString &phone : hung) {
        QCOMPARE(times.value(phone), 1);
        QCOMPARE(value(db, QStringLiteral("SELECT state FROM recipients WHERE phone = ?"), {phone}).toString(),
                 QStringLiteral("uncertain"));
    }
}

void TestSendStall::measure()
{
    if (qEnvironmentVariableIsEmpty("HERALD_MEASURE_STALL"))
        QSKIP("Set HERALD_MEASURE_STALL=1 to measure 5,000 sends at 80/s with 1 % hung (about six minutes).");
    constexpr int kCount = 5000;
    constexpr int kRate = 80;   // the account's default
    const SendOptions now;
    // The sender before issue 11: one QNetworkAccessManager (6 connections to the host), a 30 s timeout, hung
    // requests counted in the window. Its window was 24, but only 6 requests were on the wire at once.
    SendOptions old;
    old.requestTimeoutMs = 30000;
    old.maxInFlight = old.window = 6;
    old.stalledAfterMs = 24 * 3600 * 1000;
    const auto report = [](const char *name, const Timing &t) {
        qInfo("%-24s last request after %6.1f s, run ended after %6.1f s (%s), longest pause %5.1f s, "
              "%lld accepted, %lld uncertain",
              name, double(t.firstToLastMs) / 1000, double(t.runMs) / 1000, qPrintable(t.outcome.status),
              double(t.maxGapMs) / 1000, qint64(t.outcome.counts.value(RecipientLedger::State::Accepted)),
              qint64(t.outcome.counts.value(RecipientLedger::State::Uncertain)));
    };
    report("no hangs", runWith(kCount, kRate, 0, now));
    report("1 % hung", runWith(kCount, kRate, 100, now));
    report("1 % hung, old settings", runWith(kCount, kRate, 100, old));
}

QTEST_GUILESS_MAIN(TestSendStall)
#include "tst_sendstall.moc"

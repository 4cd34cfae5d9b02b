// Uncertain sends are resolved, not parked (issue 10 §3): the automatic rule the scheduler (agent, open GUI) applies
// every tick, with an injected clock. A quiet uncertain row is resent only when the account's feed has delivered a
// status for a message sent after it; with a silent feed it waits and the dashboard's sentence says why; a row
// whose status arrived is settled by it and never resent; an account with auto-resolve off is left to the operator.
#include "engine/sandbox/sandboxwebhooks.h"
#include "engine/scheduler/scheduler.h"
#include "models/accounts/account.h"
#include "models/ledger/ledger.h"
#include "models/ledger/uncertainresolver.h"
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace SendFixture;

namespace {

constexpr qint64 kMinute = 60 * 1000;
const qint64 kT0 = QDateTime::fromString(QStringLiteral("2026-06-01T08:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void automaticRuleResolvesOnlyWhatItShould();
    void operatorResolveHonoursQuietTime();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    // Row `i` of `run` (by id order) in `state`, its send attempt at `claimedAt`.
    void setRow(qint64 run, int i, const QString &state, qint64 claimedAt)
    {
        value(db(), QStringLiteral("UPDATE recipients SET state = ?, claimed_at = ?, attempts = 1, updated_at = ? "
                                   "WHERE id = ?"),
              {state, claimedAt, claimedAt, ids(db(), run).at(i)});
    }
    QString stateOf(qint64 run, int i)
    {
        return value(db(), QStringLiteral("SELECT state FROM recipients WHERE id = ?"), {ids(db(), run).at(i)})
            .toString();
    }
    Scheduler::Options options()
    {
        Scheduler::Options o;
        o.tickMs = 3600 * 1000;   // the test ticks itself
        o.clock = [this] { return m_clock; };
        o.startRuns = false;      // decide only; sending is tst_sendworker's
        return o;
    }

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_clock = 0;
};

void TestReconcile::init()
{
    m_ws = std::make_unique<TestWorkspace>();
}

void TestReconcile::cleanup()
{
    m_ws.reset();
}

void TestReconcile::automaticRuleResolvesOnlyWhatItShould()
{
    // Account A: the feed flows. Row 0 uncertain at t0; row 1, sent a minute later, got its delivery report;
    // row 2 uncertain at t0 + 30 s gets its own report (the status settles it); row 3 uncertain 25 minutes later.
    const Account a = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    const qint64 runA = createRun(db(), a.id, 4, 0);
    setRow(runA, 0, QStringLiteral("uncertain"), kT0);
    setRow(runA, 1, QStringLiteral("delivered"), kT0 + kMinute);
    setRow(runA, 2, QStringLiteral("uncertain"), kT0 + 30 * 1000);
    setRow(runA, 3, QStringLiteral("uncertain"), kT0 + 25 * kMinute);
    // Account B (another portfolio): the feed is silent — the later message is accepted but has no report.
    Account b = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    const qint64 runB = createRun(db(), b.id, 2, 100);
    setRow(runB, 0, QStringLiteral("uncertain"), kT0);
    setRow(runB, 1, QStringLiteral("accepted"), kT0 + kMinute);
    // Account C: flowing, but automatic resolution is switched off.
    Account c = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    c.autoResolve = false;
    QString error;
    QVERIFY2(AccountStore(db()).save(c, &error), qPrintable(error));
    QVERIFY(!AccountStore(db()).byId(c.id, &error)->autoResolve);
    const qint64 runC = createRun(db(), c.id, 2, 200);
    setRow(runC, 0, QStringLiteral("uncertain"), kT0);
    setRow(runC, 1, QStringLiteral("read"), kT0 + kMinute);
    for (qint64 run : {runA, runB, runC})
        QVERIFY(RecipientLedger(db()).setRunStatus(run, QStringLiteral("sent"), {}, std::nullopt, &error));

    // Row 2's delivery report arrives through the status feed, matched by its callback data.
    const qint64 row2 = ids(db(), runA).at(2);
    const QJsonObject status{{QStringLiteral("id"), QStringLiteral("wamid.row2")},
                             {QStringLiteral("status"), QStringLiteral("delivered")},
                             {QStringLiteral("timestamp"), QString::number((kT0 + 90 * 1000) / 1000)},
                             {QStringLiteral("recipient_id"), phoneFor(2).mid(1)},
                             {QStringLiteral("biz_opaque_callback_data"), RecipientLedger::callbackData(row2)}};
    WebhookApplier::FeedEvent event;
    event.cursor = 1;
    event.receivedAtMs = kT0 + 2 * kMinute;
    event.kind = QStringLiteral("whatsapp");
    event.payload = SandboxWebhooks::envelope(a.phoneNumberId, QJsonArray{status}, {}, {});
    QVERIFY2(WebhookApplier(db()).apply(a.id, {event}, QStringLiteral("http://127.0.0.1:9"), 1, &error),
             qPrintable(error));
    QCOMPARE(stateOf(runA, 2), QStringLiteral("delivered"));

    Scheduler scheduler(m_ws->workspace(), options());
    QSignalSpy decisions(&scheduler, &Scheduler::decision);
    // Ten minutes on: nothing is quiet for 30 minutes yet.
    m_clock = kT0 + 10 * kMinute;
    scheduler.tick();
    QCOMPARE(stateOf(runA, 0), QStringLiteral("uncertain"));
    QVERIFY(UncertainResolver::waitingReason(db(), runA, UncertainResolver::kDefaultQuietMs, m_clock, &error)
                .contains(QStringLiteral("less than 30 minutes")));

    // 31 minutes on: row 0 is quiet and a later message's report proves the feed flows → resent.
    m_clock = kT0 + 31 * kMinute;
    scheduler.tick();
    QCOMPARE(stateOf(runA, 0), QStringLiteral("planned"));
    QCOMPARE(value(db(), QStringLiteral("SELECT attempts FROM recipients WHERE id = ?"), {ids(db(), runA).at(0)}).toInt(),
             1);   // the try it made still counts
    QCOMPARE(stateOf(runA, 1), QStringLiteral("delivered"));
    QCOMPARE(stateOf(runA, 2), QStringLiteral("delivered"));   // settled by its status: never resent
    QCOMPARE(stateOf(runA, 3), QStringLiteral("uncertain"));   // quiet for only 6 minutes
    // The silent feed: B waits, and says why.
    QCOMPARE(stateOf(runB, 0), QStringLiteral("uncertain"));
    const QString whyB = UncertainResolver::waitingReason(db(), runB, UncertainResolver::kDefaultQuietMs, m_clock, &error);
    QVERIFY2(whyB.contains(QStringLiteral("no delivery reports have arrived since 2026-06-01 08:00 UTC")),
             qPrintable(whyB));
    // Switched off: the operator decides.
    QCOMPARE(stateOf(runC, 0), QStringLiteral("uncertain"));
    QVERIFY(UncertainResolver::waitingReason(db(), runC, UncertainResolver::kDefaultQuietMs, m_clock, &error)
                .contains(QStringLiteral("automatic resolution is off")));
    bool said = false;
    for (const QList<QVariant> &d : std::as_const(decisions))
        said = said || d.first().toString().contains(QStringLiteral("run %1 of campaign").arg(runA));
    QVERIFY(said);

    // B's feed starts flowing: a message sent after its uncertain one gets a report → resent on the next tick.
    setRow(runB, 1, QStringLiteral("sent"), kT0 + kMinute);
    m_clock += kMinute;
    scheduler.tick();
    QCOMPARE(stateOf(runB, 0), QStringLiteral("planned"));
    QCOMPARE(stateOf(runC, 0), QStringLiteral("uncertain"));
    // A stopped run is the operator's: never touched automatically.
    QVERIFY(RecipientLedger(db()).setRunStatus(runA, QStringLiteral("stopped"), {}, std::nullopt, &error));
    m_clock = kT0 + 3 * 60 * kMinute;
    scheduler.tick();
    QCOMPARE(stateOf(runA, 3), QStringLiteral("uncertain"));
}

void TestReconcile::operatorResolveHonoursQuietTime()
{
    const Account a = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    const qint64 run = createRun(db(), a.id, 4);
    setRow(run, 0, QStringLiteral("uncertain"), kT0);
    setRow(run, 1, QStringLiteral("uncertain"), kT0 + 50 * kMinute);
    setRow(run, 2, QStringLiteral("accepted"), kT0);
    QString error;
    // 30 quiet minutes at t0 + 60 min: row 0 only; no feed proof is needed for the operator's decision.
    auto r = UncertainResolver::resolve(db(), run, UncertainResolver::Action::MarkFailed, 30 * kMinute,
                                        kT0 + 60 * kMinute, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->resolved, 1);
    QCOMPARE(r->markedFailed, 1);
    QCOMPARE(r->resent, 0);
    QCOMPARE(r->stillUncertain, 1);
    QCOMPARE(stateOf(run, 0), QStringLiteral("failed"));
    // 0 quiet minutes: all now.
    r = UncertainResolver::resolve(db(), run, UncertainResolver::Action::Resend, 0, kT0 + 60 * kMinute, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->resent, 1);
    QCOMPARE(r->stillUncertain, 0);
    QCOMPARE(stateOf(run, 1), QStringLiteral("planned"));
    QCOMPARE(stateOf(run, 2), QStringLiteral("accepted"));
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"

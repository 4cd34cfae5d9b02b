// RecipientLedger: every transition of campaign-stats.md's state machine, forward-only, with timestamps.
#include "models/ledger/ledger.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QTest>

using State = RecipientLedger::State;
using namespace SendFixture;

class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stateNames();
    void callbackData();
    void claimCommitsBeforeReturning();
    void claimHonoursDueTimeAndOrder();
    void claimGuardsPhoneAcrossRuns();
    void claimSkipsContactsOptedOutSincePlanning();
    void accepted();
    void failed();
    void requeued();
    void uncertainAndOperatorDecisions();
    void skipped();
    void terminalStatesNeverChange();
    void recordAndClaimIsOneTransaction();
    void counts();
    void recoverClaimed();
    void runStatusAndControl();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    QString stateOf(qint64 id)
    {
        return value(db(), QStringLiteral("SELECT state FROM recipients WHERE id = ?"), {id}).toString();
    }
    QVariant column(qint64 id, const QString &name)
    {
        return value(db(), QStringLiteral("SELECT %1 FROM recipients WHERE id = ?").arg(name), {id});
    }

    std::unique_ptr<TestWorkspace> m_ws;
    Account m_account;
};

void TestLedger::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_account = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
}

void TestLedger::cleanup()
{
    m_ws.reset();
}

void TestLedger::stateNames()
{
    for (State s : {State::Planned, State::Claimed, State::Accepted, State::Sent, State::Delivered, State::Read,
                    State::Failed, State::Uncertain, State::Skipped})
        QCOMPARE(RecipientLedger::stateFromName(RecipientLedger::stateName(s)), s);
    QCOMPARE(RecipientLedger::stateName(State::Uncertain), QStringLiteral("uncertain"));
    QVERIFY(!RecipientLedger::stateFromName(QStringLiteral("bogus")));
}

void TestLedger::callbackData()
{
    QCOMPARE(RecipientLedger::callbackData(1177), QStringLiteral("herald:r1177"));
    QCOMPARE(RecipientLedger::recipientFromCallbackData(QStringLiteral("herald:r1177")), 1177);
    QCOMPARE(RecipientLedger::recipientFromCallbackData(QStringLiteral("cmp42:row1177")), 0);
    QCOMPARE(RecipientLedger::recipientFromCallbackData(QStringLiteral("herald:rx")), 0);
}

void TestLedger::claimCommitsBeforeReturning()
{
    const qint64 run = createRun(db(), m_account.id, 5);
    RecipientLedger ledger(db());
    QString error;
    const qint64 now = 1'700'000'000'000;
    const auto claimed = ledger.claim(run, 3, now, 6000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(claimed.size(), 3);
    QCOMPARE(claimed.first().attempts, 1);
    QCOMPARE(claimed.first().phone, phoneFor(0));
    QCOMPARE(claimed.first().components, defaultComponents());
    // Another connection (another process) sees the claim at once: it was committed.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_ws->workspace().path());
        QVERIFY(other.open());
        QCOMPARE(count(other, run, QStringLiteral("claimed")), 3);
        QCOMPARE(value(other, QStringLiteral("SELECT claimed_at FROM recipients WHERE id = ?"), {claimed.first().id})
                     .toLongLong(),
                 now);
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QCOMPARE(ledger.plannedRemaining(run).valueOr(-1), 2);
}

void TestLedger::claimHonoursDueTimeAndOrder()
{
    const qint64 run = createRun(db(), m_account.id, 3);
    const QList<qint64> rows = ids(db(), run);
    value(db(), QStringLiteral("UPDATE recipients SET next_attempt_at = 5000 WHERE id = ?"), {rows.at(0)});
    RecipientLedger ledger(db());
    QString error;
    auto claimed = ledger.claim(run, 10, 1000, 0, &error);
    QCOMPARE(claimed.size(), 2);
    QCOMPARE(claimed.at(0).id, rows.at(1));
    QCOMPARE(ledger.nextDue(run).valueOr(-1), 5000);
    claimed = ledger.claim(run, 10, 5000, 0, &error);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.at(0).id, rows.at(0));
    QCOMPARE(ledger.nextDue(run).valueOr(-1), 0);
    QCOMPARE(ledger.plannedRemaining(run).valueOr(-1), 0);
}

void TestLedger::claimSkipsContactsOptedOutSincePlanning()
{
    const qint64 run = createRun(db(), m_account.id, 3);
    const QList<qint64> rows = ids(db(), run);
    // Link the rows to contacts; the second contact opts out after the run was planned.
    for (int i = 0; i < rows.size(); ++i) {
        value(db(), QStringLiteral("INSERT INTO contacts (phone, name, opt_in_at, opt_out_at, created_at, updated_at) "
                                   "SELECT phone, 'c', 1, ?, 1, 1 FROM recipients WHERE id = ?"),
              {i == 1 ? QVariant(2000) : QVariant(), rows.at(i)});
        value(db(), QStringLiteral("UPDATE recipients SET contact_id = (SELECT id FROM contacts WHERE phone = "
                                   "recipients.phone) WHERE id = ?"),
              {rows.at(i)});
    }
    RecipientLedger ledger(db());
    QString error;
    const auto claimed = ledger.claim(run, 10, 5000, 0, &error);
    QCOMPARE(claimed.size(), 2);
    QCOMPARE(stateOf(rows.at(1)), QStringLiteral("skipped"));
    QCOMPARE(column(rows.at(1), QStringLiteral("skip_reason")).toString(), QStringLiteral("opted out"));
    QCOMPARE(ledger.plannedRemaining(run).valueOr(-1), 0);
}

void TestLedger::claimGuardsPhoneAcrossRuns()
{
    const qint64 runA = createRun(db(), m_account.id, 1);
    const qint64 runB = createRun(db(), m_account.id, 2);   // same first phone as run A
    RecipientLedger ledger(db());
    QString error;
    const qint64 t0 = 1'700'000'000'000;
    QCOMPARE(ledger.claim(runA, 10, t0, 6000, &error).size(), 1);
    // 2 s later: the shared phone is held back until 6 s after A's claim; the other phone goes.
    auto claimed = ledger.claim(runB, 10, t0 + 2000, 6000, &error);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().phone, phoneFor(1));
    const qint64 held = ids(db(), runB).first();
    QCOMPARE(stateOf(held), QStringLiteral("planned"));
    QCOMPARE(column(held, QStringLiteral("next_attempt_at")).toLongLong(), t0 + 6000);
    QCOMPARE(ledger.claim(runB, 10, t0 + 5999, 6000, &error).size(), 0);
    claimed = ledger.claim(runB, 10, t0 + 6000, 6000, &error);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().id, held);
}

void TestLedger::accepted()
{
    const qint64 run = createRun(db(), m_account.id, 2);
    RecipientLedger ledger(db());
    QString error;
    const auto claimed = ledger.claim(run, 2, 1000, 0, &error);
    QVERIFY(ledger.markAccepted({{claimed.at(0).id, QStringLiteral("wamid.A"), false},
                                 {claimed.at(1).id, QStringLiteral("wamid.B"), true}},
                                2000, &error));
    QCOMPARE(stateOf(claimed.at(0).id), QStringLiteral("accepted"));
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("wamid")).toString(), QStringLiteral("wamid.A"));
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("accepted_at")).toLongLong(), 2000);
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("held")).toInt(), 0);
    QCOMPARE(column(claimed.at(1).id, QStringLiteral("held")).toInt(), 1);
}

void TestLedger::failed()
{
    const qint64 run = createRun(db(), m_account.id, 2);
    RecipientLedger ledger(db());
    QString error;
    const auto claimed = ledger.claim(run, 2, 1000, 0, &error);
    RecipientLedger::Failure noCode{claimed.at(1).id, 0, QStringLiteral("Connection refused"), {}, false};
    QVERIFY(ledger.markFailed({{claimed.at(0).id, 131026, QStringLiteral("Message undeliverable"),
                                QStringLiteral("not on WhatsApp"), true},
                               noCode},
                              3000, &error));
    QCOMPARE(stateOf(claimed.at(0).id), QStringLiteral("failed"));
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("error_code")).toInt(), 131026);
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("error_title")).toString(), QStringLiteral("Message undeliverable"));
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("error_details")).toString(), QStringLiteral("not on WhatsApp"));
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("failed_at")).toLongLong(), 3000);
    QVERIFY(column(claimed.at(1).id, QStringLiteral("error_code")).isNull());
}

void TestLedger::requeued()
{
    const qint64 run = createRun(db(), m_account.id, 2);
    RecipientLedger ledger(db());
    QString error;
    const auto claimed = ledger.claim(run, 2, 1000, 0, &error);
    QVERIFY(ledger.requeue({{claimed.at(0).id, 9000, true, false, QStringLiteral("pair rate")},
                            {claimed.at(1).id, 0, false, true, {}}},
                           &error));
    QCOMPARE(stateOf(claimed.at(0).id), QStringLiteral("planned"));
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("next_attempt_at")).toLongLong(), 9000);
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("backoff_count")).toInt(), 1);
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("note")).toString(), QStringLiteral("pair rate"));
    QCOMPARE(column(claimed.at(1).id, QStringLiteral("attempts")).toInt(), 0);   // refunded: never sent
    const auto again = ledger.claim(run, 2, 9000, 0, &error);
    QCOMPARE(again.size(), 2);
    const auto first = std::find_if(again.begin(), again.end(), [&](const auto &c) { return c.id == claimed.at(0).id; });
    QCOMPARE(first->attempts, 2);
    QCOMPARE(first->backoffCount, 1);
}

void TestLedger::uncertainAndOperatorDecisions()
{
    const qint64 run = createRun(db(), m_account.id, 2);
    RecipientLedger ledger(db());
    QString error;
    const auto claimed = ledger.claim(run, 2, 1000, 0, &error);
    QVERIFY(ledger.markUncertain({claimed.at(0).id, claimed.at(1).id}, 4000, &error));
    QCOMPARE(stateOf(claimed.at(0).id), QStringLiteral("uncertain"));
    QCOMPARE(column(claimed.at(0).id, QStringLiteral("uncertain_at")).toLongLong(), 4000);
    // Never claimed again by itself.
    QCOMPARE(ledger.claim(run, 10, 10'000, 0, &error).size(), 0);
    QVERIFY(ledger.resendUncertain({claimed.at(0).id}, &error));
    QCOMPARE(stateOf(claimed.at(0).id), QStringLiteral("planned"));
    QVERIFY(ledger.failUncertain({claimed.at(1).id}, 5000, &error));
    QCOMPARE(stateOf(claimed.at(1).id), QStringLiteral("failed"));
    QCOMPARE(column(claimed.at(1).id, QStringLiteral("failed_at")).toLongLong(), 5000);
}

void TestLedger::skipped()
{
    const qint64 run = createRun(db(), m_account.id, 4);
    const QList<qint64> rows = ids(db(), run);
    RecipientLedger ledger(db());
    QString error;
    QVERIFY(ledger.skip({rows.at(0)}, QStringLiteral("opted out"), 100, &error));
    QCOMPARE(stateOf(rows.at(0)), QStringLiteral("skipped"));
    QCOMPARE(column(rows.at(0), QStringLiteral("skip_reason")).toString(), QStringLiteral("opted out"));
    QCOMPARE(column(rows.at(0), QStringLiteral("skipped_at")).toLongLong(), 100);
    // skipRemaining leaves rows that were already tried (they keep their retries).
    const auto claimed = ledger.claim(run, 1, 200, 0, &error);
    QVERIFY(ledger.requeue({{claimed.first().id, 0, false, false, {}}}, &error));
    QCOMPARE(ledger.skipRemaining(run, QStringLiteral("over the daily messaging limit"), 300).valueOr(-1), 2);
    QCOMPARE(stateOf(claimed.first().id), QStringLiteral("planned"));
    QCOMPARE(count(db(), run, QStringLiteral("skipped")), 3);
}

void TestLedger::terminalStatesNeverChange()
{
    const qint64 run = createRun(db(), m_account.id, 3);
    RecipientLedger ledger(db());
    QString error;
    const auto c = ledger.claim(run, 3, 1000, 0, &error);
    QVERIFY(ledger.markAccepted({{c.at(0).id, QStringLiteral("wamid.A"), false}}, 1100, &error));
    QVERIFY(ledger.markFailed({{c.at(1).id, 131026, QStringLiteral("x"), {}, true}}, 1100, &error));
    QVERIFY(ledger.skip({c.at(2).id}, QStringLiteral("no"), 1100, &error));   // claimed: not skippable
    QCOMPARE(stateOf(c.at(2).id), QStringLiteral("claimed"));
    // Every later write from the sender is a no-op on accepted and failed rows.
    for (qint64 id : {c.at(0).id, c.at(1).id}) {
        const QString before = stateOf(id);
        QVERIFY(ledger.markFailed({{id, 2, QStringLiteral("late"), {}, true}}, 2000, &error));
        QVERIFY(ledger.markUncertain({id}, 2000, &error));
        QVERIFY(ledger.requeue({{id, 0, false, false, {}}}, &error));
        QVERIFY(ledger.skip({id}, QStringLiteral("late"), 2000, &error));
        QVERIFY(ledger.resendUncertain({id}, &error));
        QVERIFY(ledger.failUncertain({id}, 2000, &error));
        QCOMPARE(stateOf(id), before);
    }
    QVERIFY(ledger.markAccepted({{c.at(1).id, QStringLiteral("wamid.late"), false}}, 2000, &error));
    QCOMPARE(stateOf(c.at(1).id), QStringLiteral("failed"));
    QCOMPARE(column(c.at(0).id, QStringLiteral("wamid")).toString(), QStringLiteral("wamid.A"));
    QCOMPARE(column(c.at(1).id, QStringLiteral("error_code")).toInt(), 131026);
    // A status-feed state (sent) is beyond the sender's reach too.
    value(db(), QStringLiteral("UPDATE recipients SET state = 'sent' WHERE id = ?"), {c.at(0).id});
    QVERIFY(ledger.markAccepted({{c.at(0).id, QStringLiteral("wamid.B"), false}}, 3000, &error));
    QCOMPARE(stateOf(c.at(0).id), QStringLiteral("sent"));
    QCOMPARE(ledger.recoverClaimed(run, 3000).valueOr(-1), 1);   // only the one still claimed
    QCOMPARE(stateOf(c.at(0).id), QStringLiteral("sent"));
}

void TestLedger::recordAndClaimIsOneTransaction()
{
    const qint64 run = createRun(db(), m_account.id, 4);
    RecipientLedger ledger(db());
    QString error;
    const auto first = ledger.claim(run, 2, 1000, 0, &error);
    RecipientLedger::Outcomes o;
    o.accepted.append({first.at(0).id, QStringLiteral("wamid.1"), false});
    o.uncertain.append(first.at(1).id);
    const auto next = ledger.recordAndClaim(o, run, 5, 2000, 0, &error);
    QVERIFY(next);
    QCOMPARE(next->size(), 2);
    QCOMPARE(stateOf(first.at(0).id), QStringLiteral("accepted"));
    QCOMPARE(stateOf(first.at(1).id), QStringLiteral("uncertain"));
    // A failing statement rolls the outcomes back with it.
    value(db(), QStringLiteral("CREATE TRIGGER boom BEFORE UPDATE OF state ON recipients WHEN NEW.state = 'claimed' "
                               "BEGIN SELECT RAISE(ABORT, 'boom'); END"));
    value(db(), QStringLiteral("UPDATE recipients SET state = 'planned', attempts = 0 WHERE id = ?"), {next->at(0).id});
    RecipientLedger::Outcomes o2;
    o2.accepted.append({next->at(1).id, QStringLiteral("wamid.2"), false});
    QVERIFY(!ledger.recordAndClaim(o2, run, 5, 3000, 0, &error));
    QVERIFY(error.contains(QStringLiteral("boom")));
    QCOMPARE(stateOf(next->at(1).id), QStringLiteral("claimed"));
}

void TestLedger::counts()
{
    const qint64 run = createRun(db(), m_account.id, 6);
    RecipientLedger ledger(db());
    QString error;
    const auto c = ledger.claim(run, 4, 1000, 0, &error);
    QVERIFY(ledger.markAccepted({{c.at(0).id, QStringLiteral("w"), false}}, 1000, &error));
    QVERIFY(ledger.markFailed({{c.at(1).id, 131026, {}, {}, true}}, 1000, &error));
    QVERIFY(ledger.markUncertain({c.at(2).id}, 1000, &error));
    QVERIFY(ledger.skip({ids(db(), run).last()}, QStringLiteral("x"), 1000, &error));
    const auto counts = ledger.counts(run, &error);
    QVERIFY(counts);
    QCOMPARE(counts->total, 6);
    QCOMPARE(counts->value(State::Planned), 1);
    QCOMPARE(counts->value(State::Claimed), 1);
    QCOMPARE(counts->value(State::Accepted), 1);
    QCOMPARE(counts->value(State::Failed), 1);
    QCOMPARE(counts->value(State::Uncertain), 1);
    QCOMPARE(counts->value(State::Skipped), 1);
    QCOMPARE(counts->pending(), 3);   // claimed + accepted + uncertain
}

void TestLedger::recoverClaimed()
{
    const qint64 run = createRun(db(), m_account.id, 3);
    const qint64 otherRun = createRun(db(), m_account.id, 1, 100);
    RecipientLedger ledger(db());
    QString error;
    const auto c = ledger.claim(run, 2, 1000, 0, &error);
    ledger.claim(otherRun, 1, 1000, 0, &error);
    QCOMPARE(ledger.recoverClaimed(run, 7000).valueOr(-1), 2);
    QCOMPARE(stateOf(c.at(0).id), QStringLiteral("uncertain"));
    QCOMPARE(column(c.at(0).id, QStringLiteral("uncertain_at")).toLongLong(), 7000);
    QVERIFY(!column(c.at(0).id, QStringLiteral("note")).toString().isEmpty());
    QCOMPARE(count(db(), run, QStringLiteral("planned")), 1);
    QCOMPARE(count(db(), otherRun, QStringLiteral("claimed")), 1);
    QCOMPARE(ledger.recoverClaimed(run, 8000).valueOr(-1), 0);
}

void TestLedger::runStatusAndControl()
{
    const qint64 run = createRun(db(), m_account.id, 1);
    RecipientLedger ledger(db());
    QString error;
    QCOMPARE(ledger.runStatus(run, &error), QStringLiteral("planned"));
    QVERIFY(ledger.setRunStatus(run, QStringLiteral("running"), {}, std::nullopt, &error));
    QVERIFY(!value(db(), QStringLiteral("SELECT started_at FROM campaign_runs WHERE id = ?"), {run}).isNull());
    QVERIFY(ledger.setRunStatus(run, QStringLiteral("stopped"), QStringLiteral("token expired"), 190, &error));
    const auto info = ledger.runInfo(run, &error);
    QVERIFY(info);
    QCOMPARE(info->status, QStringLiteral("stopped"));
    QCOMPARE(info->stopReason, QStringLiteral("token expired"));
    QCOMPARE(info->stopCode, 190);
    QCOMPARE(info->templateName, QStringLiteral("diwali_offer_v2"));
    QCOMPARE(info->language, QStringLiteral("en_US"));
    QVERIFY(!ledger.setRunStatus(9999, QStringLiteral("running"), {}, std::nullopt, &error));

    QVERIFY(!ledger.requestControl(run, QStringLiteral("explode"), &error));
    QVERIFY(!error.isEmpty());
    // Written from "another process" (another connection), taken exactly once.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli"));
        other.setDatabaseName(m_ws->workspace().path());
        QVERIFY(other.open());
        QVERIFY(RecipientLedger(other).requestControl(run, QStringLiteral("pause"), &error));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli"));
    QCOMPARE(ledger.takeControlRequest(run, &error), QStringLiteral("pause"));
    QCOMPARE(ledger.takeControlRequest(run, &error), QString());
    QVERIFY(ledger.requestControl(run, QStringLiteral("stop"), &error));
    QCOMPARE(ledger.takeControlRequest(run, &error), QStringLiteral("stop"));
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"

// CampaignStore::planRetryRun (a linked run for the retryable failures, cooldowns, opt-outs) and
// CampaignStats::timeline (per hour since the start).
#include "models/campaigns/campaign.h"
#include "models/ledger/failurecatalogue.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QTest>

using namespace SendFixture;

class TestCampaignRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesWhileSending_data();
    void refusesWhileSending();
    void retriesOnlyWhatHelps();
    void cooldownOf131049();
    void nothingToRetry();
    void secondRetryLeavesRetriedOut();
    void cooldowns();
    void timeline();
    void timelineOfUnstartedRun();
    void runSummaries();
    void summaryCountsFollowEveryWrite();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    void update(const QString &sql, const QVariantList &binds = {});
    void fail(int index, const QVariant &code, qint64 failedAt);
    void setStatus(const QString &status)
    {
        update(QStringLiteral("UPDATE campaign_runs SET status = ? WHERE id = ?"), { status, m_run });
    }
    QStringList phonesOf(qint64 runId);

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_run = 0;
    QList<qint64> m_ids;
    qint64 m_now = 0;
    static constexpr qint64 kHour = 3'600'000;
};

void TestCampaignRetry::update(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    exec(q);
}

void TestCampaignRetry::fail(int index, const QVariant &code, qint64 failedAt)
{
    update(QStringLiteral("UPDATE recipients SET state = 'failed', error_code = ?, failed_at = ?, attempts = 1 "
                          "WHERE id = ?"),
        { code.isValid() ? code : QVariant(QMetaType(QMetaType::Int)), failedAt, m_ids.at(index) });
}

QStringList TestCampaignRetry::phonesOf(qint64 runId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT phone FROM recipients WHERE run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    exec(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestCampaignRetry::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_now = QDateTime::currentMSecsSinceEpoch();
    const Account a = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    m_run = createRun(db(), a.id, 9);
    // Recipient 8 is a US number (131049 is never retried to the US).
    update(QStringLiteral("UPDATE recipients SET phone = '+12125550123' WHERE id = (SELECT max(id) FROM recipients "
                          "WHERE run_id = ?)"),
        { m_run });
    m_ids = ids(db(), m_run);
    update(QStringLiteral("INSERT INTO contacts (phone, name, opt_in_at, created_at, updated_at) SELECT phone, "
                          "'c', 1, 1, 1 FROM recipients WHERE run_id = ?"),
        { m_run });
    update(QStringLiteral("UPDATE recipients SET contact_id = (SELECT c.id FROM contacts c WHERE c.phone = "
                          "recipients.phone)"));
    update(QStringLiteral("UPDATE recipients SET state = 'read', sent_at = ? WHERE run_id = ?"),
        { m_now - 30 * kHour, m_run });
    fail(0, 131049, m_now - 1 * kHour); // cooling down for 23 more hours
    fail(1, 131049, m_now - 25 * kHour); // may be retried
    fail(2, 131026, m_now - 25 * kHour); // never: not on WhatsApp
    fail(3, 131000, m_now - 1 * kHour); // transient: at once
    fail(4, {}, m_now - 1 * kHour); // network error without a code: at once
    fail(5, 131000, m_now - 1 * kHour); // but the contact opted out since
    update(QStringLiteral("UPDATE contacts SET opt_out_at = 5 WHERE phone = ?"), { phoneFor(5) });
    fail(6, 132001, m_now - 1 * kHour); // template missing: never
    fail(8, 131049, m_now - 48 * kHour); // US number: never
    // 7 stays read.
    update(QStringLiteral("UPDATE recipients SET components = '[\"frozen-1\"]' WHERE id = ?"), { m_ids.at(1) });
    setStatus(QStringLiteral("sent"));
}

void TestCampaignRetry::cleanup()
{
    m_ws.reset();
}

void TestCampaignRetry::refusesWhileSending_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("refused");
    QTest::newRow("planned") << QStringLiteral("planned") << true;
    QTest::newRow("running") << QStringLiteral("running") << true;
    QTest::newRow("paused") << QStringLiteral("paused") << true;
    QTest::newRow("waiting_daily_limit") << QStringLiteral("waiting_daily_limit") << true;   // still unfinished
    QTest::newRow("stopped") << QStringLiteral("stopped") << false;
    QTest::newRow("sent") << QStringLiteral("sent") << false;
    QTest::newRow("finished") << QStringLiteral("finished") << false;
}

void TestCampaignRetry::refusesWhileSending()
{
    QFETCH(QString, status);
    QFETCH(bool, refused);
    setStatus(status);
    QString error;
    const auto plan = CampaignStore(db()).planRetryRun(m_run, &error);
    QCOMPARE(!plan, refused);
    if (refused)
        QVERIFY2(error.contains(QStringLiteral("still sending")), qPrintable(error));
    QString missing;
    QVERIFY(!CampaignStore(db()).planRetryRun(987654, &missing));
    QVERIFY(!missing.isEmpty());
}

void TestCampaignRetry::retriesOnlyWhatHelps()
{
    QString error;
    const auto plan = CampaignStore(db()).planRetryRun(m_run, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->planned, 3); // 1, 3, 4
    QCOMPARE(plan->coolingDown, 1); // 0
    QCOMPARE(plan->notRetryable, 3); // 2, 6, 8
    QCOMPARE(plan->optedOut, 1); // 5
    QCOMPARE(plan->alreadyRetried, 0);
    QCOMPARE(phonesOf(plan->runId), QStringList({ phoneFor(1), phoneFor(3), phoneFor(4) }));
    // A linked retry run of the same campaign, planned, with the frozen components copied.
    QCOMPARE(value(db(), QStringLiteral("SELECT parent_run_id FROM campaign_runs WHERE id = ?"), { plan->runId })
                 .toLongLong(),
        m_run);
    QCOMPARE(value(db(), QStringLiteral("SELECT run_kind FROM campaign_runs WHERE id = ?"), { plan->runId }).toString(),
        QStringLiteral("retry"));
    QCOMPARE(value(db(), QStringLiteral("SELECT status FROM campaign_runs WHERE id = ?"), { plan->runId }).toString(),
        QStringLiteral("planned"));
    QCOMPARE(
        CampaignStats::campaignOfRun(db(), plan->runId).valueOr(-1), CampaignStats::campaignOfRun(db(), m_run).valueOr(-1));
    QCOMPARE(value(db(), QStringLiteral("SELECT components FROM recipients WHERE run_id = ? AND phone = ?"),
                 { plan->runId, phoneFor(1) })
                 .toString(),
        QStringLiteral("[\"frozen-1\"]"));
    QCOMPARE(count(db(), plan->runId, QStringLiteral("planned")), 3);
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = ? AND contact_id IS NULL"),
                 { plan->runId })
                 .toInt(),
        0);
    // The retry run is the campaign's newest, so Start on the Campaigns page continues it.
    QCOMPARE(CampaignStore(db()).latestRun(CampaignStats::campaignOfRun(db(), m_run).valueOr(-1), &error).value_or(-1), plan->runId);
    // While it waits to be sent, a second retry is refused.
    QString again;
    QVERIFY(!CampaignStore(db()).planRetryRun(m_run, &again));
    QVERIFY2(again.contains(QString::number(plan->runId)), qPrintable(again));
}

void TestCampaignRetry::cooldownOf131049()
{
    QString error;
    const auto plan = CampaignStore(db()).planRetryRun(m_run, &error);
    QVERIFY2(plan, qPrintable(error));
    // Recipient 0 failed an hour ago with 131049: retryable 24 h after failing, not before.
    const qint64 failedAt = m_now - 1 * kHour;
    QCOMPARE(plan->retryableAfter, failedAt + 24 * kHour);
    QVERIFY(!phonesOf(plan->runId).contains(phoneFor(0)));
    QVERIFY(phonesOf(plan->runId).contains(phoneFor(1))); // failed 25 h ago
    QCOMPARE(CampaignStore::retryCooldownMs(131049), 24 * kHour);
}

void TestCampaignRetry::nothingToRetry()
{
    // Only the non-retryable and cooling-down failures remain.
    update(QStringLiteral("UPDATE recipients SET state = 'read', error_code = NULL WHERE id IN (?, ?, ?)"),
        { m_ids.at(1), m_ids.at(3), m_ids.at(4) });
    QString error;
    QVERIFY(!CampaignStore(db()).planRetryRun(m_run, &error));
    QVERIFY2(error.contains(QStringLiteral("Nothing to retry")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("would fail again")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("must wait")), qPrintable(error));
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM campaign_runs")).toInt(), 1); // no empty run
}

void TestCampaignRetry::secondRetryLeavesRetriedOut()
{
    QString error;
    const auto first = CampaignStore(db()).planRetryRun(m_run, &error);
    QVERIFY2(first, qPrintable(error));
    update(QStringLiteral("UPDATE campaign_runs SET status = 'finished' WHERE id = ?"), { first->runId });
    // A day later recipient 0's cooldown is over; the ones retried already are not sent a third time.
    update(QStringLiteral("UPDATE recipients SET failed_at = ? WHERE id = ?"), { m_now - 25 * kHour, m_ids.at(0) });
    const auto second = CampaignStore(db()).planRetryRun(m_run, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->planned, 1);
    QCOMPARE(second->alreadyRetried, 3);
    QCOMPARE(phonesOf(second->runId), QStringList({ phoneFor(0) }));
}

void TestCampaignRetry::cooldowns()
{
    QCOMPARE(CampaignStore::retryCooldownMs(131000), 0);
    QCOMPARE(CampaignStore::retryCooldownMs(FailureCatalogue::kNetworkError), 0);
    QCOMPARE(CampaignStore::retryCooldownMs(132015), 3 * kHour);
    // Every code with a cooldown is one a retry may help.
    for (int code : FailureCatalogue::codes())
        if (CampaignStore::retryCooldownMs(code) > 0)
            QVERIFY(FailureCatalogue::lookup(code).retryHelps());
}

void TestCampaignRetry::timeline()
{
    const qint64 start = 1'700'000'000'000;
    update(QStringLiteral("UPDATE campaign_runs SET started_at = ? WHERE id = ?"), { start, m_run });
    update(
        QStringLiteral("UPDATE recipients SET state = 'planned', sent_at = NULL, delivered_at = NULL, read_at = NULL, "
                       "replied_at = NULL, failed_at = NULL WHERE run_id = ?"),
        { m_run });
    const auto set = [&](int i, const char *column, qint64 at) {
        update(QStringLiteral("UPDATE recipients SET %1 = ? WHERE id = ?").arg(QLatin1String(column)),
            { at, m_ids.at(i) });
    };
    set(0, "sent_at", start - 400); // a second-precision webhook time just before the start: hour 0
    set(1, "sent_at", start + 10 * 60'000);
    set(2, "sent_at", start + 70 * 60'000); // hour 1
    set(0, "delivered_at", start + 20 * 60'000);
    set(1, "delivered_at", start + 65 * 60'000);
    set(1, "read_at", start + 66 * 60'000);
    set(1, "replied_at", start + 4 * kHour + 1); // hour 4
    QString error;
    const auto t = CampaignStats::timeline(db(), m_run, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->start, start);
    // Issue 18: the buckets fit the run — four hours in 5-minute buckets (at most 60 points), no longer hours.
    QCOMPARE(t->bucketMs, CampaignStats::bucketMsFor(4 * kHour + 1));
    QCOMPARE(t->bucketMs, 5 * 60'000);
    const auto at = [&](qint64 ms) { return t->hours.at(qMax<qint64>(0, (ms - start) / t->bucketMs)); };
    QCOMPARE(t->hours.size(), 4 * 12 + 1);
    QCOMPARE(t->hours.at(0).hourStart, start);
    QCOMPARE(t->hours.last().hourStart, start + 48 * t->bucketMs);
    QCOMPARE(t->hours.at(0).sent, 1);   // the second-precision time just before the start counts in bucket 0
    QCOMPARE(at(start + 10 * 60'000).sent, 1);
    QCOMPARE(at(start + 70 * 60'000).sent, 1);
    QCOMPARE(at(start + 20 * 60'000).delivered, 1);
    QCOMPARE(at(start + 65 * 60'000).delivered, 1);
    QCOMPARE(at(start + 66 * 60'000).read, 1);
    QCOMPARE(at(start + 4 * kHour + 1).replied, 1);
    const auto &quiet = at(start + 2 * kHour);
    QCOMPARE(quiet.sent + quiet.delivered + quiet.read + quiet.replied, 0);
    qint64 sent = 0;
    for (const auto &b : t->hours)
        sent += b.sent;
    QCOMPARE(sent, 3);
}

void TestCampaignRetry::timelineOfUnstartedRun()
{
    const Account a = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    const qint64 run = createRun(db(), a.id, 3, 500);
    QString error;
    const auto t = CampaignStats::timeline(db(), run, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->start, 0);
    QVERIFY(t->hours.isEmpty());
}

void TestCampaignRetry::runSummaries()
{
    QString error;
    const auto plan = CampaignStore(db()).planRetryRun(m_run, &error);
    QVERIFY2(plan, qPrintable(error));
    const qint64 campaign = CampaignStats::campaignOfRun(db(), m_run).valueOr(-1);
    const auto runs = CampaignStats::runs(db(), campaign, &error);
    QVERIFY2(runs, qPrintable(error));
    QCOMPARE(runs->size(), 2);
    QCOMPARE(runs->at(0).id, plan->runId); // newest first
    QCOMPARE(runs->at(0).kind, QStringLiteral("retry"));
    QCOMPARE(runs->at(0).parentRunId, m_run);
    QCOMPARE(runs->at(0).recipients, 3);
    QCOMPARE(runs->at(1).id, m_run);
    QCOMPARE(runs->at(1).status, QStringLiteral("sent"));
    QCOMPARE(runs->at(1).recipients, 9);
    QVERIFY(CampaignStats::runSummary(db(), m_run, &error));
    QVERIFY(!CampaignStats::runSummary(db(), 424242, &error));
}

// run_stat_counts (kept by triggers) must always give what counting the rows gives: after inserts, state and
// code changes, replies, deletes and a deleted run; and a workspace without the table still gets its counts.
void TestCampaignRetry::summaryCountsFollowEveryWrite()
{
    const auto check = [this](qint64 runId) {
        QString error;
        const auto c = CampaignStats::compute(db(), runId, &error);
        QVERIFY2(c, qPrintable(error));
        for (const QString &name : CampaignStats::statNames()) {
            const auto stat = *CampaignStats::statFromName(name);
            const auto rows = CampaignStats::recipients(db(), runId, stat, std::nullopt, &error);
            QVERIFY2(rows, qPrintable(error));
            QVERIFY2(c->value(stat) == rows->size(), qPrintable(name));
        }
        qint64 reasons = 0;
        for (const CampaignStats::Reason &r : c->failureReasons)
            reasons += r.count;
        QCOMPARE(reasons, c->failed);
    };
    check(m_run);
    update(QStringLiteral("UPDATE recipients SET replied_at = 5 WHERE id IN (?, ?)"), { m_ids.at(7), m_ids.at(3) });
    update(QStringLiteral("UPDATE recipients SET error_code = 131026 WHERE id = ?"), { m_ids.at(4) });
    update(
        QStringLiteral("UPDATE recipients SET state = 'uncertain', error_code = NULL WHERE id = ?"), { m_ids.at(6) });
    update(QStringLiteral("UPDATE recipients SET updated_at = 9 WHERE run_id = ?"), { m_run }); // no stat column
    check(m_run);
    update(QStringLiteral("DELETE FROM recipients WHERE id = ?"), { m_ids.at(2) });
    QString error;
    const auto plan = CampaignStore(db()).planRetryRun(m_run, &error); // inserts
    QVERIFY2(plan, qPrintable(error));
    check(m_run);
    check(plan->runId);
    QCOMPARE(CampaignStats::compute(db(), plan->runId, &error)->value(CampaignStats::Stat::Attempted), 0);
    update(QStringLiteral("DELETE FROM campaign_runs WHERE id = ?"), { plan->runId });
    QCOMPARE(
        value(db(), QStringLiteral("SELECT count(*) FROM run_stat_counts WHERE run_id = ?"), { plan->runId }).toInt(),
        0);
    // An older version-6 workspace without the table: the counts come from the rows.
    update(QStringLiteral("DROP TRIGGER recipients_stats_insert"));
    update(QStringLiteral("DROP TRIGGER recipients_stats_update"));
    update(QStringLiteral("DROP TRIGGER recipients_stats_delete"));
    update(QStringLiteral("DROP TRIGGER campaign_runs_stats_delete"));
    update(QStringLiteral("DROP TABLE run_stat_counts"));
    check(m_run);
    const auto runs = CampaignStats::runs(db(), CampaignStats::campaignOfRun(db(), m_run).valueOr(-1), &error);
    QVERIFY2(runs, qPrintable(error));
    QCOMPARE(runs->first().recipients, 8);
}

QTEST_GUILESS_MAIN(TestCampaignRetry)
#include "tst_campaignretry.moc"

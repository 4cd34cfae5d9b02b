// The statistics are defined once in SQL (CampaignStats::condition) and once in C++ (CampaignStats::includes,
// fromLedger): both must count the same rows, on a ledger with every combination of state, reply and error code.
#include "models/ledger/ledger.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QSet>
#include <QTest>

using namespace SendFixture;
using Stat = CampaignStats::Stat;
using State = RecipientLedger::State;

Q_DECLARE_METATYPE(Stat)

namespace {

constexpr State kStates[] = {State::Planned, State::Claimed, State::Accepted, State::Sent, State::Delivered,
                             State::Read,    State::Failed,  State::Uncertain, State::Skipped};
const std::optional<int> kCodes[] = {std::nullopt, 131026, 131049};

} // namespace

class TestCampaignStatsDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sqlAndCppCountTheSameRows_data();
    void sqlAndCppCountTheSameRows();
    void ledgerCountsGiveTheSqlCounts();
    void ledgerCountsWithoutTheSummaryTable();
    void identitiesHold();
    void aReplySettlesPending();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    void checkLedgerAgainstSql();

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_run = 0;
    QHash<qint64, CampaignStats::RowFacts> m_facts;   // every row of the run, by id
};

// Every combination of state × replied × error code, combination i with (i % 3) + 1 rows so that counts of
// different combinations never coincide by accident.
void TestCampaignStatsDefinition::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QList<CampaignStats::RowFacts> rows;
    int combination = 0;
    for (State state : kStates)
        for (bool replied : {false, true})
            for (const std::optional<int> &code : kCodes) {
                for (int k = 0; k <= combination % 3; ++k)
                    rows.append({state, replied, code});
                ++combination;
            }
    const Account a = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    m_run = createRun(db(), a.id, int(rows.size()));
    const QList<qint64> ids = SendFixture::ids(db(), m_run);
    QCOMPARE(ids.size(), rows.size());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE recipients SET state = ?, replied_at = ?, error_code = ? WHERE id = ?"));
    for (int i = 0; i < rows.size(); ++i) {
        const CampaignStats::RowFacts &f = rows.at(i);
        q.addBindValue(RecipientLedger::stateName(f.state));
        q.addBindValue(f.replied ? QVariant(qint64(1'700'000'000'000)) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(f.errorCode ? QVariant(*f.errorCode) : QVariant(QMetaType(QMetaType::Int)));
        q.addBindValue(ids.at(i));
        exec(q);
        m_facts.insert(ids.at(i), f);
    }
}

void TestCampaignStatsDefinition::cleanup()
{
    m_facts.clear();
    m_ws.reset();
}

void TestCampaignStatsDefinition::sqlAndCppCountTheSameRows_data()
{
    QTest::addColumn<Stat>("stat");
    for (const QString &name : CampaignStats::statNames())
        QTest::newRow(qPrintable(name)) << *CampaignStats::statFromName(name);
}

void TestCampaignStatsDefinition::sqlAndCppCountTheSameRows()
{
    QFETCH(Stat, stat);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM recipients WHERE run_id = ? AND ") + CampaignStats::condition(stat));
    q.addBindValue(m_run);
    exec(q);
    QSet<qint64> bySql;
    while (q.next())
        bySql.insert(q.value(0).toLongLong());
    QSet<qint64> byCpp;
    for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it)
        if (CampaignStats::includes(stat, it.value()))
            byCpp.insert(it.key());
    // Each statistic takes some rows and leaves others, so a definition that took all or none would show.
    QVERIFY(!bySql.isEmpty());
    QVERIFY(bySql.size() < m_facts.size());
    QCOMPARE(byCpp, bySql);
}

void TestCampaignStatsDefinition::checkLedgerAgainstSql()
{
    QString error;
    const auto ledger = RecipientLedger(db()).counts(m_run, &error);
    QVERIFY2(ledger, qPrintable(error));
    QCOMPARE(ledger->total, qint64(m_facts.size()));
    const auto sql = CampaignStats::compute(db(), m_run, &error);
    QVERIFY2(sql, qPrintable(error));
    const CampaignStats::Counts cpp = CampaignStats::fromLedger(*ledger);
    for (const QString &name : CampaignStats::statNames()) {
        const Stat stat = *CampaignStats::statFromName(name);
        QVERIFY2(sql->value(stat) > 0, qPrintable(name));
        QCOMPARE(cpp.value(stat), sql->value(stat));
    }
    QVERIFY(sql->awaitingStatus > 0);
    QCOMPARE(cpp.awaitingStatus, sql->awaitingStatus);
    QCOMPARE(ledger->pending(), sql->pending);
}

void TestCampaignStatsDefinition::ledgerCountsGiveTheSqlCounts()
{
    checkLedgerAgainstSql();
}

// A workspace migrated before run_stat_counts existed: both sides count the recipient rows themselves.
void TestCampaignStatsDefinition::ledgerCountsWithoutTheSummaryTable()
{
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral("DROP TABLE run_stat_counts")), qPrintable(q.lastError().text()));
    checkLedgerAgainstSql();
}

// campaign-stats.md: Attempted = Sent + Failed + Pending; Read <= Delivered <= Sent; Unqualified <= Failed;
// Replied <= Delivered (replies of failed rows aside: a failure keeps its reply but is not delivered). A reply is
// only ever attributed to a message that was sent, so rows never attempted (planned, skipped) have none.
void TestCampaignStatsDefinition::identitiesHold()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM recipients WHERE state IN ('planned', 'skipped') "
                                  "AND replied_at IS NOT NULL")));
    QVERIFY(q.numRowsAffected() > 0);
    QString error;
    const auto ledger = RecipientLedger(db()).counts(m_run, &error);
    QVERIFY2(ledger, qPrintable(error));
    const CampaignStats::Counts c = CampaignStats::fromLedger(*ledger);
    QCOMPARE(c.attempted, c.sent + c.failed + c.pending);
    QVERIFY(c.read <= c.delivered);
    QVERIFY(c.delivered <= c.sent);
    QVERIFY(c.unqualified <= c.failed);
    QVERIFY(c.awaitingStatus <= c.pending);
    QCOMPARE(c.acceptedByProvider(), c.sent + c.awaitingStatus);
}

// The run is "sent" (still waiting) while Pending > 0, "finished" after: a reply proves delivery, so an accepted
// row that replied before its status report no longer keeps the run waiting.
void TestCampaignStatsDefinition::aReplySettlesPending()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM recipients WHERE state NOT IN ('accepted', 'read')")));
    QString error;
    RecipientLedger ledger(db());
    auto counts = ledger.counts(m_run, &error);
    QVERIFY2(counts, qPrintable(error));
    QVERIFY(counts->pending() > 0);
    QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET replied_at = 1700000000000 WHERE state = 'accepted'")));
    counts = ledger.counts(m_run, &error);
    QVERIFY2(counts, qPrintable(error));
    QVERIFY(counts->value(State::Accepted) > 0);
    QCOMPARE(counts->pending(), 0);
}

QTEST_GUILESS_MAIN(TestCampaignStatsDefinition)
#include "tst_campaignstatsdefinition.moc"

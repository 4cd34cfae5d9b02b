// The send policy (SendPlaybook::actionForCode) is a pure function of a code and the HTTP status, read from ONE
// per-code record in the failure catalogue; a retry run (CampaignStore::planRetryRun) reads the same record. This
// test pins the per-code decisions the sender has always made (issue 4's playbook), proves the catalogue holds a
// record for every code the policy names, and that the record's parts agree with each other.
#include "engine/send/sendplaybook.h"
#include "models/campaigns/campaign.h"
#include "models/ledger/failurecatalogue.h"

#include <QTest>
#include <algorithm>

using Action = SendPlaybook::Action;
using OnSend = FailureCatalogue::OnSend;
Q_DECLARE_METATYPE(SendPlaybook::Action)

namespace {

// The codes the sender treats specially (whatsapp-api.md §3 and §9), with what it does at HTTP 400.
const QList<std::pair<int, Action>> &namedCodes()
{
    static const QList<std::pair<int, Action>> codes = {
        // transient: backoff
        {1, Action::Retry}, {2, Action::Retry}, {131000, Action::Retry}, {131016, Action::Retry},
        {133004, Action::Retry}, {131057, Action::Retry},
        // throughput
        {130429, Action::Throttle}, {4, Action::Throttle}, {80007, Action::Throttle},
        // pair rate limit
        {131056, Action::PairBackoff},
        // template paused / disabled
        {132015, Action::PauseRun}, {132016, Action::PauseRun},
        // account level: stop the run
        {0, Action::StopRun}, {190, Action::StopRun}, {10, Action::StopRun}, {368, Action::StopRun},
        {131031, Action::StopRun}, {131042, Action::StopRun}, {131048, Action::StopRun}, {3, Action::StopRun},
        {33, Action::StopRun}, {131005, Action::StopRun}, {131037, Action::StopRun}, {131045, Action::StopRun},
        {133010, Action::StopRun}, {200, Action::StopRun}, {250, Action::StopRun}, {299, Action::StopRun},
        // permanent for the recipient
        {131026, Action::Fail}, {131050, Action::Fail}, {130472, Action::Fail}, {131049, Action::Fail},
        {132000, Action::Fail}, {132001, Action::Fail}, {132005, Action::Fail}, {132012, Action::Fail},
        {131008, Action::Fail}, {131009, Action::Fail}, {131047, Action::Fail}, {131021, Action::Fail},
        {100, Action::Fail}, {130497, Action::Fail},
    };
    return codes;
}

} // namespace

class TestSendPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionForCode_data();
    void actionForCode();
    void fiveHundredMakesFailuresTransient();
    void unknownCodes();
    void catalogueCoversEveryNamedCode();
    void recordsAgree();
    void retryRunReadsTheSameRecord();
    void networkErrorIsTransient();
};

void TestSendPolicy::actionForCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<SendPlaybook::Action>("expected");
    for (const auto &[code, action] : namedCodes())
        QTest::addRow("%d", code) << code << action;
}

void TestSendPolicy::actionForCode()
{
    QFETCH(int, code);
    QFETCH(SendPlaybook::Action, expected);
    QCOMPARE(SendPlaybook::actionName(SendPlaybook::actionForCode(code, 400)), SendPlaybook::actionName(expected));
}

void TestSendPolicy::fiveHundredMakesFailuresTransient()
{
    // A code whose record says "fail" that came with a 5xx is the server's trouble: retried. Other decisions keep.
    QCOMPARE(int(SendPlaybook::actionForCode(131026, 500)), int(Action::Retry));
    QCOMPARE(int(SendPlaybook::actionForCode(987654, 503)), int(Action::Retry));
    QCOMPARE(int(SendPlaybook::actionForCode(131045, 500)), int(Action::StopRun));
    QCOMPARE(int(SendPlaybook::actionForCode(130429, 500)), int(Action::Throttle));
    QCOMPARE(int(SendPlaybook::actionForCode(132016, 500)), int(Action::PauseRun));
}

void TestSendPolicy::unknownCodes()
{
    QVERIFY(!FailureCatalogue::contains(987654));
    QCOMPARE(int(SendPlaybook::actionForCode(987654, 400)), int(Action::Fail));
    const FailureCatalogue::Policy p = FailureCatalogue::policy(987654);
    QVERIFY(!p.known);
    QCOMPARE(int(p.onSend), int(OnSend::Fail));
    QVERIFY(!p.retryHelps());
    QCOMPARE(p.cooldownMs, 0);
}

void TestSendPolicy::catalogueCoversEveryNamedCode()
{
    // Every code the policy treats specially has a record (so its group, texts and retry advice exist too).
    for (const auto &[code, action] : namedCodes()) {
        QVERIFY2(FailureCatalogue::contains(code), qPrintable(QString::number(code)));
        const FailureCatalogue::Entry e = FailureCatalogue::lookup(code);
        QVERIFY(e.known);
        QVERIFY2(!e.action.isEmpty(), qPrintable(QString::number(code)));
        QCOMPARE(int(e.policy.retry), int(e.retry));
        QCOMPARE(int(e.policy.group), int(e.group));
    }
    // …and every record with a decision other than "fail" is one of them (nothing decides outside this list).
    for (const int code : FailureCatalogue::codes()) {
        if (code == FailureCatalogue::kNetworkError || FailureCatalogue::policy(code).onSend == OnSend::Fail)
            continue;
        const bool named = std::any_of(namedCodes().cbegin(), namedCodes().cend(),
                                       [code](const auto &c) { return c.first == code; });
        QVERIFY2(named, qPrintable(QString::number(code)));
    }
}

void TestSendPolicy::recordsAgree()
{
    for (const int code : FailureCatalogue::codes()) {
        const FailureCatalogue::Policy p = FailureCatalogue::policy(code);
        const QByteArray what = QByteArray::number(code);
        QVERIFY2(p.known, what.constData());
        // What the sender retries by itself is something a retry helps with.
        if (p.onSend == OnSend::Backoff || p.onSend == OnSend::Throttle || p.onSend == OnSend::PairBackoff)
            QVERIFY2(p.retryHelps(), what.constData());
        // A run stops only for what no other recipient can get past: the account and its limits.
        if (p.onSend == OnSend::StopRun)
            QVERIFY2(p.group == FailureCatalogue::Group::Account || p.group == FailureCatalogue::Group::SpamLimits,
                     what.constData());
        if (p.onSend == OnSend::PauseRun)
            QCOMPARE(int(p.group), int(FailureCatalogue::Group::Template));
        // A cooldown only means something for a failure a retry helps with later.
        if (p.cooldownMs > 0)
            QVERIFY2(p.retry == FailureCatalogue::Retry::Later, what.constData());
        if (!p.noRetryRegion.isEmpty())
            QVERIFY2(p.retryHelps() && !p.retryHelpsFor(p.noRetryRegion), what.constData());
    }
}

void TestSendPolicy::retryRunReadsTheSameRecord()
{
    for (const int code : FailureCatalogue::codes())
        QCOMPARE(CampaignStore::retryCooldownMs(code), FailureCatalogue::policy(code).cooldownMs);
    const FailureCatalogue::Policy marketing = FailureCatalogue::policy(131049);
    QVERIFY(marketing.retryHelpsFor(QStringLiteral("IN")));
    QVERIFY(!marketing.retryHelpsFor(QStringLiteral("US")));
    QVERIFY(FailureCatalogue::policy(131000).retryHelpsFor(QStringLiteral("US")));
}

void TestSendPolicy::networkErrorIsTransient()
{
    // A request that never left is retried (bounded): SendPlaybook reads kNetworkError's record for it.
    SendOptions options;
    options.maxAttempts = 3;
    const SendPlaybook playbook(options);
    SendResult notSent;
    notSent.kind = SendResult::Kind::NotSent;
    notSent.title = QStringLiteral("Connection refused");
    QCOMPARE(int(FailureCatalogue::policy(FailureCatalogue::kNetworkError).onSend), int(OnSend::Backoff));
    QCOMPARE(int(playbook.decide(notSent, 1, 0).action), int(Action::Retry));
    QCOMPARE(int(playbook.decide(notSent, 3, 0).action), int(Action::Fail));
}

QTEST_GUILESS_MAIN(TestSendPolicy)
#include "tst_sendpolicy.moc"

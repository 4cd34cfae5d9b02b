// Several numbers, one portfolio (issue 18 §1), end to end against the built-in sandbox: a campaign spread over two
// sandbox numbers of one portfolio sends each recipient from its own number (a contact keeps the number it last
// talked to, new ones are spread by throughput), never over the portfolio's shared daily budget, also with two runs
// on two numbers racing; a quality drop webhook pauses the run with the reason and nothing more leaves; the phone-number
// endpoint and `herald-cli portfolio --json` report quality, tier and recipients.
#include "engine/cloudapi/accounttest.h"
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/sandbox/sandboxserver.h"
#include "engine/send/campaignrunner.h"
#include "engine/send/runservice.h"
#include "models/accounts/headroom.h"
#include "models/accounts/numberquality.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/campaignnumbers.h"
#include "models/campaigns/preflight.h"
#include "models/ledger/ledger.h"
#include "models/ledger/uncertainresolver.h"
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "sandboxcampaign.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using SendFixture::value;

class TestPortfolio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void numbersOfAnotherPortfolioAreRefused();
    void spreadOverTwoNumbersSharesOneBudget();
    void twoRunsRacingNeverOverspend();
    void qualityDropPausesTheRun();
    void templatePausedForQualityPausesTheRun();
    void uncertainRowsWaitForTheirOwnNumbersReports();
    void phoneNumberEndpointAndPortfolioJson();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    Account sandboxNumber(const QString &name, const QString &phoneNumberId, int rate, const QString &tier);
    // `count` opted-in contacts of batch `batch` (audience attr:batch=N); their phones in order.
    QStringList contacts(int batch, int count);
    qint64 campaign(int batch, const QList<qint64> &accountIds);
    // Runs the campaign through RunService until it ends (or pauses, with `untilPaused`).
    RunOutcome run(qint64 campaignId);
    // Rows a number has already talked to: a claimed row of an old campaign on `accountId` at `at`.
    qint64 pastSend(qint64 accountId, const QString &phone, qint64 at);
    qint64 claimedDistinct(qint64 since);
    QHash<QString, qint64> recordsByNumber(qint64 runId);

    std::unique_ptr<TestWorkspace> m_ws;
    Account m_a, m_b;
};

Account TestPortfolio::sandboxNumber(const QString &name, const QString &phoneNumberId, int rate, const QString &tier)
{
    Account a;
    a.name = name;
    a.kind = Account::Kind::Sandbox;
    a.phoneNumberId = phoneNumberId;
    a.wabaId = QStringLiteral("200000000000001");
    a.portfolioId = QStringLiteral("900100");
    a.messagingTier = tier;
    a.maxRate = rate;
    QString error;
    a.id = AccountStore(db()).save(a, &error);
    if (a.id == 0 || !SandboxCampaign::syncTemplates(db(), a.id, &error))
        qFatal("cannot create account %s: %s", qPrintable(name), qPrintable(error));
    return a;
}

void TestPortfolio::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QString error;
    QVERIFY2(SandboxEnvironment::ensureRunning(m_ws->workspace().path(), &error), qPrintable(error));
    SandboxServer::instance()->clearRecords();
    // A: 60 msg/s, B: 30 msg/s — new contacts go 2:1.
    m_a = sandboxNumber(QStringLiteral("north"), QStringLiteral("100000000000011"), 60, QStringLiteral("TIER_50"));
    m_b = sandboxNumber(QStringLiteral("south"), QStringLiteral("100000000000012"), 30, QStringLiteral("TIER_50"));
}

void TestPortfolio::cleanup()
{
    m_ws.reset();
}

QStringList TestPortfolio::contacts(int batch, int count)
{
    QList<Contact> list = SandboxCampaign::customers(count, QStringLiteral("+9197%1").arg(batch, 2, 10, QLatin1Char('0')), 5);
    QStringList phones;
    for (Contact &c : list) {
        c.attributes.insert(QStringLiteral("batch"), QString::number(batch));
        phones << c.phone;
    }
    QString error;
    if (SandboxCampaign::addOptedIn(db(), list, &error).isEmpty())
        qFatal("cannot add contacts: %s", qPrintable(error));
    return phones;
}

qint64 TestPortfolio::campaign(int batch, const QList<qint64> &accountIds)
{
    QString error;
    const qint64 id = SandboxCampaign::create(db(), accountIds.first(), QStringLiteral("Batch %1").arg(batch),
                                              QStringLiteral("appointment_reminder"),
                                              SandboxCampaign::appointmentReminderParams(), &error,
                                              QStringLiteral("attr:batch=%1").arg(batch));
    if (id <= 0)
        qFatal("cannot create the campaign: %s", qPrintable(error));
    auto c = CampaignStore(db()).byId(id, &error);
    c->accountIds = accountIds.size() > 1 ? accountIds : QList<qint64>{};
    if (!CampaignStore(db()).update(*c, &error))
        qFatal("cannot set the numbers: %s", qPrintable(error));
    return id;
}

RunOutcome TestPortfolio::run(qint64 campaignId)
{
    RunService service(m_ws->workspace(), campaignId);
    QSignalSpy finished(&service, &RunService::finished);
    QSignalSpy refused(&service, &RunService::refused);
    service.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !refused.isEmpty(); }, 60000))
        qFatal("the run did not end");
    if (!refused.isEmpty())
        qFatal("refused: %s", qPrintable(refused.first().first().value<RunService::Decision>().message));
    return finished.first().first().value<RunOutcome>();
}

qint64 TestPortfolio::pastSend(qint64 accountId, const QString &phone, qint64 at)
{
    const qint64 old = SendFixture::createRun(db(), accountId, 0);
    SendFixture::value(db(), QStringLiteral("UPDATE campaign_runs SET status = 'finished' WHERE id = ?"), {old});
    SendFixture::value(db(),
                       QStringLiteral("INSERT INTO recipients (run_id, phone, state, components, attempts, claimed_at, "
                                      "updated_at) VALUES (?, ?, 'delivered', '[]', 1, ?, ?) RETURNING id"),
                       {old, phone, at, at});
    return value(db(), QStringLiteral("SELECT max(id) FROM recipients WHERE run_id = ?"), {old}).toLongLong();
}

qint64 TestPortfolio::claimedDistinct(qint64 since)
{
    return value(db(), QStringLiteral("SELECT count(DISTINCT phone) FROM recipients WHERE claimed_at > ?"), {since})
        .toLongLong();
}

// Sandbox records of `runId` by the phone number id they were sent from; every record must be its row's number.
QHash<QString, qint64> TestPortfolio::recordsByNumber(qint64 runId)
{
    QHash<QString, qint64> byNumber;
    for (const SandboxRecord &r : SandboxServer::instance()->records()) {
        const qint64 row = RecipientLedger::recipientFromCallbackData(r.callbackData);
        if (value(db(), QStringLiteral("SELECT run_id FROM recipients WHERE id = ?"), {row}).toLongLong() != runId)
            continue;
        const QString expected = value(db(),
                                       QStringLiteral("SELECT a.phone_number_id FROM recipients r JOIN accounts a "
                                                      "ON a.id = r.account_id WHERE r.id = ?"),
                                       {row})
                                     .toString();
        if (expected != r.phoneNumberId)
            qFatal("row %lld was sent from %s, not from its number %s", row, qPrintable(r.phoneNumberId),
                   qPrintable(expected));
        ++byNumber[r.phoneNumberId];
    }
    return byNumber;
}

void TestPortfolio::numbersOfAnotherPortfolioAreRefused()
{
    contacts(1, 2);
    Account other = m_b;
    other.id = 0;
    other.name = QStringLiteral("elsewhere");
    other.phoneNumberId = QStringLiteral("100000000000019");
    other.portfolioId = QStringLiteral("900200");
    QString error;
    other.id = AccountStore(db()).save(other, &error);
    QVERIFY2(other.id > 0, qPrintable(error));
    QVERIFY(SandboxCampaign::syncTemplates(db(), other.id, &error));
    const qint64 id = campaign(1, {m_a.id});
    auto c = CampaignStore(db()).byId(id, &error);
    c->accountIds = {m_a.id, other.id};
    QVERIFY(!CampaignStore(db()).update(*c, &error));
    QVERIFY2(error.contains(QStringLiteral("elsewhere")) && error.contains(QStringLiteral("portfolio")), qPrintable(error));
    // A number of the portfolio without the template (templates belong to a WABA) is refused too.
    Account bare = m_b;
    bare.id = 0;
    bare.name = QStringLiteral("bare");
    bare.phoneNumberId = QStringLiteral("100000000000018");
    bare.id = AccountStore(db()).save(bare, &error);
    QVERIFY2(bare.id > 0, qPrintable(error));
    c->accountIds = {m_a.id, bare.id};
    error.clear();
    QVERIFY(!CampaignStore(db()).update(*c, &error));
    QVERIFY2(error.contains(QStringLiteral("bare")) && error.contains(QStringLiteral("appointment_reminder")),
             qPrintable(error));
    c->accountIds = {m_a.id, m_b.id};
    error.clear();
    QVERIFY2(CampaignStore(db()).update(*c, &error), qPrintable(error));
    QCOMPARE(CampaignStore(db()).byId(id, &error)->accountIds, (QList<qint64>{m_a.id, m_b.id}));

    // The same rules through herald-cli: --accounts A,B (or --account repeated), refused naming the account.
    const auto cli = [&](const QStringList &args, QByteArray *out) {
        QProcess p;
        p.start(QStringLiteral(HERALD_CLI_PATH), QStringList{QStringLiteral("--workspace"), m_ws->workspace().path()} + args);
        p.waitForFinished(30000);
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    QStringList create{QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Two"),
                       QStringLiteral("--template"), QStringLiteral("appointment_reminder"), QStringLiteral("--language"),
                       QStringLiteral("en_US"), QStringLiteral("--audience"), QStringLiteral("attr:batch=1")};
    for (const QString &param : SandboxCampaign::appointmentReminderParams())
        create << QStringLiteral("--param") << param;
    QByteArray out;
    QCOMPARE(cli(create + QStringList{QStringLiteral("--accounts"), QStringLiteral("north,elsewhere")}, &out), 1);
    QVERIFY2(out.contains("elsewhere"), out.constData());
    QCOMPARE(cli(create + QStringList{QStringLiteral("--account"), QStringLiteral("north"), QStringLiteral("--account"),
                                      QStringLiteral("south"), QStringLiteral("--json")},
                 &out),
             0);
    const qint64 created = QJsonDocument::fromJson(out).object().value(QLatin1String("id")).toInteger();
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("show"), QString::number(created), QStringLiteral("--json")}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("account_ids")).toArray(),
             (QJsonArray{m_a.id, m_b.id}));
}

void TestPortfolio::spreadOverTwoNumbersSharesOneBudget()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList phones = contacts(2, 60);
    // phones[0] was last sent from B (after A); phones[1] was last sent from A but then replied to B's message.
    pastSend(m_a.id, phones[0], now - 3 * 3600 * 1000);
    pastSend(m_b.id, phones[0], now - 2 * 3600 * 1000);
    const qint64 toB = pastSend(m_b.id, phones[1], now - 5 * 3600 * 1000);
    pastSend(m_a.id, phones[1], now - 2 * 3600 * 1000);
    SendFixture::value(db(),
                       QStringLiteral("INSERT INTO inbound_messages (wamid, phone, recipient_id, type, text, message_at, "
                                      "created_at) VALUES ('wamid.reply1', ?, ?, 'text', 'yes', ?, ?) RETURNING id"),
                       {phones[1], toB, now - 3600 * 1000, now});
    QCOMPARE(claimedDistinct(now - Headroom::kWindowMs), 2);

    const qint64 id = campaign(2, {m_a.id, m_b.id});
    {
        // Pre-flight's pace is both numbers' together, as the sender's lanes send.
        QString error;
        const auto c = CampaignStore(db()).byId(id, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(Preflight::check(db(), *c).rate, m_a.sendRate() + m_b.sendRate());
    }
    const RunOutcome outcome = run(id);
    QCOMPARE(outcome.status, QStringLiteral("waiting_daily_limit"));
    QString error;
    const qint64 runId = *CampaignStore(db()).latestRun(id, &error);

    // Every recipient got its number at planning: the two who talked to B stay on B; new ones 2:1 by throughput.
    const auto accountOf = [&](const QString &phone) {
        return value(db(), QStringLiteral("SELECT account_id FROM recipients WHERE run_id = ? AND phone = ?"),
                     {runId, phone})
            .toLongLong();
    };
    QCOMPARE(accountOf(phones[0]), m_b.id);
    QCOMPARE(accountOf(phones[1]), m_b.id);
    const qint64 newOnA = value(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = ? AND account_id = ? "
                                                     "AND phone NOT IN (?, ?)"),
                                {runId, m_a.id, phones[0], phones[1]})
                              .toLongLong();
    QCOMPARE(newOnA + value(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = ? AND account_id = ? "
                                                 "AND phone NOT IN (?, ?)"),
                            {runId, m_b.id, phones[0], phones[1]})
                          .toLongLong(),
             58);
    QVERIFY2(qAbs(newOnA - 2 * (58 - newOnA)) <= 2, qPrintable(QString::number(newOnA)));

    // The shared budget: exactly the limit of unique phones in 24 h over both numbers, never more.
    QCOMPARE(claimedDistinct(now - Headroom::kWindowMs), 50);
    const Headroom h = Headroom::compute(db(), m_b, QDateTime::currentMSecsSinceEpoch(), &error);
    QCOMPARE(h.remaining(), 0);
    // Each sent row went out from its own number, and both numbers sent their share.
    const QHash<QString, qint64> byNumber = recordsByNumber(runId);
    QVERIFY(byNumber.value(m_a.phoneNumberId) + byNumber.value(m_b.phoneNumberId)
            <= value(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = ? AND attempts > 0"), {runId})
                   .toLongLong());
    QVERIFY(byNumber.value(m_a.phoneNumberId) > byNumber.value(m_b.phoneNumberId));
    QVERIFY(byNumber.value(m_b.phoneNumberId) >= 2);
    for (const SandboxRecord &r : SandboxServer::instance()->records()) {
        if (r.to.endsWith(phones[0].mid(1)) || r.to.endsWith(phones[1].mid(1)))
            QCOMPARE(r.phoneNumberId, m_b.phoneNumberId);
    }
    // The rest waits, never tried, for the budget.
    QCOMPARE(SendFixture::count(db(), runId, QStringLiteral("planned")), 60 - 50);
}

void TestPortfolio::twoRunsRacingNeverOverspend()
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - Headroom::kWindowMs;
    contacts(3, 40);
    contacts(4, 40);
    // One campaign per number of the portfolio, sent at the same time: 80 recipients, one budget of 50.
    RunService first(m_ws->workspace(), campaign(3, {m_a.id}));
    RunService second(m_ws->workspace(), campaign(4, {m_b.id}));
    QSignalSpy firstDone(&first, &RunService::finished);
    QSignalSpy secondDone(&second, &RunService::finished);
    first.start();
    second.start();
    QTRY_VERIFY_WITH_TIMEOUT(firstDone.size() == 1 && secondDone.size() == 1, 60000);
    QCOMPARE(claimedDistinct(since), 50);
    QVERIFY(SandboxServer::instance()->recordCount() <= 50);
    QVERIFY(firstDone.first().first().value<RunOutcome>().waiting()
            || secondDone.first().first().value<RunOutcome>().waiting());
}

void TestPortfolio::qualityDropPausesTheRun()
{
    for (Account *a : {&m_a, &m_b}) {
        a->messagingTier = QStringLiteral("TIER_UNLIMITED");
        a->maxRate = 20;
        QString error;
        QVERIFY2(AccountStore(db()).save(*a, &error), qPrintable(error));
    }
    contacts(5, 200);
    const qint64 id = campaign(5, {m_a.id, m_b.id});
    RunService service(m_ws->workspace(), id);
    QSignalSpy progress(&service, &RunService::progress);
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(SandboxServer::instance()->recordCount() >= 10, 30000);
    QString error;
    const qint64 runId = *CampaignStore(db()).latestRun(id, &error);

    // Meta flags B (the webhook as the relay feed delivers it).
    WebhookApplier::FeedEvent e;
    e.cursor = 1;
    e.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    e.kind = QStringLiteral("whatsapp");
    const QJsonObject value{{QStringLiteral("display_phone_number"), QStringLiteral("15550100")},
                            {QStringLiteral("phone_number_id"), m_b.phoneNumberId},
                            {QStringLiteral("event"), QStringLiteral("FLAGGED")}};
    const QJsonObject change{{QStringLiteral("field"), QStringLiteral("phone_number_quality_update")},
                             {QStringLiteral("value"), value}};
    e.payload = QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                            {QStringLiteral("entry"), QJsonArray{QJsonObject{{QStringLiteral("id"), m_b.wabaId},
                                                                             {QStringLiteral("changes"), QJsonArray{change}}}}}};
    WebhookApplier applier(db());
    const auto counts = applier.apply(m_a.id, {e}, QStringLiteral("sandbox"), 1, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->qualityChanges, 1);
    QCOMPARE(AccountStore(db()).byId(m_b.id, &error)->qualityRating, QStringLiteral("RED"));

    // The run pauses with the reason, naming the number.
    QTRY_COMPARE_WITH_TIMEOUT(SendFixture::value(db(), QStringLiteral("SELECT status FROM campaign_runs WHERE id = ?"),
                                                 {runId}).toString(),
                              QStringLiteral("paused"), 10000);
    const QString reason
        = SendFixture::value(db(), QStringLiteral("SELECT stop_reason FROM campaign_runs WHERE id = ?"), {runId}).toString();
    QVERIFY2(reason.contains(QStringLiteral("south")) && reason.contains(QStringLiteral("RED")), qPrintable(reason));
    // The owner is told: the progress that carries the reason reaches the GUI thread (queued from the sender's).
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(),
                                         [&](const QList<QVariant> &args) {
                                             return args.first().value<RunProgress>().reason == reason;
                                         }),
                             10000);
    const qint64 sent = SandboxServer::instance()->recordCount();
    const auto attempted = [&] {
        return SendFixture::value(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = ? AND attempts > 0"),
                                  {runId})
            .toLongLong();
    };
    const qint64 tried = attempted();
    QVERIFY(tried < 200);
    QCOMPARE(SendFixture::count(db(), runId, QStringLiteral("claimed")), 0);

    // Resuming while the number is still flagged pauses again before anything leaves.
    progress.clear();
    QVERIFY(service.runner());
    service.runner()->resume();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.first().value<RunProgress>().status == QLatin1String("paused");
                                         }),
                             10000);
    QCOMPARE(SandboxServer::instance()->recordCount(), sent);
    QCOMPARE(attempted(), tried);
}

// Issue 18 §1: a template Meta pauses for quality (message_template_status_update) pauses the runs on it at once,
// with the reason, instead of sending into 132015 refusals; a FLAGGED warning changes nothing.
void TestPortfolio::templatePausedForQualityPausesTheRun()
{
    m_a.messagingTier = QStringLiteral("TIER_UNLIMITED");
    m_a.maxRate = 20;
    QString error;
    QVERIFY2(AccountStore(db()).save(m_a, &error), qPrintable(error));
    contacts(6, 200);
    const qint64 id = campaign(6, {m_a.id});
    // Meta's id of the campaign's template (one name in one language).
    SendFixture::value(db(), QStringLiteral("UPDATE templates SET remote_id = '7700112233' WHERE account_id = ? AND "
                                            "name = 'appointment_reminder' AND language = (SELECT language FROM "
                                            "campaigns WHERE id = ?)"),
                       {m_a.id, id});
    RunService service(m_ws->workspace(), id);
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(SandboxServer::instance()->recordCount() >= 10, 30000);
    const qint64 runId = *CampaignStore(db()).latestRun(id, &error);

    const auto templateEvent = [&](qint64 cursor, const QString &event) {
        WebhookApplier::FeedEvent e;
        e.cursor = cursor;
        e.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        e.kind = QStringLiteral("whatsapp");
        const QJsonObject value{{QStringLiteral("event"), event},
                                {QStringLiteral("message_template_id"), 7700112233LL},
                                {QStringLiteral("message_template_name"), QStringLiteral("appointment_reminder")},
                                {QStringLiteral("message_template_language"), QStringLiteral("en_US")},
                                {QStringLiteral("reason"), QStringLiteral("NONE")}};
        const QJsonObject change{{QStringLiteral("field"), QStringLiteral("message_template_status_update")},
                                 {QStringLiteral("value"), value}};
        e.payload = QJsonObject{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"), QJsonArray{QJsonObject{{QStringLiteral("id"), m_a.wabaId},
                                                             {QStringLiteral("changes"), QJsonArray{change}}}}}};
        WebhookApplier applier(db());
        return applier.apply(m_a.id, {e}, QStringLiteral("sandbox"), cursor, &error);
    };
    // A warning first: the template stays sendable.
    const auto flagged = templateEvent(1, QStringLiteral("FLAGGED"));
    QVERIFY2(flagged, qPrintable(error));
    QCOMPARE(flagged->templateChanges, 0);
    const auto paused = templateEvent(2, QStringLiteral("PAUSED"));
    QVERIFY2(paused, qPrintable(error));
    QCOMPARE(paused->templateChanges, 1);
    QCOMPARE(SendFixture::value(db(), QStringLiteral("SELECT status FROM templates WHERE remote_id = '7700112233'"), {})
                 .toString(),
             QStringLiteral("PAUSED"));

    QTRY_COMPARE_WITH_TIMEOUT(SendFixture::value(db(), QStringLiteral("SELECT status FROM campaign_runs WHERE id = ?"),
                                                 {runId}).toString(),
                              QStringLiteral("paused"), 10000);
    const QString reason
        = SendFixture::value(db(), QStringLiteral("SELECT stop_reason FROM campaign_runs WHERE id = ?"), {runId}).toString();
    QVERIFY2(reason.contains(QStringLiteral("appointment_reminder")) && reason.contains(QStringLiteral("PAUSED")),
             qPrintable(reason));
    QVERIFY(SendFixture::value(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = ? AND attempts > 0"),
                               {runId})
                .toLongLong()
            < 200);
    QCOMPARE(SendFixture::count(db(), runId, QStringLiteral("claimed")), 0);
}

// An uncertain row is sent again automatically only when later messages of ITS number got status reports: reports
// on another number of the same run prove nothing about this number's feed (resending then could send twice).
void TestPortfolio::uncertainRowsWaitForTheirOwnNumbersReports()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 t = now - 60'000;
    const qint64 run = SendFixture::createRun(db(), m_a.id, 0);
    SendFixture::value(db(), QStringLiteral("UPDATE campaign_runs SET status = 'sent' WHERE id = ?"), {run});
    const auto row = [&](qint64 account, const QString &phone, const QString &state, qint64 claimedAt) {
        const QVariant uncertainAt = state == QLatin1String("uncertain") ? QVariant(claimedAt) : QVariant();
        return SendFixture::value(db(),
                                  QStringLiteral("INSERT INTO recipients (run_id, phone, state, components, attempts, "
                                                 "claimed_at, uncertain_at, updated_at, account_id) VALUES (?, ?, ?, "
                                                 "'[]', 1, ?, ?, ?, ?) RETURNING id"),
                                  {run, phone, state, claimedAt, uncertainAt, claimedAt, account})
            .toLongLong();
    };
    const qint64 onB = row(m_b.id, QStringLiteral("+919700000001"), QStringLiteral("uncertain"), t);
    row(m_a.id, QStringLiteral("+919700000002"), QStringLiteral("delivered"), t + 10'000);
    QString error;
    auto result = UncertainResolver::autoResolve(db(), 0, now, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->resent, 0);
    QCOMPARE(result->waiting, 1);
    // B's own report for a later message: now the silence means the first one never went out.
    row(m_b.id, QStringLiteral("+919700000003"), QStringLiteral("delivered"), t + 20'000);
    result = UncertainResolver::autoResolve(db(), 0, now, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->resent, 1);
    QCOMPARE(value(db(), QStringLiteral("SELECT state FROM recipients WHERE id = ?"), {onB}).toString(),
             QStringLiteral("planned"));
}

void TestPortfolio::phoneNumberEndpointAndPortfolioJson()
{
    // The sandbox's phone-number endpoint answers the quality a test sets; Herald records it on the account.
    SandboxServer::instance()->api().setQuality(m_b.phoneNumberId, QStringLiteral("YELLOW"));
    AccountTest test(m_b, {});
    AccountTest::Result result;
    bool done = false;
    connect(&test, &AccountTest::finished, this, [&](const AccountTest::Result &r) {
        result = r;
        done = true;
    });
    test.start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(result.ok, qPrintable(result.message));
    QString error;
    QVERIFY(NumberQuality::apply(db(), m_b.id, NumberQuality::fromPhoneNumber(result.phone), 1).ok());
    QCOMPARE(AccountStore(db()).byId(m_b.id, &error)->qualityRating, QStringLiteral("YELLOW"));

    // Three phones claimed from A and one from B in the last day; a campaign with an unfinished run on both.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i)
        pastSend(m_a.id, QStringLiteral("+919700000%1").arg(i), now - 3600 * 1000);
    pastSend(m_b.id, QStringLiteral("+9197000000"), now - 3600 * 1000);
    contacts(6, 3);
    const qint64 id = campaign(6, {m_a.id, m_b.id});
    QVERIFY2(CampaignStore(db()).planRun(id, &error), qPrintable(error));

    QProcess cli;
    cli.start(QStringLiteral(HERALD_CLI_PATH),
              {QStringLiteral("--workspace"), m_ws->workspace().path(), QStringLiteral("portfolio"), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QJsonObject group;
    for (const QJsonValue &g : o.value(QLatin1String("portfolios")).toArray()) {
        if (g.toObject().value(QLatin1String("portfolio")).toString() == QLatin1String("900100"))
            group = g.toObject();
    }
    QCOMPARE(group.value(QLatin1String("tier")).toString(), QStringLiteral("TIER_50"));
    QCOMPARE(group.value(QLatin1String("limit")).toInteger(), 50);
    QCOMPARE(group.value(QLatin1String("used")).toInteger(), 3);   // +9197000000 from A and B counts once
    QCOMPARE(group.value(QLatin1String("remaining")).toInteger(), 47);
    const QJsonArray numbers = group.value(QLatin1String("numbers")).toArray();
    QCOMPARE(numbers.size(), 2);
    for (const QJsonValue &v : numbers) {
        const QJsonObject n = v.toObject();
        const bool isA = n.value(QLatin1String("account")).toString() == m_a.name;
        QCOMPARE(n.value(QLatin1String("phone_number_id")).toString(), isA ? m_a.phoneNumberId : m_b.phoneNumberId);
        QCOMPARE(n.value(QLatin1String("quality")).toString(), isA ? QStringLiteral("UNKNOWN") : QStringLiteral("YELLOW"));
        // B's throughput is what the endpoint said (STANDARD: 80 msg/s), A's what was configured.
        QCOMPARE(n.value(QLatin1String("throughput")).toInt(), isA ? 60 : 80);
        QCOMPARE(n.value(QLatin1String("tier")).toString(), QStringLiteral("TIER_50"));
        QCOMPARE(n.value(QLatin1String("recipients_24h")).toInteger(), isA ? 3 : 1);
        const QJsonArray running = n.value(QLatin1String("running")).toArray();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().toObject().value(QLatin1String("campaign_id")).toInteger(), id);
        QVERIFY(n.value(QLatin1String("scheduled")).isArray());
    }
}

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"

// What a campaign cost (issue 18 §3), on a real SQLite workspace: the pricing of status webhooks recorded per
// recipient by WebhookApplier (replays and any arrival order give the same row; a billable report wins), actual cost
// from it with the rate valid on the send day, the estimate the pre-flight gives, mixed currencies kept apart, and
// the monthly total per account.
#include "engine/sandbox/sandboxwebhooks.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/preflight.h"
#include "models/campaigns/ratecard.h"
#include "models/core/clock.h"
#include "models/stats/campaigncost.h"
#include "models/status/messagepricing.h"
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "relayfeedsfixture.h"
#include "sandboxcampaign.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace RelayFeedsFixture;

namespace {

// 10 March 2025 and 10 July 2025, 12:00 UTC (seconds).
const qint64 kMarch = QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
const qint64 kJuly = QDateTime(QDate(2025, 7, 10), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

QJsonObject priced(QJsonObject status, bool billable, const QString &type, const QString &category)
{
    status.insert(QStringLiteral("pricing"), QJsonObject { { QStringLiteral("billable"), billable },
                                                           { QStringLiteral("pricing_model"), QStringLiteral("PMP") },
                                                           { QStringLiteral("type"), type },
                                                           { QStringLiteral("category"), category } });
    return status;
}

QJsonObject unpriced(QJsonObject status)
{
    status.remove(QStringLiteral("pricing"));
    return status;
}

} // namespace

class TestCampaignCost : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<WebhookApplier> m_applier;
    qint64 m_cursor = 0;

    QSqlDatabase db() { return m_tw->workspace().database(); }
    void apply(const QList<QJsonObject> &statuses)
    {
        QList<WebhookApplier::FeedEvent> events;
        for (const QJsonObject &s : statuses) {
            WebhookApplier::FeedEvent e;
            e.cursor = ++m_cursor;
            e.receivedAtMs = kMarch * 1000;
            e.kind = QStringLiteral("whatsapp");
            e.payload = statusPayload(QJsonArray { s });
            events << e;
        }
        QString error;
        QVERIFY2(m_applier->apply(1, events, QStringLiteral("http://relay.test"), m_cursor, &error), qPrintable(error));
    }
    // A run of a campaign on account `account` whose template (as planned) has `category`, planned at `plannedSec`.
    qint64 addRun(const QString &category, qint64 plannedSec, qint64 account = 1)
    {
        const qint64 campaign = exec(db(), QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, "
                                                          "language, created_at, updated_at) VALUES ('C', ?, 'offer', "
                                                          "'en', 0, 0)"),
                                     { account });
        return exec(db(), QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, template_json, planned_at, "
                                         "started_at, updated_at) VALUES (?, 'running', ?, ?, ?, 0)"),
                    { campaign, QStringLiteral("{\"category\":\"%1\"}").arg(category), plannedSec * 1000,
                      plannedSec * 1000 });
    }
    void setRate(const QString &category, const QString &country, double price, const QString &currency = QStringLiteral("USD"),
                 const QDate &from = {})
    {
        QString error;
        QVERIFY2(RateCard(db()).set({ category, country, price, currency, from }, &error), qPrintable(error));
    }
    CampaignCost::Run cost(qint64 run)
    {
        const Result<CampaignCost::Run> c = CampaignCost::forRun(db(), run);
        if (!c)
            qFatal("cost: %s", qPrintable(c.error()));
        return *c;
    }
    QVariantList pricingOf(qint64 recipient)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT pricing_billable, pricing_category, pricing_type, pricing_model, pricing_at "
                                 "FROM recipients WHERE id = ?"));
        q.addBindValue(recipient);
        if (!q.exec() || !q.next())
            qFatal("no recipient %lld", recipient);
        return { q.value(0), q.value(1), q.value(2), q.value(3), q.value(4) };
    }

private Q_SLOTS:
    void init()
    {
        m_applier.reset();
        m_tw = std::make_unique<TestWorkspace>();
        m_applier = std::make_unique<WebhookApplier>(db());
        m_cursor = 0;
    }
    void cleanup()
    {
        m_applier.reset();
        m_tw.reset();
    }

    // sent (free), delivered (billable), read (no pricing) and a replay of each, in every order: one result, and
    // the billable report wins even when a later one is free.
    void pricingRecordedInAnyOrder_data()
    {
        QTest::addColumn<bool>("billableFirst");
        QTest::newRow("billable delivered, free sent") << false;
        QTest::newRow("billable sent, free delivered") << true;
    }
    void pricingRecordedInAnyOrder()
    {
        QFETCH(bool, billableFirst);
        const QString free = QStringLiteral("free_customer_service");
        const QString regular = QStringLiteral("regular");
        const QJsonObject sent = priced(status(QStringLiteral("wamid.P"), QStringLiteral("sent"), kMarch + 1),
                                        billableFirst, billableFirst ? regular : free, QStringLiteral("utility"));
        const QJsonObject delivered = priced(status(QStringLiteral("wamid.P"), QStringLiteral("delivered"), kMarch + 5),
                                             !billableFirst, billableFirst ? free : regular, QStringLiteral("utility"));
        const QJsonObject read = unpriced(status(QStringLiteral("wamid.P"), QStringLiteral("read"), kMarch + 9));
        QList<int> order { 0, 1, 2, 0, 1, 2 };
        std::sort(order.begin(), order.end());
        std::optional<QVariantList> first;
        int permutations = 0;
        do {
            init();
            const qint64 run = addRun(QStringLiteral("UTILITY"), kMarch);
            const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("accepted"),
                                           QStringLiteral("wamid.P"), kMarch * 1000);
            QList<QJsonObject> statuses;
            for (int i : order)
                statuses << (i == 0 ? sent : i == 1 ? delivered : read);
            apply(statuses);
            const QVariantList p = pricingOf(id);
            QCOMPARE(p.at(0).toInt(), 1);   // billable wins
            QCOMPARE(p.at(1).toString(), QStringLiteral("utility"));
            QCOMPARE(p.at(2).toString(), regular);
            QCOMPARE(p.at(3).toString(), QStringLiteral("PMP"));
            QCOMPARE(p.at(4).toLongLong(), (billableFirst ? kMarch + 1 : kMarch + 5) * 1000);
            if (!first)
                first = p;
            QCOMPARE(p, *first);
            QCOMPARE(cost(run).billableMessages, qint64(1));
            ++permutations;
        } while (std::next_permutation(order.begin(), order.end()) && permutations < 24);
    }

    // Among reports of the same billing, the latest one stays, whatever the arrival order.
    void latestPricingKept()
    {
        const qint64 run = addRun(QStringLiteral("MARKETING"), kMarch);
        const qint64 a = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("accepted"),
                                      QStringLiteral("wamid.A"), kMarch * 1000);
        const qint64 b = addRecipient(db(), run, QStringLiteral("+919800000002"), QStringLiteral("accepted"),
                                      QStringLiteral("wamid.B"), kMarch * 1000);
        const auto sent = [](const QString &wamid) {
            return priced(status(wamid, QStringLiteral("sent"), kMarch + 1), true, QStringLiteral("regular"),
                          QStringLiteral("marketing"));
        };
        const auto delivered = [](const QString &wamid) {
            return priced(status(wamid, QStringLiteral("delivered"), kMarch + 5), true, QStringLiteral("regular"),
                          QStringLiteral("marketing_lite"));
        };
        apply({ sent(QStringLiteral("wamid.A")), delivered(QStringLiteral("wamid.A")) });
        apply({ delivered(QStringLiteral("wamid.B")), sent(QStringLiteral("wamid.B")) });
        QCOMPARE(pricingOf(a), pricingOf(b));
        QCOMPARE(pricingOf(a).at(1).toString(), QStringLiteral("marketing_lite"));
    }

    // Actual: billable and delivered only, at the country's rate (else any country's), by the pricing category;
    // free_customer_service, sent-but-never-delivered and messages without pricing cost nothing.
    void actualFromRecordedPricing()
    {
        const double in = 0.0107, any = 0.0500, utility = 0.0020;
        setRate(QStringLiteral("MARKETING"), QStringLiteral("IN"), in);
        setRate(QStringLiteral("MARKETING"), QString(), any);
        setRate(QStringLiteral("UTILITY"), QString(), utility);
        const qint64 run = addRun(QStringLiteral("MARKETING"), kMarch);
        const QStringList phones { QStringLiteral("+919800000001"), QStringLiteral("+919800000002"),
                                   QStringLiteral("+4915100000003"), QStringLiteral("+14155550104"),
                                   QStringLiteral("+4915100000005"), QStringLiteral("+919800000006") };
        for (int i = 0; i < phones.size(); ++i)
            addRecipient(db(), run, phones.at(i), QStringLiteral("accepted"), QStringLiteral("wamid.%1").arg(i),
                         kMarch * 1000);
        addRecipient(db(), run, QStringLiteral("+919800000007"), QStringLiteral("skipped"), QString());
        const auto st = [](int i, const char *s, qint64 t) {
            return status(QStringLiteral("wamid.%1").arg(i), QString::fromLatin1(s), kMarch + t);
        };
        const QString regular = QStringLiteral("regular"), marketing = QStringLiteral("marketing");
        apply({
            priced(st(0, "sent", 1), true, regular, marketing), priced(st(0, "delivered", 3), true, regular, marketing),
            priced(st(1, "sent", 1), true, regular, marketing),   // never delivered: not billed
            priced(st(2, "read", 4), true, regular, marketing),   // delivered with the read
            priced(st(3, "delivered", 2), false, QStringLiteral("free_customer_service"), marketing),
            unpriced(st(4, "delivered", 2)),                       // no pricing reported: nothing to bill
            priced(st(5, "delivered", 2), true, regular, QStringLiteral("utility")),   // Meta's category wins
        });
        const CampaignCost::Run c = cost(run);
        QCOMPARE(c.billableMessages, qint64(3));
        QCOMPARE(c.unpricedBillable, qint64(0));
        QCOMPARE(c.byCurrency.size(), 1);
        const CampaignCost::Amount a = c.byCurrency.first();
        QCOMPARE(a.currency, QStringLiteral("USD"));
        QCOMPARE(a.billableMessages, qint64(3));
        QCOMPARE(a.actual, in + any + utility);
        // The estimate: the six recipients not skipped at the template's category (three IN, two DE, one US).
        QCOMPARE(a.estimatedMessages, qint64(6));
        QCOMPARE(a.estimated, std::round((3 * in + 3 * any) * 1e6) / 1e6);
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(QStringLiteral("actual")).toDouble(), a.actual);
        QCOMPARE(json.value(QStringLiteral("estimated")).toDouble(), a.estimated);
        QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(json.value(QStringLiteral("billable_messages")).toInt(), 3);
    }

    // A rate valid from July: a run sent in March keeps March's price; one sent in July pays July's.
    void rateChangeKeepsOldPrice()
    {
        const double march = 0.0250, july = 0.0400;
        setRate(QStringLiteral("MARKETING"), QString(), march);
        const qint64 before = addRun(QStringLiteral("MARKETING"), kMarch);
        addRecipient(db(), before, QStringLiteral("+919800000001"), QStringLiteral("accepted"),
                     QStringLiteral("wamid.M"), kMarch * 1000);
        apply({ priced(status(QStringLiteral("wamid.M"), QStringLiteral("delivered"), kMarch + 3), true,
                       QStringLiteral("regular"), QStringLiteral("marketing")) });
        QCOMPARE(cost(before).byCurrency.value(0).actual, march);

        setRate(QStringLiteral("MARKETING"), QString(), july, QStringLiteral("USD"), QDate(2025, 7, 1));
        const qint64 after = addRun(QStringLiteral("MARKETING"), kJuly);
        addRecipient(db(), after, QStringLiteral("+919800000002"), QStringLiteral("accepted"),
                     QStringLiteral("wamid.J"), kJuly * 1000);
        apply({ priced(status(QStringLiteral("wamid.J"), QStringLiteral("delivered"), kJuly + 3), true,
                       QStringLiteral("regular"), QStringLiteral("marketing")) });
        const CampaignCost::Run old = cost(before);
        QCOMPARE(old.byCurrency.value(0).actual, march);
        QCOMPARE(old.byCurrency.value(0).estimated, march);
        QCOMPARE(cost(after).byCurrency.value(0).actual, july);
        QCOMPARE(cost(after).byCurrency.value(0).estimated, july);
        QString error;
        QCOMPARE(RateCard(db()).lookup(QStringLiteral("MARKETING"), QStringLiteral("IN"), QDate(2025, 6, 30), &error)->price,
                 march);
        QCOMPARE(RateCard(db()).lookup(QStringLiteral("MARKETING"), QStringLiteral("IN"), QDate(2025, 7, 1), &error)->price,
                 july);
    }

    // Two currencies are never added: one figure per currency, and the top-level numbers stay null.
    void mixedCurrenciesKeptApart()
    {
        setRate(QStringLiteral("MARKETING"), QStringLiteral("IN"), 0.88, QStringLiteral("INR"));
        setRate(QStringLiteral("MARKETING"), QString(), 0.05);
        const qint64 run = addRun(QStringLiteral("MARKETING"), kMarch);
        addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("accepted"), QStringLiteral("wamid.I"),
                     kMarch * 1000);
        addRecipient(db(), run, QStringLiteral("+4915100000002"), QStringLiteral("accepted"), QStringLiteral("wamid.D"),
                     kMarch * 1000);
        for (const char *w : { "wamid.I", "wamid.D" })
            apply({ priced(status(QString::fromLatin1(w), QStringLiteral("delivered"), kMarch + 3), true,
                           QStringLiteral("regular"), QStringLiteral("marketing")) });
        const CampaignCost::Run c = cost(run);
        QCOMPARE(c.byCurrency.size(), 2);
        QCOMPARE(c.byCurrency.at(0).currency, QStringLiteral("INR"));
        QCOMPARE(c.byCurrency.at(0).actual, 0.88);
        QCOMPARE(c.byCurrency.at(1).currency, QStringLiteral("USD"));
        QCOMPARE(c.byCurrency.at(1).actual, 0.05);
        const QJsonObject json = c.toJson();
        QVERIFY(json.value(QStringLiteral("actual")).isNull());
        QVERIFY(json.value(QStringLiteral("currency")).isNull());
        QCOMPARE(json.value(QStringLiteral("billable_messages")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("by_currency")).toArray().size(), 2);
    }

    // The estimate of a planned run is the pre-flight's estimate for the same audience.
    void estimateIsThePreflightEstimate()
    {
        TestClock clock(QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        ScopedClock scoped(clock);
        setRate(QStringLiteral("UTILITY"), QStringLiteral("IN"), 0.0014);
        setRate(QStringLiteral("UTILITY"), QString(), 0.0080);
        QString error;
        QVERIFY2(SandboxCampaign::syncTemplates(db(), 1, &error), qPrintable(error));
        QList<Contact> people = SandboxCampaign::customers(5, QStringLiteral("+9198000001"), 2);
        people << SandboxCampaign::customers(3, QStringLiteral("+49151000002"), 2);
        QVERIFY2(!SandboxCampaign::addOptedIn(db(), people, &error).isEmpty(), qPrintable(error));
        const qint64 campaignId = SandboxCampaign::create(db(), 1, QStringLiteral("Reminders"),
                                                          QStringLiteral("appointment_reminder"),
                                                          SandboxCampaign::appointmentReminderParams(), &error);
        QVERIFY2(campaignId > 0, qPrintable(error));
        const auto campaign = CampaignStore(db()).byId(campaignId, &error);
        QVERIFY2(campaign, qPrintable(error));
        const PreflightReport report = Preflight::check(db(), *campaign);
        QVERIFY(report.hasCost);
        const auto planned = CampaignStore(db()).planRun(campaignId, &error);
        QVERIFY2(planned, qPrintable(error));
        const CampaignCost::Run c = cost(planned->runId);
        QCOMPARE(c.byCurrency.size(), 1);
        QCOMPARE(c.byCurrency.first().estimated, report.cost);
        QCOMPARE(c.byCurrency.first().estimated, std::round((5 * 0.0014 + 3 * 0.0080) * 1e4) / 1e4);
        QCOMPARE(c.byCurrency.first().actual, 0.0);
        QCOMPARE(c.billableMessages, qint64(0));
    }

    // The month's total per account: messages sent in that month only, campaigns counted once.
    void monthlyTotalPerAccount()
    {
        setRate(QStringLiteral("MARKETING"), QString(), 0.05);
        exec(db(), QStringLiteral("INSERT INTO accounts (name, kind, created_at, updated_at) VALUES ('Shop', 'sandbox', 0, 0)"));
        const qint64 shop = scalar(db(), QStringLiteral("SELECT id FROM accounts WHERE name = 'Shop'")).toLongLong();
        const qint64 march1 = addRun(QStringLiteral("MARKETING"), kMarch);
        const qint64 march2 = addRun(QStringLiteral("MARKETING"), kMarch, shop);
        const qint64 july = addRun(QStringLiteral("MARKETING"), kJuly);
        int n = 0;
        const QList<std::pair<qint64, qint64>> sends { { march1, kMarch }, { march1, kMarch }, { march2, kMarch },
                                                       { july, kJuly } };
        for (const auto &[run, at] : sends) {
            const QString wamid = QStringLiteral("wamid.m%1").arg(++n);
            addRecipient(db(), run, QStringLiteral("+91980000000%1").arg(n), QStringLiteral("accepted"), wamid, at * 1000);
            apply({ priced(status(wamid, QStringLiteral("delivered"), at + 3), true, QStringLiteral("regular"),
                           QStringLiteral("marketing")) });
        }
        const auto march = CampaignCost::forMonth(db(), QDate(2025, 3, 1));
        QVERIFY2(march, march ? "" : qPrintable(march.error()));
        QCOMPARE(march->size(), 2);
        QCOMPARE(march->at(0).account, QStringLiteral("sandbox"));
        QCOMPARE(march->at(0).billableMessages, qint64(2));
        QCOMPARE(march->at(0).actual, 0.10);
        QCOMPARE(march->at(0).campaigns, qint64(1));
        QCOMPARE(march->at(1).account, QStringLiteral("Shop"));
        QCOMPARE(march->at(1).actual, 0.05);
        const auto shopOnly = CampaignCost::forMonth(db(), QDate(2025, 3, 1), shop);
        QVERIFY(shopOnly);
        QCOMPARE(shopOnly->size(), 1);
        const auto julyTotals = CampaignCost::forMonth(db(), QDate(2025, 7, 1));
        QVERIFY(julyTotals);
        QCOMPARE(julyTotals->size(), 1);
        QCOMPARE(julyTotals->at(0).billableMessages, qint64(1));
        const QJsonObject json = CampaignCost::monthJson(QDate(2025, 3, 1), *march);
        QCOMPARE(json.value(QStringLiteral("month")).toString(), QStringLiteral("2025-03"));
        const QJsonObject first = json.value(QStringLiteral("accounts")).toArray().at(0).toObject();
        for (const char *key : { "account", "currency", "actual", "billable_messages", "campaigns" })
            QVERIFY2(first.contains(QLatin1String(key)), key);
    }

    // The sandbox prices like Meta since July 2025: MARKETING and AUTHENTICATION always billed as regular; a share of
    // UTILITY inside an open service window free; pricing on sent and on the delivered or read that is sent.
    void sandboxPricing()
    {
        SandboxWebhookOptions o;
        o.freeServiceShare = 0.5;
        int freeUtility = 0, billedUtility = 0;
        for (const char *category : { "MARKETING", "AUTHENTICATION", "UTILITY" }) {
            for (quint64 i = 1; i <= 60; ++i) {
                SandboxRecord r;
                r.sequence = i;
                r.wamid = QStringLiteral("wamid.%1").arg(i);
                r.phoneNumberId = QStringLiteral("100000000000001");
                r.waId = QStringLiteral("9198000%1").arg(i, 5, 10, QLatin1Char('0'));
                r.templateCategory = QString::fromLatin1(category);
                r.acceptedAt = QDateTime::fromSecsSinceEpoch(kMarch, Qt::UTC);
                for (const SandboxWebhookEvent &e : SandboxWebhooks::plan(o, r, {})) {
                    if (e.kind != SandboxWebhookEvent::Kind::Status || !e.item.contains(QStringLiteral("pricing")))
                        continue;
                    const auto p = MessagePricing::fromStatus(e.item, 0);
                    QVERIFY(p);
                    QCOMPARE(p->category, QString::fromLatin1(category).toLower());
                    QCOMPARE(p->model, QStringLiteral("PMP"));
                    if (p->type == QLatin1String("free_customer_service")) {
                        QCOMPARE(QString::fromLatin1(category), QStringLiteral("UTILITY"));
                        QVERIFY(!p->billable);
                        ++freeUtility;
                    } else {
                        QCOMPARE(p->type, QStringLiteral("regular"));
                        QVERIFY(p->billable);
                        billedUtility += qstrcmp(category, "UTILITY") == 0 ? 1 : 0;
                    }
                }
            }
        }
        QVERIFY(freeUtility > 0);
        QVERIFY(billedUtility > 0);
    }
};

QTEST_GUILESS_MAIN(TestCampaignCost)
#include "tst_campaigncost.moc"

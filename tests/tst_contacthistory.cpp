// ContactHistory::load: every message of a number across campaigns and runs with each status (time, error code)
// and the raw payload it came in, inbound replies and opt-outs, and business events. Rows are made the way
// production makes them: recipients in the ledger, statuses and replies applied from crafted webhook payloads by
// WebhookApplier.
#include "models/contacts/contacthistory.h"
#include "models/status/businessevents.h"
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "relayfeedsfixture.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QTest>

using namespace RelayFeedsFixture;

namespace {

const QString kPhone = QStringLiteral("+14155550123");
const QString kDigits = QStringLiteral("14155550123");
const QString kOther = QStringLiteral("+447911123456");
constexpr qint64 T0 = 1795600000;   // seconds

} // namespace

class TestContactHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryMessageWithStatusesAndPayloads();
    void unknownNumberIsEmpty();
    void contactWithoutMessages();
    void triggerDecisions();
    void fastWithManyRows();

private:
    QSqlDatabase db() { return m_tw->workspace().database(); }
    void apply(const QJsonObject &payload, const QString &kind = QStringLiteral("whatsapp"))
    {
        WebhookApplier::FeedEvent e;
        e.cursor = ++m_cursor;
        e.receivedAtMs = (T0 + 5000) * 1000;
        e.kind = kind;
        e.payload = payload;
        QString error;
        if (!m_applier->apply(1, {e}, QStringLiteral("http://relay.test"), m_cursor, &error))
            qFatal("apply failed: %s", qPrintable(error));
    }

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<WebhookApplier> m_applier;
    qint64 m_cursor = 0;
};

void TestContactHistory::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    m_applier = std::make_unique<WebhookApplier>(db());
    m_cursor = 0;
}

void TestContactHistory::cleanup()
{
    m_applier.reset();
    m_tw.reset();
}

void TestContactHistory::listsEveryMessageWithStatusesAndPayloads()
{
    // Campaign 1: delivered, read, then replied to. Campaign 2: failed with 131026.
    const qint64 run1 = addRun(db(), QStringLiteral("Spring sale"));
    const qint64 run2 = addRun(db(), QStringLiteral("Black Friday"));
    const qint64 r1 = addRecipient(db(), run1, kPhone, QStringLiteral("accepted"), QStringLiteral("wamid.H1"),
                                   T0 * 1000);
    const qint64 r2 = addRecipient(db(), run2, kPhone, QStringLiteral("accepted"), QStringLiteral("wamid.H2"),
                                   (T0 + 1000) * 1000);
    exec(db(), QStringLiteral("UPDATE recipients SET claimed_at = accepted_at WHERE id IN (?, ?)"), {r1, r2});
    addRecipient(db(), run1, kOther, QStringLiteral("accepted"), QStringLiteral("wamid.OTHER"), T0 * 1000);

    apply(statusPayload({status(QStringLiteral("wamid.H1"), QStringLiteral("sent"), T0 + 1, {}, kDigits),
                         status(QStringLiteral("wamid.H1"), QStringLiteral("delivered"), T0 + 2, {}, kDigits)}));
    apply(statusPayload({status(QStringLiteral("wamid.H1"), QStringLiteral("read"), T0 + 60, {}, kDigits),
                         status(QStringLiteral("wamid.OTHER"), QStringLiteral("read"), T0 + 60, {}, QStringLiteral("447911123456"))}));
    apply(messagePayload(kDigits, QStringLiteral("wamid.IN1"), T0 + 120, QStringLiteral("text"),
                         QStringLiteral("Is the offer still on?"), QStringLiteral("wamid.H1")));
    apply(statusPayload({status(QStringLiteral("wamid.H2"), QStringLiteral("failed"), T0 + 1001, {}, kDigits, 131026)}));
    apply({{QStringLiteral("event"), QStringLiteral("order_placed")}, {QStringLiteral("phone"), kPhone},
           {QStringLiteral("occurred_at"), (T0 + 3000) * 1000},
           {QStringLiteral("data"), QJsonObject{{QStringLiteral("order_id"), QStringLiteral("A-17")}}}},
          QStringLiteral("business"));

    QString error;
    const auto h = ContactHistory::load(db(), kPhone, &error);
    QVERIFY2(h, qPrintable(error));
    QVERIFY(!h->isEmpty());
    QVERIFY(h->contact);
    QCOMPARE(h->contact->phone, kPhone);
    QCOMPARE(h->messages.size(), 2);

    // Newest first: the failed Black Friday message.
    const ContactHistory::Message &failed = h->messages.at(0);
    QCOMPARE(failed.recipientId, r2);
    QCOMPARE(failed.campaignName, QStringLiteral("Black Friday"));
    QCOMPARE(failed.runId, run2);
    QCOMPARE(failed.state, QStringLiteral("failed"));
    QCOMPARE(failed.errorCode, std::optional<qint64>(131026));
    QCOMPARE(failed.errorTitle, QStringLiteral("Message undeliverable"));
    QCOMPARE(failed.errorDetails, QStringLiteral("details 131026"));
    QCOMPARE(failed.failedAt, std::optional<qint64>((T0 + 1001) * 1000));
    QCOMPARE(failed.statuses.size(), 1);
    QCOMPARE(failed.statuses.at(0).status, QStringLiteral("failed"));
    QCOMPARE(failed.statuses.at(0).errorCode, std::optional<qint64>(131026));

    const ContactHistory::Message &read = h->messages.at(1);
    QCOMPARE(read.campaignName, QStringLiteral("Spring sale"));
    QCOMPARE(read.state, QStringLiteral("read"));
    QCOMPARE(read.wamid, QStringLiteral("wamid.H1"));
    QCOMPARE(read.attempts, 1);
    QCOMPARE(read.acceptedAt, std::optional<qint64>(T0 * 1000));
    QCOMPARE(read.sentAt, std::optional<qint64>(T0 * 1000));   // the earliest known (the fixture's accept time)
    QCOMPARE(read.deliveredAt, std::optional<qint64>((T0 + 2) * 1000));
    QCOMPARE(read.readAt, std::optional<qint64>((T0 + 60) * 1000));
    QCOMPARE(read.repliedAt, std::optional<qint64>((T0 + 120) * 1000));
    // Every status with its own time, oldest first, and each one's raw payload.
    QStringList statuses;
    for (const ContactHistory::StatusEvent &s : read.statuses) {
        statuses << s.status;
        QVERIFY2(h->payloads.contains(s.payloadId), qPrintable(s.status));
        const ContactHistory::Payload &p = h->payloads.value(s.payloadId);
        QCOMPARE(p.kind, QStringLiteral("whatsapp"));
        QVERIFY(p.body.contains("wamid.H1"));
        QVERIFY(QJsonDocument::fromJson(p.body).isObject());
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")}));
    QCOMPARE(read.statuses.at(0).atMs, (T0 + 1) * 1000);
    QCOMPARE(read.statuses.at(2).atMs, (T0 + 60) * 1000);
    QCOMPARE(read.statuses.at(0).payloadId, read.statuses.at(1).payloadId);   // one webhook, two statuses
    QVERIFY(read.statuses.at(1).payloadId != read.statuses.at(2).payloadId);

    // The reply: in the number's inbound list and under the message it answers, with its payload.
    QCOMPARE(h->inbound.size(), 1);
    QCOMPARE(h->inbound.at(0).text, QStringLiteral("Is the offer still on?"));
    QCOMPARE(h->inbound.at(0).recipientId, r1);
    QVERIFY(h->payloads.contains(h->inbound.at(0).payloadId));
    QCOMPARE(read.replies.size(), 1);
    QCOMPARE(read.replies.at(0).wamid, QStringLiteral("wamid.IN1"));

    QCOMPARE(h->events.size(), 1);
    QCOMPARE(h->events.at(0).name, QStringLiteral("order_placed"));
    QCOMPARE(h->events.at(0).data.value(QStringLiteral("order_id")).toString(), QStringLiteral("A-17"));

    // Nothing of the other number leaks in.
    for (const ContactHistory::Payload &p : h->payloads)
        QVERIFY(!p.body.contains("wamid.OTHER") || p.body.contains("wamid.H1"));
    QCOMPARE(h->payloads.size(), 4);   // sent+delivered, read, reply, failed
}

void TestContactHistory::unknownNumberIsEmpty()
{
    QString error;
    const auto h = ContactHistory::load(db(), QStringLiteral("+4915123456789"), &error);
    QVERIFY2(h, qPrintable(error));
    QVERIFY(h->isEmpty());
    QVERIFY(!h->contact);
}

void TestContactHistory::contactWithoutMessages()
{
    addContact(db(), kOther);
    QString error;
    const auto h = ContactHistory::load(db(), kOther, &error);
    QVERIFY2(h, qPrintable(error));
    QVERIFY(!h->isEmpty());
    QVERIFY(h->contact);
    QVERIFY(h->messages.isEmpty());
}

void TestContactHistory::triggerDecisions()
{
    // A triggered campaign suppressed one "order placed" of the number; another number's fire stays out.
    apply({{QStringLiteral("event"), QStringLiteral("order_placed")}, {QStringLiteral("phone"), kPhone},
           {QStringLiteral("occurred_at"), T0 * 1000}},
          QStringLiteral("business"));
    apply({{QStringLiteral("event"), QStringLiteral("order_placed")}, {QStringLiteral("phone"), kOther},
           {QStringLiteral("occurred_at"), T0 * 1000}},
          QStringLiteral("business"));
    const qint64 run = addRun(db(), QStringLiteral("Thank you"));
    const qint64 campaign = scalar(db(), QStringLiteral("SELECT campaign_id FROM campaign_runs WHERE id = ?"), {run})
                                .toLongLong();
    exec(db(), QStringLiteral("UPDATE campaigns SET kind = 'triggered' WHERE id = ?"), {campaign});
    for (const QString &phone : {kPhone, kOther})
        exec(db(), QStringLiteral("INSERT INTO trigger_fires (campaign_id, event_id, phone, due_at, state, reason, "
                                  "decided_at, created_at) VALUES (?, (SELECT id FROM business_events WHERE phone = ?), "
                                  "?, ?, 'suppressed', 'messaged in the last 24 hours', ?, 0)"),
             {campaign, phone, phone, (T0 + 600) * 1000, (T0 + 601) * 1000});
    QString error;
    const auto h = ContactHistory::load(db(), kPhone, &error);
    QVERIFY2(h, qPrintable(error));
    QCOMPARE(h->events.size(), 1);
    QCOMPARE(h->fires.size(), 1);
    const ContactHistory::TriggerFire &f = h->fires.at(0);
    QCOMPARE(f.campaignName, QStringLiteral("Thank you"));
    QCOMPARE(f.eventId, h->events.at(0).id);
    QCOMPARE(f.state, QStringLiteral("suppressed"));
    QCOMPARE(f.reason, QStringLiteral("messaged in the last 24 hours"));
    QCOMPARE(f.decidedAt, std::optional<qint64>((T0 + 601) * 1000));
}

void TestContactHistory::fastWithManyRows()
{
    // 20,000 recipients of other numbers with statuses; one number's history finds only its own message.
    const qint64 run = addRun(db());
    QVERIFY(db().transaction());
    for (int i = 0; i < 20000; ++i) {
        const QString phone = QStringLiteral("+9198765%1").arg(i, 5, 10, QLatin1Char('0'));
        const qint64 r = exec(db(), QStringLiteral("INSERT INTO recipients (run_id, phone, state, wamid, updated_at) "
                                                   "VALUES (?, ?, 'delivered', ?, 0)"),
                              {run, phone, QStringLiteral("wamid.N%1").arg(i)});
        exec(db(), QStringLiteral("INSERT INTO recipient_statuses (recipient_id, status, event_at) VALUES (?, 'delivered', 1)"),
             {r});
    }
    QVERIFY(db().commit());
    addRecipient(db(), run, kPhone, QStringLiteral("accepted"), QStringLiteral("wamid.ME"), T0 * 1000);
    apply(statusPayload({status(QStringLiteral("wamid.ME"), QStringLiteral("delivered"), T0 + 2, {}, kDigits)}));
    QString error;
    const auto h = ContactHistory::load(db(), kPhone, &error);
    QVERIFY2(h, qPrintable(error));
    QCOMPARE(h->messages.size(), 1);
    QCOMPARE(h->messages.at(0).statuses.size(), 1);
    // Its speed is measured in bench/bench_contacthistory.cpp (no timing bounds in tests).
}

QTEST_GUILESS_MAIN(TestContactHistory)
#include "tst_contacthistory.moc"

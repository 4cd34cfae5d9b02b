#pragma once

#include "models/campaigns/testsendlog.h"
#include "models/contacts/contact.h"
#include "models/status/businessevents.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Everything the workspace knows about one phone number, for support staff investigating "why did this
// customer not get my message": the contact, every recipient row of that number across campaigns and runs
// with every status the relay reported (time, error code) and the raw webhook payloads they came in, the
// customer's inbound messages (replies, opt-outs) and the business events of that number.
// Read-only; a handful of indexed queries (recipients(phone, claimed_at), recipient_statuses and unmatched_statuses by key,
// inbound_messages(phone, message_at), business_events(phone, …)).
struct ContactHistory
{
    Q_DECLARE_TR_FUNCTIONS(ContactHistory)

public:
    struct StatusEvent
    {
        qint64 id = 0;                  // always 0: status rows are stored by key (migration 11)
        QString status;                 // sent, delivered, read, failed
        qint64 atMs = 0;                // the webhook's own timestamp
        std::optional<qint64> errorCode;
        qint64 payloadId = 0;           // webhook_payloads row it came in; 0 if gone
    };

    struct Inbound
    {
        qint64 id = 0;
        QString wamid;
        QString waId;                   // the WhatsApp id the webhook named (digits), may differ from the number
        qint64 recipientId = 0;         // the campaign message it answers (72-hour rule); 0: none
        QString type;                   // text, button, interactive, …
        QString text;
        bool optOut = false;
        qint64 atMs = 0;
        qint64 payloadId = 0;
    };

    // One recipient row: one message of one campaign run to this number.
    struct Message
    {
        qint64 recipientId = 0;
        qint64 runId = 0;
        qint64 campaignId = 0;
        QString campaignName;
        QString templateName;
        QString language;
        QString runKind;                // normal, retry, triggered
        QString state;                  // the ledger state (planned … skipped)
        QString wamid;
        QString waId;                   // the WhatsApp id Meta answered / reported for it (digits); empty: unknown
        int attempts = 0;
        std::optional<qint64> errorCode;
        QString errorTitle;
        QString errorDetails;
        QString note;
        QString skipReason;
        std::optional<qint64> claimedAt, acceptedAt, sentAt, deliveredAt, readAt, failedAt, uncertainAt, repliedAt,
            skippedAt;
        qint64 updatedAt = 0;
        QList<StatusEvent> statuses;    // oldest first
        QList<Inbound> replies;         // inbound messages attributed to this message, oldest first

        // The time that best places the message on a timeline (claimed, else last change).
        qint64 time() const { return claimedAt.value_or(updatedAt); }
    };

    // What a triggered campaign decided for one business event of the number (trigger_fires).
    struct TriggerFire
    {
        qint64 id = 0;
        qint64 campaignId = 0;
        QString campaignName;
        qint64 eventId = 0;
        qint64 dueAtMs = 0;
        QString state;                  // pending, sent, suppressed, cancelled
        QString reason;
        qint64 runId = 0;               // 0: no run
        std::optional<qint64> decidedAt;
    };

    // One test send to the number (TestSendLog) with its status webhooks and the inbound messages answering it.
    struct TestMessage
    {
        TestSendEntry send;
        QList<StatusEvent> statuses;    // oldest first
        QList<Inbound> replies;         // inbound messages whose context is this test message, oldest first
    };

    struct Payload
    {
        qint64 id = 0;
        qint64 relayCursor = 0;
        qint64 receivedAtMs = 0;
        QString kind;                   // whatsapp, invalid, business
        QByteArray body;                // byte for byte as fetched from the relay
    };

    QString phone;                      // E.164
    QString waId;                       // the contact's WhatsApp id as Meta names it (digits); empty: not learned
    std::optional<Contact> contact;     // nullopt: no contact has this number (any more)
    QList<Message> messages;            // newest first
    QList<TestMessage> testSends;       // newest first
    QList<Inbound> inbound;             // every inbound message of the number, newest first
    QList<BusinessEvent> events;        // newest first
    QList<TriggerFire> fires;           // decisions of triggered campaigns about this number, newest first
    QHash<qint64, Payload> payloads;    // every payload a status or inbound message above came in, by id

    // True when the workspace knows nothing about the number.
    bool isEmpty() const
    {
        return !contact && messages.isEmpty() && testSends.isEmpty() && inbound.isEmpty() && events.isEmpty();
    }
    // Inbound messages that answer no message above (no campaign message within 72 hours, no test send): shown
    // on their own, e.g. a "Stop promotions" tap that opted the contact out. Newest first.
    QList<Inbound> unattributedInbound() const;

    // The history of `e164` (already normalised). nullopt with *error on a database error.
    static std::optional<ContactHistory> load(QSqlDatabase db, const QString &e164, QString *error);
};

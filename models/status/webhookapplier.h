#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

// Applies what the relay feed carries (Meta webhooks: statuses, inbound messages, user preferences) to the
// workspace, by the rules of ../shared/reference/campaign-stats.md. All SQL of the status feed lives here and
// in webhookapplier_inbound.cpp. Idempotent: applying the same events again (a crash between the apply and
// the cursor save, a webhook Meta delivered twice) changes nothing.
//
// Statuses (matched by wamid, else by biz_opaque_callback_data "herald:r<ID>", which also reconciles rows
// left claimed/uncertain by a crash: they take the reported status and its wamid):
//   - state only moves forward: accepted < sent < delivered < read; each status keeps its own timestamp
//     (the earliest one reported), from the webhook's `timestamp` (seconds → ms);
//   - delivered or read also fill sent_at if it is missing; read fills delivered_at if it is missing;
//   - failed before any delivered/read → state failed with error code/title/details and failed_at;
//     failed when delivered/read is known (in either arrival order) → the better state stays, the error
//     becomes a note, error columns and failed_at stay empty;
//   - a duplicate (same wamid + status + timestamp) changes nothing; unknown wamids are counted unmatched
//     and their payload stays in webhook_payloads with its unmatched count.
//   - `pricing` (whatsapp-api.md §2.3) is kept on the row (recipients.pricing_*): the report that outranks the others
//     (MessagePricing::outranks: billable first, then the later status), so any order and replays give one result.
// WhatsApp ids (models/contacts/waid.h): a status's recipient_id is learned by its row and contact (recipients.wa_id,
// contacts.wa_id); with callback data it must name the row's person (learned id or BR/MX twin). Every inbound
// event resolves its wa_id to a contact's number: learned id, exact number, unclaimed twin, else its own number.
// Inbound messages: see webhookapplier_inbound.cpp (72-hour reply attribution, opt-out keywords, 131050,
// user_preferences stop/resume).
// Business events (kind "business", POST /v1/business-events): one business_events row per account and relay
// cursor (BusinessEventStore), in the same transaction as the cursor. The phone is normalised here, with the event's
// "region" (the order's country) for a number without a country code; one libphonenumber cannot read (or none) is
// kept as given with its phone_problem, and every fire of the event is suppressed with that reason. A payload that is
// not a usable event (no name, a bad time or data) stays in webhook_payloads, is counted in businessRejected and
// logged, and never stops the feed.
//
// One applier per connection (thread). It uses the SQLite C API behind the Qt driver for speed.
class WebhookApplier
{
    Q_DECLARE_TR_FUNCTIONS(WebhookApplier)

public:
    static constexpr qint64 kReplyWindowMs = 72LL * 3600 * 1000;

    // One event of the relay feed (docs/relay.md): the payload as parsed JSON plus its raw bytes.
    struct FeedEvent
    {
        qint64 cursor = 0;
        qint64 receivedAtMs = 0;
        QString kind;           // "whatsapp", "invalid", …
        QJsonObject payload;    // empty for kind "invalid"
        QByteArray raw;         // the bytes to keep; when empty, payload is serialised compactly
        // raw as webhook_payloads keeps it (StoredPayload::encode: body, body_encoding) when the caller encoded it
        // already (the poller does, on its own thread, while the page before is applied); empty: encoded here.
        QByteArray stored;
        int storedEncoding = 0;
    };

    struct Counts
    {
        qint64 events = 0;          // feed events (payloads) seen
        qint64 statuses = 0;        // status webhooks that changed a recipient row
        qint64 duplicates = 0;      // status webhooks seen before
        qint64 unmatched = 0;       // status webhooks for no recipient of this workspace
        qint64 ignored = 0;         // statuses we do not track (played, …) or for skipped rows
        qint64 inbound = 0;         // new inbound messages stored
        qint64 replies = 0;         // inbound messages attributed to a campaign recipient
        qint64 unattributed = 0;    // inbound messages attributed to no recipient
        qint64 optOuts = 0;         // contacts newly opted out
        qint64 optIns = 0;          // contacts opted back in (user_preferences resume)
        qint64 business = 0;        // business events (kind "business") newly stored in business_events
        qint64 businessRejected = 0; // business payloads that are not a usable event (kept raw only)
        qint64 qualityChanges = 0;   // numbers whose quality rating or flag changed (phone_number_quality_update)
        qint64 templateChanges = 0;  // templates whose status or quality changed (message_template_*_update)
        Counts &operator+=(const Counts &o);
    };

    explicit WebhookApplier(QSqlDatabase db);
    ~WebhookApplier();
    WebhookApplier(const WebhookApplier &) = delete;
    WebhookApplier &operator=(const WebhookApplier &) = delete;

    // Applies the events and, when nextCursor >= 0, stores it as the account's cursor for relayUrl — all in
    // one transaction, committed before it returns. nullopt (everything rolled back) on a database error.
    std::optional<Counts> apply(qint64 accountId, const QList<FeedEvent> &events, const QString &relayUrl,
                                qint64 nextCursor, QString *error);

    // The cursor stored for the account, 0 if none or if it was stored for another relay URL.
    qint64 cursor(qint64 accountId, const QString &relayUrl, QString *error) const;
    bool saveCursor(qint64 accountId, const QString &relayUrl, qint64 cursor, QString *error);

    // Opts out every contact with a failed recipient row whose error is 131050 (user stopped marketing
    // messages), synchronous API failures included. Returns how many were newly opted out, -1 on error.
    qint64 syncFailureOptOuts(QString *error);

    // The claim-time gate: skips the run's planned rows whose contact (by phone) is opted out, with
    // skip_reason "opted out". Runs on the caller's connection inside the caller's transaction if any.
    // Returns how many rows were skipped, -1 on error. RecipientLedger::claim calls it before selecting.
    static qint64 skipOptedOut(QSqlDatabase db, qint64 runId, qint64 now, QString *error);

    // Opt-out reasons written to contacts.opt_out_reason (the source; the time is opt_out_at).
    static QString reasonKeyword();
    static QString reasonQuickReply();
    static QString reasonError131050();
    static QString reasonUserPreferences();
    static QString sourceResume();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

#pragma once

#include "engine/sandbox/sandboxapi.h"

#include <atomic>
#include <map>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

// How the sandbox's simulated status feed behaves. Every decision is rolled from `seed` and the message's
// `sequence` (its place in the send order), so one seed and one send order always give the same events.
// Delays are "virtual" seconds: an event's webhook `timestamp` is acceptedAt + its virtual delay, and it is
// POSTed after virtual delay / `speed` real seconds.
struct SandboxWebhookOptions
{
    quint64 seed = 20240601;
    double speed = 1.0; // time scale: 60 = one virtual minute per real second

    double marketingLimitShare = 0.03; // MARKETING messages failed later with 131049
    double experimentShare = 0.01; // MARKETING messages failed later with 130472
    double undeliverableShare = 0.02; // any message failed later with 131026
    double neverDeliveredShare = 0.03; // stays "sent" (phone off, blocked)
    double readReceiptsOffShare = 0.15; // recipients (by number) who never send "read"
    double readShare = 0.65; // of delivered messages whose recipient has receipts on
    double readAtOnceShare = 0.25; // of reads: read when delivered, so "delivered" is never sent
    double replyShare = 0.25; // of delivered messages
    double buttonReplyShare = 0.6; // of replies to templates with quick-reply buttons: a button tap
    double stopShare = 0.12; // of replies: an opt-out (the template's "Stop…" button, or "STOP")
    double lateReplyShare = 0.1; // of replies (never an opt-out): timestamped sent_at + 73 h
    double preferenceStopShare = 0.05; // delivered MARKETING messages after which the person stops marketing
                                       // messages in WhatsApp itself (a user_preferences webhook)
    double outOfOrderShare = 0.15; // messages whose status webhooks arrive out of order
    double duplicateShare = 0.1; // messages with one status webhook delivered twice
    double freeServiceShare = 0.2; // UTILITY messages sent inside an open customer-service window: priced
                                   // free_customer_service (not billable) instead of regular (Meta, July 2025)

    int maxBatch = 50; // statuses per POST at most
    int batchWindowMs = 300; // real ms: events due this close together share a POST
    int maxAttempts = 12; // POSTs per payload before it is dropped
};

// One simulated webhook event, before batching.
struct SandboxWebhookEvent
{
    enum class Kind { Status, Message, Preference };
    Kind kind = Kind::Status;
    double arrival = 0; // virtual seconds after acceptance when it is POSTed
    QString phoneNumberId;
    QJsonObject item; // a statuses[] entry, a messages[] entry or a user_preferences[] entry
    QJsonObject contact; // contacts[] entry for a message
};

// The status-feed simulation of the sandbox (issue 5, item 5): turns every message the sandbox accepted into
// Meta's status and reply webhooks — sent, delivered, read, async failures (131049, 130472, 131026), replies
// with context.id, quick-reply taps, STOP, replies after 72 h — with Meta's messiness (out of order, duplicates,
// delivered omitted when read, batched POSTs), signs them with X-Hub-Signature-256 and POSTs them to a webhook
// URL, retrying with backoff while it does not answer 200. Lives in its own thread (see SandboxEnvironment);
// schedule() may be called from any thread.
class SandboxWebhooks : public QObject
{
    Q_OBJECT

public:
    explicit SandboxWebhooks(const SandboxWebhookOptions &options, QObject *parent = nullptr);
    ~SandboxWebhooks() override;

    const SandboxWebhookOptions &options() const { return m_options; }

    // Where to POST, and the key of the signature. Call before the first schedule().
    void setTarget(const QUrl &webhookUrl, const QByteArray &appSecret);
    // Quick-reply button texts per "name/language", read from a Graph-shaped templates file ({"data":[…]}).
    void loadTemplates(const QString &templatesFile);

    // Plans the events of one accepted message and queues them. Thread-safe (queued into this object's thread).
    void schedule(const SandboxRecord &record);

    // The events one message produces, in arrival order: a pure function of options, the record and
    // quickReplies (the template's quick-reply button texts).
    static QList<SandboxWebhookEvent> plan(
        const SandboxWebhookOptions &options, const SandboxRecord &record, const QStringList &quickReplies);
    // Meta's envelope around statuses[] or contacts[]+messages[] of one business number.
    static QJsonObject envelope(const QString &phoneNumberId, const QJsonArray &statuses, const QJsonArray &contacts,
        const QJsonArray &messages);
    // Meta's envelope around user_preferences[] (field "user_preferences").
    static QJsonObject preferencesEnvelope(const QString &phoneNumberId, const QJsonArray &preferences);
    // Meta's envelope around one change (field + value, with messaging_product and metadata added).
    static QJsonObject change(const QString &phoneNumberId, const QString &field, QJsonObject value);
    // display_phone_number of the sandbox's business number (digits only, as Meta sends it).
    static QString displayPhoneNumber();

    // Events planned but not yet answered 200 (thread-safe).
    qsizetype pending() const { return m_pending.load(); }

    // Removes the events still waiting for their time and returns them, each with its due wall-clock time
    // ("due_at", UTC ms), so a later process can send them (SandboxEnvironment keeps them across a restart).
    // Call in this object's thread.
    QJsonArray takeQueued();
    // Queues events taken by takeQueued() (in this or an earlier process): each is sent at its due time, or at
    // once when that has passed. Thread-safe (queued into this object's thread).
    void restore(const QJsonArray &events);

Q_SIGNALS:
    // After each POST the relay answered 200: how many statuses and messages it carried.
    void delivered(int statuses, int messages);

private:
    struct Payload
    {
        QByteArray body;
        int events = 0;
        int statuses = 0;
        int messages = 0;
        int attempts = 0;
    };

    void enqueue(const SandboxRecord &record);
    void arm();
    void dispatch();
    void post(Payload payload);

    SandboxWebhookOptions m_options;
    QHash<QString, QStringList> m_quickReplies; // "name/language" → button texts
    QUrl m_url;
    QByteArray m_appSecret;

    // Owned by this object's thread:
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    std::multimap<qint64, SandboxWebhookEvent> m_queue; // due (ms on m_clock) → event
    std::atomic<qsizetype> m_pending { 0 };
};

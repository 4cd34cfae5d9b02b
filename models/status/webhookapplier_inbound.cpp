// Inbound messages (replies), user preferences and opt-outs of the status feed.
//
// Reply attribution (campaign-stats.md, 72 hours), for each new inbound message (deduplicated by its id):
//   1. context.id equal to a campaign message's wamid, when the message came 0…72 h after that row's sent_at;
//   2. otherwise the most recent campaign message to the same phone (from, else contacts[].wa_id, resolved to the
//      contact's number by WebhookApplier::Private::resolvePhone — learned wa_id, exact number, BR/MX twin) whose
//      sent_at is at most 72 h before the message (sent_at <= t and t - sent_at <= 72 h, both ends included).
// sent_at falls back to accepted_at for a row whose `sent` status has not arrived yet, and to claimed_at for an
// uncertain row (its answer was lost; a reply that comes before its status still counts). Rows that failed or
// were skipped, planned or are in flight are never attributed. One inbound message goes to at most one
// recipient; replied_at keeps the earliest reply, so several replies count once. Every type is a reply,
// including quick-reply buttons (type button) and interactive replies.
//
// Opt-outs (contacts.opt_out_at = the event's time, opt_out_reason = its source):
//   - a text whose whole body is a STOP keyword (OptOutKeywords, 5 languages);
//   - a button / interactive reply whose text or payload is a keyword or whose payload starts with
//     HERALD_OPT_OUT (the payload a campaign maps to its "Stop promotions" quick reply);
//   - a failed status or a failed ledger row with code 131050 (webhookapplier.cpp, syncFailureOptOuts);
//   - user_preferences with category marketing_messages and value "stop".
// user_preferences "resume" opts back in (opt_in_at/opt_in_source) unless a later opt-out exists; an older
// stop arriving after a newer resume is ignored. Opt-out replies are still replies.
#include "models/status/webhookapplier_p.h"

#include "models/contacts/optoutkeywords.h"
#include "models/contacts/waid.h"

#include <algorithm>

#include <QJsonArray>

namespace {

struct Inbound
{
    QString type;
    QString text;
    QString payload;   // button payload / interactive reply id; null when none
    bool button = false;
};

Inbound readInbound(const QJsonObject &m)
{
    Inbound in;
    in.type = m.value(QLatin1String("type")).toString();
    const QJsonObject body = m.value(in.type).toObject();
    if (in.type == QLatin1String("text")) {
        in.text = body.value(QLatin1String("body")).toString();
    } else if (in.type == QLatin1String("button")) {
        in.button = true;
        in.text = body.value(QLatin1String("text")).toString();
        in.payload = body.value(QLatin1String("payload")).toString();
    } else if (in.type == QLatin1String("interactive")) {
        in.button = true;
        for (const char *kind : {"button_reply", "list_reply"}) {
            const QJsonObject reply = body.value(QLatin1String(kind)).toObject();
            if (!reply.isEmpty()) {
                in.text = reply.value(QLatin1String("title")).toString();
                in.payload = reply.value(QLatin1String("id")).toString();
            }
        }
    } else if (in.type == QLatin1String("reaction")) {
        in.text = body.value(QLatin1String("emoji")).toString();
    } else {
        in.text = body.value(QLatin1String("caption")).toString();   // media; empty otherwise
    }
    return in;
}

} // namespace

bool WebhookApplier::Private::applyMessages(const QJsonObject &value, qint64 fallbackMs, QString *error)
{
    const QJsonArray messages = value.value(QLatin1String("messages")).toArray();
    if (messages.isEmpty())
        return true;
    const QJsonArray contacts = value.value(QLatin1String("contacts")).toArray();
    for (const QJsonValue &mv : messages) {
        const QJsonObject m = mv.toObject();
        const QString id = m.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        inboundExists.bind(1, id);
        const int rc = inboundExists.step(error);
        inboundExists.reset();
        if (rc == SQLITE_ROW)
            continue;   // seen before: a duplicate delivery or a re-applied page
        if (rc != SQLITE_DONE)
            return false;

        QString waId = WaId::digits(m.value(QLatin1String("from")).toString());
        if (waId.isEmpty() && contacts.size() == 1)
            waId = WaId::digits(contacts.at(0).toObject().value(QLatin1String("wa_id")).toString());
        const std::optional<QString> resolved = resolvePhone(waId, error);
        if (!resolved)
            return false;
        const QString phone = *resolved;
        const qint64 at = RelayFeeds::timestampMs(m.value(QLatin1String("timestamp")), fallbackMs);
        const QString contextId = m.value(QLatin1String("context")).toObject().value(QLatin1String("id")).toString();
        const Inbound in = readInbound(m);
        const qint64 recipient = attribute(phone, contextId, at, error);
        if (recipient < 0)
            return false;
        QString reason;
        if (in.button && (OptOutKeywords::isOptOutText(in.text) || OptOutKeywords::isOptOutPayload(in.payload)))
            reason = WebhookApplier::reasonQuickReply();
        else if (!in.button && OptOutKeywords::isOptOutText(in.text))
            reason = WebhookApplier::reasonKeyword();

        insertInbound.bind(1, id);
        insertInbound.bind(2, phone.isEmpty() ? QStringLiteral("") : phone);
        insertInbound.bind(3, recipient > 0 ? std::optional<qint64>(recipient) : std::nullopt);
        insertInbound.bind(4, contextId.isEmpty() ? QString() : contextId);
        insertInbound.bind(5, in.type);
        insertInbound.bind(6, in.text.isNull() ? QStringLiteral("") : in.text);
        insertInbound.bind(7, in.payload.isEmpty() ? QString() : in.payload);
        insertInbound.bind(8, qint64(reason.isEmpty() ? 0 : 1));
        insertInbound.bind(9, at);
        insertInbound.bind(10, payloadId);
        insertInbound.bind(11, now);
        insertInbound.bind(12, waId.isEmpty() ? QString() : waId);
        if (!insertInbound.exec(error))
            return false;
        ++counts.inbound;
        if (recipient > 0) {
            markReplied.bind(1, recipient);
            markReplied.bind(2, at);
            markReplied.bind(3, now);
            if (!markReplied.exec(error))
                return false;
            ++counts.replies;
        } else {
            ++counts.unattributed;
        }
        if (!reason.isEmpty() && !phone.isEmpty() && !optOut(phone, at, reason, error))
            return false;
    }
    return true;
}

qint64 WebhookApplier::Private::attribute(const QString &phone, const QString &contextId, qint64 at, QString *error)
{
    if (!contextId.isEmpty()) {
        contextRecipient.bind(1, contextId);
        const int rc = contextRecipient.step(error);
        qint64 id = 0;
        if (rc == SQLITE_ROW && !contextRecipient.isNull(1)) {
            const qint64 sent = contextRecipient.int64(1);
            if (at >= sent && at - sent <= WebhookApplier::kReplyWindowMs)
                id = contextRecipient.int64(0);
        }
        contextRecipient.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return -1;
        if (id > 0)
            return id;
    }
    if (phone.isEmpty())
        return 0;
    recentRecipient.bind(1, phone);
    recentRecipient.bind(2, at - WebhookApplier::kReplyWindowMs);
    recentRecipient.bind(3, at);
    const int rc = recentRecipient.step(error);
    const qint64 id = rc == SQLITE_ROW ? recentRecipient.int64(0) : 0;
    recentRecipient.reset();
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? id : -1;
}

bool WebhookApplier::Private::applyPreferences(const QJsonObject &value, qint64 fallbackMs, QString *error)
{
    const QJsonArray prefs = value.value(QLatin1String("user_preferences")).toArray();
    for (const QJsonValue &pv : prefs) {
        const QJsonObject p = pv.toObject();
        const QString category = p.value(QLatin1String("category")).toString();
        if (!category.isEmpty() && category != QLatin1String("marketing_messages"))
            continue;
        const std::optional<QString> resolved = resolvePhone(p.value(QLatin1String("wa_id")).toString(), error);
        if (!resolved)
            return false;
        const QString phone = *resolved;
        if (phone.isEmpty())
            continue;
        const qint64 at = RelayFeeds::timestampMs(p.value(QLatin1String("timestamp")), fallbackMs);
        const QString choice = p.value(QLatin1String("value")).toString();
        if (choice == QLatin1String("stop")) {
            if (!optOut(phone, at, WebhookApplier::reasonUserPreferences(), error))
                return false;
        } else if (choice == QLatin1String("resume")) {
            if (!optIn(phone, at, error))
                return false;
        }
    }
    return true;
}

bool WebhookApplier::Private::optOut(const QString &phone, qint64 eventAt, const QString &reason, QString *error)
{
    // Never dated after the moment Herald learns of it: an event stamped in the future (a sender's clock, a
    // simulated late reply) must not make an opt-out look as if it had not happened yet.
    const qint64 at = std::min(eventAt, now);
    optOutContact.bind(1, phone);
    optOutContact.bind(2, at);
    optOutContact.bind(3, reason);
    optOutContact.bind(4, now);
    optOutContact.bind(5, WebhookApplier::sourceResume());
    if (!optOutContact.exec(error))
        return false;
    counts.optOuts += optOutContact.changes();
    return true;
}

bool WebhookApplier::Private::optIn(const QString &phone, qint64 at, QString *error)
{
    optInContact.bind(1, phone);
    optInContact.bind(2, at);
    optInContact.bind(3, WebhookApplier::sourceResume());
    optInContact.bind(4, now);
    if (!optInContact.exec(error))
        return false;
    counts.optIns += optInContact.changes();
    return true;
}

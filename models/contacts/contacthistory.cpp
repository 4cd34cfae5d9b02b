#include "models/contacts/contacthistory.h"
#include "models/storage/sqldialect.h"

#include "models/contacts/contactstore.h"
#include "models/status/storedpayload.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

std::optional<qint64> optionalInt64(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

ContactHistory::Inbound readInbound(const QSqlQuery &q)
{
    ContactHistory::Inbound in;
    in.id = q.value(0).toLongLong();
    in.wamid = q.value(1).toString();
    in.recipientId = q.value(2).toLongLong();
    in.type = q.value(3).toString();
    in.text = q.value(4).toString();
    in.optOut = q.value(5).toBool();
    in.atMs = q.value(6).toLongLong();
    in.payloadId = q.value(7).toLongLong();
    in.waId = q.value(8).toString();
    return in;
}

// Statuses with the same timestamp in the order they happen.
const QString kStatusOrder = QStringLiteral(
    "CASE status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 WHEN 'failed' THEN 4 ELSE 5 END");

// The number's test sends with their status webhooks (unmatched_statuses by wamid), newest first.
bool loadTestSends(QSqlDatabase db, ContactHistory &h, QSet<qint64> *payloadIds, QString *error)
{
    const auto sends = TestSendLog::byPhone(db, h.phone, error);
    if (!sends)
        return false;
    QSqlQuery s(db);
    s.setForwardOnly(SqlDialect::forwardOnly(s));
    s.prepare(QStringLiteral("SELECT 0, status, event_at, error_code, payload_id FROM unmatched_statuses WHERE wamid = ? "
                             "ORDER BY event_at, ") + kStatusOrder);
    for (const TestSendEntry &send : *sends) {
        ContactHistory::TestMessage t;
        t.send = send;
        if (!send.wamid.isEmpty()) {
            s.addBindValue(send.wamid);
            if (!run(s, error))
                return false;
            while (s.next()) {
                ContactHistory::StatusEvent e;
                e.id = s.value(0).toLongLong();
                e.status = s.value(1).toString();
                e.atMs = s.value(2).toLongLong();
                e.errorCode = optionalInt64(s.value(3));
                e.payloadId = s.value(4).toLongLong();
                if (e.payloadId > 0)
                    payloadIds->insert(e.payloadId);
                t.statuses.append(e);
            }
            s.finish();
        }
        h.testSends.append(t);
    }
    return true;
}

} // namespace

QList<ContactHistory::Inbound> ContactHistory::unattributedInbound() const
{
    QSet<qint64> shown;
    for (const Message &m : messages) {
        for (const Inbound &r : m.replies)
            shown.insert(r.id);
    }
    for (const TestMessage &t : testSends) {
        for (const Inbound &r : t.replies)
            shown.insert(r.id);
    }
    QList<Inbound> out;
    for (const Inbound &in : inbound) {
        if (!shown.contains(in.id))
            out.append(in);
    }
    return out;
}

std::optional<ContactHistory> ContactHistory::load(QSqlDatabase db, const QString &e164, QString *error)
{
    ContactHistory h;
    h.phone = e164;
    QString dbError;
    h.contact = ContactStore(db).byPhone(e164, &dbError);
    if (!dbError.isEmpty()) {
        *error = dbError;
        return std::nullopt;
    }

    // Every message to the number, newest first (recipients_phone_claimed).
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QStringLiteral(
        "SELECT r.id, r.run_id, cr.campaign_id, c.name, c.template_name, c.language, cr.run_kind, r.state, r.wamid, "
        "r.attempts, r.error_code, r.error_title, r.error_details, r.note, r.skip_reason, r.claimed_at, r.accepted_at, "
        "r.sent_at, r.delivered_at, r.read_at, r.failed_at, r.uncertain_at, r.replied_at, r.skipped_at, r.updated_at, "
        "r.wa_id "
        "FROM recipients r JOIN campaign_runs cr ON cr.id = r.run_id JOIN campaigns c ON c.id = cr.campaign_id "
        "WHERE r.phone = :phone ORDER BY coalesce(r.claimed_at, r.updated_at) DESC, r.id DESC"));
    q.bindValue(QStringLiteral(":phone"), e164);
    if (!run(q, error))
        return std::nullopt;
    QHash<qint64, qsizetype> byRecipient;
    while (q.next()) {
        Message m;
        m.recipientId = q.value(0).toLongLong();
        m.runId = q.value(1).toLongLong();
        m.campaignId = q.value(2).toLongLong();
        m.campaignName = q.value(3).toString();
        m.templateName = q.value(4).toString();
        m.language = q.value(5).toString();
        m.runKind = q.value(6).toString();
        m.state = q.value(7).toString();
        m.wamid = q.value(8).toString();
        m.attempts = q.value(9).toInt();
        m.errorCode = optionalInt64(q.value(10));
        m.errorTitle = q.value(11).toString();
        m.errorDetails = q.value(12).toString();
        m.note = q.value(13).toString();
        m.skipReason = q.value(14).toString();
        m.claimedAt = optionalInt64(q.value(15));
        m.acceptedAt = optionalInt64(q.value(16));
        m.sentAt = optionalInt64(q.value(17));
        m.deliveredAt = optionalInt64(q.value(18));
        m.readAt = optionalInt64(q.value(19));
        m.failedAt = optionalInt64(q.value(20));
        m.uncertainAt = optionalInt64(q.value(21));
        m.repliedAt = optionalInt64(q.value(22));
        m.skippedAt = optionalInt64(q.value(23));
        m.updatedAt = q.value(24).toLongLong();
        m.waId = q.value(25).toString();
        byRecipient.insert(m.recipientId, h.messages.size());
        h.messages.append(std::move(m));
    }

    QSet<qint64> payloadIds;
    if (!h.messages.isEmpty()) {
        // Their status webhooks (recipient_statuses by key), oldest first.
        QSqlQuery s(db);
        s.setForwardOnly(SqlDialect::forwardOnly(s));
        s.prepare(QStringLiteral("SELECT 0, recipient_id, status, event_at, error_code, payload_id FROM recipient_statuses "
                                 "WHERE recipient_id IN (SELECT id FROM recipients WHERE phone = :phone) "
                                 "ORDER BY event_at, ") + kStatusOrder);
        s.bindValue(QStringLiteral(":phone"), e164);
        if (!run(s, error))
            return std::nullopt;
        while (s.next()) {
            const auto it = byRecipient.constFind(s.value(1).toLongLong());
            if (it == byRecipient.constEnd())
                continue;
            StatusEvent e;
            e.id = s.value(0).toLongLong();
            e.status = s.value(2).toString();
            e.atMs = s.value(3).toLongLong();
            e.errorCode = optionalInt64(s.value(4));
            e.payloadId = s.value(5).toLongLong();
            if (e.payloadId > 0)
                payloadIds.insert(e.payloadId);
            h.messages[*it].statuses.append(e);
        }
    }

    // The WhatsApp id Meta uses for the contact (models/contacts/waid.h).
    QSqlQuery w(db);
    w.prepare(QStringLiteral("SELECT wa_id FROM contacts WHERE phone = :phone"));
    w.bindValue(QStringLiteral(":phone"), e164);
    if (!run(w, error))
        return std::nullopt;
    if (w.next())
        h.waId = w.value(0).toString();

    if (!loadTestSends(db, h, &payloadIds, error))
        return std::nullopt;

    // Inbound messages of the number (inbound_messages_phone), newest first: filed under the contact's number, and
    // under the WhatsApp id's own number when nothing resolved them to the contact yet.
    QSqlQuery in(db);
    in.setForwardOnly(SqlDialect::forwardOnly(in));
    in.prepare(QStringLiteral("SELECT id, wamid, recipient_id, type, text, opt_out, message_at, payload_id, wa_id, "
                              "context_id FROM inbound_messages WHERE phone IN (:phone, :own) "
                              "ORDER BY message_at DESC, id DESC"));
    in.bindValue(QStringLiteral(":phone"), e164);
    in.bindValue(QStringLiteral(":own"), h.waId.isEmpty() ? e164 : QLatin1Char('+') + h.waId);
    if (!run(in, error))
        return std::nullopt;
    QHash<qint64, QString> contextOf;
    while (in.next()) {
        const Inbound message = readInbound(in);
        if (message.payloadId > 0)
            payloadIds.insert(message.payloadId);
        contextOf.insert(message.id, in.value(9).toString());
        h.inbound.append(message);
    }
    for (auto it = h.inbound.crbegin(); it != h.inbound.crend(); ++it) {
        const auto m = byRecipient.constFind(it->recipientId);
        if (it->recipientId > 0 && m != byRecipient.constEnd()) {
            h.messages[*m].replies.append(*it);
            continue;
        }
        const QString context = contextOf.value(it->id);
        for (TestMessage &t : h.testSends) {
            if (!context.isEmpty() && t.send.wamid == context)
                t.replies.append(*it);
        }
    }

    h.events = BusinessEventStore(db).byPhone(e164, &dbError);
    if (!dbError.isEmpty()) {
        *error = dbError;
        return std::nullopt;
    }

    // Triggered campaigns' decisions about this number: the campaigns (a few) drive the join, so each
    // is one lookup in trigger_fires_phone (campaign_id, phone) instead of a scan of every fire.
    QSqlQuery f(db);
    f.setForwardOnly(SqlDialect::forwardOnly(f));
    f.prepare(QStringLiteral("SELECT f.id, f.campaign_id, c.name, f.event_id, f.due_at, f.state, f.reason, f.run_id, "
                             "f.decided_at FROM campaigns c JOIN trigger_fires f ON f.campaign_id = c.id "
                             "AND f.phone = :phone ORDER BY f.due_at DESC, f.id DESC"));
    f.bindValue(QStringLiteral(":phone"), e164);
    if (!run(f, error))
        return std::nullopt;
    while (f.next()) {
        TriggerFire fire;
        fire.id = f.value(0).toLongLong();
        fire.campaignId = f.value(1).toLongLong();
        fire.campaignName = f.value(2).toString();
        fire.eventId = f.value(3).toLongLong();
        fire.dueAtMs = f.value(4).toLongLong();
        fire.state = f.value(5).toString();
        fire.reason = f.value(6).toString();
        fire.runId = f.value(7).toLongLong();
        fire.decidedAt = optionalInt64(f.value(8));
        h.fires.append(fire);
    }

    // The raw payloads, one indexed lookup each (a number has a few dozen at most).
    QSqlQuery p(db);
    p.prepare(QStringLiteral("SELECT relay_cursor, received_at, kind, body, body_encoding FROM webhook_payloads "
                             "WHERE id = :id"));
    for (const qint64 id : std::as_const(payloadIds)) {
        p.bindValue(QStringLiteral(":id"), id);
        if (!run(p, error))
            return std::nullopt;
        if (!p.next())
            continue;
        Payload payload;
        payload.id = id;
        payload.relayCursor = p.value(0).toLongLong();
        payload.receivedAtMs = p.value(1).toLongLong();
        payload.kind = p.value(2).toString();
        payload.body = StoredPayload::decode(p.value(3).toByteArray(), p.value(4).toInt());
        h.payloads.insert(id, payload);
        p.finish();
    }
    return h;
}

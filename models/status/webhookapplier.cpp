#include "models/status/webhookapplier_p.h"
#include "models/accounts/numberquality.h"
#include "models/core/clock.h"
#include "models/storage/sqltransaction.h"

#include "models/contacts/waid.h"
#include "models/ledger/ledger.h"
#include "models/status/businessevents.h"
#include "models/status/messagepricing.h"
#include "models/status/storedpayload.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcRelayFeeds, "herald.relayfeeds", QtInfoMsg)

// ---- helpers ----

namespace RelayFeeds {

qint64 timestampMs(const QJsonValue &v, qint64 fallbackMs)
{
    bool ok = false;
    const qint64 seconds = v.isString() ? v.toString().toLongLong(&ok) : qint64(v.toDouble());
    if (v.isDouble())
        ok = seconds > 0;
    return ok && seconds > 0 ? seconds * 1000 : fallbackMs;
}

QString e164(const QString &waId)
{
    return WaId::e164(waId);
}

} // namespace RelayFeeds

namespace {

enum class Rank { Pending, Sent, Delivered, Read, Failed, Other };

Rank rankOf(const QByteArray &state)
{
    if (state == "sent")
        return Rank::Sent;
    if (state == "delivered")
        return Rank::Delivered;
    if (state == "read")
        return Rank::Read;
    if (state == "failed")
        return Rank::Failed;
    if (state == "accepted" || state == "claimed" || state == "uncertain" || state == "planned")
        return Rank::Pending;
    return Rank::Other;   // skipped
}

void keepEarliest(std::optional<qint64> &slot, qint64 t)
{
    if (!slot || t < *slot)
        slot = t;
}

struct Row
{
    qint64 id = 0;
    QByteArray state;
    QString wamid;
    std::optional<qint64> sentAt, deliveredAt, readAt, failedAt, errorCode;
    QString errorTitle, errorDetails, note, phone;
    QString waId;   // learned WhatsApp id (digits), empty while unknown
    std::optional<MessagePricing> pricing;   // recorded so far (recipients.pricing_*)
};

bool readRow(SqlStatement &q, Row *row, QString *error, bool *found)
{
    const int rc = q.step(error);
    *found = rc == SQLITE_ROW;
    if (*found) {
        row->id = q.int64(0);
        row->state = q.bytes(1);
        row->wamid = q.text(2);
        row->sentAt = q.optInt64(3);
        row->deliveredAt = q.optInt64(4);
        row->readAt = q.optInt64(5);
        row->failedAt = q.optInt64(6);
        row->errorCode = q.optInt64(7);
        row->errorTitle = q.text(8);
        row->errorDetails = q.text(9);
        row->note = q.text(10);
        row->phone = q.text(11);
        row->waId = q.text(12);
        row->pricing.reset();
        if (!q.isNull(13))
            row->pricing = MessagePricing { q.int64(13) != 0, q.text(14), q.text(15), q.text(16),
                                            q.optInt64(17).value_or(0) };
    }
    q.reset();
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

QString failureNote(const std::optional<qint64> &code, const QString &title, const QString &details, qint64 at)
{
    QString text = WebhookApplier::tr("Failed status reported after delivery (kept as delivered): %1 %2")
                       .arg(code ? QString::number(*code) : QStringLiteral("?"), title);
    if (!details.isEmpty())
        text += QStringLiteral(" — ") + details;
    text += QStringLiteral(" (") + QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate)
        + QLatin1Char(')');
    return text;
}

void appendNote(QString &note, const QString &line)
{
    if (note.contains(line))
        return;
    note = note.isEmpty() ? line : note + QLatin1Char('\n') + line;
}

const char kRowColumns[] = "SELECT id, state, wamid, sent_at, delivered_at, read_at, failed_at, error_code, error_title, "
                           "error_details, note, phone, wa_id, pricing_billable, pricing_category, pricing_type, "
                           "pricing_model, pricing_at FROM recipients ";

} // namespace

// ---- WebhookApplier ----

WebhookApplier::Counts &WebhookApplier::Counts::operator+=(const Counts &o)
{
    events += o.events;
    statuses += o.statuses;
    duplicates += o.duplicates;
    unmatched += o.unmatched;
    ignored += o.ignored;
    inbound += o.inbound;
    replies += o.replies;
    unattributed += o.unattributed;
    optOuts += o.optOuts;
    optIns += o.optIns;
    business += o.business;
    businessRejected += o.businessRejected;
    qualityChanges += o.qualityChanges;
    templateChanges += o.templateChanges;
    return *this;
}

WebhookApplier::WebhookApplier(QSqlDatabase db)
    : d(std::make_unique<Private>(std::move(db)))
{
}

WebhookApplier::~WebhookApplier() = default;

QString WebhookApplier::reasonKeyword()
{
    return QStringLiteral("whatsapp reply: opt-out keyword");
}
QString WebhookApplier::reasonQuickReply()
{
    return QStringLiteral("whatsapp reply: opt-out quick-reply button");
}
QString WebhookApplier::reasonError131050()
{
    return QStringLiteral("whatsapp error 131050: user stopped marketing messages");
}
QString WebhookApplier::reasonUserPreferences()
{
    return QStringLiteral("whatsapp user_preferences: stop");
}
QString WebhookApplier::sourceResume()
{
    return QStringLiteral("whatsapp user_preferences: resume");
}

bool WebhookApplier::Private::prepare(QString *error)
{
    if (ready)
        return true;
    if (!db.isOpen()) {
        *error = WebhookApplier::tr("The workspace database is not open.");
        return false;
    }
    // A feed page touches recipient rows, their indexes and the statistics all over the file: with SQLite's default
    // 2 MiB page cache a page of 50,000 statuses spills dirty pages to the WAL and reads them back again and again.
    // The connection that applies the feed keeps a larger cache (the memory is only taken as pages are touched).
    if (sqlite3 *handle = Workspace::sqliteHandle(db))
        sqlite3_exec(handle, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    const QByteArray byWamid = QByteArray(kRowColumns) + "WHERE wamid = ?1";
    const QByteArray byId = QByteArray(kRowColumns) + "WHERE id = ?1";
    ready = insertPayload.prepare(db,
                                  "INSERT INTO webhook_payloads (account_id, relay_cursor, received_at, kind, "
                                  "body, stored_at, body_encoding) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                  "ON CONFLICT DO NOTHING RETURNING id",
                                  error)
        && payloadByCursor.prepare(db,
                                   "SELECT id FROM webhook_payloads WHERE account_id = ?1 AND relay_cursor = ?2", error)
        && markPayload.prepare(db, "UPDATE webhook_payloads SET unmatched = ?2 WHERE id = ?1", error)
        && recipientByWamid.prepare(db, byWamid.constData(), error)
        && recipientById.prepare(db, byId.constData(), error)
        && insertEvent.prepare(db,
                               "INSERT INTO recipient_statuses (recipient_id, status, event_at, payload_id, "
                               "error_code) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
                               error)
        && insertUnmatched.prepare(db,
                                   "INSERT INTO unmatched_statuses (wamid, status, event_at, payload_id, "
                                   "error_code) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
                                   error)
        && anyUnmatched.prepare(db, "SELECT EXISTS (SELECT 1 FROM unmatched_statuses)", error)
        && dropUnmatched.prepare(db,
                                 "DELETE FROM unmatched_statuses WHERE wamid = ?1 AND status = ?2 AND event_at = ?3",
                                 error)
        // Without wamid when it is not new: naming it in SET rewrites its index entry.
        // (Its parameters are numbered without a gap: PostgreSQL cannot type a parameter the statement never uses.)
        && updateRecipient.prepare(db,
                                   "UPDATE recipients SET state = ?2, sent_at = ?3, delivered_at = ?4, "
                                   "read_at = ?5, failed_at = ?6, error_code = ?7, error_title = ?8, "
                                   "error_details = ?9, note = ?10, updated_at = ?11, wa_id = ?12, "
                                   "pricing_billable = ?13, pricing_category = ?14, pricing_type = ?15, "
                                   "pricing_model = ?16, pricing_at = ?17 WHERE id = ?1",
                                   error)
        && updateRecipientWamid.prepare(db,
                                        "UPDATE recipients SET state = ?2, wamid = ?3, sent_at = ?4, delivered_at = ?5, "
                                        "read_at = ?6, failed_at = ?7, error_code = ?8, error_title = ?9, "
                                        "error_details = ?10, note = ?11, updated_at = ?12, wa_id = ?13, "
                                        "pricing_billable = ?14, pricing_category = ?15, pricing_type = ?16, "
                                        "pricing_model = ?17, pricing_at = ?18 WHERE id = ?1",
                                        error)
        && learnContactWaId.prepare(db, "UPDATE contacts SET wa_id = ?2 WHERE phone = ?1 AND wa_id IS DISTINCT FROM ?2",
                                    error)
        && contactHasWaId.prepare(db, "SELECT 1 FROM contacts WHERE phone = ?1 AND wa_id = ?2", error)
        && contactByWaId.prepare(db,
                                 "SELECT phone FROM contacts WHERE wa_id = ?1 "
                                 "ORDER BY phone = ?2 DESC, updated_at DESC, id DESC LIMIT 1",
                                 error)
        && contactWaIdByPhone.prepare(db, "SELECT wa_id FROM contacts WHERE phone = ?1", error)
        && inboundExists.prepare(db, "SELECT 1 FROM inbound_messages WHERE wamid = ?1", error)
        && insertInbound.prepare(db,
                                 "INSERT INTO inbound_messages (wamid, phone, contact_id, recipient_id, "
                                 "context_id, type, text, payload, opt_out, message_at, payload_id, created_at, wa_id) "
                                 "VALUES (?1, ?2, (SELECT id FROM contacts WHERE phone = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                 "?10, ?11, ?12) ON CONFLICT DO NOTHING",
                                 error)
        && contextRecipient.prepare(db,
                                    "SELECT id, coalesce(sent_at, accepted_at, claimed_at) FROM recipients WHERE wamid = ?1 "
                                    "AND state IN ('accepted', 'sent', 'delivered', 'read', 'uncertain')",
                                    error)
        && recentRecipient.prepare(db,
                                   "SELECT id FROM recipients WHERE phone = ?1 "
                                   "AND state IN ('accepted', 'sent', 'delivered', 'read', 'uncertain') "
                                   "AND coalesce(sent_at, accepted_at, claimed_at) BETWEEN ?2 AND ?3 "
                                   "ORDER BY coalesce(sent_at, accepted_at, claimed_at) DESC, id DESC LIMIT 1",
                                   error)
        && markReplied.prepare(db,
                               "UPDATE recipients SET replied_at = ?2, updated_at = ?3 WHERE id = ?1 "
                               "AND (replied_at IS NULL OR replied_at > ?2)",
                               error)
        && optOutContact.prepare(db,
                                 "UPDATE contacts SET opt_out_at = ?2, opt_out_reason = ?3, updated_at = ?4 "
                                 "WHERE phone = ?1 AND opt_out_at IS NULL "
                                 "AND NOT (coalesce(opt_in_source, '') = ?5 AND coalesce(opt_in_at, 0) > ?2)",
                                 error)
        && optInContact.prepare(db,
                                "UPDATE contacts SET opt_in_at = ?2, opt_in_source = ?3, opt_out_at = NULL, "
                                "opt_out_reason = NULL, updated_at = ?4 WHERE phone = ?1 "
                                "AND (opt_out_at IS NULL OR opt_out_at <= ?2) "
                                "AND (opt_out_at IS NOT NULL OR opt_in_at IS NULL OR opt_in_at < ?2)",
                                error)
        && syncFailures.prepare(
            db,
            "UPDATE contacts SET opt_out_at = (SELECT min(coalesce(r.failed_at, r.updated_at)) FROM recipients r "
            "WHERE r.phone = contacts.phone AND r.state = 'failed' AND r.error_code = 131050), "
            "opt_out_reason = ?1, updated_at = ?2 WHERE opt_out_at IS NULL AND phone IN "
            "(SELECT phone FROM recipients WHERE state = 'failed' AND error_code = 131050) "
            "AND NOT (coalesce(opt_in_source, '') = ?3 AND coalesce(opt_in_at, 0) > (SELECT min(coalesce(r.failed_at, "
            "r.updated_at)) FROM recipients r WHERE r.phone = contacts.phone AND r.state = 'failed' "
            "AND r.error_code = 131050))",
            error)
        && readCursor.prepare(db, "SELECT cursor FROM relay_cursors WHERE account_id = ?1 AND relay_url = ?2", error)
        && writeCursor.prepare(db,
                               "INSERT INTO relay_cursors (account_id, relay_url, cursor, updated_at) "
                               "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (account_id) DO UPDATE SET "
                               "relay_url = excluded.relay_url, cursor = excluded.cursor, updated_at = excluded.updated_at",
                               error);
    return ready;
}

std::optional<WebhookApplier::Counts> WebhookApplier::apply(qint64 accountId, const QList<FeedEvent> &events,
                                                          const QString &relayUrl, qint64 nextCursor, QString *error)
{
    if (!d->prepare(error))
        return std::nullopt;
    // BEGIN IMMEDIATE: take the write lock first so the batch never fails half way on a busy database.
    SqlTransaction transaction(d->db);
    if (!transaction.begin().report(error))
        return std::nullopt;
    d->now = Clock::nowMs();
    d->counts = Counts();
    if (d->anyUnmatched.step(error) != SQLITE_ROW) {
        d->anyUnmatched.reset();
        return std::nullopt;
    }
    d->unmatchedStored = d->anyUnmatched.int64(0) != 0;
    d->anyUnmatched.reset();
    bool ok = true;
    for (const FeedEvent &e : events) {
        if (!d->applyEvent(accountId, e, error)) {
            ok = false;
            break;
        }
    }
    if (ok && d->counts.statuses > 0)
        ok = d->syncFailureOptOuts(error) >= 0;
    if (ok && nextCursor >= 0) {
        d->writeCursor.bind(1, accountId);
        d->writeCursor.bind(2, relayUrl);
        d->writeCursor.bind(3, nextCursor);
        d->writeCursor.bind(4, d->now);
        ok = d->writeCursor.exec(error);
    }
    if (!ok || !transaction.commit().report(error))
        return std::nullopt;   // rolled back as the transaction leaves scope
    return d->counts;
}

qint64 WebhookApplier::cursor(qint64 accountId, const QString &relayUrl, QString *error) const
{
    if (!d->prepare(error))
        return -1;
    d->readCursor.bind(1, accountId);
    d->readCursor.bind(2, relayUrl);
    const int rc = d->readCursor.step(error);
    const qint64 value = rc == SQLITE_ROW ? d->readCursor.int64(0) : 0;
    d->readCursor.reset();
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? value : -1;
}

bool WebhookApplier::saveCursor(qint64 accountId, const QString &relayUrl, qint64 cursorValue, QString *error)
{
    return apply(accountId, {}, relayUrl, cursorValue, error).has_value();
}

qint64 WebhookApplier::syncFailureOptOuts(QString *error)
{
    if (!d->prepare(error))
        return -1;
    return d->syncFailureOptOuts(error);
}

qint64 WebhookApplier::Private::syncFailureOptOuts(QString *error)
{
    syncFailures.bind(1, WebhookApplier::reasonError131050());
    syncFailures.bind(2, Clock::nowMs());
    syncFailures.bind(3, WebhookApplier::sourceResume());
    if (!syncFailures.exec(error))
        return -1;
    const qint64 n = syncFailures.changes();
    counts.optOuts += n;
    return n;
}

qint64 WebhookApplier::skipOptedOut(QSqlDatabase db, qint64 runId, qint64 now, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE recipients SET state = 'skipped', skip_reason = 'opted out', skipped_at = :now, "
                             "updated_at = :now WHERE run_id = :run AND state = 'planned' AND phone IN "
                             "(SELECT phone FROM contacts WHERE opt_out_at IS NOT NULL)"));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":run"), runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

bool WebhookApplier::Private::applyEvent(qint64 accountId, const FeedEvent &e, QString *error)
{
    ++counts.events;
    StoredPayload::Stored stored {e.stored, StoredPayload::Encoding(e.storedEncoding)};
    if (e.stored.isEmpty()) {
        QByteArray raw = e.raw;
        if (raw.isEmpty() && !e.payload.isEmpty())
            raw = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
        stored = StoredPayload::encode(raw);
    }
    insertPayload.bind(1, accountId);
    insertPayload.bind(2, e.cursor);
    insertPayload.bind(3, e.receivedAtMs);
    insertPayload.bind(4, e.kind);
    insertPayload.bindBlob(5, stored.body);
    insertPayload.bind(6, now);
    insertPayload.bind(7, qint64(stored.encoding));
    const int inserted = insertPayload.step(error);
    payloadId = inserted == SQLITE_ROW ? insertPayload.int64(0) : 0;
    insertPayload.reset();
    if (inserted != SQLITE_ROW && inserted != SQLITE_DONE)
        return false;
    if (inserted != SQLITE_ROW) {
        payloadByCursor.bind(1, accountId);
        payloadByCursor.bind(2, e.cursor);
        const int rc = payloadByCursor.step(error);
        payloadId = rc == SQLITE_ROW ? payloadByCursor.int64(0) : 0;
        payloadByCursor.reset();
        if (rc != SQLITE_ROW)
            return false;
    }
    payloadUnmatched = 0;
    if (e.kind == QLatin1String("business"))
        return applyBusiness(accountId, e, error);
    const QJsonArray entries = e.payload.value(QLatin1String("entry")).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonArray changes = entry.toObject().value(QLatin1String("changes")).toArray();
        for (const QJsonValue &changeValue : changes) {
            const QJsonObject change = changeValue.toObject();
            const QString field = change.value(QLatin1String("field")).toString();
            const QJsonObject value = change.value(QLatin1String("value")).toObject();
            if (field == QLatin1String("messages")) {
                const QJsonArray statuses = value.value(QLatin1String("statuses")).toArray();
                for (const QJsonValue &s : statuses) {
                    if (!applyStatus(s.toObject(), e.receivedAtMs, error))
                        return false;
                }
                if (!applyMessages(value, e.receivedAtMs, error))
                    return false;
            } else if (field == QLatin1String("user_preferences")) {
                if (!applyPreferences(value, e.receivedAtMs, error))
                    return false;
            } else if (field == QLatin1String("phone_number_quality_update")
                       || field == QLatin1String("account_update")) {
                // Quality, tier and throughput of a number (NumberQuality); a running sender on a number that
                // turns RED or FLAGGED pauses its run within a control poll (SendWorker::checkQuality).
                const auto changed = NumberQuality::apply(db, accountId, NumberQuality::fromWebhook(value), e.receivedAtMs);
                if (!changed.report(error))
                    return false;
                counts.qualityChanges += changed->size();
            } else if (field == QLatin1String("message_template_status_update")
                       || field == QLatin1String("message_template_quality_update")) {
                // A template Meta paused or disabled for quality: a running sender on it pauses within a control
                // poll (SendWorker::checkQuality), before the next send would be refused with 132015/132016.
                const Result<int> changed = TemplateStore(db).applyWebhook(field, value, e.receivedAtMs);
                if (!changed.report(error))
                    return false;
                counts.templateChanges += *changed;
            }
            // Other fields (account alerts, value.errors[]) are kept raw only.
        }
    }
    if (payloadUnmatched > 0) {
        markPayload.bind(1, payloadId);
        markPayload.bind(2, payloadUnmatched);
        if (!markPayload.exec(error))
            return false;
    }
    return true;
}

bool WebhookApplier::Private::applyBusiness(qint64 accountId, const FeedEvent &e, QString *error)
{
    QString problem, field;
    std::optional<BusinessEvent> event = BusinessEventStore::fromJson(e.payload, e.receivedAtMs, &problem, &field);
    if (!event) {
        // Kept raw in webhook_payloads (above); reported, never a reason to stop the feed.
        ++counts.businessRejected;
        // The field only: the problem sentence may quote the phone number, which never goes to a log.
        qCWarning(lcRelayFeeds).noquote()
            << QStringLiteral("business event at relay cursor %1 ignored: bad %2").arg(e.cursor).arg(field);
        return true;
    }
    event->accountId = accountId;
    event->relayCursor = e.cursor;
    if (!event->phoneProblem.isEmpty()) // kept: its fires are suppressed with the reason (never the number in a log)
        qCWarning(lcRelayFeeds).noquote()
            << QStringLiteral("business event at relay cursor %1: its phone number cannot be read").arg(e.cursor);
    bool inserted = false;
    if (!BusinessEventStore(db).insert(*event, error, &inserted))
        return false;
    if (inserted)
        ++counts.business;
    return true;
}

bool WebhookApplier::Private::applyStatus(const QJsonObject &s, qint64 fallbackMs, QString *error)
{
    const QString wamid = s.value(QLatin1String("id")).toString();
    const QString status = s.value(QLatin1String("status")).toString();
    const QString recipientWaId = WaId::digits(s.value(QLatin1String("recipient_id")).toString());
    const qint64 at = RelayFeeds::timestampMs(s.value(QLatin1String("timestamp")), fallbackMs);
    const bool tracked = status == QLatin1String("sent") || status == QLatin1String("delivered")
        || status == QLatin1String("read") || status == QLatin1String("failed");
    if (!tracked || wamid.isEmpty()) {
        ++counts.ignored;   // played, deleted, … : kept raw only
        return true;
    }
    std::optional<qint64> code;
    QString title, details;
    if (status == QLatin1String("failed")) {
        const QJsonObject err = s.value(QLatin1String("errors")).toArray().at(0).toObject();
        if (err.contains(QLatin1String("code")))
            code = qint64(err.value(QLatin1String("code")).toDouble());
        title = err.value(QLatin1String("title")).toString(err.value(QLatin1String("message")).toString());
        details = err.value(QLatin1String("error_data")).toObject().value(QLatin1String("details")).toString();
    }

    Row row;
    bool found = false;
    recipientByWamid.bind(1, wamid);
    if (!readRow(recipientByWamid, &row, error, &found))
        return false;
    if (!found) {
        // Not (yet) known by wamid: our own callback data names the row (a crash left it claimed/uncertain).
        const qint64 id = RecipientLedger::recipientFromCallbackData(
            s.value(QLatin1String("biz_opaque_callback_data")).toString());
        if (id > 0) {
            recipientById.bind(1, id);
            if (!readRow(recipientById, &row, error, &found))
                return false;
            // Another workspace on the same relay may use the same row ids: the number must agree when given —
            // as WhatsApp names it (the row's or contact's learned wa_id, or the number's BR/MX twin, waid.h).
            if (found && !recipientWaId.isEmpty()) {
                const int same = sameRecipient(row.phone, row.waId, recipientWaId, error);
                if (same < 0)
                    return false;
                found = same == 1;
            }
        }
    }

    // Stored by recipient when matched, by wamid otherwise; a key seen before is a duplicate.
    SqlStatement &insert = found ? insertEvent : insertUnmatched;
    if (found)
        insert.bind(1, row.id);
    else
        insert.bind(1, wamid);
    insert.bind(2, status);
    insert.bind(3, at);
    insert.bind(4, payloadId);
    insert.bind(5, code);
    if (!insert.exec(error))
        return false;
    if (insert.changes() == 0) {
        ++counts.duplicates;
        return true;
    }
    if (!found) {
        unmatchedStored = true;
        ++counts.unmatched;
        ++payloadUnmatched;
        return true;
    }
    if (unmatchedStored) {
        // Kept unmatched before (the row's wamid was not known yet): now it is the recipient's.
        dropUnmatched.bind(1, wamid);
        dropUnmatched.bind(2, status);
        dropUnmatched.bind(3, at);
        if (!dropUnmatched.exec(error))
            return false;
    }
    const Rank rank = rankOf(row.state);
    if (rank == Rank::Other) {
        ++counts.ignored;
        return true;
    }

    // The pricing Meta reports with sent and delivered/read: the one that outranks the rest stays (billable first).
    if (const std::optional<MessagePricing> pricing = MessagePricing::fromStatus(s, at))
        if (!row.pricing || pricing->outranks(*row.pricing))
            row.pricing = pricing;
    const bool newWamid = row.wamid.isEmpty();
    if (newWamid)
        row.wamid = wamid;
    if (!recipientWaId.isEmpty() && recipientWaId != row.waId) {
        // Learned from the status (matched by wamid or our callback data): the row and its contact.
        row.waId = recipientWaId;
        learnContactWaId.bind(1, row.phone);
        learnContactWaId.bind(2, recipientWaId);
        if (!learnContactWaId.exec(error))
            return false;
    }
    const auto promote = [&row](Rank to, const char *name) {
        if (row.state == "failed") {
            // A delivered/read after a failed status: the better state wins, the failure becomes a note.
            appendNote(row.note, failureNote(row.errorCode, row.errorTitle, row.errorDetails,
                                             row.failedAt.value_or(0)));
            row.errorCode.reset();
            row.errorTitle.clear();
            row.errorDetails.clear();
            row.failedAt.reset();
            row.state = name;
            return;
        }
        if (rankOf(row.state) < to)
            row.state = name;
    };
    if (status == QLatin1String("sent")) {
        keepEarliest(row.sentAt, at);
        if (rank == Rank::Pending)
            row.state = "sent";
    } else if (status == QLatin1String("delivered")) {
        keepEarliest(row.deliveredAt, at);
        keepEarliest(row.sentAt, at);
        promote(Rank::Delivered, "delivered");
    } else if (status == QLatin1String("read")) {
        keepEarliest(row.readAt, at);
        keepEarliest(row.deliveredAt, at);
        keepEarliest(row.sentAt, at);
        promote(Rank::Read, "read");
    } else { // failed
        if (rank == Rank::Delivered || rank == Rank::Read) {
            appendNote(row.note, failureNote(code, title, details, at));
        } else if (rank != Rank::Failed || !row.failedAt || at < *row.failedAt) {
            row.state = "failed";
            row.failedAt = at;
            row.errorCode = code;
            row.errorTitle = title;
            row.errorDetails = details;
        }
        if (code == 131050 && !optOut(row.phone, at, WebhookApplier::reasonError131050(), error))
            return false;
    }
    SqlStatement &update = newWamid ? updateRecipientWamid : updateRecipient;
    update.bind(1, row.id);
    update.bind(2, QString::fromLatin1(row.state));
    int n = 3;   // updateRecipientWamid's third parameter is the wamid; the rest follow in the same order
    if (newWamid)
        update.bind(n++, row.wamid);
    update.bind(n++, row.sentAt);
    update.bind(n++, row.deliveredAt);
    update.bind(n++, row.readAt);
    update.bind(n++, row.failedAt);
    update.bind(n++, row.errorCode);
    update.bind(n++, row.errorTitle.isEmpty() && !row.errorCode ? QString() : row.errorTitle);
    update.bind(n++, row.errorDetails.isEmpty() && !row.errorCode ? QString() : row.errorDetails);
    update.bind(n++, row.note.isEmpty() ? QString() : row.note);
    update.bind(n++, now);
    update.bind(n++, row.waId.isEmpty() ? QString() : row.waId);
    if (row.pricing) {
        update.bind(n++, qint64(row.pricing->billable ? 1 : 0));
        update.bind(n++, row.pricing->category);
        update.bind(n++, row.pricing->type);
        update.bind(n++, row.pricing->model);
        update.bind(n, row.pricing->at);
    } else {
        for (int i = 0; i < 5; ++i)
            update.bindNull(n + i);
    }
    if (!update.exec(error))
        return false;
    ++counts.statuses;
    return true;
}

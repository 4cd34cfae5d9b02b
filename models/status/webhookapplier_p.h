#pragma once

// Internals shared by webhookapplier.cpp and webhookapplier_inbound.cpp. Not part of the API.

#include "models/status/webhookapplier.h"
#include "models/storage/sqlstatement.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <optional>

#include <sqlite3.h>

struct WebhookApplier::Private
{
    explicit Private(QSqlDatabase database)
        : db(std::move(database))
    {
    }
    bool prepare(QString *error);

    // webhookapplier.cpp
    bool applyEvent(qint64 accountId, const FeedEvent &e, QString *error);
    bool applyStatus(const QJsonObject &s, qint64 fallbackMs, QString *error);
    bool applyBusiness(qint64 accountId, const FeedEvent &e, QString *error);
    // Whether the WhatsApp id `waId` (digits) names the recipient `phone` whose row learned `rowWaId` (waid.h):
    // 1 yes, 0 no, -1 database error.
    int sameRecipient(const QString &phone, const QString &rowWaId, const QString &waId, QString *error);
    // The E.164 number of the contact a wa_id names: learned id, else exact number, else its unclaimed BR/MX
    // twin, else "+" and the id itself; empty for an empty id. nullopt on a database error.
    std::optional<QString> resolvePhone(const QString &waId, QString *error);
    // webhookapplier_inbound.cpp
    bool applyMessages(const QJsonObject &value, qint64 fallbackMs, QString *error);
    bool applyPreferences(const QJsonObject &value, qint64 fallbackMs, QString *error);
    qint64 attribute(const QString &phone, const QString &contextId, qint64 at, QString *error);
    bool optOut(const QString &phone, qint64 at, const QString &reason, QString *error);
    bool optIn(const QString &phone, qint64 at, QString *error);
    qint64 syncFailureOptOuts(QString *error);

    QSqlDatabase db;
    bool ready = false;
    qint64 now = 0;
    qint64 payloadId = 0;
    qint64 payloadUnmatched = 0;
    Counts counts;

    SqlStatement insertPayload, payloadByCursor, markPayload;
    SqlStatement recipientByWamid, recipientById, insertEvent, updateRecipient;
    SqlStatement insertUnmatched, anyUnmatched, dropUnmatched, updateRecipientWamid;
    bool unmatchedStored = false;   // unmatched_statuses has rows (read once per apply())
    SqlStatement inboundExists, insertInbound, contextRecipient, recentRecipient, markReplied, contactByPhone;
    SqlStatement optOutContact, optInContact, syncFailures;
    SqlStatement learnContactWaId, contactHasWaId, contactByWaId, contactWaIdByPhone;
    SqlStatement readCursor, writeCursor;
};

namespace RelayFeeds {
// Unix seconds as Meta writes them ("1750030073", string or number) → ms; fallback when absent or bad.
qint64 timestampMs(const QJsonValue &v, qint64 fallbackMs);
// "+" and the digits of a wa_id / recipient_id; empty when there are none.
QString e164(const QString &waId);
} // namespace RelayFeeds

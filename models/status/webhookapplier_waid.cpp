// WhatsApp ids in the status feed (models/contacts/waid.h, issue 11 §1): which contact a wa_id names, and whether a status's
// recipient_id names the row its callback data points at.
#include "models/status/webhookapplier_p.h"

#include "models/contacts/waid.h"

int WebhookApplier::Private::sameRecipient(const QString &phone, const QString &rowWaId, const QString &waId,
                                          QString *error)
{
    if (waId == rowWaId || WaId::matches(waId, phone))
        return 1;
    contactHasWaId.bind(1, phone);
    contactHasWaId.bind(2, waId);
    const int rc = contactHasWaId.step(error);
    contactHasWaId.reset();
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

std::optional<QString> WebhookApplier::Private::resolvePhone(const QString &waIdText, QString *error)
{
    const QString waId = WaId::digits(waIdText);
    if (waId.isEmpty())
        return QString();
    const QString own = QLatin1Char('+') + waId;
    // 1. The id Meta told us for a contact (send answer or status webhook).
    contactByWaId.bind(1, waId);
    contactByWaId.bind(2, own);
    int rc = contactByWaId.step(error);
    QString phone = rc == SQLITE_ROW ? contactByWaId.text(0) : QString();
    contactByWaId.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return std::nullopt;
    if (!phone.isEmpty())
        return phone;
    // 2. A contact with exactly this number.
    contactWaIdByPhone.bind(1, own);
    rc = contactWaIdByPhone.step(error);
    contactWaIdByPhone.reset();
    if (rc == SQLITE_ROW)
        return own;
    if (rc != SQLITE_DONE)
        return std::nullopt;
    // 3. The number's one BR/MX twin (waid.h), unless that contact already has another learned id: then they
    //    are two WhatsApp accounts and this event is not that contact's.
    const QString twin = WaId::twin(own);
    if (!twin.isEmpty()) {
        contactWaIdByPhone.bind(1, twin);
        rc = contactWaIdByPhone.step(error);
        const bool usable = rc == SQLITE_ROW && (contactWaIdByPhone.isNull(0) || contactWaIdByPhone.text(0) == waId);
        contactWaIdByPhone.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return std::nullopt;
        if (usable)
            return twin;
    }
    return own;   // nobody we know: kept under the id's own number
}

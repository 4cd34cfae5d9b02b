#pragma once

#include "models/campaigns/schedule.h"
#include "models/contacts/contact.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// Who a triggered fire is for, and whether consent lets it be sent. An order is not a WhatsApp opt-in:
//   - a phone with no contact becomes one, named from the event's data (first_name, last_name);
//   - it is opted in only when the event carries the campaign's consent field (TriggerSpec::carriesConsent), the
//     opt-in source naming the order and the field ("shopify order #1001: order.buyer_accepts_marketing") and the
//     opt-in time the event's; an existing contact that never opted in is opted in the same way;
//   - an opted-out contact stays opted out, whatever the event says.
// Runs inside ScheduleStore::planTriggered's transaction (ContactStore::recordFromEvent opens none of its own).
class TriggerContact
{
    Q_DECLARE_TR_FUNCTIONS(TriggerContact)

public:
    struct Event
    {
        qint64 id = 0;
        QString name;
        QString phone; // E.164
        qint64 occurredAt = 0;
        QJsonObject data;
    };
    struct Outcome
    {
        Contact contact;
        QString refusal; // empty: opted in and not opted out, the fire may be sent; else why it is suppressed
        QString note;    // what happened to the contact ("created from the event", "opted in from …"), for the log
    };
    // nullopt with *error on a database error.
    static std::optional<Outcome> resolve(QSqlDatabase db, const TriggerSpec &spec, const Event &event, QString *error);
    // "shopify order #1001: order.buyer_accepts_marketing", or "shopify event checkout_started 42: PATH" without an
    // order number.
    static QString optInSource(const TriggerSpec &spec, const Event &event);
};

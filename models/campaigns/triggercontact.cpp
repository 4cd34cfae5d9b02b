#include "models/campaigns/triggercontact.h"

#include "models/contacts/contactstore.h"

#include <QStringList>

// Stored data, like an import's opt-in source: the same words whatever the language of the window.
QString TriggerContact::optInSource(const TriggerSpec &spec, const Event &event)
{
    const QString order = event.data.value(QStringLiteral("order_number")).toVariant().toString();
    const QString source = event.data.value(QStringLiteral("source")).toString();
    const QString text = order.isEmpty()
        ? QStringLiteral("event %1 %2: %3").arg(event.name).arg(event.id).arg(spec.consentField)
        : QStringLiteral("order %1: %2").arg(order, spec.consentField);
    return source.isEmpty() ? text : QString(source + QLatin1Char(' ') + text);
}

std::optional<TriggerContact::Outcome> TriggerContact::resolve(
    QSqlDatabase db, const TriggerSpec &spec, const Event &event, QString *error)
{
    ContactStore contacts(db);
    error->clear();
    const std::optional<Contact> existing = contacts.byPhone(event.phone, error);
    if (!existing && !error->isEmpty())
        return std::nullopt;
    Outcome out;
    if (existing && existing->consent() == Contact::Consent::OptedIn) {
        out.contact = *existing;
        return out;
    }
    if (existing && existing->consent() == Contact::Consent::OptedOut) {
        out.contact = *existing;
        out.refusal = tr("the contact opted out");
        return out;
    }
    const bool consent = spec.carriesConsent(event.data);
    Contact c;
    c.phone = event.phone;
    c.name = QStringList { event.data.value(QStringLiteral("first_name")).toString().trimmed(),
        event.data.value(QStringLiteral("last_name")).toString().trimmed() }
                 .join(QLatin1Char(' '))
                 .trimmed();
    if (consent) {
        c.optInAt = fromStoredTime(event.occurredAt);
        c.optInSource = optInSource(spec, event);
    }
    if (existing && !consent) {
        out.contact = *existing; // nothing to record: it stays as it is
    } else {
        const auto stored = contacts.recordFromEvent(c, error);
        if (!stored)
            return std::nullopt;
        out.contact = *stored;
    }
    if (!existing)
        out.note = consent ? tr("contact created from the event, opted in (%1)").arg(c.optInSource)
                           : tr("contact created from the event, not opted in");
    else if (consent)
        out.note = tr("contact opted in (%1)").arg(c.optInSource);
    if (consent)
        return out;
    out.refusal = spec.consentField.isEmpty()
        ? tr("the contact never opted in (an order is not an opt-in; choose the event's consent field in the "
             "campaign's trigger to opt customers in from their orders)")
        : tr("the contact never opted in, and the event's %1 does not say yes").arg(spec.consentField);
    return out;
}

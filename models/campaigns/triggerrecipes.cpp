#include "models/campaigns/triggerrecipes.h"

#include <QJsonArray>

namespace {

QJsonObject condition(const QString &key, const QString &op, const QString &value = {})
{
    QJsonObject o { { QStringLiteral("key"), key }, { QStringLiteral("op"), op } };
    if (op != QLatin1String("exists"))
        o.insert(QStringLiteral("value"), value);
    return o;
}

const QString kFirstName = QStringLiteral("event:first_name|there");
const QString kOrderNumber = QStringLiteral("event:order_number");
const QString kAcceptsMarketing = QStringLiteral("order.buyer_accepts_marketing");

} // namespace

QList<ParamMapping> TriggerRecipe::mappingFor(const QStringList &slotNames) const
{
    QList<ParamMapping> result;
    for (const QString &slot : slotNames) {
        QString source;
        const QString part = slot.section(QLatin1Char('.'), 0, 0);
        bool isNumber = false;
        const int n = slot.section(QLatin1Char('.'), 1).toInt(&isNumber);
        if (part == QLatin1String("header"))
            source = header;
        else if (part == QLatin1String("button"))
            source = button;
        else if (part == QLatin1String("body") && isNumber && n >= 1 && n <= body.size())
            source = body.at(n - 1);
        if (source.isEmpty())
            continue;
        QString error;
        if (const auto m = ParamMapping::parse(slot + QLatin1Char('=') + source, &error))
            result << *m;
    }
    return result;
}

QList<TriggerRecipe> TriggerRecipe::all()
{
    QList<TriggerRecipe> recipes;
    recipes << TriggerRecipe { QStringLiteral("order_confirmation"), tr("Order confirmation"),
        tr("Right after an order is placed: the order number and total."),
        QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
            { QStringLiteral("delay_minutes"), 0 }, { QStringLiteral("cooldown_hours"), 0 },
            { QStringLiteral("consent_field"), kAcceptsMarketing } },
        kOrderNumber, { kFirstName, kOrderNumber, QStringLiteral("event:total") }, kOrderNumber };
    recipes << TriggerRecipe { QStringLiteral("shipping_update"), tr("Shipping update with tracking link"),
        tr("When an order is fulfilled with a tracking link: the order number and where to follow the parcel."),
        QJsonObject { { QStringLiteral("event"), QStringLiteral("order_fulfilled") },
            // The relay gives every key, "" when the shop sent no tracking link: "exists" would always hold.
            { QStringLiteral("conditions"),
                QJsonArray { condition(QStringLiteral("tracking_url"), QStringLiteral("contains"), QStringLiteral("http")) } },
            { QStringLiteral("delay_minutes"), 0 }, { QStringLiteral("cooldown_hours"), 0 },
            { QStringLiteral("consent_field"), kAcceptsMarketing } },
        kOrderNumber, { kFirstName, kOrderNumber, QStringLiteral("event:tracking_url") },
        QStringLiteral("event:tracking_number") };
    recipes << TriggerRecipe { QStringLiteral("abandoned_checkout"), tr("Abandoned checkout"),
        tr("Two hours after a checkout was started, unless the customer ordered meanwhile: a link back to the cart."),
        QJsonObject { { QStringLiteral("event"), QStringLiteral("checkout_started") },
            { QStringLiteral("delay_minutes"), 120 },
            { QStringLiteral("unless"),
                QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
                    { QStringLiteral("within_hours"), 2 } } },
            { QStringLiteral("cooldown_hours"), 24 }, { QStringLiteral("consent_field"), kAcceptsMarketing } },
        kFirstName, { kFirstName, QStringLiteral("event:total"), QStringLiteral("event:checkout_url") },
        QStringLiteral("event:checkout_url") };
    recipes << TriggerRecipe { QStringLiteral("cod_confirmation"), tr("Cash-on-delivery confirmation"),
        tr("Right after a cash-on-delivery order (Shopify's COD gateway or WooCommerce's cod): the amount to have "
           "ready."),
        QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") }, { QStringLiteral("match"), QStringLiteral("any") },
            { QStringLiteral("conditions"),
                QJsonArray { condition(QStringLiteral("order.payment_gateway_names[*]"), QStringLiteral("contains"),
                                 QStringLiteral("cash on delivery")),
                    condition(QStringLiteral("order.payment_method"), QStringLiteral("="), QStringLiteral("cod")) } },
            { QStringLiteral("delay_minutes"), 0 }, { QStringLiteral("cooldown_hours"), 0 },
            { QStringLiteral("consent_field"), kAcceptsMarketing } },
        kOrderNumber, { kFirstName, kOrderNumber, QStringLiteral("event:total") }, kOrderNumber };
    return recipes;
}

QList<QPair<QString, QString>> TriggerRecipe::consentFields()
{
    return { { kAcceptsMarketing, tr("Shopify: the customer accepts marketing") },
        { QStringLiteral("order.note_attributes[name=whatsapp_opt_in].value"),
            tr("Shopify: a cart attribute whatsapp_opt_in") },
        { QStringLiteral("order.customer.sms_marketing_consent"), tr("Shopify: SMS marketing consent") },
        { QStringLiteral("order.meta_data[key=whatsapp_opt_in].value"),
            tr("WooCommerce: a checkout field whatsapp_opt_in") } };
}

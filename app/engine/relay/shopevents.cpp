#include "engine/relay/shopevents.h"

#include "models/core/eventtime.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QString text(const QJsonValue &value)
{
    return ShopEvents::scalarText(value);
}

// A price: Shopify sends strings ("199.00"), WooCommerce numbers (199 or 18.5), written with two decimals.
QString price(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 2);
    return text(value);
}

QJsonObject object(const QJsonObject &o, const char *key)
{
    return o.value(s(key)).toObject();
}

QString field(const QJsonObject &o, const char *key)
{
    return text(o.value(s(key)));
}

QString region(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    const bool alpha2 = upper.size() == 2 && upper.at(0).isLetter() && upper.at(1).isLetter();
    return alpha2 ? upper : QString();
}

// The first non-empty value.
QString firstOf(std::initializer_list<QString> values)
{
    for (const QString &v : values)
        if (!v.isEmpty())
            return v;
    return {};
}

// The first (phone, country) whose phone has a digit, in the order given.
std::pair<QString, QString> firstPhone(std::initializer_list<std::pair<QString, QString>> candidates)
{
    for (const auto &c : candidates)
        if (ShopEvents::hasDigits(c.first))
            return { c.first, region(c.second) };
    return {};
}

qint64 timeOf(std::initializer_list<QJsonValue> candidates, qint64 nowMs)
{
    for (const QJsonValue &v : candidates)
        if (const auto ms = EventTime::parse(v))
            return *ms;
    return nowMs;
}

QJsonArray items(const QJsonArray &lines, const char *nameKey, const char *fallbackNameKey)
{
    QJsonArray out;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        out.append(QJsonObject { { s("sku"), field(line, "sku") },
            { s("name"), firstOf({ field(line, nameKey), field(line, fallbackNameKey) }) },
            { s("quantity"), line.value(s("quantity")).toInteger() }, { s("price"), price(line.value(s("price"))) } });
    }
    return out;
}

// The normalised keys every template and condition can use; every key present.
QJsonObject baseData(const QJsonObject &order, const QString &source)
{
    QJsonObject data;
    data.insert(s("order"), order);
    for (const char *key : { "order_number", "total", "currency", "first_name", "tracking_number", "tracking_url",
             "order_status_url", "checkout_url" })
        data.insert(s(key), QString());
    data.insert(s("items"), QJsonArray());
    data.insert(s("source"), source);
    return data;
}

ShopEvents::Outcome ignore(const QString &why)
{
    ShopEvents::Outcome outcome;
    outcome.ignored = why;
    return outcome;
}

} // namespace

QByteArray StoredBusinessEvent::toJson() const
{
    QJsonObject out { { s("event"), name }, { s("phone"), phone }, { s("occurred_at"), occurredAtMs },
        { s("data"), data } };
    if (!region.isEmpty())
        out.insert(s("region"), region);
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

namespace ShopEvents {

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return {};
}

bool hasDigits(const QString &phone)
{
    return std::any_of(phone.cbegin(), phone.cend(), [](QChar c) { return c.isDigit(); });
}

Outcome fromShopify(const QString &topic, const QJsonObject &payload, const QByteArray &triggeredAt, qint64 nowMs)
{
    QString name;
    if (topic == s("orders/create"))
        name = s("order_placed");
    else if (topic == s("orders/paid"))
        name = s("order_paid");
    else if (topic == s("orders/fulfilled") || topic == s("fulfillments/create"))
        name = s("order_fulfilled");
    else if (topic == s("orders/cancelled"))
        name = s("order_cancelled");
    else if (topic == s("checkouts/create") || topic == s("checkouts/update"))
        name = s("checkout_started");
    else
        return ignore(s("topic not used by Herald"));

    const bool checkout = name == s("checkout_started");
    // fulfillments/create carries the fulfillment (with order_id), every other topic the order or checkout.
    const bool fulfillment = topic == s("fulfillments/create");
    const QJsonObject customer = object(payload, "customer");
    const QJsonObject billing = object(payload, "billing_address");
    const QJsonObject shipping = fulfillment ? object(payload, "destination") : object(payload, "shipping_address");
    const QString customerCountry = firstOf({ field(object(customer, "default_address"), "country_code"),
        field(billing, "country_code"), field(shipping, "country_code") });
    const auto [phone, country] = firstPhone({ { field(customer, "phone"), customerCountry },
        { field(payload, "phone"), customerCountry }, { field(billing, "phone"), field(billing, "country_code") },
        { field(shipping, "phone"), field(shipping, "country_code") } });
    if (checkout && phone.isEmpty())
        return ignore(s("checkout without a phone number yet"));

    Outcome outcome;
    StoredBusinessEvent e;
    e.name = name;
    e.phone = phone;
    e.region = country;
    e.occurredAtMs = timeOf({ QJsonValue(QString::fromLatin1(triggeredAt)), payload.value(s("updated_at")),
                                payload.value(s("created_at")) },
        nowMs);
    QJsonObject data = baseData(payload, s("shopify"));
    // A fulfillment is named after its order: "#1001.1" is the first shipment of "#1001".
    QString number = field(payload, "name");
    if (fulfillment && number.lastIndexOf(QLatin1Char('.')) > 0)
        number.truncate(number.lastIndexOf(QLatin1Char('.')));
    data.insert(s("order_number"), number);
    data.insert(s("total"), field(payload, "total_price"));
    data.insert(s("currency"), field(payload, "currency"));
    data.insert(s("first_name"),
        firstOf({ field(customer, "first_name"), field(billing, "first_name"), field(shipping, "first_name") }));
    data.insert(s("items"), items(payload.value(s("line_items")).toArray(), "name", "title"));
    data.insert(s("order_status_url"), field(payload, "order_status_url"));
    if (checkout)
        data.insert(s("checkout_url"), field(payload, "abandoned_checkout_url"));
    // The shipment: the fulfillment itself, or the order's newest one.
    const QJsonArray fulfillments = payload.value(s("fulfillments")).toArray();
    const QJsonObject shipment
        = fulfillment ? payload : (fulfillments.isEmpty() ? QJsonObject() : fulfillments.last().toObject());
    data.insert(s("tracking_number"),
        firstOf({ field(shipment, "tracking_number"), text(shipment.value(s("tracking_numbers")).toArray().at(0)) }));
    data.insert(s("tracking_url"),
        firstOf({ field(shipment, "tracking_url"), text(shipment.value(s("tracking_urls")).toArray().at(0)) }));
    e.data = data;
    outcome.event = e;
    // A checkout is updated many times while the customer types: one checkout_started per checkout.
    if (checkout)
        outcome.key = name + QLatin1Char(':') + firstOf({ field(payload, "token"), field(payload, "id") });
    return outcome;
}

Outcome fromWooCommerce(const QString &topic, const QJsonObject &payload, qint64 nowMs)
{
    if (topic != s("order.created") && topic != s("order.updated"))
        return ignore(s("topic not used by Herald"));
    const QString status = field(payload, "status").toLower();
    if (status == s("checkout-draft")) // the block checkout's cart, not an order yet
        return ignore(s("order status not used by Herald"));
    QString name;
    if (topic == s("order.created") || status == s("pending") || status == s("on-hold"))
        name = s("order_placed");
    else if (status == s("processing"))
        name = s("order_paid");
    else if (status == s("completed") || status == s("shipped") || status == s("delivered"))
        name = s("order_fulfilled");
    else if (status == s("cancelled"))
        name = s("order_cancelled");
    else
        return ignore(s("order status not used by Herald"));

    const QJsonObject billing = object(payload, "billing");
    const QJsonObject shipping = object(payload, "shipping");
    const auto [phone, country] = firstPhone({ { field(billing, "phone"), field(billing, "country") },
        { field(shipping, "phone"), firstOf({ field(shipping, "country"), field(billing, "country") }) } });

    StoredBusinessEvent e;
    e.name = name;
    e.phone = phone;
    e.region = country;
    // WooCommerce's *_gmt times carry no zone: they are UTC, which EventTime assumes for a time without one.
    e.occurredAtMs = timeOf({ payload.value(s("date_modified_gmt")), payload.value(s("date_created_gmt")) }, nowMs);
    QJsonObject data = baseData(payload, s("woocommerce"));
    data.insert(s("order_number"), firstOf({ field(payload, "number"), field(payload, "id") }));
    data.insert(s("total"), field(payload, "total"));
    data.insert(s("currency"), field(payload, "currency"));
    data.insert(s("first_name"), firstOf({ field(billing, "first_name"), field(shipping, "first_name") }));
    data.insert(s("items"), items(payload.value(s("line_items")).toArray(), "name", "name"));
    // WooCommerce has no tracking of its own; the Shipment Tracking extension (and plugins following it, such as
    // Advanced Shipment Tracking) keep the shipments in this order meta, newest last.
    for (const QJsonValue &meta : payload.value(s("meta_data")).toArray()) {
        if (meta.toObject().value(s("key")).toString() != s("_wc_shipment_tracking_items"))
            continue;
        const QJsonArray shipments = meta.toObject().value(s("value")).toArray();
        if (shipments.isEmpty())
            break;
        const QJsonObject last = shipments.last().toObject();
        data.insert(s("tracking_number"), field(last, "tracking_number"));
        data.insert(s("tracking_url"), firstOf({ field(last, "custom_tracking_link"), field(last, "tracking_link") }));
        break;
    }
    e.data = data;
    Outcome outcome;
    outcome.event = e;
    // WooCommerce sends order.updated on every save of the order, each with a new X-WC-Webhook-Delivery-ID: one
    // event of each kind per order, whichever delivery brings it first.
    outcome.key = firstOf({ field(payload, "id"), field(payload, "number") }) + QLatin1Char(':') + name;
    return outcome;
}

} // namespace ShopEvents

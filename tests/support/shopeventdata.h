#pragma once

// Business-event data as the relay's shop webhooks deliver it to the desktop (issue 14's contract, app/engine/relay/
// shopevents.cpp):
//   {"order": <the platform's whole JSON>, "order_number", "total", "currency", "first_name",
//    "items": [{"sku", "name", "quantity", "price"}], "tracking_number", "tracking_url", "order_status_url",
//    "source": "shopify" | "woocommerce"}
// built here from the recorded-shape payloads in tests/data/triggers/ (written from the platforms' public docs), so
// trigger tests see exactly what a shop order looks like without depending on the relay's own normaliser.
// Header-only; HERALD_TEST_DATA names tests/data.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace ShopEventData {

inline QJsonObject payload(const QString &name)
{
    QFile f(qEnvironmentVariable("HERALD_TEST_DATA") + QStringLiteral("/triggers/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test payload %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QJsonValue text(const QJsonValue &v)
{
    return v.isDouble() ? QJsonValue(QString::number(v.toDouble(), 'g', 15)) : QJsonValue(v.toString());
}

// Shopify's Order resource (orders/create, orders/paid, orders/fulfilled) or Checkout (checkouts/create|update). The
// order number is the order's name ("#1001"), as the customer sees it.
inline QJsonObject shopify(const QJsonObject &order)
{
    QJsonArray items;
    for (const QJsonValue &v : order.value(QStringLiteral("line_items")).toArray()) {
        const QJsonObject li = v.toObject();
        items.append(QJsonObject { { QStringLiteral("sku"), li.value(QStringLiteral("sku")) },
            { QStringLiteral("name"), li.value(li.contains(QStringLiteral("name")) ? QStringLiteral("name")
                                                                                  : QStringLiteral("title")) },
            { QStringLiteral("quantity"), li.value(QStringLiteral("quantity")) },
            { QStringLiteral("price"), li.value(QStringLiteral("price")) } });
    }
    const QJsonObject customer = order.value(QStringLiteral("customer")).toObject();
    QString firstName = customer.value(QStringLiteral("first_name")).toString();
    if (firstName.isEmpty())
        firstName = order.value(QStringLiteral("billing_address")).toObject().value(QStringLiteral("first_name")).toString();
    QString tracking;
    QString trackingUrl;
    const QJsonArray fulfillments = order.value(QStringLiteral("fulfillments")).toArray();
    if (!fulfillments.isEmpty()) {
        tracking = fulfillments.last().toObject().value(QStringLiteral("tracking_number")).toString();
        trackingUrl = fulfillments.last().toObject().value(QStringLiteral("tracking_url")).toString();
    }
    return { { QStringLiteral("order"), order }, { QStringLiteral("order_number"), text(order.value(QStringLiteral("name"))) },
        { QStringLiteral("total"), order.value(QStringLiteral("total_price")) },
        { QStringLiteral("currency"), order.value(QStringLiteral("currency")) },
        { QStringLiteral("first_name"), firstName }, { QStringLiteral("items"), items },
        { QStringLiteral("tracking_number"), tracking },
        { QStringLiteral("tracking_url"), trackingUrl },
        { QStringLiteral("order_status_url"), order.value(QStringLiteral("order_status_url")).toString() },
        { QStringLiteral("checkout_url"), order.value(QStringLiteral("abandoned_checkout_url")).toString() },
        { QStringLiteral("source"), QStringLiteral("shopify") } };
}

// WooCommerce's REST API v3 order (order.created / order.updated).
inline QJsonObject woocommerce(const QJsonObject &order)
{
    QJsonArray items;
    for (const QJsonValue &v : order.value(QStringLiteral("line_items")).toArray()) {
        const QJsonObject li = v.toObject();
        items.append(QJsonObject { { QStringLiteral("sku"), li.value(QStringLiteral("sku")) },
            { QStringLiteral("name"), li.value(QStringLiteral("name")) },
            { QStringLiteral("quantity"), li.value(QStringLiteral("quantity")) },
            { QStringLiteral("price"), text(li.value(QStringLiteral("price"))) } });
    }
    return { { QStringLiteral("order"), order }, { QStringLiteral("order_number"), order.value(QStringLiteral("number")) },
        { QStringLiteral("total"), order.value(QStringLiteral("total")) },
        { QStringLiteral("currency"), order.value(QStringLiteral("currency")) },
        { QStringLiteral("first_name"),
            order.value(QStringLiteral("billing")).toObject().value(QStringLiteral("first_name")) },
        { QStringLiteral("items"), items }, { QStringLiteral("tracking_number"), QString() },
        { QStringLiteral("tracking_url"), QString() }, { QStringLiteral("order_status_url"), QString() },
        { QStringLiteral("source"), QStringLiteral("woocommerce") } };
}

// The payload with one member replaced (e.g. buyer_accepts_marketing false).
inline QJsonObject with(QJsonObject payload, const QString &key, const QJsonValue &value)
{
    payload.insert(key, value);
    return payload;
}

} // namespace ShopEventData

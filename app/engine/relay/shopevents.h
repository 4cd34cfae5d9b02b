#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// One business event as herald-relay stores it in its feed (kind "business"), whatever sent it:
//   {"event":"order_placed","phone":"+91 97406 58510","region":"IN","occurred_at":1795600800000,"data":{…}}
// The phone is kept as the shop gave it and region is the order's country (ISO 3166 alpha-2, "" when unknown):
// the relay links no phone-number library, so the desktop normalises the phone with libphonenumber, using region
// as the default region, when it applies the feed (docs/architecture.md, "Business events").
struct StoredBusinessEvent
{
    QString name;
    QString phone; // as given, possibly empty (the order had none)
    QString region; // upper-case ISO 3166 alpha-2, or empty
    qint64 occurredAtMs = 0;
    QJsonObject data;

    // The stored form; "region" is left out when empty.
    QByteArray toJson() const;
};

// Turns the shop platforms' order webhooks into business events with normalised data keys, so one template
// parameter (`event:order_number`) and one condition (`items[*].sku contains SH`) work for every shop. Pure: no
// HTTP, no storage, no clock (the time of "now" is passed in). Payload shapes: Shopify's REST Order, Fulfillment and
// Checkout resources; WooCommerce's REST API v3 order (tests/data/shops/ holds recorded-shape examples).
//
// data = {"order": <the platform's whole JSON>, "order_number", "total", "currency", "first_name",
//         "items": [{"sku","name","quantity","price"}], "tracking_number", "tracking_url", "order_status_url",
//         "checkout_url", "source": "shopify"|"woocommerce"}; every key is present, "" when the shop did not say.
namespace ShopEvents {

struct Outcome
{
    std::optional<StoredBusinessEvent> event;
    // Why nothing is stored when event is empty (a topic Herald does not use, a checkout without a phone yet):
    // a short phrase for the log and the 200 answer, never containing personal data.
    QString ignored;
    // What makes this event the same as another delivery of it (without the platform and shop prefix):
    // Shopify "order_paid:<X-Shopify-Event-Id>" (filled in by the caller) or "checkout_started:<token>";
    // WooCommerce "<order id>:<event>".
    QString key;
};

// topic: X-Shopify-Topic ("orders/create"). triggeredAt: X-Shopify-Triggered-At (may be empty).
// Maps orders/create → order_placed, orders/paid → order_paid, orders/fulfilled and fulfillments/create →
// order_fulfilled, orders/cancelled → order_cancelled, checkouts/create|update → checkout_started (only once it
// carries a phone). Other topics are ignored.
Outcome fromShopify(const QString &topic, const QJsonObject &payload, const QByteArray &triggeredAt, qint64 nowMs);

// topic: X-WC-Webhook-Topic ("order.created", "order.updated"). Maps by the order's status: order.created →
// order_placed; order.updated: pending/on-hold → order_placed, processing → order_paid, completed/shipped (and
// "delivered") → order_fulfilled, cancelled → order_cancelled; other statuses and topics are ignored.
Outcome fromWooCommerce(const QString &topic, const QJsonObject &payload, qint64 nowMs);

// Whether text has a digit: the relay's only check of a phone (libphonenumber runs on the desktop).
bool hasDigits(const QString &text);

// A JSON string trimmed, a whole number without ".0" (ids, "number": 4750), another number in its shortest form;
// "" for anything else.
QString scalarText(const QJsonValue &value);

} // namespace ShopEvents

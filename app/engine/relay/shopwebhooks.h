#pragma once

#include "engine/relay/eventsources.h"
#include "engine/relay/relayhttp.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QList>

class RelayStore;

// herald-relay's endpoints for shops (docs/relay.md, "Shops"):
//   POST /webhooks/shopify        X-Shopify-Hmac-Sha256 (base64), key HERALD_RELAY_SHOPIFY_SECRET
//   POST /webhooks/woocommerce    X-WC-Webhook-Signature (base64), key HERALD_RELAY_WOOCOMMERCE_SECRET
//   POST /webhooks/events/NAME    X-Herald-Signature: sha256=<hex>, key HERALD_RELAY_EVENTS_<NAME>_SECRET
// Each checks, in this order: the body size (413), that its secret is set (503), the signature over the raw bytes
// (403) — WooCommerce's unsigned form-encoded "webhook_id=N" ping is answered 200 before it —, then parses and
// normalises (ShopEvents, EventSource) and stores the business event once per delivery key (RelayStore::appendOnce)
// before answering 200. Nothing heavier happens here: the desktop normalises the phone and decides.
class ShopWebhooks
{
public:
    struct Config
    {
        QByteArray shopifySecret;
        QByteArray wooCommerceSecret;
        QList<EventSource> sources;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    // noteWrite is told whether each write to the store succeeded (the relay's /healthz follows it).
    ShopWebhooks(Config config, RelayStore &store, std::function<void(bool)> noteWrite);

    // Whether path is one of the endpoints above (an unknown /webhooks/events/NAME included: that is a 404 here).
    static bool owns(const QString &path);
    // Answers a request to one of the endpoints; log gets the record's event, source, topic, kind and cursor.
    RelayHttpResponse handle(const RelayHttpRequest &request, QJsonObject *log);

private:
    RelayHttpResponse shopify(const RelayHttpRequest &request, QJsonObject *log);
    RelayHttpResponse wooCommerce(const RelayHttpRequest &request, QJsonObject *log);
    RelayHttpResponse generic(const EventSource &source, const RelayHttpRequest &request, QJsonObject *log);
    // Stores the event under key (empty: always) and answers 200, or 500 when the store refuses.
    RelayHttpResponse store(const StoredBusinessEvent &event, const QString &key, QJsonObject *log);

    Config m_config;
    RelayStore &m_store;
    std::function<void(bool)> m_noteWrite;
};

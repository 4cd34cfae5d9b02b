#include "engine/relay/shopwebhooks.h"

#include "engine/relay/relayserver.h"
#include "engine/relay/relaystore.h"
#include "engine/relay/webhooksignature.h"
#include "models/core/clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

const QString kEventsPrefix = QStringLiteral("/webhooks/events/");

RelayHttpResponse error(const QString &message, int status)
{
    return RelayHttpResponse::error(message, status);
}

RelayHttpResponse ok(const QJsonObject &body)
{
    return RelayHttpResponse::json(body, 200);
}

RelayHttpResponse notConfigured(const QString &variable)
{
    return error(s("this endpoint is not enabled on this relay: set %1 in its environment and restart it")
                     .arg(variable),
        503);
}

RelayHttpResponse ignored(const QString &reason, QJsonObject *log)
{
    log->insert(s("ignored"), reason);
    return ok({ { s("status"), s("ignored") }, { s("reason"), reason } });
}

// The body as a JSON object, or the 400 that says what to change.
std::optional<QJsonObject> jsonObject(const QByteArray &body, const QString &hint, RelayHttpResponse *refusal)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    *refusal = error(s("the body is not a JSON object") + hint, 400);
    return std::nullopt;
}

// A header value safe to put in a key or a log: printable ASCII, at most 200 bytes.
QString token(const QByteArray &value)
{
    QString out = QString::fromLatin1(value.trimmed().left(200));
    out.removeIf([](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; });
    return out;
}

} // namespace

ShopWebhooks::ShopWebhooks(Config config, RelayStore &store, std::function<void(bool)> noteWrite)
    : m_config(std::move(config))
    , m_store(store)
    , m_noteWrite(std::move(noteWrite))
{ }

bool ShopWebhooks::owns(const QString &path)
{
    return path == s("/webhooks/shopify") || path == s("/webhooks/woocommerce") || path.startsWith(kEventsPrefix);
}

RelayHttpResponse ShopWebhooks::handle(const RelayHttpRequest &request, QJsonObject *log)
{
    const QString &path = request.path;
    const QString source = path.startsWith(kEventsPrefix) ? path.mid(kEventsPrefix.size()) : path.mid(10);
    log->insert(s("event"), s("shop.receive"));
    log->insert(s("source"), source.left(64));
    if (request.method != "POST")
        return error(s("method not allowed"), 405);
    // RelayHttpServer answered 413 from Content-Length before reading the body; this keeps the rule for any caller.
    if (request.body.size() > m_config.maxBodyBytes)
        return error(s("body larger than %1 bytes").arg(m_config.maxBodyBytes), 413);
    if (path == s("/webhooks/shopify"))
        return shopify(request, log);
    if (path == s("/webhooks/woocommerce"))
        return wooCommerce(request, log);
    for (const EventSource &configured : std::as_const(m_config.sources))
        if (configured.name == source)
            return generic(configured, request, log);
    return error(s("no event source \"%1\" is configured on this relay (herald-relay --events-config)")
                     .arg(source.left(64)),
        404);
}

RelayHttpResponse ShopWebhooks::shopify(const RelayHttpRequest &request, QJsonObject *log)
{
    if (m_config.shopifySecret.isEmpty())
        return notConfigured(s("HERALD_RELAY_SHOPIFY_SECRET"));
    if (!WebhookSignature::verifyBase64(m_config.shopifySecret, request.body, request.header("x-shopify-hmac-sha256")))
        return error(s("invalid signature"), 403);
    const QString topic = token(request.header("x-shopify-topic"));
    log->insert(s("topic"), topic);
    RelayHttpResponse refusal;
    const auto payload
        = jsonObject(request.body, s(": choose the JSON format for this webhook in Shopify"), &refusal);
    if (!payload)
        return refusal;
    ShopEvents::Outcome outcome
        = ShopEvents::fromShopify(topic, *payload, request.header("x-shopify-triggered-at"), Clock::nowMs());
    if (!outcome.event)
        return ignored(outcome.ignored, log);
    // One event per merchant action and kind: X-Shopify-Event-Id is shared by every delivery of one action (two
    // subscriptions, orders/fulfilled and fulfillments/create, retries); X-Shopify-Webhook-Id names one delivery.
    if (outcome.key.isEmpty()) {
        const QString id = token(request.header("x-shopify-event-id"));
        const QString delivery = token(request.header("x-shopify-webhook-id"));
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
        outcome.key = outcome.event->name + QLatin1Char(':')
            + (!id.isEmpty() ? id : !delivery.isEmpty() ? s("delivery:") + delivery : s("sha256:") + digest);
    }
    const QString shop = token(request.header("x-shopify-shop-domain")).toLower();
    return store(*outcome.event, s("shopify:") + shop + QLatin1Char(':') + outcome.key, log);
}

RelayHttpResponse ShopWebhooks::wooCommerce(const RelayHttpRequest &request, QJsonObject *log)
{
    if (m_config.wooCommerceSecret.isEmpty())
        return notConfigured(s("HERALD_RELAY_WOOCOMMERCE_SECRET"));
    // Saving a webhook in WooCommerce posts "webhook_id=N" (form-encoded, unsigned) and refuses to activate it
    // unless the answer is 2xx. Nothing is stored.
    static const QRegularExpression ping(QStringLiteral("^webhook_id=\\d{1,20}$"));
    if (ping.match(QString::fromLatin1(request.body.trimmed().left(64))).hasMatch() && request.body.size() < 64) {
        log->insert(s("topic"), s("ping"));
        return ok({ { s("status"), s("ping") } });
    }
    if (!WebhookSignature::verifyBase64(
            m_config.wooCommerceSecret, request.body, request.header("x-wc-webhook-signature")))
        return error(s("invalid signature"), 403);
    const QString topic = token(request.header("x-wc-webhook-topic"));
    log->insert(s("topic"), topic);
    RelayHttpResponse refusal;
    const auto payload = jsonObject(request.body, QString(), &refusal);
    if (!payload)
        return refusal;
    const ShopEvents::Outcome outcome = ShopEvents::fromWooCommerce(topic, *payload, Clock::nowMs());
    if (!outcome.event)
        return ignored(outcome.ignored, log);
    const QString shop = token(request.header("x-wc-webhook-source")).toLower();
    return store(*outcome.event, s("woocommerce:") + shop + QLatin1Char(':') + outcome.key, log);
}

RelayHttpResponse ShopWebhooks::generic(const EventSource &source, const RelayHttpRequest &request, QJsonObject *log)
{
    if (source.secret.isEmpty())
        return notConfigured(EventSource::secretVariable(source.name));
    if (!WebhookSignature::verify(source.secret, request.body, request.header("x-herald-signature")))
        return error(s("invalid signature"), 403);
    RelayHttpResponse refusal;
    const auto payload = jsonObject(request.body, QString(), &refusal);
    if (!payload)
        return refusal;
    const EventSource::Mapped mapped = source.map(*payload, Clock::nowMs());
    if (!mapped.error.isEmpty())
        return error(mapped.error, 400);
    if (!mapped.event)
        return ignored(mapped.ignored, log);
    return store(*mapped.event,
        mapped.key.isEmpty() ? QString() : s("events:") + source.name + QLatin1Char(':') + mapped.key, log);
}

RelayHttpResponse ShopWebhooks::store(const StoredBusinessEvent &event, const QString &key, QJsonObject *log)
{
    QString storeError;
    const auto appended
        = m_store.appendOnce(RelayStore::kindBusiness(), event.toJson(), Clock::nowMs(), key, &storeError);
    m_noteWrite(appended.has_value());
    if (!appended) {
        relayLog(QtCriticalMsg, { { s("event"), s("store.error") }, { s("error"), storeError } });
        return error(s("storage error"), 500); // the platforms retry a 5xx later
    }
    log->insert(s("kind"), RelayStore::kindBusiness());
    log->insert(s("business_event"), event.name);
    log->insert(s("cursor"), appended->cursor);
    log->insert(s("duplicate"), appended->duplicate);
    return ok({ { s("status"), appended->duplicate ? s("duplicate") : s("stored") },
        { s("cursor"), appended->cursor }, { s("event"), event.name } });
}

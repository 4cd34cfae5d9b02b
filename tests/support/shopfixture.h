#pragma once

// A shop's order reaching a customer on WhatsApp, end to end with real processes: herald-relay on loopback with the
// shop's webhook secret, a loopback Cloud API that answers every send with a wamid and records when each request
// arrived, a workspace with a Cloud API account pointing at both (secrets in the keychain through herald-cli), and
// signed Shopify webhooks. Shared by tst_shoporders (e2e) and bench/bench_shoplatency. Header-only; the includer
// defines HERALD_CLI_PATH and HERALD_RELAY_PATH and runs inside a D-Bus session with a Secret Service.
#include "clirun.h"
#include "loopbackhttpserver.h"
#include "relayprocess.h"
#include "shopeventdata.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace ShopTest {

inline const QByteArray kShopifySecret = "test-shopify-secret-8d1e";
inline const QByteArray kAccessToken = "EAAG-test-access-token-41f0";
inline const QString kPhoneNumberId = QStringLiteral("106540352242922");
inline const QString kWabaId = QStringLiteral("102290129340398");

inline QProcessEnvironment relayEnvironment()
{
    QProcessEnvironment env = RelayTest::relayEnvironment();
    env.insert(QStringLiteral("HERALD_RELAY_SHOPIFY_SECRET"), QString::fromLatin1(kShopifySecret));
    return env;
}

// Shopify's X-Shopify-Hmac-Sha256: base64 of the HMAC-SHA256 of the raw body with the app's secret.
inline QByteArray shopifyHmac(const QByteArray &body, const QByteArray &secret = kShopifySecret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
}

// The Cloud API on loopback. Every POST …/messages is answered 200 with a new wamid; its arrival time on `clock`
// (the steady clock the caller also reads) is kept beside the request.
class CloudApi
{
public:
    explicit CloudApi(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        m_server.setHandler([this](const LoopbackHttpServer::Request &r) {
            if (r.method != "POST" || !r.url.path().endsWith(QLatin1String("/messages")))
                return LoopbackHttpServer::Response::json(404, R"({"error":{"message":"not here","code":100}})");
            m_arrivals << m_clock.elapsed();
            const QByteArray wamid = "wamid.SHOP" + QByteArray::number(m_arrivals.size());
            return LoopbackHttpServer::Response::json(200,
                R"({"messaging_product":"whatsapp","contacts":[{"input":"+1","wa_id":"1"}],"messages":[{"id":")" + wamid
                    + R"(","message_status":"accepted"}]})");
        });
    }
    bool listen() { return m_server.listen(); }
    QString url() const { return m_server.baseUrl().toString(); }
    // The send requests, oldest first, and when each arrived (ms on the caller's clock).
    QList<LoopbackHttpServer::Request> sends() const
    {
        QList<LoopbackHttpServer::Request> out;
        for (const auto &r : m_server.requests()) {
            if (r.method == "POST" && r.url.path().endsWith(QLatin1String("/messages")))
                out << r;
        }
        return out;
    }
    const QList<qint64> &arrivals() const { return m_arrivals; }

private:
    const QElapsedTimer &m_clock;
    LoopbackHttpServer m_server;
    QList<qint64> m_arrivals;
};

// herald-cli on the workspace, serving this thread's events while it runs (the loopback Cloud API lives here).
inline CliRun cli(const QString &workspace, const QStringList &args, const QByteArray &stdinData = {})
{
    return runCliServingEvents(QStringLiteral(HERALD_CLI_PATH),
        QStringList { QStringLiteral("--workspace"), workspace } + args, stdinData,
        QProcessEnvironment::systemEnvironment(), 90000);
}

// The account "shop": Cloud API at `graphUrl`, feed from the relay at `relayUrl`, its three secrets in the keychain.
inline bool configureAccount(const QString &workspace, const QString &graphUrl, const QString &relayUrl, QString *error)
{
    CliRun r = cli(workspace,
        { QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("shop"),
            QStringLiteral("--kind"), QStringLiteral("cloud-api"), QStringLiteral("--graph-url"), graphUrl,
            QStringLiteral("--phone-number-id"), kPhoneNumberId, QStringLiteral("--waba-id"), kWabaId,
            QStringLiteral("--relay-url"), relayUrl });
    const QList<QPair<QString, QByteArray>> secrets { { QStringLiteral("access-token"), kAccessToken },
        { QStringLiteral("relay-feed-token"), RelayTest::kFeedToken },
        { QStringLiteral("relay-ingest-token"), RelayTest::kIngestToken } };
    for (const auto &[name, value] : secrets) {
        if (r.exitCode != 0)
            break;
        r = cli(workspace,
            { QStringLiteral("account"), QStringLiteral("set-secret"), name, QStringLiteral("--name"),
                QStringLiteral("shop") },
            value + '\n');
    }
    if (r.exitCode != 0)
        *error = QString::fromUtf8(r.err);
    return r.exitCode == 0;
}

// POSTs `body` to the relay's path with `headers`; the HTTP status, 0 when no answer came.
inline int post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// A signed Shopify webhook of `topic` (orders/create, checkouts/create …) with its delivery headers; a fresh event id
// unless one is given (Shopify repeats it on a retry). triggeredAt (ISO 8601; empty: now) is when Shopify says the
// event happened.
inline int postShopify(const RelayTest::Relay &relay, const QString &topic, const QByteArray &body,
    const QByteArray &triggeredAt = {}, QByteArray eventId = {}, const QByteArray &secret = kShopifySecret)
{
    if (eventId.isEmpty())
        eventId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QList<QPair<QByteArray, QByteArray>> headers { { "X-Shopify-Topic", topic.toUtf8() },
        { "X-Shopify-Hmac-Sha256", shopifyHmac(body, secret) }, { "X-Shopify-Shop-Domain", "herald-demo.myshopify.com" },
        { "X-Shopify-API-Version", "2025-01" }, { "X-Shopify-Webhook-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) },
        { "X-Shopify-Event-Id", eventId } };
    headers.append({ "X-Shopify-Triggered-At",
        triggeredAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() : triggeredAt });
    return post(relay.url(QStringLiteral("/webhooks/shopify")), body, headers);
}

// The recorded Shopify order (tests/data/triggers/shopify_order.json) for another customer: its number, first name,
// phone as the shop wrote it (customer and both addresses) and the "accepts marketing" box.
inline QByteArray shopifyOrder(int number, const QString &first, const QString &phone, bool acceptsMarketing)
{
    QJsonObject order = ShopEventData::payload(QStringLiteral("shopify_order.json"));
    order.insert(QStringLiteral("id"), qint64(5678901234000) + number);
    order.insert(QStringLiteral("order_number"), number);
    order.insert(QStringLiteral("name"), QStringLiteral("#%1").arg(number));
    order.insert(QStringLiteral("buyer_accepts_marketing"), acceptsMarketing);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    order.insert(QStringLiteral("created_at"), now);
    order.insert(QStringLiteral("updated_at"), now);
    QJsonObject customer = order.value(QStringLiteral("customer")).toObject();
    customer.insert(QStringLiteral("first_name"), first);
    customer.insert(QStringLiteral("phone"), phone);
    order.insert(QStringLiteral("customer"), customer);
    for (const char *address : { "billing_address", "shipping_address" }) {
        QJsonObject a = order.value(QLatin1String(address)).toObject();
        a.insert(QStringLiteral("first_name"), first);
        a.insert(QStringLiteral("phone"), phone);
        order.insert(QLatin1String(address), a);
    }
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

// Herald's own ingest endpoint (herald-cli events push does the same): {event, phone, occurred_at, data}.
inline int postBusinessEvent(const RelayTest::Relay &relay, const QJsonObject &event)
{
    return post(relay.url(QStringLiteral("/v1/business-events")), QJsonDocument(event).toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + RelayTest::kIngestToken } });
}

} // namespace ShopTest

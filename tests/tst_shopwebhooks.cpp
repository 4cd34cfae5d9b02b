// Shop webhooks (issue 14) against a real herald-relay process on loopback (tests/support/relayprocess.h):
// Shopify's and WooCommerce's signed order webhooks with recorded-shape payloads (tests/data/shops/, written from
// the platforms' public docs), their signature checks, the 413/503/ping answers, deliveries stored once, the
// normalised keys every template uses, the generic signed webhook, /v1/business-events with any phone format and a
// region, and the desktop side: the feed applied to a workspace normalises the phone with the order's country.
#include "models/status/businessevents.h"
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "relayprocess.h"
#include "testworkspace.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace RelayTest;

namespace {

const QByteArray kShopifySecret = "shpss_test_8d0c4a1f";
const QByteArray kWooSecret = "wc-secret-41b7e9";
const QByteArray kFormsSecret = "forms-secret-c3a2";
const QString kShop = QStringLiteral("kaveri-crafts.myshopify.com");

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("HERALD_TEST_DATA") + QStringLiteral("/shops/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Base64 HMAC-SHA256 of the raw body, computed here, independently of the relay's code.
QByteArray base64Signature(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
}

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Shopify's delivery headers (shopify.dev, "Webhooks delivery structure").
Headers shopifyHeaders(const QByteArray &body, const QByteArray &topic, const QByteArray &eventId,
    const QByteArray &secret = kShopifySecret)
{
    Headers h { { "X-Shopify-Topic", topic }, { "X-Shopify-Shop-Domain", kShop.toLatin1() },
        { "X-Shopify-API-Version", "2026-10" }, { "X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-" + eventId },
        { "X-Shopify-Triggered-At", "2026-11-25T10:00:02.123456789Z" } };
    if (!eventId.isEmpty())
        h.append({ "X-Shopify-Event-Id", eventId });
    if (!secret.isNull())
        h.append({ "X-Shopify-Hmac-Sha256", base64Signature(body, secret) });
    return h;
}

// WooCommerce's delivery headers (WC_Webhook::deliver): a new delivery id on every delivery.
Headers wooHeaders(const QByteArray &body, const QByteArray &topic, const QByteArray &secret = kWooSecret)
{
    static int delivery = 0;
    const QByteArray resource = topic.split('.').first();
    const QByteArray event = topic.split('.').last();
    Headers h { { "X-WC-Webhook-Source", "https://shop.example.in/" }, { "X-WC-Webhook-Topic", topic },
        { "X-WC-Webhook-Resource", resource }, { "X-WC-Webhook-Event", event }, { "X-WC-Webhook-ID", "3" },
        { "X-WC-Webhook-Delivery-ID", QByteArray::number(++delivery).toHex() + "e520ebabc2fa725092ff4a47acedf2" } };
    if (!secret.isNull())
        h.append({ "X-WC-Webhook-Signature", base64Signature(body, secret) });
    return h;
}

} // namespace

class TestShopWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shopifyTopics_data();
    void shopifyTopics();
    void wooCommerceTopics_data();
    void wooCommerceTopics();
    void signatures_data();
    void signatures();
    void oversizedBodiesAreRefusedUnread();
    void endpointsWithoutSecretAnswer503();
    void wooCommercePingIsAnswered();
    void deliveriesAreStoredOnce();
    void topicsHeraldDoesNotUseAreIgnored();
    void genericSignedWebhook();
    void businessEventsTakeAnyPhoneWithRegion_data();
    void businessEventsTakeAnyPhoneWithRegion();
    void feedToWorkspaceNormalisesPhoneWithOrderCountry();

private:
    bool startRelay(const QStringList &extraArgs = {}, QProcessEnvironment env = {});
    Reply post(const QString &path, const QByteArray &body, const Headers &headers,
        const QByteArray &contentType = "application/json");
    QJsonArray feed();
    QJsonObject lastPayload() { return feed().last().toObject().value(QStringLiteral("payload")).toObject(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Relay> m_relay;
    QNetworkAccessManager m_nam;
};

void TestShopWebhooks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(startRelay(), m_relay ? m_relay->log().constData() : "");
}

void TestShopWebhooks::cleanup()
{
    m_relay.reset();
    m_dir.reset();
}

bool TestShopWebhooks::startRelay(const QStringList &extraArgs, QProcessEnvironment env)
{
    if (env.isEmpty()) {
        env = relayEnvironment();
        env.insert(QStringLiteral("HERALD_RELAY_SHOPIFY_SECRET"), QString::fromLatin1(kShopifySecret));
        env.insert(QStringLiteral("HERALD_RELAY_WOOCOMMERCE_SECRET"), QString::fromLatin1(kWooSecret));
    }
    m_relay.reset(); // the previous one stops first: they share the database
    m_relay = std::make_unique<Relay>();
    return m_relay->start(m_dir->filePath(QStringLiteral("relay.sqlite")), extraArgs, env);
}

Reply TestShopWebhooks::post(
    const QString &path, const QByteArray &body, const Headers &headers, const QByteArray &contentType)
{
    QNetworkRequest request(m_relay->url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.post(request, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return r;
}

QJsonArray TestShopWebhooks::feed()
{
    QNetworkRequest request(m_relay->url(QStringLiteral("/v1/events"), QUrlQuery(QStringLiteral("limit=1000"))));
    request.setRawHeader("Authorization", "Bearer " + kFeedToken);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QJsonArray events = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("events")).toArray();
    reply->deleteLater();
    return events;
}

void TestShopWebhooks::shopifyTopics_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("phone"); // as the shop gave it
    QTest::addColumn<QString>("tracking");
    QTest::newRow("orders/create") << "shopify-orders-create.json" << QByteArray("orders/create") << "order_placed"
                                   << "097406 58510" << QString();
    QTest::newRow("orders/paid") << "shopify-orders-paid.json" << QByteArray("orders/paid") << "order_paid"
                                 << "+91 97406 58510" << QString();
    QTest::newRow("orders/fulfilled") << "shopify-orders-fulfilled.json" << QByteArray("orders/fulfilled")
                                      << "order_fulfilled" << "+91 97406 58510" << "1490721583940";
    QTest::newRow("fulfillments/create") << "shopify-fulfillments-create.json" << QByteArray("fulfillments/create")
                                         << "order_fulfilled" << "097406 58510" << "1490721583940";
    QTest::newRow("orders/cancelled") << "shopify-orders-cancelled.json" << QByteArray("orders/cancelled")
                                      << "order_cancelled" << "097406 58510" << QString();
    QTest::newRow("checkouts/create") << "shopify-checkouts-create.json" << QByteArray("checkouts/create")
                                      << "checkout_started" << "+919740658510" << QString();
    QTest::newRow("checkouts/update") << "shopify-checkouts-create.json" << QByteArray("checkouts/update")
                                      << "checkout_started" << "+919740658510" << QString();
}

void TestShopWebhooks::shopifyTopics()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, topic);
    QFETCH(QString, event);
    QFETCH(QString, phone);
    QFETCH(QString, tracking);
    const QByteArray body = fixture(file);
    const Reply r = post(QStringLiteral("/webhooks/shopify"), body, shopifyHeaders(body, topic, "ev-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
    QCOMPARE(r.json().value(QStringLiteral("event")).toString(), event);

    const QJsonArray events = feed();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("business"));
    const QJsonObject payload = events.at(0)[QStringLiteral("payload")].toObject();
    const QJsonObject original = QJsonDocument::fromJson(body).object();
    QCOMPARE(payload[QStringLiteral("event")].toString(), event);
    QCOMPARE(payload[QStringLiteral("phone")].toString(), phone);
    QCOMPARE(payload[QStringLiteral("region")].toString(), QStringLiteral("IN"));
    QVERIFY(payload[QStringLiteral("occurred_at")].toInteger() > 0);
    const QJsonObject data = payload[QStringLiteral("data")].toObject();
    QCOMPARE(data[QStringLiteral("order")].toObject(), original); // the platform's whole JSON
    QCOMPARE(data[QStringLiteral("source")].toString(), QStringLiteral("shopify"));
    const bool checkout = event == QLatin1String("checkout_started");
    QCOMPARE(data[QStringLiteral("order_number")].toString(), checkout ? original[QStringLiteral("name")].toString()
                                                                        : QStringLiteral("#1042"));
    QCOMPARE(data[QStringLiteral("first_name")].toString(), QStringLiteral("Asha"));
    QCOMPARE(data[QStringLiteral("tracking_number")].toString(), tracking);
    QCOMPARE(data[QStringLiteral("tracking_url")].toString().isEmpty(), tracking.isEmpty());
    const QJsonArray items = data[QStringLiteral("items")].toArray();
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.at(0)[QStringLiteral("sku")].toString(), QStringLiteral("SH-TEAK-01"));
    QCOMPARE(items.at(0)[QStringLiteral("price")].toString(), QStringLiteral("899.00"));
    QCOMPARE(items.at(0)[QStringLiteral("quantity")].toInt(), 1);
    if (file != QLatin1String("shopify-fulfillments-create.json")) {
        QCOMPARE(data[QStringLiteral("total")].toString(), original[QStringLiteral("total_price")].toString());
        QCOMPARE(data[QStringLiteral("currency")].toString(), QStringLiteral("INR"));
    }
    QCOMPARE(data[QStringLiteral("order_status_url")].toString(),
        original[QStringLiteral("order_status_url")].toString());
    QCOMPARE(data[QStringLiteral("checkout_url")].toString().isEmpty(), !checkout);
    // Every normalised key is there, so a template parameter never finds a hole in the shape.
    for (const char *key : { "order_number", "total", "currency", "first_name", "items", "tracking_number",
             "tracking_url", "order_status_url", "checkout_url", "source", "order" })
        QVERIFY2(data.contains(QString::fromLatin1(key)), key);
    // The log names the source, topic and event, never the phone.
    QTRY_VERIFY(!m_relay->records(QStringLiteral("shop.receive")).isEmpty());
    const QJsonObject record = m_relay->records(QStringLiteral("shop.receive")).last();
    QCOMPARE(record[QStringLiteral("topic")].toString(), QString::fromLatin1(topic));
    QCOMPARE(record[QStringLiteral("business_event")].toString(), event);
    QVERIFY(!m_relay->log().contains("97406"));
}

void TestShopWebhooks::wooCommerceTopics_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("tracking");
    QTest::newRow("order.created") << "woocommerce-order-created.json" << QByteArray("order.created")
                                   << "order_placed" << QString();
    QTest::newRow("order.updated pending") << "woocommerce-order-created.json" << QByteArray("order.updated")
                                           << "order_placed" << QString();
    QTest::newRow("order.updated processing") << "woocommerce-order-updated-processing.json"
                                              << QByteArray("order.updated") << "order_paid" << QString();
    QTest::newRow("order.updated completed") << "woocommerce-order-updated-completed.json"
                                             << QByteArray("order.updated") << "order_fulfilled" << "EE123456789IN";
    QTest::newRow("order.updated cancelled") << "woocommerce-order-updated-cancelled.json"
                                             << QByteArray("order.updated") << "order_cancelled" << QString();
}

void TestShopWebhooks::wooCommerceTopics()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, topic);
    QFETCH(QString, event);
    QFETCH(QString, tracking);
    const QByteArray body = fixture(file);
    const Reply r = post(QStringLiteral("/webhooks/woocommerce"), body, wooHeaders(body, topic));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("event")).toString(), event);
    const QJsonObject payload = lastPayload();
    const QJsonObject data = payload[QStringLiteral("data")].toObject();
    QCOMPARE(payload[QStringLiteral("event")].toString(), event);
    QCOMPARE(payload[QStringLiteral("phone")].toString(), QStringLiteral("+91 97406 58510"));
    QCOMPARE(payload[QStringLiteral("region")].toString(), QStringLiteral("IN"));
    QCOMPARE(data[QStringLiteral("order")].toObject(), QJsonDocument::fromJson(body).object());
    QCOMPARE(data[QStringLiteral("source")].toString(), QStringLiteral("woocommerce"));
    QCOMPARE(data[QStringLiteral("order_number")].toString(), QStringLiteral("4750"));
    QCOMPARE(data[QStringLiteral("total")].toString(), QStringLiteral("1359.00"));
    QCOMPARE(data[QStringLiteral("currency")].toString(), QStringLiteral("INR"));
    QCOMPARE(data[QStringLiteral("first_name")].toString(), QStringLiteral("Meera"));
    QCOMPARE(data[QStringLiteral("items")][0][QStringLiteral("sku")].toString(), QStringLiteral("SH-SAREE-07"));
    QCOMPARE(data[QStringLiteral("items")][0][QStringLiteral("price")].toString(), QStringLiteral("1299.00"));
    QCOMPARE(data[QStringLiteral("tracking_number")].toString(), tracking);
    QCOMPARE(data[QStringLiteral("tracking_url")].toString().contains(tracking), true);
    QCOMPARE(data[QStringLiteral("tracking_url")].toString().isEmpty(), tracking.isEmpty());
    // date_modified_gmt is UTC without a zone.
    const QString modified = QJsonDocument::fromJson(body).object()[QStringLiteral("date_modified_gmt")].toString();
    QCOMPARE(payload[QStringLiteral("occurred_at")].toInteger(),
        QDateTime::fromString(modified + QLatin1Char('Z'), Qt::ISODate).toMSecsSinceEpoch());
}

void TestShopWebhooks::signatures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("signature"); // empty: computed with secret over the body
    QTest::addColumn<int>("status");
    for (const auto &[path, header, secret] :
        { std::tuple { QStringLiteral("/webhooks/shopify"), QByteArray("X-Shopify-Hmac-Sha256"), kShopifySecret },
            std::tuple { QStringLiteral("/webhooks/woocommerce"), QByteArray("X-WC-Webhook-Signature"), kWooSecret } }) {
        const QByteArray name = path.mid(10).toLatin1();
        QTest::addRow("%s valid", name.constData()) << path << header << secret << QByteArray() << 200;
        QTest::addRow("%s missing", name.constData()) << path << QByteArray() << secret << QByteArray() << 403;
        QTest::addRow("%s other secret", name.constData())
            << path << header << QByteArray("not-the-secret") << QByteArray() << 403;
        QTest::addRow("%s hex instead of base64", name.constData())
            << path << header << secret
            << QMessageAuthenticationCode::hash(fixture(QStringLiteral("shopify-orders-create.json")), secret,
                   QCryptographicHash::Sha256)
                   .toHex()
            << 403;
        QTest::addRow("%s of another body", name.constData())
            << path << header << secret << base64Signature("{}", secret) << 403;
        QTest::addRow("%s garbage", name.constData()) << path << header << secret << QByteArray("%%%not base64") << 403;
    }
}

void TestShopWebhooks::signatures()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, signature);
    QFETCH(int, status);
    const bool shopify = path.endsWith(QLatin1String("shopify"));
    const QByteArray body = fixture(shopify ? QStringLiteral("shopify-orders-create.json")
                                            : QStringLiteral("woocommerce-order-created.json"));
    Headers headers = shopify ? shopifyHeaders(body, "orders/create", "ev-sig", QByteArray())
                              : wooHeaders(body, "order.created", QByteArray());
    if (!header.isEmpty())
        headers.append({ header, signature.isEmpty() ? base64Signature(body, secret) : signature });
    const Reply r = post(path, body, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(feed().size(), status == 200 ? 1 : 0); // nothing stored unless signed
}

void TestShopWebhooks::oversizedBodiesAreRefusedUnread()
{
    QVERIFY2(startRelay({ QStringLiteral("--max-body"), QStringLiteral("3000") }), m_relay->log().constData());
    const QByteArray body = fixture(QStringLiteral("shopify-orders-create.json"));
    QVERIFY(body.size() > 3000);
    QCOMPARE(post(QStringLiteral("/webhooks/shopify"), body, shopifyHeaders(body, "orders/create", "ev-big")).status,
        413);
    const QByteArray woo = fixture(QStringLiteral("woocommerce-order-created.json"));
    QVERIFY(woo.size() > 3000);
    QCOMPARE(post(QStringLiteral("/webhooks/woocommerce"), woo, wooHeaders(woo, "order.created")).status, 413);
    QCOMPARE(feed().size(), 0);
}

void TestShopWebhooks::endpointsWithoutSecretAnswer503()
{
    QVERIFY2(startRelay({}, relayEnvironment()), m_relay->log().constData()); // no shop secrets
    QCOMPARE(m_relay->listening()[QStringLiteral("shopify")].toBool(), false);
    const QByteArray body = fixture(QStringLiteral("shopify-orders-create.json"));
    Reply r = post(QStringLiteral("/webhooks/shopify"), body, shopifyHeaders(body, "orders/create", "ev-503"));
    QCOMPARE(r.status, 503);
    QVERIFY2(r.json()[QStringLiteral("error")].toString().contains(QStringLiteral("HERALD_RELAY_SHOPIFY_SECRET")),
        r.body.constData());
    const QByteArray woo = fixture(QStringLiteral("woocommerce-order-created.json"));
    r = post(QStringLiteral("/webhooks/woocommerce"), woo, wooHeaders(woo, "order.created"));
    QCOMPARE(r.status, 503);
    QVERIFY(r.json()[QStringLiteral("error")].toString().contains(QStringLiteral("HERALD_RELAY_WOOCOMMERCE_SECRET")));
    // Even WooCommerce's ping: saving the webhook in WooCommerce then fails and says so, instead of "active".
    QCOMPARE(post(QStringLiteral("/webhooks/woocommerce"), "webhook_id=3", {}, "application/x-www-form-urlencoded")
                 .status,
        503);
    QCOMPARE(feed().size(), 0);
}

void TestShopWebhooks::wooCommercePingIsAnswered()
{
    const Reply r
        = post(QStringLiteral("/webhooks/woocommerce"), "webhook_id=17", {}, "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("ping"));
    // Anything else unsigned is still refused.
    QCOMPARE(post(QStringLiteral("/webhooks/woocommerce"), "webhook_id=17&x=1", {}, "application/x-www-form-urlencoded")
                 .status,
        403);
    QCOMPARE(feed().size(), 0);
}

void TestShopWebhooks::deliveriesAreStoredOnce()
{
    const QString shopify = QStringLiteral("/webhooks/shopify");
    const QByteArray order = fixture(QStringLiteral("shopify-orders-create.json"));
    Reply first = post(shopify, order, shopifyHeaders(order, "orders/create", "ev-dup"));
    QCOMPARE(first.json()[QStringLiteral("status")].toString(), QStringLiteral("stored"));
    // Shopify's retry: same event id.
    Reply again = post(shopify, order, shopifyHeaders(order, "orders/create", "ev-dup"));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json()[QStringLiteral("status")].toString(), QStringLiteral("duplicate"));
    QCOMPARE(again.json()[QStringLiteral("cursor")].toInteger(), first.json()[QStringLiteral("cursor")].toInteger());
    // The same merchant action also sent orders/paid (same event id, another kind): stored.
    const QByteArray paid = fixture(QStringLiteral("shopify-orders-paid.json"));
    QCOMPARE(post(shopify, paid, shopifyHeaders(paid, "orders/paid", "ev-dup")).json()[QStringLiteral("status")],
        QStringLiteral("stored"));
    // One shipment reported by orders/fulfilled and fulfillments/create: one order_fulfilled.
    const QByteArray fulfilled = fixture(QStringLiteral("shopify-orders-fulfilled.json"));
    const QByteArray fulfillment = fixture(QStringLiteral("shopify-fulfillments-create.json"));
    QCOMPARE(post(shopify, fulfilled, shopifyHeaders(fulfilled, "orders/fulfilled", "ev-ship"))
                 .json()[QStringLiteral("status")],
        QStringLiteral("stored"));
    QCOMPARE(post(shopify, fulfillment, shopifyHeaders(fulfillment, "fulfillments/create", "ev-ship"))
                 .json()[QStringLiteral("status")],
        QStringLiteral("duplicate"));
    // A checkout updated again and again: one checkout_started per checkout.
    const QByteArray checkout = fixture(QStringLiteral("shopify-checkouts-create.json"));
    QCOMPARE(post(shopify, checkout, shopifyHeaders(checkout, "checkouts/create", "ev-c1"))
                 .json()[QStringLiteral("status")],
        QStringLiteral("stored"));
    QCOMPARE(post(shopify, checkout, shopifyHeaders(checkout, "checkouts/update", "ev-c2"))
                 .json()[QStringLiteral("status")],
        QStringLiteral("duplicate"));
    // WooCommerce sends order.updated on every save with a new delivery id: one order_paid per order.
    const QString woo = QStringLiteral("/webhooks/woocommerce");
    const QByteArray processing = fixture(QStringLiteral("woocommerce-order-updated-processing.json"));
    QCOMPARE(post(woo, processing, wooHeaders(processing, "order.updated")).json()[QStringLiteral("status")],
        QStringLiteral("stored"));
    QCOMPARE(post(woo, processing, wooHeaders(processing, "order.updated")).json()[QStringLiteral("status")],
        QStringLiteral("duplicate"));
    QCOMPARE(feed().size(), 5);

    // The keys are in the database: a retry after a restart is still a duplicate.
    QVERIFY2(startRelay(), m_relay->log().constData());
    QCOMPARE(post(shopify, order, shopifyHeaders(order, "orders/create", "ev-dup")).json()[QStringLiteral("status")],
        QStringLiteral("duplicate"));
    // Without an event id the delivery id (X-Shopify-Webhook-Id) decides.
    QCOMPARE(post(shopify, order, shopifyHeaders(order, "orders/create", QByteArray())).json()[QStringLiteral("status")],
        QStringLiteral("stored"));
    QCOMPARE(post(shopify, order, shopifyHeaders(order, "orders/create", QByteArray())).json()[QStringLiteral("status")],
        QStringLiteral("duplicate"));
    QCOMPARE(feed().size(), 6);
}

void TestShopWebhooks::topicsHeraldDoesNotUseAreIgnored()
{
    const QByteArray product = R"({"id":9554194432293,"title":"T-Shirt","status":"active"})";
    Reply r = post(QStringLiteral("/webhooks/shopify"), product, shopifyHeaders(product, "products/update", "ev-p"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("ignored"));
    // A checkout whose customer has not typed a phone yet.
    QJsonObject checkout = QJsonDocument::fromJson(fixture(QStringLiteral("shopify-checkouts-create.json"))).object();
    checkout.remove(QStringLiteral("phone"));
    checkout.remove(QStringLiteral("billing_address"));
    checkout.remove(QStringLiteral("shipping_address"));
    checkout.remove(QStringLiteral("customer"));
    const QByteArray body = QJsonDocument(checkout).toJson(QJsonDocument::Compact);
    r = post(QStringLiteral("/webhooks/shopify"), body, shopifyHeaders(body, "checkouts/update", "ev-np"));
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("ignored"));
    // WooCommerce: a refunded order, a product.
    QJsonObject refunded
        = QJsonDocument::fromJson(fixture(QStringLiteral("woocommerce-order-updated-processing.json"))).object();
    refunded[QStringLiteral("status")] = QStringLiteral("refunded");
    const QByteArray wooBody = QJsonDocument(refunded).toJson(QJsonDocument::Compact);
    r = post(QStringLiteral("/webhooks/woocommerce"), wooBody, wooHeaders(wooBody, "order.updated"));
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("ignored"));
    r = post(QStringLiteral("/webhooks/woocommerce"), product, wooHeaders(product, "product.updated"));
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("ignored"));
    // Shopify's XML format, signed: refused with what to change, nothing stored.
    const QByteArray xml = "<?xml version=\"1.0\"?><order><id>1</id></order>";
    r = post(QStringLiteral("/webhooks/shopify"), xml, shopifyHeaders(xml, "orders/create", "ev-x"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()[QStringLiteral("error")].toString().contains(QStringLiteral("JSON format")));
    QCOMPARE(feed().size(), 0);
}

void TestShopWebhooks::genericSignedWebhook()
{
    const QString config = m_dir->filePath(QStringLiteral("events.json"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"forms": {"event_path": "type", "events": {"form.submitted": "lead_created"},
        "phone": "answers[1].value", "region": "meta.country", "default_region": "GB",
        "occurred_at": "submitted_at", "data": "answers", "id": "submission_id"},
      "nosecret": {"event": "x", "phone": "p"}})");
    f.close();
    QProcessEnvironment env = relayEnvironment();
    env.insert(QStringLiteral("HERALD_RELAY_EVENTS_FORMS_SECRET"), QString::fromLatin1(kFormsSecret));
    QVERIFY2(startRelay({ QStringLiteral("--events-config"), config }, env), m_relay->log().constData());
    QCOMPARE(m_relay->listening()[QStringLiteral("event_sources")].toInt(), 2);

    const QByteArray body = R"({"type":"form.submitted","submission_id":"s-81","submitted_at":"2026-11-25T10:00:00Z",
        "meta":{"country":"in"},"answers":[{"name":"first_name","value":"Ravi"},{"name":"phone","value":"097406 58510"}]})";
    const QString path = QStringLiteral("/webhooks/events/forms");
    Reply r = post(path, body, { { "X-Herald-Signature", sign(body, kFormsSecret) } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("stored"));
    const QJsonObject payload = lastPayload();
    QCOMPARE(payload[QStringLiteral("event")].toString(), QStringLiteral("lead_created"));
    QCOMPARE(payload[QStringLiteral("phone")].toString(), QStringLiteral("097406 58510"));
    QCOMPARE(payload[QStringLiteral("region")].toString(), QStringLiteral("IN"));
    QCOMPARE(payload[QStringLiteral("occurred_at")].toInteger(), 1795600800000);
    QCOMPARE(payload[QStringLiteral("data")][QStringLiteral("value")][0][QStringLiteral("value")].toString(),
        QStringLiteral("Ravi"));
    QCOMPARE(payload[QStringLiteral("data")][QStringLiteral("source")].toString(), QStringLiteral("forms"));
    // The same submission again (id path): stored once.
    r = post(path, body, { { "X-Herald-Signature", sign(body, kFormsSecret) } });
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("duplicate"));
    // Wrong or missing signature, the Meta app's secret, an unmapped event, no phone, unknown source, no secret.
    QCOMPARE(post(path, body, { { "X-Herald-Signature", sign(body, kAppSecret) } }).status, 403);
    QCOMPARE(post(path, body, {}).status, 403);
    const QByteArray other = R"({"type":"form.viewed","answers":[{},{"value":"+14155550123"}]})";
    r = post(path, other, { { "X-Herald-Signature", sign(other, kFormsSecret) } });
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("ignored"));
    const QByteArray noPhone = R"({"type":"form.submitted","answers":[]})";
    r = post(path, noPhone, { { "X-Herald-Signature", sign(noPhone, kFormsSecret) } });
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()[QStringLiteral("error")].toString().contains(QStringLiteral("answers[1].value")));
    QCOMPARE(post(QStringLiteral("/webhooks/events/unknown"), body, { { "X-Herald-Signature", sign(body, "x") } })
                 .status,
        404);
    r = post(QStringLiteral("/webhooks/events/nosecret"), body, { { "X-Herald-Signature", sign(body, "x") } });
    QCOMPARE(r.status, 503);
    QVERIFY(r.json()[QStringLiteral("error")].toString().contains(QStringLiteral("HERALD_RELAY_EVENTS_NOSECRET_SECRET")));
    QCOMPARE(feed().size(), 1);

    // A configuration the relay cannot use stops it at start with the file and the source named.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"forms": {"event": "x"}})");
    f.close();
    QVERIFY(!startRelay({ QStringLiteral("--events-config"), config }, env));
    const QList<QJsonObject> refused = m_relay->records(QStringLiteral("startup.refused"));
    QCOMPARE(refused.size(), 1);
    const QString message = refused.first()[QStringLiteral("message")].toString();
    QVERIFY2(message.contains(QStringLiteral("source \"forms\"")) && message.contains(QStringLiteral("\"phone\"")),
        qPrintable(message));
}

void TestShopWebhooks::businessEventsTakeAnyPhoneWithRegion_data()
{
    QTest::addColumn<QJsonObject>("event");
    QTest::addColumn<int>("status");
    const auto e = [](const char *phone, const char *region = nullptr) {
        QJsonObject o { { QStringLiteral("event"), QStringLiteral("order_placed") },
            { QStringLiteral("phone"), QString::fromUtf8(phone) } };
        if (region)
            o.insert(QStringLiteral("region"), QString::fromLatin1(region));
        return o;
    };
    QTest::newRow("spaces") << e("+91 97406 58510") << 200;
    QTest::newRow("national with region") << e("097406 58510", "IN") << 200;
    QTest::newRow("parentheses and dashes with region") << e("(415) 555-0123", "us") << 200;
    QTest::newRow("00 prefix") << e("0091 97406 58510") << 200;
    QTest::newRow("national without region") << e("097406 58510") << 400;
    QTest::newRow("bad region") << e("097406 58510", "India") << 400;
    QTest::newRow("letters") << e("+1 415 CALL ME") << 400;
}

void TestShopWebhooks::businessEventsTakeAnyPhoneWithRegion()
{
    QFETCH(QJsonObject, event);
    QFETCH(int, status);
    const Reply r = post(QStringLiteral("/v1/business-events"), QJsonDocument(event).toJson(),
        { { "Authorization", "Bearer " + kIngestToken } });
    QCOMPARE(r.status, status);
    if (status != 200) {
        QVERIFY(!r.json()[QStringLiteral("field")].toString().isEmpty());
        return;
    }
    const QJsonObject payload = lastPayload();
    QCOMPARE(payload[QStringLiteral("phone")].toString(), event[QStringLiteral("phone")].toString());
    QCOMPARE(payload[QStringLiteral("region")].toString(), event[QStringLiteral("region")].toString().toUpper());
}

// The relay keeps the phone as the shop wrote it; the desktop applying the feed normalises it with libphonenumber,
// the order's country as default region, and keeps one it cannot read with the reason.
void TestShopWebhooks::feedToWorkspaceNormalisesPhoneWithOrderCountry()
{
    const QByteArray created = fixture(QStringLiteral("shopify-orders-create.json")); // billing "097406 58510", IN
    const QByteArray paid = fixture(QStringLiteral("shopify-orders-paid.json")); // customer "+91 97406 58510"
    QJsonObject foreign = QJsonDocument::fromJson(created).object(); // a national number of another country
    QJsonObject billing = foreign[QStringLiteral("billing_address")].toObject();
    billing[QStringLiteral("phone")] = QStringLiteral("0612 345678");
    billing[QStringLiteral("country_code")] = QStringLiteral("NL");
    foreign[QStringLiteral("billing_address")] = billing;
    foreign[QStringLiteral("customer")] = QJsonObject();
    QJsonObject unreadable = foreign;
    billing[QStringLiteral("phone")] = QStringLiteral("12-34");
    unreadable[QStringLiteral("billing_address")] = billing;
    const QByteArray foreignBody = QJsonDocument(foreign).toJson(QJsonDocument::Compact);
    const QByteArray unreadableBody = QJsonDocument(unreadable).toJson(QJsonDocument::Compact);
    const QString path = QStringLiteral("/webhooks/shopify");
    QCOMPARE(post(path, created, shopifyHeaders(created, "orders/create", "ev-a")).status, 200);
    QCOMPARE(post(path, paid, shopifyHeaders(paid, "orders/paid", "ev-b")).status, 200);
    QCOMPARE(post(path, foreignBody, shopifyHeaders(foreignBody, "orders/create", "ev-c")).status, 200);
    QCOMPARE(post(path, unreadableBody, shopifyHeaders(unreadableBody, "orders/create", "ev-d")).status, 200);

    QList<WebhookApplier::FeedEvent> events;
    for (const QJsonValue &v : feed()) {
        WebhookApplier::FeedEvent e;
        e.cursor = v[QStringLiteral("cursor")].toInteger();
        e.receivedAtMs = v[QStringLiteral("received_at")].toInteger();
        e.kind = v[QStringLiteral("kind")].toString();
        e.payload = v[QStringLiteral("payload")].toObject();
        events.append(e);
    }
    QCOMPARE(events.size(), 4);
    TestWorkspace tw;
    WebhookApplier applier(tw.workspace().database());
    QString error;
    const auto counts = applier.apply(1, events, m_relay->url(QString()).toString(), events.last().cursor, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->business, 4);
    QCOMPARE(counts->businessRejected, 0);
    QSqlQuery q(tw.workspace().database());
    QVERIFY(q.exec(QStringLiteral("SELECT name, phone, phone_problem FROM business_events ORDER BY relay_cursor")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ')
                + (q.value(2).toString().isEmpty() ? QStringLiteral("ok") : QStringLiteral("problem"));
    QCOMPARE(rows,
        QStringList({ QStringLiteral("order_placed +919740658510 ok"), QStringLiteral("order_paid +919740658510 ok"),
            QStringLiteral("order_placed +31612345678 ok"), QStringLiteral("order_placed 12-34 problem") }));
    const QList<BusinessEvent> unread = BusinessEventStore(tw.workspace().database())
                                            .byPhone(QStringLiteral("12-34"), &error);
    QCOMPARE(unread.size(), 1);
    QVERIFY2(unread.first().phoneProblem.contains(QStringLiteral("12-34")), qPrintable(unread.first().phoneProblem));
    QCOMPARE(unread.first().data[QStringLiteral("order_number")].toString(), QStringLiteral("#1042"));
}

QTEST_GUILESS_MAIN(TestShopWebhooks)
#include "tst_shopwebhooks.moc"

#pragma once

#include "engine/relay/relayhttpserver.h"
#include "engine/relay/relaystore.h"
#include "engine/relay/shopwebhooks.h"

#include <memory>
#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

class QElapsedTimer;

// Writes one structured log record of the relay: fields is the record without time and level (herald-relay's
// message handler adds those and prints one JSON object per line). Never put secrets or bodies in fields.
void relayLog(QtMsgType level, const QJsonObject &fields);

struct RelayConfig
{
    QByteArray appSecret; // HERALD_RELAY_APP_SECRET: key of X-Hub-Signature-256
    QByteArray verifyToken; // HERALD_RELAY_VERIFY_TOKEN: hub.verify_token of the GET handshake
    QByteArray feedToken; // HERALD_RELAY_FEED_TOKEN: bearer token of GET /v1/events
    // HERALD_RELAY_INGEST_TOKEN: bearer token of POST /v1/business-events. Optional: while it is empty the
    // endpoint answers 503, so deployments without business events keep starting.
    QByteArray ingestToken;
    // Shops and other platforms (ShopWebhooks): HERALD_RELAY_SHOPIFY_SECRET, HERALD_RELAY_WOOCOMMERCE_SECRET and
    // the sources of --events-config. Optional: an endpoint without its secret answers 503.
    QByteArray shopifySecret;
    QByteArray wooCommerceSecret;
    QList<EventSource> eventSources;
    QString databasePath;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; // 0 picks a free port; see RelayServer::port()
    // Sizes, connections and timeouts (docs/relay.md, "Exposed to the internet"); herald-relay sets
    // maxConnections below its descriptor limit.
    RelayHttpServer::Limits http;
    // /healthz probes the store with a tiny write at most this often (a successful append counts as one).
    int healthProbeIntervalMs = 5'000;
    // HTTPS when both are set: PEM certificate chain and unencrypted PEM private key.
    QString tlsCertificateFile;
    QString tlsKeyFile;

    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 1000;
    // A feed page also stops (after at least one event) once its payloads reach this many bytes.
    static constexpr qint64 kMaxPageBytes = 16 * 1024 * 1024;
    // Longest business event name accepted.
    static constexpr int kMaxEventName = 128;
};

// herald-relay: receives Meta's WhatsApp webhooks, stores each durably before answering 200, and serves them
// to desktops as a cursor-paged feed. Everything runs in the thread that owns the server (the HTTP handlers
// are synchronous), so the single RelayStore connection is the only writer. Routes:
//   GET  /webhooks/whatsapp   Meta's verification handshake (hub.mode, hub.verify_token, hub.challenge)
//   POST /webhooks/whatsapp   signed webhook delivery (X-Hub-Signature-256)
//   GET  /v1/events           the feed, Authorization: Bearer <feed token>
//   POST /v1/business-events  a business event (e.g. "order placed"), Authorization: Bearer <ingest token>
//   POST /webhooks/shopify, /webhooks/woocommerce, /webhooks/events/NAME   shop webhooks (ShopWebhooks)
//   GET  /healthz             liveness, writability of the store and event count
// docs/relay.md has the exact status codes and JSON.
class RelayServer : public QObject
{
    Q_OBJECT

public:
    explicit RelayServer(RelayConfig config, QObject *parent = nullptr);
    ~RelayServer() override;

    // Opens the database and starts listening. false with a reason in error otherwise.
    bool start(QString *error = nullptr);
    // The port actually listened on (useful with port 0); 0 before start().
    quint16 port() const { return m_port; }
    const RelayConfig &config() const { return m_config; }

private:
    RelayHttpResponse handle(const RelayHttpRequest &request);
    RelayHttpResponse verifyWebhook(const RelayHttpRequest &request);
    RelayHttpResponse receiveWebhook(const RelayHttpRequest &request, QJsonObject *log);
    RelayHttpResponse readFeed(const RelayHttpRequest &request, QJsonObject *log);
    RelayHttpResponse receiveBusinessEvent(const RelayHttpRequest &request, QJsonObject *log);
    RelayHttpResponse health();
    bool storeWritable();
    void noteWrite(bool ok);
    static RelayHttpResponse finish(
        const RelayHttpRequest &request, const QElapsedTimer &timer, RelayHttpResponse &&response, QJsonObject log);

    RelayConfig m_config;
    RelayStore m_store;
    std::unique_ptr<RelayHttpServer> m_http;
    std::unique_ptr<ShopWebhooks> m_shops;
    quint16 m_port = 0;
    bool m_writable = true;
    qint64 m_writableCheckedAtMs = -1;
};

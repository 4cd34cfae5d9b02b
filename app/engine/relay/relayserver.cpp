#include "engine/relay/relayserver.h"

#include "engine/relay/webhooksignature.h"
#include "models/core/clock.h"
#include "models/core/eventtime.h"

#include <algorithm>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>
#include <variant>

Q_LOGGING_CATEGORY(lcRelay, "herald.relay", QtInfoMsg)

namespace {

namespace Status {
constexpr int Ok = 200;
constexpr int BadRequest = 400;
constexpr int Unauthorized = 401;
constexpr int Forbidden = 403;
constexpr int NotFound = 404;
constexpr int MethodNotAllowed = 405;
constexpr int PayloadTooLarge = 413;
constexpr int InternalServerError = 500;
constexpr int ServiceUnavailable = 503;
} // namespace Status

RelayHttpResponse jsonResponse(const QJsonObject &body, int status)
{
    return RelayHttpResponse::json(body, status);
}

RelayHttpResponse errorResponse(const QString &message, int status)
{
    return RelayHttpResponse::error(message, status);
}

// A 400 naming the offending field of a business event.
RelayHttpResponse fieldError(const QString &field, const QString &message)
{
    return jsonResponse(
        QJsonObject { { QStringLiteral("error"), message }, { QStringLiteral("field"), field } }, Status::BadRequest);
}

// Authorization: Bearer <token>, compared in constant time. An empty expected token never matches.
bool bearerMatches(const RelayHttpRequest &request, const QByteArray &expected)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    const bool bearer = authorization.left(7).compare(QByteArrayView("Bearer "), Qt::CaseInsensitive) == 0;
    return bearer && !expected.isEmpty() && WebhookSignature::tokenEquals(expected, authorization.mid(7).trimmed());
}

RelayHttpResponse unauthorized()
{
    RelayHttpResponse response = errorResponse(QStringLiteral("unauthorized"), Status::Unauthorized);
    response.headers.append(
        { QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"herald-relay\"") });
    return response;
}

// A phone as people and shops write it: digits with spaces, dots, dashes, slashes, parentheses and a leading "+"
// ("+91 97406 58510", "(415) 555-0123"). The relay links no phone-number library: the desktop parses it with
// libphonenumber, with the event's region for a number without a country code.
bool isPhoneText(const QString &phone)
{
    int digits = 0;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (!(c == u' ' || c == u'.' || c == u'-' || c == u'/' || c == u'(' || c == u')' || (c == u'+' && i == 0)))
            return false;
    }
    return digits >= 3 && digits <= 17 && phone.size() <= 32;
}

// The stored form of a business event: {"event","phone","region" (when given),"occurred_at" (ms),"data"}; the 400
// response otherwise.
std::variant<QByteArray, RelayHttpResponse> businessEventBody(const QByteArray &body, qint64 nowMs)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fieldError(QStringLiteral("body"), QStringLiteral("the body must be a JSON object"));
    const QJsonObject in = doc.object();
    const QJsonValue nameValue
        = in.contains(QStringLiteral("event")) ? in.value(QStringLiteral("event")) : in.value(QStringLiteral("name"));
    const QString name = nameValue.toString().trimmed();
    if (!nameValue.isString() || name.isEmpty())
        return fieldError(QStringLiteral("event"), QStringLiteral("event (or name) must be a non-empty string"));
    if (name.size() > RelayConfig::kMaxEventName)
        return fieldError(QStringLiteral("event"),
            QStringLiteral("event must be at most %1 characters").arg(RelayConfig::kMaxEventName));
    const QJsonValue phoneValue = in.value(QStringLiteral("phone"));
    if (phoneValue.isUndefined() || phoneValue.isNull())
        return fieldError(QStringLiteral("phone"), QStringLiteral("phone is missing"));
    const QString phone = phoneValue.toString().trimmed();
    if (!phoneValue.isString() || !isPhoneText(phone))
        return fieldError(QStringLiteral("phone"),
            QStringLiteral("phone must be a phone number: digits with optional spaces, dashes, dots or parentheses, "
                           "e.g. +14155550123 or +91 97406 58510"));
    const QJsonValue regionValue = in.value(QStringLiteral("region"));
    const QString region = regionValue.toString().trimmed().toUpper();
    if (!regionValue.isUndefined() && !regionValue.isNull()
        && (!regionValue.isString() || region.size() != 2 || !region.at(0).isLetter() || !region.at(1).isLetter()))
        return fieldError(QStringLiteral("region"),
            QStringLiteral("region must be a two-letter country code (ISO 3166), e.g. IN"));
    const bool international = phone.startsWith(QLatin1Char('+')) || phone.startsWith(QLatin1String("00"));
    if (!international && region.isEmpty())
        return fieldError(QStringLiteral("phone"),
            QStringLiteral("phone has no country code: start it with + and the country code, or give region "
                           "(the two-letter country code of the number, e.g. IN)"));
    qint64 occurredAt = nowMs;
    const QJsonValue occurred = in.value(QStringLiteral("occurred_at"));
    if (!occurred.isUndefined() && !occurred.isNull()) {
        const auto ms = EventTime::parse(occurred);
        if (!ms)
            return fieldError(QStringLiteral("occurred_at"),
                QStringLiteral(
                    "occurred_at must be an ISO 8601 time (e.g. 2026-11-25T10:00:00Z) or epoch milliseconds"));
        occurredAt = *ms;
    }
    const QJsonValue data = in.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isNull() && !data.isObject())
        return fieldError(QStringLiteral("data"), QStringLiteral("data must be a JSON object"));
    return StoredBusinessEvent { name, phone, region, occurredAt, data.toObject() }.toJson();
}

// The method as logged: a token of the request line, cut so a long one cannot flood the log.
QString methodName(const RelayHttpRequest &request)
{
    return QString::fromLatin1(request.method.left(16));
}

// A non-negative integer query parameter; nullopt when present but not one.
std::optional<qint64> integerParameter(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

// The feed page as JSON, written by hand so each stored payload is embedded byte for byte (it was checked to
// be a JSON object when it was stored) instead of being parsed and re-serialised on every read.
QByteArray feedJson(const RelayStore::Page &page, qint64 after)
{
    QByteArray out;
    qsizetype size = 64;
    for (const auto &e : page.events)
        size += e.body.size() + 96;
    out.reserve(size);
    out += "{\"events\":[";
    for (qsizetype i = 0; i < page.events.size(); ++i) {
        const RelayStore::Event &e = page.events.at(i);
        if (i > 0)
            out += ',';
        out += "{\"cursor\":" + QByteArray::number(e.cursor) + ",\"received_at\":" + QByteArray::number(e.receivedAtMs)
            + ",\"kind\":\"" + e.kind.toUtf8() + "\",\"payload\":"; // kinds are plain ASCII words
        if (e.kind == RelayStore::kindInvalid())
            out += "null,\"raw_base64\":\"" + e.body.toBase64() + '"';
        else
            out += e.body;
        out += '}';
    }
    const qint64 next = page.events.isEmpty() ? after : page.events.constLast().cursor;
    out += "],\"next_cursor\":" + QByteArray::number(next)
        + ",\"has_more\":" + (page.hasMore ? QByteArray("true") : QByteArray("false")) + '}';
    return out;
}

} // namespace

void relayLog(QtMsgType level, const QJsonObject &fields)
{
    const QString line = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    switch (level) {
    case QtDebugMsg:
        qCDebug(lcRelay).noquote() << line;
        break;
    case QtInfoMsg:
        qCInfo(lcRelay).noquote() << line;
        break;
    case QtWarningMsg:
        qCWarning(lcRelay).noquote() << line;
        break;
    default:
        qCCritical(lcRelay).noquote() << line;
        break;
    }
}

RelayServer::RelayServer(RelayConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

RelayServer::~RelayServer() = default;

bool RelayServer::start(QString *error)
{
    if (m_http)
        return true;
    if (!m_store.open(m_config.databasePath, error))
        return false;
    m_shops = std::make_unique<ShopWebhooks>(
        ShopWebhooks::Config { m_config.shopifySecret, m_config.wooCommerceSecret, m_config.eventSources,
            m_config.http.request.maxBodyBytes },
        m_store, [this](bool ok) { noteWrite(ok); });
    m_http = std::make_unique<RelayHttpServer>(
        m_config.http, [this](const RelayHttpRequest &request) { return handle(request); });
    if (!m_config.tlsCertificateFile.isEmpty() || !m_config.tlsKeyFile.isEmpty()) {
        QString tlsError = m_config.tlsCertificateFile.isEmpty() || m_config.tlsKeyFile.isEmpty()
            ? QStringLiteral("TLS needs both a certificate (--tls-cert) and its key (--tls-key)")
            : QString();
        if (!tlsError.isEmpty() || !m_http->setTls(m_config.tlsCertificateFile, m_config.tlsKeyFile, &tlsError)) {
            if (error)
                *error = tlsError;
            m_http.reset();
            return false;
        }
    }
    if (!m_http->listen(m_config.address, m_config.port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_config.address.toString())
                         .arg(m_config.port)
                         .arg(m_http->errorString());
        m_http.reset();
        return false;
    }
    m_port = m_http->serverPort();
    relayLog(QtInfoMsg,
        { { QStringLiteral("event"), QStringLiteral("listening") },
            { QStringLiteral("address"), m_config.address.toString() }, { QStringLiteral("port"), m_port },
            { QStringLiteral("events"), m_store.count() },
            { QStringLiteral("business_events"), !m_config.ingestToken.isEmpty() },
            { QStringLiteral("shopify"), !m_config.shopifySecret.isEmpty() },
            { QStringLiteral("woocommerce"), !m_config.wooCommerceSecret.isEmpty() },
            { QStringLiteral("event_sources"), m_config.eventSources.size() },
            { QStringLiteral("tls"), m_http->tls() },
            { QStringLiteral("max_connections"), m_config.http.maxConnections },
            { QStringLiteral("max_connections_per_address"), m_config.http.maxConnectionsPerAddress } });
    return true;
}

// Each path takes every method and answers 405 itself for the wrong one; an unknown path is a 404.
RelayHttpResponse RelayServer::handle(const RelayHttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray &method = request.method;
    QJsonObject log;
    const auto route = [&]() -> RelayHttpResponse {
        const auto notAllowed
            = [] { return errorResponse(QStringLiteral("method not allowed"), Status::MethodNotAllowed); };
        if (request.path == QLatin1String("/webhooks/whatsapp")) {
            log[QStringLiteral("event")] = method == "GET" ? QStringLiteral("webhook.verify")
                : method == "POST"                         ? QStringLiteral("webhook.receive")
                                                           : QStringLiteral("webhook");
            if (method == "GET")
                return verifyWebhook(request);
            return method == "POST" ? receiveWebhook(request, &log) : notAllowed();
        }
        if (request.path == QLatin1String("/v1/events")) {
            log[QStringLiteral("event")] = QStringLiteral("feed.read");
            return method == "GET" ? readFeed(request, &log) : notAllowed();
        }
        if (request.path == QLatin1String("/v1/business-events")) {
            log[QStringLiteral("event")] = QStringLiteral("business.receive");
            return method == "POST" ? receiveBusinessEvent(request, &log) : notAllowed();
        }
        if (ShopWebhooks::owns(request.path))
            return m_shops->handle(request, &log);
        if (request.path == QLatin1String("/healthz")) {
            log[QStringLiteral("event")] = QStringLiteral("healthz");
            return method == "GET" ? health() : notAllowed();
        }
        log[QStringLiteral("event")] = QStringLiteral("not_found");
        return errorResponse(QStringLiteral("not found"), Status::NotFound);
    };
    RelayHttpResponse response = route(); // before finish() reads log: the handlers add cursor and kind to it
    return finish(request, timer, std::move(response), log);
}

RelayHttpResponse RelayServer::verifyWebhook(const RelayHttpRequest &request)
{
    const QUrlQuery &query = request.query;
    const QString mode = query.queryItemValue(QStringLiteral("hub.mode"), QUrl::FullyDecoded);
    const QString token = query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded);
    const QString challenge = query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);
    if (mode != QStringLiteral("subscribe") || !WebhookSignature::tokenEquals(m_config.verifyToken, token.toUtf8()))
        return errorResponse(QStringLiteral("verification failed"), Status::Forbidden);
    if (challenge.isEmpty())
        return errorResponse(QStringLiteral("hub.challenge missing"), Status::BadRequest);
    RelayHttpResponse response;
    response.contentType = QByteArrayLiteral("text/plain");
    response.body = challenge.toUtf8();
    return response;
}

RelayHttpResponse RelayServer::receiveWebhook(const RelayHttpRequest &request, QJsonObject *log)
{
    const QByteArray &body = request.body;
    // RelayHttpServer already answered 413 from the Content-Length (or while counting chunks) before reading
    // the body; this keeps the rule true for any other caller of the handler.
    if (body.size() > m_config.http.request.maxBodyBytes)
        return errorResponse(QStringLiteral("body larger than %1 bytes").arg(m_config.http.request.maxBodyBytes),
            Status::PayloadTooLarge);
    // The HMAC is over the raw bytes, checked before anything parses them.
    if (!WebhookSignature::verify(m_config.appSecret, body, request.header("x-hub-signature-256")))
        return errorResponse(QStringLiteral("invalid signature"), Status::Forbidden);

    // Correctly signed but not a JSON object: keep the bytes as kind "invalid" and answer 200, so nothing Meta
    // sent is lost and Meta does not retry an undeliverable payload for days. The feed shows it base64-encoded.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool valid = parseError.error == QJsonParseError::NoError && doc.isObject();
    const QString kind = valid ? RelayStore::kindWhatsApp() : RelayStore::kindInvalid();

    QString error;
    const auto cursor = m_store.append(kind, body, Clock::nowMs(), &error);
    noteWrite(cursor.has_value());
    if (!cursor) {
        // 5xx makes Meta retry later, which is what we want when the disk refuses the write.
        relayLog(QtCriticalMsg,
            { { QStringLiteral("event"), QStringLiteral("store.error") }, { QStringLiteral("error"), error } });
        return errorResponse(QStringLiteral("storage error"), Status::InternalServerError);
    }
    log->insert(QStringLiteral("kind"), kind);
    log->insert(QStringLiteral("cursor"), *cursor);
    return jsonResponse(
        { { QStringLiteral("status"), QStringLiteral("stored") }, { QStringLiteral("cursor"), *cursor } }, Status::Ok);
}

RelayHttpResponse RelayServer::readFeed(const RelayHttpRequest &request, QJsonObject *log)
{
    if (!bearerMatches(request, m_config.feedToken))
        return unauthorized();
    const QUrlQuery &query = request.query;
    const auto after = integerParameter(query, QStringLiteral("after"), 0);
    const auto limit = integerParameter(query, QStringLiteral("limit"), RelayConfig::kDefaultPageSize);
    if (!after || !limit || *limit < 1)
        return errorResponse(
            QStringLiteral("after must be an integer >= 0 and limit an integer >= 1"), Status::BadRequest);
    const int pageSize = static_cast<int>(std::min<qint64>(*limit, RelayConfig::kMaxPageSize));

    QString error;
    const auto page = m_store.eventsAfter(*after, pageSize, RelayConfig::kMaxPageBytes, &error);
    if (!page) {
        relayLog(QtCriticalMsg,
            { { QStringLiteral("event"), QStringLiteral("store.error") }, { QStringLiteral("error"), error } });
        return errorResponse(QStringLiteral("storage error"), Status::InternalServerError);
    }
    log->insert(QStringLiteral("after"), *after);
    log->insert(QStringLiteral("returned"), page->events.size());
    RelayHttpResponse response;
    response.body = feedJson(*page, *after);
    return response;
}

RelayHttpResponse RelayServer::receiveBusinessEvent(const RelayHttpRequest &request, QJsonObject *log)
{
    if (m_config.ingestToken.isEmpty())
        return errorResponse(QStringLiteral("business events are not enabled on this relay: set "
                                            "HERALD_RELAY_INGEST_TOKEN in its environment and restart it"),
            Status::ServiceUnavailable);
    if (!bearerMatches(request, m_config.ingestToken))
        return unauthorized();
    const QByteArray &body = request.body;
    if (body.size() > m_config.http.request.maxBodyBytes)
        return errorResponse(QStringLiteral("body larger than %1 bytes").arg(m_config.http.request.maxBodyBytes),
            Status::PayloadTooLarge);
    const qint64 now = Clock::nowMs();
    auto parsed = businessEventBody(body, now);
    if (auto *response = std::get_if<RelayHttpResponse>(&parsed))
        return std::move(*response);

    QString error;
    const auto cursor = m_store.append(RelayStore::kindBusiness(), std::get<QByteArray>(parsed), now, &error);
    noteWrite(cursor.has_value());
    if (!cursor) {
        relayLog(QtCriticalMsg,
            { { QStringLiteral("event"), QStringLiteral("store.error") }, { QStringLiteral("error"), error } });
        return errorResponse(QStringLiteral("storage error"), Status::InternalServerError);
    }
    log->insert(QStringLiteral("kind"), RelayStore::kindBusiness());
    log->insert(QStringLiteral("cursor"), *cursor);
    return jsonResponse(
        { { QStringLiteral("status"), QStringLiteral("stored") }, { QStringLiteral("cursor"), *cursor } }, Status::Ok);
}

RelayHttpResponse RelayServer::health()
{
    if (!storeWritable())
        return jsonResponse({ { QStringLiteral("status"), QStringLiteral("error") },
                                { QStringLiteral("error"), QStringLiteral("the database cannot be written") } },
            Status::ServiceUnavailable);
    return jsonResponse(
        { { QStringLiteral("status"), QStringLiteral("ok") }, { QStringLiteral("events"), m_store.count() } },
        Status::Ok);
}

// Whether a write transaction commits right now: the last append's outcome, or a tiny probe write when nothing
// was written for a while, so /healthz stays cheap under polling and still notices a full or read-only disk.
bool RelayServer::storeWritable()
{
    const qint64 now = Clock::nowMs();
    if (m_writableCheckedAtMs < 0 || now - m_writableCheckedAtMs >= m_config.healthProbeIntervalMs) {
        QString error;
        m_writable = m_store.probeWrite(now, &error);
        m_writableCheckedAtMs = now;
        if (!m_writable)
            relayLog(QtCriticalMsg,
                { { QStringLiteral("event"), QStringLiteral("store.error") }, { QStringLiteral("error"), error } });
    }
    return m_writable;
}

void RelayServer::noteWrite(bool ok)
{
    m_writable = ok;
    m_writableCheckedAtMs = Clock::nowMs();
}

RelayHttpResponse RelayServer::finish(
    const RelayHttpRequest &request, const QElapsedTimer &timer, RelayHttpResponse &&response, QJsonObject log)
{
    const int status = response.status;
    log.insert(QStringLiteral("method"), methodName(request));
    log.insert(QStringLiteral("path"), request.path.left(256)); // never the query: it can carry hub.verify_token
    log.insert(QStringLiteral("status"), status);
    log.insert(QStringLiteral("bytes"), request.body.size());
    log.insert(QStringLiteral("duration_ms"), timer.nsecsElapsed() / 1.0e6);
    relayLog(status >= 500 ? QtCriticalMsg : (status >= 400 ? QtWarningMsg : QtInfoMsg), log);
    return std::move(response);
}

// herald-relay driven as a black box over real HTTP on loopback (tests/support/relayprocess.h): the binary is
// started with its secrets in the environment and a temporary database, the way systemd runs it.
#include "relayprocess.h"

#include <functional>
#include <memory>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace RelayTest;

namespace {

const QByteArray kBusinessPhone = "+14155550123";
constexpr int RelayMaxPage = 1000; // documented maximum of limit=

// A Meta status webhook (reference whatsapp-api.md §2.3) whose statuses carry marker as callback data.
QByteArray statusPayload(const QString &marker, int statuses = 2)
{
    QJsonArray list;
    for (int i = 0; i < statuses; ++i) {
        list.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("wamid.%1.%2").arg(marker).arg(i) },
            { QStringLiteral("status"), QStringLiteral("delivered") },
            { QStringLiteral("timestamp"), QStringLiteral("1750030073") },
            { QStringLiteral("recipient_id"), QStringLiteral("16505551234") },
            { QStringLiteral("biz_opaque_callback_data"), marker } });
    }
    const QJsonObject value { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
        { QStringLiteral("statuses"), list } };
    const QJsonObject change { { QStringLiteral("field"), QStringLiteral("messages") },
        { QStringLiteral("value"), value } };
    const QJsonObject entry { { QStringLiteral("id"), QStringLiteral("1234") },
        { QStringLiteral("changes"), QJsonArray { change } } };
    return QJsonDocument(QJsonObject { { QStringLiteral("object"), QStringLiteral("whatsapp_business_account") },
                             { QStringLiteral("entry"), QJsonArray { entry } } })
        .toJson(QJsonDocument::Compact);
}

QString markerOf(const QJsonObject &event)
{
    return event[QStringLiteral("payload")][QStringLiteral("entry")][0][QStringLiteral("changes")][0]
                [QStringLiteral("value")][QStringLiteral("statuses")][0][QStringLiteral("biz_opaque_callback_data")]
                    .toString();
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Reply waitFor(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return r;
}

QNetworkRequest webhookRequest(const QUrl &url, const QByteArray &signature)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!signature.isNull())
        request.setRawHeader("X-Hub-Signature-256", signature);
    request.setTransferTimeout(10000);
    return request;
}

QNetworkRequest businessRequest(const QUrl &url, const QByteArray &authorization = "Bearer " + kIngestToken)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(10000);
    return request;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QNetworkRequest feedRequest(const QUrl &url, const QByteArray &authorization = "Bearer " + kFeedToken)
{
    QNetworkRequest request(url);
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(10000);
    return request;
}

} // namespace

class TestRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startupRefusedWithoutSecrets_data();
    void startupRefusedWithoutSecrets();
    void health();
    void verificationHandshake_data();
    void verificationHandshake();
    void signature_data();
    void signature();
    void feedAuth_data();
    void feedAuth();
    void cursorPaging();
    void pagingParameters_data();
    void pagingParameters();
    void oversizedBody();
    void malformedJsonIsStoredAsInvalid();
    void unknownRoutesAndMethods();
    void businessEventAuth_data();
    void businessEventAuth();
    void businessEventValidation_data();
    void businessEventValidation();
    void businessEventIsStoredAndServedByTheFeed_data();
    void businessEventIsStoredAndServedByTheFeed();
    void businessEventOversized();
    void businessEventsDisabledWithoutIngestToken();
    void concurrentWritersReaderSeesEachEventOnceInOrder();
    void sigkillLosesNoAcknowledgedEvent();
    void logsCarryNoSecretsOrBodies();

private:
    Reply post(const QByteArray &body, const QByteArray &signature)
    {
        return waitFor(m_nam.post(webhookRequest(m_relay.url(QStringLiteral("/webhooks/whatsapp")), signature), body));
    }
    Reply feed(qint64 after, int limit, const QByteArray &authorization = "Bearer " + kFeedToken)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("after"), QString::number(after));
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return waitFor(m_nam.get(feedRequest(m_relay.url(QStringLiteral("/v1/events"), q), authorization)));
    }
    Reply postBusiness(const QByteArray &body, const QByteArray &authorization = "Bearer " + kIngestToken)
    {
        return waitFor(
            m_nam.post(businessRequest(m_relay.url(QStringLiteral("/v1/business-events")), authorization), body));
    }
    qint64 eventCount()
    {
        return waitFor(m_nam.get(QNetworkRequest(m_relay.url(QStringLiteral("/healthz")))))
            .json()[QStringLiteral("events")]
            .toInteger(-1);
    }
    // The newest cursor right now, so a test only looks at the events it adds itself.
    qint64 head() { return eventCount(); }

    static constexpr int kMaxBody = 64 * 1024;
    QTemporaryDir m_dir;
    Relay m_relay;
    QNetworkAccessManager m_nam;
};

void TestRelay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_relay.start(m_dir.filePath(QStringLiteral("relay.sqlite")),
                 { QStringLiteral("--max-body"), QString::number(kMaxBody) }),
        m_relay.log().constData());
}

void TestRelay::startupRefusedWithoutSecrets_data()
{
    QTest::addColumn<QString>("unset");
    QTest::newRow("app secret") << QStringLiteral("HERALD_RELAY_APP_SECRET");
    QTest::newRow("verify token") << QStringLiteral("HERALD_RELAY_VERIFY_TOKEN");
    QTest::newRow("feed token") << QStringLiteral("HERALD_RELAY_FEED_TOKEN");
}

void TestRelay::startupRefusedWithoutSecrets()
{
    QFETCH(QString, unset);
    QProcessEnvironment env = relayEnvironment();
    env.insert(unset, QString()); // set but empty counts as missing
    QProcess p;
    p.setProcessEnvironment(env);
    const QString database = m_dir.filePath(QStringLiteral("refused.sqlite"));
    p.start(QStringLiteral(HERALD_RELAY_PATH),
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database });
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    const QJsonObject record = QJsonDocument::fromJson(err.trimmed().split('\n').constLast()).object();
    QCOMPARE(record[QStringLiteral("event")].toString(), QStringLiteral("startup.refused"));
    QVERIFY2(record[QStringLiteral("message")].toString().contains(unset), err.constData());
    QVERIFY(!err.contains(kAppSecret) && !err.contains(kVerifyToken) && !err.contains(kFeedToken));
    QVERIFY(!QFile::exists(database));
}

void TestRelay::health()
{
    const Reply r = waitFor(m_nam.get(QNetworkRequest(m_relay.url(QStringLiteral("/healthz")))));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    const qint64 before = r.json()[QStringLiteral("events")].toInteger(-1);
    QVERIFY(before >= 0);
    const QByteArray body = statusPayload(QStringLiteral("health"));
    QCOMPARE(post(body, sign(body)).status, 200);
    QCOMPARE(eventCount(), before + 1);
}

void TestRelay::verificationHandshake_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("right token") << QStringLiteral("subscribe") << QString::fromLatin1(kVerifyToken) << 200;
    QTest::newRow("wrong token") << QStringLiteral("subscribe") << QStringLiteral("not-the-token") << 403;
    QTest::newRow("token prefix") << QStringLiteral("subscribe") << QString::fromLatin1(kVerifyToken.left(5)) << 403;
    QTest::newRow("empty token") << QStringLiteral("subscribe") << QString() << 403;
    QTest::newRow("wrong mode") << QStringLiteral("unsubscribe") << QString::fromLatin1(kVerifyToken) << 403;
    QTest::newRow("no mode") << QString() << QString::fromLatin1(kVerifyToken) << 403;
}

void TestRelay::verificationHandshake()
{
    QFETCH(QString, mode);
    QFETCH(QString, token);
    QFETCH(int, status);
    const QString challenge = QStringLiteral("1158201444 ch&al=le+nge");
    QUrlQuery q;
    if (!mode.isEmpty())
        q.addQueryItem(QStringLiteral("hub.mode"), mode);
    q.addQueryItem(QStringLiteral("hub.challenge"), QString::fromLatin1(QUrl::toPercentEncoding(challenge)));
    q.addQueryItem(QStringLiteral("hub.verify_token"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    const Reply r = waitFor(m_nam.get(QNetworkRequest(m_relay.url(QStringLiteral("/webhooks/whatsapp"), q))));
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.body, challenge.toUtf8());
        QVERIFY(r.contentType.startsWith("text/plain"));
    } else {
        QVERIFY(!r.body.contains(challenge.toUtf8()));
    }
}

void TestRelay::signature_data()
{
    const QByteArray body = statusPayload(QStringLiteral("sig"));
    QByteArray altered = body;
    altered[altered.indexOf("delivered")] = 'D'; // one byte changed after signing
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<int>("status");
    QTest::newRow("good") << body << sign(body) << 200;
    QTest::newRow("good, upper-case hex") << body << ("sha256=" + sign(body).mid(7).toUpper()) << 200;
    QTest::newRow("bad: other secret") << body << sign(body, "another-secret") << 403;
    QTest::newRow("missing") << body << QByteArray() << 403;
    QTest::newRow("empty") << body << QByteArray("") << 403;
    QTest::newRow("body altered by one byte") << altered << sign(body) << 403;
    QTest::newRow("no sha256= prefix") << body << sign(body).mid(7) << 403;
    QTest::newRow("truncated digest") << body << sign(body).chopped(2) << 403;
    QTest::newRow("non-hex digest") << body << QByteArray("sha256=" + QByteArray(64, 'z')) << 403;
}

void TestRelay::signature()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signature);
    QFETCH(int, status);
    const qint64 before = eventCount();
    const Reply r = post(body, signature);
    QCOMPARE(r.status, status);
    QCOMPARE(eventCount(), before + (status == 200 ? 1 : 0)); // a refused webhook is not stored
    if (status == 200) {
        const Reply f = feed(before, 10);
        const QJsonArray events = f.json()[QStringLiteral("events")].toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][QStringLiteral("kind")].toString(), QStringLiteral("whatsapp"));
        QCOMPARE(events[0][QStringLiteral("payload")].toObject(), QJsonDocument::fromJson(body).object());
        QCOMPARE(r.json()[QStringLiteral("cursor")].toInteger(), events[0][QStringLiteral("cursor")].toInteger());
    }
}

void TestRelay::feedAuth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << 401;
    QTest::newRow("wrong") << QByteArray("Bearer wrong-token") << 401;
    QTest::newRow("token with extra byte") << QByteArray("Bearer " + kFeedToken + "x") << 401;
    QTest::newRow("token prefix") << QByteArray("Bearer " + kFeedToken.chopped(1)) << 401;
    QTest::newRow("other scheme") << QByteArray("Basic " + kFeedToken) << 401;
    QTest::newRow("app secret is not a feed token") << QByteArray("Bearer " + kAppSecret) << 401;
    QTest::newRow("right") << QByteArray("Bearer " + kFeedToken) << 200;
    QTest::newRow("right, lower-case scheme") << QByteArray("bearer " + kFeedToken) << 200;
}

void TestRelay::feedAuth()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    const Reply r = feed(0, 1, authorization);
    QCOMPARE(r.status, status);
    if (status == 200)
        QVERIFY(r.json().contains(QStringLiteral("events")));
    else
        QVERIFY(!r.body.contains("events"));
}

void TestRelay::cursorPaging()
{
    const qint64 start = head();
    QList<QByteArray> bodies;
    for (int i = 0; i < 25; ++i) {
        bodies.append(statusPayload(QStringLiteral("page-%1").arg(i)));
        QCOMPARE(post(bodies.last(), sign(bodies.last())).status, 200);
    }
    qint64 after = start;
    QList<int> pageSizes;
    QList<QByteArray> seen;
    for (;;) {
        const Reply r = feed(after, 10);
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.json();
        const QJsonArray events = page[QStringLiteral("events")].toArray();
        pageSizes.append(int(events.size()));
        for (const QJsonValue &e : events) {
            QCOMPARE(e[QStringLiteral("cursor")].toInteger(), after + 1); // gap-free, in order
            QVERIFY(e[QStringLiteral("received_at")].toInteger() > 1700000000000);
            after = e[QStringLiteral("cursor")].toInteger();
            seen.append(QJsonDocument(e[QStringLiteral("payload")].toObject()).toJson(QJsonDocument::Compact));
        }
        QCOMPARE(page[QStringLiteral("next_cursor")].toInteger(), after);
        if (!page[QStringLiteral("has_more")].toBool())
            break;
    }
    QCOMPARE(pageSizes, (QList<int> { 10, 10, 5 }));
    QCOMPARE(seen, bodies);
    // At the end: empty page, cursor unchanged.
    const QJsonObject end = feed(after, 10).json();
    QVERIFY(end[QStringLiteral("events")].toArray().isEmpty());
    QCOMPARE(end[QStringLiteral("next_cursor")].toInteger(), after);
    QCOMPARE(end[QStringLiteral("has_more")].toBool(), false);
    // Exactly the page size left: has_more must be false, not a guess.
    const QJsonObject exact = feed(after - 5, 5).json();
    QCOMPARE(exact[QStringLiteral("events")].toArray().size(), 5);
    QCOMPARE(exact[QStringLiteral("has_more")].toBool(), false);
}

void TestRelay::pagingParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("maxEvents");
    QTest::newRow("defaults") << QString() << 200 << 100;
    QTest::newRow("limit above 1000 is capped") << QStringLiteral("limit=5000") << 200 << 1000;
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << 400 << 0;
    QTest::newRow("negative after") << QStringLiteral("after=-1") << 400 << 0;
    QTest::newRow("non-numeric after") << QStringLiteral("after=abc") << 400 << 0;
}

void TestRelay::pagingParameters()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, maxEvents);
    // Enough events for a capped page to be full (about a second of POSTs, once).
    for (qint64 n = eventCount(); n <= RelayMaxPage; ++n) {
        const QByteArray body = statusPayload(QStringLiteral("fill-%1").arg(n), 1);
        QCOMPARE(post(body, sign(body)).status, 200);
    }
    const Reply r = waitFor(m_nam.get(feedRequest(m_relay.url(QStringLiteral("/v1/events"), QUrlQuery(query)))));
    QCOMPARE(r.status, status);
    if (status == 200) {
        const qint64 available = eventCount();
        QCOMPARE(r.json()[QStringLiteral("events")].toArray().size(), std::min<qint64>(maxEvents, available));
        QCOMPARE(r.json()[QStringLiteral("has_more")].toBool(), available > maxEvents);
    }
}

void TestRelay::oversizedBody()
{
    const QByteArray prefix = "{\"object\":\"whatsapp_business_account\",\"pad\":\"";
    const QByteArray atLimit = prefix + QByteArray(kMaxBody - prefix.size() - 2, 'x') + "\"}";
    QCOMPARE(atLimit.size(), kMaxBody);
    const QByteArray overLimit = prefix + QByteArray(kMaxBody - prefix.size() - 1, 'x') + "\"}";
    const qint64 before = eventCount();
    QCOMPARE(post(overLimit, sign(overLimit)).status, 413);
    QCOMPARE(eventCount(), before);
    const QByteArray huge = prefix + QByteArray(3 * kMaxBody, 'x') + "\"}";
    QCOMPARE(post(huge, sign(huge)).status, 413);
    QCOMPARE(eventCount(), before);
    QCOMPARE(post(atLimit, sign(atLimit)).status, 200); // the limit itself is allowed
    QCOMPARE(eventCount(), before + 1);
}

void TestRelay::malformedJsonIsStoredAsInvalid()
{
    // Decision (docs/relay.md): a correctly signed body that is not a JSON object is stored as kind "invalid"
    // and answered 200, so nothing is lost and Meta does not retry it for days. Unsigned, it is a 403 as usual.
    const QList<QByteArray> bodies { "{\"object\":\"whatsapp_business_account\",\"entry\":[", "[1,2,3]", "" };
    for (const QByteArray &body : bodies) {
        const qint64 before = eventCount();
        QCOMPARE(post(body, sign(body, "wrong")).status, 403);
        QCOMPARE(eventCount(), before);
        QCOMPARE(post(body, sign(body)).status, 200);
        QCOMPARE(eventCount(), before + 1);
        const Reply r = feed(before, 10);
        QCOMPARE(r.status, 200);
        QVERIFY2(QJsonDocument::fromJson(r.body).isObject(), "the feed stays valid JSON");
        const QJsonObject e = r.json()[QStringLiteral("events")][0].toObject();
        QCOMPARE(e[QStringLiteral("kind")].toString(), QStringLiteral("invalid"));
        QVERIFY(e[QStringLiteral("payload")].isNull());
        QCOMPARE(QByteArray::fromBase64(e[QStringLiteral("raw_base64")].toString().toLatin1()), body);
    }
}

void TestRelay::unknownRoutesAndMethods()
{
    QCOMPARE(waitFor(m_nam.get(QNetworkRequest(m_relay.url(QStringLiteral("/nope"))))).status, 404);
    QCOMPARE(waitFor(m_nam.deleteResource(feedRequest(m_relay.url(QStringLiteral("/v1/events"))))).status, 405);
    QCOMPARE(
        waitFor(m_nam.post(webhookRequest(m_relay.url(QStringLiteral("/healthz")), {}), QByteArray())).status, 405);
    // Business events are POSTed only.
    QCOMPARE(waitFor(m_nam.get(businessRequest(m_relay.url(QStringLiteral("/v1/business-events"))))).status, 405);
    QCOMPARE(
        waitFor(m_nam.deleteResource(businessRequest(m_relay.url(QStringLiteral("/v1/business-events"))))).status, 405);
}

void TestRelay::businessEventAuth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << 401;
    QTest::newRow("wrong") << QByteArray("Bearer wrong-token") << 401;
    QTest::newRow("token prefix") << QByteArray("Bearer " + kIngestToken.chopped(1)) << 401;
    QTest::newRow("token with extra byte") << QByteArray("Bearer " + kIngestToken + "x") << 401;
    QTest::newRow("other scheme") << QByteArray("Basic " + kIngestToken) << 401;
    QTest::newRow("feed token is not an ingest token") << QByteArray("Bearer " + kFeedToken) << 401;
    QTest::newRow("right") << QByteArray("Bearer " + kIngestToken) << 200;
    QTest::newRow("right, lower-case scheme") << QByteArray("bearer " + kIngestToken) << 200;
}

void TestRelay::businessEventAuth()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    const qint64 before = eventCount();
    const QByteArray body = json({ { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("phone"), QString::fromLatin1(kBusinessPhone) } });
    const Reply r = postBusiness(body, authorization);
    QCOMPARE(r.status, status);
    QCOMPARE(eventCount(), before + (status == 200 ? 1 : 0));
    if (status == 401) {
        QCOMPARE(r.json()[QStringLiteral("error")].toString(), QStringLiteral("unauthorized"));
    } else {
        QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("stored"));
        QCOMPARE(r.json()[QStringLiteral("cursor")].toInteger(), before + 1);
    }
}

void TestRelay::businessEventValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QString phone = QString::fromLatin1(kBusinessPhone);
    const auto event = [&phone](const QString &key, const QJsonValue &value) {
        QJsonObject o { { QStringLiteral("event"), QStringLiteral("order_placed") },
            { QStringLiteral("phone"), phone } };
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return json(o);
    };
    QTest::newRow("not JSON") << QByteArray("{\"event\":") << QStringLiteral("body");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("body");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("body");
    QTest::newRow("no event") << event(QStringLiteral("event"), QJsonValue::Undefined) << QStringLiteral("event");
    QTest::newRow("empty event") << event(QStringLiteral("event"), QStringLiteral("  ")) << QStringLiteral("event");
    QTest::newRow("event not a string") << event(QStringLiteral("event"), 5) << QStringLiteral("event");
    QTest::newRow("event too long") << event(QStringLiteral("event"), QString(129, QLatin1Char('x')))
                                    << QStringLiteral("event");
    QTest::newRow("no phone") << event(QStringLiteral("phone"), QJsonValue::Undefined) << QStringLiteral("phone");
    // Any written form is accepted since issue 14 ("+1 415 555 0123" is stored as sent; tst_shopwebhooks), but a
    // number without its country code needs the region.
    QTest::newRow("phone without + and region") << event(QStringLiteral("phone"), QStringLiteral("14155550123"))
                                                << QStringLiteral("phone");
    QTest::newRow("region not a country code") << event(QStringLiteral("region"), QStringLiteral("USA"))
                                               << QStringLiteral("region");
    QTest::newRow("phone with letters") << event(QStringLiteral("phone"), QStringLiteral("+1415CALLME"))
                                        << QStringLiteral("phone");
    QTest::newRow("phone a number") << event(QStringLiteral("phone"), 14155550123.0) << QStringLiteral("phone");
    QTest::newRow("occurred_at garbage") << event(QStringLiteral("occurred_at"), QStringLiteral("yesterday"))
                                         << QStringLiteral("occurred_at");
    QTest::newRow("occurred_at negative") << event(QStringLiteral("occurred_at"), -5) << QStringLiteral("occurred_at");
    QTest::newRow("occurred_at fraction") << event(QStringLiteral("occurred_at"), 1.5) << QStringLiteral("occurred_at");
    QTest::newRow("occurred_at object") << event(QStringLiteral("occurred_at"), QJsonObject {})
                                        << QStringLiteral("occurred_at");
    QTest::newRow("data a string") << event(QStringLiteral("data"), QStringLiteral("{}")) << QStringLiteral("data");
    QTest::newRow("data an array") << event(QStringLiteral("data"), QJsonArray { 1 }) << QStringLiteral("data");
}

void TestRelay::businessEventValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const qint64 before = eventCount();
    const Reply r = postBusiness(body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()[QStringLiteral("field")].toString(), field);
    QVERIFY(!r.json()[QStringLiteral("error")].toString().isEmpty());
    QCOMPARE(eventCount(), before); // nothing stored
}

void TestRelay::businessEventIsStoredAndServedByTheFeed_data()
{
    QTest::addColumn<QJsonObject>("posted");
    QTest::addColumn<qint64>("occurredAt"); // -1: the receive time
    const QJsonObject data { { QStringLiteral("order_id"), QStringLiteral("A-1001") },
        { QStringLiteral("total"), 42.5 } };
    const QString phone = QString::fromLatin1(kBusinessPhone);
    QTest::newRow("ISO 8601 with Z") << QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("phone"), phone }, { QStringLiteral("occurred_at"), QStringLiteral("2026-11-25T10:00:00Z") },
        { QStringLiteral("data"), data } }
                                     << qint64(1795600800000);
    QTest::newRow("ISO 8601 with offset and ms") << QJsonObject {
        { QStringLiteral("event"), QStringLiteral("order_placed") }, { QStringLiteral("phone"), phone },
        { QStringLiteral("occurred_at"), QStringLiteral("2026-11-25T11:00:00.250+01:00") }
    } << qint64(1795600800250);
    QTest::newRow("epoch milliseconds") << QJsonObject { { QStringLiteral("event"), QStringLiteral("cart_abandoned") },
        { QStringLiteral("phone"), phone }, { QStringLiteral("occurred_at"), 1795600800123.0 } }
                                        << qint64(1795600800123);
    QTest::newRow("name alias, no time, no data") << QJsonObject { { QStringLiteral("name"), QStringLiteral("signup") },
        { QStringLiteral("phone"), phone } } << qint64(-1);
}

void TestRelay::businessEventIsStoredAndServedByTheFeed()
{
    QFETCH(QJsonObject, posted);
    QFETCH(qint64, occurredAt);
    const qint64 before = head();
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    const Reply r = postBusiness(json(posted));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("stored"));
    const qint64 cursor = r.json()[QStringLiteral("cursor")].toInteger();
    QCOMPARE(cursor, before + 1);

    const Reply f = feed(before, 10);
    QCOMPARE(f.status, 200);
    const QJsonArray events = f.json()[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject e = events[0].toObject();
    QCOMPARE(e[QStringLiteral("cursor")].toInteger(), cursor);
    QCOMPARE(e[QStringLiteral("kind")].toString(), QStringLiteral("business"));
    const QJsonObject payload = e[QStringLiteral("payload")].toObject();
    const QString name = posted.contains(QStringLiteral("event")) ? posted[QStringLiteral("event")].toString()
                                                                  : posted[QStringLiteral("name")].toString();
    QCOMPARE(payload[QStringLiteral("event")].toString(), name);
    QCOMPARE(payload[QStringLiteral("phone")].toString(), QString::fromLatin1(kBusinessPhone));
    QCOMPARE(payload[QStringLiteral("data")].toObject(), posted[QStringLiteral("data")].toObject());
    const qint64 stored = payload[QStringLiteral("occurred_at")].toInteger();
    if (occurredAt >= 0) {
        QCOMPARE(stored, occurredAt);
    } else {
        QVERIFY(stored >= sentAt - 1000 && stored <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(stored, e[QStringLiteral("received_at")].toInteger());
    }
}

void TestRelay::businessEventOversized()
{
    const QJsonObject big { { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("phone"), QString::fromLatin1(kBusinessPhone) },
        { QStringLiteral("data"), QJsonObject { { QStringLiteral("pad"), QString(kMaxBody, QLatin1Char('x')) } } } };
    const qint64 before = eventCount();
    QCOMPARE(postBusiness(json(big)).status, 413);
    QCOMPARE(eventCount(), before);
}

void TestRelay::businessEventsDisabledWithoutIngestToken()
{
    // The token is optional so existing deployments keep starting; the endpoint then says what to set.
    QProcessEnvironment env = relayEnvironment();
    env.remove(QStringLiteral("HERALD_RELAY_INGEST_TOKEN"));
    Relay relay;
    QVERIFY2(relay.start(m_dir.filePath(QStringLiteral("no-ingest.sqlite")), {}, env), relay.log().constData());
    const QByteArray body = json({ { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("phone"), QString::fromLatin1(kBusinessPhone) } });
    for (const QByteArray &authorization :
        { QByteArray(), QByteArray("Bearer "), QByteArray("Bearer " + kIngestToken) }) {
        const Reply r = waitFor(
            m_nam.post(businessRequest(relay.url(QStringLiteral("/v1/business-events")), authorization), body));
        QCOMPARE(r.status, 503);
        QVERIFY2(r.json()[QStringLiteral("error")].toString().contains(QStringLiteral("HERALD_RELAY_INGEST_TOKEN")),
            r.body.constData());
    }
    const Reply health = waitFor(m_nam.get(QNetworkRequest(relay.url(QStringLiteral("/healthz")))));
    QCOMPARE(health.json()[QStringLiteral("events")].toInteger(), 0);
}

void TestRelay::concurrentWritersReaderSeesEachEventOnceInOrder()
{
    constexpr int kWriters = 4;
    constexpr int kPerWriter = 40;
    const qint64 start = head();
    struct Writer
    {
        std::unique_ptr<QNetworkAccessManager> nam = std::make_unique<QNetworkAccessManager>();
        int sent = 0;
        int acked = 0;
    };
    std::vector<Writer> writers(kWriters);
    QNetworkAccessManager readerNam;
    QEventLoop loop;
    QHash<QString, int> seenCount;
    QHash<int, int> lastSeqPerWriter;
    qint64 cursor = start;
    bool ordered = true;
    int failures = 0;

    std::function<void(int)> postNext = [&](int w) {
        Writer &writer = writers[size_t(w)];
        const QByteArray body = statusPayload(QStringLiteral("w%1-%2").arg(w).arg(writer.sent++), 3);
        QNetworkReply *reply
            = writer.nam->post(webhookRequest(m_relay.url(QStringLiteral("/webhooks/whatsapp")), sign(body)), body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, w, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++failures;
            Writer &wr = writers[size_t(w)];
            ++wr.acked;
            if (wr.sent < kPerWriter)
                postNext(w);
        });
    };
    const auto writersDone = [&] {
        return std::all_of(writers.begin(), writers.end(), [](const Writer &w) { return w.acked == kPerWriter; });
    };
    std::function<void()> readNext = [&] {
        const bool doneBefore = writersDone(); // only a page read after all acks may end the test
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("after"), QString::number(cursor));
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
        QNetworkReply *reply = readerNam.get(feedRequest(m_relay.url(QStringLiteral("/v1/events"), q)));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, doneBefore] {
            reply->deleteLater();
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            for (const QJsonValue &e : page[QStringLiteral("events")].toArray()) {
                const qint64 c = e[QStringLiteral("cursor")].toInteger();
                ordered = ordered && c == cursor + 1;
                cursor = c;
                const QString marker = markerOf(e.toObject());
                ++seenCount[marker];
                const int w = marker.section(QLatin1Char('-'), 0, 0).mid(1).toInt();
                const int seq = marker.section(QLatin1Char('-'), 1).toInt();
                ordered = ordered && seq == lastSeqPerWriter.value(w, -1) + 1; // each writer's order kept
                lastSeqPerWriter[w] = seq;
            }
            if (doneBefore && !page[QStringLiteral("has_more")].toBool())
                loop.quit();
            else
                readNext();
        });
    };
    for (int w = 0; w < kWriters; ++w)
        postNext(w);
    readNext();
    QTimer::singleShot(25000, &loop, &QEventLoop::quit);
    loop.exec();

    QCOMPARE(failures, 0);
    QVERIFY(writersDone());
    QVERIFY2(ordered, "cursors must be consecutive and each writer's events in its order");
    QCOMPARE(seenCount.size(), kWriters * kPerWriter);
    for (auto it = seenCount.cbegin(); it != seenCount.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(cursor, start + kWriters * kPerWriter);
}

void TestRelay::sigkillLosesNoAcknowledgedEvent()
{
    const QString database = m_dir.filePath(QStringLiteral("crash.sqlite"));
    auto relay = std::make_unique<Relay>();
    QVERIFY(relay->start(database));
    constexpr int kWriters = 4;
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    QSet<QString> acked;
    QEventLoop loop;
    bool killed = false;
    int sent = 0;
    std::function<void(int)> postNext = [&](int w) {
        const QString marker = QStringLiteral("crash-%1").arg(sent++);
        const QByteArray body = statusPayload(marker, 50);
        QNetworkReply *reply
            = nams[size_t(w)]->post(webhookRequest(relay->url(QStringLiteral("/webhooks/whatsapp")), sign(body)), body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, w, reply, marker] {
            reply->deleteLater();
            if (killed)
                return;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                acked.insert(marker);
            if (acked.size() >= 150) { // mid-load: the other writers have requests in flight
                killed = true;
                relay->kill();
                loop.quit();
                return;
            }
            postNext(w);
        });
    };
    for (int w = 0; w < kWriters; ++w) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        postNext(w);
    }
    QTimer::singleShot(25000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(killed);

    // Restart on the same file and read everything back.
    relay = std::make_unique<Relay>();
    QVERIFY(relay->start(database));
    QSet<QString> stored;
    qint64 after = 0;
    for (bool more = true; more;) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("after"), QString::number(after));
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        const Reply r = waitFor(m_nam.get(feedRequest(relay->url(QStringLiteral("/v1/events"), q))));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &e : r.json()[QStringLiteral("events")].toArray())
            stored.insert(markerOf(e.toObject()));
        after = r.json()[QStringLiteral("next_cursor")].toInteger();
        more = r.json()[QStringLiteral("has_more")].toBool();
    }
    for (const QString &marker : std::as_const(acked))
        QVERIFY2(stored.contains(marker), qPrintable(marker + QStringLiteral(" was answered 200 but is lost")));
    QVERIFY(stored.size() >= acked.size());
}

void TestRelay::logsCarryNoSecretsOrBodies()
{
    const QByteArray log = m_relay.log();
    QVERIFY(log.contains("\"event\":\"webhook.receive\""));
    for (const QByteArray &line : log.trimmed().split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        QVERIFY2(!record.isEmpty(), line.constData()); // one JSON object per line
        QVERIFY(record.contains(QStringLiteral("time")) && record.contains(QStringLiteral("level")));
    }
    for (const QByteArray &secret : { kAppSecret, kVerifyToken, kFeedToken })
        QVERIFY2(!log.contains(secret), "a secret reached the log");
    QVERIFY2(!log.contains("wamid.") && !log.contains("16505551234"), "a payload reached the log");
    QVERIFY2(!log.contains(kIngestToken), "the ingest token reached the log");
    QVERIFY2(!log.contains(kBusinessPhone.mid(1)) && !log.contains("A-1001"), "a business event reached the log");
    QVERIFY(log.contains("\"event\":\"business.receive\""));
    QVERIFY(log.contains("\"status\":403") && log.contains("\"status\":413") && log.contains("\"duration_ms\""));
}

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"

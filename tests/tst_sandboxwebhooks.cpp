// The sandbox's simulated status feed end to end: messages sent to the sandbox over HTTP come back as signed,
// Meta-shaped webhooks in the embedded relay's feed, with Meta's messiness, deterministically for a seed.
#include "engine/relay/webhooksignature.h"
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/sandbox/sandboxserver.h"
#include "engine/sandbox/sandboxwebhooks.h"
#include "loopbackhttpserver.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kToken = QStringLiteral("sandbox-webhooks-test-token");
constexpr int kMessages = 160;
constexpr qint64 kSeventyTwoHours = 72 * 3600;

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

HttpAnswer call(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &body = {}, bool post = false)
{
    request.setTransferTimeout(10000);
    QNetworkReply *reply = post ? nam.post(request, body) : nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return answer;
}

QJsonObject templateMessage(const QString &to, int i)
{
    QJsonObject templ;
    if (i % 2 == 0) { // order_update: UTILITY, no quick replies
        const auto text = [](const QString &v) {
            return QJsonObject { { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("text"), v } };
        };
        templ = { { QStringLiteral("name"), QStringLiteral("order_update") },
            { QStringLiteral("language"), QJsonObject { { QStringLiteral("code"), QStringLiteral("en_US") } } },
            { QStringLiteral("components"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("header") },
                                 { QStringLiteral("parameters"), QJsonArray { text(QStringLiteral("#1")) } } },
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("body") },
                        { QStringLiteral("parameters"),
                            QJsonArray {
                                text(QStringLiteral("A")), text(QStringLiteral("B")), text(QStringLiteral("C")) } } },
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("button") },
                        { QStringLiteral("sub_type"), QStringLiteral("url") },
                        { QStringLiteral("index"), QStringLiteral("0") },
                        { QStringLiteral("parameters"), QJsonArray { text(QStringLiteral("1")) } } } } } };
    } else { // festive_offer: MARKETING, quick replies "Shop now" and "Stop promotions"
        const auto named = [](const QString &n, const QString &v) {
            return QJsonObject { { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("text"), v },
                { QStringLiteral("parameter_name"), n } };
        };
        templ = { { QStringLiteral("name"), QStringLiteral("festive_offer") },
            { QStringLiteral("language"), QJsonObject { { QStringLiteral("code"), QStringLiteral("en_US") } } },
            { QStringLiteral("components"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("header") },
                                 { QStringLiteral("parameters"),
                                     QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("image") },
                                         { QStringLiteral("image"),
                                             QJsonObject { { QStringLiteral("link"),
                                                 QStringLiteral("https://x.example/b.jpg") } } } } } } },
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("body") },
                        { QStringLiteral("parameters"),
                            QJsonArray { named(QStringLiteral("first_name"), QStringLiteral("Ravi")),
                                named(QStringLiteral("discount"), QStringLiteral("25%")),
                                named(QStringLiteral("code"), QStringLiteral("FEST25")) } } } } } };
    }
    return { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") }, { QStringLiteral("to"), to },
        { QStringLiteral("type"), QStringLiteral("template") }, { QStringLiteral("template"), templ },
        { QStringLiteral("biz_opaque_callback_data"), QStringLiteral("cmp7:row%1").arg(i) } };
}

struct Run
{
    QList<SandboxRecord> records;
    QList<QJsonObject> payloads; // the feed, in cursor order
    qint64 lastCursor = 0;
};

QJsonObject valueOf(const QJsonObject &payload)
{
    return payload.value(QStringLiteral("entry"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("changes"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("value"))
        .toObject();
}

// A comparable text for every event of a run: sequence instead of wamid, timestamp relative to acceptance.
QStringList normalised(const Run &run)
{
    QHash<QString, SandboxRecord> byWamid;
    QHash<QString, SandboxRecord> byWaId;
    for (const SandboxRecord &r : run.records) {
        byWamid.insert(r.wamid, r);
        byWaId.insert(r.waId, r);
    }
    QStringList out;
    for (const QJsonObject &p : run.payloads) {
        const QJsonObject value = valueOf(p);
        for (const QJsonValue &v : value.value(QStringLiteral("statuses")).toArray()) {
            const QJsonObject s = v.toObject();
            const SandboxRecord r = byWamid.value(s.value(QStringLiteral("id")).toString());
            out.append(
                QStringLiteral("%1 %2 %3 %4")
                    .arg(r.sequence)
                    .arg(s.value(QStringLiteral("status")).toString())
                    .arg(s.value(QStringLiteral("timestamp")).toString().toLongLong() - r.acceptedAt.toSecsSinceEpoch())
                    .arg(QString::fromUtf8(QJsonDocument(s.value(QStringLiteral("errors")).toArray()).toJson())));
        }
        for (const QJsonValue &v : value.value(QStringLiteral("messages")).toArray()) {
            QJsonObject m = v.toObject();
            const SandboxRecord r = byWaId.value(m.value(QStringLiteral("from")).toString());
            const qint64 ts
                = m.value(QStringLiteral("timestamp")).toString().toLongLong() - r.acceptedAt.toSecsSinceEpoch();
            m.remove(QStringLiteral("timestamp"));
            m.remove(QStringLiteral("id"));
            m.remove(QStringLiteral("context"));
            out.append(QStringLiteral("%1 reply %2 %3")
                           .arg(r.sequence)
                           .arg(ts)
                           .arg(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact))));
        }
    }
    out.sort();
    return out;
}

int rank(const QString &status)
{
    static const QHash<QString, int> ranks { { QStringLiteral("sent"), 1 }, { QStringLiteral("delivered"), 2 },
        { QStringLiteral("read"), 3 }, { QStringLiteral("failed"), 4 } };
    return ranks.value(status);
}

} // namespace

class TestSandboxWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void feedThroughEmbeddedRelay();
    void deterministicForSeed();
    void signedRetriedAndBatched();
    void notYetDueEventsSurviveARestart();
    void optOutsAreNeverDatedInTheFuture();
    void idsAsMetaWritesThem();

private:
    void runCampaign(quint64 seed, const QString &databasePath, Run *run);
    void readFeed(const SandboxEnvironment &environment, qint64 after, Run *run);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

void TestSandboxWebhooks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSandboxWebhooks::readFeed(const SandboxEnvironment &environment, qint64 after, Run *run)
{
    for (;;) {
        QUrl url = environment.relayUrl().resolved(QUrl(QStringLiteral("/v1/events")));
        url.setQuery(QStringLiteral("after=%1&limit=1000").arg(after));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + environment.feedToken());
        const HttpAnswer answer = call(m_nam, request);
        QCOMPARE(answer.status, 200);
        const QJsonObject page = QJsonDocument::fromJson(answer.body).object();
        for (const QJsonValue &e : page.value(QStringLiteral("events")).toArray()) {
            QCOMPARE(e.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("whatsapp"));
            run->payloads.append(e.toObject().value(QStringLiteral("payload")).toObject());
        }
        after = page.value(QStringLiteral("next_cursor")).toInteger();
        run->lastCursor = after;
        if (!page.value(QStringLiteral("has_more")).toBool())
            return;
    }
}

void TestSandboxWebhooks::runCampaign(quint64 seed, const QString &databasePath, Run *run)
{
    SandboxOptions so;
    so.seed = seed;
    so.throughput = 1000000;
    so.notOnWhatsAppShare = 0;
    so.marketingLimitShare = 0;
    so.accessToken = kToken;
    SandboxServer server(so);
    SandboxEnvironment::Options eo;
    eo.databasePath = databasePath;
    eo.webhooks.seed = seed;
    eo.webhooks.speed = 400; // ≈ 7 virtual minutes in about a second
    eo.webhooks.marketingLimitShare = 0.08;
    eo.webhooks.experimentShare = 0.05;
    eo.webhooks.undeliverableShare = 0.04;
    SandboxEnvironment environment(&server, eo);
    QString error;
    QVERIFY2(environment.start(&error), qPrintable(error));
    QVERIFY(!environment.feedToken().isEmpty());
    QVERIFY(!environment.appSecret().isEmpty());

    const QUrl sendUrl = server.baseUrl().resolved(QUrl(QStringLiteral("/v23.0/100000000000001/messages")));
    for (int i = 0; i < kMessages; ++i) {
        QNetworkRequest request(sendUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + kToken.toLatin1());
        const QJsonObject body = templateMessage(QStringLiteral("+4915%1").arg(1000000 + i), i);
        const HttpAnswer answer = call(m_nam, request, QJsonDocument(body).toJson(QJsonDocument::Compact), true);
        QVERIFY2(answer.status == 200, answer.body.constData());
    }
    QTRY_VERIFY_WITH_TIMEOUT(environment.webhooks()->pending() == 0, 15000);
    run->records = server.records();
    QCOMPARE(run->records.size(), kMessages);
    readFeed(environment, 0, run);
}

void TestSandboxWebhooks::feedThroughEmbeddedRelay()
{
    const QString database = m_dir.filePath(QStringLiteral("a.herald.sandbox-relay.sqlite"));
    Run run;
    runCampaign(7, database, &run);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!run.payloads.isEmpty());

    QHash<QString, SandboxRecord> byWamid;
    for (const SandboxRecord &r : std::as_const(run.records))
        byWamid.insert(r.wamid, r);

    QHash<QString, QList<QJsonObject>> statuses; // wamid → statuses in arrival order
    QList<QJsonObject> replies;
    int batched = 0;
    QSet<QString> waIds;
    for (const SandboxRecord &r : std::as_const(run.records))
        waIds.insert(r.waId);
    for (const QJsonObject &p : std::as_const(run.payloads)) {
        // Meta's envelope.
        QCOMPARE(p.value(QStringLiteral("object")).toString(), QStringLiteral("whatsapp_business_account"));
        const QJsonObject entry = p.value(QStringLiteral("entry")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("id")).toString(), QString::fromLatin1(SandboxApi::kWabaId));
        const QJsonObject change = entry.value(QStringLiteral("changes")).toArray().first().toObject();
        const QJsonObject value = change.value(QStringLiteral("value")).toObject();
        if (change.value(QStringLiteral("field")).toString() == QLatin1String("user_preferences")) {
            // Someone stopped marketing messages in WhatsApp: named by a recipient's WhatsApp id.
            const QJsonArray prefs = value.value(QStringLiteral("user_preferences")).toArray();
            QCOMPARE(prefs.size(), 1);
            const QJsonObject pref = prefs.first().toObject();
            QVERIFY(waIds.contains(pref.value(QStringLiteral("wa_id")).toString()));
            QCOMPARE(pref.value(QStringLiteral("category")).toString(), QStringLiteral("marketing_messages"));
            QCOMPARE(pref.value(QStringLiteral("value")).toString(), QStringLiteral("stop"));
            continue;
        }
        QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("messages"));
        QCOMPARE(value.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
        const QJsonObject metadata = value.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("phone_number_id")).toString(),
            QString::fromLatin1(SandboxApi::kPhoneNumberId));
        QCOMPARE(metadata.value(QStringLiteral("display_phone_number")).toString(), QStringLiteral("15550100"));
        const QJsonArray s = value.value(QStringLiteral("statuses")).toArray();
        const QJsonArray m = value.value(QStringLiteral("messages")).toArray();
        QVERIFY(s.isEmpty() != m.isEmpty());
        if (s.size() > 1)
            ++batched;
        for (const QJsonValue &v : s) {
            const QJsonObject status = v.toObject();
            const QString wamid = status.value(QStringLiteral("id")).toString();
            QVERIFY2(byWamid.contains(wamid), qPrintable(wamid));
            const SandboxRecord &r = byWamid[wamid];
            QCOMPARE(status.value(QStringLiteral("biz_opaque_callback_data")).toString(), r.callbackData);
            QCOMPARE(status.value(QStringLiteral("recipient_id")).toString(), r.waId);
            QVERIFY(status.value(QStringLiteral("timestamp")).isString());
            QVERIFY(
                status.value(QStringLiteral("timestamp")).toString().toLongLong() >= r.acceptedAt.toSecsSinceEpoch());
            statuses[wamid].append(status);
        }
        for (const QJsonValue &v : m) {
            const QJsonObject message = v.toObject();
            QCOMPARE(
                value.value(QStringLiteral("contacts")).toArray().first().toObject().value(QStringLiteral("wa_id")),
                message.value(QStringLiteral("from")));
            replies.append(message);
        }
    }
    QVERIFY2(batched > 0, "no POST carried several statuses");

    // The relay stores only payloads whose X-Hub-Signature-256 it verified with the environment's app secret;
    // show that it checks: a stored payload re-signed is accepted again, one altered byte is refused.
    {
        SandboxServer server;
        SandboxEnvironment::Options eo;
        eo.databasePath = database;
        SandboxEnvironment again(&server, eo); // a restart: same database, new tokens
        QVERIFY(again.start());
        Run after;
        readFeed(again, 0, &after);
        QCOMPARE(after.payloads.size(), run.payloads.size()); // nothing lost across the restart
        const QByteArray body = QJsonDocument(run.payloads.first()).toJson(QJsonDocument::Compact);
        QNetworkRequest request(again.relayUrl().resolved(QUrl(QStringLiteral("/webhooks/whatsapp"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256", WebhookSignature::sign(again.appSecret(), body));
        QCOMPARE(call(m_nam, request, body, true).status, 200);
        QByteArray altered = body;
        altered[altered.size() / 2] = altered[altered.size() / 2] == 'a' ? 'b' : 'a';
        QCOMPARE(call(m_nam, request, altered, true).status, 403);
        request.setRawHeader("X-Hub-Signature-256", WebhookSignature::sign(QByteArrayLiteral("not-the-secret"), body));
        QCOMPARE(call(m_nam, request, body, true).status, 403);
    }

    int outOfOrder = 0;
    int duplicated = 0;
    int readWithoutDelivered = 0;
    int delivered = 0;
    int read = 0;
    QHash<int, int> failures;
    QSet<QString> failedWamids;
    for (const SandboxRecord &r : std::as_const(run.records)) {
        const QList<QJsonObject> list = statuses.value(r.wamid);
        QVERIFY2(!list.isEmpty(), qPrintable(r.wamid));
        QSet<QString> seen;
        QSet<QString> kinds;
        int best = 0;
        bool reordered = false;
        for (const QJsonObject &s : list) {
            const QString status = s.value(QStringLiteral("status")).toString();
            const QString key = status + s.value(QStringLiteral("timestamp")).toString();
            if (seen.contains(key))
                ++duplicated;
            seen.insert(key);
            kinds.insert(status);
            if (rank(status) < best)
                reordered = true;
            best = std::max(best, rank(status));
            if (status == QLatin1String("failed")) {
                const QJsonObject error = s.value(QStringLiteral("errors")).toArray().first().toObject();
                const int code = error.value(QStringLiteral("code")).toInt();
                QVERIFY(code == 131049 || code == 130472 || code == 131026);
                if (code != 131026)
                    QCOMPARE(r.templateCategory, QStringLiteral("MARKETING"));
                QVERIFY(!error.value(QStringLiteral("title")).toString().isEmpty());
                QCOMPARE(error.value(QStringLiteral("message")), error.value(QStringLiteral("title")));
                QVERIFY(!error.value(QStringLiteral("error_data"))
                             .toObject()
                             .value(QStringLiteral("details"))
                             .toString()
                             .isEmpty());
                QVERIFY(error.value(QStringLiteral("href")).toString().startsWith(QStringLiteral("https://")));
                ++failures[code];
                failedWamids.insert(r.wamid);
            }
        }
        QVERIFY(kinds.contains(QStringLiteral("sent")));
        QVERIFY(!(kinds.contains(QStringLiteral("failed")) && kinds.contains(QStringLiteral("delivered"))));
        outOfOrder += reordered ? 1 : 0;
        delivered += kinds.contains(QStringLiteral("delivered")) ? 1 : 0;
        read += kinds.contains(QStringLiteral("read")) ? 1 : 0;
        if (kinds.contains(QStringLiteral("read")) && !kinds.contains(QStringLiteral("delivered")))
            ++readWithoutDelivered;
    }
    QVERIFY2(outOfOrder > 0, "no statuses arrived out of order");
    QVERIFY2(duplicated > 0, "no duplicated deliveries");
    QVERIFY2(readWithoutDelivered > 0, "no read without delivered");
    QVERIFY(delivered > kMessages / 2);
    QVERIFY(read > kMessages / 5 && read < delivered + readWithoutDelivered);
    QVERIFY2(failures.value(131049) > 0, "no 131049");
    QVERIFY2(failures.value(130472) > 0, "no 130472");
    QVERIFY2(failures.value(131026) > 0, "no 131026");

    int withContext = 0;
    int buttons = 0;
    int stops = 0;
    int late = 0;
    QHash<QString, SandboxRecord> byWaId;
    for (const SandboxRecord &r : std::as_const(run.records))
        byWaId.insert(r.waId, r);
    for (const QJsonObject &m : std::as_const(replies)) {
        const SandboxRecord r = byWaId.value(m.value(QStringLiteral("from")).toString());
        QVERIFY(!r.wamid.isEmpty());
        QVERIFY(!failedWamids.contains(r.wamid)); // only delivered messages get replies
        QVERIFY(m.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("wamid.")));
        const QJsonObject context = m.value(QStringLiteral("context")).toObject();
        if (!context.isEmpty()) {
            QCOMPARE(context.value(QStringLiteral("id")).toString(), r.wamid);
            ++withContext;
        }
        const QString type = m.value(QStringLiteral("type")).toString();
        QString said;
        if (type == QLatin1String("button")) {
            ++buttons;
            QCOMPARE(r.templateName, QStringLiteral("festive_offer"));
            QVERIFY(!context.isEmpty());
            const QJsonObject button = m.value(QStringLiteral("button")).toObject();
            said = button.value(QStringLiteral("text")).toString();
            QVERIFY(said == QLatin1String("Shop now") || said == QLatin1String("Stop promotions"));
            QCOMPARE(button.value(QStringLiteral("payload")).toString(), said);
        } else {
            QCOMPARE(type, QStringLiteral("text"));
            said = m.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString();
            QVERIFY(!said.isEmpty());
        }
        if (said == QLatin1String("STOP") || said == QLatin1String("Stop promotions"))
            ++stops;
        // The first "sent" timestamp of the message replied to.
        qint64 sentAt = 0;
        for (const QJsonObject &s : statuses.value(r.wamid)) {
            if (s.value(QStringLiteral("status")).toString() == QLatin1String("sent"))
                sentAt = s.value(QStringLiteral("timestamp")).toString().toLongLong();
        }
        if (m.value(QStringLiteral("timestamp")).toString().toLongLong() - sentAt > kSeventyTwoHours)
            ++late;
    }
    QVERIFY2(withContext > 0, "no reply with context.id");
    QVERIFY2(buttons > 0, "no quick-reply taps");
    QVERIFY2(stops > 0, "no STOP replies");
    QVERIFY2(late > 0, "no reply dated after 72 h");
    QVERIFY(late < replies.size());
    qInfo("%lld payloads, %d out of order, %d duplicates, %d read w/o delivered, %lld replies (%d taps, %d stop, %d "
          "late)",
        static_cast<long long>(run.payloads.size()), outOfOrder, duplicated, readWithoutDelivered,
        static_cast<long long>(replies.size()), buttons, stops, late);
}

void TestSandboxWebhooks::deterministicForSeed()
{
    Run a;
    Run b;
    runCampaign(11, m_dir.filePath(QStringLiteral("d1.sqlite")), &a);
    if (QTest::currentTestFailed())
        return;
    runCampaign(11, m_dir.filePath(QStringLiteral("d2.sqlite")), &b);
    if (QTest::currentTestFailed())
        return;
    const QStringList first = normalised(a);
    QVERIFY(first.size() > kMessages);
    QCOMPARE(normalised(b), first);

    // Another seed gives other events for the same sends.
    SandboxWebhookOptions other;
    other.seed = 12;
    SandboxWebhookOptions same;
    same.seed = 11;
    int differing = 0;
    for (const SandboxRecord &r : std::as_const(a.records)) {
        const auto x = SandboxWebhooks::plan(same, r, {});
        const auto y = SandboxWebhooks::plan(other, r, {});
        const auto z = SandboxWebhooks::plan(same, r, {});
        QCOMPARE(x.size(), z.size());
        for (qsizetype i = 0; i < x.size(); ++i)
            QCOMPARE(x.at(i).item, z.at(i).item);
        if (x.size() != y.size() || (!x.isEmpty() && x.constLast().item != y.constLast().item))
            ++differing;
    }
    QVERIFY(differing > kMessages / 4);
}

void TestSandboxWebhooks::signedRetriedAndBatched()
{
    // A webhook receiver that fails the first two POSTs: like Meta, the sandbox retries until it gets 200.
    LoopbackHttpServer receiver;
    QVERIFY(receiver.listen());
    int calls = 0;
    receiver.setHandler([&calls](const LoopbackHttpServer::Request &) {
        return ++calls <= 2 ? LoopbackHttpServer::Response::json(503, "{}")
                            : LoopbackHttpServer::Response::json(200, "{}");
    });
    SandboxWebhookOptions options;
    options.seed = 3;
    options.speed = 1000;
    options.maxBatch = 8;
    SandboxWebhooks hooks(options);
    const QByteArray secret = QByteArrayLiteral("unit-test-secret");
    hooks.setTarget(receiver.baseUrl().resolved(QUrl(QStringLiteral("/hook"))), secret);
    hooks.loadTemplates(QStringLiteral(":/sandbox/templates.json"));
    int planned = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 40; ++i) {
        SandboxRecord r;
        r.sequence = quint64(i);
        r.wamid = QStringLiteral("wamid.TEST%1").arg(i);
        r.phoneNumberId = QString::fromLatin1(SandboxApi::kPhoneNumberId);
        r.waId = QStringLiteral("4917%1").arg(1000000 + i);
        r.to = QLatin1Char('+') + r.waId;
        r.templateName = QStringLiteral("festive_offer");
        r.templateLanguage = QStringLiteral("en_US");
        r.templateCategory = QStringLiteral("MARKETING");
        r.callbackData = QStringLiteral("c%1").arg(i);
        r.acceptedAt = now;
        planned
            += int(SandboxWebhooks::plan(options, r, { QStringLiteral("Shop now"), QStringLiteral("Stop promotions") })
                       .size());
        hooks.schedule(r);
    }
    QCOMPARE(hooks.pending(), planned);
    QTRY_VERIFY_WITH_TIMEOUT(hooks.pending() == 0, 15000);

    const QList<LoopbackHttpServer::Request> &requests = receiver.requests();
    QVERIFY(requests.size() > 2);
    QSet<QByteArray> bodies;
    int events = 0;
    int largest = 0;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const LoopbackHttpServer::Request &request = requests.at(i);
        QCOMPARE(request.method, QByteArrayLiteral("POST"));
        QVERIFY(WebhookSignature::verify(secret, request.body, request.headers.value("x-hub-signature-256")));
        QVERIFY(!WebhookSignature::verify(
            QByteArrayLiteral("other"), request.body, request.headers.value("x-hub-signature-256")));
        if (i < 2)
            continue; // answered 503
        QVERIFY(!bodies.contains(request.body));
        bodies.insert(request.body);
        const QJsonObject value = valueOf(QJsonDocument::fromJson(request.body).object());
        const int n = int(value.value(QStringLiteral("statuses")).toArray().size()
            + value.value(QStringLiteral("messages")).toArray().size());
        largest = std::max(largest, n);
        QVERIFY(n <= options.maxBatch);
        events += n;
    }
    // Both refused bodies were sent again, byte for byte.
    QVERIFY(bodies.contains(requests.at(0).body));
    QVERIFY(bodies.contains(requests.at(1).body));
    QCOMPARE(events, planned);
    QVERIFY(largest > 1);
}

// A process that ends before its simulated reports are due (herald-cli campaign run) keeps them; the next process
// that starts the sandbox on the same workspace sends them, at their time or at once when it has passed.
void TestSandboxWebhooks::notYetDueEventsSurviveARestart()
{
    const QString database = m_dir.filePath(QStringLiteral("restart.herald.sandbox-relay.sqlite"));
    QJsonArray saved;
    QString savedPath;
    {
        SandboxOptions so;
        so.throughput = 1000000;
        so.accessToken = kToken;
        SandboxServer server(so);
        SandboxEnvironment::Options eo;
        eo.databasePath = database;
        eo.webhooks.speed = 0.001;   // a virtual second lasts 1,000 real seconds: nothing is due before the stop
        SandboxEnvironment environment(&server, eo);
        QString error;
        QVERIFY2(environment.start(&error), qPrintable(error));
        savedPath = environment.savedEventsPath();
        const QUrl sendUrl = server.baseUrl().resolved(QUrl(QStringLiteral("/v23.0/100000000000001/messages")));
        for (int i = 0; i < 5; ++i) {
            QNetworkRequest request(sendUrl);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + kToken.toLatin1());
            const QJsonObject body = templateMessage(QStringLiteral("+4915%1").arg(2000000 + i), i);
            QCOMPARE(call(m_nam, request, QJsonDocument(body).toJson(QJsonDocument::Compact), true).status, 200);
        }
        QTRY_VERIFY(environment.webhooks()->pending() >= 5);   // at least a "sent" per message is planned
        environment.stop();
        QFile file(savedPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(savedPath));
        saved = QJsonDocument::fromJson(file.readAll()).array();
    }
    QVERIFY(saved.size() >= 5);
    for (const QJsonValue &v : std::as_const(saved))
        QVERIFY(v.toObject().value(QStringLiteral("due_at")).toInteger() > QDateTime::currentMSecsSinceEpoch());

    // Time passes while no Herald runs: every saved report is overdue when the next one starts.
    QJsonArray overdue;
    for (const QJsonValue &v : std::as_const(saved)) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("due_at"), QDateTime::currentMSecsSinceEpoch() - 1000);
        overdue.append(o);
    }
    {
        QFile file(savedPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(overdue).toJson(QJsonDocument::Compact));
    }
    SandboxServer server;
    SandboxEnvironment::Options eo;
    eo.databasePath = database;
    SandboxEnvironment again(&server, eo);
    QVERIFY(again.start());
    QVERIFY(!QFile::exists(savedPath));   // taken: a third process would not send them again
    QTRY_COMPARE_WITH_TIMEOUT(again.webhooks()->pending(), qsizetype(0), 15000);
    Run run;
    readFeed(again, 0, &run);
    qsizetype events = 0;
    for (const QJsonObject &p : std::as_const(run.payloads)) {
        const QJsonObject value = p.value(QStringLiteral("entry")).toArray().first().toObject()
                                      .value(QStringLiteral("changes")).toArray().first().toObject()
                                      .value(QStringLiteral("value")).toObject();
        events += value.value(QStringLiteral("statuses")).toArray().size()
            + value.value(QStringLiteral("messages")).toArray().size();
    }
    QCOMPARE(events, saved.size());
}

// Issue 11 §6: a simulated "Stop promotions" tap (or STOP) is dated when it is POSTed, never days ahead; late
// replies (dated after the 72-hour window) still exist, and are never opt-outs.
void TestSandboxWebhooks::optOutsAreNeverDatedInTheFuture()
{
    SandboxWebhookOptions o;
    o.seed = 99;
    o.replyShare = 1.0;
    o.stopShare = 0.3;
    o.lateReplyShare = 0.3;
    const QStringList quickReplies { QStringLiteral("Shop now"), QStringLiteral("Stop promotions") };
    int stops = 0;
    int late = 0;
    for (int i = 0; i < 600; ++i) {
        SandboxRecord r;
        r.sequence = quint64(i + 1);
        r.wamid = QStringLiteral("wamid.T%1").arg(i);
        r.phoneNumberId = QString::fromLatin1(SandboxApi::kPhoneNumberId);
        r.waId = QStringLiteral("4915%1").arg(1000000 + i);
        r.templateName = QStringLiteral("festive_offer");
        r.templateLanguage = QStringLiteral("en_US");
        r.templateCategory = i % 2 ? QStringLiteral("MARKETING") : QStringLiteral("UTILITY");
        r.acceptedAt = QDateTime::fromSecsSinceEpoch(1750000000, Qt::UTC);
        const qint64 base = r.acceptedAt.toSecsSinceEpoch();
        for (const SandboxWebhookEvent &e : SandboxWebhooks::plan(o, r, i % 2 ? quickReplies : QStringList())) {
            if (e.kind != SandboxWebhookEvent::Kind::Message)
                continue;
            const qint64 at = e.item.value(QStringLiteral("timestamp")).toString().toLongLong();
            const QString said = e.item.value(QStringLiteral("type")).toString() == QLatin1String("button")
                ? e.item.value(QStringLiteral("button")).toObject().value(QStringLiteral("text")).toString()
                : e.item.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString();
            const bool stop = said == QLatin1String("STOP") || said == QLatin1String("Stop promotions");
            const qint64 postedAt = base + qRound64(e.arrival) + 1;
            if (stop) {
                ++stops;
                QVERIFY2(at <= postedAt, qPrintable(QStringLiteral("opt-out %1 s after it is sent").arg(at - postedAt)));
            }
            if (at - base > kSeventyTwoHours) {
                ++late;
                QVERIFY(!stop);
            }
        }
    }
    QVERIFY2(stops > 20, qPrintable(QString::number(stops)));
    QVERIFY2(late > 20, qPrintable(QString::number(late)));
}

// Every webhook names the person as the send answer did (records carry Meta's wa_id).
void TestSandboxWebhooks::idsAsMetaWritesThem()
{
    SandboxOptions so;
    SandboxApi api(so);
    int dropped = 0;
    int kept = 0;
    for (int i = 0; i < 200; ++i) {
        const QString br = QStringLiteral("55119%1").arg(80000000 + i);
        const QString mx = QStringLiteral("5255%1").arg(10000000 + i);
        QCOMPARE(api.whatsAppId(mx), QStringLiteral("521") + mx.mid(2));
        QCOMPARE(api.whatsAppId(mx), api.whatsAppId(mx));   // seeded: the same every time
        const QString id = api.whatsAppId(br);
        QVERIFY(id == br || id == br.left(4) + br.mid(5));
        (id == br ? kept : dropped)++;
        QCOMPARE(api.whatsAppId(QStringLiteral("4915%1").arg(1000000 + i)), QStringLiteral("4915%1").arg(1000000 + i));
    }
    QVERIFY2(dropped > 50 && kept > 50, qPrintable(QStringLiteral("%1 dropped, %2 kept").arg(dropped).arg(kept)));
    SandboxRecord r;
    r.sequence = 3;
    r.wamid = QStringLiteral("wamid.X");
    r.waId = QStringLiteral("5215512345678");
    r.templateCategory = QStringLiteral("MARKETING");
    r.acceptedAt = QDateTime::currentDateTimeUtc();
    SandboxWebhookOptions o;
    o.replyShare = 1.0;
    o.neverDeliveredShare = 0;
    o.marketingLimitShare = 0;
    o.experimentShare = 0;
    o.undeliverableShare = 0;
    o.preferenceStopShare = 1.0;
    const QList<SandboxWebhookEvent> events = SandboxWebhooks::plan(o, r, {});
    int preferences = 0;
    for (const SandboxWebhookEvent &e : events) {
        switch (e.kind) {
        case SandboxWebhookEvent::Kind::Status:
            QCOMPARE(e.item.value(QStringLiteral("recipient_id")).toString(), r.waId);
            break;
        case SandboxWebhookEvent::Kind::Message:
            QCOMPARE(e.item.value(QStringLiteral("from")).toString(), r.waId);
            QCOMPARE(e.contact.value(QStringLiteral("wa_id")).toString(), r.waId);
            break;
        case SandboxWebhookEvent::Kind::Preference:
            ++preferences;
            QCOMPARE(e.item.value(QStringLiteral("wa_id")).toString(), r.waId);
            break;
        }
    }
    QCOMPARE(preferences, 1);
}

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandboxwebhooks.moc"

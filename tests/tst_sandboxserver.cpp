// The built-in sandbox over real HTTP on loopback, driven through GraphClient like a real account.
#include "engine/cloudapi/accounttest.h"
#include "engine/cloudapi/graphclient.h"
#include "engine/cloudapi/templatesync.h"
#include "engine/sandbox/accountendpoint.h"
#include "engine/sandbox/sandboxserver.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QTimer>

namespace {

const QString kToken = QStringLiteral("sandbox-test-token");

struct Answer
{
    QJsonObject body;
    GraphError error;
};

QJsonObject text(const QString &value)
{
    return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), value}};
}

QJsonObject named(const QString &name, const QString &value)
{
    QJsonObject p = text(value);
    p.insert(QStringLiteral("parameter_name"), name);
    return p;
}

QJsonObject component(const QString &type, const QJsonArray &parameters)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("parameters"), parameters}};
}

QJsonObject urlButton(const QString &index, const QJsonArray &parameters)
{
    QJsonObject c = component(QStringLiteral("button"), parameters);
    c.insert(QStringLiteral("sub_type"), QStringLiteral("url"));
    c.insert(QStringLiteral("index"), index);
    return c;
}

QJsonObject message(const QString &to, const QString &name, const QString &language, const QJsonArray &components)
{
    QJsonObject templ{{QStringLiteral("name"), name},
                      {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), language}}}};
    if (!components.isEmpty())
        templ.insert(QStringLiteral("components"), components);
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("recipient_type"), QStringLiteral("individual")},
            {QStringLiteral("to"), to},
            {QStringLiteral("type"), QStringLiteral("template")},
            {QStringLiteral("template"), templ}};
}

// order_update (UTILITY, positional): header {{1}}, body {{1}} {{2}} {{3}}, URL button {{1}} at index 0.
QJsonArray orderUpdateComponents()
{
    return { component(QStringLiteral("header"), { text(QStringLiteral("#10234")) }),
        component(QStringLiteral("body"),
            { text(QStringLiteral("Asha")), text(QStringLiteral("out for delivery")), text(QStringLiteral("Friday")) }),
        urlButton(QStringLiteral("0"), { text(QStringLiteral("10234")) }) };
}

QJsonObject orderUpdate(const QString &to)
{
    return message(to, QStringLiteral("order_update"), QStringLiteral("en_US"), orderUpdateComponents());
}

// festive_offer (MARKETING, named): image header, body {{first_name}} {{discount}} {{code}}.
QJsonArray festiveComponents()
{
    const QJsonObject image { { QStringLiteral("type"), QStringLiteral("image") },
        { QStringLiteral("image"),
            QJsonObject { { QStringLiteral("link"), QStringLiteral("https://shop.example.com/b.jpg") } } } };
    return {component(QStringLiteral("header"), {image}),
            component(QStringLiteral("body"), {named(QStringLiteral("first_name"), QStringLiteral("Ravi")),
                                               named(QStringLiteral("discount"), QStringLiteral("25%")),
                                               named(QStringLiteral("code"), QStringLiteral("FEST25"))})};
}

// Runs `loop` until `finished` (QTest::qWaitFor would add a 10 ms sleep to every answer).
template<typename Predicate>
void wait(QEventLoop &loop, Predicate finished)
{
    if (finished())
        return;
    QTimer::singleShot(120000, &loop, [&loop] { loop.exit(1); });
    if (loop.exec() != 0 || !finished())
        qFatal("the sandbox did not answer");
}

QString number(int i)
{
    return QStringLiteral("+9198%1").arg(i, 8, 10, QLatin1Char('0'));
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successShape();
    void envelopeShape();
    void badToken_data();
    void badToken();
    void rejectsLikeMeta_data();
    void rejectsLikeMeta();
    void notOnWhatsAppIsSeeded_data();
    void notOnWhatsAppIsSeeded();
    void marketingLimitOnlyForMarketing();
    void throttlesOverThroughput();
    void templatesPaging();
    void templateFields();
    void phoneFields_data();
    void phoneFields();
    void sandboxAccountGoesOverHttp();

private:
    // A started server with `options` (token kToken unless set) and a client for it.
    std::unique_ptr<SandboxServer> server(SandboxOptions options = {});
    Account account(const SandboxServer &s) const;
    Answer send(GraphClient &client, const QJsonObject &body);
    Answer get(GraphClient &client, const QUrl &url);
    // Sends every body at once (concurrently) and returns the answers in the same order.
    QList<Answer> sendAll(GraphClient &client, const QList<QJsonObject> &bodies);
};

std::unique_ptr<SandboxServer> TestSandboxServer::server(SandboxOptions options)
{
    if (options.accessToken.isEmpty())
        options.accessToken = kToken;
    auto s = std::make_unique<SandboxServer>(options);
    QString error;
    if (!s->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    return s;
}

Account TestSandboxServer::account(const SandboxServer &s) const
{
    Account a;
    a.kind = Account::Kind::CloudApi;
    a.graphUrl = s.baseUrl().toString();
    a.phoneNumberId = QString::fromLatin1(SandboxApi::kPhoneNumberId);
    a.wabaId = QString::fromLatin1(SandboxApi::kWabaId);
    return a;
}

Answer TestSandboxServer::send(GraphClient &client, const QJsonObject &body)
{
    return sendAll(client, {body}).first();
}

QList<Answer> TestSandboxServer::sendAll(GraphClient &client, const QList<QJsonObject> &bodies)
{
    QList<Answer> answers(bodies.size());
    int pending = int(bodies.size());
    const QUrl url = client.url(QString::fromLatin1(SandboxApi::kPhoneNumberId) + QStringLiteral("/messages"));
    QEventLoop loop;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        client.post(url, bodies.at(i), [&answers, &pending, &loop, i](const QJsonObject &b, const GraphError &e) {
            answers[i] = {b, e};
            if (--pending == 0)
                loop.quit();
        });
    }
    wait(loop, [&] { return pending == 0; });
    return answers;
}

Answer TestSandboxServer::get(GraphClient &client, const QUrl &url)
{
    bool done = false;
    Answer answer;
    QEventLoop loop;
    client.get(url, [&](const QJsonObject &b, const GraphError &e) {
        answer = {b, e};
        done = true;
        loop.quit();
    });
    wait(loop, [&] { return done; });
    return answer;
}

void TestSandboxServer::successShape()
{
    const auto s = server();
    GraphClient client(account(*s), kToken);
    QList<SandboxRecord> signalled;
    connect(s.get(), &SandboxServer::accepted, this, [&](const SandboxRecord &r) { signalled.append(r); });

    // The first two numbers the seed puts on WhatsApp.
    QStringList to;
    for (int i = 0; to.size() < 2; ++i) {
        if (s->api().isOnWhatsApp(number(i).mid(1)))
            to << number(i);
    }
    QJsonObject first = orderUpdate(to.at(0));
    first.insert(QStringLiteral("biz_opaque_callback_data"), QStringLiteral("cmp42:row1177"));
    const Answer a = send(client, first);
    QVERIFY2(a.error.ok(), qPrintable(a.error.describe()));
    QCOMPARE(a.body.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
    const QJsonObject contact = a.body.value(QStringLiteral("contacts")).toArray().first().toObject();
    QCOMPARE(contact.value(QStringLiteral("input")).toString(), to.at(0));
    QCOMPARE(contact.value(QStringLiteral("wa_id")).toString(), to.at(0).mid(1));
    const QJsonArray messages = a.body.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QString wamid = messages.first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(wamid.startsWith(QStringLiteral("wamid.")) && wamid.size() > 12, qPrintable(wamid));
    QCOMPARE(
        messages.first().toObject().value(QStringLiteral("message_status")).toString(), QStringLiteral("accepted"));

    // A formatted number and a second message: a new wamid; the records keep both with their callback data.
    QString formatted = to.at(1);
    formatted.insert(3, QLatin1Char(' '));
    formatted.insert(7, QLatin1Char('-'));
    const Answer b = send(client, orderUpdate(formatted));
    QVERIFY2(b.error.ok(), qPrintable(b.error.describe()));
    const QString wamid2
        = b.body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(wamid2 != wamid);
    QCOMPARE(
        b.body.value(QStringLiteral("contacts")).toArray().first().toObject().value(QStringLiteral("wa_id")).toString(),
        to.at(1).mid(1));

    QCOMPARE(s->recordCount(), 2);
    const auto record = s->record(wamid);
    QVERIFY(record);
    QCOMPARE(record->to, to.at(0));
    QCOMPARE(record->waId, to.at(0).mid(1));
    QCOMPARE(record->callbackData, QStringLiteral("cmp42:row1177"));
    QCOMPARE(record->templateName, QStringLiteral("order_update"));
    QCOMPARE(record->templateCategory, QStringLiteral("UTILITY"));
    QCOMPARE(record->sequence, quint64(1));
    QVERIFY(qAbs(record->acceptedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(s->records().at(1).wamid, wamid2);
    QTRY_COMPARE(signalled.size(), 2);
    QCOMPARE(signalled.first().wamid, wamid);

    // A named-parameter marketing template, for a number outside the 131049 share.
    QString marketingTo;
    for (int i = 0; marketingTo.isEmpty(); ++i) {
        const QString n = number(1000 + i);
        if (s->api().isOnWhatsApp(n.mid(1)) && !s->api().hitsMarketingLimit(n.mid(1)))
            marketingTo = n;
    }
    const Answer c = send(
        client, message(marketingTo, QStringLiteral("festive_offer"), QStringLiteral("en_US"), festiveComponents()));
    QVERIFY2(c.error.ok(), qPrintable(c.error.describe()));
}

void TestSandboxServer::envelopeShape()
{
    // The raw bytes, not GraphClient's reading of them: Meta's exact envelope.
    const auto s = server();
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(s->baseUrl().toString()
        + QStringLiteral("/v23.0/%1/messages").arg(QString::fromLatin1(SandboxApi::kPhoneNumberId))));
    request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.post(request,
        QJsonDocument(message(QStringLiteral("+15550001111"), QStringLiteral("nope"), QStringLiteral("en_US"), {}))
            .toJson());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QStringLiteral("application/json")));
    const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(root.keys(), QStringList{QStringLiteral("error")});
    const QJsonObject e = root.value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toInt(), 132001);
    QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("OAuthException"));
    QCOMPARE(e.value(QStringLiteral("message")).toString(), QStringLiteral("(#132001) Template does not exist"));
    const QJsonObject data = e.value(QStringLiteral("error_data")).toObject();
    QCOMPARE(data.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
    QVERIFY(data.value(QStringLiteral("details")).toString().contains(QStringLiteral("nope")));
    QVERIFY(!e.value(QStringLiteral("fbtrace_id")).toString().isEmpty());
}

void TestSandboxServer::badToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("path");
    QTest::newRow("wrong token, send") << QStringLiteral("EAAwrong") << QStringLiteral("messages");
    QTest::newRow("no token, send") << QString() << QStringLiteral("messages");
    QTest::newRow("wrong token, templates") << QStringLiteral("EAAwrong") << QStringLiteral("templates");
    QTest::newRow("wrong token, phone") << QStringLiteral("EAAwrong") << QStringLiteral("phone");
}

void TestSandboxServer::badToken()
{
    QFETCH(QString, token);
    QFETCH(QString, path);
    const auto s = server();
    GraphClient client(account(*s), token);
    Answer a;
    if (path == QLatin1String("messages"))
        a = send(client, orderUpdate(QStringLiteral("+15550001111")));
    else if (path == QLatin1String("templates"))
        a = get(client, client.url(QString::fromLatin1(SandboxApi::kWabaId) + QStringLiteral("/message_templates")));
    else
        a = get(client, client.url(QString::fromLatin1(SandboxApi::kPhoneNumberId)));
    QCOMPARE(a.error.kind, GraphError::Kind::Api);
    QCOMPARE(a.error.httpStatus, 401);
    QCOMPARE(a.error.code, 190);
    QCOMPARE(a.error.type, QStringLiteral("OAuthException"));
    QVERIFY2(a.error.message.startsWith(QStringLiteral("(#190) ")), qPrintable(a.error.message));
    QVERIFY(!a.error.fbtraceId.isEmpty());
    QCOMPARE(s->recordCount(), 0);
}

void TestSandboxServer::rejectsLikeMeta_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detailMentions");

    const QString to = QStringLiteral("+15550001111");
    const QJsonArray ok = orderUpdateComponents();
    QTest::newRow("unknown template") << message(to, QStringLiteral("order_updates"), QStringLiteral("en_US"), ok)
                                      << 404 << 132001 << QStringLiteral("order_updates");
    QTest::newRow("unknown language") << message(to, QStringLiteral("order_update"), QStringLiteral("pt_BR"), ok) << 404
                                      << 132001 << QStringLiteral("pt_BR");
    QTest::newRow("rejected template")
        << message(to, QStringLiteral("win_a_prize"), QStringLiteral("en_US"),
                   {component(QStringLiteral("body"), {text(QStringLiteral("Ana"))})})
        << 404 << 132001 << QStringLiteral("REJECTED");
    QTest::newRow("paused template")
        << message(to, QStringLiteral("flash_sale"), QStringLiteral("en_US"),
                   {component(QStringLiteral("body"), {text(QStringLiteral("40%")), text(QStringLiteral("6"))})})
        << 400 << 132015 << QStringLiteral("paused");

    QJsonArray twoBody = ok;
    twoBody[1] = component(QStringLiteral("body"), {text(QStringLiteral("Asha")), text(QStringLiteral("shipped"))});
    QTest::newRow("body count") << message(to, QStringLiteral("order_update"), QStringLiteral("en_US"), twoBody) << 400
                                << 132000 << QStringLiteral("body: number of localizable_params (2)");
    QJsonArray noHeader = ok;
    noHeader.removeAt(0);
    QTest::newRow("header missing") << message(to, QStringLiteral("order_update"), QStringLiteral("en_US"), noHeader)
                                    << 400 << 132000 << QStringLiteral("header");
    QJsonArray noButton = ok;
    noButton.removeAt(2);
    QTest::newRow("url button missing") << message(to, QStringLiteral("order_update"), QStringLiteral("en_US"),
        noButton) << 400 << 132000 << QStringLiteral("button at index 0");
    QTest::newRow("no components at all")
        << message(to, QStringLiteral("appointment_reminder"), QStringLiteral("es"), {}) << 400 << 132000
        << QStringLiteral("expected number of params (3)");

    QJsonArray positionalNamed = festiveComponents();
    positionalNamed[1] = component(QStringLiteral("body"), {text(QStringLiteral("Ravi")), text(QStringLiteral("25%")),
                                                            text(QStringLiteral("FEST25"))});
    QTest::newRow("named template, positional values")
        << message(to, QStringLiteral("festive_offer"), QStringLiteral("en_US"), positionalNamed) << 400 << 132012
        << QStringLiteral("named");
    QJsonArray wrongName = festiveComponents();
    wrongName[1] = component(QStringLiteral("body"), {named(QStringLiteral("first_name"), QStringLiteral("Ravi")),
                                                      named(QStringLiteral("percent"), QStringLiteral("25%")),
                                                      named(QStringLiteral("code"), QStringLiteral("FEST25"))});
    QTest::newRow("named template, unknown name")
        << message(to, QStringLiteral("festive_offer"), QStringLiteral("en_US"), wrongName) << 400 << 132012
        << QStringLiteral("percent");
    QJsonArray namedPositional = ok;
    namedPositional[1] = component(QStringLiteral("body"), {named(QStringLiteral("1"), QStringLiteral("Asha")),
                                                            named(QStringLiteral("2"), QStringLiteral("shipped")),
                                                            named(QStringLiteral("3"), QStringLiteral("Friday"))});
    QTest::newRow("positional template, named values")
        << message(to, QStringLiteral("order_update"), QStringLiteral("en_US"), namedPositional) << 400 << 132012
        << QStringLiteral("positional");
    QJsonArray textForImage = festiveComponents();
    textForImage[0] = component(QStringLiteral("header"), {text(QStringLiteral("banner"))});
    QTest::newRow("text for an image header")
        << message(to, QStringLiteral("festive_offer"), QStringLiteral("en_US"), textForImage) << 400 << 132012
        << QStringLiteral("IMAGE");

    QJsonArray longBody = ok;
    longBody[1] = component(QStringLiteral("body"), {text(QString(1100, QLatin1Char('x'))), text(QStringLiteral("a")),
                                                     text(QStringLiteral("b"))});
    QTest::newRow("too long") << message(to, QStringLiteral("order_update"), QStringLiteral("en_US"), longBody) << 400
                              << 132005 << QStringLiteral("1024");
    QJsonArray emptyValue = ok;
    emptyValue[1]
        = component(QStringLiteral("body"), { text(QString()), text(QStringLiteral("a")), text(QStringLiteral("b")) });
    QTest::newRow("empty value") << message(to, QStringLiteral("order_update"), QStringLiteral("en_US"), emptyValue)
                                 << 400 << 131008 << QStringLiteral("text");

    QJsonObject noTo = orderUpdate(to);
    noTo.remove(QStringLiteral("to"));
    QTest::newRow("no to") << noTo << 400 << 131008 << QStringLiteral("to");
    QTest::newRow("bad number") << orderUpdate(QStringLiteral("+1 (555) call-me")) << 400 << 131009
                                << QStringLiteral("call-me");
    QJsonObject noProduct = orderUpdate(to);
    noProduct.remove(QStringLiteral("messaging_product"));
    QTest::newRow("no messaging_product") << noProduct << 400 << 100 << QStringLiteral("messaging_product");
    QJsonObject freeText = orderUpdate(to);
    freeText.insert(QStringLiteral("type"), QStringLiteral("text"));
    QTest::newRow("free-form text") << freeText << 400 << 131047 << QStringLiteral("24 hours");
    QTest::newRow("own number") << orderUpdate(QString::fromLatin1(SandboxApi::kDisplayPhoneNumber)) << 400 << 131021
                                << QStringLiteral("own number");
}

void TestSandboxServer::rejectsLikeMeta()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, http);
    QFETCH(int, code);
    QFETCH(QString, detailMentions);
    SandboxOptions o;
    o.notOnWhatsAppShare = 0;   // every number exists: only validation can fail
    const auto s = server(o);
    GraphClient client(account(*s), kToken);
    const Answer a = send(client, body);
    QCOMPARE(a.error.kind, GraphError::Kind::Api);
    QCOMPARE(a.error.code, code);
    QCOMPARE(a.error.httpStatus, http);
    QVERIFY2(a.error.message.startsWith(QStringLiteral("(#%1) ").arg(code)), qPrintable(a.error.message));
    QVERIFY2(a.error.details.contains(detailMentions), qPrintable(a.error.details));
    QCOMPARE(s->recordCount(), 0);
}

void TestSandboxServer::notOnWhatsAppIsSeeded_data()
{
    QTest::addColumn<double>("share");
    QTest::newRow("4 %") << 0.04;
    QTest::newRow("25 %") << 0.25;
}

void TestSandboxServer::notOnWhatsAppIsSeeded()
{
    QFETCH(double, share);
    constexpr int kNumbers = 2000;
    QList<QJsonObject> bodies;
    for (int i = 0; i < kNumbers; ++i)
        bodies << orderUpdate(number(i));

    auto unqualified = [&](quint64 seed) {
        SandboxOptions o;
        o.seed = seed;
        o.notOnWhatsAppShare = share;
        o.throughput = 1000000;
        const auto s = server(o);
        GraphClient client(account(*s), kToken);
        const QList<Answer> answers = sendAll(client, bodies);
        QSet<int> result;
        for (int i = 0; i < kNumbers; ++i) {
            const GraphError &e = answers.at(i).error;
            if (e.ok())
                continue;
            if (e.code != 131026 || e.httpStatus != 400)
                qFatal("unexpected error %d: %s", e.code, qPrintable(e.describe()));
            result.insert(i);
        }
        if (s->recordCount() != kNumbers - result.size())
            qFatal("records and answers disagree");
        return result;
    };
    const QSet<int> first = unqualified(7);
    const QSet<int> again = unqualified(7);
    const QSet<int> otherSeed = unqualified(8);
    QCOMPARE(again, first);
    QVERIFY(otherSeed != first);
    // Binomial: within 3.5 standard deviations of the configured share.
    const double expected = share * kNumbers;
    const double sd = std::sqrt(kNumbers * share * (1 - share));
    for (const QSet<int> &set : {first, otherSeed})
        QVERIFY2(qAbs(set.size() - expected) <= 3.5 * sd,
            qPrintable(
                QStringLiteral("%1 of %2 unqualified, expected about %3").arg(set.size()).arg(kNumbers).arg(expected)));
}

void TestSandboxServer::marketingLimitOnlyForMarketing()
{
    constexpr int kNumbers = 1000;
    SandboxOptions o;
    o.notOnWhatsAppShare = 0;
    o.marketingLimitShare = 0.10;
    o.throughput = 1000000;
    const auto s = server(o);
    GraphClient client(account(*s), kToken);
    QList<QJsonObject> marketing;
    QList<QJsonObject> utility;
    for (int i = 0; i < kNumbers; ++i) {
        marketing << message(number(i), QStringLiteral("festive_offer"), QStringLiteral("en_US"), festiveComponents());
        utility << orderUpdate(number(i));
    }
    int limited = 0;
    const QList<Answer> answers = sendAll(client, marketing);
    for (int i = 0; i < kNumbers; ++i) {
        const GraphError &e = answers.at(i).error;
        QVERIFY2(e.ok() || e.code == 131049, qPrintable(e.describe()));
        QCOMPARE(!e.ok(), s->api().hitsMarketingLimit(number(i).mid(1)));
        limited += e.ok() ? 0 : 1;
    }
    QVERIFY2(limited >= 60 && limited <= 140, qPrintable(QString::number(limited)));
    for (const Answer &a : sendAll(client, utility))
        QVERIFY2(a.error.ok(), qPrintable(a.error.describe()));
}

void TestSandboxServer::throttlesOverThroughput()
{
    SandboxOptions o;
    o.notOnWhatsAppShare = 0;
    o.throughput = 5;
    TestClock clock;   // the bucket refills by the injectable clock: it stands still during the burst
    ScopedClock useClock(clock);
    const auto s = server(o);
    GraphClient client(account(*s), kToken);
    QList<QJsonObject> burst;
    for (int i = 0; i < 40; ++i)
        burst << orderUpdate(number(i));
    QElapsedTimer timer;
    timer.start();
    const QList<Answer> answers = sendAll(client, burst);
    const double seconds = timer.elapsed() / 1000.0;
    int accepted = 0;
    int throttled = 0;
    for (const Answer &a : answers) {
        if (a.error.ok()) {
            ++accepted;
            continue;
        }
        QCOMPARE(a.error.code, 130429);
        QCOMPARE(a.error.httpStatus, 400);
        QVERIFY(a.error.details.contains(QStringLiteral("throughput")));
        ++throttled;
    }
    QVERIFY2(accepted >= 5, qPrintable(QString::number(accepted)));
    QVERIFY2(accepted <= 5 + 5 * seconds + 1, qPrintable(QStringLiteral("%1 in %2 s").arg(accepted).arg(seconds)));
    QVERIFY(throttled > 0);
    QCOMPARE(s->recordCount(), accepted);

    // After a second of rest the bucket is full again: 5 at once pass.
    clock.advance(1100);
    for (const Answer &a : sendAll(client, burst.mid(0, 5)))
        QVERIFY2(a.error.ok(), qPrintable(a.error.describe()));
}

void TestSandboxServer::templatesPaging()
{
    const auto s = server();
    GraphClient client(account(*s), kToken);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("3"));
    QUrl url = client.url(QString::fromLatin1(SandboxApi::kWabaId) + QStringLiteral("/message_templates"), q);
    QStringList seen;
    int pages = 0;
    while (url.isValid()) {
        const Answer a = get(client, url);
        QVERIFY2(a.error.ok(), qPrintable(a.error.describe()));
        ++pages;
        const QJsonArray data = a.body.value(QStringLiteral("data")).toArray();
        QVERIFY(data.size() <= 3 && !data.isEmpty());
        for (const QJsonValue &v : data)
            seen << v.toObject().value(QStringLiteral("name")).toString() + QLatin1Char('/')
                        + v.toObject().value(QStringLiteral("language")).toString();
        const QJsonObject paging = a.body.value(QStringLiteral("paging")).toObject();
        QVERIFY(
            !paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString().isEmpty());
        QVERIFY(
            !paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("before")).toString().isEmpty());
        QCOMPARE(paging.contains(QStringLiteral("previous")), pages > 1);
        const QString next = paging.value(QStringLiteral("next")).toString();
        url = next.isEmpty() ? QUrl() : QUrl(next);
        if (!next.isEmpty()) {
            QVERIFY2(client.isSameOrigin(url), qPrintable(next));
            QCOMPARE(url.path(),
                QStringLiteral("/v23.0/%1/message_templates").arg(QString::fromLatin1(SandboxApi::kWabaId)));
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("limit")), QStringLiteral("3"));
        }
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);   // 8 templates, 3 per page
    QCOMPARE(seen.size(), 8);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 8);
    QVERIFY(seen.contains(QStringLiteral("appointment_reminder/es")));

    // A cursor that is not the sandbox's.
    QUrlQuery bad;
    bad.addQueryItem(QStringLiteral("after"), QStringLiteral("QVFIUnot-ours"));
    const Answer b
        = get(client, client.url(QString::fromLatin1(SandboxApi::kWabaId) + QStringLiteral("/message_templates"), bad));
    QCOMPARE(b.error.code, 100);
}

void TestSandboxServer::templateFields()
{
    const auto s = server();
    GraphClient client(account(*s), kToken);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("name,status"));
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("approved"));
    const Answer a
        = get(client, client.url(QString::fromLatin1(SandboxApi::kWabaId) + QStringLiteral("/message_templates"), q));
    QVERIFY2(a.error.ok(), qPrintable(a.error.describe()));
    const QJsonArray data = a.body.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 6);   // flash_sale (PAUSED) and win_a_prize (REJECTED) filtered out
    for (const QJsonValue &v : data) {
        QStringList keys = v.toObject().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status")}));
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("APPROVED"));
    }
    QVERIFY(!a.body.value(QStringLiteral("paging")).toObject().contains(QStringLiteral("next")));
}

void TestSandboxServer::phoneFields_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<int>("throughput");
    QTest::addColumn<QJsonObject>("expected");
    const QString id = QString::fromLatin1(SandboxApi::kPhoneNumberId);
    QTest::newRow("display and throughput")
        << QStringLiteral("display_phone_number,throughput") << 80
        << QJsonObject { { QStringLiteral("id"), id },
               { QStringLiteral("display_phone_number"), QString::fromLatin1(SandboxApi::kDisplayPhoneNumber) },
               { QStringLiteral("throughput"),
                   QJsonObject { { QStringLiteral("level"), QStringLiteral("STANDARD") } } } };
    QTest::newRow("messaging limit")
        << QStringLiteral("whatsapp_business_manager_messaging_limit") << 80
        << QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("whatsapp_business_manager_messaging_limit"), QStringLiteral("TIER_UNLIMITED")}};
    QTest::newRow("account test's fields, high throughput")
        << QStringLiteral("display_phone_number,verified_name,quality_rating,throughput{level}") << 1000
        << QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("display_phone_number"), QString::fromLatin1(SandboxApi::kDisplayPhoneNumber)},
                       {QStringLiteral("verified_name"), QString::fromLatin1(SandboxApi::kVerifiedName)},
                       {QStringLiteral("quality_rating"), QStringLiteral("GREEN")},
                       {QStringLiteral("throughput"), QJsonObject{{QStringLiteral("level"), QStringLiteral("HIGH")}}}};
    QTest::newRow("unknown field") << QStringLiteral("display_phone_number,favourite_colour") << 80 << QJsonObject();
}

void TestSandboxServer::phoneFields()
{
    QFETCH(QString, fields);
    QFETCH(int, throughput);
    QFETCH(QJsonObject, expected);
    SandboxOptions o;
    o.throughput = throughput;
    const auto s = server(o);
    GraphClient client(account(*s), kToken);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), fields);
    const Answer a = get(client, client.url(QString::fromLatin1(SandboxApi::kPhoneNumberId), q));
    if (expected.isEmpty()) {
        QCOMPARE(a.error.code, 100);
        QVERIFY2(a.error.details.contains(QStringLiteral("favourite_colour")), qPrintable(a.error.details));
        return;
    }
    QVERIFY2(a.error.ok(), qPrintable(a.error.describe()));
    QCOMPARE(a.body, expected);
}

void TestSandboxServer::sandboxAccountGoesOverHttp()
{
    TestWorkspace ws;
    QString error;
    const auto sandbox = AccountStore(ws.workspace().database()).byName(QStringLiteral("sandbox"), &error);
    QVERIFY(sandbox);
    QCOMPARE(sandbox->graphUrl, QStringLiteral("sandbox:"));
    SandboxServer *instance = SandboxServer::instance();
    QVERIFY(instance);
    QCOMPARE(SandboxServer::instance(), instance);
    const Account effective = effectiveAccount(*sandbox);
    QCOMPARE(QUrl(effective.graphUrl), instance->baseUrl());
    QCOMPARE(effective.phoneNumberId, QString::fromLatin1(SandboxApi::kPhoneNumberId));
    QCOMPARE(effectiveAccessToken(*sandbox, QString()), instance->accessToken());
    Account cloud = *sandbox;
    cloud.kind = Account::Kind::CloudApi;
    cloud.graphUrl = QStringLiteral("https://graph.facebook.com");
    QCOMPARE(effectiveAccount(cloud).graphUrl, cloud.graphUrl);
    QCOMPARE(effectiveAccessToken(cloud, QStringLiteral("EAAmine")), QStringLiteral("EAAmine"));

    // Template sync pages through the sandbox over HTTP: 8 templates in pages of 3.
    TemplateSync sync(ws.workspace(), *sandbox, QString());
    sync.setPageSize(3);
    TemplateSyncResult result;
    bool done = false;
    connect(&sync, &TemplateSync::finished, this, [&](const TemplateSyncResult &r) {
        result = r;
        done = true;
    });
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.pages, 3);
    QCOMPARE(result.counts.added, 8);

    AccountTest test(*sandbox, QString());
    AccountTest::Result tested;
    done = false;
    connect(&test, &AccountTest::finished, this, [&](const AccountTest::Result &r) {
        tested = r;
        done = true;
    });
    test.start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(tested.ok, qPrintable(tested.message));
    QCOMPARE(
        tested.phone.value(QStringLiteral("verified_name")).toString(), QString::fromLatin1(SandboxApi::kVerifiedName));
    QCOMPARE(tested.phone.value(QStringLiteral("id")).toString(), QString::fromLatin1(SandboxApi::kPhoneNumberId));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"

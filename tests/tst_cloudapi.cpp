// CloudApi: the one owner of the WhatsApp Cloud API's wire format (whatsapp-api.md §1.2–§1.4). The send body is
// compared byte for byte with the body the send worker has always sent; the answers are shapes recorded from
// Meta's documentation and the sandbox.
#include "engine/cloudapi/cloudapi.h"
#include "engine/cloudapi/testsend.h"
#include "engine/sandbox/sandboxapi.h"
#include "engine/send/sendplaybook.h"
#include "models/accounts/account.h"
#include "models/ledger/failurecatalogue.h"
#include "models/ledger/ledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCloudApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageBodyBytes_data();
    void messageBodyBytes();
    void messageBodyRefusesDamagedComponents();
    void testSendUsesTheSameBody();
    void urlAndRequest();
    void sendAnswer();
    void errorEnvelope_data();
    void errorEnvelope();
    void sendResultReadsTheEnvelope();
    void sandboxEnvelopesRoundTrip();
};

void TestCloudApi::messageBodyBytes_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QByteArray>("components");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("spaced components become compact")
        << QStringLiteral("+919876543210")
        << QByteArray(R"([ { "type": "body", "parameters": [ { "type": "text", "text": "Ravi" } ] } ])")
        << QByteArray(R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+919876543210",)"
                      R"("type":"template","biz_opaque_callback_data":"herald:r1177","template":{"name":"diwali",)"
                      R"("language":{"code":"en_US"},"components":[{"parameters":[{"text":"Ravi","type":"text"}],)"
                      R"("type":"body"}]}})");
    QTest::newRow("no plus, no components")
        << QStringLiteral("4915112345678") << QByteArray()
        << QByteArray(R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+4915112345678",)"
                      R"("type":"template","biz_opaque_callback_data":"herald:r1177","template":{"name":"diwali",)"
                      R"("language":{"code":"en_US"},"components":[]}})");
}

void TestCloudApi::messageBodyBytes()
{
    QFETCH(QString, to);
    QFETCH(QByteArray, components);
    QFETCH(QByteArray, expected);
    // The callback data of recipient 1177, as the ledger matches it back (RecipientLedger::callbackData).
    const QString callback = RecipientLedger::callbackData(1177);
    QCOMPARE(callback, QStringLiteral("herald:r1177"));
    QString error;
    const QByteArray body
        = CloudApi::messageBody({to, callback, QStringLiteral("diwali"), QStringLiteral("en_US"), components}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(body, expected);
    QVERIFY(QJsonDocument::fromJson(body).isObject());
}

void TestCloudApi::messageBodyRefusesDamagedComponents()
{
    for (const QByteArray &damaged : {QByteArray("{\"type\":\"body\"}"), QByteArray("[{\"type\":")}) {
        QString error;
        const QByteArray body = CloudApi::messageBody(
            {QStringLiteral("+4915112345678"), QStringLiteral("x"), QStringLiteral("t"), QStringLiteral("de"), damaged},
            &error);
        QVERIFY(body.isEmpty());
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    }
}

void TestCloudApi::testSendUsesTheSameBody()
{
    const QJsonArray components{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                            {QStringLiteral("parameters"),
                                             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                    {QStringLiteral("text"), QStringLiteral("Ravi")}}}}}};
    const TestSend::Message m{QStringLiteral("+4915112345678"), QStringLiteral("t"), QStringLiteral("de"), components,
                              {}};
    QString error;
    const QByteArray expected
        = CloudApi::messageBody({m.phone, QStringLiteral("herald:test"), m.templateName, m.language,
                                 QJsonDocument(components).toJson(QJsonDocument::Indented)},
                                &error);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(TestSend::requestJson(m), expected);
    QVERIFY(expected.startsWith(R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+4915112345678")"));
}

void TestCloudApi::urlAndRequest()
{
    Account a;
    a.graphUrl = QStringLiteral("http://127.0.0.1:8123/graph/");
    a.apiVersion = QStringLiteral("v24.0");
    a.phoneNumberId = QStringLiteral("1098");
    QCOMPARE(CloudApi::messagesUrl(a).toString(), QStringLiteral("http://127.0.0.1:8123/graph/v24.0/1098/messages"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name"));
    QCOMPARE(CloudApi::url(a, QStringLiteral("77/message_templates"), q).toString(),
             QStringLiteral("http://127.0.0.1:8123/graph/v24.0/77/message_templates?fields=id,name"));
    QVERIFY(CloudApi::isSameOrigin(a, QUrl(QStringLiteral("http://127.0.0.1:8123/other?after=x"))));
    QVERIFY(!CloudApi::isSameOrigin(a, QUrl(QStringLiteral("http://127.0.0.1:8124/graph/"))));
    QVERIFY(!CloudApi::isSameOrigin(a, QUrl(QStringLiteral("https://127.0.0.1:8123/graph/"))));

    const QNetworkRequest r = CloudApi::jsonRequest(CloudApi::messagesUrl(a), QStringLiteral("tok"), 1234);
    QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer tok"));
    QCOMPARE(r.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
    QCOMPARE(r.transferTimeout(), 1234);
    QCOMPARE(r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));
    QVERIFY(!CloudApi::request(CloudApi::messagesUrl(a), QStringLiteral("tok"), 1).header(
                QNetworkRequest::ContentTypeHeader).isValid());
}

void TestCloudApi::sendAnswer()
{
    // §1.3, and a message held by template pacing.
    const auto answer = [](const char *json) {
        return CloudApi::sendAnswer(QJsonDocument::fromJson(QByteArray(json)).object());
    };
    const CloudApi::SendAnswer accepted = answer(
        R"({"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],)"
        R"("messages":[{"id":"wamid.HBgL1","message_status":"accepted"}]})");
    QCOMPARE(accepted.wamid, QStringLiteral("wamid.HBgL1"));
    QCOMPARE(accepted.waId, QStringLiteral("16505551234"));
    QVERIFY(!accepted.held);
    const CloudApi::SendAnswer held
        = answer(R"({"messages":[{"id":"wamid.2","message_status":"held_for_quality_assessment"}]})");
    QCOMPARE(held.wamid, QStringLiteral("wamid.2"));
    QVERIFY(held.waId.isEmpty());
    QVERIFY(held.held);
    QVERIFY(answer(R"({"messaging_product":"whatsapp"})").wamid.isEmpty());
}

void TestCloudApi::errorEnvelope_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("hasCode");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("fbtraceId");

    QTest::newRow("§1.4 rate limit") << QByteArray(R"({"error":{"message":"(#130429) Rate limit hit",)"
                                                  R"("type":"OAuthException","code":130429,"error_data":)"
                                                  R"({"messaging_product":"whatsapp","details":"Cloud API message )"
                                                  R"(throughput has been reached."},"error_subcode":2494055,)"
                                                  R"("fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}})")
                                     << true << true << 130429 << 2494055 << QStringLiteral("OAuthException")
                                     << QStringLiteral("Rate limit hit")
                                     << QStringLiteral("Cloud API message throughput has been reached.")
                                     << QStringLiteral("Az8or2yhqkZfEZ-_4Qn_Bam");
    QTest::newRow("expired token, code 190, no prefix")
        << QByteArray(R"({"error":{"message":"Error validating access token","type":"OAuthException","code":190,)"
                      R"("fbtrace_id":"A1"}})")
        << true << true << 190 << 0 << QStringLiteral("OAuthException")
        << QStringLiteral("Error validating access token") << QString() << QStringLiteral("A1");
    QTest::newRow("AuthException, code 0") << QByteArray(R"({"error":{"message":"(#0) AuthException","code":0}})")
                                           << true << true << 0 << 0 << QString() << QStringLiteral("AuthException")
                                           << QString() << QString();
    QTest::newRow("envelope without a code")
        << QByteArray(R"({"error":{"message":"Something"}})") << true << false << 0 << 0 << QString()
        << QStringLiteral("Something") << QString() << QString();
    QTest::newRow("a success body") << QByteArray(R"({"messages":[{"id":"wamid.1"}]})") << false << false << 0 << 0
                                    << QString() << QString() << QString() << QString();
    QTest::newRow("empty error object") << QByteArray(R"({"error":{}})") << false << false << 0 << 0 << QString()
                                        << QString() << QString() << QString();
}

void TestCloudApi::errorEnvelope()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, present);
    const auto e = CloudApi::errorEnvelope(QJsonDocument::fromJson(json).object());
    QCOMPARE(bool(e), present);
    if (!e)
        return;
    QTEST(e->hasCode, "hasCode");
    QTEST(e->code, "code");
    QTEST(e->subcode, "subcode");
    QTEST(e->type, "type");
    QTEST(e->title(), "title");
    QTEST(e->details, "details");
    QTEST(e->fbtraceId, "fbtraceId");
    QVERIFY(e->message.endsWith(e->title()));
}

void TestCloudApi::sendResultReadsTheEnvelope()
{
    // The send worker's reading of an answer goes through the same envelope.
    const SendResult r = SendResult::fromHttp(
        400, R"({"error":{"message":"(#131026) Message undeliverable","code":131026,"error_data":{"details":"d"}}})");
    QCOMPARE(r.kind, SendResult::Kind::ApiError);
    QCOMPARE(r.code, 131026);
    QCOMPARE(r.title, QStringLiteral("Message undeliverable"));
    QCOMPARE(r.details, QStringLiteral("d"));
    QCOMPARE(SendResult::fromHttp(502, R"({"error":{"message":"no code"}})").kind, SendResult::Kind::HttpError);
    const SendResult ok = SendResult::fromHttp(
        200, R"({"contacts":[{"wa_id":"5511"}],"messages":[{"id":"wamid.9","message_status":"accepted"}]})");
    QCOMPARE(ok.kind, SendResult::Kind::Accepted);
    QCOMPARE(ok.wamid, QStringLiteral("wamid.9"));
    QCOMPARE(ok.waId, QStringLiteral("5511"));
    QCOMPARE(SendResult::fromHttp(200, "{}").kind, SendResult::Kind::Malformed);
}

void TestCloudApi::sandboxEnvelopesRoundTrip()
{
    // Every catalogued code as the sandbox answers it (Meta's envelope with the code's HTTP status) reads back with
    // its code, title and details, and the sender decides what the code's record says.
    for (const int code : FailureCatalogue::codes()) {
        if (code == FailureCatalogue::kNetworkError)
            continue;   // Herald's own code, never on the wire
        const QByteArray what = QByteArray::number(code);
        const SandboxApi::Reply reply = SandboxApi::error(code, QStringLiteral("details of ") + QString::number(code));
        const QByteArray wire = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
        const auto e = CloudApi::errorEnvelope(QJsonDocument::fromJson(wire).object());
        QVERIFY2(e && e->hasCode, what.constData());
        QCOMPARE(e->code, code);
        QCOMPARE(e->title(), FailureCatalogue::providerTitle(code));
        QCOMPARE(e->details, QStringLiteral("details of ") + QString::number(code));
        QVERIFY2(e->fbtraceId.startsWith(QLatin1Char('A')), what.constData());
        const SendResult r = SendResult::fromHttp(reply.status, wire);
        QCOMPARE(int(r.kind), int(SendResult::Kind::ApiError));
        QCOMPARE(r.code, code);
        QCOMPARE(r.title, FailureCatalogue::providerTitle(code));
        const SendPlaybook::Action expected = SendPlaybook::actionForCode(code, reply.status);
        QVERIFY2(expected != SendPlaybook::Action::Accept, what.constData());
        const SendPlaybook::Decision d = SendPlaybook(SendOptions{}).decide(r, 1, 0);
        QCOMPARE(SendPlaybook::actionName(d.action), SendPlaybook::actionName(expected));   // first attempt
        QCOMPARE(d.failure.code, code);
        QVERIFY(d.failure.hasCode);
    }
}

QTEST_GUILESS_MAIN(TestCloudApi)
#include "tst_cloudapi.moc"

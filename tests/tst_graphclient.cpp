// GraphClient against a real HTTP server on loopback, with Meta's error envelope and injected faults.
#include "engine/cloudapi/graphclient.h"
#include "loopbackhttpserver.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using Response = LoopbackHttpServer::Response;

class TestGraphClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sendsBearerTokenAndParses();
    void errors_data();
    void errors();
    void sameOrigin();

private:
    std::unique_ptr<LoopbackHttpServer> m_server;
    Account m_account;

    std::pair<QJsonObject, GraphError> call(GraphClient &client, const QUrl &url)
    {
        bool done = false;
        std::pair<QJsonObject, GraphError> result;
        client.get(url, [&](const QJsonObject &body, const GraphError &error) {
            result = {body, error};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("no answer");
        return result;
    }
};

void TestGraphClient::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_account = Account{};
    m_account.kind = Account::Kind::CloudApi;
    m_account.graphUrl = m_server->baseUrl().toString();
    m_account.apiVersion = QStringLiteral("v23.0");
}

void TestGraphClient::sendsBearerTokenAndParses()
{
    m_server->setHandler([](const LoopbackHttpServer::Request &) {
        return Response::json(200, R"({"display_phone_number":"+1 555 0100","verified_name":"Shop"})");
    });
    GraphClient client(m_account, QStringLiteral("EAAtoken123"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("display_phone_number"));
    const auto [body, error] = call(client, client.url(QStringLiteral("106540352242922"), q));
    QVERIFY(error.ok());
    QCOMPARE(body.value(QStringLiteral("verified_name")).toString(), QStringLiteral("Shop"));
    QCOMPARE(m_server->requests().size(), 1);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.url.path(), QStringLiteral("/v23.0/106540352242922"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer EAAtoken123"));
    QVERIFY(!request.url.toString().contains(QStringLiteral("EAAtoken123")));   // never in the URL
}

void TestGraphClient::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("describes");
    QTest::newRow("expired token 190")
        << 401
        << QByteArray(R"({"error":{"message":"Error validating access token","type":"OAuthException","code":190,)"
                      R"("fbtrace_id":"AbC"}})")
        << 0 << int(GraphError::Kind::Api) << 190 << QStringLiteral("access token");
    QTest::newRow("wrong id 100")
        << 400
        << QByteArray(R"({"error":{"message":"Unsupported get request","type":"GraphMethodException","code":100}})")
        << 0 << int(GraphError::Kind::Api) << 100 << QStringLiteral("phone number ID");
    QTest::newRow("500 without body") << 500 << QByteArray() << 0 << int(GraphError::Kind::Http) << 0
                                      << QStringLiteral("HTTP 500");
    QTest::newRow("malformed json") << 200 << QByteArray("{\"data\": [") << 0 << int(GraphError::Kind::BadResponse) << 0
                                    << QStringLiteral("does not understand");
    QTest::newRow("hang") << 0 << QByteArray() << int(Response::Fault::Hang) << int(GraphError::Kind::Timeout) << 0
                          << QStringLiteral("did not answer in time");
    QTest::newRow("dropped connection") << 0 << QByteArray() << int(Response::Fault::Drop)
                                        << int(GraphError::Kind::Network) << 0 << QStringLiteral("Cannot reach");
}

void TestGraphClient::errors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, fault);
    QFETCH(int, kind);
    QFETCH(int, code);
    QFETCH(QString, describes);
    m_server->setHandler([&](const LoopbackHttpServer::Request &) {
        Response r = Response::json(status, body);
        r.fault = Response::Fault(fault);
        return r;
    });
    GraphClient client(m_account, QStringLiteral("t"));
    client.setTimeout(700);
    const auto [json, error] = call(client, client.url(QStringLiteral("1")));
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.code, code);
    QVERIFY(json.isEmpty());
    QVERIFY2(error.describe().contains(describes), qPrintable(error.describe()));
}

void TestGraphClient::sameOrigin()
{
    GraphClient client(m_account, QStringLiteral("t"));
    QVERIFY(client.isSameOrigin(client.url(QStringLiteral("x"))));
    QUrl other = client.url(QStringLiteral("x"));
    other.setHost(QStringLiteral("evil.example"));
    QVERIFY(!client.isSameOrigin(other));
    QUrl port = client.url(QStringLiteral("x"));
    port.setPort(port.port() + 1);
    QVERIFY(!client.isSameOrigin(port));
}

QTEST_GUILESS_MAIN(TestGraphClient)
#include "tst_graphclient.moc"

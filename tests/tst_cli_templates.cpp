// herald-cli account … and templates … as a black box against a Graph-shaped server on loopback and
// the real keychain (scripts/test.sh runs the suite inside a D-Bus session with gnome-keyring).
#include "clirun.h"
#include "loopbackhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using Response = LoopbackHttpServer::Response;

using Run = CliRun;

class TestCliTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void accountSetShowList();
    void refusesPlainHttpToRemoteHost();
    void setSecretReadsStdinAndNeverStoresItInTheWorkspace();
    void testConnection();
    void testConnectionBadToken();
    void syncPagesAndCounts();
    void syncFailsClearly();
    void sandboxSync();
    void validateFile_data();
    void validateFile();
    void submitToMeta();

private:
    // Runs herald-cli without blocking this thread's event loop (the server lives here).
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return runCliServingEvents(QStringLiteral(HERALD_CLI_PATH),
                                   QStringList{QStringLiteral("--workspace"), m_workspace} + args, stdinData);
    }
    void makeCloudAccount()
    {
        const Run r = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--kind"), QStringLiteral("cloud-api"),
                           QStringLiteral("--graph-url"), m_server->baseUrl().toString(), QStringLiteral("--phone-number-id"),
                           QStringLiteral("106540352242922"), QStringLiteral("--waba-id"), QStringLiteral("102290129340398")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Run s = cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("access-token")},
                          m_token.toUtf8() + "\n");
        QVERIFY2(s.exitCode == 0, s.err.constData());
    }

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_token;
    std::unique_ptr<LoopbackHttpServer> m_server;
    int m_counter = 0;
};

void TestCliTemplates::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run the suite through scripts/test.sh, which starts gnome-keyring.");
}

void TestCliTemplates::init()
{
    m_workspace = m_dir.filePath(QStringLiteral("w%1.herald").arg(++m_counter));
    m_token = QStringLiteral("EAAGtoken%1secret").arg(QDateTime::currentMSecsSinceEpoch());
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
}

void TestCliTemplates::accountSetShowList()
{
    Run r = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("sandbox"));
    makeCloudAccount();
    r = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("--json")});
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("cloud-api"));
    QCOMPARE(o.value(QStringLiteral("graph_url")).toString(), m_server->baseUrl().toString());
    QCOMPARE(o.value(QStringLiteral("api_version")).toString(), QStringLiteral("v23.0"));
    QCOMPARE(o.value(QStringLiteral("phone_number_id")).toString(), QStringLiteral("106540352242922"));
    QCOMPARE(o.value(QStringLiteral("waba_id")).toString(), QStringLiteral("102290129340398"));
    QCOMPARE(o.value(QStringLiteral("secrets")).toObject().value(QStringLiteral("access-token")).toString(), QStringLiteral("set"));
    QVERIFY(!r.out.contains(m_token.toUtf8()));

    r = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("backup"),
             QStringLiteral("--kind"), QStringLiteral("sandbox"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("accounts")).toArray().size(), 2);
    r = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("nosuch")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nosuch"));
}

void TestCliTemplates::refusesPlainHttpToRemoteHost()
{
    const Run r = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--kind"), QStringLiteral("cloud-api"),
                       QStringLiteral("--graph-url"), QStringLiteral("http://graph.facebook.com")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("http://"), r.err.constData());
    const Run show = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(show.json().value(QStringLiteral("kind")).toString(), QStringLiteral("sandbox"));   // nothing changed
}

void TestCliTemplates::setSecretReadsStdinAndNeverStoresItInTheWorkspace()
{
    makeCloudAccount();
    Run empty = cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("relay-feed-token")}, "\n");
    QCOMPARE(empty.exitCode, 1);
    Run bad = cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("password")}, "x");
    QCOMPARE(bad.exitCode, 2);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(m_workspace + suffix);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!f.readAll().contains(m_token.toUtf8()), qPrintable(f.fileName()));
    }
}

void TestCliTemplates::testConnection()
{
    m_server->setHandler([](const LoopbackHttpServer::Request &r) {
        if (r.url.path() == QLatin1String("/v23.0/106540352242922"))
            return Response::json(200, R"({"display_phone_number":"+1 555-010-0100","verified_name":"Lucky Shrub",)"
                                       R"("quality_rating":"GREEN","throughput":{"level":"STANDARD"},"id":"106540352242922"})");
        return Response::json(404, "{}");
    });
    makeCloudAccount();
    const Run r = cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("verified_name")).toString(), QStringLiteral("Lucky Shrub"));
    const auto &request = m_server->requests().last();
    QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("fields")),
             QStringLiteral("display_phone_number,verified_name,quality_rating,throughput"));
    QCOMPARE(request.headers.value("authorization"), "Bearer " + m_token.toUtf8());
}

void TestCliTemplates::testConnectionBadToken()
{
    m_server->setHandler([](const LoopbackHttpServer::Request &) {
        return Response::json(401, R"({"error":{"message":"Invalid OAuth access token - Cannot parse access token",)"
                                   R"("type":"OAuthException","code":190,"fbtrace_id":"AXyz"}})");
    });
    makeCloudAccount();
    const Run r = cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 190);
    QVERIFY2(r.err.contains("access token"), r.err.constData());
    QVERIFY(!r.err.contains(m_token.toUtf8()));
}

void TestCliTemplates::syncPagesAndCounts()
{
    const QUrl base = m_server->baseUrl();
    m_server->setHandler([base](const LoopbackHttpServer::Request &r) {
        const QString after = QUrlQuery(r.url).queryItemValue(QStringLiteral("after"));
        auto t = [](const QString &name) {
            return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("language"), QStringLiteral("en")},
                               {QStringLiteral("status"), QStringLiteral("APPROVED")}, {QStringLiteral("category"), QStringLiteral("UTILITY")},
                               {QStringLiteral("id"), name},
                               {QStringLiteral("components"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                                                                     {QStringLiteral("text"), QStringLiteral("Hi there")}}}}};
        };
        QJsonObject page;
        if (after.isEmpty()) {
            QUrl next = base;
            next.setPath(r.url.path());
            next.setQuery(QStringLiteral("limit=100&after=P2"));
            page = {{QStringLiteral("data"), QJsonArray{t(QStringLiteral("a")), t(QStringLiteral("b"))}},
                    {QStringLiteral("paging"), QJsonObject{{QStringLiteral("next"), next.toString()}}}};
        } else {
            page = {{QStringLiteral("data"), QJsonArray{t(QStringLiteral("c"))}}, {QStringLiteral("paging"), QJsonObject{}}};
        }
        return Response::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
    });
    makeCloudAccount();
    Run r = cli({QStringLiteral("templates"), QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("added")).toInt(), 3);
    QCOMPARE(r.json().value(QStringLiteral("updated")).toInt(), 0);
    QCOMPARE(r.json().value(QStringLiteral("removed")).toInt(), 0);
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(m_server->requests().first().url.path(), QStringLiteral("/v23.0/102290129340398/message_templates"));
    r = cli({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("templates")).toArray().size(), 3);
}

void TestCliTemplates::syncFailsClearly()
{
    m_server->setHandler([](const LoopbackHttpServer::Request &) { return Response::json(500, {}); });
    makeCloudAccount();
    const Run r = cli({QStringLiteral("templates"), QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("500"), r.err.constData());
}

void TestCliTemplates::sandboxSync()
{
    Run r = cli({QStringLiteral("templates"), QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("added")).toInt() >= 5);
    r = cli({QStringLiteral("templates"), QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(r.json().value(QStringLiteral("updated")).toInt(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliTemplates::validateFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("valid") << QStringLiteral("template_valid.json") << 0;
    QTest::newRow("invalid") << QStringLiteral("template_invalid.json") << 1;
}

void TestCliTemplates::validateFile()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    const QString path = qEnvironmentVariable("HERALD_TEST_DATA") + QLatin1Char('/') + file;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const Run r = cli({QStringLiteral("templates"), QStringLiteral("validate"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(), exitCode == 0);
    QCOMPARE(r.json().value(QStringLiteral("violations")).toArray().isEmpty(), exitCode == 0);
}

// templates create + submit on a Cloud API account: the draft goes to POST /{waba-id}/message_templates with the
// token from the keychain, Meta's answer is stored; a refusal is reported and the draft stays a draft.
void TestCliTemplates::submitToMeta()
{
    bool refuse = true;
    m_server->setHandler([&refuse](const LoopbackHttpServer::Request &r) {
        if (r.method != "POST" || r.url.path() != QLatin1String("/v23.0/102290129340398/message_templates"))
            return Response::json(404, "{}");
        if (refuse)
            return Response::json(400, R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,)"
                                       R"("error_subcode":2388042,"error_user_msg":"Template name already exists"}})");
        return Response::json(200, R"({"id":"594425479261596","status":"PENDING","category":"UTILITY"})");
    });
    makeCloudAccount();
    const QString file = qEnvironmentVariable("HERALD_TEST_DATA") + QStringLiteral("/template_valid.json");
    Run r = cli({QStringLiteral("templates"), QStringLiteral("create"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(m_server->requests().isEmpty());   // a draft stays local
    const QStringList submit{QStringLiteral("templates"), QStringLiteral("submit"), QStringLiteral("shipping_update"),
                             QStringLiteral("--language"), QStringLiteral("en_US"), QStringLiteral("--json")};
    r = cli(submit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("shipping_update"), r.err.constData());
    r = cli({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("templates")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
             QString());

    refuse = false;
    r = cli(submit);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), QStringLiteral("594425479261596"));
    const LoopbackHttpServer::Request &request = m_server->requests().last();
    QCOMPARE(request.headers.value("authorization"), "Bearer " + m_token.toUtf8());
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("shipping_update"));
    QCOMPARE(body.value(QStringLiteral("language")).toString(), QStringLiteral("en_US"));
    QCOMPARE(body.value(QStringLiteral("components")).toArray().size(), 4);
    QVERIFY(!r.out.contains(m_token.toUtf8()) && !r.err.contains(m_token.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_cli_templates.moc"

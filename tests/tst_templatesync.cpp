// Template sync against a Graph-shaped server on loopback: paging, errors, hangs, and what is kept.
#include "engine/cloudapi/templatesync.h"
#include "loopbackhttpserver.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using Response = LoopbackHttpServer::Response;

namespace {

QJsonObject tmpl(const QString &name, const QString &status = QStringLiteral("APPROVED"))
{
    return {{QStringLiteral("id"), QString(QStringLiteral("id-") + name)},
            {QStringLiteral("name"), name},
            {QStringLiteral("language"), QStringLiteral("en_US")},
            {QStringLiteral("status"), status},
            {QStringLiteral("category"), QStringLiteral("UTILITY")},
            {QStringLiteral("components"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                    {QStringLiteral("text"), QString(QStringLiteral("Hello from ") + name)}}}}};
}

} // namespace

class TestTemplateSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void followsEveryPage();
    void secondSyncCountsChanges();
    void errorKeepsStoredTemplates_data();
    void errorKeepsStoredTemplates();
    void refusesForeignNextPage();
    void sandboxSyncsBuiltInTemplates();

private:
    TemplateSyncResult sync(int timeoutMs = 5000);
    // Serves `templates` in pages of `pageSize` with after-cursors and absolute next links.
    void serve(const QList<QJsonObject> &templates, int pageSize);

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LoopbackHttpServer> m_server;
    Account m_account;
};

void TestTemplateSync::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_account = Account{};
    m_account.name = QStringLiteral("shop");
    m_account.kind = Account::Kind::CloudApi;
    m_account.graphUrl = m_server->baseUrl().toString();
    m_account.wabaId = QStringLiteral("555");
    m_account.phoneNumberId = QStringLiteral("777");
    QString error;
    m_account.id = AccountStore(m_ws->workspace().database()).save(m_account, &error);
    QVERIFY2(m_account.id > 0, qPrintable(error));
}

void TestTemplateSync::serve(const QList<QJsonObject> &templates, int pageSize)
{
    const QUrl base = m_server->baseUrl();
    m_server->setHandler([templates, pageSize, base](const LoopbackHttpServer::Request &r) {
        if (r.url.path() != QLatin1String("/v23.0/555/message_templates"))
            return Response::json(404, R"({"error":{"message":"Unknown path","code":100}})");
        const QUrlQuery q(r.url);
        const int offset = q.queryItemValue(QStringLiteral("after")).toInt();
        QJsonArray data;
        for (int i = offset; i < qMin<int>(offset + pageSize, int(templates.size())); ++i)
            data.append(templates.at(i));
        QJsonObject paging{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("after"), QString::number(offset + pageSize)}}}};
        if (offset + pageSize < templates.size()) {
            QUrl next = base;
            next.setPath(r.url.path());
            QUrlQuery nq(r.url);
            nq.removeAllQueryItems(QStringLiteral("after"));
            nq.addQueryItem(QStringLiteral("after"), QString::number(offset + pageSize));
            next.setQuery(nq);
            paging.insert(QStringLiteral("next"), next.toString());
        }
        return Response::json(200, QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                                             {QStringLiteral("paging"), paging}})
                                       .toJson(QJsonDocument::Compact));
    });
}

TemplateSyncResult TestTemplateSync::sync(int timeoutMs)
{
    TemplateSync s(m_ws->workspace(), m_account, QStringLiteral("EAAsecret"));
    s.setTimeout(timeoutMs);
    s.setPageSize(2);
    bool done = false;
    TemplateSyncResult result;
    connect(&s, &TemplateSync::finished, this, [&](const TemplateSyncResult &r) {
        result = r;
        done = true;
    });
    s.start();
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qFatal("sync never finished");
    return result;
}

void TestTemplateSync::followsEveryPage()
{
    QList<QJsonObject> all;
    for (int i = 0; i < 7; ++i)
        all << tmpl(QStringLiteral("t%1").arg(i));
    serve(all, 2);
    const TemplateSyncResult r = sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pages, 4);
    QCOMPARE(r.counts.added, 7);
    QCOMPARE(r.counts.total, 7);
    QCOMPARE(m_server->requests().size(), 4);
    for (const auto &req : m_server->requests())
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer EAAsecret"));
    QString error;
    QCOMPARE(TemplateStore(m_ws->workspace().database()).list(m_account.id, &error).size(), 7);
}

void TestTemplateSync::secondSyncCountsChanges()
{
    serve({tmpl(QStringLiteral("a")), tmpl(QStringLiteral("b")), tmpl(QStringLiteral("c"))}, 2);
    { const TemplateSyncResult first = sync(); QVERIFY2(first.ok, qPrintable(first.error)); }
    // Upstream: a unchanged, b now PAUSED, c deleted, d new.
    serve({tmpl(QStringLiteral("a")), tmpl(QStringLiteral("b"), QStringLiteral("PAUSED")), tmpl(QStringLiteral("d"))}, 2);
    const TemplateSyncResult r = sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.counts.added, 1);
    QCOMPARE(r.counts.updated, 1);
    QCOMPARE(r.counts.removed, 1);
    QCOMPARE(r.counts.total, 3);
    QString error;
    const auto c = TemplateStore(m_ws->workspace().database()).find(m_account.id, QStringLiteral("c"), QStringLiteral("en_US"), &error);
    QVERIFY(c);
    QVERIFY(c->deleted);
    QVERIFY(!c->isSendable());
    const auto b = TemplateStore(m_ws->workspace().database()).find(m_account.id, QStringLiteral("b"), QStringLiteral("en_US"), &error);
    QCOMPARE(b->status, QStringLiteral("PAUSED"));
    QVERIFY(b->isFlagged());
}

void TestTemplateSync::errorKeepsStoredTemplates_data()
{
    QTest::addColumn<int>("failingPage");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("190 on first page")
        << 0 << 401
        << QByteArray(R"({"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190}})")
        << 0 << QStringLiteral("code 190");
    QTest::newRow("500 on second page") << 1 << 500 << QByteArray() << 0 << QStringLiteral("HTTP 500");
    QTest::newRow("hang on second page") << 1 << 0 << QByteArray() << int(Response::Fault::Hang)
                                         << QStringLiteral("did not answer in time");
    QTest::newRow("page without data") << 1 << 200 << QByteArray(R"({"paging":{}})") << 0 << QStringLiteral("data");
}

void TestTemplateSync::errorKeepsStoredTemplates()
{
    QFETCH(int, failingPage);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, fault);
    QFETCH(QString, mentions);
    serve({tmpl(QStringLiteral("a")), tmpl(QStringLiteral("b")), tmpl(QStringLiteral("c"))}, 2);
    { const TemplateSyncResult first = sync(); QVERIFY2(first.ok, qPrintable(first.error)); }

    // Upstream now has other templates, and one page fails: nothing may be added or marked deleted.
    int page = 0;
    const QUrl base = m_server->baseUrl();
    auto failing = [&, base](const LoopbackHttpServer::Request &r) -> Response {
        const int current = page++;
        if (current == failingPage) {
            Response resp = Response::json(status, body);
            resp.fault = Response::Fault(fault);
            return resp;
        }
        QJsonObject paging;
        if (current == 0) {
            QUrl next = base;
            next.setPath(r.url.path());
            next.setQuery(QStringLiteral("after=2"));
            paging.insert(QStringLiteral("next"), next.toString());
        }
        return Response::json(200, QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{tmpl(QStringLiteral("z"))}},
                                                             {QStringLiteral("paging"), paging}})
                                       .toJson(QJsonDocument::Compact));
    };
    m_server->setHandler(failing);
    const TemplateSyncResult r = sync(800);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QString error;
    const QList<MessageTemplate> kept = TemplateStore(m_ws->workspace().database()).list(m_account.id, &error);
    QCOMPARE(kept.size(), 3);
    for (const MessageTemplate &t : kept)
        QVERIFY2(!t.deleted, qPrintable(t.name));
}

void TestTemplateSync::refusesForeignNextPage()
{
    m_server->setHandler([](const LoopbackHttpServer::Request &) {
        return Response::json(200, R"({"data":[],"paging":{"next":"https://collector.example/steal?after=1"}})");
    });
    const TemplateSyncResult r = sync();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("collector.example")), qPrintable(r.error));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestTemplateSync::sandboxSyncsBuiltInTemplates()
{
    QString error;
    const auto sandbox = AccountStore(m_ws->workspace().database()).byName(QStringLiteral("sandbox"), &error);
    QVERIFY(sandbox);
    TemplateSync s(m_ws->workspace(), *sandbox, QString());
    TemplateSyncResult result;
    bool done = false;
    connect(&s, &TemplateSync::finished, this, [&](const TemplateSyncResult &r) {
        result = r;
        done = true;
    });
    s.start();
    QTRY_VERIFY(done);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.counts.added >= 5);
    QCOMPARE(result.counts.total, result.counts.added);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestTemplateSync)
#include "tst_templatesync.moc"

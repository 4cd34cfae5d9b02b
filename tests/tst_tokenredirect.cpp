// Issue 11 §2: no request carrying a token follows a redirect. A Graph (or relay) server on loopback answers
// 302/307/308 pointing at a second loopback server on another port (another origin) that records what reaches
// it: for templates sync, account test, test send, a campaign send, events push and the status feed, it must
// receive nothing (so neither the token nor the body), and the error names both hosts.
#include "engine/cloudapi/accounttest.h"
#include "engine/cloudapi/templatesync.h"
#include "engine/cloudapi/testsend.h"
#include "engine/cloudapi/tokenrequest.h"
#include "engine/send/campaignrunner.h"
#include "engine/status/eventpusher.h"
#include "engine/status/relayfeedpoller.h"
#include "loopbackhttpserver.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using Response = LoopbackHttpServer::Response;
using Request = LoopbackHttpServer::Request;

namespace {

const QString kToken = QStringLiteral("EAAGsecretToken42");

enum class Operation { TemplatesSync, AccountTest, TestSend, CampaignSend, EventsPush, RelayFeeds };

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestTokenRedirect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void redirectIsRefused_data();
    void redirectIsRefused();
    void requestsWithoutRedirectStillWork();

private:
    // Runs `op` against the configured server; returns the error text the operation reported.
    QString run(Operation op);

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LoopbackHttpServer> m_configured;
    std::unique_ptr<LoopbackHttpServer> m_other;
    Account m_account;
};

void TestTokenRedirect::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_configured = std::make_unique<LoopbackHttpServer>();
    m_other = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_configured->listen());
    QVERIFY(m_other->listen());
    QVERIFY(m_configured->baseUrl().port() != m_other->baseUrl().port());
    m_other->setHandler([](const Request &) {
        return Response::json(200, R"({"data":[],"messages":[{"id":"wamid.evil"}],"status":"stored","cursor":1})");
    });
    m_account = SendFixture::createAccount(m_ws->workspace().database(), m_configured->baseUrl().toString());
    m_account.relayUrl = m_configured->baseUrl().toString();
}

void TestTokenRedirect::cleanup()
{
    m_configured.reset();
    m_other.reset();
    m_ws.reset();
}

QString TestTokenRedirect::run(Operation op)
{
    switch (op) {
    case Operation::TemplatesSync: {
        TemplateSync sync(m_ws->workspace(), m_account, kToken);
        QSignalSpy spy(&sync, &TemplateSync::finished);
        sync.start();
        if (!spy.wait(10000))
            return QStringLiteral("timeout");
        const auto r = spy.first().first().value<TemplateSyncResult>();
        return r.ok ? QString() : r.error;
    }
    case Operation::AccountTest: {
        AccountTest test(m_account, kToken);
        QSignalSpy spy(&test, &AccountTest::finished);
        test.start();
        if (!spy.wait(10000))
            return QStringLiteral("timeout");
        const auto r = spy.first().first().value<AccountTest::Result>();
        return r.ok ? QString() : r.message;
    }
    case Operation::TestSend: {
        TestSend send(m_account, kToken);
        QSignalSpy spy(&send, &TestSend::finished);
        send.send({QStringLiteral("+919800000001"), QStringLiteral("diwali_offer_v2"), QStringLiteral("en_US"), {}, {}});
        if (!spy.wait(10000))
            return QStringLiteral("timeout");
        const auto r = spy.first().first().value<TestSend::Result>();
        return r.ok ? QString() : r.message;
    }
    case Operation::CampaignSend: {
        const qint64 runId = SendFixture::createRun(m_ws->workspace().database(), m_account.id, 5);
        SendOptions o;
        o.pacerEnabled = false;
        o.exitWhenPaused = true;
        CampaignRunner runner(m_ws->workspace(), runId, m_account, kToken, o);
        QSignalSpy spy(&runner, &CampaignRunner::finished);
        runner.start();
        if (!spy.wait(20000))
            return QStringLiteral("timeout");
        const auto r = spy.first().first().value<RunOutcome>();
        // Nothing went out: every row is back to planned, none uncertain or failed.
        if (SendFixture::count(m_ws->workspace().database(), runId, QStringLiteral("planned")) != 5)
            return QStringLiteral("rows not planned");
        return r.status == QLatin1String("stopped") ? r.reason : QString();
    }
    case Operation::EventsPush: {
        EventPusher pusher;
        QSignalSpy spy(&pusher, &EventPusher::finished);
        BusinessEvent e;
        e.name = QStringLiteral("order_placed");
        e.phone = QStringLiteral("+919800000001");
        pusher.push(m_account.relayUrl, kToken, e);
        if (!spy.wait(10000))
            return QStringLiteral("timeout");
        const auto r = spy.first().first().value<EventPusher::Result>();
        return r.ok() ? QString() : r.message;
    }
    case Operation::RelayFeeds: {
        RelayFeedPoller::Options o;
        o.accountId = m_account.id;
        o.accountName = m_account.name;
        o.relayUrl = QUrl(m_account.relayUrl);
        o.feedToken = kToken;
        RelayFeedPoller poller(m_ws->workspace(), o);
        QSignalSpy spy(&poller, &RelayFeedPoller::errorOccurred);
        poller.start();
        if (!spy.wait(10000))
            return QStringLiteral("timeout");
        poller.stop();
        return spy.first().at(1).toString();
    }
    }
    return {};
}

void TestTokenRedirect::redirectIsRefused_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<int>("status");
    const std::pair<const char *, Operation> ops[] = {
        {"templates sync", Operation::TemplatesSync}, {"account test", Operation::AccountTest},
        {"test send", Operation::TestSend},           {"campaign send", Operation::CampaignSend},
        {"events push", Operation::EventsPush},       {"status feed", Operation::RelayFeeds},
    };
    for (const auto &[name, op] : ops) {
        for (int status : {302, 307, 308})
            QTest::addRow("%s %d", name, status) << op << status;
    }
}

void TestTokenRedirect::redirectIsRefused()
{
    QFETCH(Operation, operation);
    QFETCH(int, status);
    const QUrl other = m_other->baseUrl();
    m_configured->setHandler([&](const Request &r) {
        QUrl to = other;
        to.setPath(r.url.path());
        to.setQuery(r.url.query());
        return Response::redirect(status, to);
    });
    const QString error = run(operation);
    QVERIFY2(!m_configured->requests().isEmpty(), "the configured server was never asked");
    QCOMPARE(m_configured->requests().first().headers.value("authorization"), "Bearer " + kToken.toUtf8());
    // The other origin received nothing at all: no token, no body.
    QCOMPARE(m_other->requests().size(), 0);
    QVERIFY2(error.contains(TokenRequest::origin(m_configured->baseUrl())), qPrintable(error));
    QVERIFY2(error.contains(TokenRequest::origin(other)), qPrintable(error));
}

void TestTokenRedirect::requestsWithoutRedirectStillWork()
{
    // The same operations against a server that answers: the policy changes nothing else.
    m_configured->setHandler([](const Request &r) {
        if (r.url.path().endsWith(QLatin1String("/messages")))
            return Response::json(200, R"({"messages":[{"id":"wamid.ok"}]})");
        return Response::json(200, R"({"data":[],"id":"1","status":"stored","cursor":1})");
    });
    QCOMPARE(run(Operation::TestSend), QString());
    QCOMPARE(run(Operation::EventsPush), QString());
    QCOMPARE(run(Operation::CampaignSend), QStringLiteral("rows not planned"));   // sent: nothing left planned
    QCOMPARE(m_other->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestTokenRedirect)
#include "tst_tokenredirect.moc"

// Crash safety: a real sender process is killed with SIGKILL at random points while a loopback Cloud API
// server records every callback id it receives; then it is restarted until the run is done. Proves zero
// duplicates (no id answered 200 is ever received again) and zero lost recipients (every row ends accepted,
// failed, skipped or uncertain; every id the server saw is accepted or uncertain or, when the server refused
// it permanently, failed). Also: one sender per run across processes, and a dead sender's lock is taken over. The same
// on a PostgreSQL workspace (issue 13 §2), where the lock is a session advisory lock the server frees with the dead
// process's connection.
#include "engine/secrets/secretstore.h"
#include "engine/send/campaignrunner.h"
#include "loopbackhttpserver.h"
#include "models/ledger/ledger.h"
#include "models/storage/workspace.h"
#include "pgtestserver.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using Response = LoopbackHttpServer::Response;
using Request = LoopbackHttpServer::Request;
using namespace SendFixture;

class TestSendCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void killedAtRandomPoints_data();
    void killedAtRandomPoints();
    void oneSenderAcrossProcesses_data();
    void oneSenderAcrossProcesses();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    // The sender under test: `herald-cli campaign run` itself, or the minimal helper with test-speed retries.
    QProcess *startChild(qint64 run, int rate)
    {
        auto *p = new QProcess(this);
        if (m_useCli) {
            QSqlQuery q(db());
            q.exec(QStringLiteral("SELECT campaign_id FROM campaign_runs WHERE id = %1").arg(run));
            q.next();
            p->setProgram(QStringLiteral(HERALD_CLI_PATH));
            p->setArguments({QStringLiteral("--workspace"), m_ws->workspace().path(), QStringLiteral("campaign"),
                             QStringLiteral("run"), q.value(0).toString(), QStringLiteral("--rate"),
                             QString::number(rate == 0 ? 1000 : rate)});
        } else {
            p->setProgram(QStringLiteral(HERALD_SEND_CHILD_PATH));
            p->setArguments({m_ws->workspace().path(), QString::number(run), QString::number(m_account.id),
                             QString::number(rate)});
        }
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start();
        if (!p->waitForStarted(5000))
            qFatal("cannot start %s", HERALD_SEND_CHILD_PATH);
        return p;
    }
    // Waits while the server keeps serving (the event loop runs).
    static bool waitFinished(QProcess *p, int ms)
    {
        return QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, ms);
    }

    // Moves the test onto a new PostgreSQL database when `server` (false when the test skipped).
    bool useServer(bool server)
    {
        if (!server)
            return true;
        if (!m_pg.available())
            return false;
        m_ws = std::make_unique<TestWorkspace>(m_pg.createDatabase());
        m_account = createAccount(db(), m_server->baseUrl().toString());
        return true;
    }

    PgTestServer m_pg;
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LoopbackHttpServer> m_server;
    Account m_account;
    bool m_useCli = false;
};

void TestSendCrash::killedAtRandomPoints_data()
{
    QTest::addColumn<bool>("cli");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("kills");
    QTest::addColumn<bool>("server");
    QTest::newRow("sender process") << false << 3000 << 20 << false;
    QTest::newRow("herald-cli campaign run") << true << 1500 << 12 << false;
    QTest::newRow("herald-cli campaign run, PostgreSQL") << true << 2500 << 10 << true;
}

void TestSendCrash::oneSenderAcrossProcesses_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("file") << false;
    QTest::newRow("PostgreSQL") << true;
}

void TestSendCrash::init()
{
    m_useCli = false;
    m_ws = std::make_unique<TestWorkspace>();
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_account = createAccount(db(), m_server->baseUrl().toString());
}

void TestSendCrash::cleanup()
{
    m_server.reset();
    m_ws.reset();
}

void TestSendCrash::killedAtRandomPoints()
{
    QFETCH(bool, cli);
    QFETCH(int, rows);
    QFETCH(int, kills);
    QFETCH(bool, server);
    if (!useServer(server))
        QSKIP(qPrintable(m_pg.skipReason()));
    const int kRows = rows;
    const int kKills = kills;
    m_useCli = cli;
    if (cli) {
        // herald-cli reads the account's token from the keychain, as it does for a user.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session for the keychain: run the suite through scripts/test.sh.");
        SecretStore secrets(m_ws->workspace().workspaceId());
        bool stored = false;
        secrets.write(m_account.id, SecretStore::Secret::AccessToken, QStringLiteral("crash-test-token"), this,
                      [&](const SecretStore::Result &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
    }
    const qint64 run = createRun(db(), m_account.id, kRows);
    // What the server answered each callback id, in order: 'A' accepted (200), 'F' permanent error, 'T' 503.
    QHash<qint64, QByteArray> answers;
    QHash<qint64, QString> wamids;
    int received = 0;
    m_server->setHandler([&](const Request &r) {
        ++received;
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const qint64 id = RecipientLedger::recipientFromCallbackData(o.value(QLatin1String("biz_opaque_callback_data")).toString());
        QByteArray &seen = answers[id];
        if (id % 29 == 0) {
            seen += 'F';
            return Response::json(400, R"({"error":{"message":"(#131026) Message undeliverable","code":131026}})");
        }
        if (id % 13 == 0 && seen.isEmpty()) {
            seen += 'T';
            return Response::json(503, R"({"error":{"message":"(#133004) Server temporarily unavailable","code":133004}})");
        }
        seen += 'A';
        const QString wamid = QStringLiteral("wamid.%1.%2").arg(id).arg(seen.size());
        wamids.insert(id, wamid);
        return Response::json(200, QString::fromUtf8(R"({"messages":[{"id":"%1"}]})").arg(wamid).toUtf8());
    });

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill points seed %u", seed);
    QRandomGenerator random(seed);
    int killed = 0;
    int killedWhileSending = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kKills; ++i) {
        const int before = received;
        // Some runs unpaced, so kills land mid-burst; on a server every run is paced, or an unpaced one sends all the
        // rows before the kill points come.
        QProcess *child = startChild(run, i % 3 == 0 && !server ? 0 : 300);
        // Every other kill point counts from the child's first request, so some land while it sends however long a
        // loaded machine takes to start it; the others count from its start and may land before it sends.
        if (i % 2 == 1)
            QVERIFY(QTest::qWaitFor([&] { return received > before || child->state() == QProcess::NotRunning; }, 20000));
        // A process on a PostgreSQL workspace needs longer to connect and check the schema before it sends.
        const int delay = server ? int(random.bounded(100, 900)) : int(random.bounded(20, 600));
        if (waitFinished(child, delay)) {
            QCOMPARE(child->exitCode(), 0);   // it finished before the kill point
        } else {
            child->kill();   // SIGKILL
            QVERIFY(child->waitForFinished(5000));
            ++killed;
            if (received > before)
                ++killedWhileSending;
        }
        delete child;
    }
    // The last sender runs to the end.
    QProcess *last = startChild(run, 0);
    QVERIFY(waitFinished(last, 60000));
    QCOMPARE(last->exitStatus(), QProcess::NormalExit);
    QCOMPARE(last->exitCode(), 0);
    delete last;
    QTRY_COMPARE(m_server->openConnections(), 0);   // every request a killed child had already written is read
    qInfo("%d kills (%d while sending), %d requests, %lld ms", killed, killedWhileSending, received,
          qint64(clock.elapsed()));
    QVERIFY(killed >= kKills / 2);
    QVERIFY(killedWhileSending >= 1);

    // Zero duplicates: nothing the server accepted (or refused for good) was ever received again.
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const QByteArray &a = it.value();
        const qsizetype done = std::max(a.indexOf('A'), a.indexOf('F'));
        QVERIFY2(done < 0 || done == a.size() - 1, qPrintable(QStringLiteral("row %1 received after its answer: %2")
                                                      .arg(it.key())
                                                      .arg(QString::fromLatin1(a))));
    }
    // Zero lost: every row is resolved or uncertain; nothing planned or claimed is left.
    RecipientLedger ledger(db());
    QString error;
    const auto counts = ledger.counts(run, &error);
    QVERIFY(counts);
    QCOMPARE(counts->total, kRows);
    QCOMPARE(counts->value(RecipientLedger::State::Planned), 0);
    QCOMPARE(counts->value(RecipientLedger::State::Claimed), 0);
    QCOMPARE(counts->value(RecipientLedger::State::Accepted) + counts->value(RecipientLedger::State::Failed)
                 + counts->value(RecipientLedger::State::Uncertain),
             kRows);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id, state, wamid, error_code FROM recipients WHERE run_id = %1").arg(run)));
    int uncertainSeen = 0;
    int uncertainUnseen = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString state = q.value(1).toString();
        const QByteArray a = answers.value(id);
        if (state == QLatin1String("accepted")) {
            // Accepted exactly once, with the wamid the server gave for that one request.
            QVERIFY2(a.endsWith('A'), qPrintable(QString::number(id)));
            QCOMPARE(q.value(2).toString(), wamids.value(id));
        } else if (state == QLatin1String("failed")) {
            QVERIFY2(a.endsWith('F') || a.count('T') > 0, qPrintable(QString::number(id)));
        } else {
            QCOMPARE(state, QStringLiteral("uncertain"));
            // Claimed then killed: either the request got out (the server saw it) or it did not — never resent.
            if (a.isEmpty())
                ++uncertainUnseen;
            else
                ++uncertainSeen;
        }
        // Every id the server answered 200 is accepted or uncertain in the ledger.
        if (a.endsWith('A'))
            QVERIFY2(state == QLatin1String("accepted") || state == QLatin1String("uncertain"), qPrintable(QString::number(id)));
    }
    qInfo("uncertain: %d seen by the server, %d never sent", uncertainSeen, uncertainUnseen);
    QCOMPARE(ledger.runStatus(run, &error), QStringLiteral("sent"));   // uncertain/accepted rows are pending
}

void TestSendCrash::oneSenderAcrossProcesses()
{
    QFETCH(bool, server);
    if (!useServer(server))
        QSKIP(qPrintable(m_pg.skipReason()));
    const qint64 run = createRun(db(), m_account.id, 5);
    bool hang = true;
    m_server->setHandler([&](const Request &) {
        return hang ? Response::hang() : Response::json(200, R"({"messages":[{"id":"wamid.x"}]})");
    });
    QProcess *first = startChild(run, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 10000);
    // A second process is refused…
    QProcess *second = startChild(run, 0);
    QVERIFY(waitFinished(second, 10000));
    QCOMPARE(second->exitCode(), 4);
    delete second;
    // …and so is a sender in this process.
    {
        CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"));
        QSignalSpy done(&runner, &CampaignRunner::finished);
        runner.start();
        QVERIFY(done.wait(3000));
        QCOMPARE(done.first().first().value<RunOutcome>().status, QStringLiteral("busy"));
    }
    // The first one dies holding the lock: its lock is stale and taken over, its claimed rows become uncertain.
    first->kill();
    QVERIFY(first->waitForFinished(5000));
    delete first;
    const qsizetype sentByFirst = m_server->requests().size();
    hang = false;
    CampaignRunner runner(m_ws->workspace(), run, m_account, QStringLiteral("t"));
    QSignalSpy done(&runner, &CampaignRunner::finished);
    runner.start();
    QVERIFY(done.wait(10000));
    const RunOutcome outcome = done.first().first().value<RunOutcome>();
    QCOMPARE(outcome.status, QStringLiteral("sent"));
    QCOMPARE(outcome.counts.value(RecipientLedger::State::Uncertain), sentByFirst);
    QCOMPARE(outcome.counts.value(RecipientLedger::State::Accepted), 5 - sentByFirst);
    QCOMPARE(m_server->requests().size(), 5);
}

QTEST_GUILESS_MAIN(TestSendCrash)
#include "tst_sendcrash.moc"

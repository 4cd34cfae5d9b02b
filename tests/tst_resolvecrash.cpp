// Uncertain sends are resolved, not parked (issue 10 §3), end to end with real processes: `herald-cli campaign run`
// is killed with SIGKILL at random points at least 20 times while it sends to the sandbox (the simulated Cloud API
// with its status webhooks and relay) through a proxy that drops connections — some before the sandbox saw the
// message, some after it accepted it. Then `herald-cli sync` applies the delivery reports that exist (they settle
// the uncertain rows the sandbox did accept, by callback data), `campaign resolve --resend --quiet-minutes 0` puts
// the rest back, and a final `campaign run` sends them. The sandbox's own record of accepted messages must show
// every opted-in contact messaged exactly once.
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/sandbox/sandboxserver.h"
#include "engine/secrets/secretstore.h"
#include "loopbackhttpserver.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/contacts/contactstore.h"
#include "models/ledger/ledger.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "sandboxcampaign.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using Response = LoopbackHttpServer::Response;
using Request = LoopbackHttpServer::Request;

namespace {

constexpr int kContacts = 400;
constexpr int kKills = 22;

// Forwards one request to the sandbox over a fresh connection and returns its status and body (blocking: the sandbox
// runs in its own thread).
std::pair<int, QByteArray> forward(const QUrl &sandbox, const Request &r)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(sandbox.port()));
    if (!s.waitForConnected(3000))
        return {502, {}};
    QByteArray out = "POST " + r.url.toEncoded() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                     + r.headers.value("authorization") + "\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n\r\n" + r.body;
    s.write(out);
    QByteArray in;
    while (s.waitForReadyRead(5000) || s.bytesAvailable() > 0) {
        in += s.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        qsizetype length = -1;
        for (const QByteArray &line : in.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (length >= 0 && in.size() >= end + 4 + length)
            return {in.mid(9, 3).toInt(), in.mid(end + 4, length)};
    }
    return {502, {}};
}

} // namespace

class TestResolveCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSendsAreResolvedAndSentExactlyOnce();

private:
    int cli(const QStringList &args, QByteArray *stdOut = nullptr)
    {
        QProcess p;
        p.setProgram(QStringLiteral(HERALD_CLI_PATH));
        p.setArguments(QStringList{QStringLiteral("--workspace"), m_ws->workspace().path()} + args);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start();
        // The proxy and the sandbox answer in this process: keep its event loop running while we wait.
        if (!p.waitForStarted(5000) || !QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
            return -1;
        if (stdOut)
            *stdOut = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    bool storeSecret(qint64 accountId, SecretStore::Secret which, const QString &value)
    {
        SecretStore secrets(m_ws->workspace().workspaceId());
        std::optional<bool> ok;
        secrets.write(accountId, which, value, this, [&](const SecretStore::Result &r) { ok = r.ok(); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && *ok;
    }

    std::unique_ptr<TestWorkspace> m_ws;
};

void TestResolveCrash::killedSendsAreResolvedAndSentExactlyOnce()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session for the keychain: run the suite through scripts/test.sh.");
    m_ws = std::make_unique<TestWorkspace>();
    QSqlDatabase db = m_ws->workspace().database();
    QString error;

    // The sandbox: every number is on WhatsApp (only transport faults here), reports arrive within a second or two.
    SandboxOptions sandboxOptions;
    sandboxOptions.notOnWhatsAppShare = 0;
    sandboxOptions.marketingLimitShare = 0;
    sandboxOptions.throughput = 1000;
    SandboxServer sandbox(sandboxOptions);
    SandboxEnvironment::Options envOptions;
    envOptions.databasePath = m_ws->filePath(QStringLiteral("relay.sqlite"));
    envOptions.webhooks.speed = 600;
    SandboxEnvironment environment(&sandbox, envOptions);
    QVERIFY2(environment.start(&error), qPrintable(error));

    // The proxy in front of it drops connections: before the sandbox saw the message, or after it accepted it.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    bool faults = true;
    int droppedBefore = 0;
    int droppedAfter = 0;
    LoopbackHttpServer proxy;
    QVERIFY(proxy.listen());
    proxy.setHandler([&](const Request &r) {
        const int roll = faults ? int(random.bounded(100)) : 100;
        if (roll < 8) {
            ++droppedBefore;
            return Response::drop();
        }
        const auto [status, body] = forward(sandbox.baseUrl(), r);
        if (roll < 16 && status == 200) {
            ++droppedAfter;
            return Response::drop();
        }
        return Response::json(status, body);
    });

    // An account that sends through the proxy and reads the sandbox relay's feed; its secrets in the keychain.
    Account account;
    account.name = QStringLiteral("crash");
    account.kind = Account::Kind::CloudApi;
    account.graphUrl = proxy.baseUrl().toString();
    account.phoneNumberId = QString::fromLatin1(SandboxApi::kPhoneNumberId);
    account.wabaId = QString::fromLatin1(SandboxApi::kWabaId);
    account.relayUrl = environment.relayUrl().toString();
    account.id = AccountStore(db).save(account, &error);
    QVERIFY2(account.id > 0, qPrintable(error));
    QVERIFY(storeSecret(account.id, SecretStore::Secret::AccessToken, sandbox.accessToken()));
    QVERIFY(storeSecret(account.id, SecretStore::Secret::RelayFeedToken, QString::fromLatin1(environment.feedToken())));
    QVERIFY2(SandboxCampaign::syncTemplates(db, account.id, &error), qPrintable(error));
    ContactStore contacts(db);
    QStringList phones;
    for (int i = 0; i < kContacts; ++i) {
        Contact c;
        c.phone = QStringLiteral("+9198%1").arg(70000000 + i);
        c.name = QStringLiteral("Contact %1").arg(i);
        const qint64 id = contacts.upsert(c, &error);
        QVERIFY2(id > 0 && contacts.optIn({id}, QStringLiteral("test"), &error), qPrintable(error));
        phones << c.phone;
    }
    const qint64 campaignId
        = SandboxCampaign::create(db, account.id, QStringLiteral("crash"), QStringLiteral("appointment_reminder"),
                                  SandboxCampaign::appointmentReminderParams(), &error);
    QVERIFY2(campaignId > 0, qPrintable(error));
    const QString id = QString::number(campaignId);

    // The kill loop.
    QElapsedTimer clock;
    clock.start();
    int killed = 0;
    int killedWhileSending = 0;
    for (int i = 0; killed < kKills && i < 3 * kKills; ++i) {
        const qsizetype before = proxy.requests().size();
        QProcess child;
        child.setProgram(QStringLiteral(HERALD_CLI_PATH));
        child.setArguments({QStringLiteral("--workspace"), m_ws->workspace().path(), QStringLiteral("campaign"),
                            QStringLiteral("run"), id, QStringLiteral("--rate"), QStringLiteral("25")});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted(5000));
        const int delay = int(random.bounded(300, 1000));
        if (QTest::qWaitFor([&child] { return child.state() == QProcess::NotRunning; }, delay)) {
            QCOMPARE(child.exitCode(), 0);   // the run was sent before the kill point
            continue;
        }
        child.kill();   // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        ++killed;
        if (proxy.requests().size() > before)
            ++killedWhileSending;
    }
    QVERIFY2(killed >= 20, qPrintable(QStringLiteral("only %1 kills").arg(killed)));
    QVERIFY(killedWhileSending >= 5);
    faults = false;

    // Every report the sandbox will ever send has reached its relay.
    QTRY_VERIFY_WITH_TIMEOUT(environment.webhooks()->pending() == 0, 60000);
    RecipientLedger ledger(db);
    const qint64 run = SendFixture::value(db, QStringLiteral("SELECT max(id) FROM campaign_runs WHERE campaign_id = ?"),
                                          {campaignId})
                           .toLongLong();
    const auto before = ledger.counts(run, &error);
    QVERIFY(before);
    const qint64 uncertainBefore = before->value(RecipientLedger::State::Uncertain);
    QVERIFY(uncertainBefore > 0);

    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("crash")}), 0);
    // Rows the last killed sender left claimed are uncertain too: `campaign resolve` recovers them first (no sender
    // holds the campaign now), so they are part of the decision.
    const auto afterSync = ledger.counts(run, &error);
    QVERIFY2(afterSync, qPrintable(error));
    const qint64 uncertainAfterSync
        = afterSync->value(RecipientLedger::State::Uncertain) + afterSync->value(RecipientLedger::State::Claimed);
    QByteArray json;
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("resolve"), id, QStringLiteral("--resend"),
                  QStringLiteral("--quiet-minutes"), QStringLiteral("0"), QStringLiteral("--json")},
                 &json),
             0);
    const QJsonObject resolved = QJsonDocument::fromJson(json).object();
    QCOMPARE(resolved.value(QStringLiteral("resent")).toInteger(), uncertainAfterSync);
    QCOMPARE(resolved.value(QStringLiteral("resolved")).toInteger(), uncertainAfterSync);
    QCOMPARE(resolved.value(QStringLiteral("marked_failed")).toInteger(), 0);
    QCOMPARE(resolved.value(QStringLiteral("still_uncertain")).toInteger(), 0);

    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("run"), id}), 0);

    // Exactly once per opted-in contact, as the sandbox saw it.
    QHash<QString, int> sends;
    for (const SandboxRecord &r : sandbox.records())
        ++sends[QLatin1Char('+') + r.waId];
    QMap<int, int> histogram;
    for (const QString &phone : std::as_const(phones)) {
        ++histogram[sends.value(phone)];
        if (sends.value(phone) != 1) {
            // What the ledger says of that person, to tell a lost send from a repeated one.
            QSqlQuery row(db);
            row.prepare(QStringLiteral("SELECT id, state, attempts, note, wamid, claimed_at, next_attempt_at FROM "
                                       "recipients WHERE run_id = ? AND phone = ?"));
            row.addBindValue(run);
            row.addBindValue(phone);
            QString detail;
            if (row.exec() && row.next()) {
                for (int c = 0; c < 7; ++c)
                    detail += QLatin1Char(' ') + row.value(c).toString();
            }
            QFAIL(qPrintable(QStringLiteral("%1 got %2 messages; ledger:%3").arg(phone).arg(sends.value(phone)).arg(detail)));
        }
    }
    QCOMPARE(sends.size(), kContacts);
    const auto after = ledger.counts(run, &error);
    QCOMPARE(after->value(RecipientLedger::State::Uncertain), 0);
    QCOMPARE(after->value(RecipientLedger::State::Planned), 0);
    qInfo("%d kills (%d while sending), %d dropped before the sandbox, %d after it accepted; uncertain %lld before "
          "sync, %lld after sync, %lld resent; sends per phone: %d × 1; %lld ms",
          killed, killedWhileSending, droppedBefore, droppedAfter, uncertainBefore, uncertainAfterSync,
          qint64(resolved.value(QStringLiteral("resent")).toInteger()), histogram.value(1), qint64(clock.elapsed()));
}

QTEST_GUILESS_MAIN(TestResolveCrash)
#include "tst_resolvecrash.moc"

// RunService: one run per campaign however many senders start it at once (real herald-cli processes against a
// loopback Cloud API), the database's own "at most one unfinished run" rule, latestRun's error path, and a stopped
// run that stays stopped (issue 10 §2 and §4).
#include "engine/secrets/accesstoken.h"
#include "engine/secrets/secretstore.h"
#include "engine/send/runservice.h"
#include "loopbackhttpserver.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/runstatus.h"
#include "models/contacts/contact.h"
#include "models/contacts/contactstore.h"
#include "models/storage/migrations.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "sandboxcampaign.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using Response = LoopbackHttpServer::Response;
using Request = LoopbackHttpServer::Request;

namespace {

struct Cli
{
    int exitCode = -1;
    QString err;
};

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

class TestRunService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendersStartedAtOnceSendOnce_data();
    void sendersStartedAtOnceSendOnce();
    void databaseRefusesSecondUnfinishedRun();
    void migrationStopsOlderUnfinishedRuns();
    void latestRunErrorIsNotNoRun();
    void stoppedRunIsFinal();
    void startWithoutTokenPlansNothing();
    void startSendsAndCampaignFollowsRun();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    void storeToken();
    // A campaign of `count` new opted-in contacts (audience attr:batch=N) with the order_update template.
    qint64 createCampaign(int count, QStringList *phones = nullptr);
    QProcess *startCli(const QStringList &args);
    Cli runCli(const QStringList &args);
    qsizetype requestsTo(const QString &phone) const;

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LoopbackHttpServer> m_server;
    Account m_account;
    int m_batch = 0;
};

void TestRunService::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setHandler([n = 0](const Request &) mutable {
        return Response::json(200, QStringLiteral(R"({"messages":[{"id":"wamid.rs%1"}]})").arg(++n).toUtf8());
    });
    m_account = SendFixture::createAccount(db(), m_server->baseUrl().toString());
    QString error;
    QVERIFY2(TemplateStore(db()).applySync(m_account.id, builtInSandboxTemplates(), &error), qPrintable(error));
}

void TestRunService::cleanup()
{
    m_server.reset();
    m_ws.reset();
}

void TestRunService::storeToken()
{
    // herald-cli reads the account's token from the keychain, as it does for a user.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session for the keychain: run the suite through scripts/test.sh.");
    SecretStore secrets(m_ws->workspace().workspaceId());
    bool stored = false;
    secrets.write(m_account.id, SecretStore::Secret::AccessToken, QStringLiteral("run-lock-token"), this,
                  [&](const SecretStore::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
}

qint64 TestRunService::createCampaign(int count, QStringList *phones)
{
    const int batch = ++m_batch;
    QString error;
    QList<Contact> contacts
        = SandboxCampaign::customers(count, QStringLiteral("+9198%1").arg(batch, 3, 10, QLatin1Char('0')), 5);
    for (Contact &c : contacts) {
        c.attributes.insert(QStringLiteral("batch"), QString::number(batch));
        if (phones)
            *phones << c.phone;
    }
    if (SandboxCampaign::addOptedIn(db(), contacts, &error).isEmpty())
        qFatal("cannot opt in: %s", qPrintable(error));
    const qint64 id = SandboxCampaign::create(
        db(), m_account.id, QStringLiteral("Batch %1").arg(batch), QStringLiteral("order_update"),
        {QStringLiteral("header.1=text:#10234"), QStringLiteral("body.1=field:name"),
         QStringLiteral("body.2=text:out for delivery"), QStringLiteral("body.3=text:soon"),
         QStringLiteral("button.0=text:10234")},
        &error, QStringLiteral("attr:batch=%1").arg(batch));
    if (id <= 0)
        qFatal("cannot create the campaign: %s", qPrintable(error));
    return id;
}

QProcess *TestRunService::startCli(const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setProgram(QStringLiteral(HERALD_CLI_PATH));
    p->setArguments(QStringList{QStringLiteral("--workspace"), m_ws->workspace().path()} + args);
    p->start();
    return p;
}

Cli TestRunService::runCli(const QStringList &args)
{
    QProcess *p = startCli(args);
    // The event loop runs meanwhile: the loopback server answers the sends.
    if (!QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 60000))
        qFatal("herald-cli did not finish");
    Cli r{p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, QString::fromUtf8(p->readAllStandardError())};
    delete p;
    return r;
}

qsizetype TestRunService::requestsTo(const QString &phone) const
{
    qsizetype n = 0;
    QString digits = phone;
    digits.remove(QLatin1Char('+'));
    for (const Request &r : m_server->requests()) {
        const QString to = QJsonDocument::fromJson(r.body).object().value(QLatin1String("to")).toString();
        n += to == phone || to == digits;
    }
    return n;
}

void TestRunService::sendersStartedAtOnceSendOnce_data()
{
    QTest::addColumn<int>("senders");
    QTest::addColumn<int>("rounds");
    QTest::newRow("two senders") << 2 << 12;
    QTest::newRow("five senders") << 5 << 12;
}

void TestRunService::sendersStartedAtOnceSendOnce()
{
    QFETCH(int, senders);
    QFETCH(int, rounds);
    storeToken();
    constexpr int kRecipients = 15;
    int busy = 0;
    int continued = 0;
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < rounds; ++round) {
        QStringList phones;
        const qint64 id = createCampaign(kRecipients, &phones);
        const qsizetype before = m_server->requests().size();
        // All started back to back (each fork+exec takes well under a millisecond); they reach the campaign at the
        // same instant give or take their start-up.
        QList<QProcess *> children;
        for (int i = 0; i < senders; ++i)
            children << startCli({QStringLiteral("campaign"), QStringLiteral("run"), QString::number(id),
                                  QStringLiteral("--rate"), QStringLiteral("1000")});
        QVERIFY(QTest::qWaitFor([&] {
            return std::all_of(children.cbegin(), children.cend(),
                               [](QProcess *p) { return p->state() == QProcess::NotRunning; });
        }, 60000));
        int sent = 0;
        for (QProcess *p : std::as_const(children)) {
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            if (p->exitCode() == 0) {
                ++sent;
            } else {
                // The others are refused "busy", naming the process that sends.
                QVERIFY2(p->exitCode() == 1 && err.contains(QStringLiteral("is being sent by another Herald process")),
                         qPrintable(QStringLiteral("exit %1: %2").arg(p->exitCode()).arg(err)));
                ++busy;
            }
            delete p;
        }
        QVERIFY(sent >= 1);
        continued += sent - 1;   // started after the first had finished: continued the sent run, sending nothing
        // One run, every recipient sent exactly once (counted where the messages arrive).
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign_runs WHERE campaign_id = ?"), {id}), 1);
        QCOMPARE(m_server->requests().size() - before, qsizetype(kRecipients));
        for (const QString &phone : std::as_const(phones))
            QCOMPARE(requestsTo(phone), qsizetype(1));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT r.wamid) FROM recipients r JOIN campaign_runs k "
                                             "ON k.id = r.run_id WHERE k.campaign_id = ?"), {id}),
                 qint64(kRecipients));
    }
    qInfo("%d rounds of %d senders: %d refused busy, %d continued the sent run without sending; %lld ms", rounds,
          senders, busy, continued, clock.elapsed());
}

void TestRunService::databaseRefusesSecondUnfinishedRun()
{
    const qint64 id = createCampaign(3);
    QString error;
    CampaignStore store(db());
    const auto first = store.planRun(id, &error);
    QVERIFY2(first, qPrintable(error));
    // planRun itself refuses, naming the open run …
    QVERIFY(!store.planRun(id, &error));
    QVERIFY2(error.contains(QStringLiteral("run %1").arg(first->runId)), qPrintable(error));
    // … and so does the database for any writer that does not ask (a partial UNIQUE index).
    const QString insert = QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, planned_at, updated_at) "
                                          "VALUES (%1, '%2', 0, 0)");
    QSqlQuery q(db());
    for (const char *status : {"planned", "running", "paused"}) {
        QVERIFY2(!q.exec(insert.arg(id).arg(QLatin1String(status))), status);
        QVERIFY2(q.lastError().text().contains(QStringLiteral("UNIQUE")), qPrintable(q.lastError().text()));
    }
    // Finished runs may be many; once the open one has ended a new one may be planned.
    for (const char *status : {"stopped", "sent", "finished"})
        QVERIFY2(q.exec(insert.arg(id).arg(QLatin1String(status))), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("UPDATE campaign_runs SET status = 'sent' WHERE id = %1").arg(first->runId)));
    QVERIFY(q.exec(insert.arg(id).arg(QStringLiteral("planned"))));
    // Resuming an ended run while another is open is refused too.
    QVERIFY(!q.exec(QStringLiteral("UPDATE campaign_runs SET status = 'paused' WHERE id = %1").arg(first->runId)));
}

void TestRunService::migrationStopsOlderUnfinishedRuns()
{
    // A workspace at schema 9, before the rule (migration 10), holding two unfinished runs of one campaign (the race
    // this closes).
    const QString path = m_ws->filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QString error;
        QVERIFY2(Migrations::migrate(old, &error, 9), qPrintable(error));
        QSqlQuery q(old);
        const Account a = SendFixture::createAccount(old, QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, created_at, "
                                      "updated_at) VALUES ('c', %1, 't', 'en', 0, 0)").arg(a.id)));
        for (const char *status : {"sent", "paused", "running", "planned"})
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, planned_at, updated_at) "
                                          "VALUES (1, '%1', 0, 5)").arg(QLatin1String(status))));
        QVERIFY2(Migrations::migrate(old, &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT id, status, stop_reason FROM campaign_runs ORDER BY id")));
        QStringList statuses;
        while (q.next()) {
            statuses << q.value(1).toString();
            if (q.value(0).toInt() == 2 || q.value(0).toInt() == 3)
                QVERIFY2(q.value(2).toString().contains(QStringLiteral("run 4 of this campaign is newer")),
                         qPrintable(q.value(2).toString()));
        }
        QCOMPARE(statuses, QStringList({QStringLiteral("sent"), QStringLiteral("stopped"), QStringLiteral("stopped"),
                                        QStringLiteral("planned")}));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO campaign_runs (campaign_id, planned_at, updated_at) VALUES (1, 0, 0)")));
        q.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

void TestRunService::latestRunErrorIsNotNoRun()
{
    const qint64 id = createCampaign(2);
    QString error;
    CampaignStore store(db());
    const std::optional<qint64> none = store.latestRun(id, &error);
    QVERIFY(none.has_value());
    QCOMPARE(*none, 0);   // no run yet: 0, not an error
    // A database where the runs cannot be read: an error, never "no run yet" (which would plan a new run).
    {
        QSqlDatabase broken = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("broken"));
        broken.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(broken.open());
        CampaignStore brokenStore(broken);
        error.clear();
        QVERIFY(!brokenStore.latestRun(id, &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("Cannot read the runs of campaign")), qPrintable(error));
        error.clear();
        QVERIFY(!brokenStore.currentRun(id, &error));
        QVERIFY(!error.isEmpty());
        broken.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("broken"));
    // RunService refuses when it cannot read the runs, and plans nothing.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE campaign_runs RENAME COLUMN status TO status_gone")));
    RunService service(m_ws->workspace(), id);
    const RunService::Decision d = service.prepare(RunService::Mode::Continue);
    QCOMPARE(d.refusal, RunService::Refusal::Failed);
    QVERIFY2(d.message.contains(QStringLiteral("Cannot read the runs")), qPrintable(d.message));
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE campaign_runs RENAME COLUMN status_gone TO status")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign_runs")), 0);
}

void TestRunService::stoppedRunIsFinal()
{
    storeToken();
    QStringList phones;
    const qint64 id = createCampaign(30, &phones);
    QString error;
    const auto plan = CampaignStore(db()).planRun(id, &error);
    QVERIFY2(plan, qPrintable(error));
    // Ten were sent before the stop; the others were never attempted.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET state = 'accepted', wamid = 'wamid.before' || id, attempts = 1 "
                                  "WHERE id IN (SELECT id FROM recipients ORDER BY id LIMIT 10)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE campaign_runs SET status = 'paused'")));

    // `campaign stop` with no sender running stops the run at once: no later start may find it merely paused.
    Cli stop = runCli({QStringLiteral("campaign"), QStringLiteral("stop"), QString::number(id)});
    QCOMPARE(stop.exitCode, 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT status = 'stopped' FROM campaign_runs WHERE id = ?"), {plan->runId}), 1);

    // One of the twenty not reached opts out meanwhile.
    const qint64 optedOut = scalar(db(), QStringLiteral("SELECT contact_id FROM recipients WHERE run_id = ? AND "
                                                        "state = 'planned' ORDER BY id DESC LIMIT 1"), {plan->runId});
    QVERIFY(ContactStore(db()).optOut({optedOut}, QStringLiteral("STOP"), &error));
    QSet<QString> unreached;
    QVERIFY(q.exec(QStringLiteral("SELECT phone FROM recipients WHERE run_id = %1 AND state = 'planned' AND "
                                  "contact_id <> %2").arg(plan->runId).arg(optedOut)));
    while (q.next())
        unreached.insert(q.value(0).toString());
    QCOMPARE(unreached.size(), 19);

    // Running it again is refused with exit 1, saying how many were not reached and what to do; nothing is sent.
    Cli again = runCli({QStringLiteral("campaign"), QStringLiteral("run"), QString::number(id)});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("was stopped")) && again.err.contains(QStringLiteral("19 recipient"))
                 && again.err.contains(QStringLiteral("campaign run %1 --new-run").arg(id)),
             qPrintable(again.err));
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign_runs WHERE campaign_id = ?"), {id}), 1);

    // --new-run: a linked run for exactly those nineteen, and the stopped run stays as it was.
    Cli newRun = runCli({QStringLiteral("campaign"), QStringLiteral("run"), QString::number(id),
                         QStringLiteral("--new-run"), QStringLiteral("--rate"), QStringLiteral("1000")});
    QVERIFY2(newRun.exitCode == 0, qPrintable(newRun.err));
    const qint64 linked = scalar(db(), QStringLiteral("SELECT max(id) FROM campaign_runs WHERE campaign_id = ?"), {id});
    QVERIFY(linked != plan->runId);
    QVERIFY(q.exec(QStringLiteral("SELECT parent_run_id, run_kind FROM campaign_runs WHERE id = %1").arg(linked)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), plan->runId);
    QCOMPARE(q.value(1).toString(), QStringLiteral("unreached"));
    QSet<QString> inLinked;
    QVERIFY(q.exec(QStringLiteral("SELECT phone FROM recipients WHERE run_id = %1").arg(linked)));
    while (q.next())
        inLinked.insert(q.value(0).toString());
    QCOMPARE(inLinked, unreached);
    QCOMPARE(m_server->requests().size(), qsizetype(19));
    for (const QString &phone : std::as_const(unreached))
        QCOMPARE(requestsTo(phone), qsizetype(1));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = ? AND state = 'planned'"),
                    {plan->runId}),
             20);

    // The new run was sent: running again continues it and sends nothing more; a second --new-run is refused.
    Cli done = runCli({QStringLiteral("campaign"), QStringLiteral("run"), QString::number(id)});
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    Cli second = runCli({QStringLiteral("campaign"), QStringLiteral("run"), QString::number(id), QStringLiteral("--new-run")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("not stopped")), qPrintable(second.err));
    QCOMPARE(m_server->requests().size(), qsizetype(19));
}

void TestRunService::startWithoutTokenPlansNothing()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session for the keychain: run the suite through scripts/test.sh.");
    const qint64 id = createCampaign(3);
    // The token is read before anything is planned: a refusal leaves no run behind and sends nothing.
    RunService service(m_ws->workspace(), id);
    QSignalSpy refused(&service, &RunService::refused);
    QSignalSpy started(&service, &RunService::started);
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 30000);
    QCOMPARE(started.size(), 0);
    const auto d = refused.first().first().value<RunService::Decision>();
    QCOMPARE(d.refusal, RunService::Refusal::Failed);
    QCOMPARE(d.message, AccessToken::missingMessage(m_account));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign_runs WHERE campaign_id = ?"), {id}), 0);
    QVERIFY(m_server->requests().isEmpty());
    QString error;
    QCOMPARE(CampaignStore(db()).byId(id, &error)->status, QStringLiteral("draft"));
}

void TestRunService::startSendsAndCampaignFollowsRun()
{
    storeToken();
    QStringList phones;
    const qint64 id = createCampaign(5, &phones);
    QString error;
    auto service = std::make_unique<RunService>(m_ws->workspace(), id);
    QSignalSpy started(service.get(), &RunService::started);
    QSignalSpy finished(service.get(), &RunService::finished);
    SendOptions options;
    options.rate = 1000;
    service->start(options);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
    const auto d = started.first().first().value<RunService::Decision>();
    QVERIFY(d.planned);
    QCOMPARE(d.planned->planned, 5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto outcome = finished.first().first().value<RunOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
    // One rule for the campaign's status: a one-time campaign shows how its run ended.
    QCOMPARE(CampaignStore(db()).byId(id, &error)->status, outcome.status);
    QCOMPARE(m_server->requests().size(), qsizetype(5));
    for (const QString &phone : std::as_const(phones))
        QCOMPARE(requestsTo(phone), qsizetype(1));

    // Stopping the sent run changes nothing; a second start continues it and sends nothing again.
    service = std::make_unique<RunService>(m_ws->workspace(), id);
    QSignalSpy again(service.get(), &RunService::finished);
    service->start(options);
    QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 60000);
    QCOMPARE(m_server->requests().size(), qsizetype(5));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign_runs WHERE campaign_id = ?"), {id}), 1);

    // A run stopped while nobody sends it is final, and the campaign says so.
    const qint64 other = createCampaign(2);
    const auto plan = CampaignStore(db()).planRun(other, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY2(RunService::stopRun(m_ws->workspace(), other, plan->runId, &error), qPrintable(error));
    QCOMPARE(CampaignStore(db()).byId(other, &error)->status, RunStatuses::toString(RunStatus::Stopped));
    RunService refusedService(m_ws->workspace(), other);
    QSignalSpy refused(&refusedService, &RunService::refused);
    refusedService.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 30000);
    QCOMPARE(refused.first().first().value<RunService::Decision>().refusal, RunService::Refusal::Stopped);
    QCOMPARE(m_server->requests().size(), qsizetype(5));
}

QTEST_GUILESS_MAIN(TestRunService)
#include "tst_runservice.moc"

// Send windows end to end (issue 18 §2), with an injected clock and real parts: a campaign planned by CampaignStore
// over contacts in several zones, sent by the real sender over loopback HTTP, continued by the Scheduler as the clock
// moves. Each wave goes when it is due in its recipients' zone (across New York's DST change), never in quiet hours,
// never twice; the run waits ("waiting_window") in between, and pre-flight showed the same waves.
#include "engine/scheduler/scheduler.h"
#include "engine/secrets/secretstore.h"
#include "engine/send/campaignrunner.h"
#include "loopbackhttpserver.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/preflight.h"
#include "models/campaigns/sendwindow.h"
#include "models/contacts/contact.h"
#include "models/core/clock.h"
#include "models/ledger/ledger.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "sandboxcampaign.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace SendFixture;
using Response = LoopbackHttpServer::Response;
using Request = LoopbackHttpServer::Request;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestSendWindowRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wavesGoWhenDueInEachZone();
    void quietHoursBeganBeforeTheSend();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    // A campaign over `contacts` with `window`; its id.
    qint64 campaign(const QList<Contact> &contacts, const QString &tag, const SendWindow &window);
    // Runs the planned/waiting run with the sender until it ends; its final status.
    QString runOnce(qint64 runId);
    // One scheduler pass at `at`: the status the continued run ended with, "" when nothing was continued.
    QString tickAt(Scheduler &scheduler, qint64 at);

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<ScopedClock> m_scoped;
    Account m_account;
    QList<std::pair<QString, qint64>> m_sends;   // phone, clock time the request arrived
    SendOptions m_options;
};

void TestSendWindowRun::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session for the keychain: run the suite through scripts/test.sh.");
    m_clock = std::make_unique<TestClock>(utc("2026-03-07T16:00:00Z"));
    m_scoped = std::make_unique<ScopedClock>(*m_clock);
    m_ws = std::make_unique<TestWorkspace>();
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_sends.clear();
    m_server->setHandler([this, n = 0](const Request &r) mutable {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString to = body.value(QStringLiteral("to")).toString();
        m_sends.append({to.startsWith(QLatin1Char('+')) ? to : QLatin1Char('+') + to, m_clock->msecsSinceEpoch()});
        return Response::json(200, QStringLiteral(R"({"messages":[{"id":"wamid.sw%1"}]})").arg(++n).toUtf8());
    });
    m_account = createAccount(db(), m_server->baseUrl().toString());
    QString error;
    QVERIFY2(TemplateStore(db()).applySync(m_account.id, builtInSandboxTemplates(), &error), qPrintable(error));
    SecretStore secrets(m_ws->workspace().workspaceId());
    bool stored = false;
    secrets.write(m_account.id, SecretStore::Secret::AccessToken, QStringLiteral("window-token"), this,
                  [&](const SecretStore::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    m_options = SendOptions{};
    m_options.pacerEnabled = false;
    m_options.clock = [this] { return m_clock->msecsSinceEpoch(); };
}

void TestSendWindowRun::cleanup()
{
    m_server.reset();
    m_ws.reset();
    m_scoped.reset();
    m_clock.reset();
}

qint64 TestSendWindowRun::campaign(const QList<Contact> &contacts, const QString &tag, const SendWindow &window)
{
    QString error;
    QList<Contact> tagged = contacts;
    for (Contact &c : tagged)
        c.attributes.insert(QStringLiteral("batch"), tag);
    if (SandboxCampaign::addOptedIn(db(), tagged, &error).isEmpty())
        qFatal("opt in: %s", qPrintable(error));
    const qint64 id = SandboxCampaign::create(db(), m_account.id, tag, QStringLiteral("order_update"),
                                              {QStringLiteral("header.1=text:#10234"), QStringLiteral("body.1=field:name"),
                                               QStringLiteral("body.2=text:out for delivery"),
                                               QStringLiteral("body.3=text:soon"), QStringLiteral("button.0=text:10234")},
                                              &error, QStringLiteral("attr:batch=%1").arg(tag));
    if (id <= 0)
        qFatal("campaign: %s", qPrintable(error));
    CampaignStore store(db());
    Campaign c = *store.byId(id, &error);
    c.sendWindow = window.toJson();
    if (!store.update(c, &error))
        qFatal("window: %s", qPrintable(error));
    return id;
}

QString TestSendWindowRun::runOnce(qint64 runId)
{
    CampaignRunner runner(m_ws->workspace(), runId, m_account, QStringLiteral("window-token"), m_options);
    QSignalSpy done(&runner, &CampaignRunner::finished);
    runner.start();
    if (!done.wait(10000))
        return QStringLiteral("timeout");
    return done.first().first().value<RunOutcome>().status;
}

QString TestSendWindowRun::tickAt(Scheduler &scheduler, qint64 at)
{
    m_clock->setNow(at);
    QSignalSpy finished(&scheduler, &Scheduler::runFinished);
    scheduler.tick();
    if (scheduler.runningRuns() == 0)
        return {};
    if (!finished.wait(10000))
        return QStringLiteral("timeout");
    return finished.first().at(1).value<RunOutcome>().status;
}

void TestSendWindowRun::wavesGoWhenDueInEachZone()
{
    // Saturday 2026-03-07 16:00 UTC; "at 10:00 recipient time, never 21:00–09:00". New York springs forward tonight.
    QList<Contact> people;
    const auto person = [&](const char *phone, const char *zone = nullptr) {
        Contact c;
        c.phone = QString::fromLatin1(phone);
        c.name = QStringLiteral("P") + c.phone.right(3);
        if (zone)
            c.attributes.insert(QStringLiteral("timezone"), QString::fromLatin1(zone));
        people << c;
    };
    person("+12125550101");               // New York by area code: 10:00 EDT = 14:00 UTC (EST would be 15:00)
    person("+12125550102");
    person("+5511987650101");             // São Paulo by area code: 13:00 UTC
    person("+5511987650102");
    person("+919876500101");              // India by country: 04:30 UTC
    person("+919876500102", "Asia/Tokyo"); // the attribute wins: 01:00 UTC
    QString error;
    const SendWindow window = *SendWindow::parse(QStringLiteral("10:00"), QStringLiteral("21:00-09:00"), &error);
    const qint64 id = campaign(people, QStringLiteral("w1"), window);

    // Pre-flight shows the four waves and the last send.
    const auto c = CampaignStore(db()).byId(id, &error);
    QVERIFY2(c, qPrintable(error));
    const PreflightReport pre = Preflight::check(db(), *c);
    QVERIFY2(pre.ok(), qPrintable(pre.problems.join(QLatin1Char('\n'))));
    QCOMPARE(pre.waves.size(), 4);
    const QList<std::pair<const char *, qint64>> expected = {
        {"2026-03-08T01:00:00Z", 1}, {"2026-03-08T04:00:00Z", 1}, {"2026-03-08T13:00:00Z", 2}, {"2026-03-08T14:00:00Z", 2}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(pre.waves.at(i).hourUtc, utc(expected.at(i).first));
        QCOMPARE(pre.waves.at(i).recipients, expected.at(i).second);
    }
    QVERIFY(pre.lastSendAt >= utc("2026-03-08T14:00:00Z") && pre.lastSendAt < utc("2026-03-08T14:01:00Z"));
    const QJsonObject json = pre.toJson();
    QCOMPARE(json.value(QStringLiteral("waves")).toArray().size(), 4);
    QCOMPARE(json.value(QStringLiteral("waves")).toArray().at(3).toObject().value(QStringLiteral("hour")).toString(),
             QStringLiteral("2026-03-08T14:00:00Z"));
    QVERIFY(json.value(QStringLiteral("last_send_at")).toString().startsWith(QStringLiteral("2026-03-08T14:00")));

    // Planned now, sent by nobody yet: the sender finds nothing due and the run waits for its window.
    const auto plan = CampaignStore(db()).planRun(id, &error);
    QVERIFY2(plan, qPrintable(error));
    const qint64 run = plan->runId;
    QCOMPARE(value(db(), QStringLiteral("SELECT not_before FROM recipients WHERE run_id = ? AND phone = ?"),
                   {run, QStringLiteral("+12125550101")})
                 .toLongLong(),
             utc("2026-03-08T14:00:00Z"));
    QCOMPARE(runOnce(run), QStringLiteral("waiting_window"));
    QVERIFY(m_sends.isEmpty());
    QCOMPARE(RecipientLedger(db()).runStatus(run, &error), QStringLiteral("waiting_window"));

    Scheduler::Options so;
    so.tickMs = 3600 * 1000;
    so.clock = [this] { return m_clock->msecsSinceEpoch(); };
    so.send = m_options;
    Scheduler scheduler(m_ws->workspace(), so);
    const struct
    {
        const char *at;
        int sentSoFar;
        const char *status;   // "" = not continued
    } steps[] = {
        {"2026-03-08T00:59:59Z", 0, ""},
        {"2026-03-08T01:00:00Z", 1, "waiting_window"},
        {"2026-03-08T04:29:00Z", 1, ""},
        {"2026-03-08T04:30:00Z", 2, "waiting_window"},
        {"2026-03-08T12:59:59Z", 2, ""},
        {"2026-03-08T13:00:00Z", 4, "waiting_window"},
        {"2026-03-08T13:59:59Z", 4, ""},   // 08:59:59 EDT: 15:00 UTC would be the EST answer
        {"2026-03-08T14:00:00Z", 6, "sent"},
    };
    for (const auto &s : steps) {
        QCOMPARE(tickAt(scheduler, utc(s.at)), QString::fromLatin1(s.status));
        QCOMPARE(m_sends.size(), s.sentSoFar);
        if (s.sentSoFar == 2 && !QByteArray(s.status).isEmpty()) {
            // Between waves the dashboard's timeline shows the two still to come, in buckets that fit the run
            // (22 hours from the start: hours), not one point.
            const auto t = CampaignStats::timeline(db(), run, &error);
            QVERIFY2(t, qPrintable(error));
            QCOMPARE(t->bucketMs, CampaignStats::bucketMsFor(utc("2026-03-08T14:00:00Z") - t->start));
            QVERIFY(t->hours.size() >= 20);
            qint64 planned = 0;
            for (const auto &b : t->hours)
                planned += b.planned;
            QCOMPARE(planned, 4);
            QCOMPARE(t->hours.last().planned, 2);   // New York's wave is the last bucket
        }
    }
    scheduler.stop();
    // Each recipient once, at 10:00 on their own clock, never in quiet hours.
    QSet<QString> phones;
    for (const auto &[phone, at] : std::as_const(m_sends)) {
        QVERIFY2(!phones.contains(phone), qPrintable(phone));
        phones.insert(phone);
        const QByteArray zone = phone == QLatin1String("+919876500102") ? "Asia/Tokyo"
            : phone.startsWith(QLatin1String("+1"))                       ? "America/New_York"
            : phone.startsWith(QLatin1String("+55"))                      ? "America/Sao_Paulo"
                                                                          : "Asia/Kolkata";
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(at, QTimeZone(zone)).time(), QTime(10, 0));
        QVERIFY(!window.isQuiet(QTimeZone(zone), at));
    }
    QCOMPARE(count(db(), run, QStringLiteral("accepted")), 6);
}

void TestSendWindowRun::quietHoursBeganBeforeTheSend()
{
    // Planned at 20:58 in New York (no send time, quiet 21:00–09:00): nobody sends before 21:00, so the recipient
    // waits until 09:00, to the minute, and is sent once.
    m_clock->setNow(utc("2026-12-08T01:58:00Z"));
    Contact c;
    c.phone = QStringLiteral("+13125550177");   // Chicago: 19:58 CST — quiet hours are per recipient
    c.name = QStringLiteral("Chi");
    Contact ny;
    ny.phone = QStringLiteral("+12125550177");
    ny.name = QStringLiteral("Ny");
    QString error;
    const SendWindow window = *SendWindow::parse({}, QStringLiteral("21:00-09:00"), &error);
    const qint64 id = campaign({c, ny}, QStringLiteral("w2"), window);
    const auto plan = CampaignStore(db()).planRun(id, &error);
    QVERIFY2(plan, qPrintable(error));
    // The sender starts at 21:00:00 New York time: Chicago (20:00) goes, New York waits.
    m_clock->setNow(utc("2026-12-08T02:00:00Z"));
    QCOMPARE(runOnce(plan->runId), QStringLiteral("waiting_window"));
    QCOMPARE(m_sends.size(), 1);
    QCOMPARE(m_sends.first().first, c.phone);
    QCOMPARE(value(db(), QStringLiteral("SELECT not_before FROM recipients WHERE run_id = ? AND phone = ?"),
                   {plan->runId, ny.phone})
                 .toLongLong(),
             utc("2026-12-08T14:00:00Z"));
    Scheduler::Options so;
    so.clock = [this] { return m_clock->msecsSinceEpoch(); };
    so.send = m_options;
    Scheduler scheduler(m_ws->workspace(), so);
    QCOMPARE(tickAt(scheduler, utc("2026-12-08T13:59:00Z")), QString());   // 08:59
    QCOMPARE(m_sends.size(), 1);
    QCOMPARE(tickAt(scheduler, utc("2026-12-08T14:00:00Z")), QStringLiteral("sent"));   // 09:00
    QCOMPARE(m_sends.size(), 2);
    QCOMPARE(m_sends.last().first, ny.phone);
    QCOMPARE(m_sends.last().second, utc("2026-12-08T14:00:00Z"));
    scheduler.stop();
}

QTEST_GUILESS_MAIN(TestSendWindowRun)
#include "tst_sendwindowrun.moc"

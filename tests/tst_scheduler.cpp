// The scheduler against the built-in sandbox, with a fake clock: scheduled campaigns fire once, recurring ones make
// one run per occurrence with the audience evaluated afresh, a missed occurrence is logged and never fired late,
// triggered campaigns honour conditions, delay, unless-event, consent and cooldown, and two schedulers on one
// workspace never both fire.
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/scheduler/scheduler.h"
#include "engine/status/eventpusher.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/schedulestore.h"
#include "models/contacts/contactstore.h"
#include "models/ledger/ledger.h"
#include "models/status/businessevents.h"
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "schedulerfixture.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using SchedulerTest::Fixture;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

qint64 utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

// A "scheduled" campaign's schedule: once at local time `at` in `tz`.
QJsonObject onceAt(const char *at, const char *tz, int graceMinutes = 0)
{
    QJsonObject o { { QStringLiteral("at"), QString::fromLatin1(at) },
        { QStringLiteral("tz"), QString::fromLatin1(tz) } };
    if (graceMinutes > 0)
        o.insert(QStringLiteral("grace_minutes"), graceMinutes);
    return o;
}

// A "recurring" campaign's schedule: every day at 09:00 local time in `tz`.
QJsonObject dailyAtNine(const char *tz, int graceMinutes = 0)
{
    QJsonObject o { { QStringLiteral("every"), QStringLiteral("daily") },
        { QStringLiteral("time"), QStringLiteral("09:00") }, { QStringLiteral("tz"), QString::fromLatin1(tz) } };
    if (graceMinutes > 0)
        o.insert(QStringLiteral("grace_minutes"), graceMinutes);
    return o;
}

QStringList outcomes(const QList<ScheduleStore::LogEntry> &log)
{
    QStringList list;
    for (const auto &e : log)
        list << e.outcome;
    return list;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scheduledFiresOnce();
    void recurringRunPerOccurrenceAcrossDst();
    void missedOccurrenceIsSkippedNotFiredLate();
    void scheduledMissedBeyondGraceIsNeverSent();
    void triggered();
    void eventsThatOccurredBeforeTheStartNeverFire();
    void twoSchedulersOnlyOneFires();
    void unfinishedRunIsContinuedByTheNextScheduler();
    void handOverLeavesTheRunToTheNextScheduler();
    void triggeredBatchWaitsWhileItsRunIsUnfinished();
    void unreadablePhoneIsSuppressedWithItsReason();
};

void TestScheduler::initTestCase()
{
    qputenv("HERALD_SANDBOX_SPEED", "600");
}

void TestScheduler::scheduledFiresOnce()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    f.addContact(QStringLiteral("+919876500001"), QStringLiteral("Asha"));
    f.addContact(QStringLiteral("+919876500002"), QStringLiteral("Ravi"));
    // 09:00 in Berlin on 1 Dec 2026 is 08:00 UTC.
    const qint64 id = f.createCampaign(QStringLiteral("scheduled"),
        onceAt("2026-12-01T09:00", "Europe/Berlin"),
        {}, &error);
    QVERIFY2(id > 0, qPrintable(error));
    f.clock = utc("2026-12-01T06:00:00");
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));
    QCOMPARE(next, utc("2026-12-01T08:00:00"));

    Scheduler s(f.ws(), f.options());
    QSignalSpy finished(&s, &Scheduler::runFinished);
    s.tick();
    QCOMPARE(s.state(), Scheduler::State::Active);
    QVERIFY(f.runs(id).isEmpty()); // not due yet

    f.clock = utc("2026-12-01T08:00:30");
    s.tick();
    QCOMPARE(f.runs(id).size(), 1);
    QCOMPARE(f.runs(id).first().at(1), 2);
    QCOMPARE(f.runs(id).first().at(2), utc("2026-12-01T08:00:00"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).value<RunOutcome>().status, QStringLiteral("sent"));

    f.clock = utc("2026-12-02T08:00:30");
    s.tick();
    QCOMPARE(f.runs(id).size(), 1); // once only
    const auto c = CampaignStore(f.ws().database()).byId(id, &error);
    QVERIFY(!c->active);
    QCOMPARE(c->nextFireAt, 0);
    QCOMPARE(c->status, QStringLiteral("sent"));
    QCOMPARE(outcomes(ScheduleStore(f.ws().database()).logFor(id, &error)), QStringList { QStringLiteral("fired") });
}

void TestScheduler::recurringRunPerOccurrenceAcrossDst()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    f.addContact(QStringLiteral("+919876500001"), QStringLiteral("Asha"));
    f.addContact(QStringLiteral("+919876500002"), QStringLiteral("Ravi"));
    // Daily 09:00 Berlin across the spring-forward night of 28/29 March 2026.
    const qint64 id = f.createCampaign(QStringLiteral("recurring"),
        dailyAtNine("Europe/Berlin"),
        {}, &error);
    QVERIFY2(id > 0, qPrintable(error));
    f.clock = utc("2026-03-28T06:00:00");
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));
    QCOMPARE(next, utc("2026-03-28T08:00:00")); // 09:00 CET

    Scheduler s(f.ws(), f.options());
    QSignalSpy finished(&s, &Scheduler::runFinished);
    f.clock = utc("2026-03-28T08:01:00");
    s.tick();
    QVERIFY(finished.wait(30000));
    QCOMPARE(CampaignStore(f.ws().database()).byId(id, &error)->nextFireAt, utc("2026-03-29T07:00:00")); // 09:00 CEST

    // A contact added between occurrences is in the next run: the audience is evaluated afresh.
    f.addContact(QStringLiteral("+919876500003"), QStringLiteral("Meera"));
    f.clock = utc("2026-03-29T07:00:10");
    s.tick();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    const auto runs = f.runs(id);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).at(1), 2);
    QCOMPARE(runs.at(1).at(1), 3);
    QCOMPARE(runs.at(0).at(2), utc("2026-03-28T08:00:00"));
    QCOMPARE(runs.at(1).at(2), utc("2026-03-29T07:00:00"));
    // Each occurrence is a run with its own stats.
    RecipientLedger ledger(f.ws().database());
    QCOMPARE(ledger.counts(runs.at(1).at(0), &error)->total, 3);
    QCOMPARE(outcomes(ScheduleStore(f.ws().database()).logFor(id, &error)),
        (QStringList { QStringLiteral("fired"), QStringLiteral("fired") }));
    const auto c = CampaignStore(f.ws().database()).byId(id, &error);
    QVERIFY(c->active);
    QCOMPARE(c->nextFireAt, utc("2026-03-30T07:00:00"));
}

void TestScheduler::missedOccurrenceIsSkippedNotFiredLate()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    f.addContact(QStringLiteral("+919876500001"), QStringLiteral("Asha"));
    const qint64 id = f.createCampaign(QStringLiteral("recurring"),
        dailyAtNine("America/New_York", 30),
        {}, &error);
    QVERIFY2(id > 0, qPrintable(error));
    f.clock = utc("2026-06-01T12:00:00"); // 08:00 EDT
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));
    QCOMPARE(next, utc("2026-06-01T13:00:00"));

    // No Herald ran on 1 June; it comes back at 09:45 EDT, 45 minutes late: beyond the 30-minute grace window.
    Scheduler s(f.ws(), f.options(false));
    QSignalSpy decisions(&s, &Scheduler::decision);
    f.clock = utc("2026-06-01T13:45:00");
    s.tick();
    QVERIFY(f.runs(id).isEmpty());
    auto log = ScheduleStore(f.ws().database()).logFor(id, &error);
    QCOMPARE(outcomes(log), QStringList { QStringLiteral("skipped-missed") });
    QCOMPARE(log.first().occurrenceAt, utc("2026-06-01T13:00:00"));
    QVERIFY2(log.first().detail.contains(QStringLiteral("45")), qPrintable(log.first().detail));
    QVERIFY(std::any_of(decisions.cbegin(), decisions.cend(),
        [](const QList<QVariant> &d) { return d.first().toString().contains(QStringLiteral("skipped")); }));
    QCOMPARE(CampaignStore(f.ws().database()).byId(id, &error)->nextFireAt, utc("2026-06-02T13:00:00"));

    // Several days off: each missed occurrence is logged, the one still within grace fires.
    f.clock = utc("2026-06-04T13:10:00");
    s.tick();
    log = ScheduleStore(f.ws().database()).logFor(id, &error);
    QCOMPARE(outcomes(log),
        (QStringList { QStringLiteral("skipped-missed"), QStringLiteral("skipped-missed"),
            QStringLiteral("skipped-missed"), QStringLiteral("fired") }));
    const auto runs = f.runs(id);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().at(2), utc("2026-06-04T13:00:00"));
    QCOMPARE(log.last().runId, runs.first().at(0));
}

void TestScheduler::scheduledMissedBeyondGraceIsNeverSent()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    f.addContact(QStringLiteral("+919876500001"), QStringLiteral("Asha"));
    const qint64 id = f.createCampaign(QStringLiteral("scheduled"),
        onceAt("2026-06-01T09:00", "Asia/Kolkata", 15),
        {}, &error);
    QVERIFY2(id > 0, qPrintable(error));
    f.clock = utc("2026-06-01T00:00:00");
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));
    QCOMPARE(next, utc("2026-06-01T03:30:00")); // 09:00 IST
    Scheduler s(f.ws(), f.options(false));
    f.clock = utc("2026-06-01T03:46:00"); // 16 minutes late
    s.tick();
    QVERIFY(f.runs(id).isEmpty());
    QCOMPARE(outcomes(ScheduleStore(f.ws().database()).logFor(id, &error)),
        QStringList { QStringLiteral("skipped-missed") });
    const auto c = CampaignStore(f.ws().database()).byId(id, &error);
    QVERIFY(!c->active);
    QCOMPARE(c->status, QStringLiteral("missed"));
    f.clock = utc("2026-06-02T03:46:00");
    s.tick();
    QVERIFY(f.runs(id).isEmpty());
}

void TestScheduler::triggered()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    const QString asha = QStringLiteral("+919876500001");
    const QString ravi = QStringLiteral("+919876500002");
    const QString meera = QStringLiteral("+919876500003");
    const QString noConsent = QStringLiteral("+919876500004");
    f.addContact(asha, QStringLiteral("Asha"));
    f.addContact(ravi, QStringLiteral("Ravi"));
    f.addContact(meera, QStringLiteral("Meera"));
    f.addContact(noConsent, QStringLiteral("Dev"), false);
    const QJsonObject spec = QJsonDocument::fromJson(R"({"event": "order_placed", "match": "all",
        "conditions": [{"key": "total", "op": ">=", "value": "100"}],
        "delay_minutes": 30, "unless": {"event": "order_cancelled", "within_hours": 1}, "cooldown_hours": 24})")
                                 .object();
    const qint64 id = f.createCampaign(QStringLiteral("triggered"), {}, spec, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const qint64 t0 = utc("2026-05-10T10:00:00");
    f.addEvent(QStringLiteral("order_placed"), asha, t0 - kHour, { { QStringLiteral("total"), 999 } }); // before start
    f.clock = t0 - kMinute;
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));

    auto order = [](const char *orderId, double total) {
        return QJsonObject { { QStringLiteral("order_id"), QString::fromLatin1(orderId) },
            { QStringLiteral("total"), total }, { QStringLiteral("status"), QStringLiteral("confirmed") } };
    };
    f.addEvent(QStringLiteral("order_placed"), asha, t0, order("A-100", 150));
    f.addEvent(QStringLiteral("order_placed"), ravi, t0, order("R-1", 50)); // below the condition
    f.addEvent(QStringLiteral("order_placed"), meera, t0, order("M-7", 200));
    f.addEvent(QStringLiteral("order_cancelled"), meera, t0 + 20 * kMinute, {}); // cancels Meera's
    f.addEvent(QStringLiteral("order_placed"), noConsent, t0, order("D-3", 300)); // never opted in
    f.addEvent(QStringLiteral("order_placed"), QStringLiteral("+15550001111"), t0, order("X-9", 300)); // no contact

    Scheduler s(f.ws(), f.options());
    QSignalSpy finished(&s, &Scheduler::runFinished);
    f.clock = t0 + 5 * kMinute;
    s.tick();
    ScheduleStore store(f.ws().database());
    auto fires = store.fires(id, &error);
    QCOMPARE(fires.size(), 4); // Asha, Meera, Dev, the unknown number; not Ravi (total 50), not the old event
    for (const auto &fire : fires) {
        QCOMPARE(fire.state, QStringLiteral("pending"));
        QCOMPARE(fire.dueAt, t0 + kHour); // the delay, extended to the end of the unless window
    }
    QVERIFY(f.runs(id).isEmpty());

    f.clock = t0 + 40 * kMinute; // past the delay, the unless window still open
    s.tick();
    QVERIFY(f.runs(id).isEmpty());

    f.clock = t0 + kHour + kMinute;
    s.tick();
    const auto runs = f.runs(id);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().at(1), 1);
    QSqlQuery q(f.ws().database());
    q.prepare(QStringLiteral("SELECT r.phone, r.components, cr.run_kind FROM recipients r "
                             "JOIN campaign_runs cr ON cr.id = r.run_id WHERE r.run_id = ?"));
    q.addBindValue(runs.first().at(0));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), asha);
    QVERIFY2(
        q.value(1).toString().contains(QStringLiteral("A-100")), qPrintable(q.value(1).toString())); // event:order_id
    QVERIFY(q.value(1).toString().contains(QStringLiteral("confirmed")));
    QCOMPARE(q.value(2).toString(), QStringLiteral("triggered"));
    q.finish(); // an open read would pin this connection's snapshot and make its next write fail
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().at(1).value<RunOutcome>().ok());

    fires = store.fires(id, &error);
    QHash<QString, ScheduleStore::Fire> byPhone;
    for (const auto &fire : fires)
        byPhone.insert(fire.phone, fire);
    QCOMPARE(byPhone.value(asha).state, QStringLiteral("sent"));
    QCOMPARE(byPhone.value(asha).runId, runs.first().at(0));
    QCOMPARE(byPhone.value(meera).state, QStringLiteral("cancelled"));
    QVERIFY(byPhone.value(meera).reason.contains(QStringLiteral("order_cancelled")));
    QCOMPARE(byPhone.value(noConsent).state, QStringLiteral("suppressed"));
    QVERIFY(byPhone.value(noConsent).reason.contains(QStringLiteral("opted in")));
    QCOMPARE(byPhone.value(QStringLiteral("+15550001111")).state, QStringLiteral("suppressed"));

    // Asha orders again two hours later: within the 24-hour cooldown, so suppressed.
    f.addEvent(QStringLiteral("order_placed"), asha, t0 + 2 * kHour, order("A-101", 120));
    f.clock = t0 + 3 * kHour + kMinute;
    s.tick();
    QCOMPARE(f.runs(id).size(), 1);
    fires = store.fires(id, &error);
    QCOMPARE(fires.last().state, QStringLiteral("suppressed"));
    QVERIFY2(fires.last().reason.contains(QStringLiteral("cooldown")), qPrintable(fires.last().reason));

    // After the cooldown she gets the next one.
    f.addEvent(QStringLiteral("order_placed"), asha, t0 + 30 * kHour, order("A-102", 130));
    f.clock = t0 + 32 * kHour;
    s.tick();
    QCOMPARE(f.runs(id).size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);

    // Ravi's big order is only read two days later (no Herald was running): too old to message, suppressed.
    f.addEvent(QStringLiteral("order_placed"), ravi, t0 + 40 * kHour, order("R-2", 500));
    f.clock = t0 + 90 * kHour;
    s.tick();
    QCOMPARE(f.runs(id).size(), 2);
    fires = store.fires(id, &error);
    QCOMPARE(fires.last().phone, ravi);
    QCOMPARE(fires.last().state, QStringLiteral("suppressed"));
    QVERIFY2(fires.last().reason.contains(QStringLiteral("too old")), qPrintable(fires.last().reason));
}

// An event that occurred before `campaign start` never fires the campaign, however late Herald learns of it: pushed
// to the relay before the start and polled after it (WebhookApplier), or recorded locally with an earlier time
// (`events push` on the sandbox). Events that occurred after the start, by both paths, do fire.
void TestScheduler::eventsThatOccurredBeforeTheStartNeverFire()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    const QString asha = QStringLiteral("+919876500001");
    const QString ravi = QStringLiteral("+919876500002");
    const QString meera = QStringLiteral("+919876500003");
    const QString dev = QStringLiteral("+919876500004");
    for (const QString &phone : { asha, ravi, meera, dev })
        f.addContact(phone, phone.right(4));
    const qint64 id = f.createCampaign(QStringLiteral("triggered"), {},
        QJsonObject {
            { QStringLiteral("event"), QStringLiteral("order_placed") }, { QStringLiteral("cooldown_hours"), 0 } },
        &error);
    QVERIFY2(id > 0, qPrintable(error));
    const qint64 t0 = utc("2026-05-10T10:00:00");
    f.clock = t0;
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));

    // The relay feed, polled after the start: one event from before it, one from after.
    const auto feedEvent = [](qint64 cursor, const QString &phone, qint64 at, const char *order) {
        WebhookApplier::FeedEvent e;
        e.cursor = cursor;
        e.receivedAtMs = at;
        e.kind = QStringLiteral("business");
        e.payload = QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
            { QStringLiteral("phone"), phone }, { QStringLiteral("occurred_at"), double(at) },
            { QStringLiteral("data"), QJsonObject { { QStringLiteral("order_id"), QString::fromLatin1(order) } } } };
        return e;
    };
    WebhookApplier applier(f.ws().database());
    const auto counts = applier.apply(f.accountId,
        { feedEvent(1, asha, t0 - 10 * kMinute, "OLD-RELAY"), feedEvent(2, ravi, t0 + kMinute, "NEW-RELAY") },
        QStringLiteral("http://relay.test"), 2, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->business, 2);

    // The sandbox path (events push without a relay): recorded now, one with an earlier occurred_at.
    const auto account = AccountStore(f.ws().database()).defaultAccount(&error);
    QVERIFY(account);
    const auto push = [&](const QString &phone, qint64 at, const char *order) {
        BusinessEvent e;
        e.name = QStringLiteral("order_placed");
        e.phone = phone;
        e.occurredAtMs = at;
        e.receivedAtMs = t0 + 2 * kMinute;
        e.data = QJsonObject { { QStringLiteral("order_id"), QString::fromLatin1(order) } };
        return EventPusher::recordLocally(f.ws(), *account, e);
    };
    QVERIFY(push(meera, t0 - 5 * kMinute, "OLD-LOCAL").id > 0);
    QVERIFY(push(dev, t0 + 2 * kMinute, "NEW-LOCAL").id > 0);

    Scheduler s(f.ws(), f.options(false));
    QSignalSpy decisions(&s, &Scheduler::decision);
    f.clock = t0 + 5 * kMinute;
    s.tick();
    QStringList fired;
    for (const auto &fire : ScheduleStore(f.ws().database()).fires(id, &error))
        fired << fire.phone;
    fired.sort();
    QCOMPARE(fired, (QStringList { ravi, dev }));
    int ignored = 0;
    for (const auto &args : std::as_const(decisions))
        ignored += args.first().toString().contains(QStringLiteral("before the campaign was started")) ? 1 : 0;
    QCOMPARE(ignored, 2);
}

void TestScheduler::twoSchedulersOnlyOneFires()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    f.addContact(QStringLiteral("+919876500001"), QStringLiteral("Asha"));
    const qint64 id = f.createCampaign(QStringLiteral("recurring"),
        dailyAtNine("UTC"),
        {}, &error);
    QVERIFY2(id > 0, qPrintable(error));
    f.clock = utc("2026-06-01T08:00:00");
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));

    Scheduler first(f.ws(), f.options(false));
    Scheduler second(f.ws(), f.options(false));
    QSignalSpy secondState(&second, &Scheduler::stateChanged);
    f.clock = utc("2026-06-01T09:00:05");
    first.tick();
    second.tick();
    QCOMPARE(first.state(), Scheduler::State::Active);
    QCOMPARE(second.state(), Scheduler::State::StandingBy);
    QCOMPARE(secondState.size(), 1);
    QVERIFY(secondState.first().at(1).toString().contains(QString::number(QCoreApplication::applicationPid())));
    QCOMPARE(f.runs(id).size(), 1);

    // The standing-by one takes over once the first stops, and fires the next occurrence only once.
    first.stop();
    f.clock = utc("2026-06-02T09:00:05");
    second.tick();
    first.tick(); // it has stopped ticking by itself, but a pass now finds the lock held by `second`
    QCOMPARE(second.state(), Scheduler::State::Active);
    QCOMPARE(first.state(), Scheduler::State::StandingBy);
    QCOMPARE(f.runs(id).size(), 2);
    QCOMPARE(outcomes(ScheduleStore(f.ws().database()).logFor(id, &error)),
        (QStringList { QStringLiteral("fired"), QStringLiteral("fired") }));
}

void TestScheduler::unfinishedRunIsContinuedByTheNextScheduler()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    f.addContact(QStringLiteral("+919876500001"), QStringLiteral("Asha"));
    f.addContact(QStringLiteral("+919876500002"), QStringLiteral("Ravi"));
    const qint64 id = f.createCampaign(QStringLiteral("scheduled"),
        onceAt("2026-06-01T09:00", "UTC"),
        {}, &error);
    QVERIFY2(id > 0, qPrintable(error));
    f.clock = utc("2026-06-01T08:00:00");
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));
    f.clock = utc("2026-06-01T09:00:01");
    {
        // This scheduler plans the occurrence's run and "dies" before sending it.
        Scheduler dying(f.ws(), f.options(false));
        dying.tick();
    }
    QCOMPARE(f.runs(id).size(), 1);
    RecipientLedger ledger(f.ws().database());
    const qint64 run = f.runs(id).first().at(0);
    QCOMPARE(ledger.runStatus(run, &error), QStringLiteral("planned"));

    Scheduler next_(f.ws(), f.options());
    QSignalSpy finished(&next_, &Scheduler::runFinished);
    next_.tick();
    QVERIFY(finished.wait(30000));
    QCOMPARE(f.runs(id).size(), 1); // the same run, not a new occurrence
    QCOMPARE(ledger.counts(run, &error)->value(RecipientLedger::State::Planned), 0);
    QCOMPARE(ledger.runStatus(run, &error), QStringLiteral("sent"));
}

// The window's "Hand over to the agent" (issue 15 §4): the run it was sending is left running, not paused, and the next
// holder of the lock (the agent) sends the rest; nobody is messaged twice.
void TestScheduler::handOverLeavesTheRunToTheNextScheduler()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    for (int i = 0; i < 40; ++i)
        f.addContact(QStringLiteral("+9198765%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("Customer %1").arg(i));
    const qint64 id = f.createCampaign(QStringLiteral("scheduled"), onceAt("2026-06-01T09:00", "UTC"), {}, &error);
    QVERIFY2(id > 0, qPrintable(error));
    f.clock = utc("2026-06-01T08:00:00");
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));
    f.clock = utc("2026-06-01T09:00:01");
    RecipientLedger ledger(f.ws().database());
    qint64 run = 0;
    {
        Scheduler::Options slow = f.options();
        slow.send.rate = 2;   // 40 recipients take ~20 s: still sending when the window closes
        Scheduler window(f.ws(), slow);
        QSignalSpy started(&window, &Scheduler::runStarted);
        window.tick();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        run = started.at(0).at(1).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(ledger.counts(run, &error)->value(RecipientLedger::State::Planned) < 40, 10000);
        const QList<qint64> handed = window.handOver();
        QCOMPARE(handed, QList<qint64>{run});
        QCOMPARE(ledger.runStatus(run, &error), QStringLiteral("running"));
        QCOMPARE(window.state(), Scheduler::State::Stopped);
    }
    QVERIFY(ledger.counts(run, &error)->value(RecipientLedger::State::Planned) > 0);

    Scheduler agent(f.ws(), f.options());
    QSignalSpy finished(&agent, &Scheduler::runFinished);
    agent.tick();
    QVERIFY(finished.wait(30000));
    QCOMPARE(f.runs(id).size(), 1);   // the same run, continued
    QCOMPARE(ledger.counts(run, &error)->value(RecipientLedger::State::Planned), 0);
    QSqlQuery q(f.ws().database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), coalesce(max(attempts), 0) FROM recipients WHERE run_id = %1").arg(run)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 40);
    QCOMPARE(q.value(1).toInt(), 1);   // every recipient attempted once: none sent again after the hand-over
}

void TestScheduler::triggeredBatchWaitsWhileItsRunIsUnfinished()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    const QString asha = QStringLiteral("+919876500001");
    const QString ravi = QStringLiteral("+919876500002");
    f.addContact(asha, QStringLiteral("Asha"));
    f.addContact(ravi, QStringLiteral("Ravi"));
    const qint64 id = f.createCampaign(QStringLiteral("triggered"), {},
        QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") } }, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const qint64 t0 = utc("2026-05-10T10:00:00");
    f.clock = t0 - kMinute;
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));
    const QJsonObject order { { QStringLiteral("order_id"), QStringLiteral("A-1") } };
    f.addEvent(QStringLiteral("order_placed"), asha, t0, order);

    Scheduler s(f.ws(), f.options(false)); // plans without sending: the batch's run stays planned
    QSignalSpy decisions(&s, &Scheduler::decision);
    f.clock = t0 + kMinute;
    s.tick();
    QCOMPARE(f.runs(id).size(), 1);
    const qint64 first = f.runs(id).first().at(0);

    // A campaign has one unfinished run: Ravi's fire waits (pending) while Asha's run has not been sent.
    f.addEvent(QStringLiteral("order_placed"), ravi, t0 + 2 * kMinute, order);
    f.clock = t0 + 3 * kMinute;
    s.tick();
    QCOMPARE(f.runs(id).size(), 1);
    QCOMPARE(ScheduleStore(f.ws().database()).fires(id, &error).last().state, QStringLiteral("pending"));
    QVERIFY(std::any_of(decisions.cbegin(), decisions.cend(), [&](const QList<QVariant> &d) {
        return d.first().toString().contains(QStringLiteral("wait: run %1 of this campaign is still planned").arg(first));
    }));

    // Once that run has been sent, the waiting fire goes out in the next batch.
    QSqlQuery q(f.ws().database());
    QVERIFY(q.exec(QStringLiteral("UPDATE campaign_runs SET status = 'sent' WHERE id = %1").arg(first)));
    f.clock = t0 + 4 * kMinute;
    s.tick();
    const auto runs = f.runs(id);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(1).at(1), 1);
    QCOMPARE(ScheduleStore(f.ws().database()).fires(id, &error).last().state, QStringLiteral("sent"));
}

// A shop's phone libphonenumber cannot read with the order's country (issue 14) is kept on the event, and the fire is
// suppressed with that reason instead of guessing a number or saying only "no contact".
void TestScheduler::unreadablePhoneIsSuppressedWithItsReason()
{
    Fixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    const qint64 id = f.createCampaign(
        QStringLiteral("triggered"), {}, QJsonDocument::fromJson(R"({"event": "order_placed"})").object(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    const qint64 t0 = utc("2026-05-10T10:00:00");
    f.clock = t0 - kMinute;
    qint64 next = 0;
    QVERIFY2(Scheduler::activate(f.ws(), id, true, f.clock, &next, &error), qPrintable(error));
    const QJsonObject json { { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("phone"), QStringLiteral("12-34") }, { QStringLiteral("region"), QStringLiteral("IN") },
        { QStringLiteral("occurred_at"), t0 },
        { QStringLiteral("data"), QJsonObject { { QStringLiteral("order_id"), QStringLiteral("A-1") } } } };
    auto event = BusinessEventStore::fromJson(json, t0, &error);
    QVERIFY2(event, qPrintable(error));
    QVERIFY(!event->phoneProblem.isEmpty());
    event->accountId = f.accountId;
    QVERIFY2(BusinessEventStore(f.ws().database()).insert(*event, &error), qPrintable(error));

    Scheduler s(f.ws(), f.options());
    f.clock = t0 + kMinute;
    s.tick();
    s.tick();
    const auto fires = ScheduleStore(f.ws().database()).fires(id, &error);
    QCOMPARE(fires.size(), 1);
    QCOMPARE(fires.first().state, QStringLiteral("suppressed"));
    QCOMPARE(fires.first().reason, event->phoneProblem);
    QVERIFY2(fires.first().reason.contains(QStringLiteral("12-34")), qPrintable(fires.first().reason));
    QVERIFY(f.runs(id).isEmpty());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"

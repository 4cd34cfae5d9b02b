// RunStatus: every text campaign_runs.status stores (and a sender reports) reads back as itself, and the predicates
// that decide Start/Pause/Resume/Stop, "never continue a stopped run" and "one live run per campaign" agree with the
// SQL that enforces them.
#include "models/campaigns/runstatus.h"

#include <QTest>

class TestRunStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void predicates_data();
    void predicates();
    void labels();
    void unknownTextIsShownAsItIs();
};

namespace {

const QList<RunStatus> kAll{RunStatus::None,     RunStatus::Planned,  RunStatus::Starting,
                            RunStatus::Running,  RunStatus::Pausing,  RunStatus::Paused,
                            RunStatus::Stopping, RunStatus::Stopped,  RunStatus::WaitingDailyLimit,
                            RunStatus::Sent,     RunStatus::Finished, RunStatus::Error,
                            RunStatus::Busy,     RunStatus::Unknown};

} // namespace

void TestRunStatus::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RunStatus>("status");
    // Stored by SendWorker, RunService, the scheduler and the migrations …
    QTest::newRow("planned") << QStringLiteral("planned") << RunStatus::Planned;
    QTest::newRow("running") << QStringLiteral("running") << RunStatus::Running;
    QTest::newRow("paused") << QStringLiteral("paused") << RunStatus::Paused;
    QTest::newRow("stopped") << QStringLiteral("stopped") << RunStatus::Stopped;
    QTest::newRow("sent") << QStringLiteral("sent") << RunStatus::Sent;
    QTest::newRow("finished") << QStringLiteral("finished") << RunStatus::Finished;
    QTest::newRow("waiting_daily_limit") << QStringLiteral("waiting_daily_limit") << RunStatus::WaitingDailyLimit;
    // … and reported by a sender on the way.
    QTest::newRow("starting") << QStringLiteral("starting") << RunStatus::Starting;
    QTest::newRow("pausing") << QStringLiteral("pausing") << RunStatus::Pausing;
    QTest::newRow("stopping") << QStringLiteral("stopping") << RunStatus::Stopping;
    QTest::newRow("error") << QStringLiteral("error") << RunStatus::Error;
    QTest::newRow("busy") << QStringLiteral("busy") << RunStatus::Busy;
    QTest::newRow("no run") << QString() << RunStatus::None;
}

void TestRunStatus::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(RunStatus, status);
    QCOMPARE(RunStatuses::fromString(text), status);
    QCOMPARE(RunStatuses::toString(status), text);
}

void TestRunStatus::predicates_data()
{
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<bool>("live");
    QTest::addColumn<bool>("final");
    QTest::addColumn<bool>("done");
    QTest::addColumn<bool>("pause");
    QTest::addColumn<bool>("resume");
    QTest::addColumn<bool>("stop");
    QTest::addColumn<bool>("halted");
    //                                                     live   final  done   pause  resume stop   halted
    QTest::newRow("none") << RunStatus::None << false << false << false << false << false << false << false;
    QTest::newRow("planned") << RunStatus::Planned << true << false << false << false << false << false << false;
    QTest::newRow("starting") << RunStatus::Starting << true << false << false << true << false << true << false;
    QTest::newRow("running") << RunStatus::Running << true << false << false << true << false << true << false;
    QTest::newRow("pausing") << RunStatus::Pausing << true << false << false << false << true << true << true;
    QTest::newRow("paused") << RunStatus::Paused << true << false << false << false << true << true << true;
    QTest::newRow("stopping") << RunStatus::Stopping << true << false << false << false << false << false << true;
    QTest::newRow("stopped") << RunStatus::Stopped << false << true << false << false << false << false << true;
    QTest::newRow("waiting") << RunStatus::WaitingDailyLimit << true << false << false << false << false << true
                             << false;
    QTest::newRow("waiting_window") << RunStatus::WaitingWindow << true << false << false << false << false << true
                                    << false;
    QTest::newRow("sent") << RunStatus::Sent << false << false << true << false << false << false << false;
    QTest::newRow("finished") << RunStatus::Finished << false << false << true << false << false << false << false;
    QTest::newRow("error") << RunStatus::Error << true << false << false << false << false << false << true;
    QTest::newRow("busy") << RunStatus::Busy << true << false << false << false << false << false << false;
}

void TestRunStatus::predicates()
{
    QFETCH(RunStatus, status);
    QFETCH(bool, live);
    QFETCH(bool, final);
    QFETCH(bool, done);
    QFETCH(bool, pause);
    QFETCH(bool, resume);
    QFETCH(bool, stop);
    QFETCH(bool, halted);
    QCOMPARE(RunStatuses::isLive(status), live);
    QCOMPARE(RunStatuses::isFinal(status), final);
    QCOMPARE(RunStatuses::isDone(status), done);
    QCOMPARE(RunStatuses::canPause(status), pause);
    QCOMPARE(RunStatuses::canResume(status), resume);
    QCOMPARE(RunStatuses::canStop(status), stop);
    QCOMPARE(RunStatuses::isHalted(status), halted);
    // A run is exactly one of: no run, live, stopped for good, or sent.
    QCOMPARE(int(status == RunStatus::None) + int(live) + int(final) + int(done), 1);
}

void TestRunStatus::labels()
{
    // One label per state a person can tell apart; Running reads as Starting (both "Sending").
    QSet<QString> seen;
    for (RunStatus s : kAll) {
        const QString label = RunStatuses::label(s);
        QVERIFY2(!label.isEmpty(), qPrintable(RunStatuses::toString(s)));
        if (s != RunStatus::Running)
            QVERIFY2(!seen.contains(label), qPrintable(label));
        seen.insert(label);
    }
    QCOMPARE(RunStatuses::label(RunStatus::Starting), RunStatuses::label(RunStatus::Running));
    // A sent or finished run with reports still pending says so; finished means nothing is pending.
    QCOMPARE(RunStatuses::label(RunStatus::Finished, 2), RunStatuses::label(RunStatus::Sent));
    QVERIFY(RunStatuses::label(RunStatus::Finished, 0) != RunStatuses::label(RunStatus::Sent));
    QCOMPARE(RunStatuses::label(QStringLiteral("waiting_daily_limit")), RunStatuses::label(RunStatus::WaitingDailyLimit));
}

void TestRunStatus::unknownTextIsShownAsItIs()
{
    QCOMPARE(RunStatuses::fromString(QStringLiteral("Running")), RunStatus::Unknown);   // stored text is lower case
    QCOMPARE(RunStatuses::label(QStringLiteral("archived")), QStringLiteral("archived"));
    QVERIFY(RunStatuses::toString(RunStatus::Unknown).isEmpty());
}

QTEST_GUILESS_MAIN(TestRunStatus)
#include "tst_runstatus.moc"

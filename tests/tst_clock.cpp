// The injectable clock (models/core/clock.h): the system clock by default, a TestClock installed for a scope and seen by
// every thread, restored afterwards. tst_templatestore shows code that stamps by the clock following it.
#include "models/core/clock.h"

#include <QTest>
#include <QThread>

class TestClock_ : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockByDefault();
    void scopedTestClockIsSeenEverywhereAndRestored();
    void testClockMovesOnlyWhenTold();
};

void TestClock_::systemClockByDefault()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = Clock::nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(now >= before && now <= after);
    QCOMPARE(Clock::nowUtc().timeSpec(), Qt::UTC);
    QCOMPARE(&Clock::current(), &SystemClock::instance());
}

void TestClock_::scopedTestClockIsSeenEverywhereAndRestored()
{
    const QDateTime at(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    {
        TestClock outer(at);
        ScopedClock useOuter(outer);
        QCOMPARE(Clock::nowUtc(), at);
        QCOMPARE(Clock::nowMs(), at.toMSecsSinceEpoch());
        QCOMPARE(Clock::today(), at.toLocalTime().date());
        qint64 seenByWorker = 0;
        QThread *worker = QThread::create([&] { seenByWorker = Clock::nowMs(); });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(seenByWorker, at.toMSecsSinceEpoch());
        {
            TestClock inner(at.addYears(1));
            ScopedClock useInner(inner);
            QCOMPARE(Clock::nowUtc(), at.addYears(1));
        }
        QCOMPARE(Clock::nowUtc(), at); // the outer clock is back
    }
    QCOMPARE(&Clock::current(), &SystemClock::instance());
}

void TestClock_::testClockMovesOnlyWhenTold()
{
    TestClock clock(1'800'000'000'000);
    ScopedClock use(clock);
    QCOMPARE(Clock::nowMs(), 1'800'000'000'000);
    QCOMPARE(Clock::nowMs(), 1'800'000'000'000);
    clock.advance(72LL * 3600 * 1000);
    QCOMPARE(Clock::nowMs(), 1'800'000'000'000 + 72LL * 3600 * 1000);
    clock.setNow(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(Clock::nowUtc().date(), QDate(2027, 1, 1));
}

QTEST_GUILESS_MAIN(TestClock_)
#include "tst_clock.moc"

// The sender's pacer (app/engine/send/pacer.*) driven by injected monotonic times: it keeps the credit of late timer
// ticks (the asked rate is reached when the pump wakes up to a millisecond or more late), never lets a sliding second
// hold more than the rate, and answers 130429 with a short, proportional slow-down.
#include "engine/send/pacer.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <map>
#include <vector>

namespace {

// The pump's loop: wakes at the pacer's next allowed time rounded up to whole milliseconds (QTimer), plus `late(i)`
// µs, and takes what it may. Returns the send times over `durationUs`.
template<typename Late>
std::vector<qint64> pump(Pacer &pacer, qint64 durationUs, Late late, int maxPerPump = 64)
{
    std::vector<qint64> sends;
    qint64 now = 0;
    for (int i = 0; now < durationUs; ++i) {
        const int n = pacer.take(now, maxPerPump);
        for (int k = 0; k < n; ++k)
            sends.push_back(now);
        const qint64 next = pacer.nextAllowedUs(now);
        const qint64 delayMs = std::max<qint64>(0, (next - now + 999) / 1000);
        now += std::max<qint64>(delayMs * 1000, 1) + late(i);
    }
    return sends;
}

int busiestSecond(const std::vector<qint64> &at)
{
    int best = 0;
    size_t lo = 0;
    for (size_t hi = 0; hi < at.size(); ++hi) {
        while (at[hi] - at[lo] >= 1000000)
            ++lo;
        best = std::max(best, int(hi - lo + 1));
    }
    return best;
}

// The pump against a server: each send reaches the server `delay(i)` µs after it was taken (the sender's commit, its
// HTTP thread, the server thread waiting for a CPU) and is answered 200 µs later; answers are reported with
// Pacer::answered before the next take. Returns the server's arrival times, in arrival order.
template<typename Delay>
std::vector<qint64> pumpAgainstServer(Pacer &pacer, qint64 durationUs, Delay delay)
{
    std::vector<qint64> arrivals;
    std::multimap<qint64, qint64> answers;   // answered at -> taken at
    qint64 now = 0;
    for (int i = 0; now < durationUs; ++i) {
        for (auto it = answers.begin(); it != answers.end() && it->first <= now; it = answers.erase(it))
            pacer.answered(it->second, it->first);
        const int n = pacer.take(now, 64);
        for (int k = 0; k < n; ++k) {
            const qint64 at = now + delay(i);
            arrivals.push_back(at);
            answers.emplace(at + 200, now);
        }
        const qint64 next = std::min(pacer.nextAllowedUs(now), answers.empty() ? now : answers.begin()->first);
        now += std::max<qint64>(((next - now + 999) / 1000) * 1000, 1000);
    }
    std::sort(arrivals.begin(), arrivals.end());
    return arrivals;
}

} // namespace

class TestPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheRateWhenTicksAreLate_data();
    void keepsTheRateWhenTicksAreLate();
    void neverMoreThanTheRateInAnySecond_data();
    void neverMoreThanTheRateInAnySecond();
    void unusedSendsAreGivenBack();
    void aLateAnswerHoldsTheSendASecondLater();
    void jitterOnTheWayNeverExceedsTheRateAtTheServer_data();
    void jitterOnTheWayNeverExceedsTheRateAtTheServer();
    void throttleIsAShortProportionalSlowDown();
    void throttleEngagesAPacerThatWasOff();
};

void TestPacer::keepsTheRateWhenTicksAreLate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("lateUs");
    QTest::newRow("1000/s, on time") << 1000.0 << 0;
    QTest::newRow("1000/s, 1 ms late") << 1000.0 << 1000;
    QTest::newRow("1000/s, 3 ms late") << 1000.0 << 3000;
    QTest::newRow("500/s, 1.5 ms late") << 500.0 << 1500;
    QTest::newRow("80/s, 1 ms late") << 80.0 << 1000;
    QTest::newRow("80/s, 4 ms late") << 80.0 << 4000;
}

void TestPacer::keepsTheRateWhenTicksAreLate()
{
    QFETCH(double, rate);
    QFETCH(int, lateUs);
    Pacer pacer(rate);
    const qint64 duration = 20'000'000;
    const std::vector<qint64> sends = pump(pacer, duration, [&](int) { return lateUs; });
    const double achieved = double(sends.size()) * 1e6 / double(duration);
    // Paced half a percent under the rate; a late tick costs nothing.
    QVERIFY2(achieved >= rate * 0.99 && achieved <= rate, qPrintable(QString::number(achieved)));
}

void TestPacer::neverMoreThanTheRateInAnySecond_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("stallEvery");   // every n-th tick stalls up to 40 ms
    QTest::addColumn<double>("minShare");  // of the rate, over the whole run
    QTest::newRow("80/s, stalls") << 80.0 << 7 << 0.98;
    QTest::newRow("80/s, rare stalls") << 80.0 << 50 << 0.99;
    QTest::newRow("1000/s, stalls") << 1000.0 << 13 << 0.98;
    QTest::newRow("1000/s, rare stalls") << 1000.0 << 200 << 0.99;
    QTest::newRow("250/s, stalls") << 250.0 << 5 << 0.98;
}

void TestPacer::neverMoreThanTheRateInAnySecond()
{
    QFETCH(double, rate);
    QFETCH(int, stallEvery);
    QFETCH(double, minShare);
    QRandomGenerator random(4711);
    Pacer pacer(rate);
    const std::vector<qint64> sends = pump(pacer, 30'000'000, [&](int i) {
        return i % stallEvery == 0 ? qint64(random.bounded(40000)) : qint64(random.bounded(2000));
    });
    QVERIFY2(busiestSecond(sends) <= int(rate), qPrintable(QString::number(busiestSecond(sends))));
    // The stalls are caught up (they stay under Pacer::kCatchUpUs), as far as the sliding second allows.
    const double achieved = double(sends.size()) / 30.0;
    QVERIFY2(achieved >= rate * minShare, qPrintable(QString::number(achieved)));
}

void TestPacer::unusedSendsAreGivenBack()
{
    Pacer pacer(100);
    QCOMPARE(pacer.take(0, 1), 1);
    QVERIFY(pacer.nextAllowedUs(0) > 0);
    QCOMPARE(pacer.take(30'000, 10), 3);   // due at 10.05, 20.1 and 30.15 ms (2 ms early is fine)
    const qint64 next = pacer.nextAllowedUs(30'000);
    QVERIFY(next > 30'000);
    pacer.giveBack(2);
    QVERIFY(pacer.nextAllowedUs(30'000) <= 30'000);
    QCOMPARE(pacer.take(30'000, 10), 2);   // exactly what was given back
}

void TestPacer::aLateAnswerHoldsTheSendASecondLater()
{
    // Ten sends a second (paced 0.8 % under): `sends` sends, each answered after 1 ms, the one at `lateAt` after 31 ms
    // (it may have reached the server 30 ms late). Returns when the next send is allowed.
    const auto paced = [](int lateAt, int sends) -> qint64 {
        Pacer pacer(10, 0.008);
        qint64 now = 0;
        for (int i = 0; i < sends; ++i) {
            if (pacer.take(now, 1) != 1)
                return -1;
            pacer.answered(now, now + (i == lateAt ? 31'000 : 1'000));
            now = pacer.nextAllowedUs(now);
        }
        return pacer.nextAllowedUs(now);
    };
    // The send a second after the late one waits for that one's second to pass, counted from its latest possible
    // arrival: up to 30 ms later (less the couple of ms that even pacing 0.8 % under the rate leaves beyond the 6 ms
    // jitter guard, and the late answer's share of the typical latency).
    const qint64 third = paced(2, 12) - paced(-1, 12);
    QVERIFY2(third >= 25'000 && third <= 30'000, qPrintable(QString::number(third)));
    // The same for the very first answer (a new connection), which has no quicker one to compare with when it comes.
    const qint64 first = paced(0, 10) - paced(-1, 10);
    QVERIFY2(first >= 25'000 && first <= 30'000, qPrintable(QString::number(first)));
}

void TestPacer::jitterOnTheWayNeverExceedsTheRateAtTheServer_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("spikeEvery");   // every n-th send is held up to 40 ms on its way
    QTest::addColumn<int>("baseUs");       // the usual time on the way
    QTest::newRow("80/s, loopback, spikes") << 80.0 << 9 << 300;
    QTest::newRow("80/s, loopback, rare spikes") << 80.0 << 60 << 300;
    QTest::newRow("80/s, 150 ms to Meta, spikes") << 80.0 << 9 << 150'000;
    QTest::newRow("250/s, loopback, spikes") << 250.0 << 20 << 300;
}

void TestPacer::jitterOnTheWayNeverExceedsTheRateAtTheServer()
{
    QFETCH(double, rate);
    QFETCH(int, spikeEvery);
    QFETCH(int, baseUs);
    QRandomGenerator random(2207);
    Pacer pacer(rate);
    const qint64 duration = 30'000'000;
    const std::vector<qint64> arrivals = pumpAgainstServer(pacer, duration, [&](int i) {
        return baseUs + (i % spikeEvery == 0 ? qint64(random.bounded(40000)) : qint64(random.bounded(500)));
    });
    QVERIFY2(busiestSecond(arrivals) <= int(rate), qPrintable(QString::number(busiestSecond(arrivals))));
    const double achieved = double(arrivals.size()) * 1e6 / double(duration);
    QVERIFY2(achieved >= rate * 0.99, qPrintable(QString::number(achieved)));
}

void TestPacer::throttleIsAShortProportionalSlowDown()
{
    Pacer pacer(80);
    QCOMPARE(pacer.currentRate(), 80.0);
    pacer.throttled(1'000'000, 80);
    QCOMPARE(pacer.currentRate(), 72.0);   // a tenth slower, not half
    pacer.throttled(1'200'000, 80);        // the same burst of 130429s: one slow-down
    QCOMPARE(pacer.currentRate(), 72.0);
    pacer.throttled(1'600'000, 80);        // still too fast half a second later: another tenth
    QCOMPARE(pacer.currentRate(), 64.8);
    pacer.tick(2'500'000);                 // held a second after the last 130429
    QCOMPARE(pacer.currentRate(), 64.8);
    pacer.tick(2'600'000);                 // then back up by a fortieth of the rate every 250 ms
    QCOMPARE(pacer.currentRate(), 66.8);
    pacer.tick(2'700'000);
    QCOMPARE(pacer.currentRate(), 66.8);
    for (qint64 t = 2'850'000; t <= 4'600'000; t += 250'000)
        pacer.tick(t);
    QCOMPARE(pacer.currentRate(), 80.0);   // 3 s after the last 130429 the configured rate is back
    QCOMPARE(pacer.targetRate(), 80.0);
}

void TestPacer::throttleEngagesAPacerThatWasOff()
{
    Pacer off(80, Pacer::kDefaultMargin, false);
    QVERIFY(!off.enabled());
    QCOMPARE(off.take(0, 500), 500);
    off.throttled(1'000'000, 600);         // pacing was off: it starts a tenth under the measured rate
    QVERIFY(off.enabled());
    QCOMPARE(off.currentRate(), 540.0);
    QCOMPARE(off.targetRate(), 0.0);       // not a configured rate
    for (qint64 t = 2'000'000; t < 30'000'000 && off.enabled(); t += 250'000)
        off.tick(t);
    QVERIFY(!off.enabled());               // recovered up to the top rate: off again
}

QTEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"

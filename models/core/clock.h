#pragma once

#include <QDateTime>

#include <atomic>

// The one source of "now" for every decision Herald takes by the clock (send windows, the 72 h reply
// window, cooldowns, daily-limit headroom, uncertain-send resolution, lock staleness, backups) and for
// the timestamps it writes. Code reads the process-wide clock through the static helpers
// (Clock::nowMs(), Clock::nowUtc(), Clock::nowLocal(), Clock::today()); a test installs a TestClock with ScopedClock and
// moves time instead of sleeping. The installed clock is read atomically, so worker threads see it too.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds since the Unix epoch (UTC).
    virtual qint64 msecsSinceEpoch() const = 0;

    // The process-wide clock (the system clock unless a test installed another).
    static const Clock &current();
    // Installs `clock` process-wide (nullptr restores the system clock) and returns the one it replaces;
    // the caller keeps it alive while installed.
    static const Clock *install(const Clock *clock);

    static qint64 nowMs() { return current().msecsSinceEpoch(); }
    static QDateTime nowUtc();
    static QDateTime nowLocal();
    static QDate today() { return nowLocal().date(); } // the local calendar date of now

private:
    static std::atomic<const Clock *> s_current;
};

class SystemClock final : public Clock
{
public:
    qint64 msecsSinceEpoch() const override;
    static const SystemClock &instance();
};

// A clock that stands still until a test moves it.
class TestClock final : public Clock
{
public:
    explicit TestClock(qint64 msecsSinceEpoch = 0);
    explicit TestClock(const QDateTime &at) : TestClock(at.toMSecsSinceEpoch()) {}

    qint64 msecsSinceEpoch() const override { return m_ms.load(); }
    void setNow(qint64 msecsSinceEpoch) { m_ms.store(msecsSinceEpoch); }
    void setNow(const QDateTime &at) { setNow(at.toMSecsSinceEpoch()); }
    void advance(qint64 ms) { m_ms.fetch_add(ms); }

private:
    std::atomic<qint64> m_ms;
};

// Installs a clock for the lifetime of the scope and restores the previous one afterwards.
class ScopedClock
{
public:
    explicit ScopedClock(const Clock &clock);
    ~ScopedClock();
    ScopedClock(const ScopedClock &) = delete;
    ScopedClock &operator=(const ScopedClock &) = delete;

private:
    const Clock *m_previous;
};

#include "models/core/clock.h"

std::atomic<const Clock *> Clock::s_current{nullptr};

const Clock &Clock::current()
{
    const Clock *clock = s_current.load();
    return clock ? *clock : SystemClock::instance();
}

const Clock *Clock::install(const Clock *clock)
{
    return s_current.exchange(clock);
}

QDateTime Clock::nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

QDateTime Clock::nowLocal()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs());
}

qint64 SystemClock::msecsSinceEpoch() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

TestClock::TestClock(qint64 msecsSinceEpoch)
    : m_ms(msecsSinceEpoch > 0 ? msecsSinceEpoch : QDateTime::currentMSecsSinceEpoch())
{
}

ScopedClock::ScopedClock(const Clock &clock)
    : m_previous(Clock::install(&clock))
{
}

ScopedClock::~ScopedClock()
{
    Clock::install(m_previous);
}

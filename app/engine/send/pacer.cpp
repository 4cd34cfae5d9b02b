#include "engine/send/pacer.h"

#include <QMutex>
#include <algorithm>
#include <cmath>

namespace {

constexpr double kMinRate = 1.0;
constexpr double kMaxRate = 1000.0;
constexpr qint64 kThrottleQuietUs = 1000000;   // one slow-down per second, however many 130429 arrive at once
constexpr qint64 kRecoveryStepUs = 1000000;

} // namespace

Pacer::Pacer(double rate, double margin, bool enabled)
    : m_enabled(enabled)
    , m_target(std::clamp(rate, kMinRate, kMaxRate))
    , m_current(m_target)
    , m_margin(std::clamp(margin, 0.0, 0.5))
{
    setCurrent(m_target);
}

std::shared_ptr<Pacer> Pacer::forPhoneNumber(const QString &phoneNumberId, double rate, double margin)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<Pacer>> pacers;
    QMutexLocker lock(&mutex);
    std::shared_ptr<Pacer> pacer = pacers.value(phoneNumberId).lock();
    if (pacer) {
        // A second run on the same number: the stricter rate wins.
        if (rate < pacer->targetRate())
            pacer->setTargetRate(rate);
        return pacer;
    }
    pacer = std::make_shared<Pacer>(rate, margin, true);
    pacers.insert(phoneNumberId, pacer);
    return pacer;
}

bool Pacer::enabled() const
{
    std::lock_guard lock(m_mutex);
    return m_enabled;
}

double Pacer::targetRate() const
{
    std::lock_guard lock(m_mutex);
    return m_enabled && !m_engagedByThrottle ? m_target : 0;
}

double Pacer::currentRate() const
{
    std::lock_guard lock(m_mutex);
    return m_enabled ? m_current : 0;
}

void Pacer::setTargetRate(double rate)
{
    std::lock_guard lock(m_mutex);
    m_target = std::clamp(rate, kMinRate, kMaxRate);
    setCurrent(std::min(m_current, m_target));
}

void Pacer::setCurrent(double rate)
{
    m_current = std::clamp(rate, kMinRate, kMaxRate);
    m_intervalUs = 1e6 / (m_current * (1.0 - m_margin));
    m_toleranceUs = m_intervalUs / 4;
}

int Pacer::take(qint64 nowUs, int max)
{
    std::lock_guard lock(m_mutex);
    if (!m_enabled)
        return std::max(max, 0);
    int n = 0;
    while (n < max && double(nowUs) >= m_tatUs - m_toleranceUs) {
        m_tatUs = std::max(m_tatUs, double(nowUs)) + m_intervalUs;
        ++n;
    }
    return n;
}

void Pacer::giveBack(int n)
{
    std::lock_guard lock(m_mutex);
    if (m_enabled && n > 0)
        m_tatUs -= n * m_intervalUs;
}

qint64 Pacer::nextAllowedUs(qint64 nowUs) const
{
    std::lock_guard lock(m_mutex);
    if (!m_enabled)
        return nowUs;
    return qint64(std::ceil(m_tatUs - m_toleranceUs));
}

void Pacer::throttled(qint64 nowUs, double measuredRate)
{
    std::lock_guard lock(m_mutex);
    if (m_lastThrottleUs >= 0 && nowUs - m_lastThrottleUs < kThrottleQuietUs)
        return;
    m_lastThrottleUs = nowUs;
    m_lastRecoveryUs = nowUs;
    if (!m_enabled) {
        // Pacing was off (a benchmark, the sandbox): start pacing at half of what was measured.
        m_enabled = true;
        m_engagedByThrottle = true;
        m_target = kMaxRate;
        m_tatUs = double(nowUs);
        setCurrent(std::max(measuredRate, 2 * kMinRate) / 2);
        return;
    }
    setCurrent(m_current / 2);
    // Leave a gap before the next send.
    m_tatUs = std::max(m_tatUs, double(nowUs) + m_intervalUs);
}

void Pacer::tick(qint64 nowUs)
{
    std::lock_guard lock(m_mutex);
    if (!m_enabled || m_current >= m_target || nowUs - m_lastRecoveryUs < kRecoveryStepUs)
        return;
    m_lastRecoveryUs = nowUs;
    setCurrent(std::min(m_target, m_current * 1.2 + 1));
    if (m_engagedByThrottle && m_current >= m_target) {
        m_enabled = false;   // back to no pacing
        m_engagedByThrottle = false;
    }
}

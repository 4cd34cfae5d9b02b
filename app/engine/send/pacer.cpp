#include "engine/send/pacer.h"

#include <QMutex>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace {

constexpr double kMinRate = 1.0;
constexpr double kMaxRate = 1000.0;
constexpr double kThrottleStep = 0.10;          // a 130429 slows down by a tenth of the current rate …
constexpr qint64 kThrottleQuietUs = 500000;     // … once per half second, however many 130429 arrive at once
constexpr qint64 kRecoveryHoldUs = 1000000;     // back up a second after the last 130429 …
constexpr qint64 kRecoveryStepUs = 250000;      // … by a fortieth of the configured rate every 250 ms
constexpr double kRecoveryStep = 0.025;
constexpr double kMaxEarlyUs = 2000;
constexpr qint64 kSecondUs = 1000000;

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
    m_earlyUs = std::min(m_intervalUs / 4, kMaxEarlyUs);
}

qint64 Pacer::jitterGuardUs() const
{
    return qint64(m_margin * kSecondUs * 3 / 4);
}

size_t Pacer::cap() const
{
    return size_t(std::max(1.0, std::floor(m_current)));
}

bool Pacer::windowAllows(qint64 nowUs) const
{
    // Sends that may still be inside Meta's sliding second; those taken longer ago than a second, the guard and the
    // largest excess are out whatever their answer said (m_recent is in take order).
    const qint64 horizon = nowUs - kSecondUs - jitterGuardUs();
    const size_t limit = cap();
    size_t inside = 0;
    for (auto it = m_recent.rbegin(); it != m_recent.rend() && it->takenUs + kMaxExcessUs > horizon; ++it) {
        if (arrivalBoundUs(*it) > horizon && ++inside >= limit)
            return false;
    }
    return true;
}

qint64 Pacer::windowOpensUs() const
{
    const size_t limit = cap();
    if (m_recent.size() < limit)
        return std::numeric_limits<qint64>::min();
    // The cap-th latest arrival bound leaves the sliding second a second (and the guard) after it.
    std::vector<qint64> bounds;
    bounds.reserve(m_recent.size());
    for (const Sent &s : m_recent)
        bounds.push_back(arrivalBoundUs(s));
    const auto nth = bounds.begin() + std::ptrdiff_t(limit - 1);
    std::nth_element(bounds.begin(), nth, bounds.end(), std::greater<qint64>());
    return *nth + kSecondUs + jitterGuardUs();
}

int Pacer::take(qint64 nowUs, int max)
{
    std::lock_guard lock(m_mutex);
    if (!m_enabled)
        return std::max(max, 0);
    const double now = double(nowUs);
    if (m_tatUs < 0)
        m_tatUs = now;
    // Credit missed beyond the catch-up is gone: the schedule never runs more than that behind the clock.
    m_tatUs = std::max(m_tatUs, now - double(kCatchUpUs));
    int n = 0;
    while (n < max && now >= m_tatUs - m_earlyUs && windowAllows(nowUs)) {
        m_tatUs += m_intervalUs;
        m_recent.push_back({nowUs, nowUs, false});
        ++n;
    }
    while (m_recent.size() > size_t(kMaxRate))
        m_recent.pop_front();
    return n;
}

void Pacer::giveBack(int n)
{
    std::lock_guard lock(m_mutex);
    if (!m_enabled || n <= 0 || m_tatUs < 0)
        return;
    m_tatUs -= n * m_intervalUs;
    for (int i = 0; i < n && !m_recent.empty(); ++i)
        m_recent.pop_back();
}

qint64 Pacer::nextAllowedUs(qint64 nowUs) const
{
    std::lock_guard lock(m_mutex);
    if (!m_enabled || m_tatUs < 0)
        return nowUs;
    return std::max(qint64(std::ceil(m_tatUs - m_earlyUs)), windowOpensUs());
}

void Pacer::answered(qint64 takenUs, qint64 nowUs)
{
    std::lock_guard lock(m_mutex);
    if (!m_enabled)
        return;
    const qint64 latency = std::max<qint64>(0, nowUs - takenUs);
    // From 0: the first answers (new connections, slow) are judged against the quicker ones that follow.
    m_typicalUs = std::max<qint64>(m_typicalUs, 0) + (latency - std::max<qint64>(m_typicalUs, 0)) / 16;
    // Sends of one take share its time: the latest unanswered of them takes this answer.
    for (auto it = m_recent.rbegin(); it != m_recent.rend() && it->takenUs >= takenUs; ++it) {
        if (it->takenUs == takenUs && !it->answered) {
            it->answered = true;
            it->boundUs = std::max(nowUs, takenUs);
            return;
        }
    }
}

qint64 Pacer::arrivalBoundUs(const Sent &s) const
{
    if (!s.answered)
        return s.takenUs;
    // Answered `latency` after its take: it arrived at most what exceeds the typical answer later than taken.
    return std::clamp(s.boundUs - std::max<qint64>(m_typicalUs, 0), s.takenUs, s.takenUs + kMaxExcessUs);
}

void Pacer::throttled(qint64 nowUs, double measuredRate)
{
    std::lock_guard lock(m_mutex);
    if (m_lastThrottleUs >= 0 && nowUs - m_lastThrottleUs < kThrottleQuietUs)
        return;
    m_lastThrottleUs = nowUs;
    m_lastRecoveryUs = nowUs;
    if (!m_enabled) {
        // Pacing was off (a benchmark, the sandbox): start pacing a tenth under what was measured.
        m_enabled = true;
        m_engagedByThrottle = true;
        m_target = kMaxRate;
        m_tatUs = double(nowUs);
        setCurrent(std::max(measuredRate, 2 * kMinRate) * (1 - kThrottleStep));
        return;
    }
    const double before = m_intervalUs;
    setCurrent(m_current * (1 - kThrottleStep));
    // The sends already scheduled keep their slots; the next one waits for the slower interval, and no credit
    // from before the slow-down is spent after it.
    if (m_tatUs >= 0)
        m_tatUs = std::max(m_tatUs + (m_intervalUs - before), double(nowUs));
}

void Pacer::tick(qint64 nowUs)
{
    std::lock_guard lock(m_mutex);
    if (!m_enabled || m_current >= m_target || nowUs - m_lastThrottleUs < kRecoveryHoldUs
        || nowUs - m_lastRecoveryUs < kRecoveryStepUs)
        return;
    m_lastRecoveryUs = nowUs;
    setCurrent(std::min(m_target, m_current + m_target * kRecoveryStep));
    if (m_engagedByThrottle && m_current >= m_target) {
        m_enabled = false;   // back to no pacing
        m_engagedByThrottle = false;
    }
}

#pragma once

#include <QHash>
#include <QString>
#include <memory>
#include <mutex>

// A token bucket per business phone number (Meta counts throughput per number), written as GCRA: each
// send moves a theoretical arrival time on by 1/rate and a send is allowed once the clock reaches it (less a
// small tolerance that absorbs timer lateness without ever letting more than `rate` sends into a second).
//
// On 130429 (throughput reached) the rate halves, at most once a second; it then recovers by a fifth each
// second without another 130429. Times are monotonic microseconds. Thread-safe: two runs on one number
// share one pacer (forPhoneNumber).
class Pacer
{
public:
    explicit Pacer(double rate, double margin = 0.01, bool enabled = true);

    static std::shared_ptr<Pacer> forPhoneNumber(const QString &phoneNumberId, double rate, double margin);

    bool enabled() const;
    double targetRate() const;   // configured (0 when off)
    double currentRate() const;  // after slow-downs (0 when off)
    void setTargetRate(double rate);

    // Takes up to `max` sends allowed at `nowUs`; returns how many.
    int take(qint64 nowUs, int max);
    // Returns sends taken but not used.
    void giveBack(int n);
    // When the next send is allowed (<= nowUs: now).
    qint64 nextAllowedUs(qint64 nowUs) const;

    // A 130429 came back. `measuredRate` engages a pacer that was off at half of it.
    void throttled(qint64 nowUs, double measuredRate);
    // Gradual recovery; call it regularly.
    void tick(qint64 nowUs);

private:
    void setCurrent(double rate);

    mutable std::mutex m_mutex;
    bool m_enabled;
    bool m_engagedByThrottle = false;
    double m_target;
    double m_current;
    double m_margin;
    double m_intervalUs = 0;
    double m_toleranceUs = 0;
    double m_tatUs = 0;          // theoretical arrival time of the next send
    qint64 m_lastThrottleUs = -1;
    qint64 m_lastRecoveryUs = 0;
};

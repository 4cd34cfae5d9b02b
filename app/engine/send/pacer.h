#pragma once

#include <QHash>
#include <QString>
#include <deque>
#include <memory>
#include <mutex>

// A token bucket per business phone number (Meta counts throughput per number), written as GCRA: each send moves a
// theoretical arrival time (TAT) on by 1/rate, paced `margin` under the configured rate.
//
// Credit is kept across late timer ticks: a pump that wakes late (timers round up to whole milliseconds, a loaded
// machine wakes later still) catches up on the sends it missed, up to kCatchUpUs behind the clock, instead of
// restarting the schedule from "now" and losing them. Catching up never lets a sliding second hold more than
// floor(rate) sends: the times of the last floor(rate) sends are kept, and a send waits until the oldest of them is
// more than a second (plus 3/4 of the margin, for jitter on the way to Meta) old. Paced evenly it never binds, and
// any floor(rate) + 1 sends then span a second plus ~margin: that much delay jitter never crosses Meta's limit.
//
// Larger jitter (a loaded machine: the sender, its HTTP thread or the server waiting for a CPU; a slow commit between
// take() and the request) is seen in the answers: answered() reports when the send taken at `takenUs` was answered.
// Meta counted that send no later than its answer, so a send whose answer came back `e` µs later than the typical
// recent answer (a moving average: a steady queue shifts every send alike and packs none) counts `e` µs later in the
// sliding second (its "arrival bound"; e capped at kMaxExcessUs, and measured against the typical answer when the
// window is checked, so the slow first answers of new connections count too): the send a second after it waits that
// much longer, and only that one. Callers that never
// call answered() keep the take time. Catching up is safe for the same reason: the sliding second bounds any burst.
//
// On 130429 (throughput reached) the rate drops by a tenth (at most once every half second, however many answers
// of one burst arrive), and comes back to the configured rate a second after the last 130429, a fortieth of it
// every 250 ms: a short, proportional slow-down instead of halving. Times are monotonic microseconds, passed in
// (tests move them). Thread-safe: two runs on one number share one pacer (forPhoneNumber).
class Pacer
{
public:
    static constexpr double kDefaultMargin = 0.008;
    static constexpr qint64 kCatchUpUs = 200000;
    static constexpr qint64 kMaxExcessUs = 250000;

    explicit Pacer(double rate, double margin = kDefaultMargin, bool enabled = true);

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

    // The send taken at `takenUs` (take()'s nowUs) was answered at `nowUs` (any answer, 130429 too).
    void answered(qint64 takenUs, qint64 nowUs);

    // A 130429 came back. `measuredRate` engages a pacer that was off at 90 % of it.
    void throttled(qint64 nowUs, double measuredRate);
    // Recovery after a slow-down; call it regularly.
    void tick(qint64 nowUs);

private:
    void setCurrent(double rate);
    struct Sent
    {
        qint64 takenUs;
        qint64 boundUs;   // no later than this it arrived at Meta: its answer's time (takenUs until answered)
        bool answered;
    };
    bool windowAllows(qint64 nowUs) const;   // a send now keeps every sliding second within floor(rate)
    qint64 windowOpensUs() const;            // when windowAllows() becomes true (ignoring the clock's progress)
    size_t cap() const;
    qint64 jitterGuardUs() const;
    qint64 arrivalBoundUs(const Sent &s) const;

    mutable std::mutex m_mutex;
    bool m_enabled;
    bool m_engagedByThrottle = false;
    double m_target;
    double m_current;
    double m_margin;
    double m_intervalUs = 0;
    double m_earlyUs = 0;        // a send may go this much before its TAT (timer jitter)
    double m_tatUs = -1;         // theoretical arrival time of the next send; < 0: none yet
    std::deque<Sent> m_recent;   // the last kMaxRate sends, oldest first
    qint64 m_typicalUs = -1;     // moving average of the answers' latencies (1/16 per answer, from 0); < 0: none yet
    qint64 m_lastThrottleUs = -1;
    qint64 m_lastRecoveryUs = 0;
};

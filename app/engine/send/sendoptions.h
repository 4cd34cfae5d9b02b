#pragma once

#include "engine/send/pacer.h"

#include "models/accounts/account.h"

#include <QList>
#include <QString>
#include <QtGlobal>
#include <functional>

// How a campaign run is sent. The defaults are the production settings; tests shorten the waits.
struct SendOptions
{
    static constexpr int kMaxRate = 1000;   // Meta's highest per-number throughput (Account::kMaxRate)

    int rate = 0;                  // messages per second; 0 = the account's max_rate (80 unless Meta raised it)
    bool pacerEnabled = true;      // false: no client-side pacing (benchmarks against a loopback server)
    double pacerMargin = Pacer::kDefaultMargin;   // pace this share below `rate` (see Pacer)
    // A send is answered in well under a second; one unanswered after this long is uncertain (never resent by
    // the sender). Short, so a hung server costs seconds, not half a minute, of each connection it holds.
    static constexpr int kSendTimeoutMs = 10000;

    int window = 24;               // requests in flight at once, not counting stalled ones (see SendConnections); at
                                   // high rates more: windowFor()
    int requestTimeoutMs = kSendTimeoutMs;  // transfer timeout; no answer by then = the row is uncertain
    int stalledAfterMs = 2000;     // a request unanswered this long no longer counts against the window, so a few
                                   // hung requests never starve the pacer…
    int maxInFlight = 128;         // …but never more than this many requests outstanding at once
    qint64 guardMs = 6000;         // no two messages to one phone within this time, across runs (pair rate)
    int maxAttempts = 5;           // transient errors (network before sending, 5xx, 1, 2, 131000…): then failed
    int maxThrottledAttempts = 20; // requests answered 130429 (the pacer slows down meanwhile): then failed
    int maxPairBackoffs = 6;       // 131056: waits 4^0 … 4^5 × pairBaseMs, then failed
    int retryBaseMs = 1000;        // transient backoff: base × 2^(attempt-1), capped, with jitter
    int retryMaxMs = 60000;
    int pairBaseMs = 1000;         // 131056: 4^n seconds
    int throttleRequeueMs = 1000;  // a row refused with 130429 waits this long before it is due again
    int flushIntervalMs = 2;       // outcomes are committed in batches this often
    int controlPollMs = 200;       // how often requests from other processes (pause, resume, stop) are read
    int progressIntervalMs = 100;  // at most 10 progress signals a second
    bool exitWhenPaused = false;   // the CLI ends when the run pauses (e.g. template paused, 132015)
    std::function<qint64()> clock; // UTC ms for every decision (claims, the daily budget); empty = the system clock
    // A campaign over several numbers (CampaignNumbers): the numbers besides the run's own account, each with its
    // access token (RunService reads them). Each is paced by its own Pacer at its own sendRate().
    struct Number
    {
        Account account;
        QString token;
    };
    QList<Number> moreNumbers;

    qint64 now() const;

    // Requests the sender keeps in flight at `rate` msg/s: `window`, or kWindowMs worth of sends when that is more (a
    // round trip of a few tens of ms would otherwise cap 1,000 msg/s), never more than maxInFlight.
    static constexpr int kWindowMs = 50;
    int windowFor(double rate) const;

    // The send rate these options give for `account`: `rate` clamped to 1…kMaxRate, else Account::sendRate().
    int effectiveRate(const Account &account) const;
};

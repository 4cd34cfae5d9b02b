#pragma once

#include "models/accounts/headroom.h"
#include "models/campaigns/runstatus.h"
#include "models/ledger/ledger.h"

#include <QMetaType>
#include <QString>
#include <optional>

// A snapshot of a run for the UI, sent at most every SendOptions::progressIntervalMs.
struct RunProgress
{
    qint64 runId = 0;
    QString status;              // starting, running, pausing, paused, stopping, then the final status
    QString reason;              // why it paused or stopped, for a person
    std::optional<int> code;     // the provider's error code behind a playbook stop or pause
    RecipientLedger::Counts counts;
    int inFlight = 0;
    double sendRate = 0;         // requests per second over the last second
    double pacerRate = 0;        // the pacer's current rate; 0 = pacer off
    double targetRate = 0;       // the configured rate; pacerRate < targetRate while recovering from 130429
    qint64 requests = 0;         // requests made by this sender
    qint64 throttled = 0;        // 130429 answers received
    qint64 recovered = 0;        // rows a dead sender left claimed, now uncertain
    qint64 elapsedMs = 0;
    Headroom headroom;
};

// How far RunService::start() is in planning a run (RunService::planningProgress): `done` of `total` audience rows.
struct PlanningProgress
{
    qint64 done = 0;
    qint64 total = 0;
};

// How a run ended for this sender.
struct RunOutcome
{
    qint64 runId = 0;
    QString status;              // finished, sent (waiting for status reports), waiting_daily_limit, stopped, paused,
                                 // busy, error
    QString reason;
    std::optional<int> code;
    bool byPlaybook = false;     // stopped or paused because of a provider error
    RecipientLedger::Counts counts;

    // Over the daily messaging limit: the rest of the run waits in the ledger and is continued later.
    bool waiting() const { return RunStatuses::isWaiting(RunStatuses::fromString(status)); }
    bool ok() const { return RunStatuses::isDone(RunStatuses::fromString(status)) || waiting(); }
};

Q_DECLARE_METATYPE(RunProgress)
Q_DECLARE_METATYPE(RunOutcome)

#pragma once

#include <QCoreApplication>
#include <QString>

// The state of one campaign run: what campaign_runs.status stores (planned, running, paused, stopped, sent, finished,
// waiting_daily_limit) and what a sender reports on the way (starting, pausing, stopping, error, busy). The stored
// text is unchanged (fromString/toString); every decision about a run's state asks a predicate here instead of
// comparing strings, and every front end shows label() (the one translatable label map; `--json` keeps the raw text).
enum class RunStatus {
    None,                // the campaign has no run yet (empty text)
    Planned,             // recipients frozen, nothing sent yet
    Starting,            // a sender is starting (reported, not stored)
    Running,
    Pausing,             // reported, not stored
    Paused,
    Stopping,            // reported, not stored
    Stopped,             // final: never continued (a new run may send to the recipients it did not reach)
    WaitingDailyLimit,   // the rest waits in the ledger for the daily messaging limit
    WaitingWindow,       // the rest waits for its send window in the recipients' own time (SendWindow)
    Sent,                // everything sent; delivery reports still pending
    Finished,            // sent, and nothing pending or uncertain any more
    Error,               // the sender failed (reported; the run is left paused)
    Busy,                // another sender holds the campaign (reported; nothing changed)
    Unknown,             // text this version does not know
};

namespace RunStatuses {

RunStatus fromString(const QString &text);
// The stored/reported text: "planned", "waiting_daily_limit", … ("" for None; Unknown has none).
QString toString(RunStatus status);

// Sending is not over: it may still send (everything but None, Stopped, Sent and Finished). A campaign has at most one
// live run (the partial UNIQUE index of migrations.cpp; its SQL is CampaignStore's kUnfinishedRun).
bool isLive(RunStatus status);
// A stopped run is final: nothing continues it.
bool isFinal(RunStatus status);
// Everything was handed to WhatsApp (sent or finished): a start never sends it again.
bool isDone(RunStatus status);
// A sender is at it right now and may be paused.
bool canPause(RunStatus status);
// Paused (or pausing): Resume continues it.
bool canResume(RunStatus status);
// A sender is at it or it is paused: Stop ends it for good.
bool canStop(RunStatus status);
// Not over, no sender at it: the rest waits for the daily limit or a send window; the scheduler continues it.
bool isWaiting(RunStatus status);
// Paused or stopped (or on the way), with a reason to show.
bool isHalted(RunStatus status);

// The one label a person reads ("Sending", "Waiting for the daily limit", …). A sent or finished run with
// `pending` recipients (no report yet, or uncertain) reads "Sent — waiting for delivery reports".
QString label(RunStatus status, qint64 pending = 0);
QString label(const QString &text, qint64 pending = 0);

} // namespace RunStatuses

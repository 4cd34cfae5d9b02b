#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>

// Resolves `uncertain` recipients (process killed between claim and answer, connection dropped after the body
// went out) so that none is parked for ever. One owner for the operator's decision (GUI "Resolve uncertain",
// `herald-cli campaign resolve`) and for the automatic rule the scheduler (agent, open GUI) applies every tick.
// The writes themselves are RecipientLedger::resendUncertain / failUncertain.
//
// Quiet time: a row counts as quiet for N minutes when its send attempt (claimed_at) is at least N minutes old —
// a status report for it would have settled it (WebhookApplier matches uncertain rows by callback data).
//
// The automatic rule (accounts with auto_resolve on): a quiet row is resent only when the account's feed has
// delivered a status (sent, delivered or read) for a message sent AFTER it — proof that reports flow, so this one's
// was lost or the message never left. Otherwise it waits, and waitingReason() says why. Risk: if Meta did
// deliver it and its report is merely later than the later message's, the resend is a duplicate.
class UncertainResolver
{
    Q_DECLARE_TR_FUNCTIONS(UncertainResolver)

public:
    static constexpr qint64 kDefaultQuietMs = 30 * 60 * 1000LL;
    enum class Action { Resend, MarkFailed };

    struct Result
    {
        qint64 resolved = 0;        // resent + marked failed
        qint64 resent = 0;
        qint64 markedFailed = 0;
        qint64 stillUncertain = 0;  // uncertain rows of the run left as they are (not quiet long enough)
    };
    // The operator's decision for run `runId`: every uncertain row quiet for at least `quietMs` at `now`.
    static std::optional<Result> resolve(QSqlDatabase db, qint64 runId, Action action, qint64 quietMs, qint64 now,
                                         QString *error);

    struct AutoResult
    {
        QList<std::pair<qint64, qint64>> resentRuns;   // (campaign id, run id) that got rows back to send
        qint64 resent = 0;
        qint64 waiting = 0;                            // quiet uncertain rows left waiting (no proof yet)
    };
    // The automatic rule over every unfinished run of every account with auto_resolve on (not stopped or paused
    // runs: those wait for the operator).
    static std::optional<AutoResult> autoResolve(QSqlDatabase db, qint64 quietMs, qint64 now, QString *error);

    // Why run `runId`'s uncertain rows are still uncertain, one sentence for the dashboard; empty when it has none.
    static QString waitingReason(QSqlDatabase db, qint64 runId, qint64 quietMs, qint64 now, QString *error);

private:
    struct Candidate
    {
        qint64 id = 0;
        qint64 campaignId = 0;
        qint64 runId = 0;
        qint64 accountId = 0;
        bool autoResolve = true;
        qint64 attemptAt = 0;
    };
    // Uncertain rows of `runId` (0 = of every run not stopped or paused).
    static std::optional<QList<Candidate>> uncertainRows(QSqlDatabase db, qint64 runId, QString *error);
    // The send time of the newest message of the account whose status report arrived (0 = none).
    static std::optional<qint64> lastReportedSend(QSqlDatabase db, qint64 accountId, QString *error);
};

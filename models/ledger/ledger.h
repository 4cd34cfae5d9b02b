#pragma once

#include "models/core/result.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

// The per-recipient ledger of a campaign run (../shared/reference/campaign-stats.md):
//
//   planned ──claim──▶ claimed ──HTTP 200 + wamid──▶ accepted ──▶ sent ──▶ delivered ──▶ read
//      │                  ├─permanent error──▶ failed(code)
//      │                  ├─transient error──▶ planned again (next_attempt_at, bounded tries)
//      │                  └─died / no answer──▶ uncertain
//      └─skipped(reason)
//
// Every transition is committed before the sender makes the next network step. All SQL about
// recipients and runs lives here.
class RecipientLedger
{
    Q_DECLARE_TR_FUNCTIONS(RecipientLedger)

public:
    // The run status of a run whose remaining rows wait for the daily messaging limit (not finished).
    static constexpr QLatin1StringView kRunWaitingDailyLimit{"waiting_daily_limit"};
    static constexpr QLatin1StringView kRunWaitingWindow{"waiting_window"};

    enum class State { Planned, Claimed, Accepted, Sent, Delivered, Read, Failed, Uncertain, Skipped };
    static QString stateName(State s);                     // "planned", "claimed", …
    static std::optional<State> stateFromName(const QString &name);

    // What the sender needs to send one message.
    struct Claimed
    {
        qint64 id = 0;
        QString phone;
        QByteArray components;   // frozen JSON array, sent as template.components
        int attempts = 0;        // including this one
        int backoffCount = 0;
        qint64 accountId = 0;    // recordAndClaimLanes: the number it is sent from
    };
    struct Accepted
    {
        qint64 id = 0;
        QString wamid;
        bool held = false;       // message_status held_for_quality_assessment
        QString waId = {};       // contacts[0].wa_id of the answer: stored on the row and learned by the contact
    };
    struct Failure
    {
        qint64 id = 0;
        int code = 0;
        QString title;
        QString details;
        bool hasCode = true;     // false for failures without a provider code (network, bare HTTP status)
    };
    struct Requeue
    {
        qint64 id = 0;
        qint64 notBefore = 0;    // ms since epoch
        bool countsAsBackoff = false;
        bool refundAttempt = false;  // the provider refused the whole account/template: this try does not count
        QString note;                // why it waits (shown in the drill-down), empty = keep
    };
    // Several outcomes recorded in one transaction (the sender batches them every few milliseconds).
    struct Outcomes
    {
        QList<Accepted> accepted;
        QList<Failure> failed;
        QList<Requeue> requeued;
        QList<qint64> uncertain;
        bool isEmpty() const { return accepted.isEmpty() && failed.isEmpty() && requeued.isEmpty() && uncertain.isEmpty(); }
        qsizetype size() const { return accepted.size() + failed.size() + requeued.size() + uncertain.size(); }
        void clear() { *this = Outcomes(); }
    };
    // What the sender needs to know about a run.
    struct RunInfo
    {
        qint64 id = 0;
        qint64 campaignId = 0;
        qint64 accountId = 0;
        QString templateName;
        QString language;
        QString status;
        QString requested;
        QString stopReason;
        std::optional<int> stopCode;
    };
    struct Counts
    {
        QHash<State, qint64> byState;
        // Of the rows of each state: those with a reply (replied_at set), and the Unqualified ones (error 131026).
        // The statistics read both (CampaignStats::fromLedger); a sender's in-memory updates leave them as read.
        QHash<State, qint64> replied;
        QHash<State, qint64> unqualified;
        qint64 total = 0;
        qint64 value(State s) const { return byState.value(s); }
        // The statistic Pending (CampaignStats): in flight or waiting for the provider, without a reply yet.
        qint64 pending() const;
    };

    explicit RecipientLedger(QSqlDatabase db);

    // Claims up to `limit` planned rows of the run that are due (next_attempt_at <= now), skipping
    // phones messaged (by any run) within `guardMs`; committed before it returns. Rows held back by the
    // guard stay planned with next_attempt_at moved past the guard.
    QList<Claimed> claim(qint64 runId, int limit, qint64 now, qint64 guardMs, QString *error);
    // Records `outcomes`, then claims like claim(), all in one transaction (committed before it returns).
    // Returns std::nullopt (and rolls everything back) on a database error.
    std::optional<QList<Claimed>> recordAndClaim(const Outcomes &outcomes, qint64 runId, int limit, qint64 now,
                                                 qint64 guardMs, QString *error);
    bool record(const Outcomes &outcomes, qint64 now, QString *error);

    // A run over several numbers (CampaignNumbers): how many rows one number may claim now (its pacer's tokens).
    struct LaneClaim
    {
        qint64 accountId = 0;
        int limit = 0;
    };
    // The daily messaging budget the claims draw on (Headroom): the budget group's account ids and its limit.
    struct Budget
    {
        QList<qint64> accountIds;
        qint64 limit = -1;       // -1: none
    };
    // Records `outcomes`, then claims each lane's rows (recipients.account_id = the lane's number), never more in
    // total than `budget` still allows: the unique phones claimed in the last 24 h over the budget group are counted
    // in the same write transaction, so two senders of one portfolio (two runs, two numbers) never spend it twice.
    // *budgetLeft: what is left after these claims (each claim counted as a new phone), -1 without a limit.
    std::optional<QList<Claimed>> recordAndClaimLanes(const Outcomes &outcomes, qint64 runId,
                                                      const QList<LaneClaim> &lanes, const Budget &budget, qint64 now,
                                                      qint64 guardMs, QString *error, qint64 *budgetLeft = nullptr);
    // The earliest next_attempt_at among one number's planned rows of the run, or -1 when it has none.
    Result<qint64> nextDueFor(qint64 runId, qint64 accountId) const;

    // Record outcomes; each call is one transaction.
    bool markAccepted(const QList<Accepted> &rows, qint64 now, QString *error);
    bool markFailed(const QList<Failure> &rows, qint64 now, QString *error);
    bool requeue(const QList<Requeue> &rows, QString *error);
    bool markUncertain(const QList<qint64> &ids, qint64 now, QString *error);
    bool skip(const QList<qint64> &ids, const QString &reason, qint64 now, QString *error);
    // Skips every planned row of the run that was never attempted (attempts = 0). Returns how many.
    Result<qint64> skipRemaining(qint64 runId, const QString &reason, qint64 now);

    // After a crash: rows left claimed by a sender that is gone become uncertain. Returns how many.
    Result<qint64> recoverClaimed(qint64 runId, qint64 now);

    // The operator's decision on uncertain rows: send again, or give up.
    bool resendUncertain(const QList<qint64> &ids, QString *error, const QString &note = {});
    bool failUncertain(const QList<qint64> &ids, qint64 now, QString *error);

    std::optional<Counts> counts(qint64 runId, QString *error) const;
    // Planned rows that are due now or later (0 = nothing left to claim).
    Result<qint64> plannedRemaining(qint64 runId) const;
    // The earliest next_attempt_at among planned rows, or 0 when there is none.
    Result<qint64> nextDue(qint64 runId) const;

    // Over the daily messaging limit: every planned row of the run waits (stays planned, not attempted) until
    // `until`, with `note` saying why. Returns how many.
    Result<qint64> holdRemaining(qint64 runId, qint64 until, const QString &note, qint64 now);
    // The held rows of a run become due at `now` (the budget has room again). Returns how many.
    Result<qint64> releaseHeld(qint64 runId, qint64 now);
    // Runs (campaign id, run id) whose status is `status`, oldest first.
    QList<std::pair<qint64, qint64>> runsWithStatus(const QString &status, QString *error) const;

    // Run control and status.
    std::optional<RunInfo> runInfo(qint64 runId, QString *error) const;
    bool setRunStatus(qint64 runId, const QString &status, const QString &reason, std::optional<int> code,
                      QString *error);
    QString runStatus(qint64 runId, QString *error) const;
    // A pause/stop request written by any process (GUI, CLI); the sender polls it.
    bool requestControl(qint64 runId, const QString &request, QString *error);
    QString takeControlRequest(qint64 runId, QString *error);

    // The callback data the sender puts in biz_opaque_callback_data for a recipient row: "herald:r<ID>".
    static QString callbackData(qint64 recipientId);
    // The row id in callback data written by callbackData(), or 0 when it is not ours.
    static qint64 recipientFromCallbackData(const QString &data);

private:
    QSqlQuery &prepared(const char *sql) const;
    Result<qint64> changeRows(QSqlQuery &q);
    // The hot path's statements (claim, outcomes), on the connection's SQLite handle; nullptr + *error on failure.
    SqlStatement *statement(const char *sql, QString *error);
    bool applyOutcomes(const Outcomes &outcomes, qint64 now, QString *error);
    bool learnWaIds(const QList<Accepted> &rows, QString *error);
    std::optional<QList<Claimed>> claimRows(qint64 runId, int limit, qint64 now, qint64 guardMs, QString *error,
                                            qint64 accountId = 0);
    Result<qint64> budgetUsed(const Budget &budget, qint64 now) const;

    QSqlDatabase m_db;
    mutable QHash<const char *, QSqlQuery> m_queries;   // prepared once per ledger (and connection)
    StatementCache m_statements;                         // likewise, for statement()
};

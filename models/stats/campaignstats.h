#pragma once

#include "models/core/result.h"
#include "models/ledger/ledger.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class QSqlQuery;

// The seven statistics of a campaign run, the failure reasons behind Failed and the recipients behind each
// statistic, exactly as ../shared/reference/campaign-stats.md defines them. Every count is a count of recipient
// rows of one run. All SQL about statistics lives here.
class CampaignStats
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStats)

public:
    enum class Stat { Attempted, Sent, Delivered, Read, Replied, Failed, Unqualified, Pending };
    static QString statName(Stat s);   // "attempted", "sent", …
    static std::optional<Stat> statFromName(const QString &name);
    static QStringList statNames();
    // The rows `s` counts, as an SQL condition on the recipients table. It names only recipients columns
    // (state, replied_at, error_code), unqualified, so it also works on `recipients r` joined with contacts.
    static QString condition(Stat s);

    struct Reason
    {
        int code = 0;     // FailureCatalogue::kNetworkError for failures without a provider code
        QString title;    // the catalogue's (Meta's) title; for an unknown code the provider's title as stored
        QString group;    // FailureCatalogue::groupKey
        qint64 count = 0;
    };
    struct Counts
    {
        qint64 attempted = 0;
        qint64 sent = 0;
        qint64 delivered = 0;
        qint64 read = 0;
        qint64 replied = 0;
        qint64 failed = 0;
        qint64 unqualified = 0;
        qint64 pending = 0;           // accepted + claimed + uncertain, without a reply
        qint64 awaitingStatus = 0;    // of Pending: accepted by the provider, no status report yet
        // Of Replied: recipients whose attributed reply opted them out of marketing (a STOP keyword or the
        // "Stop promotions" quick reply, inbound_messages.opt_out). Not one of the seven statistics (no list, no
        // audience term); `campaign stats --json` reports it as "opted_out". Filled by compute() only.
        qint64 optedOut = 0;
        QList<Reason> failureReasons; // largest first, then by code
        qint64 value(Stat s) const;
        // Accepted by the provider (HTTP 200 + wamid): Sent plus the accepted rows still awaiting a status.
        qint64 acceptedByProvider() const { return sent + awaitingStatus; }
    };

    // What the statistics read of one recipient row: its ledger state, whether it replied, its error code.
    struct RowFacts
    {
        RecipientLedger::State state = RecipientLedger::State::Planned;
        bool replied = false;
        std::optional<int> errorCode;
    };
    // Whether `s` counts the row: the C++ twin of condition(s), for counting in memory (tst_campaignstatsdefinition
    // checks both agree on every combination of state, reply and error code).
    static bool includes(Stat s, const RowFacts &row);
    // Adds `n` rows with these facts to every statistic (and awaitingStatus) that counts them.
    static void tally(Counts &counts, const RowFacts &row, qint64 n);
    // The seven statistics and Pending from a ledger's counts (no failure reasons): the one C++ function from
    // ledger states to statistics, used by the sender's progress, the Campaigns table and the CLI.
    static Counts fromLedger(const RecipientLedger::Counts &ledger);
    // One recipient as a drill-down list shows it. Times are ms since epoch, 0 = not set.
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString phone;
        QString state;
        QString wamid;
        qint64 claimedAt = 0;
        qint64 sentAt = 0;
        qint64 deliveredAt = 0;
        qint64 readAt = 0;
        qint64 failedAt = 0;
        qint64 repliedAt = 0;
        std::optional<int> errorCode;
        QString errorTitle;
        QString errorDetails;
        QString skipReason;    // skipped rows: why the row was never attempted
        qint64 skippedAt = 0;
        QString replyText;     // the latest reply's text (replied rows)
    };

    // The columns of a Row, to select from `recipients r LEFT JOIN contacts c ON c.id = r.contact_id`;
    // readRow reads them back from the current row of a query that selected them first.
    static QString rowColumns();
    static constexpr int kRowColumnCount = 17;
    // The latest reply's text of `recipients r` (NULL when it has not replied), as an SQL expression.
    static QString replyTextSql();
    // The skipped rows (never attempted, so in no statistic), as an SQL condition on the recipients table.
    static QString skippedCondition();
    static Row readRow(const QSqlQuery &q);

    // The counts and failure reasons of run `runId` (two aggregate queries). std::nullopt + *error on failure.
    static std::optional<Counts> compute(QSqlDatabase db, qint64 runId, QString *error);
    // The recipients counted by `stat`, in row order; with `reasonCode`, only failures with that code
    // (FailureCatalogue::kNetworkError: failures without a code). std::nullopt + *error on failure.
    static std::optional<QList<Row>> recipients(QSqlDatabase db, qint64 runId, Stat stat,
                                                std::optional<int> reasonCode, QString *error);
    // The skipped recipients of the run (skipReason says why), in row order.
    static std::optional<QList<Row>> skippedRecipients(QSqlDatabase db, qint64 runId, QString *error);
    // The campaign a run belongs to, 0 when there is no such run.
    static Result<qint64> campaignOfRun(QSqlDatabase db, qint64 runId);

    // Per bucket since the run's start: how many recipients' sent / delivered / read / replied timestamps fall in
    // it, and (runs with a send window) how many planned recipients' next wave is due in it
    // (models/campaigns/campaigntimeline.cpp). The bucket fits the run: bucketMsFor().
    struct TimelineBucket
    {
        qint64 hourStart = 0;   // ms since epoch, start of the bucket (run start + n buckets)
        qint64 sent = 0;
        qint64 delivered = 0;
        qint64 read = 0;
        qint64 replied = 0;
        qint64 planned = 0;     // future waves: planned recipients of a windowed run due in this bucket
    };
    struct Timeline
    {
        qint64 start = 0;   // ms since epoch: the run's start (0 when it has not started)
        qint64 bucketMs = 3'600'000;   // the width of one bucket
        QList<TimelineBucket> hours;   // consecutive buckets from start, through the last one with an event
    };
    static std::optional<Timeline> timeline(QSqlDatabase db, qint64 runId, QString *error);
    // The one rule for the timeline's bucket: the smallest of 1, 2, 5, 10, 15, 30 minutes, 1, 2, 3, 6, 12 hours or
    // a day that shows `spanMs` in at most 60 points (a few-minute run in minutes, a run of days in hours).
    static qint64 bucketMsFor(qint64 spanMs);

    // The runs of a campaign for the dashboard's run chooser, newest first (models/campaigns/campaigntimeline.cpp).
    struct RunSummary
    {
        qint64 id = 0;
        qint64 campaignId = 0;
        QString status;        // planned, running, paused, stopped, sent, finished, waiting_daily_limit
        QString kind;          // normal, retry, triggered
        qint64 parentRunId = 0;
        qint64 plannedAt = 0;
        qint64 startedAt = 0;
        qint64 finishedAt = 0;
        qint64 occurrenceAt = 0;
        qint64 recipients = 0; // rows in the run (planned at the start)
        QString reason;        // why it paused, stopped or waits (waiting_daily_limit: until when)
    };
    static std::optional<QList<RunSummary>> runs(QSqlDatabase db, qint64 campaignId, QString *error);
    static std::optional<RunSummary> runSummary(QSqlDatabase db, qint64 runId, QString *error);

private:
    static std::optional<QList<Row>> rowsWhere(QSqlDatabase db, qint64 runId, const QString &where,
                                               std::optional<int> reasonCode, QString *error);
};

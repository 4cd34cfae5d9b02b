// CampaignStats::timeline: the timeline of a run for the dashboard (sent / delivered / read / replied by the bucket
// their timestamp falls in, counted from the run's start, and a windowed run's future waves), in buckets that fit it.
#include "models/stats/campaignstats.h"
#include "models/storage/sqldialect.h"

#include "models/storage/workspace.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>
#include <sqlite3.h>

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kMaxMinutes = 24 * 60 * 35; // status reports stop after 30 days (message TTL); replies after 72 h
constexpr qint64 kMaxPoints = 60;
constexpr int kKinds = 5; // sent, delivered, read, replied, planned

using Minute = std::array<qint64, kKinds>;

void add(QList<Minute> &minutes, qint64 start, int kind, qint64 at)
{
    const qint64 m = qBound(qint64(0), (at - start) / kMinute, kMaxMinutes - 1);
    while (minutes.size() <= m)
        minutes.append(Minute{});
    ++minutes[m][kind];
}

} // namespace

qint64 CampaignStats::bucketMsFor(qint64 spanMs)
{
    static constexpr qint64 kSizes[] = {kMinute,     2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute,
                                        30 * kMinute, kHour,      2 * kHour,   3 * kHour,    6 * kHour,
                                        12 * kHour,   24 * kHour};
    for (qint64 size : kSizes) {
        if (spanMs / size + 1 <= kMaxPoints)
            return size;
    }
    return kSizes[std::size(kSizes) - 1];
}

std::optional<CampaignStats::Timeline> CampaignStats::timeline(QSqlDatabase db, qint64 runId, QString *error)
{
    const auto fail = [error](const QSqlQuery &q) {
        if (error)
            *error = tr("Could not read the campaign timeline: %1").arg(q.lastError().text());
        return std::nullopt;
    };
    // The run's start: when it started sending, else (runs written by older versions or tests) the first claim.
    QSqlQuery s(db);
    s.prepare(QStringLiteral("SELECT coalesce(started_at, (SELECT min(coalesce(claimed_at, sent_at)) FROM recipients "
                             "WHERE run_id = :run)) FROM campaign_runs WHERE id = :run"));
    s.bindValue(QStringLiteral(":run"), runId);
    if (!s.exec())
        return fail(s);
    Timeline result;
    if (!s.next() || s.value(0).isNull())
        return result;
    result.start = s.value(0).toLongLong();

    // A timestamp a little before the start (webhook times have second precision) falls in the first bucket.
    // One pass over the run's rows straight from the driver's handle (a million rows in a few hundred ms, on the
    // dashboard's worker thread) into minutes, then into the buckets that fit the run.
    sqlite3 *handle = Workspace::sqliteHandle(db);
    if (!handle) {
        if (error)
            *error = tr("Could not read the campaign timeline: the workspace is not open.");
        return std::nullopt;
    }
    static const char sql[] = "SELECT sent_at, delivered_at, read_at, replied_at, "
                              "CASE WHEN state = 'planned' AND zone IS NOT NULL THEN "
                              "CASE WHEN not_before > next_attempt_at THEN not_before ELSE next_attempt_at END END "
                              "FROM recipients WHERE run_id = ?";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql, int(sizeof(sql)), &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = tr("Could not read the campaign timeline: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return std::nullopt;
    }
    sqlite3_bind_int64(stmt, 1, runId);
    QList<Minute> minutes;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int k = 0; k < kKinds; ++k)
            if (sqlite3_column_type(stmt, k) != SQLITE_NULL)
                add(minutes, result.start, k, sqlite3_column_int64(stmt, k));
    }
    if (rc != SQLITE_DONE && error)
        *error = tr("Could not read the campaign timeline: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return std::nullopt;
    if (minutes.isEmpty())
        return result;
    result.bucketMs = bucketMsFor((minutes.size() - 1) * kMinute);
    const qint64 perBucket = result.bucketMs / kMinute;
    for (qsizetype m = 0; m < minutes.size(); ++m) {
        const qsizetype b = m / perBucket;
        while (result.hours.size() <= b) {
            TimelineBucket bucket;
            bucket.hourStart = result.start + result.hours.size() * result.bucketMs;
            result.hours.append(bucket);
        }
        TimelineBucket &bucket = result.hours[b];
        bucket.sent += minutes[m][0];
        bucket.delivered += minutes[m][1];
        bucket.read += minutes[m][2];
        bucket.replied += minutes[m][3];
        bucket.planned += minutes[m][4];
    }
    return result;
}

namespace {

// The run columns the dashboard shows; the recipient count from run_stat_counts, or on a workspace made before
// that table existed, from the recipient rows.
QString runColumns(bool summarized)
{
    return QStringLiteral(
               "SELECT k.id, k.campaign_id, k.status, k.run_kind, coalesce(k.parent_run_id, 0), k.planned_at, "
               "coalesce(k.started_at, 0), coalesce(k.finished_at, 0), coalesce(k.occurrence_at, 0), ")
        + (summarized ? QStringLiteral("(SELECT coalesce(sum(s.n), 0) FROM run_stat_counts s WHERE s.run_id = k.id)")
                      : QStringLiteral("(SELECT count(*) FROM recipients r WHERE r.run_id = k.id)"))
        + QStringLiteral(", k.stop_reason FROM campaign_runs k ");
}

bool prepareRuns(QSqlQuery &q, const QString &where)
{
    return q.prepare(runColumns(true) + where) || q.prepare(runColumns(false) + where);
}

CampaignStats::RunSummary runFrom(const QSqlQuery &q)
{
    CampaignStats::RunSummary r;
    r.id = q.value(0).toLongLong();
    r.campaignId = q.value(1).toLongLong();
    r.status = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.parentRunId = q.value(4).toLongLong();
    r.plannedAt = q.value(5).toLongLong();
    r.startedAt = q.value(6).toLongLong();
    r.finishedAt = q.value(7).toLongLong();
    r.occurrenceAt = q.value(8).toLongLong();
    r.recipients = q.value(9).toLongLong();
    r.reason = q.value(10).toString();
    return r;
}

} // namespace

std::optional<QList<CampaignStats::RunSummary>> CampaignStats::runs(QSqlDatabase db, qint64 campaignId, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    prepareRuns(q, QStringLiteral("WHERE k.campaign_id = ? ORDER BY k.id DESC"));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the runs: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<RunSummary> result;
    while (q.next())
        result << runFrom(q);
    return result;
}

std::optional<CampaignStats::RunSummary> CampaignStats::runSummary(QSqlDatabase db, qint64 runId, QString *error)
{
    QSqlQuery q(db);
    prepareRuns(q, QStringLiteral("WHERE k.id = ?"));
    q.addBindValue(runId);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the run: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = tr("There is no run %1.").arg(runId);
        return std::nullopt;
    }
    return runFrom(q);
}

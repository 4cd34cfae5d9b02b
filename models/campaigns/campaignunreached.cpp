// CampaignStore::unreached and planUnreachedRun: after a stop, a new linked run for the recipients the stopped run
// never reached. A stopped run itself is final (issue 10 §4): it is never continued.
#include "models/campaigns/campaign.h"
#include "models/storage/sqldialect.h"
#include "models/campaigns/runstatus.h"
#include "models/campaigns/sendwindowplan.h"
#include "models/core/clock.h"
#include "models/storage/sqltransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The stopped run's rows that were never sent (still planned: never claimed, or put back after a transient error),
// with whether the contact may still be messaged (the same consent rule as Audience; a deleted contact may not).
const char kUnreachedRows[] = "SELECT r.contact_id, r.phone, r.components, "
                              "coalesce((SELECT c.opt_out_at IS NULL AND c.opt_in_at IS NOT NULL FROM contacts c "
                              "WHERE c.id = r.contact_id), 0) "
                              "FROM recipients r WHERE r.run_id = ? AND r.state = 'planned' ORDER BY r.id";

} // namespace

std::optional<CampaignStore::Unreached> CampaignStore::unreached(qint64 stoppedRunId, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QString::fromLatin1(kUnreachedRows));
    q.addBindValue(stoppedRunId);
    if (!q.exec()) {
        *error = tr("Cannot read the recipients of run %1: %2").arg(stoppedRunId).arg(q.lastError().text());
        return std::nullopt;
    }
    Unreached u;
    while (q.next())
        ++(q.value(3).toBool() ? u.sendable : u.optedOut);
    return u;
}

std::optional<CampaignStore::PlanResult> CampaignStore::planUnreachedRun(qint64 stoppedRunId, QString *error)
{
    SqlTransaction transaction(m_db);
    if (!transaction.begin().report(error))
        return std::nullopt;
    QSqlQuery run(m_db);
    run.prepare(QStringLiteral("SELECT campaign_id, status, template_json FROM campaign_runs WHERE id = ?"));
    run.addBindValue(stoppedRunId);
    if (!run.exec()) {
        *error = run.lastError().text();
        return std::nullopt;
    }
    if (!run.next()) {
        *error = tr("There is no run %1.").arg(stoppedRunId);
        return std::nullopt;
    }
    const qint64 campaignId = run.value(0).toLongLong();
    const QString status = run.value(1).toString();
    const QString templateJson = run.value(2).toString();
    run.finish();
    if (!RunStatuses::isFinal(RunStatuses::fromString(status))) {
        *error = tr("Run %1 is %2, not stopped: only a stopped run leaves recipients for a new run.")
                     .arg(stoppedRunId)
                     .arg(status);
        return std::nullopt;
    }
    if (refuseWhenUnfinished(campaignId, error))
        return std::nullopt;

    const qint64 now = Clock::nowMs();
    QSqlQuery insertRun(m_db);
    insertRun.prepare(QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, template_json, planned_at, "
                                     "updated_at, parent_run_id, run_kind) VALUES (?, 'planned', ?, ?, ?, ?, 'unreached') RETURNING id"));
    for (const QVariant &v : {QVariant(campaignId), QVariant(templateJson), QVariant(now), QVariant(now),
                              QVariant(stoppedRunId)})
        insertRun.addBindValue(v);
    if (!insertRun.exec()) {
        *error = insertRun.lastError().text();
        return std::nullopt;
    }
    PlanResult result;
    result.runId = SqlDialect::insertedId(insertRun);

    QSqlQuery rows(m_db);
    rows.setForwardOnly(SqlDialect::forwardOnly(rows));
    rows.prepare(QString::fromLatin1(kUnreachedRows));
    rows.addBindValue(stoppedRunId);
    if (!rows.exec()) {
        *error = rows.lastError().text();
        return std::nullopt;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO recipients (run_id, contact_id, phone, state, components, updated_at) "
                                  "VALUES (?, ?, ?, 'planned', ?, ?)"));
    while (rows.next()) {
        if (!rows.value(3).toBool()) {
            ++result.optedOut;
            continue;
        }
        for (const QVariant &v : {QVariant(result.runId), rows.value(0), rows.value(1), rows.value(2), QVariant(now)})
            insert.addBindValue(v);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return std::nullopt;
        }
        ++result.planned;
    }
    if (result.planned == 0) {
        *error = result.optedOut > 0
            ? tr("Nobody is left to send to: the %n recipient(s) run %1 did not reach have opted out or were deleted.",
                 nullptr, int(result.optedOut))
                  .arg(stoppedRunId)
            : tr("Nobody is left to send to: run %1 reached every recipient before it was stopped.").arg(stoppedRunId);
        return std::nullopt;   // rolled back: no empty run
    }
    if (!SendWindowPlan::apply(m_db, result.runId, now, error) || !transaction.commit().report(error))
        return std::nullopt;
    return result;
}

// CampaignStore::planRetryRun: a linked run that sends again only to the failures a retry can help
// (../shared/reference/whatsapp-api.md §3 and its retry rules, FailureCatalogue's retry flags).
#include "models/campaigns/campaign.h"
#include "models/storage/sqldialect.h"
#include "models/campaigns/runstatus.h"
#include "models/campaigns/sendwindowplan.h"
#include "models/contacts/phonenormalizer.h"
#include "models/core/clock.h"
#include "models/ledger/failurecatalogue.h"
#include "models/storage/sqltransaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct Candidate
{
    qint64 contactId = 0;
    QString phone;
    QString components;
};

} // namespace

qint64 CampaignStore::retryCooldownMs(int code)
{
    return FailureCatalogue::policy(code).cooldownMs;   // the code's one record (131049, 131048: 24 h; 132015: 3 h)
}

std::optional<CampaignStore::PlanResult> CampaignStore::planRetryRun(qint64 runId, QString *error)
{
    const auto sqlError = [error](const QSqlQuery &q) {
        *error = tr("Could not plan the retry: %1").arg(q.lastError().text());
        return std::nullopt;
    };
    QSqlQuery run(m_db);
    run.prepare(QStringLiteral("SELECT campaign_id, status, template_json FROM campaign_runs WHERE id = ?"));
    run.addBindValue(runId);
    if (!run.exec())
        return sqlError(run);
    if (!run.next()) {
        *error = tr("There is no run %1.").arg(runId);
        return std::nullopt;
    }
    const qint64 campaignId = run.value(0).toLongLong();
    const QString status = run.value(1).toString();
    const QString templateJson = run.value(2).toString();
    if (RunStatuses::isLive(RunStatuses::fromString(status))) {
        *error = tr("The run is still sending (%1). Retry its failures once it has sent or was stopped.").arg(status);
        return std::nullopt;
    }
    QSqlQuery open(m_db);
    open.prepare(QStringLiteral("SELECT id FROM campaign_runs WHERE parent_run_id = ? AND run_kind = 'retry' "
                                "AND status IN ('planned', 'running', 'paused') ORDER BY id LIMIT 1"));
    open.addBindValue(runId);
    if (!open.exec())
        return sqlError(open);
    if (open.next()) {
        *error = tr("A retry of this run is already waiting to be sent (run %1).").arg(open.value(0).toLongLong());
        return std::nullopt;
    }

    const qint64 now = Clock::nowMs();
    PlanResult result;
    QList<Candidate> chosen;
    QSqlQuery failed(m_db);
    failed.setForwardOnly(SqlDialect::forwardOnly(failed));
    failed.prepare(QStringLiteral(
        "SELECT r.contact_id, r.phone, r.components, r.error_code, r.error_title, r.failed_at, "
        "(SELECT c.opt_out_at IS NOT NULL FROM contacts c WHERE c.id = r.contact_id), "
        "EXISTS (SELECT 1 FROM recipients o JOIN campaign_runs k ON k.id = o.run_id WHERE k.parent_run_id = :run "
        "AND k.run_kind = 'retry' AND o.phone = r.phone) "
        "FROM recipients r WHERE r.run_id = :run AND r.state = 'failed' ORDER BY r.id"));
    failed.bindValue(QStringLiteral(":run"), runId);
    if (!failed.exec())
        return sqlError(failed);
    while (failed.next()) {
        const int code = failed.value(3).isNull() ? FailureCatalogue::kNetworkError : failed.value(3).toInt();
        const FailureCatalogue::Policy policy = FailureCatalogue::policy(code);
        const QString phone = failed.value(1).toString();
        if (!policy.retryHelpsFor(PhoneNormalizer::regionOf(phone))) {
            ++result.notRetryable; // e.g. 131049: no marketing messages to US numbers at all (whatsapp-api.md)
            continue;
        }
        // Deleted contacts (contact_id NULL, or the row gone) count as opted out: never message them again.
        if (failed.value(0).isNull() || failed.value(6).isNull() || failed.value(6).toBool()) {
            ++result.optedOut;
            continue;
        }
        if (failed.value(7).toBool()) {
            ++result.alreadyRetried;
            continue;
        }
        const qint64 after = failed.value(5).toLongLong() + policy.cooldownMs;
        if (after > now) {
            ++result.coolingDown;
            result.retryableAfter = result.retryableAfter ? qMin(result.retryableAfter, after) : after;
            continue;
        }
        chosen.append({ failed.value(0).toLongLong(), phone, failed.value(2).toString() });
    }
    failed.finish();

    if (chosen.isEmpty()) {
        QStringList why;
        if (result.notRetryable)
            why << tr("%n failure(s) would fail again", nullptr, int(result.notRetryable));
        if (result.coolingDown)
            why << tr("%n must wait until %1", nullptr, int(result.coolingDown))
                       .arg(QLocale().toString(
                           QDateTime::fromMSecsSinceEpoch(result.retryableAfter).toLocalTime(), QLocale::ShortFormat));
        if (result.optedOut)
            why << tr("%n opted out or were deleted", nullptr, int(result.optedOut));
        if (result.alreadyRetried)
            why << tr("%n were retried already", nullptr, int(result.alreadyRetried));
        *error = why.isEmpty() ? tr("Nothing to retry: the run has no failures.")
                               : tr("Nothing to retry now: %1.").arg(why.join(QStringLiteral("; ")));
        return std::nullopt;
    }

    SqlTransaction transaction(m_db);
    if (!transaction.begin().report(error))
        return std::nullopt;
    const bool ok = [&] {
        // A campaign has at most one unfinished run (another retry, a new run after a stop …), decided under the lock.
        if (refuseWhenUnfinished(campaignId, error))
            return false;
        QSqlQuery insertRun(m_db);
        insertRun.prepare(QStringLiteral(
            "INSERT INTO campaign_runs (campaign_id, status, template_json, planned_at, updated_at, parent_run_id, "
            "run_kind) VALUES (?, 'planned', ?, ?, ?, ?, 'retry') RETURNING id"));
        for (const QVariant &v :
            { QVariant(campaignId), QVariant(templateJson), QVariant(now), QVariant(now), QVariant(runId) })
            insertRun.addBindValue(v);
        if (!insertRun.exec()) {
            *error = insertRun.lastError().text();
            return false;
        }
        result.runId = SqlDialect::insertedId(insertRun);
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO recipients (run_id, contact_id, phone, state, components, "
                                      "updated_at) VALUES (?, ?, ?, 'planned', ?, ?)"));
        for (const Candidate &c : std::as_const(chosen)) {
            insert.addBindValue(result.runId);
            insert.addBindValue(c.contactId);
            insert.addBindValue(c.phone);
            insert.addBindValue(c.components);
            insert.addBindValue(now);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
            ++result.planned;
        }
        return SendWindowPlan::apply(m_db, result.runId, now, error);
    }();
    if (!ok || !transaction.commit().report(error))
        return std::nullopt;
    return result;
}

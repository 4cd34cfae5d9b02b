#include "models/ledger/uncertainresolver.h"
#include "models/storage/sqldialect.h"

#include "models/ledger/ledger.h"

#include <QDateTime>
#include <algorithm>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

std::optional<QList<UncertainResolver::Candidate>> UncertainResolver::uncertainRows(QSqlDatabase db, qint64 runId,
                                                                                   QString *error)
{
    // run_stat_counts names the runs with uncertain rows without scanning the recipients.
    const QString runs = runId > 0 ? QStringLiteral("cr.id = :run")
                                   : QStringLiteral("cr.id IN (SELECT run_id FROM run_stat_counts WHERE state = "
                                                    "'uncertain' AND n > 0) AND cr.status NOT IN ('stopped', 'paused')");
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    // The number a row went out from (a campaign over several numbers: its own; else the campaign's) decides.
    q.prepare(QStringLiteral("SELECT r.id, cr.campaign_id, cr.id, a.id, a.auto_resolve, "
                             "coalesce(r.claimed_at, r.uncertain_at, 0) FROM campaign_runs cr "
                             "JOIN campaigns c ON c.id = cr.campaign_id "
                             "JOIN recipients r ON r.run_id = cr.id AND r.state = 'uncertain' "
                             "JOIN accounts a ON a.id = coalesce(r.account_id, c.account_id) WHERE ")
              + runs + QStringLiteral(" ORDER BY r.id"));
    if (runId > 0)
        q.bindValue(QStringLiteral(":run"), runId);
    if (!exec(q, error))
        return std::nullopt;
    QList<Candidate> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toLongLong(), q.value(4).toBool(), q.value(5).toLongLong()});
    return rows;
}

std::optional<qint64> UncertainResolver::lastReportedSend(QSqlDatabase db, qint64 accountId, QString *error)
{
    // Only a status report moves a row to sent, delivered or read; each number's reports prove its own feed flows.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT max(r.claimed_at) FROM recipients r JOIN campaign_runs cr ON cr.id = r.run_id "
                             "JOIN campaigns c ON c.id = cr.campaign_id "
                             "WHERE coalesce(r.account_id, c.account_id) = ? AND r.state IN ('sent', 'delivered', 'read')"));
    q.addBindValue(accountId);
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    return q.value(0).isNull() ? 0 : q.value(0).toLongLong();
}

std::optional<UncertainResolver::Result> UncertainResolver::resolve(QSqlDatabase db, qint64 runId, Action action,
                                                                    qint64 quietMs, qint64 now, QString *error)
{
    const auto rows = uncertainRows(db, runId, error);
    if (!rows)
        return std::nullopt;
    QList<qint64> quiet;
    Result r;
    for (const Candidate &c : *rows) {
        if (c.attemptAt <= now - quietMs)
            quiet << c.id;
        else
            ++r.stillUncertain;
    }
    if (quiet.isEmpty())
        return r;
    RecipientLedger ledger(db);
    const bool ok = action == Action::Resend ? ledger.resendUncertain(quiet, error)
                                             : ledger.failUncertain(quiet, now, error);
    if (!ok)
        return std::nullopt;
    (action == Action::Resend ? r.resent : r.markedFailed) = quiet.size();
    r.resolved = quiet.size();
    return r;
}

std::optional<UncertainResolver::AutoResult> UncertainResolver::autoResolve(QSqlDatabase db, qint64 quietMs,
                                                                            qint64 now, QString *error)
{
    const auto rows = uncertainRows(db, 0, error);
    if (!rows)
        return std::nullopt;
    AutoResult result;
    QHash<qint64, qint64> proofByAccount;
    QList<qint64> resend;
    for (const Candidate &c : *rows) {
        if (!c.autoResolve || c.attemptAt > now - quietMs)
            continue;
        auto proof = proofByAccount.constFind(c.accountId);
        if (proof == proofByAccount.cend()) {
            const auto last = lastReportedSend(db, c.accountId, error);
            if (!last)
                return std::nullopt;
            proof = proofByAccount.insert(c.accountId, *last);
        }
        if (*proof > c.attemptAt) {
            resend << c.id;
            if (!result.resentRuns.contains(std::pair{c.campaignId, c.runId}))
                result.resentRuns.append({c.campaignId, c.runId});
        } else {
            ++result.waiting;
        }
    }
    if (!resend.isEmpty()
        && !RecipientLedger(db).resendUncertain(
            resend, error,
            tr("Sent again automatically: no status report came for it while reports for later messages did.")))
        return std::nullopt;
    result.resent = resend.size();
    return result;
}

QString UncertainResolver::waitingReason(QSqlDatabase db, qint64 runId, qint64 quietMs, qint64 now, QString *error)
{
    const auto rows = uncertainRows(db, runId, error);
    if (!rows || rows->isEmpty())
        return {};
    const Candidate &oldest = *std::min_element(rows->cbegin(), rows->cend(), [](const auto &a, const auto &b) {
        return a.attemptAt < b.attemptAt;
    });
    if (!oldest.autoResolve)
        return tr("%n uncertain: automatic resolution is off for this account; resend them or mark them failed.", "",
                  int(rows->size()));
    if (oldest.attemptAt > now - quietMs)
        return tr("%n uncertain: waiting for their delivery reports (sent less than %1 minutes ago).", "",
                  int(rows->size()))
            .arg(quietMs / 60000);
    const auto proof = lastReportedSend(db, oldest.accountId, error);
    if (proof && *proof > oldest.attemptAt)
        return tr("%n uncertain: reports for later messages have arrived, so they are resent at the next scheduler "
                  "pass.", "", int(rows->size()));
    return tr("%n uncertain — waiting: no delivery reports have arrived since %1 for this message or any sent after "
              "it; they are resent automatically once reports flow again.", "", int(rows->size()))
        .arg(timeText(oldest.attemptAt));
}

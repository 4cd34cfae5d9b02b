#include "models/ledger/ledger.h"
#include "models/storage/sqldialect.h"

#include "models/contacts/waid.h"
#include "models/core/clock.h"
#include "models/stats/campaignstats.h"
#include "models/storage/sqltransaction.h"
#include "models/storage/workspace.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <iterator>

// Every write below guards on the row's current state (`AND state = 'claimed'`…), so a row only moves
// forward and a terminal state (accepted and later, failed, skipped) is never changed by the sender.

namespace {

const char *const kStateNames[] = {"planned", "claimed", "accepted", "sent", "delivered",
                                   "read",    "failed",  "uncertain", "skipped"};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    setError(error, q.lastError().text());
    return false;
}

} // namespace

QString RecipientLedger::stateName(State s)
{
    return QString::fromLatin1(kStateNames[int(s)]);
}

std::optional<RecipientLedger::State> RecipientLedger::stateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kStateNames)); ++i) {
        if (name == QLatin1String(kStateNames[i]))
            return State(i);
    }
    return std::nullopt;
}

qint64 RecipientLedger::Counts::pending() const
{
    return CampaignStats::fromLedger(*this).pending;
}

RecipientLedger::RecipientLedger(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
{
}

SqlStatement *RecipientLedger::statement(const char *sql, QString *error)
{
    SqlStatement *q = m_statements.get(sql, error);
    if (!q && error)
        *error = tr("Cannot prepare a ledger statement: %1").arg(*error);
    return q;
}

QSqlQuery &RecipientLedger::prepared(const char *sql) const
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(SqlDialect::forwardOnly(q));
        q.prepare(QString::fromLatin1(sql));
        it = m_queries.insert(sql, q);
    }
    return it.value();
}

QString RecipientLedger::callbackData(qint64 recipientId)
{
    return QStringLiteral("herald:r%1").arg(recipientId);
}

qint64 RecipientLedger::recipientFromCallbackData(const QString &data)
{
    if (!data.startsWith(QLatin1String("herald:r")))
        return 0;
    bool ok = false;
    const qint64 id = QStringView(data).mid(8).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

// --- claiming ------------------------------------------------------------------------------------------

std::optional<QList<RecipientLedger::Claimed>> RecipientLedger::claimRows(qint64 runId, int limit, qint64 now,
                                                                          qint64 guardMs, QString *error,
                                                                          qint64 accountId)
{
    QList<Claimed> claimed;
    if (limit <= 0)
        return claimed;
    // `recent` is the last time any other row (of any run) to the same phone was claimed within the guard.
    // With an account (a run over several numbers) only that number's rows.
#define HERALD_CLAIM_SELECT(ACCOUNT)                                                                                   \
    "SELECT r.id, r.phone, r.components, r.attempts, r.backoff_count, "                                              \
    "(SELECT max(o.claimed_at) FROM recipients o WHERE o.phone = r.phone AND o.id <> r.id "                          \
    " AND o.claimed_at > ?1), "                                                                                      \
    "(SELECT c.opt_out_at IS NOT NULL FROM contacts c WHERE c.id = r.contact_id) "                                   \
    "FROM recipients r WHERE r.run_id = ?2 AND r.state = 'planned' AND r.next_attempt_at <= ?3 "                     \
    "AND r.not_before <= ?3 AND (r.not_after IS NULL OR r.not_after > ?3) " ACCOUNT                                     \
    "ORDER BY r.next_attempt_at, r.id LIMIT ?4"
    SqlStatement *select = accountId == 0 ? statement(HERALD_CLAIM_SELECT(""), error)
                                          : statement(HERALD_CLAIM_SELECT("AND r.account_id = ?5 "), error);
#undef HERALD_CLAIM_SELECT
    if (!select)
        return std::nullopt;
    select->bind(1, guardMs > 0 ? now - guardMs : now);
    select->bind(2, runId);
    select->bind(3, now);
    select->bind(4, qint64(limit));
    if (accountId != 0)
        select->bind(5, accountId);
    QList<std::pair<qint64, qint64>> heldBack;   // id, not before
    QList<qint64> optedOut;                      // opted out after the run was planned: never sent
    int rc;
    while ((rc = select->step(error)) == SQLITE_ROW) {
        if (select->int64(6) != 0) {
            optedOut.append(select->int64(0));
            continue;
        }
        if (guardMs > 0 && !select->isNull(5)) {
            heldBack.append({select->int64(0), select->int64(5) + guardMs});
            continue;
        }
        Claimed c;
        c.id = select->int64(0);
        c.phone = select->text(1);
        c.components = select->bytes(2);
        c.attempts = int(select->int64(3)) + 1;
        c.backoffCount = int(select->int64(4));
        c.accountId = accountId;
        claimed.append(c);
    }
    select->reset();
    if (rc != SQLITE_DONE)
        return std::nullopt;

    SqlStatement *update = statement("UPDATE recipients SET state = 'claimed', attempts = attempts + 1, "
                                     "claimed_at = ?1, updated_at = ?1 WHERE id = ?2 AND state = 'planned'",
                                     error);
    if (!update)
        return std::nullopt;
    for (const Claimed &c : std::as_const(claimed)) {
        update->bind(1, now);
        update->bind(2, c.id);
        if (!update->exec(error))
            return std::nullopt;
    }
    SqlStatement *skipOptedOut = statement("UPDATE recipients SET state = 'skipped', skip_reason = 'opted out', "
                                           "skipped_at = ?1, updated_at = ?1 WHERE id = ?2 AND state = 'planned'",
                                           error);
    if (!skipOptedOut)
        return std::nullopt;
    for (qint64 id : std::as_const(optedOut)) {
        skipOptedOut->bind(1, now);
        skipOptedOut->bind(2, id);
        if (!skipOptedOut->exec(error))
            return std::nullopt;
    }
    SqlStatement *hold = statement("UPDATE recipients SET next_attempt_at = ?1, updated_at = ?2 "
                                   "WHERE id = ?3 AND state = 'planned'",
                                   error);
    if (!hold)
        return std::nullopt;
    for (const auto &[id, notBefore] : std::as_const(heldBack)) {
        hold->bind(1, notBefore);
        hold->bind(2, now);
        hold->bind(3, id);
        if (!hold->exec(error))
            return std::nullopt;
    }
    return claimed;
}

QList<RecipientLedger::Claimed> RecipientLedger::claim(qint64 runId, int limit, qint64 now, qint64 guardMs,
                                                       QString *error)
{
    return recordAndClaim({}, runId, limit, now, guardMs, error).value_or(QList<Claimed>());
}

std::optional<QList<RecipientLedger::Claimed>> RecipientLedger::recordAndClaim(const Outcomes &outcomes, qint64 runId,
                                                                               int limit, qint64 now, qint64 guardMs,
                                                                               QString *error)
{
    if (outcomes.isEmpty() && limit <= 0)
        return QList<Claimed>();
    SqlTransaction tx(m_db);
    if (!tx.begin().report(error) || !applyOutcomes(outcomes, now, error))
        return std::nullopt;
    auto claimed = claimRows(runId, limit, now, guardMs, error);
    if (!claimed || !tx.commit().report(error))
        return std::nullopt;
    return claimed;
}

Result<qint64> RecipientLedger::budgetUsed(const Budget &budget, qint64 now) const
{
    QStringList ids;
    for (qint64 id : budget.accountIds)
        ids << QString::number(id);
    // Headroom::compute's count (unique phones claimed in the rolling 24 h over the budget group), in this transaction.
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT count(DISTINCT r.phone) FROM recipients r "
                                  "JOIN campaign_runs cr ON cr.id = r.run_id JOIN campaigns c ON c.id = cr.campaign_id "
                                  "WHERE r.claimed_at > ? AND coalesce(r.account_id, c.account_id) IN (%1)")
                       .arg(ids.join(QLatin1Char(',')))))
        return ErrorMessage{q.lastError().text()};
    q.addBindValue(now - 24 * 3600 * 1000LL);
    if (!q.exec() || !q.next())
        return ErrorMessage{q.lastError().text()};
    return q.value(0).toLongLong();
}

std::optional<QList<RecipientLedger::Claimed>>
RecipientLedger::recordAndClaimLanes(const Outcomes &outcomes, qint64 runId, const QList<LaneClaim> &lanes,
                                     const Budget &budget, qint64 now, qint64 guardMs, QString *error,
                                     qint64 *budgetLeft)
{
    if (outcomes.isEmpty() && std::all_of(lanes.cbegin(), lanes.cend(), [](const LaneClaim &l) { return l.limit <= 0; }))
        return QList<Claimed>();
    SqlTransaction tx(m_db);
    if (!tx.begin().report(error) || !applyOutcomes(outcomes, now, error))
        return std::nullopt;
    qint64 left = -1;
    if (budget.limit >= 0 && !budget.accountIds.isEmpty()) {
        const Result<qint64> used = budgetUsed(budget, now);
        if (!used.report(error))
            return std::nullopt;
        left = std::max<qint64>(0, budget.limit - *used);
    }
    QList<Claimed> all;
    for (const LaneClaim &lane : lanes) {
        // Conservative: a phone already counted in the window is counted again.
        const int limit = left < 0 ? lane.limit : int(std::min<qint64>(lane.limit, left - all.size()));
        if (limit <= 0)
            continue;
        auto claimed = claimRows(runId, limit, now, guardMs, error, lane.accountId);
        if (!claimed)
            return std::nullopt;
        all += *claimed;
    }
    if (!tx.commit().report(error))
        return std::nullopt;
    if (budgetLeft)
        *budgetLeft = left < 0 ? -1 : std::max<qint64>(0, left - all.size());
    return all;
}

Result<qint64> RecipientLedger::nextDueFor(qint64 runId, qint64 accountId) const
{
    QSqlQuery &q = prepared("SELECT min(CASE WHEN not_before > next_attempt_at THEN not_before ELSE next_attempt_at END) "
                            "FROM recipients WHERE run_id = :run AND state = 'planned' AND account_id = :account");
    q.bindValue(QStringLiteral(":run"), runId);
    q.bindValue(QStringLiteral(":account"), accountId);
    if (!q.exec() || !q.next())
        return ErrorMessage{q.lastError().text()};
    const qint64 t = q.value(0).isNull() ? -1 : q.value(0).toLongLong();
    q.finish();
    return t;
}

// --- outcomes ------------------------------------------------------------------------------------------

bool RecipientLedger::applyOutcomes(const Outcomes &o, qint64 now, QString *error)
{
    if (!o.accepted.isEmpty()) {
        // An uncertain row that gets its answer after all moves forward too.
        SqlStatement *q = statement("UPDATE recipients SET state = 'accepted', wamid = ?1, held = ?2, "
                                    "accepted_at = ?3, updated_at = ?3 "
                                    "WHERE id = ?4 AND state IN ('claimed', 'uncertain')",
                                    error);
        if (!q)
            return false;
        for (const Accepted &a : o.accepted) {
            q->bind(1, a.wamid);
            q->bind(2, qint64(a.held ? 1 : 0));
            q->bind(3, now);
            q->bind(4, a.id);
            if (!q->exec(error))
                return false;
        }
        if (!learnWaIds(o.accepted, error))
            return false;
    }
    if (!o.failed.isEmpty()) {
        SqlStatement *q = statement("UPDATE recipients SET state = 'failed', error_code = ?1, error_title = ?2, "
                                    "error_details = ?3, failed_at = ?4, updated_at = ?4 "
                                    "WHERE id = ?5 AND state IN ('claimed', 'uncertain')",
                                    error);
        if (!q)
            return false;
        for (const Failure &f : o.failed) {
            q->bind(1, f.hasCode ? std::optional<qint64>(f.code) : std::nullopt);
            q->bind(2, f.title);     // a null QString binds NULL
            q->bind(3, f.details);
            q->bind(4, now);
            q->bind(5, f.id);
            if (!q->exec(error))
                return false;
        }
    }
    if (!o.requeued.isEmpty()) {
        SqlStatement *q = statement(
            "UPDATE recipients SET state = 'planned', next_attempt_at = ?1, backoff_count = backoff_count + ?2, "
            "attempts = CASE WHEN attempts > ?3 THEN attempts - ?3 ELSE 0 END, note = coalesce(?4, note), updated_at = ?5 "
            "WHERE id = ?6 AND state = 'claimed'",
            error);
        if (!q)
            return false;
        for (const Requeue &r : o.requeued) {
            q->bind(1, r.notBefore);
            q->bind(2, qint64(r.countsAsBackoff ? 1 : 0));
            q->bind(3, qint64(r.refundAttempt ? 1 : 0));
            q->bind(4, r.note.isEmpty() ? QString() : r.note);
            q->bind(5, now);
            q->bind(6, r.id);
            if (!q->exec(error))
                return false;
        }
    }
    if (!o.uncertain.isEmpty()) {
        SqlStatement *q = statement("UPDATE recipients SET state = 'uncertain', uncertain_at = ?1, updated_at = ?1 "
                                    "WHERE id = ?2 AND state = 'claimed'",
                                    error);
        if (!q)
            return false;
        for (qint64 id : o.uncertain) {
            q->bind(1, now);
            q->bind(2, id);
            if (!q->exec(error))
                return false;
        }
    }
    return true;
}

// The wa_id Meta answered with (models/contacts/waid.h), on the row and on its contact (by number, like every
// opt-out): inbound events that name the person by it then resolve to the contact.
bool RecipientLedger::learnWaIds(const QList<Accepted> &rows, QString *error)
{
    static const char *const kLearn[] = {
        "UPDATE recipients SET wa_id = ?1 WHERE id = ?2 AND wa_id IS DISTINCT FROM ?1",
        "UPDATE contacts SET wa_id = ?1 WHERE phone = (SELECT phone FROM recipients WHERE id = ?2) "
        "AND wa_id IS DISTINCT FROM ?1"};
    for (const Accepted &a : rows) {
        const QString waId = WaId::digits(a.waId);
        if (waId.isEmpty())
            continue;
        for (const char *sql : kLearn) {
            SqlStatement *q = statement(sql, error);
            if (!q)
                return false;
            q->bind(1, waId);
            q->bind(2, a.id);
            if (!q->exec(error))
                return false;
        }
    }
    return true;
}

bool RecipientLedger::record(const Outcomes &outcomes, qint64 now, QString *error)
{
    if (outcomes.isEmpty())
        return true;
    SqlTransaction tx(m_db);
    return tx.begin().report(error) && applyOutcomes(outcomes, now, error) && tx.commit().report(error);
}

bool RecipientLedger::markAccepted(const QList<Accepted> &rows, qint64 now, QString *error)
{
    Outcomes o;
    o.accepted = rows;
    return record(o, now, error);
}

bool RecipientLedger::markFailed(const QList<Failure> &rows, qint64 now, QString *error)
{
    Outcomes o;
    o.failed = rows;
    return record(o, now, error);
}

bool RecipientLedger::requeue(const QList<Requeue> &rows, QString *error)
{
    Outcomes o;
    o.requeued = rows;
    return record(o, Clock::nowMs(), error);
}

bool RecipientLedger::markUncertain(const QList<qint64> &ids, qint64 now, QString *error)
{
    Outcomes o;
    o.uncertain = ids;
    return record(o, now, error);
}

bool RecipientLedger::skip(const QList<qint64> &ids, const QString &reason, qint64 now, QString *error)
{
    SqlTransaction tx(m_db);
    if (!tx.begin().report(error))
        return false;
    QSqlQuery &q = prepared("UPDATE recipients SET state = 'skipped', skip_reason = :reason, skipped_at = :now, "
                            "updated_at = :now WHERE id = :id AND state = 'planned'");
    for (qint64 id : ids) {
        q.bindValue(QStringLiteral(":reason"), reason);
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":id"), id);
        if (!run(q, error))
            return false;
    }
    return tx.commit().report(error);
}

// Runs one prepared UPDATE in a write transaction of its own: the number of rows it changed.
Result<qint64> RecipientLedger::changeRows(QSqlQuery &q)
{
    SqlTransaction tx(m_db);
    if (const Result<void> begun = tx.begin(); !begun)
        return ErrorMessage{begun.error()};
    if (!q.exec())
        return ErrorMessage{q.lastError().text()};
    const qint64 n = q.numRowsAffected();
    if (const Result<void> committed = tx.commit(); !committed)
        return ErrorMessage{committed.error()};
    return n;
}

Result<qint64> RecipientLedger::skipRemaining(qint64 runId, const QString &reason, qint64 now)
{
    QSqlQuery &q = prepared("UPDATE recipients SET state = 'skipped', skip_reason = :reason, skipped_at = :now, "
                            "updated_at = :now WHERE run_id = :run AND state = 'planned' AND attempts = 0");
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":run"), runId);
    return changeRows(q);
}

Result<qint64> RecipientLedger::recoverClaimed(qint64 runId, qint64 now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE recipients SET state = 'uncertain', uncertain_at = :now, updated_at = :now, "
                             "note = :note WHERE run_id = :run AND state = 'claimed'"));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":note"), tr("The sender stopped before the provider's answer was recorded; the "
                                            "message may have been sent."));
    q.bindValue(QStringLiteral(":run"), runId);
    return changeRows(q);
}

bool RecipientLedger::resendUncertain(const QList<qint64> &ids, QString *error, const QString &note)
{
    SqlTransaction tx(m_db);
    if (!tx.begin().report(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE recipients SET state = 'planned', next_attempt_at = 0, note = :note, "
                             "updated_at = :now WHERE id = :id AND state = 'uncertain'"));
    const qint64 now = Clock::nowMs();
    for (qint64 id : ids) {
        q.bindValue(QStringLiteral(":note"),
                    note.isEmpty() ? tr("Sent again by the operator after an uncertain attempt.") : note);
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":id"), id);
        if (!run(q, error))
            return false;
    }
    return tx.commit().report(error);
}

bool RecipientLedger::failUncertain(const QList<qint64> &ids, qint64 now, QString *error)
{
    SqlTransaction tx(m_db);
    if (!tx.begin().report(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE recipients SET state = 'failed', error_code = NULL, error_title = :title, "
                             "failed_at = :now, updated_at = :now WHERE id = :id AND state = 'uncertain'"));
    for (qint64 id : ids) {
        q.bindValue(QStringLiteral(":title"), tr("No answer from the provider; marked failed by the operator"));
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":id"), id);
        if (!run(q, error))
            return false;
    }
    return tx.commit().report(error);
}

// --- reading -------------------------------------------------------------------------------------------

std::optional<RecipientLedger::Counts> RecipientLedger::counts(qint64 runId, QString *error) const
{
    // run_stat_counts (migration 6) groups the run's rows by exactly what the statistics read, kept by triggers;
    // a workspace migrated before it existed counts the rows themselves. Unqualified is the statistic's own SQL.
    static const QByteArray grouped = (QStringLiteral("SELECT state, sum(n), sum(n * replied), sum(CASE WHEN ")
                                       + CampaignStats::condition(CampaignStats::Stat::Unqualified)
                                       + QStringLiteral(" THEN n ELSE 0 END) FROM run_stat_counts WHERE run_id = :run GROUP BY state"))
                                          .toLatin1();
    static const QByteArray rows = (QStringLiteral("SELECT state, count(*), count(replied_at), coalesce(sum(CASE WHEN ")
                                    + CampaignStats::condition(CampaignStats::Stat::Unqualified)
                                    + QStringLiteral(" THEN 1 ELSE 0 END), 0) FROM recipients WHERE run_id = :run GROUP BY state"))
                                       .toLatin1();
    QSqlQuery *q = &prepared(grouped.constData());
    q->bindValue(QStringLiteral(":run"), runId);
    if (!q->exec()) {
        q = &prepared(rows.constData());
        q->bindValue(QStringLiteral(":run"), runId);
        if (!run(*q, error))
            return std::nullopt;
    }
    Counts c;
    while (q->next()) {
        const auto state = stateFromName(q->value(0).toString());
        const qint64 n = q->value(1).toLongLong();
        if (state && n != 0) {
            c.byState[*state] += n;
            if (const qint64 replied = q->value(2).toLongLong())
                c.replied[*state] += replied;
            if (const qint64 unqualified = q->value(3).toLongLong())
                c.unqualified[*state] += unqualified;
        }
        c.total += n;
    }
    q->finish();
    return c;
}

Result<qint64> RecipientLedger::plannedRemaining(qint64 runId) const
{
    QSqlQuery &q = prepared("SELECT count(*) FROM recipients WHERE run_id = :run AND state = 'planned'");
    q.bindValue(QStringLiteral(":run"), runId);
    if (!q.exec() || !q.next())
        return ErrorMessage{q.lastError().text()};
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<qint64> RecipientLedger::nextDue(qint64 runId) const
{
    QSqlQuery &q = prepared("SELECT min(CASE WHEN not_before > next_attempt_at THEN not_before ELSE next_attempt_at END) "
                            "FROM recipients WHERE run_id = :run AND state = 'planned'");
    q.bindValue(QStringLiteral(":run"), runId);
    if (!q.exec() || !q.next())
        return ErrorMessage{q.lastError().text()};
    const qint64 t = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    q.finish();
    return t;
}

Result<qint64> RecipientLedger::holdRemaining(qint64 runId, qint64 until, const QString &note, qint64 now)
{
    QSqlQuery &q = prepared("UPDATE recipients SET next_attempt_at = max(next_attempt_at, :until), note = :note, "
                            "updated_at = :now WHERE run_id = :run AND state = 'planned' AND attempts = 0");
    q.bindValue(QStringLiteral(":until"), until);
    q.bindValue(QStringLiteral(":note"), note);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":run"), runId);
    return changeRows(q);
}

Result<qint64> RecipientLedger::releaseHeld(qint64 runId, qint64 now)
{
    QSqlQuery &q = prepared("UPDATE recipients SET next_attempt_at = :now, updated_at = :now2 "
                            "WHERE run_id = :run AND state = 'planned' AND attempts = 0 AND next_attempt_at > :now3");
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":now2"), now);
    q.bindValue(QStringLiteral(":now3"), now);
    q.bindValue(QStringLiteral(":run"), runId);
    if (!q.exec())
        return ErrorMessage{q.lastError().text()};
    return q.numRowsAffected();
}

QList<std::pair<qint64, qint64>> RecipientLedger::runsWithStatus(const QString &status, QString *error) const
{
    QList<std::pair<qint64, qint64>> runs;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT campaign_id, id FROM campaign_runs WHERE status = :status ORDER BY id"));
    q.bindValue(QStringLiteral(":status"), status);
    if (!run(q, error))
        return runs;
    while (q.next())
        runs.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return runs;
}

// --- runs ----------------------------------------------------------------------------------------------

std::optional<RecipientLedger::RunInfo> RecipientLedger::runInfo(qint64 runId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cr.id, cr.campaign_id, c.account_id, c.template_name, c.language, cr.status, "
                             "cr.requested, cr.stop_reason, cr.stop_code, cr.template_json "
                             "FROM campaign_runs cr JOIN campaigns c ON c.id = cr.campaign_id WHERE cr.id = :run"));
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error))
        return std::nullopt;
    if (!q.next()) {
        setError(error, tr("There is no campaign run %1 in this workspace.").arg(runId));
        return std::nullopt;
    }
    RunInfo info;
    info.id = q.value(0).toLongLong();
    info.campaignId = q.value(1).toLongLong();
    info.accountId = q.value(2).toLongLong();
    info.templateName = q.value(3).toString();
    info.language = q.value(4).toString();
    info.status = q.value(5).toString();
    info.requested = q.value(6).toString();
    info.stopReason = q.value(7).toString();
    if (!q.value(8).isNull())
        info.stopCode = q.value(8).toInt();
    // The template frozen with the run wins over the campaign's current one.
    const QJsonObject frozen = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    const QString name = frozen.value(QLatin1String("name")).toString();
    const QJsonValue language = frozen.value(QLatin1String("language"));
    const QString code = language.isObject() ? language.toObject().value(QLatin1String("code")).toString()
                                             : language.toString();
    if (!name.isEmpty())
        info.templateName = name;
    if (!code.isEmpty())
        info.language = code;
    return info;
}

bool RecipientLedger::setRunStatus(qint64 runId, const QString &status, const QString &reason,
                                   std::optional<int> code, QString *error)
{
    const qint64 now = Clock::nowMs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE campaign_runs SET status = :status, stop_reason = :reason, stop_code = :code, updated_at = :now, "
        "started_at = CASE WHEN :status2 = 'running' AND started_at IS NULL THEN :now2 ELSE started_at END, "
        "finished_at = CASE WHEN :status3 IN ('finished', 'sent', 'stopped') THEN CAST(:now3 AS BIGINT) ELSE NULL END "
        "WHERE id = :run"));
    q.bindValue(QStringLiteral(":status"), status);
    q.bindValue(QStringLiteral(":reason"), reason.isNull() ? QStringLiteral("") : reason);
    q.bindValue(QStringLiteral(":code"), code ? QVariant(*code) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":status2"), status);
    q.bindValue(QStringLiteral(":now2"), now);
    q.bindValue(QStringLiteral(":status3"), status);
    q.bindValue(QStringLiteral(":now3"), now);
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        setError(error, tr("There is no campaign run %1 in this workspace.").arg(runId));
        return false;
    }
    return true;
}

QString RecipientLedger::runStatus(qint64 runId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status FROM campaign_runs WHERE id = :run"));
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error))
        return {};
    if (!q.next()) {
        setError(error, tr("There is no campaign run %1 in this workspace.").arg(runId));
        return {};
    }
    return q.value(0).toString();
}

bool RecipientLedger::requestControl(qint64 runId, const QString &request, QString *error)
{
    if (request != QLatin1String("pause") && request != QLatin1String("resume") && request != QLatin1String("stop")) {
        setError(error, tr("Unknown run control “%1”: use pause, resume or stop.").arg(request));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE campaign_runs SET requested = :request, updated_at = :now WHERE id = :run"));
    q.bindValue(QStringLiteral(":request"), request);
    q.bindValue(QStringLiteral(":now"), Clock::nowMs());
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        setError(error, tr("There is no campaign run %1 in this workspace.").arg(runId));
        return false;
    }
    return true;
}

QString RecipientLedger::takeControlRequest(qint64 runId, QString *error)
{
    // Polled a few times a second: read without a write lock, write only when there is something to take.
    QSqlQuery &select = prepared("SELECT requested FROM campaign_runs WHERE id = :run");
    select.bindValue(QStringLiteral(":run"), runId);
    if (!run(select, error))
        return {};
    const QString requested = select.next() ? select.value(0).toString() : QString();
    select.finish();
    if (requested.isEmpty())
        return {};
    QSqlQuery &take = prepared("UPDATE campaign_runs SET requested = '' WHERE id = :run AND requested = :request");
    take.bindValue(QStringLiteral(":run"), runId);
    take.bindValue(QStringLiteral(":request"), requested);
    if (!run(take, error))
        return {};
    // Another process may have replaced or taken it in between: only what we cleared is ours.
    return take.numRowsAffected() == 1 ? requested : QString();
}

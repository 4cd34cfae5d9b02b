#include "ledger.h"
#include "clock.h"
#include "waid.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
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

// BEGIN IMMEDIATE takes the write lock up front, so a read-then-write transaction never fails half way
// with SQLITE_BUSY when another process (GUI, CLI) writes meanwhile; the busy timeout covers the wait.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
    }
    ~Transaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool begin(QString *error) { return execAndMark(QStringLiteral("BEGIN IMMEDIATE"), true, error); }
    bool commit(QString *error) { return execAndMark(QStringLiteral("COMMIT"), false, error); }

private:
    bool execAndMark(const QString &sql, bool open, QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            setError(error, q.lastError().text());
            return false;
        }
        m_open = open;
        return true;
    }

    QSqlDatabase m_db;
    bool m_open = false;
};

QVariant nullableText(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
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
    return value(State::Claimed) + value(State::Accepted) + value(State::Uncertain);
}

RecipientLedger::RecipientLedger(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QSqlQuery &RecipientLedger::prepared(const char *sql) const
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
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
                                                                          qint64 guardMs, QString *error)
{
    QList<Claimed> claimed;
    if (limit <= 0)
        return claimed;
    // `recent` is the last time any other row (of any run) to the same phone was claimed within the guard.
    QSqlQuery &select = prepared(
        "SELECT r.id, r.phone, r.components, r.attempts, r.backoff_count, "
        "(SELECT max(o.claimed_at) FROM recipients o WHERE o.phone = r.phone AND o.id <> r.id "
        " AND o.claimed_at > :since), "
        "(SELECT c.opt_out_at IS NOT NULL FROM contacts c WHERE c.id = r.contact_id) "
        "FROM recipients r WHERE r.run_id = :run AND r.state = 'planned' AND r.next_attempt_at <= :now "
        "ORDER BY r.next_attempt_at, r.id LIMIT :limit");
    select.bindValue(QStringLiteral(":since"), guardMs > 0 ? now - guardMs : now);
    select.bindValue(QStringLiteral(":run"), runId);
    select.bindValue(QStringLiteral(":now"), now);
    select.bindValue(QStringLiteral(":limit"), limit);
    if (!run(select, error))
        return std::nullopt;
    QList<std::pair<qint64, qint64>> heldBack;   // id, not before
    QList<qint64> optedOut;                      // opted out after the run was planned: never sent
    while (select.next()) {
        if (select.value(6).toBool()) {
            optedOut.append(select.value(0).toLongLong());
            continue;
        }
        if (guardMs > 0 && !select.value(5).isNull()) {
            heldBack.append({select.value(0).toLongLong(), select.value(5).toLongLong() + guardMs});
            continue;
        }
        Claimed c;
        c.id = select.value(0).toLongLong();
        c.phone = select.value(1).toString();
        c.components = select.value(2).toString().toUtf8();
        c.attempts = select.value(3).toInt() + 1;
        c.backoffCount = select.value(4).toInt();
        claimed.append(c);
    }
    select.finish();

    QSqlQuery &update = prepared("UPDATE recipients SET state = 'claimed', attempts = attempts + 1, claimed_at = :now, "
                                 "updated_at = :now WHERE id = :id AND state = 'planned'");
    for (const Claimed &c : std::as_const(claimed)) {
        update.bindValue(QStringLiteral(":now"), now);
        update.bindValue(QStringLiteral(":id"), c.id);
        if (!run(update, error))
            return std::nullopt;
    }
    QSqlQuery &skipOptedOut = prepared("UPDATE recipients SET state = 'skipped', skip_reason = 'opted out', "
                                       "skipped_at = :now, updated_at = :now WHERE id = :id AND state = 'planned'");
    for (qint64 id : std::as_const(optedOut)) {
        skipOptedOut.bindValue(QStringLiteral(":now"), now);
        skipOptedOut.bindValue(QStringLiteral(":id"), id);
        if (!run(skipOptedOut, error))
            return std::nullopt;
    }
    QSqlQuery &hold = prepared("UPDATE recipients SET next_attempt_at = :t, updated_at = :now "
                               "WHERE id = :id AND state = 'planned'");
    for (const auto &[id, notBefore] : std::as_const(heldBack)) {
        hold.bindValue(QStringLiteral(":t"), notBefore);
        hold.bindValue(QStringLiteral(":now"), now);
        hold.bindValue(QStringLiteral(":id"), id);
        if (!run(hold, error))
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
    Transaction tx(m_db);
    if (!tx.begin(error) || !applyOutcomes(outcomes, now, error))
        return std::nullopt;
    auto claimed = claimRows(runId, limit, now, guardMs, error);
    if (!claimed || !tx.commit(error))
        return std::nullopt;
    return claimed;
}

// --- outcomes ------------------------------------------------------------------------------------------

bool RecipientLedger::applyOutcomes(const Outcomes &o, qint64 now, QString *error)
{
    if (!o.accepted.isEmpty()) {
        // An uncertain row that gets its answer after all moves forward too.
        QSqlQuery &q = prepared("UPDATE recipients SET state = 'accepted', wamid = :wamid, held = :held, "
                                "accepted_at = :now, updated_at = :now "
                                "WHERE id = :id AND state IN ('claimed', 'uncertain')");
        for (const Accepted &a : o.accepted) {
            q.bindValue(QStringLiteral(":wamid"), a.wamid);
            q.bindValue(QStringLiteral(":held"), a.held ? 1 : 0);
            q.bindValue(QStringLiteral(":now"), now);
            q.bindValue(QStringLiteral(":id"), a.id);
            if (!run(q, error))
                return false;
        }
        if (!learnWaIds(o.accepted, error))
            return false;
    }
    if (!o.failed.isEmpty()) {
        QSqlQuery &q = prepared("UPDATE recipients SET state = 'failed', error_code = :code, error_title = :title, "
                                "error_details = :details, failed_at = :now, updated_at = :now "
                                "WHERE id = :id AND state IN ('claimed', 'uncertain')");
        for (const Failure &f : o.failed) {
            q.bindValue(QStringLiteral(":code"), f.hasCode ? QVariant(f.code) : QVariant(QMetaType(QMetaType::Int)));
            q.bindValue(QStringLiteral(":title"), nullableText(f.title));
            q.bindValue(QStringLiteral(":details"), nullableText(f.details));
            q.bindValue(QStringLiteral(":now"), now);
            q.bindValue(QStringLiteral(":id"), f.id);
            if (!run(q, error))
                return false;
        }
    }
    if (!o.requeued.isEmpty()) {
        QSqlQuery &q = prepared(
            "UPDATE recipients SET state = 'planned', next_attempt_at = :t, backoff_count = backoff_count + :b, "
            "attempts = max(attempts - :refund, 0), note = coalesce(:note, note), updated_at = :now "
            "WHERE id = :id AND state = 'claimed'");
        for (const Requeue &r : o.requeued) {
            q.bindValue(QStringLiteral(":t"), r.notBefore);
            q.bindValue(QStringLiteral(":b"), r.countsAsBackoff ? 1 : 0);
            q.bindValue(QStringLiteral(":refund"), r.refundAttempt ? 1 : 0);
            q.bindValue(QStringLiteral(":note"), r.note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : r.note);
            q.bindValue(QStringLiteral(":now"), now);
            q.bindValue(QStringLiteral(":id"), r.id);
            if (!run(q, error))
                return false;
        }
    }
    if (!o.uncertain.isEmpty()) {
        QSqlQuery &q = prepared("UPDATE recipients SET state = 'uncertain', uncertain_at = :now, updated_at = :now "
                                "WHERE id = :id AND state = 'claimed'");
        for (qint64 id : o.uncertain) {
            q.bindValue(QStringLiteral(":now"), now);
            q.bindValue(QStringLiteral(":id"), id);
            if (!run(q, error))
                return false;
        }
    }
    return true;
}

// The wa_id Meta answered with (models/waid.h), on the row and on its contact (by number, like every
// opt-out): inbound events that name the person by it then resolve to the contact.
bool RecipientLedger::learnWaIds(const QList<Accepted> &rows, QString *error)
{
    static const char *const kLearn[] = {
        "UPDATE recipients SET wa_id = :wa WHERE id = :id AND wa_id IS NOT :wa",
        "UPDATE contacts SET wa_id = :wa WHERE phone = (SELECT phone FROM recipients WHERE id = :id) "
        "AND wa_id IS NOT :wa"};
    for (const Accepted &a : rows) {
        const QString waId = WaId::digits(a.waId);
        if (waId.isEmpty())
            continue;
        for (const char *sql : kLearn) {
            QSqlQuery &q = prepared(sql);   // looked up each time: a reference into the cache moves on insert
            q.bindValue(QStringLiteral(":wa"), waId);
            q.bindValue(QStringLiteral(":id"), a.id);
            if (!run(q, error))
                return false;
        }
    }
    return true;
}

bool RecipientLedger::record(const Outcomes &outcomes, qint64 now, QString *error)
{
    if (outcomes.isEmpty())
        return true;
    Transaction tx(m_db);
    return tx.begin(error) && applyOutcomes(outcomes, now, error) && tx.commit(error);
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
    Transaction tx(m_db);
    if (!tx.begin(error))
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
    return tx.commit(error);
}

qint64 RecipientLedger::skipRemaining(qint64 runId, const QString &reason, qint64 now, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return -1;
    QSqlQuery &q = prepared("UPDATE recipients SET state = 'skipped', skip_reason = :reason, skipped_at = :now, "
                            "updated_at = :now WHERE run_id = :run AND state = 'planned' AND attempts = 0");
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error))
        return -1;
    const qint64 n = q.numRowsAffected();
    return tx.commit(error) ? n : -1;
}

qint64 RecipientLedger::recoverClaimed(qint64 runId, qint64 now, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return -1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE recipients SET state = 'uncertain', uncertain_at = :now, updated_at = :now, "
                             "note = :note WHERE run_id = :run AND state = 'claimed'"));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":note"), tr("The sender stopped before the provider's answer was recorded; the "
                                            "message may have been sent."));
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error))
        return -1;
    const qint64 n = q.numRowsAffected();
    return tx.commit(error) ? n : -1;
}

bool RecipientLedger::resendUncertain(const QList<qint64> &ids, QString *error, const QString &note)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
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
    return tx.commit(error);
}

bool RecipientLedger::failUncertain(const QList<qint64> &ids, qint64 now, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
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
    return tx.commit(error);
}

// --- reading -------------------------------------------------------------------------------------------

std::optional<RecipientLedger::Counts> RecipientLedger::counts(qint64 runId, QString *error) const
{
    QSqlQuery &q = prepared("SELECT state, count(*) FROM recipients WHERE run_id = :run GROUP BY state");
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error))
        return std::nullopt;
    Counts c;
    while (q.next()) {
        const auto state = stateFromName(q.value(0).toString());
        const qint64 n = q.value(1).toLongLong();
        if (state)
            c.byState[*state] += n;
        c.total += n;
    }
    q.finish();
    return c;
}

qint64 RecipientLedger::plannedRemaining(qint64 runId, QString *error) const
{
    QSqlQuery &q = prepared("SELECT count(*) FROM recipients WHERE run_id = :run AND state = 'planned'");
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error) || !q.next())
        return -1;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

qint64 RecipientLedger::nextDue(qint64 runId, QString *error) const
{
    QSqlQuery &q = prepared("SELECT min(next_attempt_at) FROM recipients WHERE run_id = :run AND state = 'planned'");
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error) || !q.next())
        return 0;
    const qint64 t = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    q.finish();
    return t;
}

qint64 RecipientLedger::holdRemaining(qint64 runId, qint64 until, const QString &note, qint64 now, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return -1;
    QSqlQuery &q = prepared("UPDATE recipients SET next_attempt_at = max(next_attempt_at, :until), note = :note, "
                            "updated_at = :now WHERE run_id = :run AND state = 'planned' AND attempts = 0");
    q.bindValue(QStringLiteral(":until"), until);
    q.bindValue(QStringLiteral(":note"), note);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error))
        return -1;
    const qint64 n = q.numRowsAffected();
    return tx.commit(error) ? n : -1;
}

qint64 RecipientLedger::releaseHeld(qint64 runId, qint64 now, QString *error)
{
    QSqlQuery &q = prepared("UPDATE recipients SET next_attempt_at = :now, updated_at = :now2 "
                            "WHERE run_id = :run AND state = 'planned' AND attempts = 0 AND next_attempt_at > :now3");
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":now2"), now);
    q.bindValue(QStringLiteral(":now3"), now);
    q.bindValue(QStringLiteral(":run"), runId);
    if (!run(q, error))
        return -1;
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
        "finished_at = CASE WHEN :status3 IN ('finished', 'sent', 'stopped') THEN :now3 ELSE NULL END "
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

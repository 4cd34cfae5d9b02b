#include "models/stats/campaignstats.h"
#include "models/storage/sqldialect.h"

#include "models/ledger/failurecatalogue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace {

using State = RecipientLedger::State;
using Facts = CampaignStats::RowFacts;

// Cloud API code 131026: the number has no usable WhatsApp account (the Unqualified statistic).
constexpr int kUnqualifiedCode = 131026;

bool in(State s, std::initializer_list<State> states)
{
    return std::find(states.begin(), states.end(), s) != states.end();
}

struct StatDef
{
    CampaignStats::Stat stat;
    QLatin1StringView name;
    QLatin1StringView where;          // the rows counted, as an SQL condition on recipients
    bool (*includes)(const Facts &);  // the same rows, in C++ (keep both lines saying the same thing)
};

// campaign-stats.md, "The seven statistics" (plus Pending from its identities). Each statistic is written here
// once in SQL and once in C++, side by side; tst_campaignstatsdefinition checks that they agree.
const std::array<StatDef, 8> &defs()
{
    using S = CampaignStats::Stat;
    static const std::array<StatDef, 8> table{{
        {S::Attempted, QLatin1StringView("attempted"),
         QLatin1StringView("state IN ('claimed', 'accepted', 'sent', 'delivered', 'read', 'failed', 'uncertain')"),
         [](const Facts &r) {
             return in(r.state, {State::Claimed, State::Accepted, State::Sent, State::Delivered, State::Read,
                                 State::Failed, State::Uncertain});
         }},
        // A reply proves the message was sent and delivered even before its status report arrives (a row may
        // still be accepted or uncertain then): such a row counts as sent and delivered, not as pending, so
        // Attempted = Sent + Failed + Pending and Read <= Delivered <= Sent keep holding.
        {S::Sent, QLatin1StringView("sent"),
         QLatin1StringView(
             "(state IN ('sent', 'delivered', 'read') OR (replied_at IS NOT NULL AND state <> 'failed'))"),
         [](const Facts &r) {
             return in(r.state, {State::Sent, State::Delivered, State::Read})
                 || (r.replied && r.state != State::Failed);
         }},
        {S::Delivered, QLatin1StringView("delivered"),
         QLatin1StringView("(state IN ('delivered', 'read') OR (replied_at IS NOT NULL AND state <> 'failed'))"),
         [](const Facts &r) {
             return in(r.state, {State::Delivered, State::Read}) || (r.replied && r.state != State::Failed);
         }},
        {S::Read, QLatin1StringView("read"), QLatin1StringView("state = 'read'"),
         [](const Facts &r) { return r.state == State::Read; }},
        {S::Replied, QLatin1StringView("replied"), QLatin1StringView("replied_at IS NOT NULL"),
         [](const Facts &r) { return r.replied; }},
        {S::Failed, QLatin1StringView("failed"), QLatin1StringView("state = 'failed'"),
         [](const Facts &r) { return r.state == State::Failed; }},
        {S::Unqualified, QLatin1StringView("unqualified"),
         QLatin1StringView("(state = 'failed' AND error_code = 131026)"),
         [](const Facts &r) { return r.state == State::Failed && r.errorCode == kUnqualifiedCode; }},
        // The ledger's "sent" (still waiting) versus "finished" is decided by this one too.
        {S::Pending, QLatin1StringView("pending"),
         QLatin1StringView("(state IN ('claimed', 'accepted', 'uncertain') AND replied_at IS NULL)"),
         [](const Facts &r) {
             return in(r.state, {State::Claimed, State::Accepted, State::Uncertain}) && !r.replied;
         }},
    }};
    return table;
}

// Of Pending, the rows the provider accepted that still wait for a status report (Counts::awaitingStatus).
QString awaitingStatusSql()
{
    return QStringLiteral("(") + QString(defs()[std::size_t(CampaignStats::Stat::Pending)].where)
        + QStringLiteral(" AND state = 'accepted')");
}

const StatDef &def(CampaignStats::Stat s)
{
    return defs()[static_cast<std::size_t>(s)];
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.lastError().type() == QSqlError::NoError && q.exec())
        return true;
    if (error)
        *error = CampaignStats::tr("Could not read the campaign statistics: %1").arg(q.lastError().text());
    return false;
}

qint64 msOrZero(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

// The field of `s` in Counts (or const Counts).
template<class C>
auto &fieldOf(C &c, CampaignStats::Stat s)
{
    using S = CampaignStats::Stat;
    switch (s) {
    case S::Attempted: return c.attempted;
    case S::Sent: return c.sent;
    case S::Delivered: return c.delivered;
    case S::Read: return c.read;
    case S::Replied: return c.replied;
    case S::Failed: return c.failed;
    case S::Unqualified: return c.unqualified;
    case S::Pending: break;
    }
    return c.pending;
}

} // namespace

QString CampaignStats::statName(Stat s)
{
    return def(s).name;
}

std::optional<CampaignStats::Stat> CampaignStats::statFromName(const QString &name)
{
    for (const StatDef &d : defs())
        if (name == d.name)
            return d.stat;
    return std::nullopt;
}

QString CampaignStats::condition(Stat s)
{
    return QString(def(s).where);
}

QStringList CampaignStats::statNames()
{
    QStringList names;
    for (const StatDef &d : defs())
        names << QString(d.name);
    return names;
}

qint64 CampaignStats::Counts::value(Stat s) const
{
    return fieldOf(*this, s);
}

bool CampaignStats::includes(Stat s, const RowFacts &row)
{
    return def(s).includes(row);
}

void CampaignStats::tally(Counts &c, const RowFacts &row, qint64 n)
{
    if (n == 0)
        return;
    for (const StatDef &d : defs())
        if (d.includes(row))
            fieldOf(c, d.stat) += n;
    if (includes(Stat::Pending, row) && row.state == State::Accepted)
        c.awaitingStatus += n;
}

CampaignStats::Counts CampaignStats::fromLedger(const RecipientLedger::Counts &ledger)
{
    Counts c;
    for (auto it = ledger.byState.cbegin(); it != ledger.byState.cend(); ++it) {
        const State state = it.key();
        const qint64 all = it.value();
        const qint64 replied = std::min(all, ledger.replied.value(state));
        const qint64 unqualified = std::min(all, ledger.unqualified.value(state));
        // The ledger counts replies and Unqualified per state, not their overlap; no statistic reads both
        // together, so any split gives the same counts: take the largest overlap.
        const qint64 both = std::min(replied, unqualified);
        tally(c, {state, true, kUnqualifiedCode}, both);
        tally(c, {state, true, std::nullopt}, replied - both);
        tally(c, {state, false, kUnqualifiedCode}, unqualified - both);
        tally(c, {state, false, std::nullopt}, all - replied - unqualified + both);
    }
    return c;
}

QString CampaignStats::rowColumns()
{
    return QStringLiteral("r.id, coalesce(c.name, ''), r.phone, r.state, r.wamid, r.claimed_at, r.sent_at, "
                          "r.delivered_at, r.read_at, r.failed_at, r.replied_at, r.error_code, r.error_title, "
                          "r.error_details, r.skip_reason, r.skipped_at, ")
        + replyTextSql();
}

QString CampaignStats::replyTextSql()
{
    return QStringLiteral("CASE WHEN r.replied_at IS NULL THEN NULL ELSE (SELECT m.text FROM inbound_messages m "
                          "WHERE m.recipient_id = r.id ORDER BY m.message_at DESC LIMIT 1) END");
}

QString CampaignStats::skippedCondition()
{
    return QStringLiteral("state = 'skipped'");
}

CampaignStats::Row CampaignStats::readRow(const QSqlQuery &q)
{
    Row row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.phone = q.value(2).toString();
    row.state = q.value(3).toString();
    row.wamid = q.value(4).toString();
    row.claimedAt = msOrZero(q.value(5));
    row.sentAt = msOrZero(q.value(6));
    row.deliveredAt = msOrZero(q.value(7));
    row.readAt = msOrZero(q.value(8));
    row.failedAt = msOrZero(q.value(9));
    row.repliedAt = msOrZero(q.value(10));
    if (!q.value(11).isNull())
        row.errorCode = q.value(11).toInt();
    row.errorTitle = q.value(12).toString();
    row.errorDetails = q.value(13).toString();
    row.skipReason = q.value(14).toString();
    row.skippedAt = msOrZero(q.value(15));
    row.replyText = q.value(16).toString();
    return row;
}

namespace {

// The eight statistics in the order of defs(), then awaitingStatus, from the current row of a query that selected
// them first.
CampaignStats::Counts readCounts(const QSqlQuery &q)
{
    CampaignStats::Counts c;
    c.attempted = q.value(0).toLongLong();
    c.sent = q.value(1).toLongLong();
    c.delivered = q.value(2).toLongLong();
    c.read = q.value(3).toLongLong();
    c.replied = q.value(4).toLongLong();
    c.failed = q.value(5).toLongLong();
    c.unqualified = q.value(6).toLongLong();
    c.pending = q.value(7).toLongLong();
    c.awaitingStatus = q.value(8).toLongLong();
    return c;
}

// A failure reason; `stored` is the provider's title as stored (kept for a code the catalogue does not know).
CampaignStats::Reason reason(int code, const QString &stored, qint64 count)
{
    const FailureCatalogue::Entry entry = FailureCatalogue::lookup(code, stored);
    CampaignStats::Reason r;
    r.code = code;
    r.title = stored.isEmpty() ? entry.title : stored;
    r.group = FailureCatalogue::groupKey(entry.group);
    r.count = count;
    return r;
}

// Largest first, then by code.
void sortReasons(QList<CampaignStats::Reason> &reasons)
{
    std::sort(reasons.begin(), reasons.end(), [](const CampaignStats::Reason &a, const CampaignStats::Reason &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
}

// The counts straight from the recipient rows (workspaces without run_stat_counts).
// Recipients of the run whose attributed reply was an opt-out (see Counts::optedOut).
bool countOptedOut(QSqlDatabase db, qint64 runId, CampaignStats::Counts *c, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QStringLiteral("SELECT count(DISTINCT m.recipient_id) FROM inbound_messages m "
                             "JOIN recipients r ON r.id = m.recipient_id WHERE r.run_id = ? AND m.opt_out = 1"));
    q.addBindValue(runId);
    if (!run(q, error) || !q.next())
        return false;
    c->optedOut = q.value(0).toLongLong();
    return true;
}

std::optional<CampaignStats::Counts> computeFromRows(QSqlDatabase db, qint64 runId, QString *error)
{
    QString sql = QStringLiteral("SELECT ");
    for (std::size_t i = 0; i < defs().size(); ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + QStringLiteral("coalesce(sum(CASE WHEN ") + QString(defs()[i].where)
            + QStringLiteral(" THEN 1 ELSE 0 END), 0)");
    sql += QStringLiteral(", coalesce(sum(CASE WHEN ") + awaitingStatusSql() + QStringLiteral(" THEN 1 ELSE 0 END), 0)");
    sql += QStringLiteral(" FROM recipients WHERE run_id = ?");
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(sql);
    q.addBindValue(runId);
    if (!run(q, error) || !q.next())
        return std::nullopt;
    CampaignStats::Counts c = readCounts(q);
    QSqlQuery r(db);
    r.setForwardOnly(SqlDialect::forwardOnly(r));
    r.prepare(QStringLiteral("SELECT coalesce(error_code, ?), max(error_title), count(*) FROM recipients "
                             "WHERE run_id = ? AND state = 'failed' GROUP BY 1"));
    r.addBindValue(FailureCatalogue::kNetworkError);
    r.addBindValue(runId);
    if (!run(r, error))
        return std::nullopt;
    while (r.next())
        c.failureReasons << reason(r.value(0).toInt(), r.value(1).toString(), r.value(2).toLongLong());
    sortReasons(c.failureReasons);
    if (!countOptedOut(db, runId, &c, error))
        return std::nullopt;
    return c;
}

} // namespace

std::optional<CampaignStats::Counts> CampaignStats::compute(QSqlDatabase db, qint64 runId, QString *error)
{
    // run_stat_counts (migration 6) holds the recipients of each run grouped by the only columns the statistics
    // read, kept by triggers: the same conditions summed over a few dozen groups instead of a million rows.
    const QString groups = QStringLiteral(
        "WITH g AS (SELECT state, CASE WHEN error_code = -1 THEN NULL ELSE error_code END AS error_code, "
        "CASE WHEN replied = 1 THEN 1 END AS replied_at, n FROM run_stat_counts WHERE run_id = ? AND n > 0) ");
    QString sql = groups + QStringLiteral("SELECT ");
    for (std::size_t i = 0; i < defs().size(); ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + QStringLiteral("coalesce(sum(CASE WHEN ") + QString(defs()[i].where)
            + QStringLiteral(" THEN n ELSE 0 END), 0)");
    sql += QStringLiteral(", coalesce(sum(CASE WHEN ") + awaitingStatusSql() + QStringLiteral(" THEN n ELSE 0 END), 0)");
    sql += QStringLiteral(" FROM g");
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    // A workspace migrated to version 6 before run_stat_counts was added to it has no such table: count the
    // recipient rows themselves then (slow for big runs, but right).
    const bool summarized = q.prepare(sql);
    if (!summarized)
        return computeFromRows(db, runId, error);
    q.addBindValue(runId);
    if (!run(q, error) || !q.next())
        return std::nullopt;
    Counts c = readCounts(q);

    QSqlQuery r(db);
    r.setForwardOnly(SqlDialect::forwardOnly(r));
    r.prepare(groups
              + QStringLiteral("SELECT coalesce(error_code, ?), sum(n) FROM g WHERE state = 'failed' GROUP BY 1"));
    r.addBindValue(runId);
    r.addBindValue(FailureCatalogue::kNetworkError);
    if (!run(r, error))
        return std::nullopt;
    // Known codes carry the catalogue's title (Meta's own); an unknown code keeps the title Meta sent, read from
    // one of its rows (an unknown code is rare, so that lookup stays small).
    QSqlQuery t(db);
    t.prepare(QStringLiteral("SELECT error_title FROM recipients WHERE run_id = ? AND state = 'failed' "
                             "AND error_code = ? AND error_title IS NOT NULL LIMIT 1"));
    while (r.next()) {
        const int code = r.value(0).toInt();
        QString stored;
        if (!FailureCatalogue::contains(code)) {
            t.addBindValue(runId);
            t.addBindValue(code);
            stored = run(t, error) && t.next() ? t.value(0).toString() : QString();
            t.finish();
        }
        c.failureReasons << reason(code, stored, r.value(1).toLongLong());
    }
    sortReasons(c.failureReasons);
    if (!countOptedOut(db, runId, &c, error))
        return std::nullopt;
    return c;
}

std::optional<QList<CampaignStats::Row>> CampaignStats::skippedRecipients(QSqlDatabase db, qint64 runId, QString *error)
{
    return rowsWhere(db, runId, skippedCondition(), std::nullopt, error);
}

std::optional<QList<CampaignStats::Row>> CampaignStats::recipients(QSqlDatabase db, qint64 runId, Stat stat,
                                                                   std::optional<int> reasonCode, QString *error)
{
    return rowsWhere(db, runId, QString(def(stat).where), reasonCode, error);
}

std::optional<QList<CampaignStats::Row>> CampaignStats::rowsWhere(QSqlDatabase db, qint64 runId, const QString &where,
                                                                  std::optional<int> reasonCode, QString *error)
{
    QString sql = QStringLiteral("SELECT ") + rowColumns()
        + QStringLiteral(" FROM recipients r LEFT JOIN contacts c ON c.id = r.contact_id WHERE r.run_id = ? AND ");
    sql += where;
    if (reasonCode)
        sql += *reasonCode == FailureCatalogue::kNetworkError ? QStringLiteral(" AND r.error_code IS NULL")
                                                              : QStringLiteral(" AND r.error_code = ?");
    sql += QStringLiteral(" ORDER BY r.id");
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(sql);
    q.addBindValue(runId);
    if (reasonCode && *reasonCode != FailureCatalogue::kNetworkError)
        q.addBindValue(*reasonCode);
    if (!run(q, error))
        return std::nullopt;
    QList<Row> rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

Result<qint64> CampaignStats::campaignOfRun(QSqlDatabase db, qint64 runId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT campaign_id FROM campaign_runs WHERE id = ?"));
    q.addBindValue(runId);
    QString error;
    if (!run(q, &error))
        return ErrorMessage{error};
    return q.next() ? q.value(0).toLongLong() : 0;
}

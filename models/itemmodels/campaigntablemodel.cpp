#include "models/itemmodels/campaigntablemodel.h"

#include "models/campaigns/audiencetext.h"
#include "models/storage/sqldialect.h"

#include "models/accounts/account.h"
#include "models/campaigns/runstatus.h"
#include "models/ledger/ledger.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using State = RecipientLedger::State;

qint64 CampaignOverview::done() const
{
    return counts.total - counts.value(State::Planned) - counts.value(State::Claimed);
}

qint64 CampaignOverview::accepted() const
{
    return CampaignStats::fromLedger(counts).acceptedByProvider();
}

CampaignTableModel::CampaignTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CampaignTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Campaign");
    case TypeColumn: return tr("Type");
    case TemplateColumn: return tr("Template");
    case AccountColumn: return tr("Account");
    case AudienceColumn: return tr("Audience");
    case StatusColumn: return tr("Status");
    case ProgressColumn: return tr("Progress");
    case LastRunColumn: return tr("Last run");
    case AttemptedColumn: return tr("Attempted");
    case SentColumn: return tr("Sent");
    case DeliveredColumn: return tr("Delivered");
    case ReadColumn: return tr("Read");
    case RepliedColumn: return tr("Replied");
    case FailedColumn: return tr("Failed");
    case UnqualifiedColumn: return tr("Unqualified");
    default: return {};
    }
}

QString CampaignTableModel::headerToolTip(int section)
{
    // One word for one number: each statistic as campaign-stats.md defines it, for the newest run.
    switch (section) {
    case AudienceColumn: return tr("Who the campaign is for, and how many recipients its newest run has");
    case ProgressColumn: return tr("Recipients the newest run is done with (sent, failed or skipped), of all of them");
    case AttemptedColumn: return tr("Recipients the newest run tried to send to");
    case SentColumn: return tr("Messages WhatsApp reported sent, including those delivered and read");
    case DeliveredColumn: return tr("Messages that reached the phone, including those read");
    case ReadColumn: return tr("Messages opened (only people with read receipts on)");
    case RepliedColumn: return tr("Recipients who wrote back within 72 hours, including those who opted out");
    case FailedColumn: return tr("Messages that could not be sent, including Unqualified");
    case UnqualifiedColumn: return tr("Part of Failed: numbers without a WhatsApp account");
    default: return {};
    }
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignOverview &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case RawValueRole: return raw(row, index.column());
    case CampaignIdRole: return row.campaign.id;
    case Qt::TextAlignmentRole:
        if (index.column() >= AttemptedColumn && index.column() <= UnqualifiedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !row.stopReason.isEmpty())
            return row.stopReason;
        if (index.column() == AudienceColumn)
            return audienceToolTip(row);
        return {};
    default: return {};
    }
}

QVariant CampaignTableModel::display(const CampaignOverview &row, int column) const
{
    const QLocale locale;
    const bool hasRun = row.runId != 0;
    switch (column) {
    case NameColumn: return row.campaign.name;
    case TypeColumn: return typeText(row.campaign.kind);
    case TemplateColumn: return tr("%1 · %2").arg(row.campaign.templateName, row.campaign.language);
    case AccountColumn: return row.accountName;
    case AudienceColumn: {
        const QString who = row.audienceWords.isEmpty() ? AudienceText::describe(row.campaign.audience)
                                                        : row.audienceWords;
        return hasRun ? AudienceText::withCount(who, row.counts.total) : who;
    }
    case StatusColumn:
        if (!hasRun && row.campaign.active)
            return row.campaign.kind == QLatin1String("triggered") ? tr("Waiting for events") : tr("Scheduled");
        return statusText(row.runStatus, row.counts);
    case ProgressColumn: return hasRun ? progressText(row) : QString();
    case LastRunColumn:
        return row.lastRunAt.isValid() ? locale.toString(row.lastRunAt.toLocalTime(), QLocale::ShortFormat)
                                       : tr("Never");
    default:
        if (const auto stat = statOfColumn(column))
            return hasRun ? locale.toString(row.stats.value(*stat)) : QString();
        return {};
    }
}

QVariant CampaignTableModel::raw(const CampaignOverview &row, int column) const
{
    switch (column) {
    case NameColumn: return row.campaign.name.toLower();
    case TypeColumn: return row.campaign.kind;
    case TemplateColumn: return QString(row.campaign.templateName + QLatin1Char('|') + row.campaign.language);
    case AccountColumn: return row.accountName.toLower();
    case AudienceColumn: return row.counts.total;
    case StatusColumn: return row.runStatus;
    case ProgressColumn: return row.counts.total > 0 ? double(row.done()) / double(row.counts.total) : -1.0;
    case LastRunColumn: return row.lastRunAt.isValid() ? row.lastRunAt.toMSecsSinceEpoch() : qint64(0);
    default:
        if (const auto stat = statOfColumn(column))
            return row.stats.value(*stat);
        return {};
    }
}

QString CampaignTableModel::statusText(const QString &runStatus, const RecipientLedger::Counts &counts)
{
    return RunStatuses::label(runStatus, counts.pending());
}

QString CampaignTableModel::progressText(const CampaignOverview &row)
{
    // Not "sent": the Sent statistic counts only messages WhatsApp reported sent; this counts every recipient the
    // sender is finished with (sent, failed, skipped or waiting for a status report).
    const QLocale locale;
    return tr("%1 of %2 handled").arg(locale.toString(row.done()), locale.toString(row.counts.total));
}

QString CampaignTableModel::audienceToolTip(const CampaignOverview &row) const
{
    const QString words = display(row, AudienceColumn).toString();
    if (row.campaign.audience.trimmed().isEmpty())
        return words;
    return tr("%1\nAudience expression: %2").arg(words, row.campaign.audience);
}

QString CampaignTableModel::typeText(const QString &kind)
{
    if (kind == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (kind == QLatin1String("recurring"))
        return tr("Recurring");
    if (kind == QLatin1String("triggered"))
        return tr("Triggered");
    return tr("One-time");
}

std::optional<CampaignStats::Stat> CampaignTableModel::statOfColumn(int column)
{
    using S = CampaignStats::Stat;
    switch (column) {
    case AttemptedColumn: return S::Attempted;
    case SentColumn: return S::Sent;
    case DeliveredColumn: return S::Delivered;
    case ReadColumn: return S::Read;
    case RepliedColumn: return S::Replied;
    case FailedColumn: return S::Failed;
    case UnqualifiedColumn: return S::Unqualified;
    default: return std::nullopt;
    }
}

int CampaignTableModel::rowOf(qint64 campaignId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).campaign.id == campaignId)
            return i;
    }
    return -1;
}

const CampaignOverview *CampaignTableModel::byId(qint64 campaignId) const
{
    const int row = rowOf(campaignId);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void CampaignTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

namespace {

bool sameCounts(const RecipientLedger::Counts &a, const RecipientLedger::Counts &b)
{
    return a.total == b.total && a.byState == b.byState && a.replied == b.replied && a.unqualified == b.unqualified;
}

bool sameRow(const CampaignOverview &a, const CampaignOverview &b)
{
    const Campaign &x = a.campaign;
    const Campaign &y = b.campaign;
    return x.name == y.name && x.templateName == y.templateName && x.language == y.language
        && x.audience == y.audience && x.status == y.status && x.accountId == y.accountId
        && a.accountName == b.accountName && a.audienceWords == b.audienceWords && a.runId == b.runId && a.runStatus == b.runStatus
        && a.stopReason == b.stopReason && a.stopCode == b.stopCode && a.lastRunAt == b.lastRunAt
        && sameCounts(a.counts, b.counts) && x.kind == y.kind && x.active == y.active && x.nextFireAt == y.nextFireAt
        && a.runCount == b.runCount && a.stats.attempted == b.stats.attempted && a.stats.sent == b.stats.sent
        && a.stats.delivered == b.stats.delivered && a.stats.read == b.stats.read
        && a.stats.replied == b.stats.replied && a.stats.failed == b.stats.failed
        && a.stats.unqualified == b.stats.unqualified;
}

} // namespace

void CampaignTableModel::setRows(const QList<CampaignOverview> &rows, const QSet<qint64> &liveRuns)
{
    QHash<qint64, int> fresh;
    for (int i = 0; i < rows.size(); ++i)
        fresh.insert(rows.at(i).campaign.id, i);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!fresh.contains(m_rows.at(i).campaign.id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const CampaignOverview &incoming : rows) {
        const int at = rowOf(incoming.campaign.id);
        if (at < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(incoming);
            endInsertRows();
            continue;
        }
        CampaignOverview merged = incoming;
        const CampaignOverview &current = m_rows.at(at);
        if (liveRuns.contains(incoming.runId) && current.runId == incoming.runId) {
            // Its sender reports the ledger counts and its state more often and more freshly than the database
            // read did. The statistics come from the read: delivery reports, replies and opt-outs reach the
            // database through the status feed, which the sender knows nothing of (a paused run reports nothing).
            merged.counts = current.counts;
            merged.runStatus = current.runStatus;
            merged.stopReason = current.stopReason;
            merged.stopCode = current.stopCode;
        }
        if (!sameRow(current, merged)) {
            m_rows[at] = merged;
            emitRowChanged(at);
        }
    }
}

void CampaignTableModel::updateRun(qint64 runId, const QString &status, const RecipientLedger::Counts &counts,
                                   const QString &reason, std::optional<int> code)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        CampaignOverview &row = m_rows[i];
        if (row.runId != runId)
            continue;
        row.runStatus = status;
        row.counts = counts;
        // The sender knows states, not the replies and status reports that arrived since it last read the
        // ledger: update what the states give, keep Replied and Unqualified (and the reply corrections of Sent and
        // Delivered) from the last database read until the next reload.
        const CampaignStats::Counts live = CampaignStats::fromLedger(counts);
        row.stats.attempted = live.attempted;
        row.stats.sent = qMax(row.stats.sent, live.sent);
        row.stats.delivered = qMax(row.stats.delivered, live.delivered);
        row.stats.read = live.read;
        row.stats.failed = live.failed;
        row.stats.pending = live.pending;
        row.stats.awaitingStatus = live.awaitingStatus;
        row.stopReason = reason;
        row.stopCode = code;
        emitRowChanged(i);
        return;
    }
}

std::optional<QList<CampaignOverview>> CampaignTableModel::load(QSqlDatabase db, const QSet<qint64> &liveRuns,
                                                                QString *error)
{
    error->clear();
    const Result<QList<Campaign>> listed = CampaignStore(db).list();
    if (!listed.report(error))
        return std::nullopt;
    const QList<Campaign> &campaigns = *listed;
    QHash<qint64, QString> accountNames;
    for (const Account &a : AccountStore(db).list(error))
        accountNames.insert(a.id, a.name);
    if (!error->isEmpty())
        return std::nullopt;

    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    if (!q.exec(QStringLiteral("SELECT r.campaign_id, r.id, r.status, r.stop_reason, r.stop_code, "
                               "COALESCE(r.started_at, r.planned_at), g.runs FROM campaign_runs r JOIN "
                               "(SELECT campaign_id, MAX(id) AS newest, COUNT(*) AS runs FROM campaign_runs "
                               "GROUP BY campaign_id) g ON r.id = g.newest"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QHash<qint64, CampaignOverview> runs;
    while (q.next()) {
        CampaignOverview r;
        r.runId = q.value(1).toLongLong();
        r.runStatus = q.value(2).toString();
        r.stopReason = q.value(3).toString();
        if (!q.value(4).isNull())
            r.stopCode = q.value(4).toInt();
        if (!q.value(5).isNull())
            r.lastRunAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong());
        r.runCount = q.value(6).toInt();
        runs.insert(q.value(0).toLongLong(), r);
    }

    const RecipientLedger ledger(db);
    QList<CampaignOverview> result;
    result.reserve(campaigns.size());
    for (const Campaign &c : campaigns) {
        CampaignOverview row = runs.value(c.id);
        row.campaign = c;
        row.accountName = accountNames.value(c.accountId);
        row.audienceWords = AudienceText::describe(db, c.audience);
        if (row.runId != 0) {
            if (!liveRuns.contains(row.runId)) {
                const auto counts = ledger.counts(row.runId, error);
                if (!counts)
                    return std::nullopt;
                row.counts = *counts;
            }
            const auto stats = CampaignStats::compute(db, row.runId, error);
            if (!stats)
                return std::nullopt;
            row.stats = *stats;
        }
        result.append(row);
    }
    return result;
}

QList<QPair<int, qint64>> CampaignTableModel::failureCodes(QSqlDatabase db, qint64 runId, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QStringLiteral("SELECT COALESCE(error_code, -1) AS code, COUNT(*) AS n FROM recipients "
                             "WHERE run_id = ? AND state = 'failed' GROUP BY code ORDER BY n DESC, code"));
    q.addBindValue(runId);
    QList<QPair<int, qint64>> result;
    if (!q.exec()) {
        *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append({q.value(0).toInt(), q.value(1).toLongLong()});
    return result;
}

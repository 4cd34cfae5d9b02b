#include "models/itemmodels/recipientlistmodel.h"
#include "models/storage/sqldialect.h"

#include "models/core/localformat.h"
#include "models/ledger/failurecatalogue.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The SQL a column sorts by (ids break ties, so paging and keyset stay stable).
QString sortExpression(int column)
{
    switch (column) {
    case RecipientListModel::NameColumn:
        return QStringLiteral("coalesce(c.name, '') COLLATE NOCASE");
    case RecipientListModel::PhoneColumn:
        return QStringLiteral("r.phone");
    case RecipientListModel::StateColumn:
        return QStringLiteral("r.state");
    case RecipientListModel::SentColumn:
        return QStringLiteral("r.sent_at");
    case RecipientListModel::DeliveredColumn:
        return QStringLiteral("r.delivered_at");
    case RecipientListModel::ReadColumn:
        return QStringLiteral("r.read_at");
    case RecipientListModel::FailedColumn:
        return QStringLiteral("r.failed_at");
    case RecipientListModel::RepliedColumn:
        return QStringLiteral("r.replied_at");
    case RecipientListModel::WamidColumn:
        return QStringLiteral("r.wamid");
    case RecipientListModel::ErrorCodeColumn:
        return QStringLiteral("r.error_code");
    case RecipientListModel::ErrorTitleColumn:
        return QStringLiteral("r.error_title COLLATE NOCASE");
    default:
        return {};
    }
}

QString formatTime(qint64 ms)
{
    return LocalFormat::dateTimeSeconds(ms);
}

} // namespace

RecipientListModel::RecipientListModel(Workspace &workspace, QObject *parent)
    : PagedTableModel(m_rows, ColumnCount, parent)
    , m_workspace(workspace)
    , m_rows([this](const QList<qint64> &ids) { return loadRows(ids); })
{ }

bool RecipientListModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount && column != ReplyTextColumn;
}

void RecipientListModel::reportError(const QString &error) const
{
    m_lastError = error;
    Q_EMIT const_cast<RecipientListModel *>(this)->errorOccurred(error);
}

std::optional<QList<qint64>> RecipientListModel::loadIds(QString *error) const
{
    if (m_query.runId <= 0)
        return QList<qint64>();
    const QString search = m_query.search.trimmed();
    const QString sortBy = sortExpression(m_query.sortColumn);
    const bool needsContacts = !search.isEmpty() || m_query.sortColumn == NameColumn;
    const QString dir = m_query.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");

    QString sql = QStringLiteral("SELECT r.id FROM recipients r");
    if (needsContacts)
        sql += QStringLiteral(" LEFT JOIN contacts c ON c.id = r.contact_id");
    sql += QStringLiteral(" WHERE r.run_id = :run AND ") + CampaignStats::condition(m_query.stat);
    const bool bindCode = m_query.reasonCode && *m_query.reasonCode != FailureCatalogue::kNetworkError;
    if (m_query.reasonCode)
        sql += bindCode ? QStringLiteral(" AND r.state = 'failed' AND r.error_code = :code")
                        : QStringLiteral(" AND r.state = 'failed' AND r.error_code IS NULL");
    if (!search.isEmpty())
        sql += SqlDialect::caseInsensitiveLike(m_workspace.database(),
                                               QStringLiteral(" AND (c.name LIKE :p ESCAPE '\\' OR r.phone LIKE :p ESCAPE "
                                                              "'\\' OR r.wamid LIKE :p ESCAPE '\\' OR r.error_title LIKE :p "
                                                              "ESCAPE '\\')"));
    sql += QStringLiteral(" ORDER BY ");
    if (!sortBy.isEmpty())
        sql += sortBy + dir + QStringLiteral(", ");
    sql += QStringLiteral("r.id") + dir;

    QList<std::pair<QString, QVariant>> bindings{{QStringLiteral(":run"), m_query.runId}};
    if (bindCode)
        bindings.append({QStringLiteral(":code"), *m_query.reasonCode});
    if (!search.isEmpty())
        bindings.append({QStringLiteral(":p"), likePattern(search)});
    return readIds(m_workspace.database(), sql, bindings, error);
}

QList<RecipientListModel::Entry> RecipientListModel::loadRows(const QList<qint64> &ids) const
{
    QString placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders += i ? QStringLiteral(",?") : QStringLiteral("?");
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QStringLiteral("SELECT ") + CampaignStats::rowColumns()
              + QStringLiteral(" FROM recipients r LEFT JOIN contacts c ON c.id = r.contact_id WHERE r.id IN (")
              + placeholders + QLatin1Char(')'));
    for (qint64 id : ids)
        q.addBindValue(id);
    QHash<qint64, Entry> byId;
    if (q.lastError().type() != QSqlError::NoError || !q.exec()) {
        reportError(tr("Could not read the recipients: %1").arg(q.lastError().text()));
    } else {
        while (q.next()) {
            const CampaignStats::Row row = CampaignStats::readRow(q);
            Entry e{row, row.replyText};
            byId.insert(e.row.id, e);
        }
    }
    // Keep row numbers aligned with the ids even when a row vanished behind our back.
    QList<Entry> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        Entry e = byId.value(id);
        e.row.id = id;
        rows.append(e);
    }
    return rows;
}

QVariant RecipientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_rows.idAt(index.row());
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole && role != PhoneRole
        && role != StateRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == ErrorCodeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const Entry *e = m_rows.cached(index.row());
    if (!e)
        return {};
    const CampaignStats::Row &r = e->row;
    if (role == PhoneRole)
        return r.phone;
    if (role == StateRole)
        return r.state;
    const bool raw = role == RawValueRole;
    const auto time = [raw](qint64 ms) -> QVariant { return raw ? QVariant(ms) : QVariant(formatTime(ms)); };
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case PhoneColumn:
        return r.phone;
    case StateColumn:
        return r.state;
    case SentColumn:
        return time(r.sentAt);
    case DeliveredColumn:
        return time(r.deliveredAt);
    case ReadColumn:
        return time(r.readAt);
    case FailedColumn:
        return time(r.failedAt);
    case RepliedColumn:
        return time(r.repliedAt);
    case ReplyTextColumn:
        return e->replyText;
    case WamidColumn:
        return r.wamid;
    case ErrorCodeColumn:
        if (!r.errorCode)
            return r.state == QLatin1String("failed") && !raw ? tr("none") : QVariant();
        return raw ? QVariant(*r.errorCode) : QVariant(QString::number(*r.errorCode));
    case ErrorTitleColumn: {
        // A failure without a stored title (a network error, an older row) shows the catalogue's.
        const QString title = r.errorTitle.isEmpty() && r.state == QLatin1String("failed") && !raw
            ? FailureCatalogue::lookup(r.errorCode.value_or(FailureCatalogue::kNetworkError)).title
            : r.errorTitle;
        if (role == Qt::ToolTipRole && !r.errorDetails.isEmpty())
            return QString(title + QLatin1Char('\n') + r.errorDetails);
        return title;
    }
    default:
        return {};
    }
}

QVariant RecipientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case StateColumn:
        return tr("State");
    case SentColumn:
        return tr("Sent");
    case DeliveredColumn:
        return tr("Delivered");
    case ReadColumn:
        return tr("Read");
    case FailedColumn:
        return tr("Failed");
    case RepliedColumn:
        return tr("Replied");
    case ReplyTextColumn:
        return tr("Reply");
    case WamidColumn:
        return tr("Message ID");
    case ErrorCodeColumn:
        return tr("Error code");
    case ErrorTitleColumn:
        return tr("Error");
    default:
        return {};
    }
}

void RecipientListModel::sort(int column, Qt::SortOrder order)
{
    if (column != -1 && !isSortable(column))
        return;
    if (column == m_query.sortColumn && order == m_query.order)
        return;
    m_query.sortColumn = column;
    m_query.order = order;
    // Keeps persistent indexes (selection, current row) on the same rows.
    relayout([this] {
        QString error;
        if (auto ids = loadIds(&error)) {
            m_rows.setIds(std::move(*ids));
        } else {
            reportError(error);
            m_rows.clearPages();
        }
    });
}

void RecipientListModel::setList(qint64 runId, CampaignStats::Stat stat, std::optional<int> reasonCode)
{
    m_query.runId = runId;
    m_query.stat = stat;
    m_query.reasonCode = reasonCode;
    reload();
}

void RecipientListModel::setReason(std::optional<int> reasonCode)
{
    if (reasonCode == m_query.reasonCode)
        return;
    m_query.reasonCode = reasonCode;
    reload();
}

void RecipientListModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

void RecipientListModel::reload()
{
    QString error;
    auto ids = loadIds(&error);
    beginResetModel();
    m_rows.setIds(ids ? std::move(*ids) : QList<qint64>());
    if (ids)
        m_lastError.clear();
    endResetModel();
    if (!ids)
        reportError(error);
}

qint64 RecipientListModel::idAt(int row) const
{
    return m_rows.idAt(row);
}

std::optional<CampaignStats::Row> RecipientListModel::rowAt(int row) const
{
    const Entry *e = m_rows.cached(row);
    if (!e)
        return std::nullopt;
    return e->row;
}

QString RecipientListModel::replyTextAt(int row) const
{
    const Entry *e = m_rows.cached(row);
    return e ? e->replyText : QString();
}

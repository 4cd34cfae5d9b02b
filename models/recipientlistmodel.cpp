#include "recipientlistmodel.h"

#include "failurecatalogue.h"
#include "workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace {

constexpr int kPageSize = 200;
constexpr int kMaxPages = 64; // 12,800 rows cached at most

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

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

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

qint64 msOrZero(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

RecipientListModel::RecipientListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{ }

int RecipientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecipientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

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
        sql += QStringLiteral(" AND (c.name LIKE :p ESCAPE '\\' OR r.phone LIKE :p ESCAPE '\\' OR r.wamid LIKE :p "
                              "ESCAPE '\\' OR r.error_title LIKE :p ESCAPE '\\')");
    sql += QStringLiteral(" ORDER BY ");
    if (!sortBy.isEmpty())
        sql += sortBy + dir + QStringLiteral(", ");
    sql += QStringLiteral("r.id") + dir;

    const QSqlDatabase db = m_workspace.database();
    // A million ids through QSqlQuery cost ~130 ms of per-row QVariant overhead: read them straight from the
    // driver's handle (the same connection, so the same transaction view), as ContactStore::ids does.
    if (sqlite3 *handle = sqliteHandle(db)) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return std::nullopt;
        }
        sqlite3_bind_int64(stmt, sqlite3_bind_parameter_index(stmt, ":run"), m_query.runId);
        if (bindCode)
            sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, ":code"), *m_query.reasonCode);
        if (!search.isEmpty()) {
            const QByteArray pattern = likePattern(search).toUtf8();
            sqlite3_bind_text(stmt, sqlite3_bind_parameter_index(stmt, ":p"), pattern.constData(), int(pattern.size()),
                SQLITE_TRANSIENT);
        }
        QList<qint64> result;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            result.append(sqlite3_column_int64(stmt, 0));
        if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return std::nullopt;
        return result;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    q.bindValue(QStringLiteral(":run"), m_query.runId);
    if (bindCode)
        q.bindValue(QStringLiteral(":code"), *m_query.reasonCode);
    if (!search.isEmpty())
        q.bindValue(QStringLiteral(":p"), likePattern(search));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

void RecipientListModel::loadPage(int page) const
{
    const qsizetype first = qsizetype(page) * kPageSize;
    const QList<qint64> ids = m_ids.mid(first, kPageSize);
    QString placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders += i ? QStringLiteral(",?") : QStringLiteral("?");
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT r.id, coalesce(c.name, ''), r.phone, r.state, r.wamid, r.claimed_at, r.sent_at, "
                  "r.delivered_at, r.read_at, r.failed_at, r.replied_at, r.error_code, r.error_title, r.error_details, "
                  "(SELECT i.text FROM inbound_messages i WHERE i.recipient_id = r.id ORDER BY i.message_at DESC "
                  "LIMIT 1) FROM recipients r LEFT JOIN contacts c ON c.id = r.contact_id WHERE r.id IN (")
        + placeholders + QLatin1Char(')'));
    for (qint64 id : ids)
        q.addBindValue(id);
    QHash<qint64, Entry> byId;
    if (q.lastError().type() != QSqlError::NoError || !q.exec()) {
        reportError(tr("Could not read the recipients: %1").arg(q.lastError().text()));
    } else {
        while (q.next()) {
            Entry e;
            CampaignStats::Row &row = e.row;
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
            e.replyText = q.value(14).toString();
            byId.insert(row.id, e);
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
    if (m_pages.size() >= kMaxPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pages.insert(page, rows);
    m_pageOrder.append(page);
}

const RecipientListModel::Entry *RecipientListModel::cached(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        loadPage(page);
        it = m_pages.constFind(page);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant RecipientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole && role != PhoneRole
        && role != StateRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == ErrorCodeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const Entry *e = cached(index.row());
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

Qt::ItemFlags RecipientListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void RecipientListModel::sort(int column, Qt::SortOrder order)
{
    if (column != -1 && !isSortable(column))
        return;
    if (column == m_query.sortColumn && order == m_query.order)
        return;
    m_query.sortColumn = column;
    m_query.order = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &i : before)
        beforeIds.append(m_ids.value(i.row()));
    QString error;
    if (auto ids = loadIds(&error)) {
        m_ids = std::move(*ids);
    } else {
        reportError(error);
    }
    m_pages.clear();
    m_pageOrder.clear();
    if (!before.isEmpty()) {
        QHash<qint64, int> rowOf;
        rowOf.reserve(m_ids.size());
        for (int r = 0; r < m_ids.size(); ++r)
            rowOf.insert(m_ids.at(r), r);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int r = rowOf.value(beforeIds.at(i), -1);
            after.append(r < 0 ? QModelIndex() : index(r, before.at(i).column()));
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
    m_pages.clear();
    m_pageOrder.clear();
    if (ids) {
        m_ids = std::move(*ids);
        m_lastError.clear();
    } else {
        m_ids.clear();
    }
    endResetModel();
    if (!ids)
        reportError(error);
}

qint64 RecipientListModel::idAt(int row) const
{
    return m_ids.value(row, 0);
}

std::optional<CampaignStats::Row> RecipientListModel::rowAt(int row) const
{
    const Entry *e = cached(row);
    if (!e)
        return std::nullopt;
    return e->row;
}

QString RecipientListModel::replyTextAt(int row) const
{
    const Entry *e = cached(row);
    return e ? e->replyText : QString();
}

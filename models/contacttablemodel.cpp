#include "contacttablemodel.h"

#include "workspace.h"

#include <QLocale>

namespace {
constexpr int kPageSize = 200;
constexpr int kMaxPages = 64;   // 12,800 rows cached at most
} // namespace

ContactTableModel::ContactTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ContactTableModel::isSortable(int column)
{
    return column == PhoneColumn || column == NameColumn || column == CreatedColumn;
}

void ContactTableModel::loadPage(int page) const
{
    const qsizetype first = qsizetype(page) * kPageSize;
    const QList<qint64> ids = m_ids.mid(first, kPageSize);
    QString error;
    QList<Contact> rows = ContactStore(m_workspace.database()).fetch(ids, &error);
    if (!error.isEmpty()) {
        auto *self = const_cast<ContactTableModel *>(this);
        self->m_lastError = error;
        Q_EMIT self->errorOccurred(error);
    }
    // A row deleted behind our back leaves a gap: pad with placeholders so row numbers stay aligned.
    if (rows.size() != ids.size()) {
        QList<Contact> aligned;
        aligned.reserve(ids.size());
        qsizetype j = 0;
        for (qint64 id : ids) {
            if (j < rows.size() && rows.at(j).id == id) {
                aligned.append(rows.at(j++));
            } else {
                Contact gone;
                gone.id = id;
                aligned.append(gone);
            }
        }
        rows = std::move(aligned);
    }
    if (m_pages.size() >= kMaxPages) {
        const int evict = m_pageOrder.takeFirst();
        m_pages.remove(evict);
    }
    m_pages.insert(page, rows);
    m_pageOrder.append(page);
}

const Contact *ContactTableModel::cached(int row) const
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

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != ConsentRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const Contact *c = cached(index.row());
    if (!c)
        return {};
    if (role == ConsentRole)
        return int(c->consent());
    switch (index.column()) {
    case PhoneColumn:
        return c->phone;
    case NameColumn:
        return c->name;
    case ConsentColumn:
        if (role == RawValueRole)
            return int(c->consent());
        switch (c->consent()) {
        case Contact::Consent::OptedIn:
            return role == Qt::ToolTipRole ? tr("Opted in via %1 on %2")
                                                 .arg(c->optInSource.isEmpty() ? tr("unknown source") : c->optInSource,
                                                      QLocale().toString(c->optInAt.toLocalTime(), QLocale::ShortFormat))
                                           : tr("Opted in");
        case Contact::Consent::OptedOut:
            return role == Qt::ToolTipRole
                ? tr("Opted out on %1: %2")
                      .arg(QLocale().toString(c->optOutAt.toLocalTime(), QLocale::ShortFormat),
                           c->optOutReason.isEmpty() ? tr("no reason given") : c->optOutReason)
                : tr("Opted out");
        case Contact::Consent::None:
            return tr("No consent");
        }
        return {};
    case TagsColumn:
        return c->tags.join(QStringLiteral(", "));
    case CreatedColumn:
        if (role == RawValueRole)
            return c->createdAt;
        return QLocale().toString(c->createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PhoneColumn:
        return tr("Phone");
    case NameColumn:
        return tr("Name");
    case ConsentColumn:
        return tr("Consent");
    case TagsColumn:
        return tr("Tags");
    case CreatedColumn:
        return tr("Added");
    default:
        return {};
    }
}

Qt::ItemFlags ContactTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    ContactQuery q = m_query;
    q.sort = column == NameColumn    ? ContactQuery::SortKey::Name
           : column == PhoneColumn ? ContactQuery::SortKey::Phone
                                   : ContactQuery::SortKey::Created;
    q.order = order;
    if (q.sort == m_query.sort && q.order == m_query.order)
        return;
    m_query = q;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &i : before)
        beforeIds.append(m_ids.value(i.row()));
    QString error;
    auto ids = ContactStore(m_workspace.database()).ids(m_query, &error);
    if (ids) {
        m_ids = std::move(*ids);
        m_pages.clear();
        m_pageOrder.clear();
    } else {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    }
    // Keep persistent indexes (selection, current row) on the same contacts.
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

void ContactTableModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

void ContactTableModel::reload()
{
    QString error;
    auto ids = ContactStore(m_workspace.database()).ids(m_query, &error);
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    if (ids) {
        m_ids = std::move(*ids);
        m_lastError.clear();
    } else {
        m_ids.clear();
        m_lastError = error;
    }
    endResetModel();
    if (!ids)
        Q_EMIT errorOccurred(error);
}

std::optional<Contact> ContactTableModel::contactAt(int row) const
{
    const Contact *c = cached(row);
    if (!c || c->phone.isEmpty())
        return std::nullopt;
    return *c;
}

qint64 ContactTableModel::idAt(int row) const
{
    return m_ids.value(row, 0);
}

int ContactTableModel::rowOfId(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

void ContactTableModel::refreshIds(const QList<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    // Drop every cached page holding one of them and repaint those rows.
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        bool hit = false;
        for (const Contact &c : std::as_const(*it)) {
            if (wanted.contains(c.id)) {
                hit = true;
                break;
            }
        }
        if (!hit) {
            ++it;
            continue;
        }
        const int page = it.key();
        it = m_pages.erase(it);
        m_pageOrder.removeOne(page);
        const int first = page * kPageSize;
        const int last = qMin<int>(first + kPageSize, int(m_ids.size())) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

void ContactTableModel::removeIds(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    // Many scattered rows: one reset is cheaper than thousands of removals over a million-row list.
    if (gone.size() > 256) {
        beginResetModel();
        m_ids.removeIf([&](qint64 id) { return gone.contains(id); });
        m_pages.clear();
        m_pageOrder.clear();
        endResetModel();
        return;
    }
    // Remove contiguous runs from the bottom up so earlier row numbers stay valid.
    int row = int(m_ids.size()) - 1;
    while (row >= 0) {
        if (!gone.contains(m_ids.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_ids.remove(first, row - first + 1);
        m_pages.clear();
        m_pageOrder.clear();
        endRemoveRows();
        row = first - 1;
    }
}

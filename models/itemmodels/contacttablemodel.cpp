#include "models/itemmodels/contacttablemodel.h"

#include "models/storage/workspace.h"

#include <QLocale>

namespace {
// Ids read for the first paint; the rest follow by key.
constexpr int kFirstIds = 1000;
// Ids read per idle turn of the event loop (a few ms).
constexpr int kIdleChunk = 20000;
} // namespace

ContactTableModel::ContactTableModel(Workspace &workspace, QObject *parent)
    : PagedTableModel(m_rows, ColumnCount, parent)
    , m_workspace(workspace)
    , m_rows([this](const QList<qint64> &ids) { return loadRows(ids); })
{
    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, [this] {
        if (!m_rows.loadMore(kIdleChunk))
            m_fill.stop();
    });
    reload();
}

bool ContactTableModel::readIds(QString *error)
{
    m_fill.stop();
    m_fillPending = false;
    const ContactStore store(m_workspace.database());
    if (!m_query.search.trimmed().isEmpty()) {
        auto ids = store.ids(m_query, error);
        m_rows.setIds(ids ? std::move(*ids) : QList<qint64>());
        return ids.has_value();
    }
    const std::optional<qint64> count = store.count(error);
    auto first = count ? store.idsAfter(m_query, 0, kFirstIds, error) : std::nullopt;
    if (!first) {
        m_rows.setIds({});
        return false;
    }
    const ContactQuery query = m_query;
    Workspace *workspace = &m_workspace;
    m_rows.setFirstIds(std::move(*first), int(*count), [query, workspace](qint64 afterId, int limit) {
        QString ignored;   // a failed chunk ends the list early; its rows show as gone until the next reload
        return ContactStore(workspace->database()).idsAfter(query, afterId, limit, &ignored);
    });
    m_fillPending = !m_rows.complete();
    return true;
}

bool ContactTableModel::isSortable(int column)
{
    return column == PhoneColumn || column == NameColumn || column == CreatedColumn;
}

QList<Contact> ContactTableModel::loadRows(const QList<qint64> &ids)
{
    QString error;
    QList<Contact> rows = ContactStore(m_workspace.database()).fetch(ids, &error);
    if (!error.isEmpty()) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
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
    return rows;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_fillPending) {
        m_fillPending = false;
        m_fill.start();
    }
    if (role == IdRole)
        return m_rows.idAt(index.row());
    if (role != Qt::DisplayRole && role != ConsentRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const Contact *c = m_rows.cached(index.row());
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
    // Keeps persistent indexes (selection, current row) on the same rows.
    relayout([this] {
        QString error;
        if (!readIds(&error)) {
            m_lastError = error;
            Q_EMIT errorOccurred(error);
        }
    });
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
    beginResetModel();
    const bool ok = readIds(&error);
    if (ok)
        m_lastError.clear();
    else
        m_lastError = error;
    endResetModel();
    if (!ok)
        Q_EMIT errorOccurred(error);
}

std::optional<Contact> ContactTableModel::contactAt(int row) const
{
    const Contact *c = m_rows.cached(row);
    if (!c || c->phone.isEmpty())
        return std::nullopt;
    return *c;
}

qint64 ContactTableModel::idAt(int row) const
{
    return m_rows.idAt(row);
}

int ContactTableModel::rowOfId(qint64 id) const
{
    return m_rows.rowOfId(id);
}

void ContactTableModel::refreshIds(const QList<qint64> &ids)
{
    // Drop every cached page holding one of them and repaint those rows.
    const QList<int> pages = m_rows.dropPagesWith(QSet<qint64>(ids.cbegin(), ids.cend()));
    for (int page : pages) {
        const auto [first, last] = m_rows.pageRows(page);
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
        m_rows.removeIds(gone);
        endResetModel();
        return;
    }
    // Remove contiguous runs from the bottom up so earlier row numbers stay valid.
    int row = m_rows.size() - 1;
    while (row >= 0) {
        if (!gone.contains(m_rows.idAt(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone.contains(m_rows.idAt(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.removeRows(first, row);
        endRemoveRows();
        row = first - 1;
    }
}

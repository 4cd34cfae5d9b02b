#include "models/storage/pagedrows.h"
#include "models/storage/sqldialect.h"

#include "models/storage/workspace.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace {
// Ids read per chunk after the first ones: about 5 ms of SQLite work on an index.
constexpr int kTailChunk = 20000;
} // namespace

const QList<qint64> &PagedIds::ids() const
{
    ensureRows(m_total);
    return m_ids;
}

qint64 PagedIds::idAt(int row) const
{
    if (row >= m_ids.size())
        ensureRows(row + 1);
    return m_ids.value(row, 0);
}

int PagedIds::rowOfId(qint64 id) const
{
    const qsizetype row = m_ids.indexOf(id);
    if (row >= 0 || complete())
        return int(row);
    const qsizetype held = m_ids.size();
    ensureRows(m_total);
    return int(m_ids.indexOf(id, held));
}

QList<qint64> PagedIds::pageIds(int page) const
{
    const qsizetype first = qsizetype(page) * kPageSize;
    ensureRows(int(qMin<qsizetype>(first + kPageSize, m_total)));
    return m_ids.mid(first, kPageSize);
}

void PagedIds::ensureRows(int rows) const
{
    while (m_ids.size() < rows && loadMore(qMax(kTailChunk, int(rows - m_ids.size())))) {
    }
}

bool PagedIds::loadMore(int rows) const
{
    if (!m_tail)
        return false;
    const std::optional<QList<qint64>> more = m_tail(m_ids.isEmpty() ? 0 : m_ids.constLast(), rows);
    if (more)
        m_ids.append(*more);
    if (!more || more->size() < rows || m_ids.size() >= m_total)
        finishTail();
    return m_tail != nullptr;
}

void PagedIds::finishTail() const
{
    m_tail = nullptr;
    m_ids.resize(m_total);   // pads a shortfall with id 0, drops rows that appeared meanwhile
}

void PagedIds::setIds(QList<qint64> ids)
{
    m_ids = std::move(ids);
    m_total = int(m_ids.size());
    m_tail = nullptr;
    clearPages();
}

void PagedIds::setFirstIds(QList<qint64> first, int total, TailLoader tail)
{
    m_ids = std::move(first);
    m_total = total;
    m_tail = std::move(tail);
    if (m_ids.size() >= m_total || !m_tail)
        finishTail();
    clearPages();
}

void PagedIds::removeRows(int first, int last)
{
    ensureRows(m_total);
    m_ids.remove(first, last - first + 1);
    m_total = int(m_ids.size());
    clearPages();
}

void PagedIds::removeIds(const QSet<qint64> &ids)
{
    ensureRows(m_total);
    m_ids.removeIf([&](qint64 id) { return ids.contains(id); });
    m_total = int(m_ids.size());
    clearPages();
}

void PagedIds::clearPages()
{
    dropAllPages();
    m_pageOrder.clear();
}

QList<int> PagedIds::dropPagesWith(const QSet<qint64> &ids)
{
    QList<int> dropped;
    for (int page : std::as_const(m_pageOrder)) {
        const QList<qint64> onPage = pageIds(page);
        if (std::any_of(onPage.cbegin(), onPage.cend(), [&](qint64 id) { return ids.contains(id); }))
            dropped.append(page);
    }
    for (int page : std::as_const(dropped)) {
        dropPage(page);
        m_pageOrder.removeOne(page);
    }
    return dropped;
}

std::pair<int, int> PagedIds::pageRows(int page) const
{
    const int first = page * kPageSize;
    return { first, qMin<int>(first + kPageSize, size()) - 1 };
}

int PagedIds::admit(int page) const
{
    const int evict = m_pageOrder.size() >= kMaxPages ? m_pageOrder.takeFirst() : -1;
    m_pageOrder.append(page);
    return evict;
}

PagedTableModel::PagedTableModel(const PagedIds &rows, int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_paged(rows)
    , m_columnCount(columnCount)
{ }

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_paged.size();
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void PagedTableModel::relayout(const std::function<void()> &reorder)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &i : before)
        beforeIds.append(m_paged.idAt(i.row()));
    reorder();
    if (!before.isEmpty()) {
        const QList<qint64> &ids = m_paged.ids();
        QHash<qint64, int> rowOf;
        rowOf.reserve(ids.size());
        for (int r = 0; r < ids.size(); ++r)
            rowOf.insert(ids.at(r), r);
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

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

std::optional<QList<qint64>> readIds(
    const QSqlDatabase &db, const QString &sql, const QList<std::pair<QString, QVariant>> &bindings, QString *error)
{
    sqlite3 *handle = Workspace::sqliteHandle(db);
    if (!handle && db.isOpen()) {   // PostgreSQL: through the driver
        QSqlQuery q(db);
        q.setForwardOnly(SqlDialect::forwardOnly(q));
        bool ok = q.prepare(sql);
        for (const auto &[name, value] : bindings)
            q.bindValue(name, value);
        QList<qint64> result;
        ok = ok && q.exec();
        while (ok && q.next())
            result.append(q.value(0).toLongLong());
        if (!ok) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        return result;
    }
    if (!handle) {
        *error = QCoreApplication::translate("PagedRows", "The workspace is not open.");
        return std::nullopt;
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return std::nullopt;
    }
    for (const auto &[name, value] : bindings) {
        const int index = sqlite3_bind_parameter_index(stmt, name.toUtf8().constData());
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, index, value.toLongLong());
        }
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

#pragma once

#include <functional>
#include <optional>
#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>
#include <utility>

// The ordered ids a million-row model shows (8 bytes a row) and the bookkeeping of the pages of full rows cached
// for them: pages of kPageSize rows, loaded as the view asks for them, at most kMaxPages kept, the least recently
// loaded dropped first. PagedRows<Row> below holds the rows themselves.
//
// The ids may come in by key (setFirstIds): the first ones and the row count up front, the rest read after the last
// id held, in chunks, when a row past them is asked for or loadMore() is called (the model does it while the event
// loop is idle). The row count stays the one given: rows that appear meanwhile wait for the next reload, and a
// shortfall (rows deleted meanwhile) is padded with id 0, which the loaders show as a gone row.
class PagedIds
{
public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 64; // 12,800 rows cached at most
    // Up to `limit` ids after `afterId` in the model's order; nullopt on an error.
    using TailLoader = std::function<std::optional<QList<qint64>>(qint64 afterId, int limit)>;

    virtual ~PagedIds() = default;

    // Every id (the rest read first when they came in by key).
    const QList<qint64> &ids() const;
    int size() const { return m_total; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    // True once every id is held.
    bool complete() const { return !m_tail; }
    // Reads up to `rows` more ids; false once every id is held.
    bool loadMore(int rows) const;

    // Replaces the ids (a reload or a re-sort); drops every cached page.
    void setIds(QList<qint64> ids);
    // The same with the first ids and the row count; `tail` reads the rest on demand.
    void setFirstIds(QList<qint64> first, int total, TailLoader tail);
    // Removes rows first..last, or every row holding one of `ids`; drops every cached page.
    void removeRows(int first, int last);
    void removeIds(const QSet<qint64> &ids);
    void clearPages();
    // Drops the cached pages holding one of `ids` and returns them (their rows are to be repainted).
    QList<int> dropPagesWith(const QSet<qint64> &ids);
    // The rows of a page, clipped to the ids: last < first when none.
    std::pair<int, int> pageRows(int page) const;

protected:
    QList<qint64> pageIds(int page) const;
    // Holds at least the first `rows` ids (or all of them).
    void ensureRows(int rows) const;
    // Records `page` as loaded; returns the page to drop to make room for it, -1 when there is room.
    int admit(int page) const;
    virtual void dropPage(int page) const = 0;
    virtual void dropAllPages() const = 0;

    mutable QList<qint64> m_ids;    // the first ones only until complete()
    int m_total = 0;
    mutable TailLoader m_tail;      // empty once complete
    mutable QList<int> m_pageOrder; // least recently loaded first

private:
    void finishTail() const;
};

// The full rows behind PagedIds. The loader reads the rows of a page's ids, one for each id and in their order.
template<typename Row>
class PagedRows : public PagedIds
{
public:
    using Loader = std::function<QList<Row>(const QList<qint64> &ids)>;

    explicit PagedRows(Loader loader)
        : m_loader(std::move(loader))
    { }

    // The row (its page loaded if needed), null out of range.
    const Row *cached(int row) const
    {
        if (row < 0 || row >= size())
            return nullptr;
        const int page = row / kPageSize;
        auto it = m_pages.constFind(page);
        if (it == m_pages.constEnd()) {
            QList<Row> rows = m_loader(pageIds(page));
            if (const int evict = admit(page); evict >= 0)
                m_pages.remove(evict);
            it = m_pages.insert(page, std::move(rows));
        }
        const int offset = row % kPageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }

private:
    void dropPage(int page) const override { m_pages.remove(page); }
    void dropAllPages() const override { m_pages.clear(); }

    Loader m_loader;
    mutable QHash<int, QList<Row>> m_pages; // page index → rows
};

// A read-only table with a row for each of the ids of `rows` (a member of the derived model).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    PagedTableModel(const PagedIds &rows, int columnCount, QObject *parent);

    // Re-sorts: runs `reorder` (which replaces the ids) inside a layout change and keeps persistent indexes
    // (selection, current row) on the same ids.
    void relayout(const std::function<void()> &reorder);

private:
    const PagedIds &m_paged;
    const int m_columnCount;
};

// The ids an SQL query selects (its first column), in order; `bindings` are named parameters (":p") with int,
// qint64 or string values. On SQLite they are read straight from the driver's handle: a million ids through
// QSqlQuery cost ~130 ms of per-row QVariant overhead (the same connection, so the same transaction view).
std::optional<QList<qint64>> readIds(
    const QSqlDatabase &db, const QString &sql, const QList<std::pair<QString, QVariant>> &bindings, QString *error);
// LIKE pattern (with ESCAPE '\') for a substring search, with the user's % and _ taken literally.
QString likePattern(const QString &text);

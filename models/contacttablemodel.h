#pragma once

#include "contact.h"
#include "contactstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Workspace;

// The contacts table. Built for a million rows: it holds only the ordered list of matching ids
// (8 bytes a row) and pages full rows in from the database as the view asks for them, keeping a
// bounded cache. Search and sort run in SQL (see ContactFilterProxy for the view-facing proxy).
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PhoneColumn, NameColumn, ConsentColumn, TagsColumn, CreatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,   // qint64 contact id
        ConsentRole,                 // int(Contact::Consent), for the badge delegate
        RawValueRole,                // the unformatted value (sorting, export)
    };

    explicit ContactTableModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString &text);
    QString search() const { return m_query.search; }
    ContactQuery query() const { return m_query; }

    // Which columns can be sorted (the indexed ones).
    static bool isSortable(int column);

    // The full contact behind a row (from the cache, loaded if needed).
    std::optional<Contact> contactAt(int row) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;

    // Re-reads the ids (after an import or a bulk change); keeps the query.
    void reload();
    // Drops cached rows for these ids and repaints them (after a tag / opt-out change).
    void refreshIds(const QList<qint64> &ids);
    // Removes these ids from the model (after they were deleted from the store).
    void removeIds(const QList<qint64> &ids);

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    const Contact *cached(int row) const;
    void loadPage(int page) const;

    Workspace &m_workspace;
    ContactQuery m_query;
    QList<qint64> m_ids;
    mutable QHash<int, QList<Contact>> m_pages;   // page index → rows
    mutable QList<int> m_pageOrder;               // least recently loaded first
    QString m_lastError;
};

#pragma once

#include "models/contacts/contact.h"
#include "models/contacts/contactstore.h"
#include "models/storage/pagedrows.h"

#include <QList>
#include <QTimer>

class Workspace;

// The contacts table. Built for a million rows: it holds only the ordered list of matching ids
// (8 bytes a row) and pages full rows in from the database as the view asks for them, keeping a
// bounded cache. Search and sort run in SQL (see ContactFilterProxy for the view-facing proxy).
// Without a search the ids come by key: the count and the first ids for the first paint, the rest in
// chunks while the event loop is idle once a view has asked for rows, or at once when a row past them is
// needed (PagedIds).
class ContactTableModel : public PagedTableModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
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
    QList<Contact> loadRows(const QList<qint64> &ids);
    // Reads the ids of m_query into m_rows; false (and m_rows emptied) on an error, in *error.
    bool readIds(QString *error);

    Workspace &m_workspace;
    ContactQuery m_query;
    PagedRows<Contact> m_rows;
    // Reads the rest of the ids while the event loop is idle, once a view asked for its first rows (data()), so the
    // first paint does not wait for a chunk of them.
    mutable QTimer m_fill;
    mutable bool m_fillPending = false;
    QString m_lastError;
};

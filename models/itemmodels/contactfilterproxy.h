#pragma once

#include <QIdentityProxyModel>

class ContactTableModel;

// The proxy a contacts view talks to. Searching and sorting a million rows in memory would load them
// all (QSortFilterProxyModel maps every source row), so this proxy passes rows through one-to-one in
// O(1) and hands search and sort to the source model, which runs them in SQL.
class ContactFilterProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ContactFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Matches name, phone, tag or attribute value (case-insensitive substring).
    void setSearchText(const QString &text);
    QString searchText() const;

    ContactTableModel *contacts() const;
};

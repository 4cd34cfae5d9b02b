#include "models/itemmodels/contactfilterproxy.h"

#include "models/itemmodels/contacttablemodel.h"

ContactFilterProxy::ContactFilterProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void ContactFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    Q_ASSERT(!source || qobject_cast<ContactTableModel *>(source));
    QIdentityProxyModel::setSourceModel(source);
}

ContactTableModel *ContactFilterProxy::contacts() const
{
    return qobject_cast<ContactTableModel *>(sourceModel());
}

void ContactFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (auto *m = contacts())
        m->sort(column, order);
}

void ContactFilterProxy::setSearchText(const QString &text)
{
    if (auto *m = contacts())
        m->setSearch(text);
}

QString ContactFilterProxy::searchText() const
{
    auto *m = contacts();
    return m ? m->search() : QString();
}

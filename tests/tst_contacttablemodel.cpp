#include "models/contacts/contactstore.h"
#include "models/itemmodels/contactfilterproxy.h"
#include "models/itemmodels/contacttablemodel.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

// n contacts "Name 00001".."Name n" with phones +1202000000i, created in that order.
void fill(Workspace &ws, int n)
{
    QSqlQuery q(ws.database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (phone, name, opt_in_at, created_at, updated_at) "
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                  "SELECT printf('+1202%07d', i), printf('Name %05d', i), "
                                  "CASE WHEN i % 2 = 0 THEN 1000 END, i, i FROM n")
                       .arg(n)));
}

} // namespace

class TestContactTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void pagesRowsLazily();
    void searchAndSortThroughProxy();
    void sortKeepsSelection();
    void refreshAndRemove();
    void unsortableColumnsIgnoreSort();
    void idsByKeyMatchTheFullList_data();
    void idsByKeyMatchTheFullList();
    void idsByKeyPadRowsDeletedMeanwhile();
};

void TestContactTableModel::passesModelTester()
{
    TestWorkspace t;
    fill(t.workspace(), 1000);
    ContactTableModel model(t.workspace());
    ContactFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 1000);
    proxy.setSearchText(QStringLiteral("Name 0099"));
    QCOMPARE(proxy.rowCount(), 10);
    proxy.sort(ContactTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ContactTableModel::NameColumn).data().toString(), QStringLiteral("Name 00999"));
    const QList<qint64> gone{model.idAt(0), model.idAt(2)};
    QString error;
    QVERIFY(ContactStore(t.workspace().database()).remove(gone, &error));
    model.removeIds(gone);
    QCOMPARE(proxy.rowCount(), 8);
    model.reload();
    QCOMPARE(proxy.rowCount(), 8);
}

void TestContactTableModel::pagesRowsLazily()
{
    TestWorkspace t;
    fill(t.workspace(), 20000);
    ContactTableModel model(t.workspace());
    QCOMPARE(model.rowCount(), 20000);
    QCOMPARE(model.columnCount(), int(ContactTableModel::ColumnCount));
    // Any row can be read without walking there.
    QCOMPARE(model.index(19999, ContactTableModel::PhoneColumn).data().toString(), QStringLiteral("+12020020000"));
    QCOMPARE(model.index(0, ContactTableModel::NameColumn).data().toString(), QStringLiteral("Name 00001"));
    QCOMPARE(model.index(1, ContactTableModel::ConsentColumn).data(ContactTableModel::ConsentRole).toInt(),
             int(Contact::Consent::OptedIn));
    QCOMPARE(model.index(0, ContactTableModel::ConsentColumn).data(ContactTableModel::ConsentRole).toInt(),
             int(Contact::Consent::None));
    // Touch every row once: the cache stays bounded and values stay right.
    for (int r = 0; r < model.rowCount(); r += 97)
        QCOMPARE(model.index(r, ContactTableModel::NameColumn).data().toString(),
                 QStringLiteral("Name %1").arg(r + 1, 5, 10, QLatin1Char('0')));
    QVERIFY(model.contactAt(12345));
    QCOMPARE(model.contactAt(12345)->phone, QStringLiteral("+12020012346"));
    QVERIFY(!model.contactAt(20000));
}

void TestContactTableModel::searchAndSortThroughProxy()
{
    TestWorkspace t;
    fill(t.workspace(), 300);
    ContactStore store(t.workspace().database());
    QString error;
    QVERIFY(store.addTag({5, 6, 7}, QStringLiteral("spring"), &error));
    ContactTableModel model(t.workspace());
    ContactFilterProxy proxy;
    proxy.setSourceModel(&model);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    proxy.setSearchText(QStringLiteral("SPRING"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, ContactTableModel::TagsColumn).data().toString(), QStringLiteral("spring"));
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 300);
    proxy.sort(ContactTableModel::PhoneColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ContactTableModel::PhoneColumn).data().toString(), QStringLiteral("+12020000300"));
}

void TestContactTableModel::sortKeepsSelection()
{
    TestWorkspace t;
    fill(t.workspace(), 500);
    ContactTableModel model(t.workspace());
    const QPersistentModelIndex kept = model.index(10, ContactTableModel::NameColumn);
    const QString name = kept.data().toString();
    model.sort(ContactTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 489);
    QCOMPARE(kept.data().toString(), name);
}

void TestContactTableModel::refreshAndRemove()
{
    TestWorkspace t;
    fill(t.workspace(), 1000);
    ContactTableModel model(t.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(3, ContactTableModel::TagsColumn).data().toString(), QString());
    ContactStore store(t.workspace().database());
    QString error;
    const qint64 id = model.idAt(3);
    QVERIFY(store.addTag({id}, QStringLiteral("fresh"), &error));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshIds({id});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(3, ContactTableModel::TagsColumn).data().toString(), QStringLiteral("fresh"));

    // Delete a scattered set: rows go, the rest keep their data.
    QList<qint64> gone{model.idAt(0), model.idAt(1), model.idAt(500), model.idAt(999)};
    QVERIFY(store.remove(gone, &error));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeIds(gone);
    QCOMPARE(removed.count(), 3);
    QCOMPARE(model.rowCount(), 996);
    QCOMPARE(model.index(0, ContactTableModel::NameColumn).data().toString(), QStringLiteral("Name 00003"));
    QCOMPARE(model.index(995, ContactTableModel::NameColumn).data().toString(), QStringLiteral("Name 00999"));
}

void TestContactTableModel::unsortableColumnsIgnoreSort()
{
    TestWorkspace t;
    fill(t.workspace(), 10);
    ContactTableModel model(t.workspace());
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(ContactTableModel::TagsColumn, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 0);
    QVERIFY(!ContactTableModel::isSortable(ContactTableModel::ConsentColumn));
    QVERIFY(ContactTableModel::isSortable(ContactTableModel::NameColumn));
}

void TestContactTableModel::idsByKeyMatchTheFullList_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("created, ascending") << int(ContactTableModel::CreatedColumn) << Qt::AscendingOrder;
    QTest::newRow("created, descending") << int(ContactTableModel::CreatedColumn) << Qt::DescendingOrder;
    QTest::newRow("name, ascending") << int(ContactTableModel::NameColumn) << Qt::AscendingOrder;
    QTest::newRow("name, descending") << int(ContactTableModel::NameColumn) << Qt::DescendingOrder;
    QTest::newRow("phone, ascending") << int(ContactTableModel::PhoneColumn) << Qt::AscendingOrder;
    QTest::newRow("phone, descending") << int(ContactTableModel::PhoneColumn) << Qt::DescendingOrder;
}

// Without a search the ids come by key (the first ones, then chunks after the last id held): every row holds the id
// the one-query list has there, in each order — with many equal names (ties broken by id, in any letter case).
void TestContactTableModel::idsByKeyMatchTheFullList()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    TestWorkspace t;
    QSqlQuery q(t.workspace().database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) "
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45000) "
                                  "SELECT printf('+1202%07d', (i * 7919) % 45000), "
                                  "CASE i % 3 WHEN 0 THEN printf('name %03d', i % 7) ELSE printf('Name %03d', i % 7) END, "
                                  "i, i FROM n")));
    ContactTableModel model(t.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, order);
    QString error;
    const auto all = ContactStore(t.workspace().database()).ids(model.query(), &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(model.rowCount(), 45000);
    // A row far past the first ids reads the rest at once.
    QCOMPARE(model.idAt(44999), all->at(44999));
    for (int row = 0; row < 45000; ++row)
        QCOMPARE(model.idAt(row), all->at(row));
    QCOMPARE(model.rowOfId(all->at(30000)), 30000);
}

// A contact deleted between the first ids and the rest: the row count stays, the shortfall shows as gone rows.
void TestContactTableModel::idsByKeyPadRowsDeletedMeanwhile()
{
    TestWorkspace t;
    fill(t.workspace(), 30000);
    ContactTableModel model(t.workspace());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 30000);
    QSqlQuery q(t.workspace().database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM contacts WHERE id > 29990")));
    // Reading the rest (here for rowOfId) changes no row: no reset, the same count.
    QCOMPARE(model.rowOfId(29990), 29989);
    QCOMPARE(model.idAt(29000), qint64(29001));
    QCOMPARE(model.idAt(29995), qint64(0));
    QVERIFY(!model.contactAt(29995));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 30000);
}

QTEST_GUILESS_MAIN(TestContactTableModel)
#include "tst_contacttablemodel.moc"

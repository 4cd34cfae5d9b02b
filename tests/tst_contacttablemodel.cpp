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

QTEST_GUILESS_MAIN(TestContactTableModel)
#include "tst_contacttablemodel.moc"

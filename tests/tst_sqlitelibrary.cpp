// One SQLite for Qt and Herald (docs/architecture.md, "Storage"): Workspace::open() checks that Qt's driver and
// the sqlite3 functions Herald links are one library, because the hot paths step statements on the driver's handle.
#include "models/storage/sqlitelibrary.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

class TestSqliteLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void driverAndHeraldShareOneLibrary();
    void theHandleIsTheDriversConnection();
    void openLeavesNoTrace();
    void mismatchSaysWhatAndWhatToDo_data();
    void mismatchSaysWhatAndWhatToDo();
    void otherDriversAreRefused();
};

void TestSqliteLibrary::driverAndHeraldShareOneLibrary()
{
    TestWorkspace t;
    const QSqlDatabase db = t.workspace().database();
    const Result<SqliteLibrary::Identity> driver = SqliteLibrary::ofDriver(db);
    QVERIFY2(driver, qPrintable(driver.ok() ? QString() : driver.error()));
    QCOMPARE(driver->version, QString::fromLatin1(sqlite3_libversion()));
    QCOMPARE(driver->sourceId, QString::fromLatin1(sqlite3_sourceid()));
    QCOMPARE(SqliteLibrary::linked(), *driver);
    const Result<void> same = SqliteLibrary::check(db);
    QVERIFY2(same, qPrintable(same.error()));
}

// What Herald writes through the handle with its own sqlite3 functions, Qt's driver reads on the same connection.
void TestSqliteLibrary::theHandleIsTheDriversConnection()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    sqlite3 *handle = Workspace::sqliteHandle(db);
    QVERIFY(handle);
    QCOMPARE(sqlite3_exec(handle, "CREATE TEMP TABLE probe (x INTEGER); INSERT INTO probe VALUES (42)", nullptr,
                          nullptr, nullptr),
             SQLITE_OK);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT x FROM temp.probe")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 42);
}

// The check changes a process-wide setting for a moment and puts it back.
void TestSqliteLibrary::openLeavesNoTrace()
{
    const sqlite3_int64 before = sqlite3_soft_heap_limit64(-1);
    TestWorkspace t;
    QVERIFY(t.workspace().isOpen());
    QVERIFY(SqliteLibrary::check(t.workspace().database()));
    QCOMPARE(sqlite3_soft_heap_limit64(-1), before);
}

void TestSqliteLibrary::mismatchSaysWhatAndWhatToDo_data()
{
    QTest::addColumn<bool>("sameVersionOtherCopy");
    QTest::newRow("other version") << false;
    QTest::newRow("other copy") << true;
}

void TestSqliteLibrary::mismatchSaysWhatAndWhatToDo()
{
    QFETCH(bool, sameVersionOtherCopy);
    const SqliteLibrary::Identity ours{QStringLiteral("3.40.1"), QStringLiteral("2022-12-28 ours")};
    const SqliteLibrary::Identity qts{QStringLiteral("3.45.0"), QStringLiteral("2024-01-15 bundled")};
    const QString text = SqliteLibrary::mismatch(ours, qts, sameVersionOtherCopy).message;
    QVERIFY(text.contains(QStringLiteral("3.45.0")));
    QCOMPARE(text.contains(QStringLiteral("3.40.1")), !sameVersionOtherCopy);
    QCOMPARE(text.contains(QStringLiteral("2024-01-15 bundled")), !sameVersionOtherCopy);
    QVERIFY(text.contains(QStringLiteral("not opened")));
    QVERIFY(text.contains(QStringLiteral("-system-sqlite")));
}

void TestSqliteLibrary::otherDriversAreRefused()
{
    const Result<void> r = SqliteLibrary::check(QSqlDatabase());
    QVERIFY(!r);
    QVERIFY(r.error().contains(QStringLiteral("QSQLITE")));
}

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"

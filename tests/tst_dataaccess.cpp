// The data-access core of models/ (docs/architecture.md, "Storage"): Result, SqlTransaction, SqlStatement and
// StatementCache, on a real workspace.
#include "models/core/result.h"
#include "models/storage/sqlstatement.h"
#include "models/storage/sqltransaction.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestDataAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultHoldsValueOrError();
    void transactionCommits();
    void transactionRollsBackWhenLeftUncommitted();
    void transactionTakesTheWriteLockUpFront();
    void statementCacheKeepsOneStatementPerSql();
    void statementCacheReportsBadSql();

private:
    static qint64 count(QSqlDatabase db, const QString &table);
};

qint64 TestDataAccess::count(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestDataAccess::resultHoldsValueOrError()
{
    const Result<qint64> zero = qint64(0);   // "none" is a value, not an error
    QVERIFY(zero.ok());
    QCOMPARE(*zero, 0);
    const Result<qint64> failed = ErrorMessage{QStringLiteral("disk full: free some space")};
    QVERIFY(!failed);
    QCOMPARE(failed.error(), QStringLiteral("disk full: free some space"));
    QCOMPARE(failed.valueOr(-1), -1);
    QString error;
    QCOMPARE(failed.valueOr(7, &error), 7);
    QCOMPARE(error, QStringLiteral("disk full: free some space"));
    error.clear();
    QVERIFY(zero.report(&error));
    QVERIFY(error.isEmpty());
    const Result<void> done;
    QVERIFY(done.ok());
    const Result<void> refused = ErrorMessage{QStringLiteral("no")};
    QVERIFY(!refused.report(&error));
    QCOMPARE(error, QStringLiteral("no"));
}

void TestDataAccess::transactionCommits()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    {
        SqlTransaction tx(db);
        QVERIFY(tx.begin());
        QVERIFY(tx.isOpen());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO tags (name) VALUES ('kept')")));
        QVERIFY(tx.commit());
        QVERIFY(!tx.isOpen());
    }
    QCOMPARE(count(db, QStringLiteral("tags")), 1);
}

void TestDataAccess::transactionRollsBackWhenLeftUncommitted()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    {
        SqlTransaction tx(db);
        QVERIFY(tx.begin());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO tags (name) VALUES ('dropped')")));
        QCOMPARE(count(db, QStringLiteral("tags")), 1);
    }
    QCOMPARE(count(db, QStringLiteral("tags")), 0);
    // The connection is usable again: a new transaction begins.
    SqlTransaction again(db);
    QVERIFY(again.begin());
}

// BEGIN IMMEDIATE: while one connection holds an open write transaction, another cannot begin one.
void TestDataAccess::transactionTakesTheWriteLockUpFront()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_dataaccess_other"));
    other.setDatabaseName(t.workspace().path());
    other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(other.open());
    {
        SqlTransaction first(db);
        QVERIFY(first.begin());
        SqlTransaction second(other);
        const Result<void> r = second.begin();
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("locked")), qPrintable(r.error()));
        QVERIFY(!second.isOpen());
    }
    {
        SqlTransaction after(other);
        QVERIFY(after.begin());
        QVERIFY(after.commit());
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_dataaccess_other"));
}

void TestDataAccess::statementCacheKeepsOneStatementPerSql()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    StatementCache cache(Workspace::sqliteHandle(db));
    static const char kInsert[] = "INSERT INTO tags (name) VALUES (?1)";
    QString error;
    SqlStatement *first = cache.get(kInsert, &error);
    QVERIFY2(first, qPrintable(error));
    first->bind(1, QStringLiteral("a"));
    QVERIFY2(first->exec(&error), qPrintable(error));
    SqlStatement *again = cache.get(kInsert, &error);
    QCOMPARE(again, first);
    again->bind(1, QStringLiteral("b"));
    QVERIFY2(again->exec(&error), qPrintable(error));
    QCOMPARE(count(db, QStringLiteral("tags")), 2);
    // A unique constraint violation is reported with SQLite's text, and the statement stays usable.
    again->bind(1, QStringLiteral("a"));
    QVERIFY(!again->exec(&error));
    QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
    again->bind(1, QStringLiteral("c"));
    QVERIFY2(again->exec(&error), qPrintable(error));
    QCOMPARE(count(db, QStringLiteral("tags")), 3);
}

void TestDataAccess::statementCacheReportsBadSql()
{
    TestWorkspace t;
    StatementCache cache(Workspace::sqliteHandle(t.workspace().database()));
    QString error;
    QVERIFY(!cache.get("SELECT id FROM no_such_table", &error));
    QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
    StatementCache closed(nullptr);
    QVERIFY(!closed.get("SELECT 1", &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDataAccess)
#include "tst_dataaccess.moc"

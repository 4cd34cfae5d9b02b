// The number of contacts the contacts page shows first (ContactStore::count) is kept by triggers (row_counts): it
// stays exactly `SELECT count(*) FROM contacts` through every write path — upsert and merge, import (small and bulk
// load, with merges, duplicates and rejections), events, delete, a rolled-back transaction — and the migration that
// adds it counts the contacts already there.
#include "models/contacts/contactimporter.h"
#include "models/contacts/contactstore.h"
#include "models/storage/migrations.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

qint64 scanned(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM contacts")) || !q.next())
        qFatal("count failed: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 cached(QSqlDatabase db)
{
    QString error;
    const std::optional<qint64> n = ContactStore(db).count(&error);
    if (!n)
        qFatal("ContactStore::count failed: %s", qPrintable(error));
    return *n;
}

Contact make(const QString &phone, const QString &name)
{
    Contact c;
    c.phone = phone;
    c.name = name;
    return c;
}

QString phone(int i)
{
    return QStringLiteral("+9198%1").arg(i, 8, 10, QLatin1Char('0'));
}

} // namespace

class TestContactCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEveryWritePath();
    void followsBulkImport();
    void migrationCountsExistingContacts();
};

void TestContactCount::followsEveryWritePath()
{
    TestWorkspace tw;
    QSqlDatabase db = tw.workspace().database();
    ContactStore store(db);
    QString error;
    QCOMPARE(cached(db), 0);

    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        const qint64 id = store.upsert(make(phone(i), QStringLiteral("C%1").arg(i)), &error);
        QVERIFY2(id > 0, qPrintable(error));
        ids.append(id);
    }
    QCOMPARE(cached(db), 5);
    QVERIFY(store.upsert(make(phone(2), QStringLiteral("merged")), &error) > 0);   // a merge adds no contact
    QCOMPARE(cached(db), 5);
    QCOMPARE(cached(db), scanned(db));

    // An import: two new numbers, one already there, one twice in the file, one rejected.
    const QString csv = tw.writeFile(QStringLiteral("in.csv"),
                                     "name,phone\nA,+919800000100\nB,+919800000101\nC," + phone(0).toLatin1()
                                         + "\nA again,+919800000100\nbad,12\n");
    const ImportResult result = ContactImporter::run(tw.workspace(), csv, ImportOptions());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.imported, 2);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(cached(db), 7);
    QCOMPARE(cached(db), scanned(db));

    // A customer met by a business event: new once, then known.
    QVERIFY(db.transaction());
    QVERIFY2(store.recordFromEvent(make(QStringLiteral("+919800000200"), QStringLiteral("Shop")), &error), qPrintable(error));
    QVERIFY2(store.recordFromEvent(make(QStringLiteral("+919800000200"), QStringLiteral("Shop")), &error), qPrintable(error));
    QVERIFY(db.commit());
    QCOMPARE(cached(db), 8);

    QVERIFY2(store.remove({ids.at(0), ids.at(3)}, &error), qPrintable(error));
    QCOMPARE(cached(db), 6);
    QCOMPARE(cached(db), scanned(db));

    // Rolled back: the count goes back with the rows.
    QVERIFY(db.transaction());
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) "
                                              "VALUES ('%1', 'gone', 0, 0), ('%2', 'gone', 0, 0)")
                                   .arg(phone(50), phone(51))));
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM contacts WHERE phone = '%1'").arg(phone(1))));
    QCOMPARE(cached(db), 7);
    QVERIFY(db.rollback());
    QCOMPARE(cached(db), 6);

    // Every row at once (no truncate shortcut that would skip the triggers).
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM contacts")));
    QCOMPARE(cached(db), 0);
    QCOMPARE(scanned(db), 0);
}

void TestContactCount::followsBulkImport()
{
    // Large enough for the bulk load (indexes taken down while it runs, ImportWriter::bulkLoadIfLarge).
    TestWorkspace tw;
    QSqlDatabase db = tw.workspace().database();
    QString error;
    QVERIFY(ContactStore(db).upsert(make(phone(5), QStringLiteral("before")), &error) > 0);
    constexpr int kRows = 120000;
    QByteArray csv = "name,phone\n";
    csv.reserve(kRows * 24);
    for (int i = 0; i < kRows; ++i)
        csv += "N," + phone(i).toLatin1() + '\n';
    const ImportResult result = ContactImporter::run(tw.workspace(), tw.writeFile(QStringLiteral("big.csv"), csv),
                                                     ImportOptions());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.imported, kRows - 1);
    QCOMPARE(result.updated, 1);
    QCOMPARE(cached(db), kRows);
    QCOMPARE(cached(db), scanned(db));
}

void TestContactCount::migrationCountsExistingContacts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.herald"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        // The schema just before the count.
        const int before = versionBeforeTable(QStringLiteral("row_counts"));
        QVERIFY(before > 0);
        QVERIFY2(Migrations::migrate(db, &error, before), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'row_counts'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO contacts (phone, name, created_at, updated_at) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
            "SELECT i + 1 FROM n WHERE i < 1234) SELECT printf('+9198%08d', i), 'old', 0, 0 FROM n")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(path, &error), qPrintable(error));   // migrates to the latest schema
    QCOMPARE(cached(ws.database()), 1234);
    QVERIFY(ContactStore(ws.database()).upsert(make(phone(5000), QStringLiteral("new")), &error) > 0);
    QCOMPARE(cached(ws.database()), 1235);
    QCOMPARE(cached(ws.database()), scanned(ws.database()));
}

QTEST_GUILESS_MAIN(TestContactCount)
#include "tst_contactcount.moc"

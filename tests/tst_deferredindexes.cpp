// DeferredIndexes' importer guard (models/storage/deferredindexes.*): a program that opens the workspace while a bulk
// import has the contacts' indexes down leaves them to that import while its process runs and its lease is current,
// and builds them again once the importer is gone (no such process on this host) or its lease ran out.
#include "models/core/clock.h"
#include "models/storage/deferredindexes.h"
#include "models/storage/workspace.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

class TestDeferredIndexes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensLeaveALiveImportersIndexes_data();
    void opensLeaveALiveImportersIndexes();
};

namespace {

constexpr qint64 kStart = 1'800'000'000'000;

bool hasNameIndex(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'contacts_name'"))
        && q.next();
}

void setOwner(QSqlDatabase db, const QString &owner)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workspace_meta SET value = ? WHERE key = 'deferred_index_owner'"));
    q.addBindValue(owner);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

// The id of a process that has ended.
qint64 deadPid()
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("-functions")});
    if (!p.waitForStarted())
        return 0;
    const qint64 pid = p.processId();
    return p.waitForFinished() ? pid : 0;
}

} // namespace

void TestDeferredIndexes::opensLeaveALiveImportersIndexes_data()
{
    QTest::addColumn<QString>("owner");      // "self", "dead" or "other-host"
    QTest::addColumn<qint64>("laterMs");     // when the workspace is opened again, after the defer
    QTest::addColumn<bool>("rebuilt");
    QTest::newRow("this process, within its lease") << u"self"_qs << qint64(60'000) << false;
    QTest::newRow("this process, lease run out") << u"self"_qs << DeferredIndexes::kLeaseMs + 1 << true;
    QTest::newRow("a process that has ended") << u"dead"_qs << qint64(60'000) << true;
    QTest::newRow("another host, within its lease") << u"other-host"_qs << qint64(60'000) << false;
    QTest::newRow("another host, lease run out") << u"other-host"_qs << DeferredIndexes::kLeaseMs + 1 << true;
}

void TestDeferredIndexes::opensLeaveALiveImportersIndexes()
{
    QFETCH(QString, owner);
    QFETCH(qint64, laterMs);
    QFETCH(bool, rebuilt);
    TestClock clock(kStart);
    ScopedClock installed(clock);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.herald"));
    {
        Workspace importer;
        QString error;
        QVERIFY2(importer.open(path, &error), qPrintable(error));
        QVERIFY(hasNameIndex(importer.database()));
        const Result<QStringList> deferred = DeferredIndexes::defer(importer.database(), {QStringLiteral("contacts")});
        QVERIFY2(deferred, qPrintable(deferred ? QString() : deferred.error()));
        QVERIFY(deferred->contains(QStringLiteral("contacts_name")));
        if (owner == u"dead"_qs) {
            const qint64 pid = deadPid();
            QVERIFY(pid > 0);
            setOwner(importer.database(), QString::number(pid) + u'@' + QSysInfo::machineHostName());
        } else if (owner == u"other-host"_qs) {
            setOwner(importer.database(), QString::number(QCoreApplication::applicationPid()) + u"@elsewhere.invalid");
        }
    }
    clock.advance(laterMs);
    Workspace other;
    QString error;
    QVERIFY2(other.open(path, &error), qPrintable(error));
    QCOMPARE(hasNameIndex(other.database()), rebuilt);
    QCOMPARE(DeferredIndexes::pending(other.database()), !rebuilt);
    if (!rebuilt) {
        // The importer itself builds them at its end, whoever else has the workspace open.
        QVERIFY(DeferredIndexes::restore(other.database()));
        QVERIFY(hasNameIndex(other.database()));
    }
}

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"

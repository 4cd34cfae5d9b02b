// Issue 10 §1, second layer: with the workspace's MIME types registered (as main() does), even Qt's default icon
// provider and a plain QMimeDatabase lookup know the workspace, its -wal and -shm by their suffix and never open
// them, so the process keeps its SQLite locks. A test of its own: registration must precede any MIME lookup.
#include "models/storage/workspace.h"
#include "proclocks.h"
#include "ui/filedialogs.h"

#include <QFileIconProvider>
#include <QFileSystemModel>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestWorkspaceMime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void suffixesAreKnown_data();
    void suffixesAreKnown();
    void defaultProviderKeepsTheLocks();
};

void TestWorkspaceMime::initTestCase()
{
#if !defined(Q_OS_LINUX)
    QSKIP("freedesktop MIME database");
#endif
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(FileDialogs::registerWorkspaceMimeTypes());
}

void TestWorkspaceMime::suffixesAreKnown_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("workspace") << QStringLiteral("shop.herald") << QStringLiteral("application/x-herald-workspace");
    QTest::newRow("wal") << QStringLiteral("shop.herald-wal") << QStringLiteral("application/x-herald-workspace-wal");
    QTest::newRow("shm") << QStringLiteral("shop.herald-shm") << QStringLiteral("application/x-herald-workspace-shm");
    QTest::newRow("journal") << QStringLiteral("shop.herald-journal")
                             << QStringLiteral("application/x-herald-workspace-journal");
}

void TestWorkspaceMime::suffixesAreKnown()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name(), type);
}

void TestWorkspaceMime::defaultProviderKeepsTheLocks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.herald"));
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    QSqlQuery q(ws.database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) "
                                  "VALUES ('+12025550100', 'x', 1, 1)")));
    const QString shm = path + QStringLiteral("-shm");
    QVERIFY(holdsPosixLock(path));
    QVERIFY(holdsPosixLock(shm));

    // Content sniffing allowed (MatchDefault) and Qt's own provider: the registered globs answer first.
    QFileIconProvider provider;
    QFileSystemModel model;
    model.setIconProvider(&provider);
    const QModelIndex root = model.setRootPath(dir.path());
    QTRY_VERIFY(model.rowCount(root) >= 3);
    for (int row = 0; row < model.rowCount(root); ++row) {
        const QModelIndex index = model.index(row, 0, root);
        model.data(index, Qt::DecorationRole);
        model.type(index);
        QVERIFY(QMimeDatabase().mimeTypeForFile(model.filePath(index)).name().startsWith(
            QStringLiteral("application/x-herald-workspace")));
    }
    QVERIFY2(holdsPosixLock(path), "a MIME lookup opened the workspace");
    QVERIFY2(holdsPosixLock(shm), "a MIME lookup opened the -shm");
}

QTEST_MAIN(TestWorkspaceMime)
#include "tst_workspacemime.moc"

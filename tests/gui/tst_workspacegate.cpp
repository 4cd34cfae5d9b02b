// Issue 10 §1 and §6: a workspace that cannot be used stops the window with a blocking message and a way out
// (restore the newest automatic backup, retry, open another, quit); a new workspace greets with the first-run guide.
#include "models/storage/workspace.h"
#include "models/storage/workspacebackup.h"
#include "screenshot.h"
#include "ui/firstrunguide.h"
#include "ui/messagebox.h"
#include "ui/workspacegate.h"

#include <sqlite3.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

int contacts(Workspace &ws)
{
    QSqlQuery q(ws.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next() ? q.value(0).toInt() : -1;
}

// A workspace with two contacts and one automatic backup of them, then overwritten with garbage.
void makeDamagedWorkspace(const QString &path, bool withBackup)
{
    {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) VALUES "
                                      "('+12025550101', 'Ann', 1, 1), ('+12025550102', 'Bob', 1, 1)")));
        if (withBackup)
            QVERIFY2(WorkspaceBackup::rolling(ws.database(), path, kNow.addDays(-1), QStringLiteral("daily"), &error),
                     qPrintable(error));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray(8192, '\x5a'));
}

} // namespace

class TestWorkspaceGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void damagedWorkspaceRestoresNewestBackup();
    void damagedWorkspaceWithoutBackup();
    void unopenableFileOffersRetry();
    void damageWhileRunningStopsTheWindow();
    void firstRunGuideChoices();
};

void TestWorkspaceGate::initTestCase()
{
    // As main() does, before any database is opened.
    WorkspaceGate::installDamageLog();
}

void TestWorkspaceGate::cleanup()
{
    MessageBox::clearNextAnswers();
    WorkspaceGate::setWatching(false);
}

void TestWorkspaceGate::damagedWorkspaceRestoresNewestBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.herald"));
    makeDamagedWorkspace(path, true);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    Workspace ws;
    QVERIFY(WorkspaceGate::open(ws, path, kNow));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("newest automatic backup")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not a Herald workspace")));
    QCOMPARE(contacts(ws), 2);
    // The damaged file is kept aside, byte for byte.
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("shop.herald.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(8192, '\x5a'));
}

void TestWorkspaceGate::damagedWorkspaceWithoutBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.herald"));
    makeDamagedWorkspace(path, false);
    MessageBox::setNextAnswer(QMessageBox::Close);
    Workspace ws;
    QVERIFY(!WorkspaceGate::open(ws, path, kNow));
    QVERIFY(!ws.isOpen());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("no automatic backup")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("herald-cli workspace restore")));
}

void TestWorkspaceGate::unopenableFileOffersRetry()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.herald"));
    QVERIFY(QDir().mkpath(path));   // a folder where the file should be
    MessageBox::setNextAnswer(QMessageBox::Retry);
    MessageBox::setNextAnswer(QMessageBox::Close);
    Workspace ws;
    QVERIFY(!WorkspaceGate::open(ws, path, kNow));
    QCOMPARE(MessageBox::pendingAnswers(), 0);   // asked twice: once more after Retry
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("is a folder")), qPrintable(MessageBox::lastText()));
}

void TestWorkspaceGate::damageWhileRunningStopsTheWindow()
{
    // A workspace whose contacts table is overwritten on disk: it opens (its catalogue is intact), and the first
    // read of the table meets a malformed page, which SQLite logs as SQLITE_CORRUPT.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.herald"));
    int rootPage = 0;
    {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'")) && q.next());
        rootPage = q.value(0).toInt();
    }
    QVERIFY(rootPage > 1);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(rootPage - 1) * 4096));
        f.write(QByteArray(4096, '\x5a'));
    }
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    WorkspaceGate::setWatching(true);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QSqlQuery q(ws.database());
    QVERIFY(!q.exec(QStringLiteral("SELECT sum(updated_at) FROM contacts")) || !q.next());
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("damaged")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("restore the newest automatic backup")));
}

void TestWorkspaceGate::firstRunGuideChoices()
{
    FirstRunGuide guide;
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QVERIFY(Screenshot::save(&guide, QStringLiteral("firstrunguide.png")));
    auto *demo = guide.findChild<QPushButton *>(QStringLiteral("firstRunDemo"));
    QVERIFY(demo);
    QTest::mouseClick(demo, Qt::LeftButton);
    QTRY_VERIFY(!guide.isVisible());
    QCOMPARE(guide.choice(), FirstRunGuide::Choice::Demo);

    FirstRunGuide second;
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTest::mouseClick(second.findChild<QPushButton *>(QStringLiteral("firstRunImport")), Qt::LeftButton);
    QTRY_VERIFY(!second.isVisible());
    QCOMPARE(second.choice(), FirstRunGuide::Choice::Import);
    QVERIFY(second.findChild<QLabel *>(QStringLiteral("firstRunText"))->text().contains(QStringLiteral("sandbox")));
}

QTEST_MAIN(TestWorkspaceGate)
#include "tst_workspacegate.moc"

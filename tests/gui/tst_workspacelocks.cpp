// Issue 10 §1: listing the workspace's folder in a file dialog must not drop SQLite's locks. On POSIX the close()
// of any descriptor on a file drops every fcntl lock the process holds on it; Qt's default icon provider sniffs the
// content of files with an unknown suffix (open, read, close), after which one `herald-cli contacts count` deletes
// the window's -wal under it and later writes are lost. Linux only (it reads /proc/locks).
#include "clirun.h"
#include "models/storage/workspace.h"
#include "proclocks.h"
#include "ui/filedialogs.h"

#include <QFileSystemModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(QStringLiteral(HERALD_CLI_PATH), args, 60000);
}

bool insertContact(QSqlDatabase db, const QString &phone)
{
    // As the window writes: a transaction around the change.
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) VALUES (?, 'Holder', 1, 1)"));
    q.addBindValue(phone);
    return q.exec() && db.commit();
}

int contactsSeenByCli(const QString &workspace)
{
    const Run r = cli({QStringLiteral("--workspace"), workspace, QStringLiteral("contacts"), QStringLiteral("count"),
                       QStringLiteral("--json")});
    if (r.exitCode != 0)
        return -1;
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("contacts")).toInt(-1);
}

} // namespace

class TestWorkspaceLocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileDialogKeepsTheWorkspaceLocked();
};

void TestWorkspaceLocks::fileDialogKeepsTheWorkspaceLocked()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/locks");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.herald"));
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    QVERIFY(insertContact(ws.database(), QStringLiteral("+12025550100")));
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    QVERIFY(QFile::exists(wal));
    // The premise: an open workspace in WAL mode holds locks on the database and on its -shm.
    QVERIFY(holdsPosixLock(path));
    QVERIFY(holdsPosixLock(shm));

    // List and type every entry of the folder exactly as the dialogs do: their dialog, its model, its provider.
    const auto dialog = FileDialogs::create(nullptr, QStringLiteral("Export"), dir.filePath(QStringLiteral("x.csv")),
                                            QStringLiteral("CSV files (*.csv);;All files (*)"), QFileDialog::AcceptSave);
    dialog->setDirectory(dir.path());
    dialog->selectNameFilter(QStringLiteral("All files (*)"));
    auto *model = dialog->findChild<QFileSystemModel *>();
    QVERIFY(model);
    const QModelIndex root = model->index(dir.path());
    QTRY_VERIFY(model->rowCount(root) >= 3);   // shop.herald, -wal, -shm
    QStringList seen;
    for (int row = 0; row < model->rowCount(root); ++row) {
        const QModelIndex index = model->index(row, 0, root);
        seen << model->fileName(index);
        model->data(index, Qt::DecorationRole);
        model->type(index);
        model->data(model->index(row, 2, root), Qt::DisplayRole);   // the Type column
    }
    QVERIFY2(seen.contains(QStringLiteral("shop.herald-wal")), qPrintable(seen.join(u',')));
    // And straight through the provider, as QFileInfoGatherer does.
    const QAbstractFileIconProvider *provider = dialog->iconProvider();
    QVERIFY(provider);
    for (const QFileInfo &info : QDir(dir.path()).entryInfoList(QDir::Files)) {
        provider->icon(info);
        provider->type(info);
    }
    QVERIFY2(holdsPosixLock(path), "listing the folder dropped the lock on the database");
    QVERIFY2(holdsPosixLock(shm), "listing the folder dropped the lock on the -shm");

    // A second process reads and writes while the window holds the workspace.
    QCOMPARE(contactsSeenByCli(path), 1);
    QVERIFY2(QFile::exists(wal), "herald-cli deleted the -wal of the open workspace");
    const QString csv = dir.filePath(QStringLiteral("more.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("phone,name\n+12025550101,Ann\n+12025550102,Bob\n");
    }
    const Run imported = cli({QStringLiteral("--workspace"), path, QStringLiteral("contacts"), QStringLiteral("import"), csv});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(QFile::exists(wal));
    // The holder writes again; every write of both sides is there for a third reader.
    QVERIFY(insertContact(ws.database(), QStringLiteral("+12025550103")));
    QCOMPARE(contactsSeenByCli(path), 4);
    QSqlQuery count(ws.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM contacts")) && count.next());
    QCOMPARE(count.value(0).toInt(), 4);
    ws.close();

    Workspace again;
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QSqlQuery check(again.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM contacts")) && check.next());
    QCOMPARE(check.value(0).toInt(), 4);
}

QTEST_MAIN(TestWorkspaceLocks)
#include "tst_workspacelocks.moc"

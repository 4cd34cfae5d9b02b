// Issue 10 §6: a new workspace starts empty, the demo is fictional and lives elsewhere, and rolling backups made
// with SQLite's online backup API restore what they saved.
#include "engine/sandbox/demoworkspace.h"
#include "models/contacts/csvwriter.h"
#include "models/contacts/phonenormalizer.h"
#include "models/storage/migrations.h"
#include "models/storage/workspace.h"
#include "models/storage/workspacebackup.h"
#include "testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime kNoon = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void addContacts(Workspace &ws, const QStringList &phones)
{
    QSqlQuery q(ws.database());
    for (const QString &phone : phones) {
        q.prepare(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) VALUES (?, 'x', 1, 1)"));
        q.addBindValue(phone);
        QVERIFY2(q.exec(), qPrintable(phone));
    }
}

QStringList phones(const QSqlDatabase &db)
{
    QStringList list;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT phone FROM contacts ORDER BY phone"));
    while (q.next())
        list << q.value(0).toString();
    return list;
}

// The phones of a backup file, read through a connection of its own.
QStringList phonesIn(const QString &file)
{
    QStringList list;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-reader"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            list = phones(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-reader"));
    return list;
}

QJsonObject cliJson(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(HERALD_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return {};
    *exitCode = p.exitCode();
    if (p.exitCode() != 0)
        qWarning("%s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestWorkspaceBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newWorkspaceIsEmpty();
    void demoNumbersAreFictionalAndValid();
    void backupThenRestoreGivesBackTheData();
    void restoreRefusedWhileOpenElsewhere();
    void rollingKeepsTheNewest();
    void dailyBackupOnlyWhenDue();
    void backupBeforeMigration();
    void workspaceFilesAreNeverCsvTargets();
    void cliBackupAndRestore();
};

void TestWorkspaceBackup::newWorkspaceIsEmpty()
{
    QTemporaryDir dir;
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(dir.filePath(QStringLiteral("real.herald")), &error), qPrintable(error));
    QVERIFY(ws.isNew());
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 0);
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT count(*) FROM campaigns")).toInt(), 0);
    // Nothing to back up yet: a new workspace gets no daily copy.
    QVERIFY(!WorkspaceBackup::dailyIfDue(ws, kNoon, &error));
    QVERIFY(error.isEmpty());
    // The demo has a file of its own, never the real workspace's.
    QVERIFY(QFileInfo(DemoWorkspace::defaultPath()).fileName() == QStringLiteral("demo.herald"));
    QVERIFY(DemoWorkspace::defaultPath() != Workspace::defaultPath());
}

void TestWorkspaceBackup::demoNumbersAreFictionalAndValid()
{
    TestWorkspace t;
    QString error;
    QCOMPARE(DemoWorkspace::populate(t.workspace(), &error), qint64(150));
    // Ranges set aside for films and books: Ofcom's drama numbers, NANP 555-0100..0199, ACMA's and ARCEP's.
    const QRegularExpression fictional(QStringLiteral(
        R"(^(\+44207946\d{4}|\+441(13|17|61)4960\d{3}|\+1\d{3}55501\d{2}|\+6149157\d{4}|\+61[23]5550\d{4}|\+33199\d{6})$)"));
    const QStringList all = phones(t.workspace().database());
    QCOMPARE(all.size(), 150);
    QSet<QString> regions;
    for (const QString &phone : all) {
        QVERIFY2(fictional.match(phone).hasMatch(), qPrintable(phone));
        QVERIFY2(PhoneNormalizer::normalize(phone).ok(), qPrintable(phone));
        regions.insert(PhoneNormalizer::regionOf(phone));
    }
    QVERIFY(regions.size() >= 4);
}

void TestWorkspaceBackup::backupThenRestoreGivesBackTheData()
{
    TestWorkspace t;
    Workspace &ws = t.workspace();
    addContacts(ws, {QStringLiteral("+12025550101"), QStringLiteral("+12025550102"), QStringLiteral("+12025550103")});
    const QStringList saved = phones(ws.database());
    QString error;
    const auto copy = WorkspaceBackup::copy(ws.database(), t.filePath(QStringLiteral("saved.herald")), &error);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(copy->bytes > 0);
    QCOMPARE(phonesIn(copy->file), saved);

    addContacts(ws, {QStringLiteral("+12025550104")});
    QSqlQuery q(ws.database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM contacts WHERE phone = '+12025550101'")));
    const QStringList changed = phones(ws.database());
    QVERIFY(changed != saved);

    const auto restored = WorkspaceBackup::restore(ws, copy->file, kNoon, &error);
    QVERIFY2(restored, qPrintable(error));
    QCOMPARE(phones(ws.database()), saved);
    QCOMPARE(scalar(ws.database(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(ws.database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // The state before the restore is kept.
    QVERIFY(restored->previousBackup.startsWith(WorkspaceBackup::folderFor(ws.path())));
    QCOMPARE(phonesIn(restored->previousBackup), changed);
}

void TestWorkspaceBackup::restoreRefusedWhileOpenElsewhere()
{
    TestWorkspace t;
    addContacts(t.workspace(), {QStringLiteral("+12025550101")});
    QString error;
    const auto copy = WorkspaceBackup::copy(t.workspace().database(), t.filePath(QStringLiteral("b.herald")), &error);
    QVERIFY2(copy, qPrintable(error));
    addContacts(t.workspace(), {QStringLiteral("+12025550102")});
    const QStringList before = phones(t.workspace().database());

    Workspace other;   // a second connection, as another window or herald-cli would hold
    QVERIFY2(other.open(t.workspace().path(), &error), qPrintable(error));
    QCOMPARE(scalar(other.database(), QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 2);
    QVERIFY(!WorkspaceBackup::restore(t.workspace(), copy->file, kNoon, &error));
    QVERIFY2(error.contains(QStringLiteral("open in another program")), qPrintable(error));
    QCOMPARE(phones(t.workspace().database()), before);
    QCOMPARE(scalar(t.workspace().database(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    other.close();
    QVERIFY2(WorkspaceBackup::restore(t.workspace(), copy->file, kNoon, &error), qPrintable(error));
    QCOMPARE(phones(t.workspace().database()), QStringList{QStringLiteral("+12025550101")});
}

void TestWorkspaceBackup::rollingKeepsTheNewest()
{
    TestWorkspace t;
    QString error;
    QStringList made;
    for (int i = 0; i < WorkspaceBackup::kKeep + 3; ++i) {
        addContacts(t.workspace(), {QStringLiteral("+1202555%1").arg(1000 + i)});
        const auto copy = WorkspaceBackup::rolling(t.workspace().database(), t.workspace().path(),
                                                   kNoon.addSecs(60 * i), QStringLiteral("daily"), &error);
        QVERIFY2(copy, qPrintable(error));
        made.prepend(copy->file);
    }
    const QStringList kept = WorkspaceBackup::list(t.workspace().path());
    QCOMPARE(kept.size(), WorkspaceBackup::kKeep);
    QCOMPARE(kept, made.mid(0, WorkspaceBackup::kKeep));   // newest first, the oldest three gone
    QCOMPARE(phonesIn(kept.first()).size(), WorkspaceBackup::kKeep + 3);
    QCOMPARE(phonesIn(kept.last()).size(), 4);
}

void TestWorkspaceBackup::dailyBackupOnlyWhenDue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.herald"));
    QString error;
    {
        Workspace created;
        QVERIFY2(created.open(path, &error), qPrintable(error));
    }
    Workspace ws;
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    QVERIFY(!ws.isNew());
    QVERIFY2(WorkspaceBackup::dailyIfDue(ws, kNoon, &error), qPrintable(error));
    QVERIFY(!WorkspaceBackup::dailyIfDue(ws, kNoon.addSecs(23 * 3600), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(WorkspaceBackup::list(path).size(), 1);
    const auto next = WorkspaceBackup::dailyIfDue(ws, kNoon.addSecs(24 * 3600 + 1), &error);
    QVERIFY2(next, qPrintable(error));
    QVERIFY(QFileInfo(next->file).fileName().contains(QStringLiteral("-daily")));
    QCOMPARE(WorkspaceBackup::list(path).size(), 2);
}

void TestWorkspaceBackup::backupBeforeMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.herald"));
    const int older = Migrations::latestVersion() - 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(Migrations::migrate(db, &error, older), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) "
                                      "VALUES ('+4915112345678', 'Old Timer', 1, 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QVERIFY(WorkspaceBackup::list(path).isEmpty());

    Workspace ws;
    QString error;
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    const QStringList backups = WorkspaceBackup::list(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(QFileInfo(backups.first())
                .fileName()
                .endsWith(QStringLiteral("-before-schema-%1.herald").arg(Migrations::latestVersion())));
    QCOMPARE(phonesIn(backups.first()), QStringList{QStringLiteral("+4915112345678")});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(backups.first());
        QVERIFY(db.open());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), older);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    // Opened again at the current version: no second copy.
    ws.close();
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    QCOMPARE(WorkspaceBackup::list(path).size(), 1);
}

void TestWorkspaceBackup::workspaceFilesAreNeverCsvTargets()
{
    TestWorkspace t;
    addContacts(t.workspace(), {QStringLiteral("+12025550101")});
    const QString path = t.workspace().path();
    const QStringList targets = {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                 path + QStringLiteral("-journal"), t.dir() + QStringLiteral("/./test.herald")};
    for (const QString &target : targets) {
        QVERIFY(Workspace::isOpenWorkspaceFile(target));
        CsvWriter writer;
        QString error;
        QVERIFY2(!writer.open(target, &error), qPrintable(target));
        QVERIFY2(error.contains(QStringLiteral("open workspace")), qPrintable(error));
    }
    QVERIFY(!Workspace::isOpenWorkspaceFile(t.filePath(QStringLiteral("export.csv"))));
    QCOMPARE(scalar(t.workspace().database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(t.workspace().database(), QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 1);
    t.workspace().close();
    QVERIFY(!Workspace::isOpenWorkspaceFile(path));
}

void TestWorkspaceBackup::cliBackupAndRestore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.herald"));
    const QString csv = dir.filePath(QStringLiteral("c.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("phone,name\n+12025550101,Ann\n+12025550102,Bob\n");
    }
    int code = -1;
    cliJson({QStringLiteral("-w"), path, QStringLiteral("contacts"), QStringLiteral("import"), csv, QStringLiteral("--json")}, &code);
    QCOMPARE(code, 0);
    const QString to = dir.filePath(QStringLiteral("copy.herald"));
    QJsonObject o = cliJson({QStringLiteral("-w"), path, QStringLiteral("workspace"), QStringLiteral("backup"),
                             QStringLiteral("--to"), to, QStringLiteral("--json")},
                            &code);
    QCOMPARE(code, 0);
    QCOMPARE(o.value(QStringLiteral("file")).toString(), to);
    QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(to).size());
    o = cliJson({QStringLiteral("-w"), path, QStringLiteral("workspace"), QStringLiteral("backup"), QStringLiteral("--json")}, &code);
    QCOMPARE(code, 0);
    QVERIFY(o.value(QStringLiteral("file")).toString().startsWith(WorkspaceBackup::folderFor(path) + QLatin1Char('/')));

    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("phone,name\n+12025550103,Cy\n");
    }
    cliJson({QStringLiteral("-w"), path, QStringLiteral("contacts"), QStringLiteral("import"), csv, QStringLiteral("--json")}, &code);
    QCOMPARE(code, 0);
    o = cliJson({QStringLiteral("-w"), path, QStringLiteral("workspace"), QStringLiteral("restore"), to, QStringLiteral("--json")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(o.value(QStringLiteral("restored_from")).toString(), to);
    QCOMPARE(o.value(QStringLiteral("contacts")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("schema")).toInt(), Workspace::schemaVersion());
    QCOMPARE(phonesIn(o.value(QStringLiteral("previous_state")).toString()).size(), 3);
    o = cliJson({QStringLiteral("-w"), path, QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")}, &code);
    QCOMPARE(o.value(QStringLiteral("contacts")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestWorkspaceBackup)
#include "tst_workspacebackup.moc"

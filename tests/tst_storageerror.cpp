// Issue 11 §5: a full disk or a folder Herald may not write to is said as such ("nothing was lost"), never as a
// damaged workspace; the sandbox's relay store on a full disk says the disk is full, not "does not support WAL".
// The real cases need a small file system: a tmpfs mounted for the test (root only; skipped otherwise), or for
// a read-only folder as a normal user, chmod.
#include "engine/relay/relaystore.h"
#include "models/storage/storageerror.h"
#include "models/storage/workspace.h"

#include <sqlite3.h>

#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// A tmpfs of `size` on a temporary folder, unmounted when it goes out of scope.
class SmallDisk
{
public:
    bool mount(const QString &size)
    {
#ifdef Q_OS_LINUX
        m_mounted = m_dir.isValid()
            && QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                           QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()})
                == 0;
#else
        Q_UNUSED(size)
#endif
        return m_mounted;
    }
    bool remountReadOnly(bool readOnly)
    {
        return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"),
                                                           readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"),
                                                           m_dir.path()})
            == 0;
    }
    // Writes a filler file until the disk refuses more.
    void fill()
    {
        QFile filler(path(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }
    void makeRoom() { QFile::remove(path(QStringLiteral("filler"))); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

class TestStorageError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesSqliteCodes_data();
    void classifiesSqliteCodes();
    void newWorkspaceOnFullDisk();
    void writeOnFullDiskLosesNothing();
    void readOnlyFolder();
    void relayStoreOnFullDisk();
};

void TestStorageError::classifiesSqliteCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<StorageError::Kind>("kind");
    QTest::newRow("full") << SQLITE_FULL << StorageError::Kind::DiskFull;
    QTest::newRow("read-only") << SQLITE_READONLY << StorageError::Kind::NoPermission;
    QTest::newRow("read-only, db moved") << SQLITE_READONLY_DBMOVED << StorageError::Kind::NoPermission;
    QTest::newRow("no permission") << SQLITE_PERM << StorageError::Kind::NoPermission;
    QTest::newRow("corrupt") << SQLITE_CORRUPT << StorageError::Kind::Damaged;
    QTest::newRow("corrupt index") << SQLITE_CORRUPT_INDEX << StorageError::Kind::Damaged;
    QTest::newRow("not a database") << SQLITE_NOTADB << StorageError::Kind::NotADatabase;
    QTest::newRow("busy snapshot") << SQLITE_BUSY_SNAPSHOT << StorageError::Kind::Busy;
    QTest::newRow("ok") << SQLITE_OK << StorageError::Kind::None;
}

void TestStorageError::classifiesSqliteCodes()
{
    QFETCH(int, code);
    QFETCH(StorageError::Kind, kind);
    QCOMPARE(StorageError::classify(code), kind);
}

void TestStorageError::newWorkspaceOnFullDisk()
{
    SmallDisk disk;
    if (!disk.mount(QStringLiteral("1m")))
        QSKIP("mounting a small tmpfs needs root");
    disk.fill();
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(disk.path(QStringLiteral("new.herald")), &error));
    QCOMPARE(ws.openError(), StorageError::Kind::DiskFull);
    QVERIFY2(error.contains(QStringLiteral("is full")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Nothing was lost")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("damaged")), qPrintable(error));
    disk.makeRoom();
    QVERIFY2(ws.open(disk.path(QStringLiteral("new.herald")), &error), qPrintable(error));
}

void TestStorageError::writeOnFullDiskLosesNothing()
{
    SmallDisk disk;
    if (!disk.mount(QStringLiteral("2m")))
        QSKIP("mounting a small tmpfs needs root");
    const QString path = disk.path(QStringLiteral("shop.herald"));
    QString error;
    {
        Workspace ws;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) "
                                      "VALUES ('+12025550101', 'Kept', 1, 1)")));
        disk.fill();
        QSqlDatabase db = ws.database();
        QVERIFY(db.transaction());
        bool failed = false;
        QSqlError sqlError;
        for (int i = 0; i < 2000 && !failed; ++i) {
            q.prepare(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) VALUES (?, ?, 1, 1)"));
            q.addBindValue(QStringLiteral("+1202556%1").arg(i, 4, 10, QLatin1Char('0')));
            q.addBindValue(QString(2000, QLatin1Char('n')));
            failed = !q.exec();
            sqlError = q.lastError();
        }
        if (!failed) {
            failed = !db.commit();
            sqlError = db.lastError();
        } else {
            db.rollback();
        }
        QVERIFY2(failed, "the disk never filled up");
        QCOMPARE(StorageError::classify(sqlError, path), StorageError::Kind::DiskFull);
    }
    // Opening it again on the full disk is never "damaged".
    Workspace again;
    if (!again.open(path, &error)) {
        QVERIFY2(again.openError() == StorageError::Kind::DiskFull, qPrintable(error));
        disk.makeRoom();
        QVERIFY2(again.open(path, &error), qPrintable(error));
    }
    disk.makeRoom();
    QSqlQuery check(again.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("SELECT name FROM contacts")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("Kept"));
    QVERIFY(!check.next());
}

void TestStorageError::readOnlyFolder()
{
    SmallDisk disk;
    QTemporaryDir plain;
    const bool root = isRoot();
    if (root && !disk.mount(QStringLiteral("4m")))
        QSKIP("as root only a read-only mount makes a folder read-only, and mounting failed");
    const QString folder = root ? disk.path(QString()) : plain.path();
    const QString path = QDir(folder).filePath(QStringLiteral("shop.herald"));
    QString error;
    {
        Workspace ws;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) "
                                      "VALUES ('+12025550101', 'Kept', 1, 1)")));
    }
    const auto setReadOnly = [&](bool readOnly) {
        if (root)
            return disk.remountReadOnly(readOnly);
        return QFile::setPermissions(folder, readOnly ? QFile::ReadOwner | QFile::ExeOwner
                                                      : QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    };
    QVERIFY(setReadOnly(true));
    Workspace ws;
    QVERIFY(!ws.open(path, &error));
    QCOMPARE(ws.openError(), StorageError::Kind::NoPermission);
    QVERIFY2(error.contains(QStringLiteral("may not write")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Nothing was lost")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("damaged")), qPrintable(error));
    // A new workspace in that folder: the same answer.
    QVERIFY(!ws.open(QDir(folder).filePath(QStringLiteral("new.herald")), &error));
    QCOMPARE(ws.openError(), StorageError::Kind::NoPermission);
    QVERIFY(setReadOnly(false));
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    QSqlQuery q(ws.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestStorageError::relayStoreOnFullDisk()
{
    SmallDisk disk;
    if (!disk.mount(QStringLiteral("256k")))
        QSKIP("mounting a small tmpfs needs root");
    disk.fill();
    RelayStore store;
    QString error;
    QVERIFY(!store.open(disk.path(QStringLiteral("sandbox-relay.db")), &error));
    QVERIFY2(error.contains(QStringLiteral("is full")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("WAL")), qPrintable(error));
    disk.makeRoom();
    QVERIFY2(store.open(disk.path(QStringLiteral("sandbox-relay.db")), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStorageError)
#include "tst_storageerror.moc"

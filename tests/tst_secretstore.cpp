// SecretStore against the real Secret Service (gnome-keyring in the test's D-Bus session, see
// scripts/test.sh), and proof that a secret never lands in the workspace, settings or logs.
#include "engine/secrets/secretstore.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {

QString g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log += message + QLatin1Char('\n');
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void workspacesDoNotShareSecrets();
    void secretLeavesNoTrace();

private:
    SecretStore::Result run(const std::function<void(SecretStore::Callback)> &call)
    {
        bool done = false;
        SecretStore::Result result;
        call([&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("the keychain never answered");
        return result;
    }
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run the suite through scripts/test.sh, which starts gnome-keyring.");
}

void TestSecretStore::writeReadRemove()
{
    SecretStore store(QUuid::createUuid().toString(QUuid::Id128));
    const QString token = QStringLiteral("EAAG-") + QUuid::createUuid().toString(QUuid::Id128);
    SecretStore::Result r = run([&](auto done) { store.write(7, SecretStore::Secret::AccessToken, token, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = run([&](auto done) { store.read(7, SecretStore::Secret::AccessToken, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.value, token);
    r = run([&](auto done) { store.read(7, SecretStore::Secret::RelayFeedToken, this, done); });
    QCOMPARE(r.status, SecretStore::Status::NotFound);
    r = run([&](auto done) { store.remove(7, SecretStore::Secret::AccessToken, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = run([&](auto done) { store.read(7, SecretStore::Secret::AccessToken, this, done); });
    QCOMPARE(r.status, SecretStore::Status::NotFound);
}

void TestSecretStore::workspacesDoNotShareSecrets()
{
    SecretStore a(QUuid::createUuid().toString(QUuid::Id128));
    SecretStore b(QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(run([&](auto done) { a.write(1, SecretStore::Secret::AccessToken, QStringLiteral("one"), this, done); }).ok());
    const auto r = run([&](auto done) { b.read(1, SecretStore::Secret::AccessToken, this, done); });
    QCOMPARE(r.status, SecretStore::Status::NotFound);
}

void TestSecretStore::secretLeavesNoTrace()
{
    TestWorkspace t;
    const QString secret = QStringLiteral("EAAsecret") + QUuid::createUuid().toString(QUuid::Id128);
    QSettings settings(t.filePath(QStringLiteral("herald.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/lastAccount"), 1);
    settings.sync();
    g_log.clear();
    const auto previous = qInstallMessageHandler(captureLog);
    SecretStore store(t.workspace().workspaceId());
    const auto r = run([&](auto done) { store.write(1, SecretStore::Secret::AccessToken, secret, this, done); });
    const auto back = run([&](auto done) { store.read(1, SecretStore::Secret::AccessToken, this, done); });
    qInstallMessageHandler(previous);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(back.value, secret);
    t.workspace().close();

    // grep every file the test wrote (workspace, WAL, settings) and the log.
    QDirIterator it(t.dir(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
        const QString utf16 = secret;
        QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2)),
                 qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 2);
    QVERIFY(!g_log.contains(secret));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

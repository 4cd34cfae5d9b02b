#include "models/accounts/account.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QTest>

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newWorkspaceHasDefaultSandbox();
    void urlRules_data();
    void urlRules();
    void idsAreDigits();
    void saveUpdateAndDefault();
};

void TestAccountStore::newWorkspaceHasDefaultSandbox()
{
    TestWorkspace t;
    QString error;
    const auto a = AccountStore(t.workspace().database()).defaultAccount(&error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->kind, Account::Kind::Sandbox);
    QVERIFY(a->isDefault);
}

void TestAccountStore::urlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://graph.facebook.com") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http loopback 127/8") << QStringLiteral("http://127.3.2.1") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9000") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:9000") << true;
    QTest::newRow("http remote") << QStringLiteral("http://graph.facebook.com") << false;
    QTest::newRow("http private") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.evil.example") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
    QTest::newRow("garbage") << QStringLiteral("not a url") << false;
}

void TestAccountStore::urlRules()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = AccountStore::validateUrl(QStringLiteral("Graph API URL"), url, true);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted)
        QVERIFY2(problem.contains(QStringLiteral("Graph API URL")), qPrintable(problem));
}

void TestAccountStore::idsAreDigits()
{
    Account a;
    a.name = QStringLiteral("shop");
    a.kind = Account::Kind::CloudApi;
    a.phoneNumberId = QStringLiteral("+91 98765 43210");
    QVERIFY(AccountStore::validate(a).contains(QStringLiteral("Phone number ID")));
    a.phoneNumberId = QStringLiteral("106540352242922");
    QVERIFY(AccountStore::validate(a).isEmpty());
    a.apiVersion = QStringLiteral("23");
    QVERIFY(AccountStore::validate(a).contains(QStringLiteral("v23.0")));
}

void TestAccountStore::saveUpdateAndDefault()
{
    TestWorkspace t;
    AccountStore store(t.workspace().database());
    QString error;
    Account a;
    a.name = QStringLiteral("shop");
    a.kind = Account::Kind::CloudApi;
    a.phoneNumberId = QStringLiteral("123");
    a.wabaId = QStringLiteral("456");
    const qint64 id = store.save(a, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(!store.byId(id, &error)->isDefault);   // the sandbox stays the default
    a.id = id;
    a.graphUrl = QStringLiteral("http://example.com");
    QCOMPARE(store.save(a, &error), 0);
    QVERIFY(error.contains(QStringLiteral("http://")));
    a.graphUrl = QStringLiteral("https://graph.example.com");
    QCOMPARE(store.save(a, &error), id);
    QCOMPARE(store.byName(QStringLiteral("SHOP"), &error)->graphUrl, QStringLiteral("https://graph.example.com"));
    QVERIFY(store.setDefault(id, &error));
    QCOMPARE(store.defaultAccount(&error)->name, QStringLiteral("shop"));
    QCOMPARE(store.list(&error).size(), 2);
    QVERIFY(!store.setDefault(9999, &error));
    Account ghost = a;
    ghost.id = 9999;
    QCOMPARE(store.save(ghost, &error), 0);
    QVERIFY(error.contains(QStringLiteral("9999")));
    QCOMPARE(store.defaultAccount(&error)->name, QStringLiteral("shop"));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"

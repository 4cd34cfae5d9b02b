#include "engine/i18n/languages.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/messagebox.h"
#include "ui/settings/accountspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void setKind(QWidget *page, Account::Kind kind)
{
    auto *combo = child<QComboBox>(page, "accountKind");
    combo->setCurrentIndex(combo->findData(Account::kindName(kind)));
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAccountsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsAccountsWithDefaultMarked();
    void kindSwitchHidesCloudFields();
    void plainHttpIsRefused_data();
    void plainHttpIsRefused();
    void addSaveAndMakeDefault();
    void foreignGraphHostAsksFirst();
    void tokenFieldIsNeverPrefilled();
    void unsavedChangesAskBeforeLeaving();
    void sandboxConnectionTest();
    void autoResolveAndPortfolioAreSaved();
    void languageChoiceIsRemembered();
    void screenshot();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<AccountsPage> m_page;
};

void TestAccountsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccountsPage::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_page = std::make_unique<AccountsPage>(m_ws->workspace());
    m_page->resize(1000, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAccountsPage::cleanup()
{
    m_page.reset();
    m_ws.reset();
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    MessageBox::clearNextAnswers();
}

void TestAccountsPage::listsAccountsWithDefaultMarked()
{
    auto *list = child<QListWidget>(m_page.get(), "accountsList");
    QCOMPARE(list->count(), 1);   // a new workspace has the sandbox, as its default
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("sandbox")));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("default")));
    QVERIFY(list->item(0)->font().bold());
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(m_page->currentAccount().name, QStringLiteral("sandbox"));
    QVERIFY(!child<QPushButton>(m_page.get(), "makeDefaultButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_page.get(), "saveAccountButton")->isEnabled());   // nothing changed
}

void TestAccountsPage::kindSwitchHidesCloudFields()
{
    QWidget *page = m_page.get();
    const QList<QWidget *> cloudFields{child<QLineEdit>(page, "graphUrl"), child<QLineEdit>(page, "apiVersion"),
                                       child<QLineEdit>(page, "phoneNumberId"), child<QLineEdit>(page, "wabaId"),
                                       child<QLineEdit>(page, "relayUrl"), child<QLineEdit>(page, "accessToken"),
                                       child<QPushButton>(page, "setTokenButton")};
    auto *note = child<QLabel>(page, "sandboxNote");
    QCOMPARE(child<QComboBox>(page, "accountKind")->currentData().toString(), QStringLiteral("sandbox"));
    for (QWidget *w : cloudFields)
        QVERIFY2(!w->isVisibleTo(page), qPrintable(w->objectName()));
    QVERIFY(note->isVisibleTo(page));

    setKind(page, Account::Kind::CloudApi);
    for (QWidget *w : cloudFields)
        QVERIFY2(w->isVisibleTo(page), qPrintable(w->objectName()));
    QVERIFY(!note->isVisibleTo(page));
    // The sandbox's "sandbox:" address is replaced by Meta's.
    QCOMPARE(child<QLineEdit>(page, "graphUrl")->text(), QStringLiteral("https://graph.facebook.com"));
    QCOMPARE(child<QLineEdit>(page, "apiVersion")->text(), QStringLiteral("v23.0"));
    QVERIFY(m_page->isModified());

    setKind(page, Account::Kind::Sandbox);
    for (QWidget *w : cloudFields)
        QVERIFY(!w->isVisibleTo(page));
    QVERIFY(note->isVisibleTo(page));
    QVERIFY(!m_page->isModified());
}

void TestAccountsPage::plainHttpIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("graph http remote") << QStringLiteral("graphUrl") << QStringLiteral("http://example.com") << false;
    QTest::newRow("graph https") << QStringLiteral("graphUrl") << QStringLiteral("https://example.com") << true;
    QTest::newRow("graph http loopback") << QStringLiteral("graphUrl") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("relay http remote") << QStringLiteral("relayUrl") << QStringLiteral("http://example.com") << false;
    QTest::newRow("graph empty") << QStringLiteral("graphUrl") << QString() << false;
}

void TestAccountsPage::plainHttpIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QWidget *page = m_page.get();
    setKind(page, Account::Kind::CloudApi);
    auto *edit = child<QLineEdit>(page, qPrintable(field));
    retype(edit, url);
    auto *status = child<QLabel>(page, "accountStatus");
    auto *save = child<QPushButton>(page, "saveAccountButton");
    if (accepted) {
        QVERIFY2(m_page->validationMessage().isEmpty(), qPrintable(m_page->validationMessage()));
        QVERIFY(!edit->property("invalid").toBool());
        QVERIFY(save->isEnabled());
    } else {
        QVERIFY(!m_page->validationMessage().isEmpty());
        QCOMPARE(status->text(), m_page->validationMessage());
        if (!url.isEmpty())
            QVERIFY2(status->text().contains(QStringLiteral("http")), qPrintable(status->text()));
        QVERIFY(edit->property("invalid").toBool());
        QVERIFY(!edit->toolTip().isEmpty());
        QVERIFY(!save->isEnabled());
        QVERIFY(!child<QPushButton>(page, "testConnectionButton")->isEnabled());
    }
}

void TestAccountsPage::foreignGraphHostAsksFirst()
{
    QWidget *page = m_page.get();
    QTest::mouseClick(child<QPushButton>(page, "addAccountButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, "accountName"), QStringLiteral("shop"));
    auto *graph = child<QLineEdit>(page, "graphUrl");
    auto *save = child<QPushButton>(page, "saveAccountButton");
    // User-info in the URL is refused outright: the request would go to evil.example.
    retype(graph, QStringLiteral("https://graph.facebook.com@evil.example"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(m_page->validationMessage().contains(QStringLiteral("evil.example")), qPrintable(m_page->validationMessage()));

    retype(graph, QStringLiteral("https://evil.example"));
    QVERIFY(save->isEnabled());
    QString error;
    AccountStore store(m_ws->workspace().database());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("evil.example")), qPrintable(MessageBox::lastText()));
    QVERIFY(!store.byName(QStringLiteral("shop"), &error));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    const auto stored = store.byName(QStringLiteral("shop"), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->graphUrl, QStringLiteral("https://evil.example"));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
}

void TestAccountsPage::addSaveAndMakeDefault()
{
    QWidget *page = m_page.get();
    QSignalSpy changed(m_page.get(), &AccountsPage::accountsChanged);
    auto *list = child<QListWidget>(page, "accountsList");
    QTest::mouseClick(child<QPushButton>(page, "addAccountButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(child<QComboBox>(page, "accountKind")->currentData().toString(), QStringLiteral("cloud-api"));
    QVERIFY(child<QLineEdit>(page, "accountName")->text().isEmpty());
    QVERIFY(!child<QPushButton>(page, "saveAccountButton")->isEnabled());   // no name yet

    QTest::keyClicks(child<QLineEdit>(page, "accountName"), QStringLiteral("shop"));
    QTest::keyClicks(child<QLineEdit>(page, "phoneNumberId"), QStringLiteral("1234567890"));
    QTest::keyClicks(child<QLineEdit>(page, "wabaId"), QStringLiteral("98765"));
    QVERIFY(!child<QPushButton>(page, "setTokenButton")->isEnabled());   // not saved: no keychain entry yet
    QTest::keyClicks(child<QLineEdit>(page, "wabaId"), QStringLiteral("x"));
    QVERIFY(!child<QPushButton>(page, "saveAccountButton")->isEnabled());
    QVERIFY(child<QLineEdit>(page, "wabaId")->property("invalid").toBool());
    QTest::keyClick(child<QLineEdit>(page, "wabaId"), Qt::Key_Backspace);

    auto *save = child<QPushButton>(page, "saveAccountButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(list->count(), 2);
    QString error;
    const auto stored = AccountStore(m_ws->workspace().database()).byName(QStringLiteral("shop"), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->kind, Account::Kind::CloudApi);
    QCOMPARE(stored->phoneNumberId, QStringLiteral("1234567890"));
    QCOMPARE(stored->wabaId, QStringLiteral("98765"));
    QCOMPARE(stored->graphUrl, QStringLiteral("https://graph.facebook.com"));
    QCOMPARE(m_page->currentAccount().id, stored->id);
    QVERIFY(!save->isEnabled());

    auto *makeDefault = child<QPushButton>(page, "makeDefaultButton");
    QVERIFY(makeDefault->isEnabled());
    QTest::mouseClick(makeDefault, Qt::LeftButton);
    QCOMPARE(changed.size(), 2);
    QVERIFY(AccountStore(m_ws->workspace().database()).defaultAccount(&error)->name == QStringLiteral("shop"));
    QCOMPARE(m_page->currentAccount().name, QStringLiteral("shop"));
    QVERIFY(list->currentItem()->text().contains(QStringLiteral("default")));
    QVERIFY(!makeDefault->isEnabled());

    // Revert brings back what is stored.
    retype(child<QLineEdit>(page, "wabaId"), QStringLiteral("111"));
    QTest::mouseClick(child<QPushButton>(page, "revertAccountButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(page, "wabaId")->text(), QStringLiteral("98765"));
    QVERIFY(!m_page->isModified());
}

void TestAccountsPage::tokenFieldIsNeverPrefilled()
{
    QWidget *page = m_page.get();
    Account a;
    a.name = QStringLiteral("live");
    a.kind = Account::Kind::CloudApi;
    a.phoneNumberId = QStringLiteral("1");
    QString error;
    QVERIFY(AccountStore(m_ws->workspace().database()).save(a, &error));
    m_page->reload();
    auto *list = child<QListWidget>(page, "accountsList");
    list->setCurrentRow(list->count() - 1);
    QCOMPARE(m_page->currentAccount().name, QStringLiteral("live"));

    auto *token = child<QLineEdit>(page, "accessToken");
    auto *status = child<QLabel>(page, "accessTokenStatus");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(token->text().isEmpty());
    // Whatever the keychain answers (a stored token, none, or no keychain at all), the field stays empty.
    QTRY_VERIFY(status->text() != QStringLiteral("Checking the system keychain…"));
    QVERIFY(!status->text().isEmpty());

    QTest::keyClicks(token, QStringLiteral("EAAG-secret-token"));
    auto *set = child<QPushButton>(page, "setTokenButton");
    QVERIFY(set->isEnabled());
    QTest::mouseClick(set, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(token->isEnabled(), 20000);
    const bool stored = token->text().isEmpty();
    if (stored) {
        // Stored: the field was cleared and the status says so.
        QVERIFY2(status->text().contains(QStringLiteral("keychain")), qPrintable(status->text()));
    } else {
        // No keychain here: the message says what to install, and the token is still only in the field.
        QVERIFY2(status->text().contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(status->text()));
    }

    // Coming back to the account never shows the token.
    list->setCurrentRow(0);
    QVERIFY(token->text().isEmpty());
    list->setCurrentRow(list->count() - 1);
    QVERIFY(token->text().isEmpty());
    QTRY_VERIFY(status->text() != QStringLiteral("Checking the system keychain…"));
    if (stored)
        QCOMPARE(status->text(), QStringLiteral("✔ A token is stored in the system keychain."));
    QVERIFY(!status->text().contains(QStringLiteral("EAAG")));
    QVERIFY(!page->findChild<QLineEdit *>(QStringLiteral("relayToken"))->text().contains(QStringLiteral("EAAG")));
}

void TestAccountsPage::unsavedChangesAskBeforeLeaving()
{
    QWidget *page = m_page.get();
    auto *list = child<QListWidget>(page, "accountsList");
    QTest::mouseClick(child<QPushButton>(page, "addAccountButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, "accountName"), QStringLiteral("draft"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    list->setCurrentRow(0);
    QCOMPARE(list->currentRow(), 1);   // stayed
    QCOMPARE(child<QLineEdit>(page, "accountName")->text(), QStringLiteral("draft"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    list->setCurrentRow(0);
    QCOMPARE(list->count(), 1);   // the unsaved new account is gone
    QCOMPARE(m_page->currentAccount().name, QStringLiteral("sandbox"));
}

void TestAccountsPage::sandboxConnectionTest()
{
    auto *button = child<QPushButton>(m_page.get(), "testConnectionButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *result = child<QLabel>(m_page.get(), "connectionResult");
    QTRY_VERIFY(result->isVisibleTo(m_page.get()));
    QVERIFY(result->text().contains(QStringLiteral("+1 555 0100")));
    QVERIFY(result->text().contains(QStringLiteral("Herald Sandbox")));
    QVERIFY(result->text().contains(QStringLiteral("GREEN")));
    QVERIFY(result->text().contains(QStringLiteral("STANDARD")));
    QTRY_VERIFY(button->isEnabled());
}

void TestAccountsPage::autoResolveAndPortfolioAreSaved()
{
    // Issue 10 §3/§5: automatic resolution of uncertain sends is on by default and switchable per account; the
    // portfolio id groups numbers that share one daily limit.
    QWidget *page = m_page.get();
    auto *autoResolve = child<QCheckBox>(page, "autoResolve");
    QVERIFY(autoResolve->isChecked());
    QTest::mouseClick(autoResolve, Qt::LeftButton, {}, QPoint(6, autoResolve->height() / 2));   // the box itself
    QVERIFY(!autoResolve->isChecked());
    auto *save = child<QPushButton>(page, "saveAccountButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QString error;
    QVERIFY(!AccountStore(m_ws->workspace().database()).defaultAccount(&error)->autoResolve);

    setKind(page, Account::Kind::CloudApi);
    auto *portfolio = child<QLineEdit>(page, "portfolioId");
    retype(portfolio, QStringLiteral("12x"));
    QVERIFY(portfolio->property("invalid").toBool());
    QVERIFY(!save->isEnabled());
    retype(portfolio, QStringLiteral("4455"));
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(AccountStore(m_ws->workspace().database()).defaultAccount(&error)->portfolioId, QStringLiteral("4455"));
}

void TestAccountsPage::languageChoiceIsRemembered()
{
    Languages::setChosen({});
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *note = m_page->findChild<QLabel *>(QStringLiteral("languageNote"));
    QVERIFY(combo && note);
    // The system's language first (the default), then every language Herald ships and English, each in its own words.
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(combo->itemData(0).toString().isEmpty());
    QStringList names;
    for (int i = 1; i < combo->count(); ++i)
        names << combo->itemData(i).toString();
    for (const QString &name : Languages::available())
        QVERIFY2(names.contains(name), qPrintable(name));
    const int portuguese = combo->findData(QStringLiteral("pt_BR"));
    QVERIFY(portuguese > 0);
    QCOMPARE(combo->itemText(portuguese), Languages::nativeName(QStringLiteral("pt_BR")));
    QVERIFY(combo->itemText(portuguese).startsWith(QStringLiteral("Português")));

    QVERIFY(!note->isVisible());
    combo->setCurrentIndex(portuguese);
    QCOMPARE(Languages::chosen(), QStringLiteral("pt_BR"));
    QVERIFY(note->isVisible());   // applies from the next start
    // A new page (the next start) shows the remembered choice.
    AccountsPage again(m_ws->workspace());
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("pt_BR"));
    combo->setCurrentIndex(0);
    QVERIFY(Languages::chosen().isEmpty());
    QVERIFY(!note->isVisible());
}

void TestAccountsPage::screenshot()
{
    if (!Screenshot::enabled())
        QSKIP("HERALD_SCREENSHOT_DIR not set");
    QTest::mouseClick(child<QPushButton>(m_page.get(), "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(m_page.get(), "connectionResult")->isVisible());
    QVERIFY(Screenshot::save(m_page.get(), QStringLiteral("accountspage-sandbox.png")));
    QWidget *page = m_page.get();
    QTest::mouseClick(child<QPushButton>(page, "addAccountButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, "accountName"), QStringLiteral("shop"));
    QTest::keyClicks(child<QLineEdit>(page, "phoneNumberId"), QStringLiteral("106540352242922"));
    QTest::keyClicks(child<QLineEdit>(page, "wabaId"), QStringLiteral("102290129340398"));
    retype(child<QLineEdit>(page, "relayUrl"), QStringLiteral("http://relay.example.com"));
    QVERIFY(Screenshot::save(m_page.get(), QStringLiteral("accountspage-cloud.png")));
}

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"

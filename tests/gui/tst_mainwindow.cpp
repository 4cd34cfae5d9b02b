#include "engine/sandbox/demoworkspace.h"
#include "engine/status/relayfeeds.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "sandboxcampaign.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/aboutdialog.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/contacts/contactspage.h"
#include "ui/contacts/importwizard.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace {

QByteArray sampleCsv()
{
    return "Phone;Name;Company\n"
           "+55 11 98765-0101;Renata Alves;Padaria Alves\n"
           "+55 11 98765-0102;Tiago Moreira;Moreira & Filhos\n"
           "+55 11 98765-0103;Júlia Castro;\n";
}

// One opted-in contact; its id (0 on failure).
qint64 addOptedInContact(TestWorkspace &ws)
{
    QString error;
    Contact c;
    c.phone = QStringLiteral("+5511987650001");
    c.optInAt = QDateTime::currentDateTimeUtc();
    const qint64 id = ContactStore(ws.workspace().database()).upsert(c, &error);
    if (id == 0)
        qWarning("%s", qPrintable(error));
    return id;
}

QStackedWidget *pages(MainWindow &window)
{
    return window.findChild<QStackedWidget *>(QStringLiteral("pages"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void navigationSwitchesPages();
    void viewShortcutsSwitchPages();
    void statusBarShowsWorkspaceAndCounts();
    void statusBarFollowsOptOutsFromTheFeed();
    void noShortcutIsBoundTwice();
    void findGoesToTheShownPage();
    void campaignMenuFollowsTheSelectedCampaign();
    void tabLeavesTables();
    void importThroughWizardShowsRows();
    void geometryAndTableStateAreRestored();
    void aboutShowsVersion();
    void screenshots();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::navigationSwitchesPages()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), MainWindow::PageCount);
    QCOMPARE(window.currentPage(), MainWindow::Page::Contacts);   // the default page
    QCOMPARE(pages(window)->currentWidget(), window.contactsPage());

    for (int i = 0; i < MainWindow::PageCount; ++i) {
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(i)).center());
        QCOMPARE(int(window.currentPage()), i);
        QCOMPARE(pages(window)->currentIndex(), i);
        QVERIFY(pages(window)->currentWidget()->isVisible());
    }
    QCOMPARE(pages(window)->currentWidget()->objectName(), QStringLiteral("accountsPage"));
    QCOMPARE(pages(window)->widget(int(MainWindow::Page::Templates))->objectName(), QStringLiteral("templatesPage"));
    QCOMPARE(pages(window)->widget(int(MainWindow::Page::Campaigns))->objectName(), QStringLiteral("campaignsPage"));
    QCOMPARE(pages(window)->widget(int(MainWindow::Page::Dashboard))->objectName(), QStringLiteral("dashboardPage"));
}

void TestMainWindow::viewShortcutsSwitchPages()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Dashboard);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Templates);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionPage4"))->isChecked());
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Contacts);
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), 2);
}

void TestMainWindow::statusBarShowsWorkspaceAndCounts()
{
    TestWorkspace ws;
    QVERIFY(addOptedInContact(ws) > 0);
    MainWindow window(ws.workspace());
    const auto *workspaceLabel = window.findChild<QLabel *>(QStringLiteral("workspaceLabel"));
    const auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(workspaceLabel->text().contains(QDir::toNativeSeparators(ws.workspace().path())));
    QCOMPARE(counts->text(), QStringLiteral("1 contact · 1 opted in · 0 opted out"));
}

void TestMainWindow::statusBarFollowsOptOutsFromTheFeed()
{
    TestWorkspace ws;
    const qint64 id = addOptedInContact(ws);
    QVERIFY(id > 0);
    MainWindow window(ws.workspace());
    RelayFeeds feed(ws.workspace());   // not started: the test plays the poller's part
    window.attachRelayFeeds(&feed);
    const auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QCOMPARE(counts->text(), QStringLiteral("1 contact · 1 opted in · 0 opted out"));
    // A STOP reply applied by the feed opts the contact out in the database, then the feed says so.
    QString error;
    QVERIFY2(ContactStore(ws.workspace().database()).optOut({id}, QStringLiteral("Replied STOP"), &error), qPrintable(error));
    Q_EMIT feed.applied();
    Q_EMIT feed.applied();   // a burst of pages: one refresh
    QTRY_COMPARE(counts->text(), QStringLiteral("1 contact · 0 opted in · 1 opted out"));
}

// No two actions of the window share a key, whatever their context: a key means one thing wherever the focus is
// (Qt would refuse both of two active ones as "Ambiguous shortcut", and a person could not tell which one acts).
void TestMainWindow::noShortcutIsBoundTwice()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    QHash<QKeySequence, QAction *> owner;
    int keys = 0;
    for (QAction *a : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            if (key.isEmpty())
                continue;
            ++keys;
            QAction *other = owner.value(key);
            QVERIFY2(!other || other == a,
                     qPrintable(QStringLiteral("%1 is bound to “%2” and “%3”")
                                    .arg(key.toString(), other ? other->objectName() + QLatin1Char('/') + other->text()
                                                               : QString(),
                                         a->objectName() + QLatin1Char('/') + a->text())));
            owner.insert(key, a);
        }
    }
    QVERIFY(keys > 10);   // the menus' and every page's actions were found
}

// Ctrl+F goes to the search field of the page shown, on every page that has one.
void TestMainWindow::findGoesToTheShownPage()
{
    TestWorkspace ws;
    QString error;
    QVERIFY2(DemoWorkspace::populate(ws.workspace(), &error) >= 0, qPrintable(error));   // campaigns show a search
    MainWindow window(ws.workspace());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QList<QPair<MainWindow::Page, QString>> searches = {
        {MainWindow::Page::Contacts, QStringLiteral("contactsSearch")},
        {MainWindow::Page::Campaigns, QStringLiteral("campaignSearch")},
        {MainWindow::Page::Templates, QStringLiteral("templatesSearch")},
    };
    for (const auto &[page, name] : searches) {
        window.setCurrentPage(page);
        auto *search = window.findChild<QLineEdit *>(name);
        QVERIFY2(search, qPrintable(name));
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY2(search->hasFocus(), qPrintable(name));
    }
}

// The Campaign menu holds New, Start, Pause, Resume, Stop and Dashboard, enabled as the selected campaign's run
// allows, and its keys work from any page.
void TestMainWindow::campaignMenuFollowsTheSelectedCampaign()
{
    TestWorkspace ws;
    QString error;
    QSqlDatabase db = ws.workspace().database();
    const auto account = AccountStore(db).defaultAccount(&error);
    QVERIFY2(account && SandboxCampaign::syncTemplates(db, account->id, &error), qPrintable(error));
    QVERIFY2(!SandboxCampaign::addOptedIn(db, SandboxCampaign::customers(5, QStringLiteral("+91987650"), 4), &error)
                  .isEmpty(),
             qPrintable(error));
    const qint64 id = SandboxCampaign::create(
        db, account->id, QStringLiteral("Diwali"), QStringLiteral("order_update"),
        {QStringLiteral("header.1=text:#10234"), QStringLiteral("body.1=field:name"),
         QStringLiteral("body.2=text:out for delivery"), QStringLiteral("body.3=attr:city|soon"),
         QStringLiteral("button.0=text:10234")},
        &error);
    QVERIFY2(id > 0, qPrintable(error));
    const auto plan = CampaignStore(db).planRun(id, &error);
    QVERIFY2(plan, qPrintable(error));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE campaign_runs SET status = 'paused', started_at = planned_at WHERE id = ?"));
    q.addBindValue(plan->runId);
    QVERIFY(q.exec());

    MainWindow window(ws.workspace());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("campaignMenu"));
    QVERIFY(menu);
    QHash<QString, QAction *> byName;
    for (QAction *a : menu->actions())
        byName.insert(a->objectName(), a);
    for (const char *name : {"newAction", "startAction", "pauseAction", "resumeAction", "stopAction", "dashboardAction"})
        QVERIFY2(byName.value(QString::fromLatin1(name)), name);
    auto *page = window.findChild<CampaignsPage *>();
    page->selectCampaign(0);
    QVERIFY(byName.value(QStringLiteral("newAction"))->isEnabled());
    QVERIFY(!byName.value(QStringLiteral("resumeAction"))->isEnabled());
    QVERIFY(!byName.value(QStringLiteral("dashboardAction"))->isEnabled());

    page->selectCampaign(id);   // a paused run: Resume and Stop, not Start or Pause
    QCOMPARE(page->currentCampaignId(), id);
    QVERIFY(byName.value(QStringLiteral("resumeAction"))->isEnabled());
    QVERIFY(byName.value(QStringLiteral("stopAction"))->isEnabled());
    QVERIFY(!byName.value(QStringLiteral("pauseAction"))->isEnabled());
    QVERIFY(!byName.value(QStringLiteral("startAction"))->isEnabled());
    QVERIFY(byName.value(QStringLiteral("dashboardAction"))->isEnabled());

    // From the Contacts page, the Dashboard key shows this campaign's dashboard.
    window.setCurrentPage(MainWindow::Page::Contacts);
    QTest::keyClick(&window, byName.value(QStringLiteral("dashboardAction"))->shortcut()[0].key(),
                    byName.value(QStringLiteral("dashboardAction"))->shortcut()[0].keyboardModifiers());
    QCOMPARE(window.currentPage(), MainWindow::Page::Dashboard);
}

// Tab and Shift+Tab leave a table for the next or previous control; they do not walk its cells.
void TestMainWindow::tabLeavesTables()
{
    TestWorkspace ws;
    QVERIFY(addOptedInContact(ws) > 0);
    MainWindow window(ws.workspace());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QList<QTableView *> tables = window.findChildren<QTableView *>();
    QVERIFY(tables.size() >= 4);   // contacts, campaigns, templates, recipients, numbers
    for (QTableView *table : tables)
        QVERIFY2(!table->tabKeyNavigation(), qPrintable(table->objectName()));
    window.setCurrentPage(MainWindow::Page::Contacts);
    auto *table = window.findChild<QTableView *>(QStringLiteral("contactsTable"));
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
    QCOMPARE(table->currentIndex().column(), 0);   // the cell did not move
    QWidget *next = QApplication::focusWidget();
    QTest::keyClick(next, Qt::Key_Backtab);
    QTRY_VERIFY(table->hasFocus());
}

void TestMainWindow::importThroughWizardShowsRows()
{
    TestWorkspace ws;
    const QString csv = ws.writeFile(QStringLiteral("shop.csv"), sampleCsv());
    MainWindow window(ws.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("contactsTable"));
    QCOMPARE(table->model()->rowCount(), 0);

    auto *importButton = window.findChild<QToolButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton);
    QTest::mouseClick(importButton, Qt::LeftButton);
    ImportWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<ImportWizard *>(QStringLiteral("importWizard"))));
    QTRY_VERIFY(wizard->isVisible());
    wizard->setFilePath(csv);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    wizard->next();
    QTRY_VERIFY(wizard->isImportFinished());
    QVERIFY2(wizard->importResult()->error.isEmpty(), qPrintable(wizard->importResult()->error));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    QTRY_COMPARE(table->model()->rowCount(), 3);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << table->model()->index(row, 1).data().toString();
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("Júlia Castro"), QStringLiteral("Renata Alves"),
                                 QStringLiteral("Tiago Moreira")}));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("countsLabel"))->text().startsWith(QStringLiteral("3 contacts")));
    // WA_DeleteOnClose: the wizard is gone once finished.
    QTRY_VERIFY(!window.findChild<ImportWizard *>());
}

void TestMainWindow::geometryAndTableStateAreRestored()
{
    TestWorkspace ws;
    const QSize size(1210, 760);
    int phoneWidth = 0;
    QList<int> splitterSizes;
    {
        MainWindow window(ws.workspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        auto *table = window.findChild<QTableView *>(QStringLiteral("contactsTable"));
        phoneWidth = table->columnWidth(0) + 37;
        table->setColumnWidth(0, phoneWidth);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("contactsSplitter"));
        splitter->setSizes({500, 300});
        splitterSizes = splitter->sizes();
        window.setCurrentPage(MainWindow::Page::Templates);
        QVERIFY(window.close());
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));

    MainWindow restored(ws.workspace());
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.size(), size);
    QCOMPARE(restored.currentPage(), MainWindow::Page::Templates);
    restored.setCurrentPage(MainWindow::Page::Contacts);
    QCOMPARE(restored.findChild<QTableView *>(QStringLiteral("contactsTable"))->columnWidth(0), phoneWidth);
    QCOMPARE(restored.findChild<QSplitter *>(QStringLiteral("contactsSplitter"))->sizes(), splitterSizes);
}

void TestMainWindow::aboutShowsVersion()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    QString version;
    QTimer::singleShot(0, &window, [&version] {
        auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        version = dialog->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text();
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QCOMPARE(version, QStringLiteral("Version %1").arg(QStringLiteral(HERALD_VERSION)));
}

// With HERALD_SCREENSHOT_DIR set, saves PNGs of the main window, the wizard pages and the dialogs.
void TestMainWindow::screenshots()
{
    if (!Screenshot::enabled())
        QSKIP("set HERALD_SCREENSHOT_DIR to save screenshots");
    auto save = [](QWidget *widget, const QString &name) { QVERIFY(Screenshot::save(widget, name)); };

    TestWorkspace empty;
    {
        MainWindow window(empty.workspace());
        window.resize(1240, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        save(&window, QStringLiteral("contacts-empty"));
    }

    TestWorkspace ws;
    QString error;
    QVERIFY2(DemoWorkspace::populate(ws.workspace(), &error) >= 0, qPrintable(error));
    MainWindow window(ws.workspace());
    window.resize(1240, 780);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("contactsTable"));
    table->selectRow(1);
    save(&window, QStringLiteral("contacts"));

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("contactsSearch"));
    QTest::keyClicks(search, QStringLiteral("zzzz"));
    QTRY_COMPARE(table->model()->rowCount(), 0);   // the debounced search has filtered
    save(&window, QStringLiteral("contacts-no-match"));
    search->clear();

    window.setCurrentPage(MainWindow::Page::Campaigns);
    save(&window, QStringLiteral("campaigns"));
    window.setCurrentPage(MainWindow::Page::Contacts);

    const QString csv = ws.writeFile(QStringLiteral("shop.csv"), sampleCsv() + "not a phone;Broken;\n");
    ImportWizard *wizard = window.contactsPage()->importContacts();
    wizard->setFilePath(csv);
    save(wizard, QStringLiteral("wizard-1-file"));
    wizard->next();
    save(wizard, QStringLiteral("wizard-2-mapping"));
    wizard->next();
    QTRY_VERIFY(wizard->isImportFinished());
    save(wizard, QStringLiteral("wizard-3-summary"));
    wizard->close();

    AboutDialog about(&window);
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    save(&about, QStringLiteral("about"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include "engine/sandbox/demoworkspace.h"
#include "engine/status/relayfeeds.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/aboutdialog.h"
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
#include <QSettings>
#include <QSplitter>
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

// Two actions with the same key that can be active at once make Qt refuse both ("Ambiguous shortcut"): a window-wide
// action collides with every other; page actions collide when one page's widget contains the other's.
void TestMainWindow::noShortcutIsBoundTwice()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    struct Bound
    {
        QAction *action;
        QKeySequence key;
    };
    QList<Bound> bound;
    for (QAction *a : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            if (!key.isEmpty())
                bound.append({a, key});
        }
    }
    QVERIFY(bound.size() > 10);   // the menus' and every page's actions were found
    const auto scopes = [&window](QAction *a) {
        QList<QWidget *> widgets;
        if (a->shortcutContext() == Qt::WindowShortcut || a->shortcutContext() == Qt::ApplicationShortcut)
            return QList<QWidget *>{&window};
        for (QObject *o : a->associatedObjects()) {
            if (auto *w = qobject_cast<QWidget *>(o))
                widgets.append(w);
        }
        return widgets;
    };
    const auto overlap = [](QWidget *a, QWidget *b) { return a == b || a->isAncestorOf(b) || b->isAncestorOf(a); };
    for (qsizetype i = 0; i < bound.size(); ++i) {
        for (qsizetype j = i + 1; j < bound.size(); ++j) {
            if (bound[i].key != bound[j].key || bound[i].action == bound[j].action)
                continue;
            for (QWidget *a : scopes(bound[i].action)) {
                for (QWidget *b : scopes(bound[j].action)) {
                    QVERIFY2(!overlap(a, b),
                             qPrintable(QStringLiteral("%1 is bound to “%2” and “%3”")
                                            .arg(bound[i].key.toString(),
                                                 bound[i].action->objectName() + QLatin1Char('/') + bound[i].action->text(),
                                                 bound[j].action->objectName() + QLatin1Char('/') + bound[j].action->text())));
                }
            }
        }
    }
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

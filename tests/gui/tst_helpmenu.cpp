// Issue 15 §4: the Help menu — Getting started, Keyboard shortcuts read from the window's own actions, Open log folder
// (the folder of the installed log file).
#include "engine/log/logfile.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/help/gettingstarteddialog.h"
#include "ui/help/helpmenu.h"
#include "ui/contacts/contactspage.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

// Receives the URLs QDesktopServices::openUrl would hand to the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestHelpMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void shortcutsComeFromTheActions();
    void shortcutsDialogShowsThem();
    void gettingStartedOpensFromF1Action();
    void openLogFolderOpensTheLogsFolder();
};

void TestHelpMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpmenu"));
}

void TestHelpMenu::shortcutsComeFromTheActions()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);

    // Every action of the window with a shortcut is listed once, with its own keys.
    QSet<QString> expected;
    for (const QAction *a : window.findChildren<QAction *>()) {
        if (!a->shortcut().isEmpty())
            expected.insert(a->shortcut().toString(QKeySequence::NativeText));
    }
    QSet<QString> listed;
    for (const auto &e : entries)
        listed.insert(e.keys.split(QStringLiteral(", ")).first());
    QCOMPARE(listed, expected);
    QVERIFY(expected.size() >= 8);

    const auto find = [&entries](const QString &action) -> const ShortcutsDialog::Entry * {
        for (const auto &e : entries)
            if (e.action == action)
                return &e;
        return nullptr;
    };
    const auto *import = find(QStringLiteral("Import Contacts"));   // "&Import Contacts…" without & and …
    QVERIFY(import);
    QCOMPARE(import->keys, QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText));
    QCOMPARE(import->where, QStringLiteral("File"));
    QVERIFY(find(QStringLiteral("Getting Started")));

    // A new action appears without anyone editing a list.
    auto *added = new QAction(QStringLiteral("&Frobnicate…"), window.contactsPage());
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    window.contactsPage()->addAction(added);
    const auto again = ShortcutsDialog::collect(&window);
    const auto it = std::find_if(again.cbegin(), again.cend(),
                                 [](const ShortcutsDialog::Entry &e) { return e.action == QStringLiteral("Frobnicate"); });
    QVERIFY(it != again.cend());
    QCOMPARE(it->where, QStringLiteral("Contacts"));   // the page's title
}

void TestHelpMenu::shortcutsDialogShowsThem()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    ShortcutsDialog dialog(&window);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), ShortcutsDialog::collect(&window).size());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(Screenshot::save(&dialog, QStringLiteral("help-shortcuts")));
    // Dark: only palette roles, no colour of its own.
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, Qt::white);
    QApplication::setPalette(dark);
    QVERIFY(Screenshot::save(&dialog, QStringLiteral("help-shortcuts-dark")));
    GettingStartedDialog guide(&window);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QVERIFY(Screenshot::save(&guide, QStringLiteral("help-getting-started-dark")));
    QApplication::setPalette(light);
}

void TestHelpMenu::gettingStartedOpensFromF1Action()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionGettingStarted"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        GettingStartedDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<GettingStartedDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        const auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("gettingStartedText"));
        QVERIFY(text && text->toPlainText().contains(QStringLiteral("Import your contacts")));
        QVERIFY(Screenshot::save(dialog, QStringLiteral("help-getting-started")));
        seen = true;
        dialog->reject();
    });
    action->trigger();
    QVERIFY(seen);
}

void TestHelpMenu::openLogFolderOpensTheLogsFolder()
{
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("logs"));
    QVERIFY(LogFile::install({logs, 1024 * 1024, 5, true}));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    auto *action = window.findChild<QAction *>(QStringLiteral("actionOpenLogFolder"));
    QVERIFY(action);
    action->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    LogFile::uninstall();
    QCOMPARE(catcher.urls, QList<QUrl>({QUrl::fromLocalFile(logs)}));
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"

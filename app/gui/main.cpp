#include "engine/i18n/languages.h"
#include "engine/log/logfile.h"
#include "engine/sandbox/demoworkspace.h"
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/scheduler/scheduler.h"
#include "engine/status/relayfeeds.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"
#include "models/storage/workspacebackup.h"
#include "ui/contacts/contactspage.h"
#include "ui/filedialogs.h"
#include "ui/firstrunguide.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/workspacegate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QLocale>
#include <QThread>
#include <QTimer>

namespace {

struct Options
{
    QCommandLineOption workspace;
    QCommandLineOption demo;
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
}

// The command line, described once for both the text-only pass and the window's.
Options describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Herald — WhatsApp campaign manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    Options o{
        QCommandLineOption({QStringLiteral("w"), QStringLiteral("workspace")},
                           QCoreApplication::translate(
                               "main", "Workspace file (default: $HERALD_WORKSPACE, then the per-user workspace)."),
                           QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("demo"),
                           QCoreApplication::translate(
                               "main", "Open the demo workspace (a workspace of its own, filled with sample contacts "
                                       "with fictional numbers when new; with --workspace, that file)."))};
    parser.addOption(o.workspace);
    parser.addOption(o.demo);
    return o;
}

// --help or --version: answered on the terminal, with no window and so no display needed.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

int printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Languages::install(app, Languages::effective());
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);   // prints the usage or the version and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv))
        return printHelpOrVersion(argc, argv);
    // Before anything opens a database: SQLite's error log reports a workspace found damaged while running.
    WorkspaceGate::installDamageLog();
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Herald"));
    QApplication::setDesktopFileName(QStringLiteral("herald"));
    // Every qDebug/qWarning line also goes to <AppLocalDataLocation>/logs/herald.log (rotated, tokens and message
    // bodies redacted); Help → Open log folder shows it.
    if (!LogFile::install())
        qWarning("The log file could not be opened in %s", qPrintable(LogFile::defaultDirectory()));
    // The workspace's files are known by their suffix before any file dialog or MIME lookup runs.
    FileDialogs::registerWorkspaceMimeTypes();

    // The language chosen in Settings → Language (else the system's), for the texts and for numbers, money and dates.
    const QLocale locale = Languages::effective();
    Languages::install(app, locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());

    QCommandLineParser parser;
    const Options options = describe(parser);
    const QCommandLineOption &workspaceOption = options.workspace;
    const QCommandLineOption &demoOption = options.demo;
    parser.process(app);

    Workspace workspace;
    QString error;
    const bool demo = parser.isSet(demoOption);
    const QString path = demo && !parser.isSet(workspaceOption) ? DemoWorkspace::defaultPath()
                                                                : Workspace::resolvePath(parser.value(workspaceOption));
    if (!WorkspaceGate::open(workspace, path, Clock::nowUtc()))
        return 1;
    // A real workspace starts empty; only the demo workspace is filled with sample data.
    if (demo && workspace.isNew() && DemoWorkspace::populate(workspace, &error) < 0) {
        MessageBox::warning(nullptr, QApplication::translate("main", "Demo contacts"),
                            QApplication::translate("main", "The demo contacts could not be added: %1").arg(error));
    }
    if (!WorkspaceBackup::dailyIfDue(workspace, Clock::nowUtc(), &error) && !error.isEmpty()) {
        MessageBox::warning(nullptr, QApplication::translate("main", "Daily backup"),
                            QApplication::translate("main", "Today's automatic backup of the workspace failed: %1")
                                .arg(error));
    }

    // The built-in sandbox (simulated Cloud API, its status webhooks and their relay) runs in this process,
    // with the relay's database next to the workspace so reports received while sending are kept.
    if (!SandboxEnvironment::ensureRunning(workspace.path(), &error))
        qWarning("The sandbox could not start: %s", qPrintable(error));

    MainWindow window(workspace);
    // Delivery reports and replies from every account's relay (the sandbox's own for the sandbox account).
    RelayFeeds feed(workspace);
    window.attachRelayFeeds(&feed);
    feed.start();
    // Scheduled, recurring and triggered campaigns fire while the window is open, unless a `herald-cli agent`
    // (or another Herald) already runs this workspace's scheduler: then this one stands by and takes over when it
    // stops. It lives in a thread of its own (with its own workspace connection), so planning a large recurring
    // audience never freezes the window.
    QThread schedulerThread;
    schedulerThread.setObjectName(QStringLiteral("herald-scheduler"));
    auto *scheduler = new Scheduler(workspace);
    scheduler->moveToThread(&schedulerThread);
    // Its runs are notified from the tray and counted when the window closes (the quit guard).
    window.attachScheduler(scheduler);
    QObject::connect(&schedulerThread, &QThread::started, scheduler, [scheduler] { scheduler->start(); });
    // An order that reached the relay is decided at once (in the scheduler's thread), not at its next tick.
    QObject::connect(&feed, &RelayFeeds::businessEventsArrived, scheduler, [scheduler] {
        if (scheduler->state() == Scheduler::State::Active)
            scheduler->tick();
    });
    schedulerThread.start();
    // A window left open for days keeps making the daily backup (checked every hour).
    QTimer dailyBackup;
    QObject::connect(&dailyBackup, &QTimer::timeout, &window, [&workspace, &window] {
        QString backupError;
        if (!WorkspaceBackup::dailyIfDue(workspace, Clock::nowUtc(), &backupError)
            && !backupError.isEmpty())
            MessageBox::warning(&window, QApplication::translate("main", "Daily backup"),
                                QApplication::translate("main", "Today's automatic backup of the workspace failed: %1")
                                    .arg(backupError));
    });
    dailyBackup.start(60 * 60 * 1000);
    window.show();
    WorkspaceGate::setWatching(true);
    if (workspace.isNew() && !demo) {
        FirstRunGuide guide(&window);
        guide.exec();
        if (guide.choice() == FirstRunGuide::Choice::Import) {
            window.setCurrentPage(MainWindow::Page::Contacts);
            window.contactsPage()->importContacts();
        } else if (guide.choice() == FirstRunGuide::Choice::Demo && !FirstRunGuide::launchDemo()) {
            MessageBox::warning(&window, QApplication::translate("main", "Try the demo"),
                                QApplication::translate("main", "The demo could not be started. Run `herald --demo` "
                                                                "from a terminal to see why."));
        }
    }
    const int code = QApplication::exec();
    // Stopped and deleted in its own thread: runs it is sending pause (their rows stay safe in the ledger), unless the
    // person handed them over to the agent when quitting: then they stay running for the agent to continue.
    const bool handOver = window.handOverChosen();
    QMetaObject::invokeMethod(
        scheduler,
        [scheduler, &workspace, handOver] {
            if (handOver)
                scheduler->handOver();
            delete scheduler;
            workspace.releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    schedulerThread.quit();
    schedulerThread.wait();
    return code;
}

#include "demoworkspace.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "sandboxenvironment.h"
#include "scheduler.h"
#include "statusfeed.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QThread>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Herald"));
    QApplication::setApplicationName(QStringLiteral("Herald"));
    QApplication::setApplicationDisplayName(QStringLiteral("Herald"));
    QApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("herald"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("herald"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Herald — WhatsApp campaign manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        {QStringLiteral("w"), QStringLiteral("workspace")},
        QApplication::translate("main", "Workspace file (default: $HERALD_WORKSPACE, then the per-user workspace)."),
        QStringLiteral("PATH"));
    parser.addOption(workspaceOption);
    parser.process(app);

    Workspace workspace;
    QString error;
    const QString path = Workspace::resolvePath(parser.value(workspaceOption));
    if (!workspace.open(path, &error)) {
        MessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the workspace"), error);
        return 1;
    }
    if (workspace.isNew() && DemoWorkspace::populate(workspace, &error) < 0) {
        MessageBox::warning(nullptr, QApplication::translate("main", "Demo contacts"),
                            QApplication::translate("main", "The demo contacts could not be added: %1").arg(error));
    }

    // The built-in sandbox (simulated Cloud API, its status webhooks and their relay) runs in this process,
    // with the relay's database next to the workspace so reports received while sending are kept.
    if (!SandboxEnvironment::ensureRunning(workspace.path(), &error))
        qWarning("The sandbox could not start: %s", qPrintable(error));

    MainWindow window(workspace);
    // Delivery reports and replies from every account's relay (the sandbox's own for the sandbox account).
    StatusFeed feed(workspace);
    window.attachStatusFeed(&feed);
    feed.start();
    // Scheduled, recurring and triggered campaigns fire while the window is open, unless a `herald-cli agent`
    // (or another Herald) already runs this workspace's scheduler: then this one stands by and takes over when it
    // stops. It lives in a thread of its own (with its own workspace connection), so planning a large recurring
    // audience never freezes the window.
    QThread schedulerThread;
    schedulerThread.setObjectName(QStringLiteral("herald-scheduler"));
    auto *scheduler = new Scheduler(workspace);
    scheduler->moveToThread(&schedulerThread);
    QObject::connect(&schedulerThread, &QThread::started, scheduler, [scheduler] { scheduler->start(); });
    schedulerThread.start();
    window.show();
    const int code = QApplication::exec();
    // Stopped and deleted in its own thread: runs it is sending pause (their rows stay safe in the ledger).
    QMetaObject::invokeMethod(
        scheduler,
        [scheduler, &workspace] {
            delete scheduler;
            workspace.releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    schedulerThread.quit();
    schedulerThread.wait();
    return code;
}

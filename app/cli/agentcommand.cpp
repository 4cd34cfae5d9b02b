// herald-cli agent: runs scheduled, recurring and triggered campaigns and the status feed headless, for a machine
// left on (a systemd service, a Windows scheduled task). The desktop app does the same while it is open; the
// workspace's scheduler lock makes sure only one of them fires, the others stand by.
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/scheduler/scheduler.h"
#include "engine/status/relayfeeds.h"
#include "models/accounts/account.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"
#include "models/storage/workspacebackup.h"

#include <csignal>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

using namespace Cli;

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void requestStop(int)
{
    g_stopRequested = 1;
}

} // namespace

int AgentCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption tick(
        QStringLiteral("tick"), tr("Seconds between scheduler passes (default 5)."), QStringLiteral("SECONDS"));
    const QCommandLineOption once(
        QStringLiteral("once"), tr("One scheduler pass, wait for the runs it started, then exit (tests, cron)."));
    p.addOptions({ tick, once, jsonOption() });
    QString error;
    if (!parse(p, QStringLiteral("agent"), args, &error))
        return usage(error);
    if (!p.positionalArguments().isEmpty())
        return usage(tr("agent takes no positional arguments."));
    Scheduler::Options options;
    if (p.isSet(tick)) {
        bool ok = false;
        const int seconds = p.value(tick).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return usage(tr("--tick must be a whole number of seconds from 1 to 3600."));
        options.tickMs = seconds * 1000;
    }
    const bool json = p.isSet(jsonOption());
    const bool single = p.isSet(once);

    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    // The daily rolling backup (WorkspaceBackup): a machine left on keeps one a day from its agent.
    if (!WorkspaceBackup::dailyIfDue(ws, Clock::nowUtc(), &error) && !error.isEmpty())
        err() << tr("herald-cli: the daily backup failed: %1").arg(error) << Qt::endl;
    // Sandbox accounts send to and hear from the built-in sandbox, which lives in this process.
    const QList<Account> accounts = AccountStore(ws.database()).list(&error);
    const bool sandbox = std::any_of(
        accounts.cbegin(), accounts.cend(), [](const Account &a) { return a.kind == Account::Kind::Sandbox; });
    if (sandbox && !SandboxEnvironment::ensureRunning(ws.path(), &error))
        return fail(tr("The built-in sandbox could not start: %1").arg(error));

    auto log = [](const QString &line) {
        err() << Clock::nowUtc().toString(Qt::ISODate) << QLatin1Char(' ') << line << Qt::endl;
    };
    Scheduler scheduler(ws, options);
    qint64 fired = 0;
    qint64 finished = 0;
    qint64 failed = 0;
    QObject::connect(&scheduler, &Scheduler::decision, &scheduler, log);
    QObject::connect(&scheduler, &Scheduler::stateChanged, &scheduler,
        [&](Scheduler::State, const QString &detail) { log(detail); });
    QObject::connect(&scheduler, &Scheduler::runStarted, &scheduler, [&](qint64, qint64) { ++fired; });
    QObject::connect(&scheduler, &Scheduler::runFinished, &scheduler, [&](qint64, const RunOutcome &o) {
        ++finished;
        if (!o.ok())
            ++failed;
    });

    int code = 0;
    if (single) {
        QEventLoop loop;
        QObject::connect(&scheduler, &Scheduler::idle, &loop, [&] { loop.quit(); });
        QTimer::singleShot(0, &scheduler, &Scheduler::tick);
        loop.exec();
        if (scheduler.state() == Scheduler::State::StandingBy)
            code = 3;
    } else {
        // Delivery reports, replies and business events keep flowing while the agent runs.
        RelayFeeds feed(ws);
        QObject::connect(&feed, &RelayFeeds::message, &feed, log);
        // An order that reached the relay is decided on the next pass at once, not after up to a tick.
        QObject::connect(&feed, &RelayFeeds::businessEventsArrived, &scheduler, [&scheduler] {
            if (scheduler.state() == Scheduler::State::Active)
                scheduler.tick();
        });
        feed.start();
        std::signal(SIGINT, requestStop);
        std::signal(SIGTERM, requestStop);
        QEventLoop loop;
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
            if (g_stopRequested)
                loop.quit();
        });
        watch.start(200);
        // An agent runs for days: the daily backup is checked every hour, not only at its start.
        QTimer daily;
        QObject::connect(&daily, &QTimer::timeout, &loop, [&] {
            QString backupError;
            if (!WorkspaceBackup::dailyIfDue(ws, Clock::nowUtc(), &backupError) && !backupError.isEmpty())
                log(tr("The daily backup failed: %1").arg(backupError));
        });
        daily.start(60 * 60 * 1000);
        log(tr("herald-cli agent: workspace %1, a pass every %2 s; stop with Ctrl+C or SIGTERM.")
                .arg(ws.path())
                .arg(options.tickMs / 1000));
        scheduler.start();
        loop.exec();
        log(tr("Stopping: runs still sending are paused; continue them with `herald-cli campaign run ID`."));
        scheduler.stop();
        feed.stop();
    }
    const bool standingBy = code == 3;
    if (json) {
        printJson({ { QStringLiteral("state"), standingBy ? QStringLiteral("standing-by") : QStringLiteral("done") },
            { QStringLiteral("runs_started"), fired }, { QStringLiteral("runs_finished"), finished },
            { QStringLiteral("runs_failed"), failed } });
    } else if (single) {
        out() << (standingBy ? tr("Another Herald runs this workspace's scheduler; nothing done.")
                             : tr("%1 runs started, %2 finished, %3 not ok.").arg(fired).arg(finished).arg(failed))
              << Qt::endl;
    }
    if (standingBy)
        return code;
    scheduler.stop();
    return failed > 0 ? 1 : 0;
}

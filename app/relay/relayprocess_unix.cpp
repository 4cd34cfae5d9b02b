// POSIX implementation of relayprocess.h: resource limits and the self-pipe for SIGTERM/SIGINT.
#include "relay/relayprocess.h"

#include "engine/relay/relayserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

} // namespace

quint64 RelayProcess::descriptorLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 0;
    return quint64(limit.rlim_cur);
}

void RelayProcess::ignoreFileSizeSignal()
{
    std::signal(SIGXFSZ, SIG_IGN);
}

// The self-pipe trick: the handler only writes one byte; the event loop reads it and quits.
void RelayProcess::quitOnTerminationSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        relayLog(QtInfoMsg, {{QStringLiteral("event"), QStringLiteral("shutdown")}});
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

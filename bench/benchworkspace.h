#pragma once
// The send benchmarks' workspace: a Cloud API account on a loopback server (max rate 1000, unlimited tier), an
// approved template, N opted-in contacts (imported by herald-cli) and the access token in the keychain (stored by
// herald-cli, so a Secret Service must run: scripts/bench.sh starts one in a private D-Bus session).

#include "models/accounts/account.h"
#include "models/storage/workspace.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class QProcess;

class BenchWorkspace
{
public:
    static const QByteArray kToken;

    BenchWorkspace(const QString &cli, quint16 port, int contacts);

    Workspace &workspace() { return m_ws; }
    QString path() const { return m_path; }
    QUrl messagesUrl() const;
    // A new campaign to every contact; its id.
    qint64 createCampaign();
    // Creates a campaign and runs it with `cli` (`campaign run ID --rate R --json`); the run's status ("sent").
    QString run(const QString &cli, int rate);

private:
    QTemporaryDir m_dir;
    QString m_path;
    Workspace m_ws;
    Account m_account;
    int m_campaigns = 0;
};

namespace Bench {

struct CliResult
{
    bool ok = false;
    QString status;   // "status" of its --json answer
    QByteArray err;
};
CliResult runCli(const QString &cli, const QStringList &args, const QByteArray &input = {});

// The 1, 5 and 15 minute load averages ("?" where /proc/loadavg is missing).
QString loadAverage();
double median(QList<double> values);

// The "loaded machine" of the benchmarks: with `--busy-loop` among `args` this process only spins (never returns);
// else, with `--loaded`, it starts itself so as a child process — a busy loop beside the benchmark — and returns it
// (the caller kills it when done). Without --loaded: nullptr.
std::unique_ptr<QProcess> busyLoop(const QStringList &args);

} // namespace Bench

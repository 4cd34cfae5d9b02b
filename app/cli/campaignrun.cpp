// herald-cli campaign run: sends a campaign's run until every recipient is resolved or uncertain.
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/send/runservice.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/runstatus.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"

#include <QElapsedTimer>
#include <QEventLoop>

using namespace Cli;

namespace {

using State = RecipientLedger::State;


QString progressLine(const RunProgress &p)
{
    const auto &c = p.counts;
    const qint64 done = c.total - c.value(State::Planned) - c.value(State::Claimed);
    const CampaignStats::Counts stats = CampaignStats::fromLedger(c);
    return CliCommands::tr("run %1: %2/%3 done · accepted %4 · failed %5 · skipped %6 · uncertain %7 · %8 msg/s")
        .arg(p.runId)
        .arg(done)
        .arg(c.total)
        .arg(stats.acceptedByProvider())
        .arg(stats.failed)
        .arg(c.value(State::Skipped))
        .arg(c.value(State::Uncertain))
        .arg(p.sendRate, 0, 'f', 0);
}

} // namespace

int CampaignRunCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  tr("Messages per second (1–1000; default: the account's rate, 80 unless Meta raised it)."),
                                  QStringLiteral("MPS"));
    const QCommandLineOption newRun(QStringLiteral("new-run"),
                                    tr("After a stop: send a new run to the recipients the stopped run did not reach."));
    p.addOptions({rate, newRun, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("campaign run"), args, &error))
        return usage(error);
    const std::optional<qint64> idArg = idArgument(p);
    if (!idArg)
        return usage(tr("campaign run needs one campaign ID."));
    const qint64 id = *idArg;
    SendOptions options;
    options.exitWhenPaused = true;
    if (p.isSet(rate)) {
        bool ok = false;
        options.rate = p.value(rate).toInt(&ok);
        if (!ok || options.rate < 1 || options.rate > SendOptions::kMaxRate)
            return usage(tr("--rate must be a whole number of messages per second from 1 to %1.").arg(SendOptions::kMaxRate));
    }

    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    return sendCampaign(ws, id, options, p.isSet(jsonOption()), {}, p.isSet(newRun));
}

int CampaignSendCommand::sendCampaign(Workspace &ws, qint64 id, const SendOptions &options, bool json,
                                      const QJsonObject &extra, bool newRun)
{
    // RunService reads the account and its token, brings the sandbox up and, under the campaign's lock, continues
    // its unfinished run or plans the first one: a campaign that was sent is never sent again by running it twice,
    // and a stopped run is never continued. It sets the campaign's status as the run goes.
    RunService service(ws, id);
    RunOutcome outcome;
    bool done = false;
    QEventLoop loop;
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&service, &RunService::progress, &loop, [&](const RunProgress &progress) {
        if (sinceLine.elapsed() >= 1000) {
            err() << progressLine(progress) << Qt::endl;
            sinceLine.restart();
        }
    });
    QObject::connect(&service, &RunService::finished, &loop, [&](const RunOutcome &o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    const RunService::Decision decision
        = service.startBlocking(options, newRun ? RunService::Mode::NewRunForUnreached : RunService::Mode::Continue);
    if (decision.refusal == RunService::Refusal::Stopped)
        return fail(decision.message + QLatin1Char(' ')
                    + (decision.unreached.sendable > 0
                           ? tr("To send to them: herald-cli campaign run %1 --new-run (or Start in the desktop app).").arg(id)
                           : tr("Nobody is left to send to; create a new campaign to message these contacts again.")));
    if (!decision.ok())
        return fail(decision.message);
    if (decision.planned)
        err() << tr("Planned run %1: %2 recipients, %3 skipped.")
                     .arg(decision.runId)
                     .arg(decision.planned->planned)
                     .arg(decision.planned->skipped + decision.planned->optedOut)
              << Qt::endl;
    const qint64 runId = decision.runId;
    if (!done)
        loop.exec();

    if (json) {
        QJsonObject o{{QStringLiteral("campaign"), id},
                      {QStringLiteral("run"), runId},
                      {QStringLiteral("status"), outcome.status},
                      {QStringLiteral("reason"), outcome.reason},
                      {QStringLiteral("stopped_by_playbook"), outcome.byPlaybook},
                      {QStringLiteral("recipients"), ledgerCountsJson(outcome.counts)}};
        if (outcome.code)
            o.insert(QStringLiteral("code"), *outcome.code);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            o.insert(it.key(), it.value());
        printJson(o);
    } else {
        out() << tr("Run %1 of campaign %2: %3.").arg(runId).arg(id).arg(RunStatuses::label(outcome.status, outcome.counts.pending()))
              << Qt::endl;
        const auto &c = outcome.counts;
        const CampaignStats::Counts stats = CampaignStats::fromLedger(c);
        out() << tr("%1 recipients: %2 accepted by WhatsApp, %3 failed, %4 skipped, %5 uncertain, %6 still planned.")
                     .arg(c.total)
                     .arg(stats.acceptedByProvider())
                     .arg(stats.failed)
                     .arg(c.value(State::Skipped))
                     .arg(c.value(State::Uncertain))
                     .arg(c.value(State::Planned))
              << Qt::endl;
        if (c.value(State::Uncertain) > 0)
            out() << tr("Uncertain recipients may or may not have received the message; their delivery reports will "
                        "settle them, or resolve them in the campaign's dashboard.")
                  << Qt::endl;
    }
    if (outcome.waiting()) {
        // Not a failure, not done: the rest waits in the ledger for the daily messaging limit.
        err() << outcome.reason << QLatin1Char(' ')
              << tr("herald-cli agent or the open app continues it then; or run `campaign run %1` again.").arg(id)
              << Qt::endl;
        return kExitWaiting;
    }
    if (!outcome.ok())
        return fail(outcome.reason.isEmpty() ? tr("The run ended as %1.").arg(RunStatuses::label(outcome.status))
                                             : outcome.reason);
    return 0;
}

// herald-cli campaign retry: the dashboard's "Retry failures" — a linked run for the failures a retry can help
// (CampaignStore::planRetryRun), sent like `campaign run` sends (CampaignSendCommand::sendCampaign).
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/send/runprogress.h"
#include "engine/send/runservice.h"
#include "engine/send/sendoptions.h"
#include "models/campaigns/campaign.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"

#include <QDateTime>

using namespace Cli;

int CampaignRetryCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("The run whose failures to retry (default: the latest run)."),
                                       QStringLiteral("R"));
    p.addOptions({runOption, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("campaign retry"), args, &error))
        return usage(error);
    const std::optional<qint64> idArg = idArgument(p);
    if (!idArg)
        return usage(tr("campaign retry needs one campaign ID."));
    const qint64 id = *idArg;
    qint64 parentRun = 0;
    if (p.isSet(runOption)) {
        bool ok = false;
        parentRun = p.value(runOption).toLongLong(&ok);
        if (!ok || parentRun <= 0)
            return usage(tr("--run needs a run id, e.g. --run 3."));
    }
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    CampaignStore store(ws.database());
    if (!store.byId(id, &error))
        return fail(error.isEmpty() ? tr("There is no campaign %1.").arg(id) : error);
    if (parentRun == 0) {
        const std::optional<qint64> latest = store.latestRun(id, &error);
        if (!latest)
            return fail(error);
        parentRun = *latest;
        if (parentRun == 0)
            return fail(tr("Campaign %1 has not run yet: nothing to retry.").arg(id));
    } else if (CampaignStats::campaignOfRun(ws.database(), parentRun).valueOr(0, &error) != id) {
        return fail(error.isEmpty() ? tr("Campaign %1 has no run %2.").arg(id).arg(parentRun) : error);
    }
    // Planned under the campaign's lock, like every run (RunService).
    const RunService::Decision retry = RunService::planRetry(ws, id, parentRun);
    if (!retry.ok())
        return fail(retry.message);   // e.g. "Nothing to retry now: 3 failure(s) would fail again."
    const auto &plan = retry.planned;
    err() << tr("Planned retry run %1 of run %2: %n recipient(s).", nullptr, int(plan->planned)).arg(plan->runId).arg(parentRun)
          << Qt::endl;
    if (plan->coolingDown > 0)
        err() << tr("%n more must wait until %1 (UTC); retry again then.", nullptr, int(plan->coolingDown))
                     .arg(QDateTime::fromMSecsSinceEpoch(plan->retryableAfter, Qt::UTC).toString(Qt::ISODate))
              << Qt::endl;
    // The retry run is now the campaign's newest run: sendCampaign sends it.
    SendOptions options;
    options.exitWhenPaused = true;
    return sendCampaign(ws, id, options, p.isSet(jsonOption()),
                        {{QStringLiteral("parent_run"), parentRun},
                         {QStringLiteral("planned"), plan->planned},
                         {QStringLiteral("not_retryable"), plan->notRetryable},
                         {QStringLiteral("cooling_down"), plan->coolingDown},
                         {QStringLiteral("opted_out"), plan->optedOut},
                         {QStringLiteral("already_retried"), plan->alreadyRetried},
                         {QStringLiteral("retryable_after"), isoOrNull(plan->retryableAfter)}});
}

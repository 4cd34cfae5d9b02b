// herald-cli campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]: the operator's
// decision on a run's uncertain recipients, the same engine call as the dashboard's "Resolve uncertain".
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/send/campaignlock.h"
#include "models/core/clock.h"
#include "models/ledger/ledger.h"
#include "models/ledger/uncertainresolver.h"
#include "models/storage/workspace.h"

#include <QDateTime>

using namespace Cli;

int CampaignResolveCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    const QCommandLineOption resend(QStringLiteral("resend"),
                                    tr("Put them back to be sent by the next `campaign run` (or the agent/app)."));
    const QCommandLineOption markFailed(QStringLiteral("mark-failed"), tr("Give up on them: they count as failed."));
    const QCommandLineOption quiet(QStringLiteral("quiet-minutes"),
                                   tr("Only recipients without a status report for at least N minutes since their "
                                      "send attempt (default 30; 0 = all now)."),
                                   QStringLiteral("N"), QStringLiteral("30"));
    p.addOptions({resend, markFailed, runOption(), quiet, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("campaign resolve"), args, &error))
        return usage(error);
    if (p.isSet(resend) == p.isSet(markFailed))
        return usage(tr("campaign resolve needs exactly one of --resend or --mark-failed."));
    bool ok = false;
    const int minutes = p.value(quiet).toInt(&ok);
    if (!ok || minutes < 0)
        return usage(tr("--quiet-minutes must be a whole number of minutes, 0 or more, not “%1”.").arg(p.value(quiet)));

    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    qint64 campaignId = 0;
    const qint64 run = chosenRun(ws, p, &campaignId, &error);
    if (run == 0)
        return fail(error);
    // Rows a killed sender left claimed are uncertain too (the message may have gone out): when no sender holds the
    // campaign now, they are recovered first, as the next sender would, so the decision covers them.
    if (const auto lock = CampaignLock::tryAcquire(ws, campaignId, 0, &error)) {
        const Result<qint64> recovered = RecipientLedger(ws.database()).recoverClaimed(run, Clock::nowMs());
        if (!recovered)
            return fail(tr("The uncertain recipients of run %1 were not changed: %2").arg(run).arg(recovered.error()));
    }
    error.clear();
    const auto action = p.isSet(resend) ? UncertainResolver::Action::Resend : UncertainResolver::Action::MarkFailed;
    const auto r = UncertainResolver::resolve(ws.database(), run, action, minutes * 60 * 1000LL,
                                              Clock::nowMs(), &error);
    if (!r)
        return fail(tr("The uncertain recipients of run %1 were not changed: %2").arg(run).arg(error));
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("campaign"), campaignId},
                   {QStringLiteral("run"), run},
                   {QStringLiteral("resolved"), r->resolved},
                   {QStringLiteral("resent"), r->resent},
                   {QStringLiteral("marked_failed"), r->markedFailed},
                   {QStringLiteral("still_uncertain"), r->stillUncertain}});
        return 0;
    }
    if (r->resent > 0)
        out() << tr("%1 uncertain recipients of run %2 will be sent again by the next `campaign run %3` (or the "
                    "agent/app).")
                     .arg(r->resent)
                     .arg(run)
                     .arg(campaignId)
              << Qt::endl;
    if (r->markedFailed > 0)
        out() << tr("%1 uncertain recipients of run %2 marked failed.").arg(r->markedFailed).arg(run) << Qt::endl;
    if (r->resolved == 0)
        out() << tr("Run %1 has no uncertain recipient quiet for %2 minutes.").arg(run).arg(minutes) << Qt::endl;
    if (r->stillUncertain > 0)
        out() << tr("%1 still uncertain: sent less than %2 minutes ago; their delivery reports may still come.")
                     .arg(r->stillUncertain)
                     .arg(minutes)
              << Qt::endl;
    return 0;
}

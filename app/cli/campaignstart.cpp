// herald-cli campaign start: a one-time campaign is sent now (exactly like `campaign run`); a scheduled, recurring
// or triggered one is activated for the scheduler (herald-cli agent, or the GUI while it is open).
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/scheduler/scheduler.h"
#include "engine/send/runprogress.h"
#include "engine/send/sendoptions.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/schedule.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"

#include <QDateTime>

using namespace Cli;

int CampaignStartCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("campaign start"), args, &error))
        return usage(error);
    const std::optional<qint64> idArg = idArgument(p);
    if (!idArg)
        return usage(tr("campaign start needs one campaign ID."));
    const qint64 id = *idArg;
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    CampaignStore campaigns(ws.database());
    const auto c = campaigns.byId(id, &error);
    if (!c)
        return fail(error);
    const bool json = p.isSet(jsonOption());

    if (c->kind == QLatin1String("once")) {
        SendOptions options;
        options.exitWhenPaused = true;
        return sendCampaign(ws, id, options, json,
            { { QStringLiteral("id"), id }, { QStringLiteral("kind"), c->kind }, { QStringLiteral("active"), false },
                { QStringLiteral("next_fire_at"), QJsonValue() } });
    }

    qint64 next = 0;
    if (!Scheduler::activate(ws, id, true, Clock::nowMs(), &next, &error))
        return fail(error);
    campaigns.setStatus(id, QStringLiteral("active"), &error);
    if (json) {
        printJson({ { QStringLiteral("id"), id }, { QStringLiteral("kind"), c->kind },
            { QStringLiteral("active"), true }, { QStringLiteral("next_fire_at"), isoOrNull(next) } });
        return 0;
    }
    QString what;
    if (c->kind == QLatin1String("triggered")) {
        error.clear();
        if (const auto spec = TriggerSpec::fromJson(c->trigger, &error))
            what = spec->describe();
    } else {
        if (const auto schedule = Schedule::fromJson(c->schedule, c->kind == QLatin1String("recurring"), &error))
            what = schedule->describe();
        what += QLatin1Char(' ')
            + tr("Next: %1 (UTC).")
                  .arg(QDateTime::fromMSecsSinceEpoch(next, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    out() << tr("Campaign %1 “%2” is active. %3").arg(id).arg(c->name, what) << Qt::endl;
    out() << tr("It is sent by a running Herald: the desktop app while it is open, or `herald-cli agent` on a machine "
                "left on.")
          << Qt::endl;
    return 0;
}

// herald-cli campaign stats|recipients: the seven statistics of a run and the recipients behind each.
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "models/campaigns/campaign.h"
#include "models/core/localformat.h"
#include "models/stats/campaigncost.h"
#include "models/stats/campaignstats.h"
#include "models/stats/statsreport.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Cli;

// --run and the run it names: shared with `campaign resolve` (declared in clisupport.h).
const QCommandLineOption &Cli::runOption()
{
    static const QCommandLineOption o(QStringLiteral("run"), CliCommands::tr("Run id (default: the latest run)."),
                                      QStringLiteral("R"));
    return o;
}

namespace {

const QCommandLineOption &csvOption()
{
    static const QCommandLineOption o(QStringLiteral("csv"), CliCommands::tr("Write a CSV file instead."),
                                      QStringLiteral("FILE"));
    return o;
}

} // namespace

qint64 Cli::chosenRun(Workspace &ws, const QCommandLineParser &p, qint64 *campaignId, QString *error)
{
    const std::optional<qint64> id = idArgument(p);
    if (!id) {
        *error = CliCommands::tr("Give one campaign ID.");
        return 0;
    }
    *campaignId = *id;
    CampaignStore store(ws.database());
    if (!store.byId(*campaignId, error)) {
        if (error->isEmpty())
            *error = CliCommands::tr("There is no campaign %1.").arg(*campaignId);
        return 0;
    }
    if (!p.isSet(runOption())) {
        const std::optional<qint64> run = store.latestRun(*campaignId, error);
        if (run && *run == 0)
            *error = CliCommands::tr("Campaign %1 has not run yet.").arg(*campaignId);
        return run.value_or(0);
    }
    bool ok = false;
    const qint64 run = p.value(runOption()).toLongLong(&ok);
    if (!ok || run <= 0 || CampaignStats::campaignOfRun(ws.database(), run).valueOr(0, error) != *campaignId) {
        if (error->isEmpty())
            *error = CliCommands::tr("Campaign %1 has no run “%2”.").arg(*campaignId).arg(p.value(runOption()));
        return 0;
    }
    return run;
}

namespace {

using Stat = CampaignStats::Stat;

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QJsonValue timeJson(qint64 ms)
{
    return ms > 0 ? QJsonValue(timeText(ms)) : QJsonValue();
}

} // namespace

int CampaignStatsCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    p.addOptions({runOption(), csvOption(), separatorOption(), jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("campaign stats"), args, &error))
        return usage(error);
    char sep = ',';
    if (!separator(p, &sep, &error))
        return usage(error);
    if (p.isSet(csvOption()) && p.isSet(jsonOption()))
        return usage(tr("Choose either --json or --csv."));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    qint64 campaignId = 0;
    const qint64 runId = chosenRun(ws, p, &campaignId, &error);
    if (runId == 0)
        return fail(error);
    const auto c = CampaignStats::compute(ws.database(), runId, &error);
    if (!c)
        return fail(error);
    if (p.isSet(csvOption()))
        return StatsReport::writeStatsCsv(ws.database(), runId, p.value(csvOption()), &error, sep) ? 0 : fail(error);
    const Result<CampaignCost::Run> cost = CampaignCost::forRun(ws.database(), runId);
    if (!cost)
        return fail(cost.error());
    if (p.isSet(jsonOption())) {
        QJsonArray reasons;
        for (const CampaignStats::Reason &r : c->failureReasons)
            reasons.append(QJsonObject{{QStringLiteral("code"), r.code},
                                       {QStringLiteral("title"), r.title},
                                       {QStringLiteral("group"), r.group},
                                       {QStringLiteral("count"), r.count}});
        QJsonObject o{{QStringLiteral("campaign"), campaignId}, {QStringLiteral("run"), runId},
                      {QStringLiteral("failure_reasons"), reasons}};
        for (const QString &name : CampaignStats::statNames())
            o.insert(name, c->value(*CampaignStats::statFromName(name)));
        o.insert(QStringLiteral("opted_out"), c->optedOut);
        o.insert(QStringLiteral("cost"), cost->toJson());
        printJson(o);
        return 0;
    }
    out() << tr("Campaign %1, run %2").arg(campaignId).arg(runId) << Qt::endl;
    for (const QString &name : CampaignStats::statNames())
        out() << name << QLatin1Char('\t') << c->value(*CampaignStats::statFromName(name)) << Qt::endl;
    out() << "opted_out" << QLatin1Char('\t') << c->optedOut << Qt::endl;
    for (const CampaignStats::Reason &r : c->failureReasons)
        out() << QStringLiteral("  %1 %2 (%3): %4").arg(r.code).arg(r.title, r.group).arg(r.count) << Qt::endl;
    for (const CampaignCost::Amount &a : cost->byCurrency)
        out() << tr("cost\tactual %1 of estimated %2 (%n billable message(s))", nullptr, int(a.billableMessages))
                     .arg(LocalFormat::money(a.actual, a.currency), LocalFormat::money(a.estimated, a.currency))
              << Qt::endl;
    if (cost->unpricedBillable > 0)
        out() << tr("cost\t%n billable message(s) have no rate on the rate card", nullptr, int(cost->unpricedBillable))
              << Qt::endl;
    return 0;
}

int CampaignRecipientsCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    const QCommandLineOption stat(QStringLiteral("stat"),
                                  tr("Which statistic: %1; or skipped (never attempted, with the reason).")
                                      .arg(CampaignStats::statNames().join(QStringLiteral(", "))),
                                  QStringLiteral("STAT"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Only failures with this error code."),
                                    QStringLiteral("CODE"));
    p.addOptions({stat, reason, runOption(), csvOption(), separatorOption(), jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("campaign recipients"), args, &error))
        return usage(error);
    char sep = ',';
    if (!separator(p, &sep, &error))
        return usage(error);
    if (p.isSet(csvOption()) && p.isSet(jsonOption()))
        return usage(tr("Choose either --json or --csv."));
    const bool skipped = p.value(stat) == QLatin1String("skipped");
    const auto chosen = skipped ? std::optional<Stat>(Stat::Attempted) : CampaignStats::statFromName(p.value(stat));
    if (!chosen)
        return usage(tr("--stat must be one of: %1, skipped.").arg(CampaignStats::statNames().join(QStringLiteral(", "))));
    if (skipped && p.isSet(reason))
        return usage(tr("--reason only goes with --stat failed: skipped rows have a reason text, not a code."));
    std::optional<int> reasonCode;
    if (p.isSet(reason)) {
        bool ok = false;
        reasonCode = p.value(reason).toInt(&ok);
        if (!ok)
            return usage(tr("--reason needs a numeric error code."));
    }
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    qint64 campaignId = 0;
    const qint64 runId = chosenRun(ws, p, &campaignId, &error);
    if (runId == 0)
        return fail(error);
    if (p.isSet(csvOption())) {
        StatsReport::RecipientFilter filter;
        filter.runId = runId;
        filter.stat = *chosen;
        filter.reasonCode = reasonCode;
        filter.skipped = skipped;
        const qint64 written = StatsReport::writeRecipientsCsv(ws.database(), filter, p.value(csvOption()), &error, {}, sep);
        return written >= 0 ? 0 : fail(error);
    }
    const auto rows = skipped ? CampaignStats::skippedRecipients(ws.database(), runId, &error)
                              : CampaignStats::recipients(ws.database(), runId, *chosen, reasonCode, &error);
    if (!rows)
        return fail(error);
    if (p.isSet(jsonOption())) {
        QJsonArray list;
        for (const CampaignStats::Row &r : *rows)
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("phone"), r.phone},
                                    {QStringLiteral("state"), r.state},
                                    {QStringLiteral("wamid"), r.wamid.isEmpty() ? QJsonValue() : QJsonValue(r.wamid)},
                                    {QStringLiteral("claimed_at"), timeJson(r.claimedAt)},
                                    {QStringLiteral("sent_at"), timeJson(r.sentAt)},
                                    {QStringLiteral("delivered_at"), timeJson(r.deliveredAt)},
                                    {QStringLiteral("read_at"), timeJson(r.readAt)},
                                    {QStringLiteral("failed_at"), timeJson(r.failedAt)},
                                    {QStringLiteral("replied_at"), timeJson(r.repliedAt)},
                                    {QStringLiteral("error_code"),
                                     r.errorCode ? QJsonValue(*r.errorCode) : QJsonValue()},
                                    {QStringLiteral("error_title"), r.errorTitle},
                                    {QStringLiteral("error_details"), r.errorDetails},
                                    {QStringLiteral("reply_text"), r.repliedAt > 0 ? QJsonValue(r.replyText) : QJsonValue()},
                                    {QStringLiteral("skipped_at"), timeJson(r.skippedAt)},
                                    {QStringLiteral("skip_reason"),
                                     r.skippedAt > 0 || !r.skipReason.isEmpty() ? QJsonValue(r.skipReason) : QJsonValue()}});
        printJson({{QStringLiteral("campaign"), campaignId}, {QStringLiteral("run"), runId},
                   {QStringLiteral("recipients"), list}});
        return 0;
    }
    for (const CampaignStats::Row &r : *rows)
        out() << r.phone << QLatin1Char('\t') << r.name << QLatin1Char('\t') << r.state << QLatin1Char('\t')
              << (r.errorCode ? QString::number(*r.errorCode) : QString()) << QLatin1Char('\t')
              << (skipped ? r.skipReason : r.errorTitle) << Qt::endl;
    return 0;
}

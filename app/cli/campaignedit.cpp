// herald-cli campaign edit: the campaign wizard's edit mode — change the options given, keep the rest, save through
// CampaignStore::update (the same checks as create). Runs already planned keep their frozen messages.
#include "cli/campaignoptions.h"
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/scheduler/scheduler.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/campaignchecks.h"
#include "models/campaigns/runstatus.h"
#include "models/core/clock.h"
#include "models/ledger/ledger.h"
#include "models/storage/workspace.h"

#include <QDateTime>

using namespace Cli;

int CampaignEditCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    const QCommandLineOption name(QStringLiteral("name"), tr("New campaign name."), QStringLiteral("N"));
    const QCommandLineOption tmpl(QStringLiteral("template"), tr("Template name (give --language with it)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Template language code, e.g. en_US."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption audience(QStringLiteral("audience"), tr("Who receives it (see campaign create --help)."),
                                      QStringLiteral("EXPR"));
    const QCommandLineOption param(QStringLiteral("param"),
                                   tr("A template parameter SLOT=SOURCE[|FALLBACK] (repeatable; replaces all of them)."),
                                   QStringLiteral("SLOT=SOURCE"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Sending account."), QStringLiteral("N"));
    const QCommandLineOption accounts = campaignAccountsOption();
    p.addOptions({name, tmpl, language, audience, param, account, accounts, jsonOption()});
    p.addOptions(campaignTypeOptions());
    p.addOptions(sendWindowOptions());
    QString error;
    if (!parse(p, QStringLiteral("campaign edit"), args, &error))
        return usage(error);
    const std::optional<qint64> idArg = idArgument(p);
    if (!idArg)
        return usage(tr("campaign edit needs one campaign ID."));
    const bool typeChanges = anyCampaignTypeOption(p);
    if (typeChanges && !p.isSet(QStringLiteral("type")))
        return usage(tr("Changing the schedule or trigger needs --type with all of its options, as for campaign create."));
    const qint64 id = *idArg;
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    CampaignStore store(ws.database());
    const auto before = store.byId(id, &error);
    if (!before)
        return fail(error.isEmpty() ? tr("There is no campaign %1.").arg(id) : error);
    // The wizard edits any campaign that is not being sent; a sender may run in another process.
    const std::optional<qint64> latest = store.latestRun(id, &error);
    if (!latest)
        return fail(error);
    const qint64 run = *latest;
    if (run > 0 && RunStatuses::fromString(RecipientLedger(ws.database()).runStatus(run, &error)) == RunStatus::Running)
        return fail(tr("Campaign %1 is being sent (run %2). Edit it when the run has ended, or pause it first: "
                       "herald-cli campaign pause %1")
                        .arg(id)
                        .arg(run));

    Campaign c = *before;
    if (p.isSet(name))
        c.name = p.value(name).trimmed();
    if (p.isSet(tmpl))
        c.templateName = p.value(tmpl);
    if (p.isSet(language))
        c.language = p.value(language);
    if (p.isSet(audience))
        c.audience = p.value(audience);
    if (p.isSet(param)) {
        c.params.clear();
        for (const QString &text : p.values(param)) {
            const auto m = ParamMapping::parse(text, &error);
            if (!m)
                return usage(error);
            c.params << *m;
        }
    }
    if (typeChanges) {
        c.schedule = {};
        c.trigger = {};
        if (!applyCampaignType(p, &c, &error))
            return usage(error);
    }
    if (!applySendWindow(p, &c, &error))
        return usage(error);
    if ((p.isSet(account) || p.isSet(accounts)) && !applyCampaignAccounts(ws.database(), p, account, &c, &error))
        return fail(error);
    // The checks `campaign create` makes: a sendable template, an audience naming only existing campaigns and
    // runs, a scheduled time that has not passed (only when the schedule changes).
    const qint64 now = Clock::nowMs();
    if (typeChanges) {
        if (const auto problem = CampaignChecks::checkSchedule(c, now))
            return usage(problem->message);
    }
    if (p.isSet(tmpl) || p.isSet(language) || p.isSet(account) || p.isSet(accounts)) {
        if (const auto problem = CampaignChecks::checkTemplate(ws.database(), c))
            return fail(QStringLiteral("--%1: %2").arg(problem->field, problem->message));
    }
    if (p.isSet(audience)) {
        if (const auto problem = CampaignChecks::checkAudience(ws.database(), c.audience))
            return fail(QStringLiteral("--%1: %2").arg(problem->field, problem->message));
    }
    if (!store.update(c, &error))
        return fail(tr("Campaign %1 was not changed: %2").arg(id).arg(error));
    // An active schedule follows the new one: the next occurrence is computed afresh (a one-time campaign has none).
    if (typeChanges && before->active) {
        qint64 next = 0;
        const bool keep = c.kind != QLatin1String("once");
        if (!Scheduler::activate(ws, id, keep, Clock::nowMs(), &next, &error))
            return fail(tr("Campaign %1 was changed, but its schedule could not be renewed: %2").arg(id).arg(error));
    }
    const auto after = store.byId(id, &error);
    if (!after)
        return fail(error);
    if (p.isSet(jsonOption())) {
        printJson(campaignToJson(*after));
        return 0;
    }
    out() << tr("Campaign %1 “%2” changed.").arg(id).arg(after->name) << Qt::endl;
    if (run > 0)
        out() << tr("Runs already planned keep the messages they froze; the change applies to the next run.") << Qt::endl;
    return 0;
}

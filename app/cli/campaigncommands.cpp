// herald-cli campaign …: create, inspect and control campaigns (sending lives in campaignrun.cpp).
#include "campaign.h"
#include "clicommands.h"
#include "clisupport.h"
#include "ledger.h"
#include "workspace.h"

#include <QJsonArray>

using namespace Cli;

namespace {

using State = RecipientLedger::State;


QJsonObject campaignJson(const Campaign &c)
{
    QJsonArray params;
    for (const ParamMapping &p : c.params)
        params.append(p.toString());
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("account_id"), c.accountId},
            {QStringLiteral("template"), c.templateName},
            {QStringLiteral("language"), c.language},
            {QStringLiteral("audience"), c.audience},
            {QStringLiteral("params"), params},
            {QStringLiteral("status"), c.status}};
}

bool campaignId(const QCommandLineParser &p, qint64 *id)
{
    if (p.positionalArguments().size() != 1)
        return false;
    bool ok = false;
    *id = p.positionalArguments().first().toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace

int CliCommands::campaignCreate(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), tr("Campaign name."), QStringLiteral("N"));
    const QCommandLineOption tmpl(QStringLiteral("template"), tr("Approved template name."), QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Template language code, e.g. en_US."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption audience(QStringLiteral("audience"),
                                      tr("Who receives it: all, tag:NAME, attr:KEY=VALUE, combined with and/or/not "
                                         "(default: every opted-in contact)."),
                                      QStringLiteral("EXPR"));
    const QCommandLineOption param(QStringLiteral("param"),
                                   tr("A template parameter: SLOT=SOURCE[|FALLBACK], e.g. body.1=field:name|there, "
                                      "header.1=attr:city, button.0=text:abc (repeatable)."),
                                   QStringLiteral("SLOT=SOURCE"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Sending account (default: the workspace's default)."),
                                     QStringLiteral("N"));
    p.addOptions({name, tmpl, language, audience, param, account, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("campaign create"), args, &error))
        return usage(error);
    if (!p.isSet(name) || !p.isSet(tmpl) || !p.isSet(language))
        return usage(tr("campaign create needs --name, --template and --language."));
    Campaign c;
    c.name = p.value(name);
    c.templateName = p.value(tmpl);
    c.language = p.value(language);
    c.audience = p.value(audience);
    for (const QString &text : p.values(param)) {
        const auto m = ParamMapping::parse(text, &error);
        if (!m)
            return usage(error);
        c.params << *m;
    }
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    AccountStore accounts(ws.database());
    const auto a = p.isSet(account) ? accounts.byName(p.value(account), &error) : accounts.defaultAccount(&error);
    if (!a)
        return fail(error.isEmpty() ? tr("There is no account named “%1”.").arg(p.value(account)) : error);
    c.accountId = a->id;
    const qint64 id = CampaignStore(ws.database()).create(c, &error);
    if (id == 0)
        return fail(error);
    if (p.isSet(jsonOption()))
        printJson({{QStringLiteral("id"), id}});
    else
        out() << tr("Campaign %1 “%2” created. Send it with: herald-cli campaign run %1").arg(id).arg(c.name) << Qt::endl;
    return 0;
}

int CliCommands::campaignList(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("campaign list"), args, &error))
        return usage(error);
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const QList<Campaign> campaigns = CampaignStore(ws.database()).list(&error);
    if (!error.isEmpty())
        return fail(error);
    if (p.isSet(jsonOption())) {
        QJsonArray list;
        for (const Campaign &c : campaigns)
            list.append(campaignJson(c));
        printJson({{QStringLiteral("campaigns"), list}});
        return 0;
    }
    for (const Campaign &c : campaigns)
        out() << c.id << QLatin1Char('\t') << c.name << QLatin1Char('\t') << c.templateName << QLatin1Char('/') << c.language
              << QLatin1Char('\t') << c.status << Qt::endl;
    return 0;
}

int CliCommands::campaignShow(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("campaign show"), args, &error))
        return usage(error);
    qint64 id = 0;
    if (!campaignId(p, &id))
        return usage(tr("campaign show needs one campaign ID."));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    CampaignStore store(ws.database());
    const auto c = store.byId(id, &error);
    if (!c)
        return fail(error);
    QJsonObject o = campaignJson(*c);
    const qint64 run = store.latestRun(id, &error);
    if (run > 0) {
        RecipientLedger ledger(ws.database());
        QJsonObject runJson{{QStringLiteral("id"), run}, {QStringLiteral("status"), ledger.runStatus(run, &error)}};
        if (const auto counts = ledger.counts(run, &error))
            runJson.insert(QStringLiteral("recipients"), ledgerCountsJson(*counts));
        o.insert(QStringLiteral("run"), runJson);
    }
    if (p.isSet(jsonOption())) {
        printJson(o);
        return 0;
    }
    out() << tr("Campaign %1 “%2”: template %3 (%4), status %5").arg(c->id).arg(c->name, c->templateName, c->language, c->status)
          << Qt::endl;
    if (run > 0) {
        const QJsonObject r = o.value(QStringLiteral("run")).toObject();
        out() << tr("Run %1: %2").arg(run).arg(r.value(QStringLiteral("status")).toString()) << Qt::endl;
        const QJsonObject counts = r.value(QStringLiteral("recipients")).toObject();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            out() << QStringLiteral("  ") << it.key() << QStringLiteral(": ") << it.value().toInteger() << Qt::endl;
    }
    return 0;
}

int CliCommands::campaignControl(const QString &workspace, const QStringList &args, const QString &request)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("campaign ") + request, args, &error))
        return usage(error);
    qint64 id = 0;
    if (!campaignId(p, &id))
        return usage(tr("campaign %1 needs one campaign ID.").arg(request));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    CampaignStore store(ws.database());
    if (!store.byId(id, &error))
        return fail(error);
    const qint64 run = store.latestRun(id, &error);
    if (run == 0)
        return fail(tr("Campaign %1 has not been started; start it with: herald-cli campaign run %1").arg(id));
    RecipientLedger ledger(ws.database());
    // The sender that owns the run (in this or another process) picks the request up within a second.
    if (!ledger.requestControl(run, request, &error))
        return fail(error);
    if (p.isSet(jsonOption()))
        printJson({{QStringLiteral("campaign"), id}, {QStringLiteral("run"), run}, {QStringLiteral("requested"), request}});
    else
        out() << tr("Asked run %1 of campaign %2 to %3.").arg(run).arg(id).arg(request) << Qt::endl;
    return 0;
}

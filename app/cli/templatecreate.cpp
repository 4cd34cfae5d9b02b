// herald-cli templates create|submit: the template editor's "Save draft" and "Submit for review" for scripts. Both
// validate with TemplateValidator first; submitting goes through the editor's engine call (TemplateSubmission).
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "cli/templatefile.h"
#include "engine/cloudapi/templatesubmission.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"

#include <QEventLoop>

using namespace Cli;

namespace {

QJsonObject templateJson(const MessageTemplate &t, const QString &account)
{
    return {{QStringLiteral("account"), account},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("language"), t.language},
            {QStringLiteral("category"), t.category},
            {QStringLiteral("status"), t.status.isEmpty() ? QJsonValue() : QJsonValue(t.status)},
            {QStringLiteral("draft"), t.status.isEmpty()},
            {QStringLiteral("id"), t.remoteId.isEmpty() ? QJsonValue() : QJsonValue(t.remoteId)}};
}

// Prints the violations like `templates validate` and returns 1; 0 when there are none.
int refuseViolations(const MessageTemplate &t, bool json)
{
    const QList<TemplateViolation> violations = TemplateValidator::validate(t);
    if (violations.isEmpty())
        return 0;
    if (json)
        printJson({{QStringLiteral("name"), t.name},
                   {QStringLiteral("valid"), false},
                   {QStringLiteral("violations"), violationsJson(violations)}});
    else
        printViolations(violations);
    return fail(CliCommands::tr("“%1” breaks %n of Meta's template rule(s); nothing was stored.", nullptr,
                                int(violations.size()))
                    .arg(t.name));
}

} // namespace

int TemplatesCreateCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE.json"), tr("A template in the Graph API's JSON shape."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace a local draft with the same name and language."));
    p.addOptions({nameOption(), replace, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("templates create"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("templates create needs exactly one FILE.json."));
    auto t = readTemplateFile(p.positionalArguments().first(), &error);
    if (!t)
        return fail(error, 2);
    const bool json = p.isSet(jsonOption());
    if (const int rc = refuseViolations(*t, json))
        return rc;
    Workspace ws;
    const std::optional<Account> a = openAccount(ws, workspace, p, &error);
    if (!a)
        return fail(error);
    TemplateStore store(ws.database());
    const auto existing = store.find(a->id, t->name, t->language, &error);
    if (!error.isEmpty())
        return fail(error);
    // The editor's rules for a name that is taken: a template at Meta is never overwritten by a draft; a local
    // draft only when asked to.
    if (existing && !existing->remoteId.isEmpty())
        return fail(tr("A template “%1” in %2 exists at Meta already (status %3). Choose another name.")
                        .arg(t->name, t->language, existing->status));
    if (existing && !p.isSet(replace))
        return fail(tr("A draft “%1” in %2 exists already. Pass --replace to replace it.").arg(t->name, t->language));
    t->id = existing ? existing->id : 0;
    t->accountId = a->id;
    t->remoteId.clear();
    t->status.clear();   // a local draft has no status
    t->rejectedReason.clear();
    if (store.save(*t, &error) == 0)
        return fail(tr("The template could not be saved: %1").arg(error));
    if (json)
        printJson(templateJson(*t, a->name));
    else
        out() << tr("Draft “%1” (%2) saved. Submit it for review with: herald-cli templates submit %1 --language %2")
                     .arg(t->name, t->language)
              << Qt::endl;
    return 0;
}

int TemplatesSubmitCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The stored template's name."));
    const QCommandLineOption language(QStringLiteral("language"), tr("Its language code, e.g. en_US."),
                                      QStringLiteral("L"));
    p.addOptions({language, nameOption(), jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("templates submit"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1 || !p.isSet(language))
        return usage(tr("templates submit needs a template NAME and --language L."));
    Workspace ws;
    const std::optional<Account> a = openAccount(ws, workspace, p, &error);
    if (!a)
        return fail(error);
    const QString name = p.positionalArguments().first();
    const auto t = TemplateStore(ws.database()).find(a->id, name, p.value(language), &error);
    if (!t)
        return fail(!error.isEmpty() ? error
                                     : tr("The account “%1” has no template “%2” in %3. Store it first with: "
                                          "herald-cli templates create FILE.json")
                                           .arg(a->name, name, p.value(language)));
    const bool json = p.isSet(jsonOption());
    if (const int rc = refuseViolations(*t, json))
        return rc;
    QString token;
    if (!accessToken(ws, *a, &token, &error))
        return fail(error);
    TemplateSubmission submission(ws, *a);
    TemplateSubmission::Result result;
    QEventLoop loop;
    bool done = false;   // the sandbox answers before submit() returns
    QObject::connect(&submission, &TemplateSubmission::finished, &loop, [&](const TemplateSubmission::Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    submission.submit(*t, token);
    if (!done)
        loop.exec();
    if (!result.ok())
        return fail(result.error);
    if (json)
        printJson(templateJson(result.stored, a->name));
    else if (a->kind == Account::Kind::Sandbox)
        out() << tr("The sandbox approved “%1” at once: it simulates Meta's review.").arg(result.stored.name) << Qt::endl;
    else
        out() << tr("“%1” was submitted for review (status %2); Meta answers within 24 hours. See it with: "
                    "herald-cli templates sync")
                     .arg(result.stored.name, result.stored.status)
              << Qt::endl;
    return 0;
}

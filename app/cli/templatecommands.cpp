// herald-cli templates …: sync from the account, list, validate against Meta's rules.
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "cli/templatefile.h"
#include "engine/cloudapi/templatesync.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "models/templates/templatevalidator.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Cli;

int TemplatesSyncCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds to wait for each page (default 30)."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    p.addOptions({nameOption(), timeout, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("templates sync"), args, &error))
        return usage(error);
    Workspace ws;
    const std::optional<Account> a = openAccount(ws, workspace, p, &error);
    if (!a)
        return fail(error);
    QString token;
    if (!accessToken(ws, *a, &token, &error))
        return fail(error);
    TemplateSync sync(ws, *a, token);
    sync.setTimeout(qMax(1, p.value(timeout).toInt()) * 1000);
    TemplateSyncResult result;
    QEventLoop loop;
    QObject::connect(&sync, &TemplateSync::finished, &loop, [&](const TemplateSyncResult &r) {
        result = r;
        loop.quit();
    });
    sync.start();
    loop.exec();
    if (!result.ok) {
        if (p.isSet(jsonOption())) {
            QJsonObject o{{QStringLiteral("error"), result.error}, {QStringLiteral("pages"), result.pages}};
            if (!result.graphError.ok())
                o.insert(QStringLiteral("code"), result.graphError.code);
            printJson(o);
        }
        return fail(result.error);
    }
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("added"), result.counts.added},
                   {QStringLiteral("updated"), result.counts.updated},
                   {QStringLiteral("removed"), result.counts.removed},
                   {QStringLiteral("total"), result.counts.total},
                   {QStringLiteral("pages"), result.pages}});
    } else {
        out() << tr("%1 templates: %2 added, %3 updated, %4 removed upstream.")
                     .arg(result.counts.total)
                     .arg(result.counts.added)
                     .arg(result.counts.updated)
                     .arg(result.counts.removed)
              << Qt::endl;
    }
    return 0;
}

int TemplatesListCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({nameOption(), jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("templates list"), args, &error))
        return usage(error);
    Workspace ws;
    const std::optional<Account> a = openAccount(ws, workspace, p, &error);
    if (!a)
        return fail(error);
    const QList<MessageTemplate> templates = TemplateStore(ws.database()).list(a->id, &error);
    if (!error.isEmpty())
        return fail(error);
    if (p.isSet(jsonOption())) {
        QJsonArray list;
        for (const MessageTemplate &t : templates) {
            list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                    {QStringLiteral("language"), t.language},
                                    {QStringLiteral("category"), t.category},
                                    {QStringLiteral("status"), t.status},
                                    {QStringLiteral("quality"), t.quality},
                                    {QStringLiteral("id"), t.remoteId},
                                    {QStringLiteral("deleted"), t.deleted},
                                    {QStringLiteral("sendable"), t.isSendable()},
                                    {QStringLiteral("flagged"), t.isFlagged()}});
        }
        printJson({{QStringLiteral("account"), a->name}, {QStringLiteral("templates"), list}});
        return 0;
    }
    for (const MessageTemplate &t : templates) {
        out() << t.name << QLatin1Char('\t') << t.language << QLatin1Char('\t') << t.category << QLatin1Char('\t')
              << (t.deleted ? tr("DELETED upstream") : t.status) << QLatin1Char('\t') << t.quality << Qt::endl;
    }
    return 0;
}

int TemplatesValidateCommand::execute(const QString &workspace, const QStringList &args)
{
    Q_UNUSED(workspace)
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE.json"), tr("A template in the Graph API's JSON shape."));
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("templates validate"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("templates validate needs exactly one FILE.json."));
    const QString path = p.positionalArguments().first();
    const auto read = readTemplateFile(path, &error);
    if (!read)
        return fail(error, 2);
    const MessageTemplate t = *read;
    const QList<TemplateViolation> violations = TemplateValidator::validate(t);
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("name"), t.name},
                   {QStringLiteral("valid"), violations.isEmpty()},
                   {QStringLiteral("violations"), violationsJson(violations)}});
    } else if (violations.isEmpty()) {
        out() << tr("%1: no rule violations.").arg(t.name.isEmpty() ? path : t.name) << Qt::endl;
    } else {
        printViolations(violations);
    }
    return violations.isEmpty() ? 0 : 1;
}

// Shared with templates create|submit (templatecreate.cpp).
std::optional<MessageTemplate> Cli::readTemplateFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = CliCommands::tr("Cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = CliCommands::tr("%1 is not a JSON object (%2 at byte %3).")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return MessageTemplate::fromGraphJson(doc.object());
}

QJsonArray Cli::violationsJson(const QList<TemplateViolation> &violations)
{
    QJsonArray list;
    for (const TemplateViolation &v : violations) {
        QJsonObject o{{QStringLiteral("part"), v.partName()},
                      {QStringLiteral("rule"), v.rule},
                      {QStringLiteral("message"), v.message}};
        if (v.start >= 0) {
            o.insert(QStringLiteral("start"), v.start);
            o.insert(QStringLiteral("length"), v.length);
        }
        list.append(o);
    }
    return list;
}

void Cli::printViolations(const QList<TemplateViolation> &violations)
{
    for (const TemplateViolation &v : violations)
        out() << v.partName() << QStringLiteral(": ") << v.message << QStringLiteral(" [") << v.rule << QLatin1Char(']')
              << Qt::endl;
}

#include "engine/sandbox/demoworkspace.h"

#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/contacts/contactimporter.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

QString DemoWorkspace::defaultPath()
{
    return QFileInfo(Workspace::defaultPath()).absoluteDir().filePath(QStringLiteral("demo.herald"));
}

qint64 DemoWorkspace::populate(Workspace &workspace, QString *error)
{
    // The importer reads files from disk (it maps them), so copy the bundled sample out first.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo-contacts.csv"));
    if (!dir.isValid() || !QFile::copy(QStringLiteral(":/demo/contacts.csv"), path)) {
        *error = tr("Cannot unpack the demo contacts into a temporary folder.");
        return -1;
    }
    ImportOptions options;
    options.optInSource = tr("Demo data");
    options.tags = {QStringLiteral("demo")};
    const ImportResult result = ContactImporter::run(workspace, path, options);
    if (!result.error.isEmpty()) {
        *error = result.error;
        return -1;
    }

    // The default account of a new workspace is the built-in sandbox: give it the sandbox's templates and a
    // campaign, so the first start shows something to Start and watch.
    const auto account = AccountStore(workspace.database()).defaultAccount(error);
    if (account && account->kind == Account::Kind::Sandbox
        && (!addSandboxTemplates(workspace, account->id, error) || !addDemoCampaign(workspace, account->id, error)))
        return -1;
    return result.imported;
}

bool DemoWorkspace::addSandboxTemplates(Workspace &workspace, qint64 accountId, QString *error)
{
    QFile file(QStringLiteral(":/sandbox/templates.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the sandbox templates.");
        return false;
    }
    QList<MessageTemplate> templates;
    const QJsonArray data = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("data")).toArray();
    for (const QJsonValue &v : data)
        templates << MessageTemplate::fromGraphJson(v.toObject());
    return TemplateStore(workspace.database()).applySync(accountId, templates, error).has_value();
}

bool DemoWorkspace::addDemoCampaign(Workspace &workspace, qint64 accountId, QString *error)
{
    Campaign c;
    c.name = tr("Order updates (demo)");
    c.accountId = accountId;
    c.templateName = QStringLiteral("order_update");
    c.language = QStringLiteral("en_US");
    const QString params[] = {
        QStringLiteral("header.1=text:#10234"),
        QStringLiteral("body.1=field:name"),
        QStringLiteral("body.2=text:") + tr("out for delivery"),
        QStringLiteral("body.3=attr:city|") + tr("soon"),
        QStringLiteral("button.0=text:10234"),
    };
    for (const QString &text : params) {
        const auto mapping = ParamMapping::parse(text, error);
        if (!mapping)
            return false;
        c.params << *mapping;
    }
    return CampaignStore(workspace.database()).create(c, error) > 0;
}

#include "engine/sandbox/demoworkspace.h"

#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/ratecardimport.h"
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
        && (!addSandboxTemplates(workspace, account->id, error) || !addDemoCampaign(workspace, account->id, error)
            || !addDemoRates(workspace, error)))
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

bool DemoWorkspace::addDemoRates(Workspace &workspace, QString *error)
{
    // Illustrative prices in the shape of Meta's per-message rate card (not Meta's current figures), so the demo's
    // pre-flight and dashboard show an estimate and an actual cost. Read like an imported file: one code path.
    const QByteArray csv = "category,country,price,currency,valid_from\n"
                           "MARKETING,,0.0500,USD,\n"
                           "UTILITY,,0.0080,USD,\n"
                           "AUTHENTICATION,,0.0300,USD,\n"
                           "MARKETING,GB,0.0529,USD,\n"
                           "UTILITY,GB,0.0220,USD,\n"
                           "MARKETING,US,0.0250,USD,\n"
                           "UTILITY,US,0.0034,USD,\n";
    const Result<QList<RateCard::Rate>> rates = RateCardImport::parse(csv);
    if (!rates.report(error))
        return false;
    return RateCardImport::write(workspace.database(), *rates).report(error);
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

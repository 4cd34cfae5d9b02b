#include "cli/commandregistry.h"

#include "cli/clicommands.h"

#include <algorithm>
#include <optional>

namespace Cli {

namespace {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    // Contacts
    c.push_back(std::make_unique<ContactsImportCommand>());
    c.push_back(std::make_unique<ContactsCountCommand>());
    c.push_back(std::make_unique<ContactsExportCommand>());
    c.push_back(std::make_unique<ContactsAddCommand>());
    c.push_back(std::make_unique<ContactsEditCommand>());
    for (const char *verb : {"tag", "untag", "opt-in", "opt-out", "delete"})
        c.push_back(std::make_unique<ContactsChangeCommand>(QLatin1String(verb)));
    c.push_back(std::make_unique<ContactsSearchCommand>());
    // Accounts
    c.push_back(std::make_unique<AccountSetCommand>());
    c.push_back(std::make_unique<AccountListCommand>());
    c.push_back(std::make_unique<AccountShowCommand>());
    c.push_back(std::make_unique<AccountTestCommand>());
    c.push_back(std::make_unique<AccountSetSecretCommand>());
    c.push_back(std::make_unique<PortfolioCommand>());
    // Templates
    c.push_back(std::make_unique<TemplatesSyncCommand>());
    c.push_back(std::make_unique<TemplatesListCommand>());
    c.push_back(std::make_unique<TemplatesValidateCommand>());
    c.push_back(std::make_unique<TemplatesCreateCommand>());
    c.push_back(std::make_unique<TemplatesSubmitCommand>());
    // Campaigns and delivery reports
    c.push_back(std::make_unique<CampaignCreateCommand>());
    c.push_back(std::make_unique<CampaignListCommand>());
    c.push_back(std::make_unique<CampaignShowCommand>());
    c.push_back(std::make_unique<CampaignEditCommand>());
    c.push_back(std::make_unique<CampaignRetryCommand>());
    c.push_back(std::make_unique<CampaignStartCommand>());
    c.push_back(std::make_unique<CampaignRunCommand>());
    for (const char *verb : {"pause", "resume", "stop"})
        c.push_back(std::make_unique<CampaignControlCommand>(QLatin1String(verb)));
    c.push_back(std::make_unique<CampaignStatsCommand>());
    c.push_back(std::make_unique<CampaignRecipientsCommand>());
    c.push_back(std::make_unique<CampaignPreflightCommand>());
    c.push_back(std::make_unique<CampaignTestSendCommand>());
    c.push_back(std::make_unique<CampaignResolveCommand>());
    for (const char *verb : {"set", "list", "remove"})
        c.push_back(std::make_unique<RateCardCommand>(QLatin1String(verb)));
    c.push_back(std::make_unique<RateCardImportCommand>());
    c.push_back(std::make_unique<CostCommand>());
    c.push_back(std::make_unique<SyncCommand>());
    // Business events and investigation
    c.push_back(std::make_unique<EventsPushCommand>());
    c.push_back(std::make_unique<ContactsHistoryCommand>());
    c.push_back(std::make_unique<AgentCommand>());
    // Workspace
    c.push_back(std::make_unique<WorkspaceBackupCommand>());
    c.push_back(std::make_unique<WorkspaceRestoreCommand>());
    c.push_back(std::make_unique<WorkspaceLoginCommand>());
    c.push_back(std::make_unique<WorkspaceCopyCommand>());
    c.push_back(std::make_unique<TeamAddCommand>());
    c.push_back(std::make_unique<TeamListCommand>());
    c.push_back(std::make_unique<TeamRemoveCommand>());
    return c;
}

QString sectionTitle(Command::Section s)
{
    switch (s) {
    case Command::Section::Contacts:
        return CliCommands::tr("Contacts:");
    case Command::Section::Accounts:
        return CliCommands::tr("Accounts:");
    case Command::Section::Templates:
        return CliCommands::tr("Templates:");
    case Command::Section::Campaigns:
        return CliCommands::tr("Campaigns and delivery reports:");
    case Command::Section::Investigation:
        return CliCommands::tr("Business events and investigation:");
    case Command::Section::Workspace:
        return CliCommands::tr("Workspace:");
    }
    return {};
}

} // namespace

const std::vector<std::unique_ptr<Command>> &commands()
{
    // Built on first use, after main() has set up the application (the texts are translated).
    static const std::vector<std::unique_ptr<Command>> all = makeCommands();
    return all;
}

Command *findCommand(const QString &name)
{
    const auto &all = commands();
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto &c) { return c->name() == name; });
    return it == all.end() ? nullptr : it->get();
}

QString usageText()
{
    QString text = CliCommands::tr("Usage: herald-cli [--workspace PATH] <command> [options]") + QLatin1String("\n\n");
    std::optional<Command::Section> section;
    for (const auto &c : commands()) {
        if (c->section() != section) {
            section = c->section();
            text += sectionTitle(c->section()) + QLatin1Char('\n');
        }
        if (!c->synopsis().isEmpty())
            text += QLatin1String("  ") + c->synopsis() + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + CliCommands::tr("Run 'herald-cli <command> --help' for a command's options.");
}

QString commandList()
{
    qsizetype width = 0;
    for (const auto &c : commands())
        width = std::max(width, c->name().size());
    QString text = CliCommands::tr("Commands:") + QLatin1Char('\n');
    for (const auto &c : commands())
        text += QLatin1String("  ") + c->name().leftJustified(width + 2) + c->description() + QLatin1Char('\n');
    return text + QLatin1Char('\n') + CliCommands::tr("Run 'herald-cli help <command>' for a command's options.")
        + QLatin1Char('\n');
}

} // namespace Cli

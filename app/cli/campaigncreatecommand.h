#pragma once

#include "cli/command.h"

// herald-cli campaign create: creates a campaign: template, audience, parameters and type
// (execute() in campaigncommands.cpp).
class CampaignCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignCreateCommand()
        : Command(QStringLiteral("campaign create"), Section::Campaigns,
                 tr("campaign create --name N --template NAME --language CODE [--audience EXPR]\n"
                     "                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]\n"
                     "                  [--type once|scheduled|recurring|triggered] (see campaign create --help)"),
                 tr("Creates a campaign: template, audience, parameters and type."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

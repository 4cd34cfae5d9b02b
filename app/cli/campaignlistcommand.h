#pragma once

#include "cli/command.h"

// herald-cli campaign list: lists the campaigns (execute() in campaigncommands.cpp).
class CampaignListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignListCommand()
        : Command(QStringLiteral("campaign list"), Section::Campaigns,
                 tr("campaign list [--json] | campaign show ID [--json]"),
                 tr("Lists the campaigns."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

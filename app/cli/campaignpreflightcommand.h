#pragma once

#include "cli/command.h"

// herald-cli campaign preflight: checks a campaign before it starts: audience, template, headroom, cost
// (execute() in preflightcommand.cpp).
class CampaignPreflightCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignPreflightCommand()
        : Command(QStringLiteral("campaign preflight"), Section::Campaigns,
                 tr("campaign preflight ID [--samples N] [--json]"),
                 tr("Checks a campaign before it starts: audience, template, headroom, cost."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

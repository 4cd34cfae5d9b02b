#pragma once

#include "cli/command.h"

// herald-cli campaign show: shows one campaign and its runs (execute() in campaigncommands.cpp).
class CampaignShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignShowCommand()
        : Command(QStringLiteral("campaign show"), Section::Campaigns,
                 tr(""),
                 tr("Shows one campaign and its runs."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

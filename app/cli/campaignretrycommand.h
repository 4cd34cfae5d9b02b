#pragma once

#include "cli/campaignsendcommand.h"

// herald-cli campaign retry: sends again to the failures a retry can help (execute() in campaignretrycommand.cpp).
class CampaignRetryCommand : public CampaignSendCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignRetryCommand()
        : CampaignSendCommand(QStringLiteral("campaign retry"), Section::Campaigns,
                 tr("campaign retry ID [--run R] [--json]"),
                 tr("Sends again to the failures a retry can help."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

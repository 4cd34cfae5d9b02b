#pragma once

#include "cli/campaignsendcommand.h"

// herald-cli campaign run: sends the campaign's run until every recipient is resolved (execute() in campaignrun.cpp).
class CampaignRunCommand : public CampaignSendCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignRunCommand()
        : CampaignSendCommand(QStringLiteral("campaign run"), Section::Campaigns,
                 tr("campaign run ID [--rate MPS] [--new-run] [--json]"),
                 tr("Sends the campaign's run until every recipient is resolved."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

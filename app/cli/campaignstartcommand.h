#pragma once

#include "cli/campaignsendcommand.h"

// herald-cli campaign start: sends a one-time campaign now, or activates a scheduled one
// (execute() in campaignstart.cpp).
class CampaignStartCommand : public CampaignSendCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignStartCommand()
        : CampaignSendCommand(QStringLiteral("campaign start"), Section::Campaigns,
                 tr("campaign start ID [--json]"),
                 tr("Sends a one-time campaign now, or activates a scheduled one."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

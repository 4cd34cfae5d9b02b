#pragma once

#include "cli/command.h"

// herald-cli campaign test-send: sends the campaign's message to one number as a test
// (execute() in preflightcommand.cpp).
class CampaignTestSendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignTestSendCommand()
        : Command(QStringLiteral("campaign test-send"), Section::Campaigns,
                 tr("campaign test-send ID --phone P [--json]"),
                 tr("Sends the campaign's message to one number as a test."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

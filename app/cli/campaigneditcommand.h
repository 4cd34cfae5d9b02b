#pragma once

#include "cli/command.h"

// herald-cli campaign edit: changes the options given of a campaign, keeps the rest (execute() in campaignedit.cpp).
class CampaignEditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignEditCommand()
        : Command(QStringLiteral("campaign edit"), Section::Campaigns,
                 tr("campaign edit ID [campaign create's options: only those given change] [--json]"),
                 tr("Changes the options given of a campaign, keeps the rest."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

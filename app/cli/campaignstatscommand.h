#pragma once

#include "cli/command.h"

// herald-cli campaign stats: prints the seven statistics of a run (execute() in campaignstats.cpp).
class CampaignStatsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignStatsCommand()
        : Command(QStringLiteral("campaign stats"), Section::Campaigns,
                 tr("campaign stats ID [--run R] [--json | --csv FILE [--separator SEP]]"),
                 tr("Prints the seven statistics of a run."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

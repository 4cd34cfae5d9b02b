#pragma once

#include "cli/command.h"

// herald-cli campaign recipients: lists the recipients behind one statistic of a run (execute() in campaignstats.cpp).
class CampaignRecipientsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignRecipientsCommand()
        : Command(QStringLiteral("campaign recipients"), Section::Campaigns,
                 tr("campaign recipients ID --stat STAT|skipped [--reason CODE] [--run R] [--json | --csv FILE [--separator SEP]]"),
                 tr("Lists the recipients behind one statistic of a run."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

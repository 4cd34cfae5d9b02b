#pragma once

#include "cli/command.h"

// herald-cli campaign resolve: decides a run's uncertain recipients: send again or mark failed
// (execute() in campaignresolve.cpp).
class CampaignResolveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CampaignResolveCommand()
        : Command(QStringLiteral("campaign resolve"), Section::Campaigns,
                 tr("campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]"),
                 tr("Decides a run's uncertain recipients: send again or mark failed."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

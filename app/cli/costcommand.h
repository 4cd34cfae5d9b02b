#pragma once

#include "cli/command.h"

// herald-cli cost: what each account's delivered, billable messages cost in a month (CampaignCost::forMonth;
// execute() in costcommand.cpp).
class CostCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CostCommand()
        : Command(QStringLiteral("cost"), Section::Campaigns, tr("cost [--month YYYY-MM] [--account NAME] [--json]"),
                  tr("Prints what each account's messages cost in a month."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

// herald-cli ratecard import: a rate card from a CSV (category,country,price,currency[,valid_from]), all or nothing
// (execute() in ratecardimportcommand.cpp).
class RateCardImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    RateCardImportCommand()
        : Command(QStringLiteral("ratecard import"), Section::Campaigns, tr("ratecard import FILE.csv [--json]"),
                  tr("Imports rates from a CSV: category,country,price,currency[,valid_from]."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

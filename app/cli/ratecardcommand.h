#pragma once

#include "cli/command.h"

// herald-cli ratecard set|list|remove: one class, registered once per verb (execute() in preflightcommand.cpp).
class RateCardCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    // verb: set, list, remove.
    explicit RateCardCommand(const QString &verb)
        : Command(QStringLiteral("ratecard"), verb, Section::Campaigns,
                  {{"set",
                    QT_TRANSLATE_NOOP("CliCommands",
                                      "ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from YYYY-MM-DD] "
                                      "[--json]"),
                    QT_TRANSLATE_NOOP("CliCommands", "Sets the price of one message category.")},
                   {"list",
                    QT_TRANSLATE_NOOP("CliCommands",
                                      "ratecard list [--json] | ratecard remove CATEGORY [--country CC] "
                                      "[--valid-from YYYY-MM-DD] [--json]"),
                    QT_TRANSLATE_NOOP("CliCommands", "Lists the rate card.")},
                   {"remove", nullptr, QT_TRANSLATE_NOOP("CliCommands", "Removes a price from the rate card.")}})
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

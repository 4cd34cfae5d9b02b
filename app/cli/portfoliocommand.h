#pragma once

#include "cli/command.h"

// herald-cli portfolio: every number grouped by the business portfolio whose daily budget it shares, with its
// quality, throughput, tier, unique recipients in 24 h, headroom and the campaigns on it (models/accounts/portfolio.*).
// --refresh first asks the phone-number endpoint of each number for its quality and throughput (NumberQuality).
class PortfolioCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    PortfolioCommand()
        : Command(QStringLiteral("portfolio"), Section::Accounts, tr("portfolio [--refresh] [--json]"),
                  tr("Shows every number by portfolio: quality, throughput, tier, recipients in 24 h, headroom and "
                     "the campaigns drawing on it."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

// herald-cli account show: shows one account, which of its secrets are stored and its daily limit
// (execute() in accountcommands.cpp).
class AccountShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    AccountShowCommand()
        : Command(QStringLiteral("account show"), Section::Accounts,
                 tr("account show [--name N] [--json]"),
                 tr("Shows one account, which of its secrets are stored and its daily limit."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

// herald-cli account list: lists the sending accounts (execute() in accountcommands.cpp).
class AccountListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    AccountListCommand()
        : Command(QStringLiteral("account list"), Section::Accounts,
                 tr("account list [--json]"),
                 tr("Lists the sending accounts."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

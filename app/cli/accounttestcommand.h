#pragma once

#include "cli/command.h"

// herald-cli account test: checks that the account can reach WhatsApp with its token
// (execute() in accountcommands.cpp).
class AccountTestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    AccountTestCommand()
        : Command(QStringLiteral("account test"), Section::Accounts,
                 tr("account test [--name N] [--json]"),
                 tr("Checks that the account can reach WhatsApp with its token."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

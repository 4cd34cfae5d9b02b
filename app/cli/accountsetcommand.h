#pragma once

#include "cli/command.h"

// herald-cli account set: creates or changes a sending account (execute() in accountcommands.cpp).
class AccountSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    AccountSetCommand()
        : Command(QStringLiteral("account set"), Section::Accounts,
                 tr("account set [--name N] --kind sandbox|cloud-api [--graph-url URL] [--api-version V]\n"
                     "              [--phone-number-id ID] [--waba-id ID] [--relay-url URL] [--json]\n"
                     "              [--portfolio ID] [--auto-resolve on|off]"),
                 tr("Creates or changes a sending account."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

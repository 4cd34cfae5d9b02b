#pragma once

#include "cli/command.h"

// herald-cli account set-secret: stores one of the account's secrets in the keychain (value on stdin)
// (execute() in accountcommands.cpp).
class AccountSetSecretCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    AccountSetSecretCommand()
        : Command(QStringLiteral("account set-secret"), Section::Accounts,
                 tr("account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]\n"
                     "                                                          (value on stdin)"),
                 tr("Stores one of the account's secrets in the keychain (value on stdin)."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

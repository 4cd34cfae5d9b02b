#pragma once

#include "cli/command.h"

// herald-cli contacts count: counts the contacts: all, opted in, opted out (execute() in clicommands.cpp).
class ContactsCountCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    ContactsCountCommand()
        : Command(QStringLiteral("contacts count"), Section::Contacts,
                 tr("contacts count [--json]"),
                 tr("Counts the contacts: all, opted in, opted out."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

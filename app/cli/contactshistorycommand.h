#pragma once

#include "cli/command.h"

// herald-cli contacts history: prints everything Herald knows happened with one number
// (execute() in eventscommand.cpp).
class ContactsHistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    ContactsHistoryCommand()
        : Command(QStringLiteral("contacts history"), Section::Investigation,
                 tr("contacts history PHONE [--default-region CC] [--json]"),
                 tr("Prints everything Herald knows happened with one number."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

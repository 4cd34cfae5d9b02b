#pragma once

#include "cli/command.h"

// herald-cli contacts add: adds one contact, or updates the one with that number (execute() in contactcommands.cpp).
class ContactsAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    ContactsAddCommand()
        : Command(QStringLiteral("contacts add"), Section::Contacts,
                 tr("contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...\n"
                     "                     [--opted-in --opt-in-source S] [--json]"),
                 tr("Adds one contact, or updates the one with that number."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

// herald-cli contacts edit: changes a contact's name and attributes (execute() in contactcommands.cpp).
class ContactsEditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    ContactsEditCommand()
        : Command(QStringLiteral("contacts edit"), Section::Contacts,
                 tr("contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]"),
                 tr("Changes a contact's name and attributes."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

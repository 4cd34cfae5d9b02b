#pragma once

#include "cli/command.h"

// herald-cli contacts search: finds contacts by number, name, tag or attribute (execute() in contactcommands.cpp).
class ContactsSearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    ContactsSearchCommand()
        : Command(QStringLiteral("contacts search"), Section::Contacts,
                 tr("contacts search TEXT [--limit N] [--json]"),
                 tr("Finds contacts by number, name, tag or attribute."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

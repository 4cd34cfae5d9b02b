#pragma once

#include "cli/command.h"

// herald-cli contacts import: imports contacts from a CSV file (execute() in clicommands.cpp).
class ContactsImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    ContactsImportCommand()
        : Command(QStringLiteral("contacts import"), Section::Contacts,
                 tr("contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]\n"
                     "                       [--errors OUT.csv] [--json]"),
                 tr("Imports contacts from a CSV file."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

// herald-cli contacts export: writes every contact to a CSV file (execute() in clicommands.cpp).
class ContactsExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    ContactsExportCommand()
        : Command(QStringLiteral("contacts export"), Section::Contacts,
                 tr("contacts export FILE [--separator SEP] [--json]"),
                 tr("Writes every contact to a CSV file."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

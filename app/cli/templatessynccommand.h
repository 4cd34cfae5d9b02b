#pragma once

#include "cli/command.h"

// herald-cli templates sync: fetches the account's message templates (execute() in templatecommands.cpp).
class TemplatesSyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    TemplatesSyncCommand()
        : Command(QStringLiteral("templates sync"), Section::Templates,
                 tr("templates sync [--name N] [--json]"),
                 tr("Fetches the account's message templates."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

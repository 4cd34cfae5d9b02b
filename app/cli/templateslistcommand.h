#pragma once

#include "cli/command.h"

// herald-cli templates list: lists the account's message templates (execute() in templatecommands.cpp).
class TemplatesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    TemplatesListCommand()
        : Command(QStringLiteral("templates list"), Section::Templates,
                 tr("templates list [--name N] [--json]"),
                 tr("Lists the account's message templates."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

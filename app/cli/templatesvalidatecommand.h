#pragma once

#include "cli/command.h"

// herald-cli templates validate: checks a template file against Meta's rules (execute() in templatecommands.cpp).
class TemplatesValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    TemplatesValidateCommand()
        : Command(QStringLiteral("templates validate"), Section::Templates,
                 tr("templates validate FILE.json [--json]"),
                 tr("Checks a template file against Meta's rules."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

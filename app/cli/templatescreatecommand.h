#pragma once

#include "cli/command.h"

// herald-cli templates create: saves a template file as a draft (execute() in templatecreate.cpp).
class TemplatesCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    TemplatesCreateCommand()
        : Command(QStringLiteral("templates create"), Section::Templates,
                 tr("templates create FILE.json [--name N] [--replace] [--json]"),
                 tr("Saves a template file as a draft."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

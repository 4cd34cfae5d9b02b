#pragma once

#include "cli/command.h"

// herald-cli team remove NAME: see models/storage/teamroles.h (execute() in teamcommands.cpp).
class TeamRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    TeamRemoveCommand()
        : Command(QStringLiteral("team remove"), Section::Workspace, tr("team remove NAME [--json]"),
                  tr("Takes a person off a team workspace."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

// herald-cli team list: see models/storage/teamroles.h (execute() in teamcommands.cpp).
class TeamListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    TeamListCommand()
        : Command(QStringLiteral("team list"), Section::Workspace, tr("team list [--json]"),
                  tr("Lists the people of a team workspace and their roles."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

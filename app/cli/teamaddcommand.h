#pragma once

#include "cli/command.h"

// herald-cli team add NAME --role admin|sender|viewer: see models/storage/teamroles.h (execute() in teamcommands.cpp).
class TeamAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    TeamAddCommand()
        : Command(QStringLiteral("team add"), Section::Workspace, tr("team add NAME --role admin|sender|viewer [--password-stdin] [--json]"),
                  tr("Adds a person to a team workspace as a PostgreSQL user with the rights of their role."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

// herald-cli workspace restore: replaces the workspace with a backup copy (execute() in workspacecommands.cpp).
class WorkspaceRestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    WorkspaceRestoreCommand()
        : Command(QStringLiteral("workspace restore"), Section::Workspace,
                 tr("workspace restore FILE [--json]"),
                 tr("Replaces the workspace with a backup copy."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

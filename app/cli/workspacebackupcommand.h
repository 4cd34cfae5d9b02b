#pragma once

#include "cli/command.h"

// herald-cli workspace backup: writes a backup copy of the workspace (execute() in workspacecommands.cpp).
class WorkspaceBackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    WorkspaceBackupCommand()
        : Command(QStringLiteral("workspace backup"), Section::Workspace,
                 tr("workspace backup [--to FILE] [--json]"),
                 tr("Writes a backup copy of the workspace."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

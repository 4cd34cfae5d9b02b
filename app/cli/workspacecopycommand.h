#pragma once

#include "cli/command.h"

// herald-cli workspace copy FROM TO: copies a workspace into a new one — a file into an empty PostgreSQL database or
// back (models/storage/workspacecopy.h decides how), with progress and verified counts.
class WorkspaceCopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    WorkspaceCopyCommand()
        : Command(QStringLiteral("workspace copy"), Section::Workspace, tr("workspace copy FROM TO [--json]"),
                  tr("Copies a workspace (a file or a postgresql:// URL) into a new, empty one, checking every table."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

// herald-cli workspace login URL: checks a PostgreSQL workspace's password (read from standard input) with the server
// and stores it in the OS keychain, where opening that URL finds it (engine/secrets/workspacepassword.h).
class WorkspaceLoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    WorkspaceLoginCommand()
        : Command(QStringLiteral("workspace login"), Section::Workspace, tr("workspace login URL [--json]"),
                  tr("Stores a PostgreSQL workspace's password (read from standard input) in the keychain."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

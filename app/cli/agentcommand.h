#pragma once

#include "cli/command.h"

// herald-cli agent: runs scheduled, recurring and triggered campaigns and the status feed headless
// (execute() in agentcommand.cpp).
class AgentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    AgentCommand()
        : Command(QStringLiteral("agent"), Section::Investigation,
                 tr("agent [--tick SECONDS] [--once] [--json]"),
                 tr("Runs scheduled, recurring and triggered campaigns and the status feed headless."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

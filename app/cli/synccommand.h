#pragma once

#include "cli/command.h"

// herald-cli sync: fetches statuses, replies and opt-outs from the account's relay (execute() in synccommand.cpp).
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    SyncCommand()
        : Command(QStringLiteral("sync"), Section::Campaigns,
                 tr("sync [--name N] [--until-idle SECONDS] [--json]"),
                 tr("Fetches statuses, replies and opt-outs from the account's relay."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

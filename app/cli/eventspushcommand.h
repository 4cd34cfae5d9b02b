#pragma once

#include "cli/command.h"

// herald-cli events push: records a business event for triggered campaigns (execute() in eventscommand.cpp).
class EventsPushCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    EventsPushCommand()
        : Command(QStringLiteral("events push"), Section::Investigation,
                 tr("events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]"),
                 tr("Records a business event for triggered campaigns."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

// herald-cli campaign pause|resume|stop: one class, registered once per verb (execute() in campaigncommands.cpp).
class CampaignControlCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    // verb: pause, resume, stop.
    explicit CampaignControlCommand(const QString &verb)
        : Command(QStringLiteral("campaign"), verb, Section::Campaigns,
                  {{"pause", QT_TRANSLATE_NOOP("CliCommands", "campaign pause|resume|stop ID"),
                    QT_TRANSLATE_NOOP("CliCommands", "Pauses a campaign's sending run.")},
                   {"resume", nullptr, QT_TRANSLATE_NOOP("CliCommands", "Resumes a paused run.")},
                   {"stop", nullptr, QT_TRANSLATE_NOOP("CliCommands", "Stops a run for good.")}})
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};

#pragma once

#include "cli/command.h"

#include <QJsonObject>

class Workspace;
struct SendOptions;

// What `campaign run`, `campaign start` and `campaign retry` share: sending a run (sendCampaign() is in
// campaignrun.cpp).
class CampaignSendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    using Command::Command;

protected:
    // Continues the campaign's unfinished run or plans its first one (through RunService), sends it and prints the
    // outcome (`extra` is merged into the --json object). `newRun`: a new run for the recipients a stopped run
    // never reached (`campaign run --new-run`).
    int sendCampaign(Workspace &ws, qint64 id, const SendOptions &options, bool json, const QJsonObject &extra = {},
                     bool newRun = false);
};

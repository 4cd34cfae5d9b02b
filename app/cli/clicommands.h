#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class Workspace;
struct SendOptions;

// herald-cli's commands. Each returns the process exit code: 0 success, 1 failure, 2 usage error
// (agent: 3 standing by; campaign run/start: 4 waiting for the daily messaging limit).
// With --json a command prints one JSON object on stdout; otherwise a short human summary.
// Errors always go to stderr.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    static constexpr int kExitWaiting = 4;   // the run waits for the daily messaging limit (not an error)

    // args: everything after the program name.
    static int run(const QStringList &args);

private:
    static int contactsImport(const QString &workspace, const QStringList &args);
    static int contactsCount(const QString &workspace, const QStringList &args);
    static int contactsExport(const QString &workspace, const QStringList &args);
    static int accountSet(const QString &workspace, const QStringList &args);
    static int accountList(const QString &workspace, const QStringList &args);
    static int accountShow(const QString &workspace, const QStringList &args);
    static int accountTest(const QString &workspace, const QStringList &args);
    static int accountSetSecret(const QString &workspace, const QStringList &args);
    static int templatesSync(const QString &workspace, const QStringList &args);
    static int templatesList(const QString &workspace, const QStringList &args);
    static int templatesValidate(const QString &workspace, const QStringList &args);
    static int campaignCreate(const QString &workspace, const QStringList &args);
    static int campaignList(const QString &workspace, const QStringList &args);
    static int campaignShow(const QString &workspace, const QStringList &args);
    static int campaignRun(const QString &workspace, const QStringList &args);
    static int campaignControl(const QString &workspace, const QStringList &args, const QString &request);
    static int campaignStats(const QString &workspace, const QStringList &args);        // campaignstats.cpp
    static int campaignRecipients(const QString &workspace, const QStringList &args);   // campaignstats.cpp
    static int sync(const QString &workspace, const QStringList &args);   // synccommand.cpp
    static int campaignStart(const QString &workspace, const QStringList &args);      // campaignstart.cpp
    static int campaignPreflight(const QString &workspace, const QStringList &args);  // preflightcommand.cpp
    static int campaignTestSend(const QString &workspace, const QStringList &args);   // preflightcommand.cpp
    static int rateCard(const QString &workspace, const QString &command, const QStringList &args);   // preflightcommand.cpp
    static int eventsPush(const QString &workspace, const QStringList &args);         // eventscommand.cpp
    static int contactsHistory(const QString &workspace, const QStringList &args);    // eventscommand.cpp
    static int agent(const QString &workspace, const QStringList &args);              // agentcommand.cpp
    static int workspaceBackup(const QString &workspace, const QStringList &args);    // workspacecommands.cpp
    static int workspaceRestore(const QString &workspace, const QStringList &args);   // workspacecommands.cpp
    static int campaignResolve(const QString &workspace, const QStringList &args);    // campaignresolve.cpp
    // contactcommands.cpp: contacts add|edit|tag|untag|opt-in|opt-out|delete|search
    static int contactsAdd(const QString &workspace, const QStringList &args);
    static int contactsEdit(const QString &workspace, const QStringList &args);
    // tag, untag, opt-in, opt-out, delete: one or more numbers, every one checked before anything changes
    static int contactsChange(const QString &workspace, const QString &command, const QStringList &args);
    static int contactsSearch(const QString &workspace, const QStringList &args);
    static int campaignEdit(const QString &workspace, const QStringList &args);     // campaignedit.cpp
    static int campaignRetry(const QString &workspace, const QStringList &args);    // campaignretrycommand.cpp
    static int templatesCreate(const QString &workspace, const QStringList &args);  // templatecreate.cpp
    static int templatesSubmit(const QString &workspace, const QStringList &args);  // templatecreate.cpp
    // campaignrun.cpp: continues the campaign's unfinished run or plans its first one (through RunService), sends it
    // and prints the outcome (`extra` is merged into the --json object). Shared by `campaign run` and `campaign
    // start`. `newRun`: a new run for the recipients a stopped run never reached (`campaign run --new-run`).
    static int sendCampaign(Workspace &ws, qint64 id, const SendOptions &options, bool json,
                            const QJsonObject &extra = {}, bool newRun = false);
};

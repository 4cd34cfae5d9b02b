#pragma once

#include "account.h"
#include "campaign.h"
#include "sendtypes.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class CampaignLock;
class CampaignRunner;
class Workspace;

// The one engine entry point that starts or continues a campaign's run: the GUI's Start/Resume, `herald-cli campaign
// run|start`, the scheduler and the agent all go through it, so "never plan twice" and "a stopped run is final" hold
// in one place.
//
//   1. prepare…() takes the campaign's cross-process lock (CampaignLock) before anything is decided; a second
//      process is refused "busy" with who holds it;
//   2. under that lock it decides which run to send and plans one if the campaign needs it, inside one IMMEDIATE
//      transaction that checks again for an unfinished run (a partial UNIQUE index refuses a second one anyway);
//   3. send() hands the run to a CampaignRunner while the lock is still held; the lock is released when the run
//      ends (finished()), or when the service is destroyed without sending.
//
// Typical use (the CLI; the GUI and the scheduler read the token from the keychain asynchronously first):
//     RunService service(ws, campaignId);
//     const RunService::Decision d = service.prepare(RunService::Mode::Continue);
//     if (!d.ok()) return fail(d.message);
//     connect(&service, &RunService::finished, …);
//     service.send(account, token, options);
class RunService : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        // Start / `campaign run`: the campaign's unfinished run; else its newest run again, which sends only what is
        // left (a sent run is never sent twice); else a first run is planned. A stopped newest run is refused.
        Continue,
        // After a stop: a new linked run for the recipients the stopped run never reached (still opted in).
        NewRunForUnreached,
    };
    enum class Refusal { None, Busy, Stopped, Failed };
    struct Decision
    {
        Refusal refusal = Refusal::None;
        QString message;                                   // why it was refused, and what to do
        qint64 runId = 0;                                  // the run to send; 0 with Refusal::None: nothing to send
        std::optional<CampaignStore::PlanResult> planned;  // set when this decision planned the run
        qint64 stoppedRunId = 0;                           // Refusal::Stopped: the stopped run …
        CampaignStore::Unreached unreached;                // … and the recipients it never reached
        bool ok() const { return refusal == Refusal::None; }
    };
    // Plans a run the caller's way (the scheduler: an occurrence, a batch of triggered fires); a PlanResult with
    // runId 0 means there is nothing to send. Called under the campaign lock.
    using Planner = std::function<std::optional<CampaignStore::PlanResult>(QString *error)>;

    RunService(Workspace &workspace, qint64 campaignId, QObject *parent = nullptr);
    // A run still sending is cancelled (CampaignRunner leaves it paused); the lock is released.
    ~RunService() override;

    static constexpr int kLockWaitMs = 200;

    Decision prepare(Mode mode);
    Decision prepare(const Planner &planner);
    // Continues exactly `runId` (a run a stopped scheduler left unfinished); refused unless it is unfinished.
    Decision prepareRun(qint64 runId);
    // Sends the prepared run; progress() while it sends, finished() once (the lock is released just before).
    // `token` is the account's stored access token (none for a sandbox account).
    void send(const Account &account, const QString &token, const SendOptions &options = {});

    // Stops `runId` for good: a sender that holds the campaign (here or in another process) is asked to stop; with
    // no sender the run is marked stopped at once, so no later start can continue it.
    static bool stopRun(Workspace &workspace, qint64 campaignId, qint64 runId, QString *error);

    qint64 campaignId() const { return m_campaignId; }
    qint64 runId() const { return m_runId; }
    CampaignRunner *runner() const { return m_runner; }

Q_SIGNALS:
    void progress(const RunProgress &progress);
    void finished(const RunOutcome &outcome);

private:
    bool lock(Decision *d);
    Decision decide(Mode mode);
    Decision planned(const std::optional<CampaignStore::PlanResult> &plan, const QString &error);
    void release();

    Workspace &m_workspace;
    const qint64 m_campaignId;
    std::unique_ptr<CampaignLock> m_lock;
    qint64 m_runId = 0;
    CampaignRunner *m_runner = nullptr;
};

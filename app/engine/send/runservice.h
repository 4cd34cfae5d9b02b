#pragma once

#include "engine/secrets/accesstoken.h"
#include "engine/send/runprogress.h"
#include "engine/send/sendoptions.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class CampaignLock;
class CampaignRunner;
class Workspace;

// The one engine entry point that starts or continues a campaign's run: the GUI's Start/Resume, `herald-cli campaign
// run|start|retry`, the scheduler and the agent all go through it, so "never plan twice" and "a stopped run is final"
// hold in one place, and the campaign's status follows its runs by one rule (markCampaign()).
//
//   1. prepare…() takes the campaign's cross-process lock (CampaignLock) before anything is decided; a second
//      process is refused "busy" with who holds it;
//   2. under that lock it decides which run to send and plans one if the campaign needs it, inside one IMMEDIATE
//      transaction that checks again for an unfinished run (a partial UNIQUE index refuses a second one anyway);
//   3. start() reads the campaign's account and its access token (AccessToken; none for a sandbox account, whose
//      sandbox it brings up), prepares if 2. has not run yet, marks the campaign running and hands the run to a
//      CampaignRunner it owns while the lock is still held; the lock is released when the run ends (finished()),
//      when the start is refused (refused()), or when the service is destroyed.
//
// Typical use (the GUI; the scheduler calls a prepare…() first, the CLI startBlocking()):
//     auto *service = new RunService(ws, campaignId, this);
//     connect(service, &RunService::refused, …);    // nothing sent: show d.message
//     connect(service, &RunService::finished, …);
//     service->start(options);                      // Mode::Continue
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
    enum class Refusal { None, Busy, Stopped, Failed, Cancelled };   // Cancelled: cancelPlanning(), nothing planned
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
    static constexpr int kPlanningProgressMs = 50;

    Decision prepare(Mode mode);
    Decision prepare(const Planner &planner);
    // A scheduled or recurring campaign's occurrence (CampaignStore::PlanOptions::occurrenceAt); `beforePlanning`
    // runs under the lock first and may refuse (false + *error).
    Decision prepareOccurrence(qint64 occurrenceAt, const std::function<bool(QString *error)> &beforePlanning);
    // Continues exactly `runId` (a run a stopped scheduler left unfinished); refused unless it is unfinished.
    Decision prepareRun(qint64 runId);
    // Plans a retry run of `parentRunId`'s failures (CampaignStore::planRetryRun) under the campaign's lock and
    // releases it: the retry run is then the campaign's unfinished run, which a start (Mode::Continue) sends.
    static Decision planRetry(Workspace &workspace, qint64 campaignId, qint64 parentRunId);

    // Starts sending: reads the campaign's account and its access token (asynchronously; a sandbox account needs
    // none, and its sandbox is brought up), prepares — exactly `runId` when > 0, else `mode` — unless a prepare…()
    // already ran, and sends. started() once sending, or refused() (nothing sent, the lock released); then
    // progress() while it sends and finished() once. Deciding and planning `mode` run on a worker thread with its own
    // workspace connection (planningProgress() meanwhile), so a large audience never blocks the caller's event loop.
    void start(const SendOptions &options = {}, Mode mode = Mode::Continue, qint64 runId = 0);
    // While start() plans: stops planning; its transaction is rolled back (no run, no recipient row) and refused()
    // follows with Refusal::Cancelled. The campaign can be started again. Had planning just finished, the run stays
    // planned and is not sent (refused(), Cancelled); a later start sends it.
    void cancelPlanning();
    bool isPlanning() const { return m_planning != nullptr; }
    // The same for the command line: the keychain is read in an event loop. Returns the decision; refused: nothing
    // is sent. Sending goes on in the caller's event loop until finished().
    Decision startBlocking(const SendOptions &options = {}, Mode mode = Mode::Continue);

    // Stops `runId` for good: a sender that holds the campaign (here or in another process) is asked to stop; with
    // no sender the run is marked stopped at once, so no later start can continue it.
    static bool stopRun(Workspace &workspace, qint64 campaignId, qint64 runId, QString *error);

    // The one rule for a campaign's status after its runs: a one-time campaign, and a scheduled one that has fired
    // (no longer active), shows its run's status ("running" while it sends, then how it ended); a recurring or
    // triggered campaign, and an active scheduled one, keeps the status of its schedule.
    static void markCampaign(Workspace &workspace, qint64 campaignId, const QString &runStatus);

    qint64 campaignId() const { return m_campaignId; }
    qint64 runId() const { return m_runId; }
    CampaignRunner *runner() const { return m_runner; }

Q_SIGNALS:
    void started(const RunService::Decision &decision);
    void refused(const RunService::Decision &decision);
    void progress(const RunProgress &progress);
    // start() is planning the run: `done` of `total` audience rows written (from the planning thread, at most every
    // kPlanningProgressMs and once at the end).
    void planningProgress(qint64 done, qint64 total);
    void finished(const RunOutcome &outcome);

private:
    // The account to send with (nullopt: refused, with *d filled), the sandbox up for a sandbox account.
    std::optional<Account> account(Decision *d);
    // The campaign's other numbers (CampaignNumbers), each sandbox brought up; nullopt: refused, with *d filled.
    std::optional<QList<Account>> moreAccounts(Decision *d);
    // Reads the access tokens of `todo` one after the other, then calls `done` (error empty) or stops at the first
    // missing one (its message).
    using NumbersDone = std::function<void(const QList<SendOptions::Number> &numbers, const QString &error)>;
    void fetchNumbers(QList<Account> todo, QList<SendOptions::Number> numbers, const NumbersDone &done);
    static SendOptions::Number number(const Account &account, const QString &token);
    Decision proceed(const Account &account, const AccessToken::Result &token, const SendOptions &options, Mode mode,
                     qint64 runId);
    // start()'s way: decides `mode` on a worker thread, then launches (started() or refused()).
    void planThenSend(const Account &account, const QString &token, const SendOptions &options, Mode mode);
    // After the decision: refuses a run with nothing to send, else sends.
    Decision launch(Decision d, const Account &account, const QString &token, const SendOptions &options);
    void send(const Account &account, const QString &token, const SendOptions &options);
    bool lock(Decision *d);
    // Reads and writes only through the calling thread's connection, and no member: runs on the planning thread.
    Decision decide(Mode mode, const CampaignStore::PlanOptions &plan) const;
    static Decision planned(const std::optional<CampaignStore::PlanResult> &plan, const QString &error);
    // The decision becomes this service's (the run to send), or the lock is released when it refused.
    Decision adopt(const Decision &d);
    void release();

    Workspace &m_workspace;
    const qint64 m_campaignId;
    std::unique_ptr<CampaignLock> m_lock;
    qint64 m_runId = 0;
    bool m_prepared = false;   // a prepare…() decided the run (m_runId) under the lock
    CampaignRunner *m_runner = nullptr;
    QFutureWatcher<Decision> *m_planning = nullptr;   // start() is planning on a worker thread
    std::shared_ptr<std::atomic_bool> m_cancelPlanning;
};

Q_DECLARE_METATYPE(RunService::Decision)

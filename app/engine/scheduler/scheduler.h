#pragma once

#include "engine/send/runprogress.h"
#include "engine/send/sendoptions.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QObject>
#include <QString>

struct Account;
class RunService;
class WorkspaceLock;
class QTimer;
class Workspace;

// Runs scheduled, recurring and triggered campaigns: `herald-cli agent` headless, and the GUI while it is open.
//
// Every tick (Options::tickMs) it
//   1. holds the workspace's scheduler lock (<workspace>.scheduler.lock, a QLockFile; a dead process's lock is
//      taken over). While another process holds it this one stands by (state StandingBy) and retries each tick:
//      two schedulers never fire the same occurrence.
//   2. fires each due occurrence of an active scheduled/recurring campaign: within its grace window it plans a
//      run (the audience evaluated afresh, RunService::prepareOccurrence) and starts it; later than that it is logged
//      skipped-missed and never fired. Every decision goes to schedule_log; then the next occurrence is stored.
//   3. turns new business events of each active triggered campaign into fires (conditions, delay), and the due
//      fires into one 'triggered' run (unless-event, consent and cooldown checked by ScheduleStore).
//   4. continues runs waiting for the daily messaging limit once Headroom::compute says there is room again.
//   5. resends uncertain sends of accounts with auto_resolve on when UncertainResolver::autoResolve finds proof that
//      their reports were lost, and continues those runs.
// Every run is planned and sent through RunService, under the campaign's cross-process lock: a campaign another
// process sends is not planned again, and a stopped run is never continued. RunService also reads the token, brings
// the sandbox up and sets the campaign's status; the scheduler only decides when.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int tickMs = 5000;
        std::function<qint64()> clock; // UTC ms; empty = the system clock (tests inject a fake one)
        SendOptions send;
        bool startRuns = true; // false: plan runs but do not send them (tests)
        // Uncertain sends older than this are resent once the account's feed proves it flows (UncertainResolver).
        qint64 resolveQuietMs = 30 * 60 * 1000LL;
    };
    enum class State { Stopped, Active, StandingBy };
    Q_ENUM(State)

    explicit Scheduler(Workspace &workspace, QObject *parent = nullptr);
    Scheduler(Workspace &workspace, Options options, QObject *parent = nullptr);
    ~Scheduler() override;

    State state() const { return m_state; }
    int runningRuns() const { return int(m_runners.size()); }
    qint64 now() const;
    static QString lockFilePath(const Workspace &workspace);

    // Activates a scheduled/recurring/triggered campaign (the next occurrence is computed from `now`; a
    // scheduled time still within its grace window counts) or, for `active = false`, deactivates it.
    // Returns the stored next occurrence (0 = none). Shared by the GUI and `herald-cli campaign start`.
    static bool activate(
        Workspace &workspace, qint64 campaignId, bool active, qint64 now, qint64 *nextFireAt, QString *error);

public Q_SLOTS:
    // Takes the lock (or stands by) and ticks every tickMs.
    void start();
    // Stops ticking and releases the lock; running sends are paused (the run can be continued later).
    void stop();
    // One pass now (also used by `agent --once`).
    void tick();
    // Stops like stop(), but the scheduled and triggered runs it was sending are left running instead of paused, so
    // the next holder of the scheduler lock (`herald-cli agent`) continues them at once (resumeUnfinished). The
    // window's "Hand over to the agent" when quitting. Returns the runs handed over.
    QList<qint64> handOver();

Q_SIGNALS:
    void stateChanged(Scheduler::State state, const QString &detail);
    // One line per decision: fired, skipped, fires suppressed … (the agent logs them).
    void decision(const QString &line);
    void runStarted(qint64 campaignId, qint64 runId);
    void runFinished(qint64 campaignId, const RunOutcome &outcome);
    // No run is being sent by this scheduler any more (after a tick that started none, or the last one ended).
    void idle();

private:
    bool ensureLock();
    void resumeUnfinished();
    void setState(State state, const QString &detail);
    void fireDue(qint64 now);
    void processTriggered(qint64 now);
    void continueWaiting(qint64 now);
    void reconcile(qint64 now);
    // Continues exactly runId (waiting for the daily limit, or with resent uncertain rows) through RunService.
    void continueRun(qint64 campaignId, qint64 runId);
    // Under the campaign's lock: stops the campaign's unfinished run (which nobody sends) so a new one can be planned,
    // saying `why`. plannedBefore > 0: only a planned/running run planned before it (a younger or paused one stays).
    bool supersedeOrphan(qint64 campaignId, qint64 plannedBefore, const QString &why, QString *error);
    // Sends a run prepared by RunService (which holds the campaign's lock until the run ends).
    void startRun(std::unique_ptr<RunService> service);
    void onRunFinished(qint64 campaignId, qint64 runId, const RunOutcome &outcome);
    void say(const QString &line);

    Workspace &m_workspace;
    Options m_options;
    State m_state = State::Stopped;
    std::unique_ptr<WorkspaceLock> m_lock;
    QTimer *m_timer = nullptr;
    QHash<qint64, RunService *> m_runners; // by run id, including those waiting for a keychain token
    bool m_ticking = false;
};

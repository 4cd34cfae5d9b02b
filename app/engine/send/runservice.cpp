#include "engine/send/runservice.h"

#include "engine/sandbox/accountendpoint.h"
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/send/campaignlock.h"
#include "engine/send/campaignrunner.h"
#include "models/campaigns/runstatus.h"
#include "models/ledger/ledger.h"
#include "models/storage/workspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QtConcurrent/QtConcurrentRun>

RunService::RunService(Workspace &workspace, qint64 campaignId, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_campaignId(campaignId)
{
}

RunService::~RunService()
{
    if (m_planning) {   // the planning thread rolls back at its next progress call
        m_cancelPlanning->store(true);
        m_planning->disconnect(this);
        m_planning->waitForFinished();
    }
    delete m_runner;   // still sending: its requests are cancelled and the run is left paused
    m_runner = nullptr;
    release();
}

void RunService::release()
{
    m_lock.reset();
}

bool RunService::lock(Decision *d)
{
    if (m_lock)
        return true;
    QString refusal;
    m_lock = CampaignLock::tryAcquire(m_workspace, m_campaignId, kLockWaitMs, &refusal);
    if (m_lock)
        return true;
    d->refusal = Refusal::Busy;
    d->message = refusal;
    return false;
}

RunService::Decision RunService::planned(const std::optional<CampaignStore::PlanResult> &plan, const QString &error)
{
    Decision d;
    if (!plan) {
        d.refusal = Refusal::Failed;
        d.message = error;
        return d;
    }
    d.planned = plan;
    d.runId = plan->runId;
    return d;
}

RunService::Decision RunService::adopt(const Decision &d)
{
    if (!d.ok()) {
        release();
        return d;
    }
    m_runId = d.runId;
    m_prepared = true;
    return d;
}

RunService::Decision RunService::prepare(Mode mode)
{
    Decision d;
    if (!lock(&d))
        return d;
    return adopt(decide(mode, {}));
}

RunService::Decision RunService::decide(Mode mode, const CampaignStore::PlanOptions &plan) const
{
    Decision d;
    QString error;
    CampaignStore store(m_workspace.database());
    const auto current = store.currentRun(m_campaignId, &error);
    if (!current) {
        d.refusal = Refusal::Failed;
        d.message = error;
        return d;
    }
    const bool stopped = current->id > 0 && RunStatuses::isFinal(RunStatuses::fromString(current->status));
    if (mode == Mode::NewRunForUnreached) {
        if (!stopped) {
            d.refusal = Refusal::Failed;
            d.message = current->id == 0
                ? tr("Campaign %1 has not run yet: start it normally.").arg(m_campaignId)
                : tr("The newest run of campaign %1 (run %2) is %3, not stopped: there is no stopped run to send the "
                     "rest of.")
                      .arg(m_campaignId)
                      .arg(current->id)
                      .arg(current->status);
            return d;
        }
        const auto unreachedRun = store.planUnreachedRun(current->id, &error);
        return planned(unreachedRun, error);
    }
    if (current->id == 0)
        return planned(store.planRun(m_campaignId, &error, plan), error);
    if (stopped) {
        const auto unreached = store.unreached(current->id, &error);
        if (!unreached) {
            d.refusal = Refusal::Failed;
            d.message = error;
            return d;
        }
        d.refusal = Refusal::Stopped;
        d.stoppedRunId = current->id;
        d.unreached = *unreached;
        d.message = tr("Run %1 of campaign %2 was stopped, and a stopped run is never continued.")
                        .arg(current->id)
                        .arg(m_campaignId)
            + QLatin1Char(' ')
            + tr("%n recipient(s) it did not reach can get the message in a new run.", nullptr,
                 int(unreached->sendable));
        if (unreached->optedOut > 0)
            d.message += QLatin1Char(' ')
                + tr("(%n opted out or were deleted since and are left out.)", nullptr, int(unreached->optedOut));
        return d;
    }
    // Unfinished: continue it. Sent or finished: continuing sends only rows put back since (never a sent one).
    d.runId = current->id;
    return d;
}

RunService::Decision RunService::prepare(const Planner &planner)
{
    Decision d;
    if (!lock(&d))
        return d;
    QString error;
    d = adopt(planned(planner(&error), error));
    if (d.ok() && d.runId == 0)
        release();   // nothing to send
    return d;
}

RunService::Decision RunService::prepareRun(qint64 runId)
{
    Decision d;
    if (!lock(&d))
        return d;
    QString error;
    const QString status = RecipientLedger(m_workspace.database()).runStatus(runId, &error);
    if (status.isEmpty() || !CampaignStore::isUnfinished(status)) {
        d.refusal = RunStatuses::isFinal(RunStatuses::fromString(status)) ? Refusal::Stopped : Refusal::Failed;
        d.message = status.isEmpty() ? error : tr("Run %1 is %2: there is nothing to continue.").arg(runId).arg(status);
        release();
        return d;
    }
    d.runId = runId;
    m_runId = runId;
    m_prepared = true;
    return d;
}

RunService::Decision RunService::prepareOccurrence(qint64 occurrenceAt,
                                                   const std::function<bool(QString *error)> &beforePlanning)
{
    return prepare([&](QString *error) -> std::optional<CampaignStore::PlanResult> {
        if (beforePlanning && !beforePlanning(error))
            return std::nullopt;
        return CampaignStore(m_workspace.database())
            .planRun(m_campaignId, error, {occurrenceAt, QStringLiteral("normal"), {}});
    });
}

RunService::Decision RunService::planRetry(Workspace &workspace, qint64 campaignId, qint64 parentRunId)
{
    RunService service(workspace, campaignId);
    return service.prepare([&](QString *error) {
        return CampaignStore(workspace.database()).planRetryRun(parentRunId, error);
    });   // the lock goes with the service: the retry run waits, unfinished, for a start
}

std::optional<Account> RunService::account(Decision *d)
{
    QString error;
    const auto campaign = CampaignStore(m_workspace.database()).byId(m_campaignId, &error);
    const auto account = campaign ? AccountStore(m_workspace.database()).byId(campaign->accountId, &error) : std::nullopt;
    d->refusal = Refusal::Failed;
    if (!account) {
        d->message = !campaign || !error.isEmpty() ? error : tr("The campaign's account no longer exists.");
        return std::nullopt;
    }
    if (account->kind == Account::Kind::Sandbox && !SandboxEnvironment::ensureRunning(m_workspace.path(), &error)) {
        d->message = tr("The built-in sandbox could not start: %1").arg(error);
        return std::nullopt;
    }
    d->refusal = Refusal::None;
    return account;
}

std::optional<QList<Account>> RunService::moreAccounts(Decision *d)
{
    QString error;
    const auto campaign = CampaignStore(m_workspace.database()).byId(m_campaignId, &error);
    d->refusal = Refusal::Failed;
    if (!campaign) {
        d->message = error;
        return std::nullopt;
    }
    QList<Account> more;
    for (qint64 id : campaign->accountIds.mid(1)) {
        const auto a = AccountStore(m_workspace.database()).byId(id, &error);
        if (!a) {
            d->message = tr("Account %1 of campaign %2 no longer exists: edit the campaign's numbers "
                            "(herald-cli campaign edit %2 --accounts …).")
                             .arg(id)
                             .arg(m_campaignId);
            return std::nullopt;
        }
        if (a->kind == Account::Kind::Sandbox && !SandboxEnvironment::ensureRunning(m_workspace.path(), &error)) {
            d->message = tr("The built-in sandbox could not start: %1").arg(error);
            return std::nullopt;
        }
        more << *a;
    }
    d->refusal = Refusal::None;
    return more;
}

SendOptions::Number RunService::number(const Account &account, const QString &token)
{
    return {effectiveAccount(account), effectiveAccessToken(account, token)};
}

void RunService::fetchNumbers(QList<Account> todo, QList<SendOptions::Number> numbers, const NumbersDone &done)
{
    if (todo.isEmpty())
        return done(numbers, {});
    const Account a = todo.takeFirst();
    AccessToken::fetch(m_workspace.workspaceId(), a, this,
                       [this, a, todo, numbers, done](const AccessToken::Result &token) mutable {
                           if (!token.ok())
                               return done({}, token.message);
                           numbers << number(a, token.token);
                           fetchNumbers(todo, numbers, done);
                       });
}

void RunService::start(const SendOptions &options, Mode mode, qint64 runId)
{
    Decision d;
    const auto a = account(&d);
    const auto more = a ? moreAccounts(&d) : std::nullopt;
    if (!a || !more) {
        release();
        Q_EMIT refused(d);
        return;
    }
    fetchNumbers(*more, {}, [this, a = *a, options, mode, runId](const QList<SendOptions::Number> &numbers,
                                                                 const QString &error) {
        SendOptions withNumbers = options;
        withNumbers.moreNumbers = numbers;
        const auto go = [this, a, withNumbers, mode, runId](const AccessToken::Result &token) {
            if (token.ok() && !m_prepared && runId == 0)
                return planThenSend(a, token.token, withNumbers, mode);
            const Decision decision = proceed(a, token, withNumbers, mode, runId);
            if (decision.ok())
                Q_EMIT started(decision);
            else
                Q_EMIT refused(decision);
        };
        if (!error.isEmpty())
            return go(AccessToken::Result{SecretStore::Status::Failed, {}, error});
        AccessToken::fetch(m_workspace.workspaceId(), a, this, go);
    });
}

RunService::Decision RunService::startBlocking(const SendOptions &options, Mode mode)
{
    Decision d;
    const auto a = account(&d);
    const auto more = a ? moreAccounts(&d) : std::nullopt;
    if (!a || !more) {
        release();
        return d;
    }
    SendOptions withNumbers = options;
    for (const Account &other : *more) {
        const AccessToken::Result token = AccessToken::fetchBlocking(m_workspace.workspaceId(), other);
        if (!token.ok())
            return proceed(*a, token, options, mode, 0);
        withNumbers.moreNumbers << number(other, token.token);
    }
    return proceed(*a, AccessToken::fetchBlocking(m_workspace.workspaceId(), *a), withNumbers, mode, 0);
}

RunService::Decision RunService::proceed(const Account &account, const AccessToken::Result &token,
                                         const SendOptions &options, Mode mode, qint64 runId)
{
    Decision d;
    if (!token.ok()) {
        d.refusal = Refusal::Failed;
        d.message = token.message;
        release();
        return d;
    }
    if (m_prepared)
        d.runId = m_runId;
    else
        d = runId > 0 ? prepareRun(runId) : prepare(mode);
    return launch(d, account, token.token, options);
}

void RunService::planThenSend(const Account &account, const QString &token, const SendOptions &options, Mode mode)
{
    Decision d;
    if (!lock(&d)) {
        Q_EMIT refused(d);
        return;
    }
    m_cancelPlanning = std::make_shared<std::atomic_bool>(false);
    CampaignStore::PlanOptions plan;
    plan.progress = [this, cancel = m_cancelPlanning, shown = std::make_shared<QElapsedTimer>()](qint64 done,
                                                                                                 qint64 total) {
        if (cancel->load())
            return false;
        if (!shown->isValid() || shown->hasExpired(kPlanningProgressMs) || done == total) {
            shown->start();
            Q_EMIT planningProgress(done, total);   // queued to the service's thread
        }
        return true;
    };
    m_planning = new QFutureWatcher<Decision>(this);
    connect(m_planning, &QFutureWatcherBase::finished, this, [this, account, token, options] {
        const Decision result = m_planning->result();
        m_planning->deleteLater();
        m_planning = nullptr;
        Decision decision = adopt(result);
        if (m_cancelPlanning->load() && decision.ok() && decision.runId > 0) {
            // Cancelled too late to roll back: the run stays planned, but nothing is sent now.
            release();
            decision.refusal = Refusal::Cancelled;
            decision.message = tr("Run %1 of campaign %2 was already planned when you cancelled: nothing was sent. "
                                  "Start sends it.")
                                   .arg(decision.runId)
                                   .arg(m_campaignId);
        } else if (!decision.ok() && m_cancelPlanning->load()) {
            decision.refusal = Refusal::Cancelled;
        }
        decision = launch(decision, account, token, options);
        if (decision.ok())
            Q_EMIT started(decision);
        else
            Q_EMIT refused(decision);
    });
    m_planning->setFuture(QtConcurrent::run([this, mode, plan] {
        const Decision result = decide(mode, plan);
        m_workspace.releaseThreadConnection();
        return result;
    }));
}

void RunService::cancelPlanning()
{
    if (m_cancelPlanning)
        m_cancelPlanning->store(true);
}

RunService::Decision RunService::launch(Decision d, const Account &account, const QString &token,
                                        const SendOptions &options)
{
    if (!d.ok())
        return d;
    if (d.runId == 0) {   // nothing to send
        d.refusal = Refusal::Failed;
        d.message = tr("Campaign %1 has nothing to send.").arg(m_campaignId);
        release();
        return d;
    }
    send(account, token, options);
    return d;
}

void RunService::markCampaign(Workspace &workspace, qint64 campaignId, const QString &runStatus)
{
    if (RunStatuses::fromString(runStatus) == RunStatus::Busy)
        return;   // another sender holds the campaign: its run's status is that sender's to tell
    QString error;
    CampaignStore campaigns(workspace.database());
    const auto c = campaigns.byId(campaignId, &error);
    if (!c)
        return;
    const bool followsRuns
        = c->kind == QLatin1String("once") || (c->kind == QLatin1String("scheduled") && !c->active);
    if (followsRuns)
        campaigns.setStatus(campaignId, runStatus, &error);
}

void RunService::send(const Account &account, const QString &token, const SendOptions &options)
{
    Q_ASSERT(m_lock && m_runId > 0 && !m_runner);
    m_runner = new CampaignRunner(m_workspace, m_runId, effectiveAccount(account), effectiveAccessToken(account, token),
                                  options, this);
    connect(m_runner, &CampaignRunner::progress, this, &RunService::progress);
    connect(m_runner, &CampaignRunner::finished, this, [this](const RunOutcome &outcome) {
        if (m_runner) {
            m_runner->deleteLater();
            m_runner = nullptr;
        }
        markCampaign(m_workspace, m_campaignId, outcome.status);
        release();
        Q_EMIT finished(outcome);
    });
    m_runner->start();
    if (m_runner && m_runner->isRunning())   // not when another sender holds the run ("busy" follows)
        markCampaign(m_workspace, m_campaignId, QStringLiteral("running"));
}

bool RunService::stopRun(Workspace &workspace, qint64 campaignId, qint64 runId, QString *error)
{
    RecipientLedger ledger(workspace.database());
    // The sender that holds the campaign (here or in another process) picks the request up within a second.
    if (!ledger.requestControl(runId, QStringLiteral("stop"), error))
        return false;
    QString busy;
    const auto lock = CampaignLock::tryAcquire(workspace, campaignId, 0, &busy);
    if (!lock)
        return true;
    // Nobody sends it: stopped now, or a later start would find the request stale and continue the run.
    const QString status = ledger.runStatus(runId, error);
    if (status.isEmpty())
        return false;
    if (!CampaignStore::isUnfinished(status))
        return true;
    if (!ledger.setRunStatus(runId, RunStatuses::toString(RunStatus::Stopped), tr("Stopped by the operator."),
                             std::nullopt, error))
        return false;
    markCampaign(workspace, campaignId, QStringLiteral("stopped"));
    return true;
}

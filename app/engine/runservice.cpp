#include "runservice.h"

#include "accountendpoint.h"
#include "campaignlock.h"
#include "campaignrunner.h"
#include "ledger.h"
#include "workspace.h"

RunService::RunService(Workspace &workspace, qint64 campaignId, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_campaignId(campaignId)
{
}

RunService::~RunService()
{
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
        release();
        return d;
    }
    d.planned = plan;
    d.runId = plan->runId;
    m_runId = plan->runId;
    return d;
}

RunService::Decision RunService::prepare(Mode mode)
{
    Decision d;
    if (!lock(&d))
        return d;
    d = decide(mode);
    if (!d.ok())
        release();
    return d;
}

RunService::Decision RunService::decide(Mode mode)
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
    const bool stopped = current->id > 0 && current->status == QLatin1String("stopped");
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
        const auto plan = store.planUnreachedRun(current->id, &error);
        return planned(plan, error);
    }
    if (current->id == 0) {
        const auto plan = store.planRun(m_campaignId, &error);
        return planned(plan, error);
    }
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
    m_runId = current->id;
    return d;
}

RunService::Decision RunService::prepare(const Planner &planner)
{
    Decision d;
    if (!lock(&d))
        return d;
    QString error;
    d = planned(planner(&error), error);
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
        d.refusal = status == QLatin1String("stopped") ? Refusal::Stopped : Refusal::Failed;
        d.message = status.isEmpty() ? error : tr("Run %1 is %2: there is nothing to continue.").arg(runId).arg(status);
        release();
        return d;
    }
    d.runId = runId;
    m_runId = runId;
    return d;
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
        release();
        Q_EMIT finished(outcome);
    });
    m_runner->start();
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
    return ledger.setRunStatus(runId, QStringLiteral("stopped"), tr("Stopped by the operator."), std::nullopt, error);
}

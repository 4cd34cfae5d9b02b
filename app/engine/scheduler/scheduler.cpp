#include "engine/scheduler/scheduler.h"

#include "engine/send/runservice.h"
#include "models/accounts/account.h"
#include "models/accounts/headroom.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/runstatus.h"
#include "models/campaigns/schedule.h"
#include "models/campaigns/schedulestore.h"
#include "models/campaigns/sendwindowplan.h"
#include "models/core/clock.h"
#include "models/ledger/ledger.h"
#include "models/ledger/uncertainresolver.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include "engine/locks/workspacelock.h"
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcScheduler, "herald.scheduler", QtWarningMsg)

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kEventPage = 500;
constexpr int kMaxCatchUp = 1000; // occurrences handled for one campaign in one tick
constexpr qint64 kResumeWithinMs = 60 * kMinuteMs;

QString iso(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

Scheduler::Scheduler(Workspace &workspace, QObject *parent)
    : Scheduler(workspace, Options {}, parent)
{ }

Scheduler::Scheduler(Workspace &workspace, Options options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_options(std::move(options))
{ }

Scheduler::~Scheduler()
{
    stop();
}

qint64 Scheduler::now() const
{
    return m_options.clock ? m_options.clock() : Clock::nowMs();
}

QString Scheduler::lockFilePath(const Workspace &workspace)
{
    return workspace.path() + QStringLiteral(".scheduler.lock");
}

bool Scheduler::activate(
    Workspace &workspace, qint64 campaignId, bool active, qint64 now, qint64 *nextFireAt, QString *error)
{
    *nextFireAt = 0;
    CampaignStore campaigns(workspace.database());
    const auto c = campaigns.byId(campaignId, error);
    if (!c)
        return false;
    if (!active)
        return campaigns.setActive(campaignId, false, 0, error);
    if (c->kind == QLatin1String("scheduled") || c->kind == QLatin1String("recurring")) {
        const bool recurring = c->kind == QLatin1String("recurring");
        const auto schedule = Schedule::fromJson(c->schedule, recurring, error);
        if (!schedule)
            return false;
        // A scheduled time that passed less than the grace window ago still fires (right away); a recurring
        // campaign starts with its next occurrence.
        const qint64 from = recurring ? now : now - schedule->graceMinutes * kMinuteMs;
        const auto next = schedule->nextOccurrence(from);
        if (!next) {
            *error = recurring ? tr("The schedule has no occurrence after now (its end date has passed).")
                               : tr("The scheduled time %1 (%2) has passed, by more than the %3-minute grace window.")
                                     .arg(schedule->at, schedule->timeZone)
                                     .arg(schedule->graceMinutes);
            return false;
        }
        *nextFireAt = *next;
        return campaigns.setActive(campaignId, true, *next, error);
    }
    if (c->kind == QLatin1String("triggered")) {
        if (!TriggerSpec::fromJson(c->trigger, error))
            return false;
        // Only events from now on trigger it (a campaign that is already active keeps its place).
        if (!c->active && !ScheduleStore(workspace.database()).startCursorAtNewest(campaignId, now, error))
            return false;
        return campaigns.setActive(campaignId, true, 0, error);
    }
    *error = tr("Campaign %1 is a one-time campaign: it is sent when started, not scheduled.").arg(campaignId);
    return false;
}

void Scheduler::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &Scheduler::tick);
    }
    m_timer->start(std::max(100, m_options.tickMs));
    QTimer::singleShot(0, this, &Scheduler::tick);
}

namespace {

// Deleting a runner that is still sending cancels its in-flight requests (they become uncertain) and leaves the run
// paused. Returns the ids of the runs they were sending.
QList<qint64> deleteRunners(QHash<qint64, RunService *> &runners)
{
    const auto deleting = runners;
    runners.clear();
    for (RunService *r : deleting)
        delete r;
    return deleting.keys();
}

} // namespace

void Scheduler::stop()
{
    if (m_timer)
        m_timer->stop();
    deleteRunners(m_runners);
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    if (m_state != State::Stopped)
        setState(State::Stopped, tr("The scheduler stopped."));
}

QList<qint64> Scheduler::handOver()
{
    if (m_timer)
        m_timer->stop();
    // The runs pause as in stop(); while this still holds the scheduler lock each is set back to running, so the next
    // holder sees a run a scheduler left unfinished and continues it (no row is sent twice: uncertain rows wait for
    // their reports).
    QList<qint64> handed;
    RecipientLedger ledger(m_workspace.database());
    for (const qint64 runId : deleteRunners(m_runners)) {
        QString error;
        if (RunStatuses::fromString(ledger.runStatus(runId, &error)) != RunStatus::Paused)
            continue;
        if (ledger.setRunStatus(runId, RunStatuses::toString(RunStatus::Running),
                                tr("Handed over to the Herald agent when the window closed."), std::nullopt, &error))
            handed.append(runId);
        else
            say(tr("run %1: could not be handed over: %2").arg(runId).arg(error));
    }
    stop();
    return handed;
}

void Scheduler::setState(State state, const QString &detail)
{
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcScheduler) << detail;
    Q_EMIT stateChanged(state, detail);
}

void Scheduler::say(const QString &line)
{
    qCDebug(lcScheduler) << line;
    Q_EMIT decision(line);
}

bool Scheduler::ensureLock()
{
    if (m_lock && m_lock->isLocked())
        return true;
    m_lock = WorkspaceLock::create(m_workspace, QStringLiteral("scheduler"));   // a file, or a PostgreSQL lock
    if (m_lock->tryLock(0)) {
        setState(State::Active, tr("This process runs the workspace's scheduled and triggered campaigns."));
        resumeUnfinished();
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    const bool known = m_lock->getLockInfo(&pid, &host, &app);
    m_lock.reset();
    setState(State::StandingBy,
        known
            ? tr("Standing by: %1 (process %2 on %3) runs the scheduler of this workspace.").arg(app).arg(pid).arg(host)
            : tr("Standing by: another process runs the scheduler of this workspace."));
    return false;
}

void Scheduler::resumeUnfinished()
{
    // A scheduler that died (or was killed) after planning a run, or while sending it, left it planned or running;
    // the next one to hold the lock sends the rest, unless it is older than kResumeWithinMs (never hours late).
    // RunService refuses a campaign that another process is still sending ("busy") and a run stopped meanwhile.
    QString error;
    const auto runs = ScheduleStore(m_workspace.database()).unfinishedRuns(now() - kResumeWithinMs, &error);
    for (const auto &[campaignId, runId] : runs) {
        if (m_runners.contains(runId))
            continue;
        auto service = std::make_unique<RunService>(m_workspace, campaignId);
        const RunService::Decision d = service->prepareRun(runId);
        if (!d.ok()) {
            say(tr("run %1 of campaign %2: left unfinished by a scheduler that stopped, not continued: %3")
                    .arg(runId)
                    .arg(campaignId)
                    .arg(d.message));
            continue;
        }
        say(tr("run %1 of campaign %2: left unfinished by a scheduler that stopped; continuing it")
                .arg(runId)
                .arg(campaignId));
        startRun(std::move(service));
    }
}

void Scheduler::tick()
{
    if (m_ticking)
        return;
    m_ticking = true;
    if (ensureLock()) {
        const qint64 t = now();
        fireDue(t);
        processTriggered(t);
        continueWaiting(t);
        reconcile(t);
    }
    m_ticking = false;
    if (runningRuns() == 0)
        Q_EMIT idle();
}

void Scheduler::fireDue(qint64 now)
{
    QString error;
    ScheduleStore store(m_workspace.database());
    const QList<Campaign> due = store.dueCampaigns(now, &error);
    if (!error.isEmpty()) {
        say(tr("Cannot read the due campaigns: %1").arg(error));
        return;
    }
    CampaignStore campaigns(m_workspace.database());
    for (const Campaign &c : due) {
        error.clear();
        const auto schedule = Schedule::fromJson(c.schedule, c.kind == QLatin1String("recurring"), &error);
        qint64 occurrence = c.nextFireAt;
        if (!schedule) {
            store.advance(c.id, occurrence, 0, &error);
            store.log(c.id, { occurrence, QStringLiteral("failed"), 0, error, now }, &error);
            say(tr("campaign %1: the schedule is invalid (%2); stopped").arg(c.id).arg(error));
            continue;
        }
        for (int i = 0; i < kMaxCatchUp && occurrence > 0 && occurrence <= now; ++i) {
            const qint64 next = schedule->nextOccurrence(occurrence + 1).value_or(0);
            error.clear();
            if (!store.advance(c.id, occurrence, next, &error)) {
                if (!error.isEmpty())
                    say(tr("campaign %1: %2").arg(c.id).arg(error));
                break; // another scheduler took it, or it was stopped meanwhile
            }
            const qint64 lateMs = now - occurrence;
            QString endStatus; // what a scheduled campaign's status becomes when its one occurrence was not sent
            if (lateMs > schedule->graceMinutes * kMinuteMs) {
                endStatus = QStringLiteral("missed");
                const QString detail = tr("missed by %1 minutes (grace %2 minutes): no Herald was running")
                                           .arg(lateMs / kMinuteMs)
                                           .arg(schedule->graceMinutes);
                store.log(c.id, { occurrence, QStringLiteral("skipped-missed"), 0, detail, now }, &error);
                say(tr("campaign %1: occurrence %2 skipped, %3").arg(c.id).arg(iso(occurrence), detail));
            } else {
                // Planned under the campaign's lock (RunService); refused while another process sends the campaign
                // or while its previous run is unfinished.
                auto service = std::make_unique<RunService>(m_workspace, c.id);
                const RunService::Decision d = service->prepareOccurrence(occurrence, [&](QString *planError) {
                    // A run of an earlier occurrence nobody sends any more is never sent this late.
                    return supersedeOrphan(c.id, 0, tr("the occurrence of %1 is due").arg(iso(occurrence)), planError);
                });
                if (!d.ok()) {
                    endStatus = RunStatuses::toString(RunStatus::Error);
                    store.log(c.id, { occurrence, QStringLiteral("failed"), 0, d.message, now }, &error);
                    say(tr("campaign %1: occurrence %2 not sent: %3").arg(c.id).arg(iso(occurrence), d.message));
                } else {
                    const QString detail
                        = tr("%1 recipients, %2 skipped").arg(d.planned->planned).arg(d.planned->skipped);
                    store.log(c.id, { occurrence, QStringLiteral("fired"), d.runId, detail, now }, &error);
                    say(tr("campaign %1: occurrence %2 fired as run %3 (%4)")
                            .arg(c.id)
                            .arg(iso(occurrence))
                            .arg(d.runId)
                            .arg(detail));
                    startRun(std::move(service));
                }
            }
            if (next == 0) {
                // A recurring campaign past its end date is completed; a scheduled one shows how its run ended
                // (onRunFinished), or that it was missed or failed.
                if (c.kind == QLatin1String("recurring"))
                    campaigns.setStatus(c.id, QStringLiteral("completed"), &error);
                else if (!endStatus.isEmpty())
                    campaigns.setStatus(c.id, endStatus, &error);
                say(tr("campaign %1: no further occurrence; the schedule is done").arg(c.id));
            } else if (next > now)
                say(tr("campaign %1: next occurrence %2").arg(c.id).arg(iso(next)));
            occurrence = next;
        }
    }
}

void Scheduler::processTriggered(qint64 now)
{
    QString error;
    ScheduleStore store(m_workspace.database());
    const QList<Campaign> triggered = store.activeTriggered(&error);
    if (!error.isEmpty()) {
        say(tr("Cannot read the triggered campaigns: %1").arg(error));
        return;
    }
    for (const Campaign &c : triggered) {
        error.clear();
        const auto spec = TriggerSpec::fromJson(c.trigger, &error);
        if (!spec) {
            say(tr("campaign %1: the trigger is invalid: %2").arg(c.id).arg(error));
            continue;
        }
        const qint64 waitMs = std::max(qint64(spec->delayMinutes) * kMinuteMs,
            spec->unlessEvent.isEmpty() ? 0 : qint64(spec->unlessWithinHours) * 60 * kMinuteMs);
        qint64 cursor = store.cursor(c.id, &error);
        const qint64 startedAt = store.triggerStartedAt(c.id, &error);
        while (cursor >= 0 && startedAt >= 0) {
            const QList<ScheduleStore::Event> events = store.eventsAfter(cursor, spec->event, kEventPage, &error);
            if (events.isEmpty())
                break;
            QList<ScheduleStore::Fire> fires;
            for (const ScheduleStore::Event &e : events) {
                if (e.occurredAt < startedAt) { // e.g. pushed to the relay before the start, polled after it
                    say(tr("campaign %1: event %2 (%3) occurred before the campaign was started; ignored")
                            .arg(c.id)
                            .arg(e.id)
                            .arg(e.phone));
                    continue;
                }
                if (!spec->matches(e.data)) {
                    say(tr("campaign %1: event %2 (%3) does not meet the conditions").arg(c.id).arg(e.id).arg(e.phone));
                    continue;
                }
                ScheduleStore::Fire f;
                f.eventId = e.id;
                f.phone = e.phone;
                f.dueAt = e.occurredAt + waitMs;
                fires << f;
                say(tr("campaign %1: event %2 (%3) matches; due %4").arg(c.id).arg(e.id).arg(e.phone, iso(f.dueAt)));
            }
            if (!store.addFires(c.id, fires, events.last().id, now, &error)) {
                say(tr("campaign %1: %2").arg(c.id).arg(error));
                break;
            }
            cursor = events.last().id;
            if (events.size() < kEventPage)
                break;
        }
        // The due fires become a run under the campaign's lock (RunService); while another process sends the
        // campaign they stay pending for the next tick.
        auto service = std::make_unique<RunService>(m_workspace, c.id);
        std::optional<ScheduleStore::TriggerBatch> batch;
        const RunService::Decision d = service->prepare([&](QString *planError) -> std::optional<CampaignStore::PlanResult> {
            // A batch's run left planned by a scheduler that died over an hour ago is never continued (never sent
            // late); a recent or paused one makes the new fires wait.
            if (!supersedeOrphan(c.id, now - kResumeWithinMs, tr("a new batch of fires is due"), planError))
                return std::nullopt;
            batch = store.planTriggered(c, *spec, now, planError);
            if (!batch)
                return std::nullopt;
            CampaignStore::PlanResult plan;
            plan.runId = batch->runId;
            plan.planned = batch->sent;
            return plan;
        });
        if (!d.ok()) {
            say(tr("campaign %1: the triggered run could not be planned: %2").arg(c.id).arg(d.message));
            continue;
        }
        for (const QString &line : batch->decisions)
            say(tr("campaign %1: %2").arg(c.id).arg(line));
        if (d.runId > 0) {
            say(tr("campaign %1: triggered run %2 with %3 recipients").arg(c.id).arg(d.runId).arg(batch->sent));
            startRun(std::move(service));
        }
    }
}

void Scheduler::continueWaiting(qint64 now)
{
    QString error;
    const auto runs = RecipientLedger(m_workspace.database())
                          .runsWithStatus(RecipientLedger::kRunWaitingDailyLimit, &error);
    if (!error.isEmpty())
        say(tr("Cannot read the runs waiting for the daily limit: %1").arg(error));
    for (const auto &[campaignId, runId] : runs) {
        if (m_runners.contains(runId))
            continue;
        const auto campaign = CampaignStore(m_workspace.database()).byId(campaignId, &error);
        const auto account
            = campaign ? AccountStore(m_workspace.database()).byId(campaign->accountId, &error) : std::nullopt;
        if (!account)
            continue;
        // The rule the sender applies (no tier recorded = no limit).
        if (Headroom::compute(m_workspace.database(), *account, now, &error).remaining() == 0)
            continue;
        say(tr("run %1 of campaign %2: the daily messaging limit has room again; continuing it").arg(runId).arg(campaignId));
        continueRun(campaignId, runId);
    }
    // Runs waiting for a send window (SendWindowPlan): continued when their next wave is due.
    const auto windowed
        = RecipientLedger(m_workspace.database()).runsWithStatus(RecipientLedger::kRunWaitingWindow, &error);
    for (const auto &[campaignId, runId] : windowed) {
        if (m_runners.contains(runId))
            continue;
        RecipientLedger ledger(m_workspace.database());
        const Result<qint64> rolled = SendWindowPlan::roll(m_workspace.database(), runId, now);
        const Result<qint64> due = rolled ? ledger.nextDue(runId) : Result<qint64>(ErrorMessage{rolled.error()});
        if (!due) {
            say(tr("run %1 of campaign %2: cannot read its next send window: %3").arg(runId).arg(campaignId).arg(due.error()));
            continue;
        }
        if (*due > now)
            continue;
        say(tr("run %1 of campaign %2: the next send window is open; continuing it").arg(runId).arg(campaignId));
        continueRun(campaignId, runId);
    }
}

void Scheduler::reconcile(qint64 now)
{
    QString error;
    const auto r = UncertainResolver::autoResolve(m_workspace.database(), m_options.resolveQuietMs, now, &error);
    if (!r) {
        say(tr("Cannot resolve uncertain sends: %1").arg(error));
        return;
    }
    for (const auto &[campaignId, runId] : r->resentRuns) {
        say(tr("run %1 of campaign %2: uncertain sends without a report for %3 minutes are sent again (reports for "
               "later messages arrived)")
                .arg(runId)
                .arg(campaignId)
                .arg(m_options.resolveQuietMs / 60000));
        if (!m_runners.contains(runId))
            continueRun(campaignId, runId);
    }
}

void Scheduler::continueRun(qint64 campaignId, qint64 runId)
{
    // Under the campaign's lock like every start (RunService). A run waiting for the daily limit is unfinished;
    // a sent run whose uncertain rows were put back is the campaign's newest run, which Continue sends what is left of.
    auto service = std::make_unique<RunService>(m_workspace, campaignId);
    RunService::Decision d = service->prepareRun(runId);
    if (!d.ok() && d.refusal != RunService::Refusal::Busy) {
        service = std::make_unique<RunService>(m_workspace, campaignId);
        d = service->prepare(RunService::Mode::Continue);
    }
    if (!d.ok() || d.runId != runId) {
        say(tr("run %1 of campaign %2: not continued: %3")
                .arg(runId)
                .arg(campaignId)
                .arg(d.ok() ? tr("it is no longer the campaign's newest run") : d.message));
        return;
    }
    startRun(std::move(service));
}

bool Scheduler::supersedeOrphan(qint64 campaignId, qint64 plannedBefore, const QString &why, QString *error)
{
    // Called under the campaign's lock: an unfinished run now is one nobody sends.
    const auto current = CampaignStore(m_workspace.database()).currentRun(campaignId, error);
    if (!current)
        return false;
    if (current->id == 0 || !CampaignStore::isUnfinished(current->status))
        return true;
    if (plannedBefore > 0
        && (current->plannedAt >= plannedBefore || RunStatuses::fromString(current->status) == RunStatus::Paused))
        return true;
    const QString reason = tr("Stopped unsent because %1: a scheduled run is never sent late.").arg(why);
    if (!RecipientLedger(m_workspace.database())
             .setRunStatus(current->id, RunStatuses::toString(RunStatus::Stopped), reason, std::nullopt, error))
        return false;
    say(tr("run %1 of campaign %2: %3").arg(current->id).arg(campaignId).arg(reason));
    return true;
}

void Scheduler::startRun(std::unique_ptr<RunService> service)
{
    if (!m_options.startRuns)
        return;   // the service goes, and the campaign's lock with it
    const qint64 campaignId = service->campaignId();
    const qint64 runId = service->runId();
    RunService *s = service.release();
    s->setParent(this);
    m_runners.insert(runId, s);   // holds the campaign's lock while the token is read and the run sends
    connect(s, &RunService::started, this, [this, campaignId, runId] {
        say(tr("run %1 of campaign %2: sending").arg(runId).arg(campaignId));
        Q_EMIT runStarted(campaignId, runId);
    });
    connect(s, &RunService::refused, this, [this, runId](const RunService::Decision &d) {
        say(tr("run %1: not started: %2").arg(runId).arg(d.message));
        if (RunService *refused = m_runners.take(runId))
            refused->deleteLater();
        if (runningRuns() == 0)
            Q_EMIT idle();
    });
    connect(s, &RunService::finished, this,
        [this, campaignId, runId](const RunOutcome &o) { onRunFinished(campaignId, runId, o); });
    // RunService reads the account's token (the keychain answers later), brings the sandbox up and sends.
    QMetaObject::invokeMethod(s, [s, options = m_options.send] { s->start(options); }, Qt::QueuedConnection);
}

void Scheduler::onRunFinished(qint64 campaignId, qint64 runId, const RunOutcome &outcome)
{
    if (RunService *service = m_runners.take(runId))
        service->deleteLater();
    // The campaign's status was set by RunService (RunService::markCampaign).
    say(tr("run %1 of campaign %2: %3%4")
            .arg(runId)
            .arg(campaignId)
            .arg(outcome.status,
                outcome.reason.isEmpty() ? QString() : QStringLiteral(" (") + outcome.reason + QLatin1Char(')')));
    Q_EMIT runFinished(campaignId, outcome);
    if (runningRuns() == 0)
        Q_EMIT idle();
}

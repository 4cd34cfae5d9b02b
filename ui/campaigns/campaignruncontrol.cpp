#include "ui/campaigns/campaignruncontrol.h"

#include "engine/scheduler/scheduler.h"
#include "engine/send/campaignrunner.h"
#include "models/campaigns/runstatus.h"
#include "models/core/clock.h"
#include "models/itemmodels/campaigntablemodel.h"
#include "models/storage/workspace.h"
#include "ui/campaigns/preflightdialog.h"
#include "ui/messagebox.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

CampaignRunControl::CampaignRunControl(Workspace &workspace, CampaignTableModel *model, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_model(model)
    , m_window(window)
    , m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        const QSet<qint64> pending = m_pending;
        for (qint64 campaignId : pending)
            applyLive(campaignId);
    });
}

void CampaignRunControl::applyLive(qint64 campaignId)
{
    m_pending.remove(campaignId);
    const auto it = m_live.constFind(campaignId);
    if (it == m_live.cend())
        return;
    const RunProgress p = *it;
    m_model->updateRun(p.runId, p.status, p.counts, p.reason, p.code);
    Q_EMIT runChanged(campaignId);
}

CampaignRunControl::~CampaignRunControl()
{
    const auto services = m_services;
    m_services.clear();
    qDeleteAll(services);
}

CampaignRunner *CampaignRunControl::runnerFor(qint64 campaignId) const
{
    const RunService *service = m_services.value(campaignId);
    return service ? service->runner() : nullptr;
}

const RunProgress *CampaignRunControl::live(qint64 campaignId) const
{
    const auto it = m_live.constFind(campaignId);
    return it == m_live.cend() ? nullptr : &*it;
}

const PlanningProgress *CampaignRunControl::planning(qint64 campaignId) const
{
    const auto it = m_planning.constFind(campaignId);
    return it == m_planning.cend() ? nullptr : &*it;
}

void CampaignRunControl::cancelPlanning(qint64 campaignId)
{
    if (RunService *service = m_services.value(campaignId); service && service->isPlanning())
        service->cancelPlanning();
}

QSet<qint64> CampaignRunControl::liveRuns() const
{
    QSet<qint64> runs;
    for (const RunService *service : m_services) {
        if (service->runId() > 0)
            runs.insert(service->runId());
    }
    return runs;
}

void CampaignRunControl::start(qint64 id, bool preflightShown)
{
    const CampaignOverview *row = m_model->byId(id);
    if (!row || isSending(row->campaign.id))
        return;
    const qint64 campaignId = row->campaign.id;
    const qint64 runId = row->runId;
    const bool once = row->campaign.kind == QLatin1String("once");
    // A stopped run is final: Start offers a new run for the recipients it did not reach.
    const RunStatus status = RunStatuses::fromString(row->runStatus);
    if (once && runId != 0 && RunStatuses::isFinal(status)) {
        startUnreached(*row);
        return;
    }
    // Pre-flight before any start that plans recipients or activates a schedule; continuing an unfinished run
    // of a one-time campaign does not (its recipients were checked and frozen when it was planned).
    if (!preflightShown && (!once || runId == 0)) {
        PreflightDialog dialog(m_workspace, row->campaign, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        row = m_model->byId(campaignId);
        if (!row)
            return;
    }
    if (!once) {
        QString error;
        qint64 next = 0;
        if (!Scheduler::activate(m_workspace, campaignId, true, Clock::nowMs(), &next, &error)) {
            MessageBox::warning(m_window, tr("Cannot start the campaign"), error);
            return;
        }
        Q_EMIT statusMessage(
            row->campaign.kind == QLatin1String("triggered")
                ? tr("“%1” is active: it sends when its event arrives.").arg(row->campaign.name)
                : next > 0 ? tr("“%1” is scheduled; next run %2.")
                                 .arg(row->campaign.name,
                                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(next).toLocalTime(),
                                                         QLocale::ShortFormat))
                           : tr("“%1” is active.").arg(row->campaign.name));
        Q_EMIT reloadRequested();
        return;
    }
    if (runId != 0 && RunStatuses::isDone(status)) {
        MessageBox::information(m_window, tr("Already sent"),
                                tr("“%1” was already sent. Herald never sends a campaign twice.").arg(row->campaign.name));
        return;
    }
    // RunService plans the first run under the campaign's lock when there is none, else continues the unfinished one.
    startRun(campaignId, RunService::Mode::Continue);
}

void CampaignRunControl::startUnreached(const CampaignOverview &row)
{
    const qint64 campaignId = row.campaign.id;
    QString error;
    const auto unreached = CampaignStore(m_workspace.database()).unreached(row.runId, &error);
    if (!unreached) {
        MessageBox::warning(m_window, tr("Cannot start the campaign"), error);
        return;
    }
    if (unreached->sendable == 0) {
        MessageBox::information(m_window, tr("Nobody left to send to"),
                                tr("Run %1 of “%2” was stopped, and nobody it did not reach may still get the message.")
                                    .arg(row.runId)
                                    .arg(row.campaign.name));
        return;
    }
    PreflightDialog dialog(m_workspace, row.campaign, m_window);
    dialog.offerUnreached(row.runId, *unreached);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto answer = MessageBox::question(
        m_window, tr("New run for the recipients not reached"),
        tr("Run %1 of “%2” stays stopped. Send the message to the %n recipient(s) it did not reach, in a new run?",
           nullptr, int(unreached->sendable))
            .arg(row.runId)
            .arg(row.campaign.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, tr("Send new run"));
    if (answer != QMessageBox::Yes)
        return;
    startRun(campaignId, RunService::Mode::NewRunForUnreached);
}

void CampaignRunControl::sendPlannedRun(qint64 campaignId, qint64 runId)
{
    if (!isSending(campaignId))
        startRun(campaignId, RunService::Mode::Continue, runId);
}

void CampaignRunControl::startRun(qint64 campaignId, RunService::Mode mode, qint64 runId)
{
    if (isSending(campaignId))
        return;
    auto *service = new RunService(m_workspace, campaignId, this);
    m_services.insert(campaignId, service);   // Start stays disabled while the keychain is read
    connect(service, &RunService::refused, this, [this, campaignId, service](const RunService::Decision &d) {
        m_services.remove(campaignId);
        m_planning.remove(campaignId);
        service->deleteLater();
        if (d.refusal == RunService::Refusal::Cancelled)
            Q_EMIT statusMessage(d.message);   // the owner asked for it: no message box
        else
            MessageBox::warning(m_window,
                                d.refusal == RunService::Refusal::Busy ? tr("Already sending")
                                                                       : tr("Cannot start the campaign"),
                                d.message);
        Q_EMIT reloadRequested();
        Q_EMIT runChanged(campaignId);
    });
    // Planning a large audience runs on RunService's worker thread; the page shows how far it is, with Cancel.
    connect(service, &RunService::planningProgress, this, [this, campaignId](qint64 done, qint64 total) {
        if (!m_services.contains(campaignId))
            return;
        m_planning.insert(campaignId, {done, total});
        Q_EMIT planningChanged(campaignId);
    });
    connect(service, &RunService::started, this, [this, campaignId](const RunService::Decision &d) {
        m_planning.remove(campaignId);
        if (d.planned)
            Q_EMIT statusMessage(tr("Planned %1 recipients (%2 skipped).")
                                     .arg(QLocale().toString(d.planned->planned),
                                          QLocale().toString(d.planned->skipped + d.planned->optedOut)));
        Q_EMIT reloadRequested();
        if (const CampaignOverview *row = m_model->byId(campaignId))
            m_model->updateRun(d.runId, RunStatuses::toString(RunStatus::Starting), row->counts, {}, std::nullopt);
        Q_EMIT runChanged(campaignId);
    });
    connect(service, &RunService::progress, this, [this, campaignId](const RunProgress &p) {
        // A run that pauses by itself (a number flagged RED, a template paused) tells the owner in the status bar.
        const bool pausedNow = RunStatuses::fromString(p.status) == RunStatus::Paused
            && RunStatuses::fromString(m_live.value(campaignId).status) != RunStatus::Paused;
        if (pausedNow && !p.reason.isEmpty())
            Q_EMIT statusMessage(p.reason);
        const auto last = m_live.constFind(campaignId);
        const bool statusChanged = last == m_live.cend() || last->status != p.status;
        m_live.insert(campaignId, p);
        // A new status shows at once (Pause, Stop, a playbook pause); counts catch up every kCoalesceMs.
        if (statusChanged) {
            applyLive(campaignId);
        } else {
            m_pending.insert(campaignId);
            if (!m_coalesce->isActive())
                m_coalesce->start();
        }
    });
    connect(service, &RunService::finished, this, [this, campaignId](const RunOutcome &o) { onFinished(campaignId, o); });
    Q_EMIT runChanged(campaignId);
    service->start(SendOptions(), mode, runId);
}

void CampaignRunControl::onFinished(qint64 campaignId, const RunOutcome &outcome)
{
    if (RunService *service = m_services.take(campaignId))
        service->deleteLater();
    m_live.remove(campaignId);
    m_pending.remove(campaignId);
    m_model->updateRun(outcome.runId, outcome.status, outcome.counts, outcome.reason, outcome.code);
    Q_EMIT reloadRequested();
    if (RunStatuses::fromString(outcome.status) == RunStatus::Busy)
        MessageBox::warning(m_window, tr("Already sending"), outcome.reason);
    else if (!outcome.reason.isEmpty())
        Q_EMIT statusMessage(outcome.reason);
}

void CampaignRunControl::pause(qint64 id)
{
    const CampaignOverview *row = m_model->byId(id);
    if (!row || row->runId == 0)
        return;
    QString error;
    if (CampaignRunner *runner = runnerFor(row->campaign.id))
        runner->pause();
    else if (!CampaignRunner::requestControl(m_workspace, row->runId, QStringLiteral("pause"), &error))
        MessageBox::warning(m_window, tr("Cannot pause the campaign"), error);
}

void CampaignRunControl::resume(qint64 id)
{
    const CampaignOverview *row = m_model->byId(id);
    if (!row || row->runId == 0)
        return;
    if (CampaignRunner *runner = runnerFor(row->campaign.id))
        runner->resume();
    else
        startRun(row->campaign.id, RunService::Mode::Continue);   // a new sender continues the paused run
}

void CampaignRunControl::stop(qint64 id)
{
    const CampaignOverview *row = m_model->byId(id);
    if (row && row->campaign.kind != QLatin1String("once") && row->campaign.active) {
        const auto answer = MessageBox::question(
            m_window, tr("Stop campaign"),
            tr("Stop “%1”? No further runs start; a run sending now is stopped too. You can start it again later.")
                .arg(row->campaign.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, tr("Stop"));
        if (answer != QMessageBox::Yes)
            return;
        QString error;
        qint64 next = 0;
        if (!Scheduler::activate(m_workspace, row->campaign.id, false, Clock::nowMs(), &next,
                                 &error))
            MessageBox::warning(m_window, tr("Cannot stop the campaign"), error);
        const qint64 campaignId = row->campaign.id;
        if (CampaignRunner *runner = runnerFor(campaignId))
            runner->stop();
        else if (row->runId != 0 && RunStatuses::isLive(RunStatuses::fromString(row->runStatus)))
            RunService::stopRun(m_workspace, campaignId, row->runId, &error);
        Q_EMIT reloadRequested();
        return;
    }
    if (!row || row->runId == 0)
        return;
    const qint64 campaignId = row->campaign.id;
    const qint64 runId = row->runId;
    const auto answer = MessageBox::question(
        m_window, tr("Stop campaign"),
        tr("Stop sending “%1”? Recipients not reached yet will not get the message from this run; those already "
           "sent keep their delivery reports.")
            .arg(row->campaign.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, tr("Stop sending"));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (CampaignRunner *runner = runnerFor(campaignId)) {
        runner->stop();
    } else {
        // Sending in another process (herald-cli): it reads the request within a fraction of a second; a run nobody
        // sends is stopped at once (RunService sets the campaign's status).
        if (!RunService::stopRun(m_workspace, campaignId, runId, &error))
            MessageBox::warning(m_window, tr("Cannot stop the campaign"), error);
        Q_EMIT reloadRequested();
    }
}

int CampaignRunControl::sendingCount() const
{
    int n = 0;
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
        const auto live = m_live.constFind(it.key());
        if (live == m_live.cend() || !RunStatuses::canResume(RunStatuses::fromString(live->status)))
            ++n;
    }
    return n;
}

#pragma once

#include "engine/send/runprogress.h"
#include "engine/send/runservice.h"
#include "engine/send/sendoptions.h"

#include <QHash>
#include <QObject>
#include <QSet>

class CampaignRunner;
class CampaignTableModel;
class QWidget;
class Workspace;
struct CampaignOverview;

// Start/Pause/Resume/Stop of the Campaigns page: asks what a person must confirm (pre-flight, a new run for the
// recipients a stopped run did not reach, stopping), then hands the run to RunService, which reads the token, plans
// or continues the run and sends it on the engine's worker thread. Holds the services sending from this window.
class CampaignRunControl : public QObject
{
    Q_OBJECT

public:
    CampaignRunControl(Workspace &workspace, CampaignTableModel *model, QWidget *window);
    static constexpr int kCoalesceMs = 250;
    // A run still sending is cancelled by its service: in-flight rows become uncertain, the run pauses.
    ~CampaignRunControl() override;

    // A start is under way (the keychain is being read) or a run of the campaign sends from this window.
    bool isSending(qint64 campaignId) const { return m_services.contains(campaignId); }
    // Runs sending from this window now (starting or running; a paused one waits for Resume and is not counted).
    int sendingCount() const;
    CampaignRunner *runnerFor(qint64 campaignId) const;
    // The last progress of the run sending from this window, or nullptr.
    const RunProgress *live(qint64 campaignId) const;
    // How far the start of `campaignId` is in planning its run (on RunService's worker thread), or nullptr.
    const PlanningProgress *planning(qint64 campaignId) const;
    QSet<qint64> liveRuns() const;

    // See CampaignsPage::startCampaign().
    void start(qint64 campaignId, bool preflightShown);
    void sendPlannedRun(qint64 campaignId, qint64 runId);
    void pause(qint64 campaignId);
    void resume(qint64 campaignId);
    void stop(qint64 campaignId);
    // Cancels the planning of a start (nothing stays planned; the campaign can be started again).
    void cancelPlanning(qint64 campaignId);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The campaigns should be read again.
    void reloadRequested();
    // A run sending from this window moved on (started, ended, its status changed; its counts at most every
    // kCoalesceMs, so a run at 1,000 msg/s repaints the page a few times a second, not at every progress).
    void runChanged(qint64 campaignId);
    // How far planning is moved on (planning()); runChanged() comes when it ends.
    void planningChanged(qint64 campaignId);

private:
    void startUnreached(const CampaignOverview &row);
    // Through RunService: `runId` > 0 continues exactly that run, else `mode` decides.
    void startRun(qint64 campaignId, RunService::Mode mode, qint64 runId = 0);
    void onFinished(qint64 campaignId, const RunOutcome &outcome);
    // The model and runChanged() catch up with the run's last progress.
    void applyLive(qint64 campaignId);

    Workspace &m_workspace;
    CampaignTableModel *m_model;
    QWidget *m_window;
    QHash<qint64, RunService *> m_services;   // by campaign id
    QHash<qint64, RunProgress> m_live;        // the last progress of each, by campaign id
    QHash<qint64, PlanningProgress> m_planning;   // starts still planning, by campaign id
    QSet<qint64> m_pending;                       // progress not shown yet, by campaign id
    class QTimer *m_coalesce = nullptr;
};

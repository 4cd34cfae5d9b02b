#pragma once

#include <QHash>
#include <QWidget>

class QFrame;
class QLabel;
class QProgressBar;
class Workspace;
struct CampaignOverview;
struct PlanningProgress;
struct RunProgress;

// The selected campaign's run on the Campaigns page: counts by ledger state, progress, live send rate, the account's
// remaining daily headroom and, when the run paused or stopped, why (with the provider's code and what to do).
class CampaignRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignRunPanel(Workspace &workspace, QWidget *parent = nullptr);

    // Shows `row`; `live` is the progress of a run sending from this window (nullptr: not sending here).
    void showCampaign(const CampaignOverview &row, const RunProgress *live);
    // The failure reasons are read again on the next showCampaign(); otherwise when the run changed, or at most once
    // a second when its number of failures changed.
    void invalidateFailures() { m_failuresRunId = -1; }
    // While a start plans the run: "Preparing N of M recipients…", a progress bar and Cancel; nullptr hides them.
    void showPlanning(const PlanningProgress *planning);

Q_SIGNALS:
    void cancelPlanningRequested();

private:
    void showReason(const CampaignOverview &row);

    Workspace &m_workspace;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QHash<int, QLabel *> m_countLabels;   // by RecipientLedger::State
    QLabel *m_rate = nullptr;
    QLabel *m_headroom = nullptr;
    QLabel *m_failures = nullptr;
    QFrame *m_reasonBox = nullptr;
    QLabel *m_reasonTitle = nullptr;
    QLabel *m_reasonText = nullptr;
    QLabel *m_uncertainNote = nullptr;
    QFrame *m_planningBox = nullptr;
    QLabel *m_planningText = nullptr;
    QProgressBar *m_planningBar = nullptr;
    qint64 m_failuresRunId = -1;
    qint64 m_failuresCount = -1;   // the run's failures when they were read …
    qint64 m_failuresReadAt = 0;   // … and when (Clock::nowMs())
};

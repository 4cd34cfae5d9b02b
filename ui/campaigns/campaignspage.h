#pragma once

#include "runservice.h"
#include "sendtypes.h"

#include <QHash>
#include <QWidget>

class CampaignRunner;
class CampaignTableModel;
class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class SecretStore;
class Workspace;
struct CampaignOverview;

// The campaigns of the workspace: a sortable, searchable table with the state of each campaign's newest run,
// and below it the selected campaign's run — counts by ledger state, progress, live send rate, the account's
// remaining daily headroom and, when the run paused or stopped, why (with the provider's code and what to do).
// Start/Pause/Resume/Stop go through the same RunService as `herald-cli campaign run`: sending happens on the
// engine's worker thread, the page only consumes its throttled progress() signals. Runs that are not sending
// here are re-read from the database once a second.
class CampaignsPage : public QWidget
{
    Q_OBJECT

public:
    enum class PreflightShown { No, Yes };

    explicit CampaignsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    QTableView *view() const { return m_view; }
    CampaignTableModel *model() const { return m_model; }
    // The selected campaign's id, 0 when none.
    qint64 currentCampaignId() const;
    void selectCampaign(qint64 campaignId);
    // The runner sending a campaign from this page, or nullptr.
    CampaignRunner *runnerFor(qint64 campaignId) const;

public Q_SLOTS:
    // Re-reads the campaigns and the runs that are not sending here.
    void reload();
    // Open the campaign wizard (window-modal): a new campaign, the selected one, or a new one for an audience.
    void newCampaign();
    void editCampaign();
    void newCampaignWithAudience(const QString &audience);
    // Shows the pre-flight report first (unless the wizard just did), then: a one-time campaign plans its run if
    // there is none, else continues the newest run unless it was already sent; a stopped run is never continued —
    // the pre-flight offers a new run for the recipients it did not reach, after a confirmation. Other kinds are
    // activated for the scheduler.
    void startCampaign(CampaignsPage::PreflightShown shown = CampaignsPage::PreflightShown::No);
    void pauseCampaign();
    void resumeCampaign();
    // Asks first.
    void stopCampaign();
    // Sends a run that is already planned (e.g. the dashboard's retry run of failed recipients).
    void sendPlannedRun(qint64 campaignId, qint64 runId);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void dashboardRequested(qint64 campaignId);

private:
    QWidget *createEmptyState();
    QWidget *createDetail();
    QWidget *createNoSelection();
    void createActions();
    void startUnreached(const CampaignOverview &row);
    // Reads the token, then starts through RunService: `runId` > 0 continues exactly that run, else `mode` decides.
    void startRun(qint64 campaignId, RunService::Mode mode, qint64 runId = 0);
    void launchRunner(qint64 campaignId, RunService::Mode mode, qint64 runId, const struct Account &account,
                      const QString &token);
    void onProgress(qint64 campaignId, const RunProgress &progress);
    void onFinished(qint64 campaignId, const RunOutcome &outcome);
    void updateDetail();
    void updateActions();
    void openWizard(class CampaignWizard *wizard);
    void showReason(const CampaignOverview &row);

    Workspace &m_workspace;
    CampaignTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    SecretStore *m_secrets = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QHash<qint64, RunService *> m_runners;       // by campaign id: the service sending it from this page
    QHash<qint64, RunProgress> m_live;           // the last progress of each runner, by campaign id

    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_stopAction = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QHash<int, QLabel *> m_countLabels;          // by RecipientLedger::State
    QLabel *m_rate = nullptr;
    QLabel *m_headroom = nullptr;
    QLabel *m_failures = nullptr;
    QFrame *m_reasonBox = nullptr;
    QLabel *m_reasonTitle = nullptr;
    QLabel *m_reasonText = nullptr;
    QLabel *m_uncertainNote = nullptr;
    qint64 m_failuresRunId = -1;
};

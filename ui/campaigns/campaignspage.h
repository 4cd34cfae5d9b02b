#pragma once

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>
#include <optional>

class CampaignRunControl;
class CampaignRunPanel;
class CampaignRunner;
class CampaignTableModel;
class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class Workspace;
struct CampaignOverview;

// The campaigns of the workspace: a sortable, searchable table with the state of each campaign's newest run,
// and below it the selected campaign's run (CampaignRunPanel). Start/Pause/Resume/Stop go through CampaignRunControl
// to the same RunService as `herald-cli campaign run`: sending happens on the engine's worker thread, the page only
// consumes its throttled progress() signals. Runs that are not sending here are re-read from the database once a
// second, on a pool thread with its own connection (a read that waits for the sender's writes never stalls the
// window).
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
    // How many campaigns are sending from this page (or reading their token to start); the quit guard asks then.
    int sendingRuns() const;
    // New, Edit, Start, Pause, Resume, Stop, Dashboard (nullptr: a separator), for the window's Campaign menu:
    // window-wide shortcuts, enabled per the selected campaign's state.
    QList<QAction *> campaignActions() const;

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

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createEmptyState();
    QWidget *createDetail();
    QWidget *createNoSelection();
    void createActions();
    void updateDetail();
    void updateActions();
    void openWizard(class CampaignWizard *wizard);
    // The once-a-second re-read, off the GUI thread; a reload() meanwhile wins.
    void refreshInBackground();
    void showRows(const std::optional<QList<CampaignOverview>> &rows, const QSet<qint64> &liveRuns,
                  const QString &error);
    struct Loaded
    {
        std::optional<QList<CampaignOverview>> rows;
        QString error;
    };

    Workspace &m_workspace;
    CampaignTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    CampaignRunControl *m_control = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QFutureWatcher<Loaded> *m_loading = nullptr;   // refreshInBackground() under way
    int m_reloads = 0;                              // reload() calls, so an older background read is dropped

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
    CampaignRunPanel *m_panel = nullptr;
};

#pragma once

#include "models/stats/campaigncost.h"
#include "models/stats/campaignstats.h"

#include <optional>
#include <QFuture>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QThreadPool;
class QTimer;
class RecipientListPane;
class StatsChartView;
class TimelineChartView;
class Workspace;

// The performance dashboard of one campaign run: a campaign and run chooser, the seven statistics as a bar
// chart (click a bar to list its recipients beside it), the hourly timeline, and exports. Counts are computed
// on a worker thread with its own connection and refreshed at most twice a second while a run is sending or
// the status feed applies reports, so the window never waits for a million-row aggregate.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardPage() override;

    StatsChartView *chartView() const { return m_chart; }
    TimelineChartView *timelineView() const { return m_timeline; }
    RecipientListPane *listPane() const { return m_pane; }
    QComboBox *campaignCombo() const { return m_campaigns; }
    QComboBox *runCombo() const { return m_runs; }
    qint64 currentCampaignId() const;
    qint64 currentRunId() const;
    // The counts shown now (std::nullopt before the first computation finished).
    std::optional<CampaignStats::Counts> counts() const { return m_counts; }
    // How many times counts were applied since the page was made (tests wait on it).
    int refreshCount() const { return m_refreshCount; }
    // The run's cost line and the account's month (CostText); empty until the first computation finished.
    QLabel *costLabel() const { return m_costLabel; }
    QLabel *monthCostLabel() const { return m_monthCostLabel; }

public Q_SLOTS:
    // Selects the campaign (and its newest run) and shows its dashboard.
    void showCampaign(qint64 campaignId);
    void showRun(qint64 runId);
    // Re-reads the campaign and run lists (a campaign was created or started).
    void reloadCampaigns();
    // Something changed (status reports applied, a run progressed): recompute soon, at most twice a second.
    void refresh();
    void exportReport();
    void exportReportTo(const QString &path, char separator = ',');

Q_SIGNALS:
    void newCampaignRequested(const QString &audienceExpression);
    void investigateRequested(const QString &phone);
    void retryPlanned(qint64 campaignId, qint64 retryRunId);
    void campaignsRequested();
    void statusMessage(const QString &message);
    void countsUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Snapshot
    {
        qint64 runId = 0;
        std::optional<CampaignStats::Counts> counts;
        std::optional<CampaignStats::RunSummary> run;
        std::optional<CampaignStats::Timeline> timeline;
        std::optional<CampaignCost::Run> cost;   // computed with the timeline: both read every row of the run
        QString costText, monthText;
        QString error;
    };
    QWidget *createEmptyState();
    QWidget *createBoard();
    void fillRuns();
    void onRunChanged();
    void startCompute(bool withTimeline);
    void applySnapshot(const Snapshot &s);
    void onTick();
    void openStat(CampaignStats::Stat stat);
    static bool isLive(const QString &status);

    Workspace &m_workspace;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_campaigns = nullptr;
    QComboBox *m_runs = nullptr;
    QLabel *m_runInfo = nullptr;
    QLabel *m_liveBadge = nullptr;
    QPushButton *m_reportButton = nullptr;
    QPushButton *m_pendingButton = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_monthCostLabel = nullptr;
    StatsChartView *m_chart = nullptr;
    TimelineChartView *m_timeline = nullptr;
    RecipientListPane *m_pane = nullptr;
    QTimer *m_tick = nullptr;
    QThreadPool *m_timelinePool = nullptr;

    std::optional<CampaignStats::Counts> m_counts;
    std::optional<CampaignStats::RunSummary> m_run;
    QFuture<Snapshot> m_future;
    QFuture<Snapshot> m_timelineFuture;
    bool m_computing = false;
    bool m_timelineComputing = false;
    bool m_dirty = false;
    bool m_timelineDirty = false;
    qint64 m_lastCompute = 0;
    qint64 m_lastTimeline = 0;
    int m_refreshCount = 0;
};

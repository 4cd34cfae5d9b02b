#pragma once

#include "models/stats/campaignstats.h"

#include <optional>
#include <QFuture>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class RecipientListModel;
class Workspace;

// The recipients behind one bar of the dashboard: a searchable, sortable table (RecipientListModel, a million
// rows fine), under Failed a dropdown of the failure reasons with their counts and the chosen reason's
// description, whether a retry helps and the provider's reference; and the actions on the list — export to
// CSV, a new campaign for these recipients, retry the retryable failures, resolve uncertain recipients and the
// message history of a recipient.
class RecipientListPane : public QWidget
{
    Q_OBJECT

public:
    explicit RecipientListPane(Workspace &workspace, QWidget *parent = nullptr);
    ~RecipientListPane() override;

    // Opens the list of `stat` for run `runId`; `counts` fill the reason dropdown and the title.
    void showList(
        qint64 runId, CampaignStats::Stat stat, const CampaignStats::Counts &counts, const QString &runStatus = {});
    // Back to "click a bar" (no run, or the run changed).
    void clear();
    // New counts of the open run (live): updates the title and reasons; small lists re-read their rows, large
    // ones offer a refresh.
    void updateCounts(const CampaignStats::Counts &counts, const QString &runStatus = {});
    bool isShowingList() const { return m_runId > 0; }
    qint64 runId() const { return m_runId; }
    CampaignStats::Stat stat() const { return m_stat; }
    std::optional<int> reasonCode() const;

    RecipientListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *reasonCombo() const { return m_reasons; }
    QLabel *reasonInfo() const { return m_reasonInfo; }
    // `run:ID:STAT[:CODE]`, the audience of a new campaign for exactly these recipients.
    QString audienceExpression() const;

    // Writes the list (with the current filter and search) to `path` on a worker thread; exportFinished follows.
    void exportCsvTo(const QString &path, char separator = ',');
    bool isExporting() const { return m_exporting; }

public Q_SLOTS:
    void exportCsv(); // asks for a file
    void requestNewCampaign();
    void retryFailures(); // plans a linked retry run (asks first)
    void resendSelectedUncertain(); // asks first
    void failSelectedUncertain(); // asks first
    void investigateCurrent();

Q_SIGNALS:
    void newCampaignRequested(const QString &audienceExpression);
    void investigateRequested(const QString &phone);
    void retryPlanned(qint64 campaignId, qint64 retryRunId);
    void ledgerChanged(); // uncertain rows were resolved: counts changed
    void exportFinished(qint64 rows, const QString &path, const QString &error);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillReasons(const CampaignStats::Counts &counts);
    void applyColumnLayout();
    void updateReasonInfo();
    void updateTitle();
    void updateActions();
    void updateUncertainNote();   // why uncertain rows are still uncertain (UncertainResolver::waitingReason)
    QList<qint64> selectedUncertain() const;

    Workspace &m_workspace;
    RecipientListModel *m_model = nullptr;
    qint64 m_runId = 0;
    CampaignStats::Stat m_stat = CampaignStats::Stat::Attempted;
    std::optional<CampaignStats::Counts> m_counts;
    QString m_runStatus;
    bool m_exporting = false;
    QFuture<qint64> m_exportFuture;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_reasons = nullptr;
    QLabel *m_reasonInfo = nullptr;
    QLabel *m_staleNote = nullptr;
    QLabel *m_uncertainNote = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_newCampaignButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QToolButton *m_resolveButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QLabel *m_emptyList = nullptr;
};

#include "ui/dashboard/dashboardpage.h"

#include "models/campaigns/exportfilename.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/runstatus.h"
#include "models/core/clock.h"
#include "models/ledger/ledger.h"
#include "models/stats/statsreport.h"
#include "models/storage/workspace.h"
#include "ui/dashboard/costtext.h"
#include "ui/dashboard/recipientlistpane.h"
#include "ui/dashboard/statschartview.h"
#include "ui/filedialogs.h"
#include "ui/messagebox.h"
#include "ui/tonestyle.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QtConcurrent>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <limits>

using Stat = CampaignStats::Stat;

namespace {

constexpr qint64 kLiveInterval = 500; // counts while a run sends: at most twice a second
constexpr qint64 kIdleInterval = 5000; // counts of a finished run (late status reports, other processes)
constexpr qint64 kTimelineLive = 5000;
constexpr qint64 kTimelineIdle = 30000;

// The run's cost line and its account's month so far (on the timeline's thread).
template<class Snapshot>
void costTexts(const QSqlDatabase &db, qint64 runId, qint64 campaignId, Snapshot *s)
{
    const Result<CampaignCost::Run> cost = CampaignCost::forRun(db, runId);
    if (!cost) {
        s->error = cost.error();
        return;
    }
    s->cost = *cost;
    s->costText = CostText::run(*cost);
    QString error;
    const std::optional<Campaign> campaign = CampaignStore(db).byId(campaignId, &error);
    const std::optional<Account> account
        = campaign ? AccountStore(db).byId(campaign->accountId, &error) : std::optional<Account>();
    if (!account)
        return;
    const QDate today = Clock::nowUtc().date();
    const QDate month(today.year(), today.month(), 1);
    const Result<QList<CampaignCost::AccountMonth>> totals = CampaignCost::forMonth(db, month, account->id);
    if (totals)
        s->monthText = CostText::month(month, account->name, *totals);
}

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createBoard());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_stack);

    // The timeline reads every row of the run (~0.4 s for a million): on an idle-priority thread, so that on a
    // busy machine it never takes the CPU from the window.
    m_timelinePool = new QThreadPool(this);
    m_timelinePool->setMaxThreadCount(1);
    m_timelinePool->setThreadPriority(QThread::IdlePriority);
    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, &DashboardPage::onTick);
    m_tick->start();
    reloadCampaigns();
}

DashboardPage::~DashboardPage()
{
    m_future.waitForFinished();
    m_timelineFuture.waitForFinished();
}

QWidget *DashboardPage::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("dashboardEmpty"));
    auto *title = new QLabel(tr("No campaign has run yet"), page);
    title->setObjectName(QStringLiteral("dashboardEmptyTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Once a campaign sends, this page shows how many messages were delivered, read and "
                               "answered, hour by hour, and who is behind every number."),
        page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    text->setFixedWidth(480);
    text->setMinimumHeight(text->heightForWidth(480));   // an aligned item gets no height-for-width of its own
    auto *go = new QPushButton(tr("Go to &Campaigns"), page);
    go->setObjectName(QStringLiteral("goToCampaignsButton"));
    connect(go, &QPushButton::clicked, this, &DashboardPage::campaignsRequested);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(go, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

QWidget *DashboardPage::createBoard()
{
    auto *board = new QWidget(this);
    auto *title = new QLabel(tr("Dashboard"), board);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_campaigns = new QComboBox(board);
    m_campaigns->setObjectName(QStringLiteral("campaignCombo"));
    m_campaigns->setAccessibleName(tr("Campaign"));
    m_campaigns->setMinimumContentsLength(12);
    m_campaigns->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *campaignLabel = new QLabel(tr("C&ampaign:"), board);
    campaignLabel->setBuddy(m_campaigns);
    m_runs = new QComboBox(board);
    m_runs->setObjectName(QStringLiteral("runCombo"));
    m_runs->setAccessibleName(tr("Run"));
    m_runs->setMinimumContentsLength(14);
    m_runs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *runLabel = new QLabel(tr("R&un:"), board);
    runLabel->setBuddy(m_runs);
    connect(m_campaigns, &QComboBox::currentIndexChanged, this, [this] { fillRuns(); });
    connect(m_runs, &QComboBox::currentIndexChanged, this, [this] { onRunChanged(); });

    m_reportButton = new QPushButton(tr("Export &report…"), board);
    m_reportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_reportButton->setToolTip(tr("Save the statistics and failure reasons of this run as a CSV file."));
    connect(m_reportButton, &QPushButton::clicked, this, &DashboardPage::exportReport);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(campaignLabel);
    header->addWidget(m_campaigns, 2);
    header->addWidget(runLabel);
    header->addWidget(m_runs, 2);
    header->addStretch(1);
    header->addWidget(m_reportButton);

    m_liveBadge = new QLabel(board);
    m_liveBadge->setObjectName(QStringLiteral("liveBadge"));
    m_liveBadge->setStyleSheet(QStringLiteral("QLabel#liveBadge { border-radius: 9px; padding: 2px 9px; "
                                              "font-weight: bold; }"));
    m_runInfo = new QLabel(board);
    m_runInfo->setObjectName(QStringLiteral("runInfo"));
    m_runInfo->setForegroundRole(QPalette::PlaceholderText);
    m_pendingButton = new QPushButton(board);
    m_pendingButton->setObjectName(QStringLiteral("pendingButton"));
    m_pendingButton->setFlat(true);
    m_pendingButton->setCursor(Qt::PointingHandCursor);
    m_pendingButton->setToolTip(tr("Messages accepted by WhatsApp but without a status report yet, and sends "
                                   "whose outcome is uncertain."));
    connect(m_pendingButton, &QPushButton::clicked, this, [this] { openStat(Stat::Pending); });
    auto *info = new QHBoxLayout;
    info->addWidget(m_liveBadge);
    info->addWidget(m_runInfo, 1);
    info->addWidget(m_pendingButton);
    // What the run cost and the account's month so far (CampaignCost, refreshed with the timeline).
    m_costLabel = new QLabel(board);
    m_costLabel->setObjectName(QStringLiteral("costLabel"));
    m_costLabel->setWordWrap(true);
    m_costLabel->setToolTip(tr("Actual: delivered messages Meta bills (from the pricing of their status reports) at "
                               "the rate card's price on their send day. Estimated: every recipient of the run at "
                               "the price on the day it started, as the pre-flight check counts it."));
    m_monthCostLabel = new QLabel(board);
    m_monthCostLabel->setObjectName(QStringLiteral("monthCostLabel"));
    m_monthCostLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *costs = new QHBoxLayout;
    costs->addWidget(m_costLabel, 1);
    costs->addWidget(m_monthCostLabel);

    m_chart = new StatsChartView(board);
    connect(m_chart, &StatsChartView::statClicked, this, &DashboardPage::openStat);
    m_timeline = new TimelineChartView(board);
    auto *charts = new QSplitter(Qt::Vertical, board);
    charts->setObjectName(QStringLiteral("chartSplitter"));
    charts->setChildrenCollapsible(false);
    auto *chartBox = new QWidget(board);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_chart, 1);
    auto *rateNote = new QLabel(tr("Sent, failed and unqualified are shares of attempted; delivered, read and "
                                   "replied of sent. Click a bar to see who is behind it."),
        chartBox);
    rateNote->setObjectName(QStringLiteral("rateNote"));
    rateNote->setWordWrap(true);
    rateNote->setForegroundRole(QPalette::PlaceholderText);
    QFont small = rateNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    rateNote->setFont(small);
    // Its wrapped lines are not in the box's minimum: room for four, so a short window never draws it over the chart.
    rateNote->setMinimumHeight(QFontMetrics(small).lineSpacing() * 4);
    chartLayout->addWidget(rateNote);
    charts->addWidget(chartBox);
    charts->addWidget(m_timeline);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);

    m_pane = new RecipientListPane(m_workspace, board);
    connect(m_pane, &RecipientListPane::newCampaignRequested, this, &DashboardPage::newCampaignRequested);
    connect(m_pane, &RecipientListPane::investigateRequested, this, &DashboardPage::investigateRequested);
    connect(m_pane, &RecipientListPane::statusMessage, this, &DashboardPage::statusMessage);
    connect(m_pane, &RecipientListPane::ledgerChanged, this, &DashboardPage::refresh);
    connect(m_pane, &RecipientListPane::retryPlanned, this, [this](qint64 campaignId, qint64 runId) {
        Q_EMIT retryPlanned(campaignId, runId);
        fillRuns(); // the new run appears in the chooser
    });

    auto *split = new QSplitter(Qt::Horizontal, board);
    split->setObjectName(QStringLiteral("dashboardSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(charts);
    split->addWidget(m_pane);
    split->setStretchFactor(0, 11);
    split->setStretchFactor(1, 10);
    split->setSizes({ 560, 520 });

    auto *layout = new QVBoxLayout(board);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addLayout(info);
    layout->addLayout(costs);
    layout->addWidget(split, 1);
    setTabOrder(m_campaigns, m_runs);
    setTabOrder(m_runs, m_reportButton);
    setTabOrder(m_reportButton, m_chart);
    setTabOrder(m_chart, m_pendingButton);
    setTabOrder(m_pendingButton, m_timeline);
    return board;
}

qint64 DashboardPage::currentCampaignId() const
{
    return m_campaigns->currentData().toLongLong();
}

qint64 DashboardPage::currentRunId() const
{
    return m_runs->currentData().toLongLong();
}

bool DashboardPage::isLive(const QString &status)
{
    return RunStatuses::isLive(RunStatuses::fromString(status));
}

void DashboardPage::reloadCampaigns()
{
    const qint64 keep = currentCampaignId();
    QString error;
    CampaignStore store(m_workspace.database());
    const Result<QList<Campaign>> listed = store.list();
    listed.report(&error);
    const QList<Campaign> campaigns = listed.valueOr({});
    struct Item
    {
        qint64 id;
        QString name;
        qint64 latestRun;
    };
    QList<Item> items;
    bool anyRun = false;
    for (const Campaign &c : campaigns) {
        // A campaign whose runs cannot be read is listed as if it had run (its page then shows the error), never
        // as "not run yet".
        const qint64 latest = store.latestRun(c.id, &error).value_or(std::numeric_limits<qint64>::max());
        anyRun = anyRun || latest > 0;
        items.append({ c.id, c.name, latest });
    }
    // Campaigns that ran most recently first.
    std::stable_sort(
        items.begin(), items.end(), [](const Item &a, const Item &b) { return a.latestRun > b.latestRun; });
    {
        const QSignalBlocker block(m_campaigns);
        m_campaigns->clear();
        for (const Item &i : std::as_const(items))
            m_campaigns->addItem(i.latestRun > 0 ? i.name : tr("%1 (not run yet)").arg(i.name), i.id);
        const int index = m_campaigns->findData(keep);
        m_campaigns->setCurrentIndex(index >= 0 ? index : (items.isEmpty() ? -1 : 0));
    }
    m_stack->setCurrentIndex(anyRun ? 1 : 0);
    if (!error.isEmpty())
        Q_EMIT statusMessage(error);
    fillRuns();
}

void DashboardPage::fillRuns()
{
    const qint64 keep = currentRunId();
    QString error;
    const auto runs = CampaignStats::runs(m_workspace.database(), currentCampaignId(), &error);
    {
        const QSignalBlocker block(m_runs);
        m_runs->clear();
        for (const CampaignStats::RunSummary &r : runs.value_or(QList<CampaignStats::RunSummary>())) {
            const QString started = when(r.startedAt > 0 ? r.startedAt : r.plannedAt);
            const QString text = r.kind == QLatin1String("retry")
                ? tr("Retry of run %1 · %2").arg(r.parentRunId).arg(started)
                : tr("Run %1 · %2").arg(r.id).arg(started);
            m_runs->addItem(text, r.id);
        }
        if (m_runs->count() == 0)
            m_runs->addItem(tr("Not run yet"), 0);
        const int index = m_runs->findData(keep);
        m_runs->setCurrentIndex(keep > 0 && index >= 0 ? index : 0);
        m_runs->setEnabled(runs && !runs->isEmpty());
    }
    if (!runs)
        Q_EMIT statusMessage(error);
    if (currentRunId() != (m_run ? m_run->id : 0) || keep != currentRunId())
        onRunChanged();
}

void DashboardPage::onRunChanged()
{
    m_counts.reset();
    m_run.reset();
    m_chart->setCounts(std::nullopt);
    m_timeline->setTimeline(std::nullopt);
    m_pane->clear();
    m_runInfo->clear();
    m_costLabel->clear();
    m_monthCostLabel->clear();
    m_liveBadge->hide();
    m_pendingButton->hide();
    m_reportButton->setEnabled(currentRunId() > 0);
    m_dirty = true;
    m_timelineDirty = true;
    m_lastCompute = 0;
    if (currentRunId() > 0 && !m_computing)
        startCompute(true);
}

void DashboardPage::showCampaign(qint64 campaignId)
{
    int index = m_campaigns->findData(campaignId);
    if (index < 0) {
        reloadCampaigns();
        index = m_campaigns->findData(campaignId);
    }
    if (index >= 0)
        m_campaigns->setCurrentIndex(index);
}

void DashboardPage::showRun(qint64 runId)
{
    const qint64 campaignId = CampaignStats::campaignOfRun(m_workspace.database(), runId).valueOr(0);
    if (campaignId <= 0)
        return;
    showCampaign(campaignId);
    const int index = m_runs->findData(runId);
    if (index >= 0)
        m_runs->setCurrentIndex(index);
}

void DashboardPage::refresh()
{
    m_dirty = true;
    m_timelineDirty = true;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadCampaigns();
}

void DashboardPage::onTick()
{
    if (m_computing || currentRunId() <= 0)
        return;
    const qint64 now = Clock::nowMs();
    const bool live = m_run && isLive(m_run->status);
    const qint64 interval = m_dirty || live ? kLiveInterval : kIdleInterval;
    if (now - m_lastCompute < interval || (!m_dirty && !live && !isVisible()))
        return;
    const bool timeline = m_timelineDirty || now - m_lastTimeline >= (live ? kTimelineLive : kTimelineIdle);
    startCompute(timeline);
}

void DashboardPage::startCompute(bool withTimeline)
{
    const qint64 runId = currentRunId();
    if (runId <= 0)
        return;
    m_computing = true;
    m_dirty = false;
    m_lastCompute = Clock::nowMs();
    Workspace *workspace = &m_workspace;
    // The queries run on pool threads with their own connections: the window stays responsive. Counts are quick
    // (run_stat_counts); the timeline reads every row of the run, so it runs on its own and never delays them.
    m_future = QtConcurrent::run([workspace, runId] {
        Snapshot s;
        s.runId = runId;
        {
            const QSqlDatabase db = workspace->database();
            s.counts = CampaignStats::compute(db, runId, &s.error);
            s.run = CampaignStats::runSummary(db, runId, &s.error);
        }
        workspace->releaseThreadConnection();
        return s;
    });
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher] {
        const Snapshot s = watcher->result();
        watcher->deleteLater();
        m_computing = false;
        applySnapshot(s);
    });
    watcher->setFuture(m_future);
    if (!withTimeline || m_timelineComputing)
        return;
    m_timelineComputing = true;
    m_timelineDirty = false;
    m_lastTimeline = m_lastCompute;
    const qint64 campaignId = currentCampaignId();
    m_timelineFuture = QtConcurrent::run(m_timelinePool, [workspace, runId, campaignId] {
        Snapshot s;
        s.runId = runId;
        {
            const QSqlDatabase db = workspace->database();
            s.timeline = CampaignStats::timeline(db, runId, &s.error);
            costTexts(db, runId, campaignId, &s);
        }
        workspace->releaseThreadConnection();
        return s;
    });
    auto *timelineWatcher = new QFutureWatcher<Snapshot>(this);
    connect(timelineWatcher, &QFutureWatcher<Snapshot>::finished, this, [this, timelineWatcher] {
        const Snapshot s = timelineWatcher->result();
        timelineWatcher->deleteLater();
        m_timelineComputing = false;
        if (s.runId != currentRunId())
            return;
        if (s.timeline)
            m_timeline->setTimeline(s.timeline);
        else if (!s.error.isEmpty())
            Q_EMIT statusMessage(s.error);
        m_costLabel->setText(s.costText);
        m_monthCostLabel->setText(s.monthText);
    });
    timelineWatcher->setFuture(m_timelineFuture);
}

void DashboardPage::applySnapshot(const Snapshot &s)
{
    if (s.runId != currentRunId())
        return; // the user chose another run meanwhile; onTick computes that one
    if (!s.error.isEmpty())
        Q_EMIT statusMessage(s.error);
    if (s.run)
        m_run = s.run;
    if (s.counts) {
        m_counts = s.counts;
        m_chart->setCounts(s.counts);
        m_pane->updateCounts(*s.counts, m_run ? m_run->status : QString());
    }
    if (m_run) {
        const RunStatus status = RunStatuses::fromString(m_run->status);
        const bool live = RunStatuses::isLive(status);
        const bool sending = status == RunStatus::Running;
        m_liveBadge->setText(sending ? tr("● Live") : RunStatuses::label(m_run->status));
        m_liveBadge->setStyleSheet(
            QStringLiteral("QLabel#liveBadge { border-radius: 9px; padding: 2px 9px; font-weight: bold; %1 }")
                .arg(toneStyle(sending ? Tone::Active
                               : live  ? Tone::Warning
                                       : Tone::Success)));
        m_liveBadge->setAccessibleName(tr("Run status: %1").arg(RunStatuses::label(m_run->status)));
        m_liveBadge->show();
        QString info = tr("%n recipient(s)", nullptr, int(m_run->recipients));
        if (m_run->startedAt > 0)
            info += tr(" · started %1").arg(when(m_run->startedAt));
        if (m_run->finishedAt > 0)
            info += tr(" · finished %1").arg(when(m_run->finishedAt));
        if (m_run->kind == QLatin1String("retry"))
            info += tr(" · retries the failures of run %1").arg(m_run->parentRunId);
        if (RunStatuses::isWaiting(status))
            info += QStringLiteral(" · ") + m_run->reason;   // says when the next send becomes possible
        m_runInfo->setText(info);
    }
    if (m_counts && m_counts->pending > 0) {
        m_pendingButton->setText(
            tr("%1 waiting for a status report — show").arg(QLocale().toString(m_counts->pending)));
        m_pendingButton->show();
    } else {
        m_pendingButton->hide();
    }
    ++m_refreshCount;
    Q_EMIT countsUpdated();
}

void DashboardPage::openStat(Stat stat)
{
    if (!m_counts || currentRunId() <= 0)
        return;
    m_pane->showList(currentRunId(), stat, *m_counts, m_run ? m_run->status : QString());
}

void DashboardPage::exportReport()
{
    if (currentRunId() <= 0)
        return;
    // "Diwali offer – report 2026-12-07.csv" in the folder of the last report.
    const QString suggested = FileDialogs::suggestedPath(
        FileDialogs::Folder::ReportExport,
        ExportFileName::forRun(m_workspace.database(), currentRunId(), tr("report"), Clock::today()));
    char separator = ',';
    const QString path = FileDialogs::getSaveCsvFileName(this, tr("Export Report"), suggested, &separator);
    if (path.isEmpty())
        return;
    FileDialogs::rememberFolder(FileDialogs::Folder::ReportExport, path);
    exportReportTo(path, separator);
}

void DashboardPage::exportReportTo(const QString &path, char separator)
{
    QString error;
    // Two aggregate queries: quick even for a million recipients.
    if (!StatsReport::writeStatsCsv(m_workspace.database(), currentRunId(), path, &error, separator)) {
        MessageBox::warning(this, tr("Export Report"), tr("The report could not be saved: %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(tr("Saved the report to %1.").arg(path));
}

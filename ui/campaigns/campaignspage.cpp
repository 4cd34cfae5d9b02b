#include "ui/campaigns/campaignspage.h"

#include "models/campaigns/runstatus.h"
#include "models/core/clock.h"
#include "models/itemmodels/campaigntablemodel.h"
#include "models/storage/workspace.h"
#include "ui/campaigns/campaignruncontrol.h"
#include "ui/campaigns/campaignrunpanel.h"
#include "ui/campaigns/campaignwizard.h"
#include "ui/tonestyle.h"

#include <QAction>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CampaignsPage::CampaignsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CampaignTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_control(new CampaignRunControl(workspace, m_model, this))
{
    setObjectName(QStringLiteral("campaignsPage"));
    setStyleSheet(QStringLiteral("QLabel#runStatus { border-radius: 10px; padding: 3px 10px; font-weight: bold; }"
                                 "QFrame#reasonBox { border-radius: 6px; }"
                                 "QFrame#countTile { border: 1px solid palette(mid); border-radius: 6px; }"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignTableModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    createActions();

    auto *title = new QLabel(tr("Campaigns"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Search campaigns"));
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_search->setPlaceholderText(tr("Search campaigns, templates, accounts…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_control, &CampaignRunControl::statusMessage, this, &CampaignsPage::statusMessage);
    connect(m_control, &CampaignRunControl::reloadRequested, this, &CampaignsPage::reload);
    // A hidden page (the dashboard is shown) fills its detail in showEvent().
    connect(m_control, &CampaignRunControl::runChanged, this, [this](qint64 campaignId) {
        if (campaignId != currentCampaignId())
            return;
        if (isVisible())
            updateDetail();
        updateActions();
    });
    // Only the planning row and the buttons: the rest of the detail waits for the run.
    connect(m_control, &CampaignRunControl::planningChanged, this, [this](qint64 campaignId) {
        if (campaignId != currentCampaignId())
            return;
        if (isVisible())
            m_panel->showPlanning(m_control->planning(campaignId));
        updateActions();
    });

    // Title and search on one row, the actions on the next: the page fits a 1,000 px window in every language.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch();
    titleRow->addWidget(m_search);
    auto *header = new QHBoxLayout;
    for (QAction *action :
         {m_newAction, m_editAction, m_startAction, m_pauseAction, m_resumeAction, m_stopAction, m_dashboardAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        header->addWidget(button);
    }
    header->addStretch();

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Campaigns"));
    m_view->setAccessibleDescription(tr("Press Enter on a campaign to open its dashboard"));
    m_view->setObjectName(QStringLiteral("campaignTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Double-click or Enter on a campaign opens its dashboard.
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (const qint64 id = currentCampaignId())
            Q_EMIT dashboardRequested(id);
    });
    m_view->sortByColumn(CampaignTableModel::LastRunColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[CampaignTableModel::ColumnCount] = {150, 80, 140, 70, 120, 190, 95, 110,
                                                         68, 50, 66, 50, 60, 50, 78};
    for (int c = 0; c < CampaignTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_panel->invalidateFailures();
        updateDetail();
        updateActions();
    });

    m_detailStack = new QStackedWidget(this);
    m_detailStack->addWidget(createNoSelection());
    m_detailStack->addWidget(createDetail());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("campaignSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 400});

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    // Runs that are not sending here (drafts, sent runs waiting for status reports, another process's sender)
    // are re-read once a second while the page is shown; the ones sending here report through progress().
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshInBackground();
    });
    m_refreshTimer->start();
    reload();
}

void CampaignsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateDetail();
    updateActions();
}

CampaignsPage::~CampaignsPage()
{
    if (m_loading) {   // it reads through the workspace: done before the page (and maybe the workspace) goes
        m_loading->disconnect(this);
        m_loading->waitForFinished();
    }
    delete m_control;   // before the model: a run still sending is cancelled, in-flight rows become uncertain
    m_control = nullptr;
}

void CampaignsPage::createActions()
{
    const auto make = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon,
                             const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);   // also the window's Campaign menu (campaignActions)
        action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_newAction = make(QStringLiteral("newAction"), tr("&New campaign…"), QStyle::SP_FileDialogNewFolder,
                       QKeySequence::New, tr("Create a campaign in the wizard"));
    m_editAction = make(QStringLiteral("editAction"), tr("&Edit…"), QStyle::SP_FileDialogDetailedView,
                        QKeySequence(Qt::CTRL | Qt::Key_E), tr("Change the selected campaign"));
    connect(m_newAction, &QAction::triggered, this, &CampaignsPage::newCampaign);
    connect(m_editAction, &QAction::triggered, this, &CampaignsPage::editCampaign);
    m_startAction = make(QStringLiteral("startAction"), tr("&Start"), QStyle::SP_MediaPlay,
                         QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Send the campaign, or continue its run"));
    m_pauseAction = make(QStringLiteral("pauseAction"), tr("&Pause"), QStyle::SP_MediaPause,
                         QKeySequence(Qt::CTRL | Qt::Key_P), tr("Pause sending within a second"));
    m_resumeAction = make(QStringLiteral("resumeAction"), tr("&Resume"), QStyle::SP_MediaSeekForward,
                          QKeySequence(Qt::CTRL | Qt::Key_R), tr("Continue a paused run"));
    m_stopAction = make(QStringLiteral("stopAction"), tr("S&top"), QStyle::SP_MediaStop,
                        QKeySequence(Qt::CTRL | Qt::Key_Period), tr("Stop the run for good"));
    m_dashboardAction = make(QStringLiteral("dashboardAction"), tr("&Dashboard"), QStyle::SP_FileDialogInfoView,
                             QKeySequence(Qt::CTRL | Qt::Key_D), tr("See the selected campaign's performance"));
    connect(m_dashboardAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentCampaignId())
            Q_EMIT dashboardRequested(id);
    });
    connect(m_startAction, &QAction::triggered, this, [this] { startCampaign(); });
    connect(m_pauseAction, &QAction::triggered, this, &CampaignsPage::pauseCampaign);
    connect(m_resumeAction, &QAction::triggered, this, &CampaignsPage::resumeCampaign);
    connect(m_stopAction, &QAction::triggered, this, &CampaignsPage::stopCampaign);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
}

QWidget *CampaignsPage::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("campaignsEmptyState"));
    auto *icon = new QLabel(page);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MediaPlay).pixmap(QSize(48, 48), devicePixelRatioF(), QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("No campaigns yet"), page);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = mutedLabel(tr("A campaign sends one approved message template to a group of opted-in contacts: "
                               "everyone, a tag, or the people who read or ignored an earlier campaign."),
                            page);
    text->setObjectName(QStringLiteral("emptyStateText"));
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(480);
    auto *create = new QToolButton(page);
    create->setObjectName(QStringLiteral("emptyNewCampaign"));
    create->setDefaultAction(m_newAction);
    create->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *more = mutedLabel(tr("It then appears here, ready to Start."), page);
    more->setObjectName(QStringLiteral("emptyStateMore"));
    more->setAlignment(Qt::AlignCenter);
    more->setFixedWidth(480);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    for (QWidget *widget : std::initializer_list<QWidget *>{text, create, more}) {
        auto *row = new QHBoxLayout;   // centred through stretches, so wrapped text keeps its height
        row->addStretch();
        row->addWidget(widget);
        row->addStretch();
        layout->addLayout(row);
    }
    layout->addStretch(3);
    return page;
}

QWidget *CampaignsPage::createNoSelection()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("campaignNoSelection"));
    auto *text = mutedLabel(tr("Select a campaign to follow its run: progress, send rate, daily headroom and why a "
                               "run paused or stopped.\nTo add a campaign: New campaign… (Ctrl+N)."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

QWidget *CampaignsPage::createDetail()
{
    m_panel = new CampaignRunPanel(m_workspace);
    connect(m_panel, &CampaignRunPanel::cancelPlanningRequested, this,
            [this] { m_control->cancelPlanning(currentCampaignId()); });
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

qint64 CampaignsPage::currentCampaignId() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    return index.isValid() ? index.data(CampaignTableModel::CampaignIdRole).toLongLong() : 0;
}

void CampaignsPage::selectCampaign(qint64 campaignId)
{
    const int row = m_model->rowOf(campaignId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

CampaignRunner *CampaignsPage::runnerFor(qint64 campaignId) const
{
    return m_control->runnerFor(campaignId);
}

void CampaignsPage::reload()
{
    ++m_reloads;
    const QSet<qint64> liveRuns = m_control->liveRuns();
    QString error;
    const auto rows = CampaignTableModel::load(m_workspace.database(), liveRuns, &error);
    m_panel->invalidateFailures();
    showRows(rows, liveRuns, error);
}

void CampaignsPage::refreshInBackground()
{
    if (m_loading)
        return;   // the last one is still reading
    const QSet<qint64> liveRuns = m_control->liveRuns();
    const int generation = m_reloads;
    m_loading = new QFutureWatcher<Loaded>(this);
    connect(m_loading, &QFutureWatcherBase::finished, this, [this, liveRuns, generation] {
        const Loaded loaded = m_loading->result();
        m_loading->deleteLater();
        m_loading = nullptr;
        // Dropped when reload() read newer rows meanwhile, or a run started or ended here since (its counts would
        // be taken from the wrong source); the next second reads again.
        if (generation == m_reloads && liveRuns == m_control->liveRuns())
            showRows(loaded.rows, liveRuns, loaded.error);
    });
    Workspace *workspace = &m_workspace;
    m_loading->setFuture(QtConcurrent::run([workspace, liveRuns] {
        Loaded loaded;
        loaded.rows = CampaignTableModel::load(workspace->database(), liveRuns, &loaded.error);
        workspace->releaseThreadConnection();
        return loaded;
    }));
}

void CampaignsPage::showRows(const std::optional<QList<CampaignOverview>> &rows, const QSet<qint64> &liveRuns,
                             const QString &error)
{
    if (!rows) {
        Q_EMIT statusMessage(tr("Cannot read the campaigns: %1").arg(error));
        return;
    }
    m_model->setRows(*rows, liveRuns);
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    m_search->setVisible(m_model->rowCount() > 0 || !m_search->text().isEmpty());
    updateDetail();
    updateActions();
}

void CampaignsPage::newCampaign()
{
    openWizard(new CampaignWizard(m_workspace, this));
}

void CampaignsPage::newCampaignWithAudience(const QString &audience)
{
    auto *wizard = new CampaignWizard(m_workspace, this);
    wizard->setAudience(audience);
    openWizard(wizard);
}

void CampaignsPage::editCampaign()
{
    const qint64 id = currentCampaignId();
    if (id > 0)
        openWizard(new CampaignWizard(m_workspace, id, this));
}

void CampaignsPage::openWizard(CampaignWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &CampaignWizard::saved, this, [this](qint64 id) {
        reload();
        selectCampaign(id);
        Q_EMIT statusMessage(tr("Campaign saved."));
    });
    connect(wizard, &CampaignWizard::startRequested, this, [this](qint64 id) {
        selectCampaign(id);
        startCampaign(PreflightShown::Yes);   // the wizard's last page was the pre-flight report
    });
    wizard->show();
}

QList<QAction *> CampaignsPage::campaignActions() const
{
    return {m_newAction, m_editAction, nullptr, m_startAction, m_pauseAction, m_resumeAction, m_stopAction, nullptr,
            m_dashboardAction};
}

void CampaignsPage::updateActions()
{
    const CampaignOverview *row = m_model->byId(currentCampaignId());
    const bool live = row && m_control->isSending(row->campaign.id);
    const RunStatus status = RunStatuses::fromString(row ? row->runStatus : QString());
    m_editAction->setEnabled(row && !live);
    m_dashboardAction->setEnabled(row && row->runId != 0);
    const bool scheduled = row && row->campaign.kind != QLatin1String("once");
    if (scheduled) {
        // Scheduled, recurring and triggered campaigns: Start activates the schedule, Stop deactivates it.
        m_startAction->setEnabled(!live && !row->campaign.active);
        m_stopAction->setEnabled(row->campaign.active || RunStatuses::canStop(status));
    } else {
        m_startAction->setEnabled(row && !live && !RunStatuses::isDone(status) && status != RunStatus::Paused);
        m_stopAction->setEnabled(row && RunStatuses::canStop(status));
    }
    // While a start plans its run (Cancel in the run panel), the run's buttons wait for it.
    const bool planning = row && m_control->planning(row->campaign.id);
    if (planning)
        m_stopAction->setEnabled(false);
    m_pauseAction->setEnabled(row && !planning && RunStatuses::canPause(status));
    m_resumeAction->setEnabled(row && !planning && RunStatuses::canResume(status));
}

void CampaignsPage::updateDetail()
{
    const CampaignOverview *row = m_model->byId(currentCampaignId());
    m_detailStack->setCurrentIndex(row ? 1 : 0);
    if (!row)
        return;
    m_panel->showCampaign(*row, m_control->live(row->campaign.id));
    m_panel->showPlanning(m_control->planning(row->campaign.id));
}

void CampaignsPage::startCampaign(PreflightShown shown)
{
    m_control->start(currentCampaignId(), shown == PreflightShown::Yes);
}

void CampaignsPage::sendPlannedRun(qint64 campaignId, qint64 runId)
{
    selectCampaign(campaignId);
    reload();
    m_control->sendPlannedRun(campaignId, runId);
}

void CampaignsPage::pauseCampaign()
{
    m_control->pause(currentCampaignId());
}

void CampaignsPage::resumeCampaign()
{
    m_control->resume(currentCampaignId());
}

void CampaignsPage::stopCampaign()
{
    m_control->stop(currentCampaignId());
}

int CampaignsPage::sendingRuns() const
{
    return m_control->sendingCount();
}

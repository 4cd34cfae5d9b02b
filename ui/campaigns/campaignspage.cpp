#include "campaignspage.h"
#include "clock.h"

#include "accountendpoint.h"
#include "campaignrunner.h"
#include "campaigntablemodel.h"
#include "campaignwizard.h"
#include "preflightdialog.h"
#include "scheduler.h"
#include "failurecatalogue.h"
#include "messagebox.h"
#include "secretstore.h"
#include "tonestyle.h"
#include "workspace.h"

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

using State = RecipientLedger::State;

namespace {

Tone statusTone(const QString &status, const RecipientLedger::Counts &counts, bool byCode)
{
    if (status == QLatin1String("running") || status == QLatin1String("starting"))
        return Tone::Active;
    if (status == QLatin1String("paused") || status == QLatin1String("pausing"))
        return byCode ? Tone::Warning : Tone::Neutral;
    if (status == RecipientLedger::kRunWaitingDailyLimit)
        return Tone::Warning;
    if (status == QLatin1String("stopped") || status == QLatin1String("stopping") || status == QLatin1String("error"))
        return byCode || status == QLatin1String("error") ? Tone::Danger : Tone::Neutral;
    if (status == QLatin1String("sent") || status == QLatin1String("finished"))
        return counts.pending() > 0 ? Tone::Active : Tone::Success;
    return Tone::Neutral;
}

bool isOneOf(const QString &status, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (status == QLatin1String(n))
            return true;
    }
    return false;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString createCommand()
{
    return QStringLiteral("herald-cli campaign create --name \"Order updates\" --template order_update "
                          "--language en_US --param body.1=field:name …");
}

} // namespace

CampaignsPage::CampaignsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CampaignTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_secrets(new SecretStore(workspace.workspaceId(), this))
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
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_search->setPlaceholderText(tr("Search campaigns, templates, accounts…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    for (QAction *action :
         {m_newAction, m_editAction, m_startAction, m_pauseAction, m_resumeAction, m_stopAction, m_dashboardAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        header->addWidget(button);
    }
    header->addSpacing(12);
    header->addWidget(m_search);

    m_view = new QTableView(this);
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
        m_failuresRunId = -1;
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
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    // Runs that are not sending here (drafts, sent runs waiting for status reports, another process's sender)
    // are re-read once a second while the page is shown; the ones sending here report through progress().
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_refreshTimer->start();
    reload();
}

CampaignsPage::~CampaignsPage()
{
    // A run still sending is cancelled by its service's destructor: in-flight rows become uncertain, the run pauses.
    const auto runners = m_runners;
    m_runners.clear();
    qDeleteAll(runners);
}

void CampaignsPage::createActions()
{
    const auto make = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon,
                             const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
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
    icon->setPixmap(style()->standardIcon(QStyle::SP_MediaPlay).pixmap(48, 48, QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("No campaigns yet"), page);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = mutedLabel(tr("A campaign sends one approved template to a group of opted-in contacts. Create one "
                               "with New campaign… (Ctrl+N), or from a terminal:"),
                            page);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(480);
    auto *command = new QLabel(createCommand(), page);
    command->setObjectName(QStringLiteral("createCommand"));
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    command->setWordWrap(true);
    command->setFixedWidth(480);
    command->setStyleSheet(QStringLiteral("padding: 8px; border-radius: 4px;") + toneStyle(Tone::Neutral));
    auto *more = mutedLabel(tr("It then appears here, ready to Start. “herald-cli campaign create --help” lists "
                               "every option."), page);
    more->setAlignment(Qt::AlignCenter);
    more->setFixedWidth(480);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    for (QLabel *label : {text, command, more}) {
        auto *row = new QHBoxLayout;   // centred through stretches, so wrapped text keeps its height
        row->addStretch();
        row->addWidget(label);
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
                               "run paused or stopped.\nTo add a campaign: %1").arg(createCommand()),
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
    auto *detail = new QWidget;
    detail->setObjectName(QStringLiteral("campaignDetail"));
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_title->setFont(f);
    m_status = new QLabel(detail);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_meta = mutedLabel({}, detail);
    m_meta->setObjectName(QStringLiteral("campaignMeta"));
    m_progress = new QProgressBar(detail);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumHeight(22);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const std::pair<State, const char *> states[] = {
        {State::Planned, QT_TR_NOOP("Waiting")},     {State::Claimed, QT_TR_NOOP("In flight")},
        {State::Accepted, QT_TR_NOOP("Accepted")},   {State::Sent, QT_TR_NOOP("Sent")},
        {State::Delivered, QT_TR_NOOP("Delivered")}, {State::Read, QT_TR_NOOP("Read")},
        {State::Failed, QT_TR_NOOP("Failed")},       {State::Uncertain, QT_TR_NOOP("Uncertain")},
        {State::Skipped, QT_TR_NOOP("Skipped")},
    };
    int column = 0;
    for (const auto &[state, caption] : states) {
        auto *tile = new QFrame(detail);
        tile->setObjectName(QStringLiteral("countTile"));
        auto *number = new QLabel(QStringLiteral("0"), tile);
        number->setObjectName(QStringLiteral("count_") + RecipientLedger::stateName(state));
        QFont nf = number->font();
        nf.setPointSizeF(nf.pointSizeF() * 1.3);
        nf.setBold(true);
        number->setFont(nf);
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(10, 6, 10, 6);
        tileLayout->setSpacing(0);
        tileLayout->addWidget(number);
        tileLayout->addWidget(mutedLabel(tr(caption), tile));
        tiles->addWidget(tile, 0, column++);
        m_countLabels.insert(int(state), number);
    }

    m_rate = new QLabel(detail);
    m_rate->setObjectName(QStringLiteral("sendRate"));
    m_headroom = new QLabel(detail);
    m_headroom->setObjectName(QStringLiteral("headroom"));
    m_headroom->setWordWrap(true);
    m_failures = new QLabel(detail);
    m_failures->setObjectName(QStringLiteral("failureReasons"));
    m_failures->setWordWrap(true);
    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->setHorizontalSpacing(16);
    facts->addRow(tr("Send rate:"), m_rate);
    facts->addRow(tr("Daily headroom:"), m_headroom);
    facts->addRow(tr("Failures:"), m_failures);

    m_reasonBox = new QFrame(detail);
    m_reasonBox->setObjectName(QStringLiteral("reasonBox"));
    m_reasonTitle = new QLabel(m_reasonBox);
    m_reasonTitle->setObjectName(QStringLiteral("reasonTitle"));
    QFont bold = m_reasonTitle->font();
    bold.setBold(true);
    m_reasonTitle->setFont(bold);
    m_reasonText = new QLabel(m_reasonBox);
    m_reasonText->setObjectName(QStringLiteral("reasonText"));
    m_reasonText->setWordWrap(true);
    m_reasonText->setTextFormat(Qt::RichText);
    m_reasonText->setOpenExternalLinks(true);
    m_reasonText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *reasonLayout = new QVBoxLayout(m_reasonBox);
    reasonLayout->setContentsMargins(12, 8, 12, 10);
    reasonLayout->addWidget(m_reasonTitle);
    reasonLayout->addWidget(m_reasonText);
    m_uncertainNote = new QLabel(detail);
    m_uncertainNote->setObjectName(QStringLiteral("uncertainNote"));
    m_uncertainNote->setWordWrap(true);
    m_uncertainNote->setStyleSheet(QStringLiteral("padding: 6px 10px; border-radius: 4px;") + toneStyle(Tone::Warning));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_status);
    titleRow->addStretch();
    auto *lower = new QHBoxLayout;
    lower->setSpacing(16);
    lower->addLayout(facts, 1);
    auto *notes = new QVBoxLayout;
    notes->addWidget(m_reasonBox);
    notes->addWidget(m_uncertainNote);
    notes->addStretch();
    lower->addLayout(notes, 1);

    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addWidget(m_meta);
    layout->addWidget(m_progress);
    layout->addLayout(tiles);
    layout->addLayout(lower);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(detail);
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
    const RunService *service = m_runners.value(campaignId);
    return service ? service->runner() : nullptr;
}

void CampaignsPage::reload()
{
    QSet<qint64> liveRuns;
    for (const RunService *service : std::as_const(m_runners))
        liveRuns.insert(service->runId());
    QString error;
    const auto rows = CampaignTableModel::load(m_workspace.database(), liveRuns, &error);
    if (!rows) {
        Q_EMIT statusMessage(tr("Cannot read the campaigns: %1").arg(error));
        return;
    }
    m_model->setRows(*rows, liveRuns);
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    m_search->setVisible(m_model->rowCount() > 0 || !m_search->text().isEmpty());
    m_failuresRunId = -1;   // re-read once a second at most
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

void CampaignsPage::updateActions()
{
    const CampaignOverview *row = m_model->byId(currentCampaignId());
    const bool live = row && m_runners.contains(row->campaign.id);
    const QString status = row ? row->runStatus : QString();
    const bool done = isOneOf(status, {"sent", "finished"});
    m_editAction->setEnabled(row && !live);
    m_dashboardAction->setEnabled(row && row->runId != 0);
    const bool scheduled = row && row->campaign.kind != QLatin1String("once");
    if (scheduled) {
        // Scheduled, recurring and triggered campaigns: Start activates the schedule, Stop deactivates it.
        m_startAction->setEnabled(!live && !row->campaign.active);
        m_stopAction->setEnabled(row->campaign.active || isOneOf(status, {"starting", "running", "pausing", "paused"}));
    } else {
        m_startAction->setEnabled(row && !live && !done && status != QLatin1String("paused"));
        m_stopAction->setEnabled(row && isOneOf(status, {"starting", "running", "pausing", "paused"}));
    }
    m_pauseAction->setEnabled(row && isOneOf(status, {"starting", "running"}));
    m_resumeAction->setEnabled(row && isOneOf(status, {"paused", "pausing"}));
}

void CampaignsPage::updateDetail()
{
    const CampaignOverview *row = m_model->byId(currentCampaignId());
    m_detailStack->setCurrentIndex(row ? 1 : 0);
    if (!row)
        return;
    const QLocale locale;
    const auto &counts = row->counts;
    const auto liveIt = m_live.constFind(row->campaign.id);
    const bool live = liveIt != m_live.cend();

    m_title->setText(row->campaign.name);
    m_meta->setText(tr("Template %1 (%2) · account %3 · audience: %4")
                        .arg(row->campaign.templateName, row->campaign.language, row->accountName,
                             row->campaign.audience.isEmpty() ? tr("all opted-in contacts") : row->campaign.audience));
    m_status->setText(CampaignTableModel::statusText(row->runStatus, counts));
    m_status->setStyleSheet(toneStyle(statusTone(row->runStatus, counts, row->stopCode.has_value())));

    m_progress->setRange(0, int(qMax<qint64>(1, counts.total)));
    m_progress->setValue(int(row->done()));
    m_progress->setFormat(row->runId == 0 ? tr("Not sent yet — Start plans the recipients and sends")
                                          : CampaignTableModel::progressText(*row) + QStringLiteral(" (%p%)"));
    for (auto it = m_countLabels.cbegin(); it != m_countLabels.cend(); ++it)
        it.value()->setText(locale.toString(counts.value(static_cast<State>(it.key()))));

    if (live) {
        const RunProgress &p = *liveIt;
        m_rate->setText(p.pacerRate > 0 && p.pacerRate < p.targetRate
                            ? tr("%1 messages/s — slowed to %2/s after WhatsApp asked to slow down")
                                  .arg(p.sendRate, 0, 'f', 0)
                                  .arg(p.pacerRate, 0, 'f', 0)
                            : tr("%1 messages/s (limit %2/s)").arg(p.sendRate, 0, 'f', 0).arg(p.targetRate, 0, 'f', 0));
        m_headroom->setText(p.headroom.describe());
    } else {
        m_rate->setText(tr("Not sending"));
        QString error;
        if (const auto account = AccountStore(m_workspace.database()).byId(row->campaign.accountId, &error))
            m_headroom->setText(CampaignRunner::headroom(m_workspace, effectiveAccount(*account), &error).describe());
        else
            m_headroom->setText(tr("The campaign's account no longer exists."));
    }

    if (row->runId != m_failuresRunId) {
        m_failuresRunId = row->runId;
        QString error;
        QStringList parts;
        for (const auto &[code, n] : CampaignTableModel::failureCodes(m_workspace.database(), row->runId, &error)) {
            const auto entry = FailureCatalogue::lookup(code);
            const QString name = code < 0 ? tr("no provider code")
                                          : tr("%1 %2 (%3)").arg(QString::number(code), entry.title,
                                                                 FailureCatalogue::groupName(entry.group));
            parts << tr("%1 × %2").arg(locale.toString(n), name);
        }
        m_failures->setText(parts.isEmpty() ? tr("None") : parts.join(QStringLiteral(" · ")));
    }

    showReason(*row);
    const qint64 uncertain = counts.value(State::Uncertain);
    m_uncertainNote->setVisible(uncertain > 0);
    if (uncertain > 0)
        m_uncertainNote->setText(
            tr("%n recipient(s) uncertain: the message was handed to the network but no answer came back (a timeout "
               "or Herald was closed), so it may or may not have arrived. Their delivery reports will settle them; "
               "Herald never sends them again on its own.",
               nullptr, int(uncertain)));
}

void CampaignsPage::showReason(const CampaignOverview &row)
{
    const bool show = isOneOf(row.runStatus, {"paused", "pausing", "stopped", "stopping", "error"})
        && !row.stopReason.isEmpty();
    m_reasonBox->setVisible(show);
    if (!show)
        return;
    const bool stopped = !isOneOf(row.runStatus, {"paused", "pausing"});
    QString title;
    if (row.stopCode)
        title = stopped ? tr("Stopped by WhatsApp error %1").arg(*row.stopCode)
                        : tr("Paused by WhatsApp error %1").arg(*row.stopCode);
    else
        title = stopped ? tr("Why it stopped") : tr("Why it paused");
    m_reasonTitle->setText(title);
    QString html = row.stopReason.toHtmlEscaped();
    if (row.stopCode) {
        const auto entry = FailureCatalogue::lookup(*row.stopCode);
        html += QStringLiteral("<p><b>%1</b> — %2</p><p><b>%3</b> %4</p><p><a href=\"%5\">%6</a></p>")
                    .arg(entry.title.toHtmlEscaped(), entry.description.toHtmlEscaped(),
                         tr("What to do:").toHtmlEscaped(), entry.action.toHtmlEscaped(),
                         entry.reference.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         tr("WhatsApp's error reference").toHtmlEscaped());
    }
    m_reasonText->setText(html);
    m_reasonBox->setStyleSheet(QStringLiteral("QFrame#reasonBox {") + toneStyle(statusTone(row.runStatus, row.counts, row.stopCode.has_value()))
                               + QStringLiteral("} QLabel { background: transparent; border: none; }"));
}

void CampaignsPage::startCampaign(PreflightShown shown)
{
    const CampaignOverview *row = m_model->byId(currentCampaignId());
    if (!row || m_runners.contains(row->campaign.id))
        return;
    const qint64 campaignId = row->campaign.id;
    const qint64 runId = row->runId;
    const bool once = row->campaign.kind == QLatin1String("once");
    // A stopped run is final: Start offers a new run for the recipients it did not reach.
    if (once && runId != 0 && row->runStatus == QLatin1String("stopped")) {
        startUnreached(*row);
        return;
    }
    // Pre-flight before any start that plans recipients or activates a schedule; continuing an unfinished run
    // of a one-time campaign does not (its recipients were checked and frozen when it was planned).
    if (shown == PreflightShown::No && (!once || runId == 0)) {
        PreflightDialog dialog(m_workspace, row->campaign, this);
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
            MessageBox::warning(this, tr("Cannot start the campaign"), error);
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
        reload();
        return;
    }
    if (runId != 0 && isOneOf(row->runStatus, {"sent", "finished"})) {
        MessageBox::information(this, tr("Already sent"),
                                tr("“%1” was already sent. Herald never sends a campaign twice.").arg(row->campaign.name));
        return;
    }
    // RunService plans the first run under the campaign's lock when there is none, else continues the unfinished one.
    startRun(campaignId, RunService::Mode::Continue);
}

void CampaignsPage::startUnreached(const CampaignOverview &row)
{
    const qint64 campaignId = row.campaign.id;
    QString error;
    const auto unreached = CampaignStore(m_workspace.database()).unreached(row.runId, &error);
    if (!unreached) {
        MessageBox::warning(this, tr("Cannot start the campaign"), error);
        return;
    }
    if (unreached->sendable == 0) {
        MessageBox::information(this, tr("Nobody left to send to"),
                                tr("Run %1 of “%2” was stopped, and nobody it did not reach may still get the message.")
                                    .arg(row.runId)
                                    .arg(row.campaign.name));
        return;
    }
    PreflightDialog dialog(m_workspace, row.campaign, this);
    dialog.offerUnreached(row.runId, *unreached);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto answer = MessageBox::question(
        this, tr("New run for the recipients not reached"),
        tr("Run %1 of “%2” stays stopped. Send the message to the %n recipient(s) it did not reach, in a new run?",
           nullptr, int(unreached->sendable))
            .arg(row.runId)
            .arg(row.campaign.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, tr("Send new run"));
    if (answer != QMessageBox::Yes)
        return;
    startRun(campaignId, RunService::Mode::NewRunForUnreached);
}

void CampaignsPage::sendPlannedRun(qint64 campaignId, qint64 runId)
{
    selectCampaign(campaignId);
    reload();
    if (!m_runners.contains(campaignId))
        startRun(campaignId, RunService::Mode::Continue, runId);
}

void CampaignsPage::startRun(qint64 campaignId, RunService::Mode mode, qint64 runId)
{
    const CampaignOverview *row = m_model->byId(campaignId);
    QString error;
    const auto account = row ? AccountStore(m_workspace.database()).byId(row->campaign.accountId, &error)
                             : std::nullopt;
    if (!account) {
        MessageBox::warning(this, tr("Cannot start the campaign"),
                            error.isEmpty() ? tr("The campaign's account no longer exists.") : error);
        return;
    }
    if (account->kind == Account::Kind::Sandbox) {
        launchRunner(campaignId, mode, runId, *account, {});
        return;
    }
    m_startAction->setEnabled(false);   // until the keychain answers
    const Account a = *account;
    m_secrets->read(a.id, SecretStore::Secret::AccessToken, this,
                    [this, campaignId, mode, runId, a](const SecretStore::Result &r) {
                        if (!r.ok()) {
                            MessageBox::warning(
                                this, tr("Cannot start the campaign"),
                                r.status == SecretStore::Status::NotFound
                                    ? tr("No access token is stored for the account “%1”. Add it in Settings.").arg(a.name)
                                    : r.message);
                            updateActions();
                            return;
                        }
                        launchRunner(campaignId, mode, runId, a, r.value);
                    });
}

void CampaignsPage::launchRunner(qint64 campaignId, RunService::Mode mode, qint64 runId, const Account &account,
                                 const QString &token)
{
    if (m_runners.contains(campaignId))
        return;
    auto *service = new RunService(m_workspace, campaignId, this);
    const RunService::Decision d = runId > 0 ? service->prepareRun(runId) : service->prepare(mode);
    if (!d.ok() || d.runId == 0) {
        delete service;
        MessageBox::warning(this, d.refusal == RunService::Refusal::Busy ? tr("Already sending") : tr("Cannot start the campaign"),
                            d.message);
        reload();
        updateActions();
        return;
    }
    if (d.planned)
        Q_EMIT statusMessage(tr("Planned %1 recipients (%2 skipped).")
                                 .arg(d.planned->planned)
                                 .arg(d.planned->skipped + d.planned->optedOut));
    m_runners.insert(campaignId, service);
    connect(service, &RunService::progress, this, [this, campaignId](const RunProgress &p) { onProgress(campaignId, p); });
    connect(service, &RunService::finished, this, [this, campaignId](const RunOutcome &o) { onFinished(campaignId, o); });
    QString error;
    CampaignStore(m_workspace.database()).setStatus(campaignId, QStringLiteral("running"), &error);
    service->send(account, token, SendOptions());
    reload();
    if (const CampaignOverview *row = m_model->byId(campaignId))
        m_model->updateRun(d.runId, QStringLiteral("starting"), row->counts, {}, std::nullopt);
    updateDetail();
    updateActions();
}

void CampaignsPage::onProgress(qint64 campaignId, const RunProgress &progress)
{
    m_live.insert(campaignId, progress);
    m_model->updateRun(progress.runId, progress.status, progress.counts, progress.reason, progress.code);
    if (campaignId == currentCampaignId()) {
        updateDetail();
        updateActions();
    }
}

void CampaignsPage::onFinished(qint64 campaignId, const RunOutcome &outcome)
{
    if (RunService *service = m_runners.take(campaignId))
        service->deleteLater();
    m_live.remove(campaignId);
    QString error;
    if (outcome.status != QLatin1String("busy"))
        CampaignStore(m_workspace.database()).setStatus(campaignId, outcome.status, &error);
    m_model->updateRun(outcome.runId, outcome.status, outcome.counts, outcome.reason, outcome.code);
    reload();
    if (outcome.status == QLatin1String("busy"))
        MessageBox::warning(this, tr("Already sending"), outcome.reason);
    else if (!outcome.reason.isEmpty())
        Q_EMIT statusMessage(outcome.reason);
}

void CampaignsPage::pauseCampaign()
{
    const CampaignOverview *row = m_model->byId(currentCampaignId());
    if (!row || row->runId == 0)
        return;
    QString error;
    if (CampaignRunner *runner = runnerFor(row->campaign.id))
        runner->pause();
    else if (!CampaignRunner::requestControl(m_workspace, row->runId, QStringLiteral("pause"), &error))
        MessageBox::warning(this, tr("Cannot pause the campaign"), error);
}

void CampaignsPage::resumeCampaign()
{
    const CampaignOverview *row = m_model->byId(currentCampaignId());
    if (!row || row->runId == 0)
        return;
    if (CampaignRunner *runner = runnerFor(row->campaign.id))
        runner->resume();
    else
        startRun(row->campaign.id, RunService::Mode::Continue);   // a new sender continues the paused run
}

void CampaignsPage::stopCampaign()
{
    const CampaignOverview *row = m_model->byId(currentCampaignId());
    if (row && row->campaign.kind != QLatin1String("once") && row->campaign.active) {
        const auto answer = MessageBox::question(
            this, tr("Stop campaign"),
            tr("Stop “%1”? No further runs start; a run sending now is stopped too. You can start it again later.")
                .arg(row->campaign.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, tr("Stop"));
        if (answer != QMessageBox::Yes)
            return;
        QString error;
        qint64 next = 0;
        if (!Scheduler::activate(m_workspace, row->campaign.id, false, Clock::nowMs(), &next,
                                 &error))
            MessageBox::warning(this, tr("Cannot stop the campaign"), error);
        const qint64 campaignId = row->campaign.id;
        if (CampaignRunner *runner = runnerFor(campaignId))
            runner->stop();
        else if (row->runId != 0 && isOneOf(row->runStatus, {"starting", "running", "pausing", "paused", "planned"}))
            RunService::stopRun(m_workspace, campaignId, row->runId, &error);
        reload();
        return;
    }
    if (!row || row->runId == 0)
        return;
    const qint64 campaignId = row->campaign.id;
    const qint64 runId = row->runId;
    const QString status = row->runStatus;
    const auto answer = MessageBox::question(
        this, tr("Stop campaign"),
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
        // sends is stopped at once.
        if (!RunService::stopRun(m_workspace, campaignId, runId, &error)
            || (status != QLatin1String("running")
                && !CampaignStore(m_workspace.database()).setStatus(campaignId, QStringLiteral("stopped"), &error)))
            MessageBox::warning(this, tr("Cannot stop the campaign"), error);
        reload();
    }
}

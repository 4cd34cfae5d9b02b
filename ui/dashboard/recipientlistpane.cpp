#include "ui/dashboard/recipientlistpane.h"

#include "models/campaigns/audiencetext.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/runstatus.h"
#include "models/core/clock.h"
#include "models/itemmodels/recipientlistmodel.h"
#include "models/ledger/failurecatalogue.h"
#include "models/ledger/uncertainresolver.h"
#include "models/storage/workspace.h"
#include "ui/dashboard/statschartview.h"
#include "ui/tonestyle.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using Stat = CampaignStats::Stat;

namespace {

// Lists up to this size re-read themselves on every live update; bigger ones offer a refresh instead, so a
// million-row list never stalls the window twice a second.
constexpr qint64 kLiveReloadLimit = 20'000;

QString retryText(const FailureCatalogue::Entry &e)
{
    switch (e.retry) {
    case FailureCatalogue::Retry::Yes:
        return RecipientListPane::tr("Retrying helps.");
    case FailureCatalogue::Retry::Later: {
        const qint64 wait = CampaignStore::retryCooldownMs(e.code);
        return wait > 0 ? RecipientListPane::tr("Retrying helps only after %n hour(s).", nullptr, int(wait / 3'600'000))
                        : RecipientListPane::tr("Retrying helps only after the cause is fixed.");
    }
    case FailureCatalogue::Retry::No:
        break;
    }
    return RecipientListPane::tr("Retrying does not help.");
}

} // namespace

RecipientListPane::RecipientListPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RecipientListModel(workspace, this))
{
    setObjectName(QStringLiteral("recipientListPane"));

    // --- "click a bar" state ---
    auto *hint = new QLabel(tr("<p style='font-size:large'><b>Who is behind a number?</b></p>"
                               "<p>Click a bar of the chart (or choose one with the arrow keys and press Enter) to "
                               "list its recipients here: their status times, message IDs, errors and replies.</p>"),
        this);
    hint->setObjectName(QStringLiteral("recipientListHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMargin(24);

    // --- the list ---
    auto *listPage = new QWidget(this);
    m_title = new QLabel(listPage);
    m_title->setObjectName(QStringLiteral("recipientListTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(listPage);
    m_subtitle->setObjectName(QStringLiteral("recipientListSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);

    m_search = new QLineEdit(listPage);
    m_search->setObjectName(QStringLiteral("recipientSearch"));
    m_search->setPlaceholderText(tr("Search name, phone, message ID or error…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search recipients"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        updateTitle();
        updateActions();
    });

    m_reasons = new QComboBox(listPage);
    m_reasons->setObjectName(QStringLiteral("reasonCombo"));
    m_reasons->setAccessibleName(tr("Failure reason"));
    m_reasons->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reasons->setMinimumContentsLength(16);
    connect(m_reasons, &QComboBox::activated, this, [this] {
        m_model->setReason(reasonCode());
        updateReasonInfo();
        updateTitle();
        updateActions();
    });
    auto *reasonLabel = new QLabel(tr("&Reason:"), listPage);
    reasonLabel->setBuddy(m_reasons);
    reasonLabel->setObjectName(QStringLiteral("reasonLabel"));

    m_reasonInfo = new QLabel(listPage);
    m_reasonInfo->setObjectName(QStringLiteral("reasonInfo"));
    m_reasonInfo->setWordWrap(true);
    m_reasonInfo->setTextFormat(Qt::RichText);
    m_reasonInfo->setOpenExternalLinks(true);
    m_reasonInfo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_reasonInfo->setStyleSheet(QStringLiteral("QLabel#reasonInfo { border-radius: 6px; padding: 8px; %1 }")
                                    .arg(toneStyle(Tone::Danger)));

    m_staleNote = new QLabel(tr("New results came in since this list was opened."), listPage);
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_refreshButton = new QPushButton(tr("Re&fresh list"), listPage);
    m_refreshButton->setObjectName(QStringLiteral("refreshListButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        m_model->reload();
        m_staleNote->hide();
        m_refreshButton->hide();
        updateTitle();
        updateActions();
    });

    m_view = new QTableView(listPage);
    m_view->setObjectName(QStringLiteral("recipientTable"));
    m_view->setAccessibleName(tr("Recipients"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    const int widths[RecipientListModel::ColumnCount] = { 120, 115, 72, 125, 125, 125, 125, 125, 200, 170, 75, 260 };
    for (int c = 0; c < RecipientListModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    connect(m_view, &QTableView::doubleClicked, this, &RecipientListPane::investigateCurrent);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        QAction *history = menu.addAction(tr("Message &history…"));
        connect(history, &QAction::triggered, this, &RecipientListPane::investigateCurrent);
        if (!selectedUncertain().isEmpty()) {
            menu.addSeparator();
            connect(menu.addAction(tr("&Resend uncertain…")), &QAction::triggered, this,
                &RecipientListPane::resendSelectedUncertain);
            connect(menu.addAction(tr("&Mark uncertain as failed…")), &QAction::triggered, this,
                &RecipientListPane::failSelectedUncertain);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { updateActions(); });
    m_emptyList = new QLabel(listPage);
    m_emptyList->setObjectName(QStringLiteral("emptyListNote"));
    m_emptyList->setAlignment(Qt::AlignCenter);
    m_emptyList->setForegroundRole(QPalette::PlaceholderText);
    m_emptyList->setWordWrap(true);

    m_exportButton = new QPushButton(tr("&Export CSV…"), listPage);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setToolTip(tr("Save this list (with the reason and search filters) as a CSV file."));
    connect(m_exportButton, &QPushButton::clicked, this, &RecipientListPane::exportCsv);
    m_newCampaignButton = new QPushButton(tr("&New campaign from these…"), listPage);
    m_newCampaignButton->setObjectName(QStringLiteral("newCampaignButton"));
    m_newCampaignButton->setToolTip(tr("Start a campaign whose audience is exactly the recipients of this list."));
    connect(m_newCampaignButton, &QPushButton::clicked, this, &RecipientListPane::requestNewCampaign);
    m_retryButton = new QPushButton(tr("Re&try failures…"), listPage);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setToolTip(tr("Plan a linked run that sends again only to the failures a retry can help, "
                                 "respecting waiting times such as 24 hours after error 131049."));
    connect(m_retryButton, &QPushButton::clicked, this, &RecipientListPane::retryFailures);
    m_resolveButton = new QToolButton(listPage);
    m_resolveButton->setObjectName(QStringLiteral("resolveUncertainButton"));
    m_resolveButton->setText(tr("Resolve &uncertain"));
    m_resolveButton->setToolTip(tr("Selected recipients whose send is uncertain (no answer came back): send again "
                                   "or mark them failed."));
    m_resolveButton->setPopupMode(QToolButton::InstantPopup);
    auto *resolveMenu = new QMenu(m_resolveButton);
    QAction *resend = resolveMenu->addAction(tr("&Resend selected uncertain…"));
    resend->setObjectName(QStringLiteral("resendUncertainAction"));
    connect(resend, &QAction::triggered, this, &RecipientListPane::resendSelectedUncertain);
    QAction *markFailed = resolveMenu->addAction(tr("&Mark selected uncertain as failed…"));
    markFailed->setObjectName(QStringLiteral("failUncertainAction"));
    connect(markFailed, &QAction::triggered, this, &RecipientListPane::failSelectedUncertain);
    m_resolveButton->setMenu(resolveMenu);
    m_historyButton = new QPushButton(tr("&History…"), listPage);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setToolTip(tr("Every message to and from the selected recipient (Enter)."));
    connect(m_historyButton, &QPushButton::clicked, this, &RecipientListPane::investigateCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateActions(); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(reasonLabel);
    filters->addWidget(m_reasons, 1);
    auto *stale = new QHBoxLayout;
    stale->addWidget(m_staleNote, 1);
    stale->addWidget(m_refreshButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_exportButton);
    actions->addWidget(m_newCampaignButton);
    actions->addWidget(m_retryButton);
    actions->addWidget(m_resolveButton);
    actions->addStretch();
    actions->addWidget(m_historyButton);

    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(6);
    listLayout->addWidget(m_title);
    listLayout->addWidget(m_subtitle);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_reasonInfo);
    m_uncertainNote = new QLabel(listPage);
    m_uncertainNote->setObjectName(QStringLiteral("uncertainNote"));
    m_uncertainNote->setWordWrap(true);
    m_uncertainNote->hide();
    listLayout->addWidget(m_uncertainNote);
    listLayout->addLayout(stale);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_emptyList, 1);
    listLayout->addLayout(actions);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(hint);
    m_stack->addWidget(listPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setTabOrder(m_search, m_reasons);
    setTabOrder(m_reasons, m_view);
    setTabOrder(m_view, m_exportButton);
    setTabOrder(m_exportButton, m_newCampaignButton);
    setTabOrder(m_newCampaignButton, m_retryButton);
    setTabOrder(m_retryButton, m_resolveButton);
    setTabOrder(m_resolveButton, m_historyButton);
    clear();
}

RecipientListPane::~RecipientListPane()
{
    m_exportFuture.waitForFinished();
}

void RecipientListPane::clear()
{
    m_runId = 0;
    m_counts.reset();
    m_model->setList(0, Stat::Attempted);
    m_stack->setCurrentIndex(0);
}

void RecipientListPane::applyColumnLayout()
{
    using M = RecipientListModel;
    // The columns that tell this list's story first; the others of no use to it hidden.
    QList<int> order;
    switch (m_stat) {
    case Stat::Failed:
    case Stat::Unqualified:
        order = { M::NameColumn, M::PhoneColumn, M::ErrorCodeColumn, M::ErrorTitleColumn, M::FailedColumn,
            M::SentColumn, M::WamidColumn };
        break;
    case Stat::Replied:
        order = { M::NameColumn, M::PhoneColumn, M::ReplyTextColumn, M::RepliedColumn, M::SentColumn,
            M::DeliveredColumn, M::ReadColumn, M::WamidColumn };
        break;
    case Stat::Sent:
    case Stat::Delivered:
    case Stat::Read:
        order = { M::NameColumn, M::PhoneColumn, M::StateColumn, M::SentColumn, M::DeliveredColumn, M::ReadColumn,
            M::RepliedColumn, M::ReplyTextColumn, M::WamidColumn };
        break;
    case Stat::Attempted:
    case Stat::Pending:
        order = { M::NameColumn, M::PhoneColumn, M::StateColumn, M::SentColumn, M::DeliveredColumn, M::ReadColumn,
            M::FailedColumn, M::ErrorCodeColumn, M::ErrorTitleColumn, M::RepliedColumn, M::ReplyTextColumn,
            M::WamidColumn };
        break;
    }
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < M::ColumnCount; ++c)
        header->setSectionHidden(c, !order.contains(c));
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
}

void RecipientListPane::showList(qint64 runId, Stat stat, const CampaignStats::Counts &counts, const QString &runStatus)
{
    m_runId = runId;
    m_stat = stat;
    m_counts = counts;
    m_runStatus = runStatus;
    fillReasons(counts);
    m_model->setList(runId, stat, std::nullopt);
    applyColumnLayout();
    m_staleNote->hide();
    m_refreshButton->hide();
    m_stack->setCurrentIndex(1);
    updateReasonInfo();
    updateTitle();
    updateActions();
    updateUncertainNote();
}

void RecipientListPane::updateCounts(const CampaignStats::Counts &counts, const QString &runStatus)
{
    if (!isShowingList())
        return;
    const bool changed = !m_counts || m_counts->value(m_stat) != counts.value(m_stat)
        || m_counts->failureReasons.size() != counts.failureReasons.size();
    m_counts = counts;
    m_runStatus = runStatus;
    updateUncertainNote();
    if (!changed) {
        updateActions();
        return;
    }
    if (m_stat == Stat::Failed || m_stat == Stat::Unqualified)
        fillReasons(counts);
    if (counts.value(m_stat) <= kLiveReloadLimit) {
        m_model->reload();
    } else {
        m_staleNote->show();
        m_refreshButton->show();
    }
    updateReasonInfo();
    updateTitle();
    updateActions();
}

std::optional<int> RecipientListPane::reasonCode() const
{
    const QVariant v = m_reasons->currentData();
    return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

void RecipientListPane::fillReasons(const CampaignStats::Counts &counts)
{
    const std::optional<int> keep = m_stat == Stat::Failed ? reasonCode() : std::nullopt;
    m_reasons->clear();
    m_reasons->addItem(tr("All reasons (%1)").arg(QLocale().toString(counts.failed)));
    for (const CampaignStats::Reason &r : counts.failureReasons) {
        const QString code = r.code == FailureCatalogue::kNetworkError ? tr("no code") : QString::number(r.code);
        m_reasons->addItem(tr("%1 (%2) — %3").arg(r.title, code, QLocale().toString(r.count)), r.code);
    }
    const int index = keep ? m_reasons->findData(*keep) : 0;
    m_reasons->setCurrentIndex(qMax(0, index));
    const bool visible = m_stat == Stat::Failed;
    m_reasons->setVisible(visible);
    if (QWidget *label = findChild<QLabel *>(QStringLiteral("reasonLabel")))
        label->setVisible(visible);
    if (visible && index < 0 && keep) // the reason vanished: show all of them again
        m_model->setReason(std::nullopt);
}

void RecipientListPane::updateReasonInfo()
{
    const std::optional<int> code = reasonCode();
    const bool failures = m_stat == Stat::Failed || m_stat == Stat::Unqualified;
    if (!failures || !m_counts) {
        m_reasonInfo->hide();
        return;
    }
    const int shownCode = m_stat == Stat::Unqualified ? 131026 : code.value_or(0);
    if (m_stat == Stat::Failed && !code) {
        m_reasonInfo->setText(m_counts->failed == 0
                ? tr("No message failed in this run.")
                : tr("%n reason(s) behind these failures, largest first in the list above. "
                     "Choose one to see what it means and whether a retry helps.",
                    nullptr, int(m_counts->failureReasons.size())));
        m_reasonInfo->setAccessibleName(m_reasonInfo->text());
        m_reasonInfo->show();
        return;
    }
    QString stored;
    for (const CampaignStats::Reason &r : m_counts->failureReasons)
        if (r.code == shownCode)
            stored = r.title;
    const FailureCatalogue::Entry e = FailureCatalogue::lookup(shownCode, stored);
    const QString codeText
        = shownCode == FailureCatalogue::kNetworkError ? tr("no provider code") : tr("code %1").arg(shownCode);
    m_reasonInfo->setText(
        tr("<b>%1</b> (%2) · %3<br>%4<br><b>%5</b> %6<br><a href=\"%7\">WhatsApp error code "
           "reference</a>")
            .arg(e.title.toHtmlEscaped(), codeText, FailureCatalogue::groupName(e.group).toHtmlEscaped(),
                e.description.toHtmlEscaped(), retryText(e).toHtmlEscaped(), e.action.toHtmlEscaped(),
                e.reference.toString(QUrl::FullyEncoded)));
    m_reasonInfo->setAccessibleName(tr("%1: %2 %3").arg(e.title, e.description, retryText(e)));
    m_reasonInfo->show();
}

void RecipientListPane::updateTitle()
{
    if (!m_counts)
        return;
    const qint64 shown = m_model->rowCount();
    const std::optional<int> code = reasonCode();
    QString title = StatsChartView::statTitle(m_stat);
    if (m_stat == Stat::Failed && code)
        title = *code == FailureCatalogue::kNetworkError ? tr("%1 · network error").arg(title)
                                                         : tr("%1 · code %2").arg(title).arg(*code);
    m_title->setText(tr("%1 — %n recipient(s)", nullptr, int(shown)).arg(title));
    QString sub = StatsChartView::rateText(m_stat, *m_counts);
    if (!m_search->text().trimmed().isEmpty())
        sub = tr("Matching “%1”.").arg(m_search->text().trimmed());
    m_subtitle->setText(sub);
    m_subtitle->setVisible(!sub.isEmpty());
    m_title->setAccessibleName(m_title->text());
    const bool empty = shown == 0;
    m_emptyList->setText(!m_search->text().trimmed().isEmpty() ? tr("No recipient in this list matches your search.")
                                                               : tr("No recipients here yet."));
    m_view->setVisible(!empty);
    m_emptyList->setVisible(empty);
}

QList<qint64> RecipientListPane::selectedUncertain() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        if (i.data(RecipientListModel::StateRole).toString() == QLatin1String("uncertain"))
            ids << i.data(RecipientListModel::IdRole).toLongLong();
    return ids;
}

void RecipientListPane::updateUncertainNote()
{
    const bool uncertainPossible = m_stat == Stat::Attempted || m_stat == Stat::Pending;
    QString error;
    const QString reason = m_runId > 0 && uncertainPossible
        ? UncertainResolver::waitingReason(m_workspace.database(), m_runId, UncertainResolver::kDefaultQuietMs,
                                           Clock::nowMs(), &error)
        : QString();
    m_uncertainNote->setText(reason);
    m_uncertainNote->setVisible(!reason.isEmpty());
}

void RecipientListPane::updateActions()
{
    const bool has = m_model->rowCount() > 0;
    const bool failures = m_stat == Stat::Failed || m_stat == Stat::Unqualified;
    const bool sending = RunStatuses::isLive(RunStatuses::fromString(m_runStatus));
    m_exportButton->setEnabled(has && !m_exporting);
    m_newCampaignButton->setEnabled(has);
    if (m_runId > 0)   // the audience the new campaign gets, in words (AudienceText)
        m_newCampaignButton->setToolTip(tr("Start a campaign for exactly these recipients: %1.")
                                            .arg(AudienceText::describe(m_workspace.database(), audienceExpression())));
    m_retryButton->setVisible(failures);
    m_retryButton->setEnabled(failures && has && !sending);
    m_retryButton->setToolTip(sending ? tr("The run is still sending; retry its failures once it has finished.")
                                      : tr("Plan a linked run that sends again only to the failures a retry can help, "
                                           "respecting waiting times such as 24 hours after error 131049."));
    const bool uncertainPossible = m_stat == Stat::Attempted || m_stat == Stat::Pending;
    m_resolveButton->setVisible(uncertainPossible);
    m_resolveButton->setEnabled(uncertainPossible && !selectedUncertain().isEmpty());
    m_historyButton->setEnabled(m_view->currentIndex().isValid());
}

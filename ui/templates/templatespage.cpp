#include "ui/templates/templatespage.h"

#include "engine/cloudapi/templatesync.h"
#include "models/core/clock.h"
#include "models/itemmodels/templatetablemodel.h"
#include "models/storage/workspace.h"
#include "ui/templates/templatedetailpane.h"
#include "ui/templates/templateeditor.h"
#include "ui/templates/templaterowdelegate.h"
#include "ui/templates/templatesyncrunner.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace {

const QColor kGood(0x1B, 0x7F, 0x3B);
const QColor kBad(0xB3, 0x26, 0x1E);

} // namespace

TemplatesPage::TemplatesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_syncRunner(new TemplateSyncRunner(workspace, this))
{
    setObjectName(QStringLiteral("templatesPage"));
    setStyleSheet(QStringLiteral("QLabel#templateWarning { border-radius: 4px; padding: 6px 8px; }"));

    m_model = new TemplateTableModel(workspace, 0, this);
    m_proxy = new TemplateFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Message templates"));
    m_view->setObjectName(QStringLiteral("templatesTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new TemplateRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TemplateTableModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TemplateTableModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(50);
    m_view->setColumnWidth(TemplateTableModel::LanguageColumn, 70);
    m_view->setColumnWidth(TemplateTableModel::CategoryColumn, 125);
    m_view->setColumnWidth(TemplateTableModel::StatusColumn, 130);
    m_view->setColumnWidth(TemplateTableModel::QualityColumn, 75);
    m_view->setColumnWidth(TemplateTableModel::SyncedColumn, 165);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("templatesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QGridLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 0, 0);
    tableLayout->addWidget(m_empty, 0, 0, Qt::AlignCenter);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("templatesSplitter"));
    m_splitter->addWidget(tableBox);
    m_detail = new TemplateDetailPane(this);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({680, 420});

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("syncBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumSize(110, 12);
    m_busy->hide();
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncStatus->setWordWrap(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("templatesCount"));
    QPalette countPalette = m_count->palette();
    countPalette.setColor(QPalette::WindowText, countPalette.color(QPalette::PlaceholderText));
    m_count->setPalette(countPalette);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_syncStatus, 1);
    statusRow->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(createToolBar());
    layout->addWidget(m_splitter, 1);
    layout->addLayout(statusRow);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_view, &QTableView::activated, this, [this] { editTemplate(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateDetail();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateCount();
        updateDetail();
        updateActions();
    });
    connect(m_model, &TemplateTableModel::errorOccurred, this, [this](const QString &message) {
        m_syncStatus->setText(tr("Cannot read the templates: %1").arg(message));
    });
    connect(m_syncRunner, &TemplateSyncRunner::stepStarted, this,
            [this](const QString &message) { setSyncBusy(true, message); });
    connect(m_syncRunner, &TemplateSyncRunner::progress, m_syncStatus, &QLabel::setText);
    connect(m_syncRunner, &TemplateSyncRunner::finished, this,
            [this](const TemplateSyncResult &result) { finishSync(result); });

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] { focusSearch(); });
    addAction(find);

    reloadAccounts();
}

TemplatesPage::~TemplatesPage() = default;

bool TemplatesPage::isSyncing() const
{
    return m_syncRunner->isRunning();
}

TemplatePreview *TemplatesPage::preview() const
{
    return m_detail->preview();
}

QWidget *TemplatesPage::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_accountLabel = new QLabel(tr("&Account:"), bar);
    m_account = new QComboBox(bar);
    m_account->setObjectName(QStringLiteral("templatesAccount"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountLabel->setBuddy(m_account);

    m_search = new QLineEdit(bar);
    m_search->setAccessibleName(tr("Search templates"));
    m_search->setObjectName(QStringLiteral("templatesSearch"));
    m_search->setPlaceholderText(tr("Search name or text…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find"), style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                        QLineEdit::LeadingPosition)
        ->setText(tr("Search"));   // what a screen reader calls the icon

    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show only templates with this status"));
    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setToolTip(tr("Show only templates of this category"));
    m_language = new QComboBox(bar);
    m_language->setObjectName(QStringLiteral("languageFilter"));
    m_language->setToolTip(tr("Show only templates in this language"));
    for (QComboBox *combo : {m_status, m_category, m_language})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_newButton = new QPushButton(tr("&New Template…"), bar);
    m_newButton->setObjectName(QStringLiteral("newTemplateButton"));
    m_editButton = new QPushButton(tr("&Edit…"), bar);
    m_editButton->setObjectName(QStringLiteral("editTemplateButton"));
    m_syncButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Sync"), bar);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setToolTip(tr("Fetch this account's templates and their statuses from Meta"));

    row->addWidget(m_accountLabel);
    row->addWidget(m_account);
    row->addSpacing(6);
    row->addWidget(m_search, 1);
    row->addWidget(m_status);
    row->addWidget(m_category);
    row->addWidget(m_language);
    row->addSpacing(12);
    row->addWidget(m_newButton);
    row->addWidget(m_editButton);
    row->addWidget(m_syncButton);

    connect(m_account, &QComboBox::currentIndexChanged, this, [this](int index) { setAccount(index); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_status->currentData().toString());
        updateCount();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategoryFilter(m_category->currentData().toString());
        updateCount();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setLanguageFilter(m_language->currentData().toString());
        updateCount();
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] { newTemplate(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editTemplate(); });
    connect(m_syncButton, &QPushButton::clicked, this, [this] { sync(); });
    return bar;
}

Account TemplatesPage::currentAccount() const
{
    const qint64 id = m_account->currentData().toLongLong();
    for (const Account &a : m_accounts) {
        if (a.id == id)
            return a;
    }
    return {};
}

const MessageTemplate *TemplatesPage::currentTemplate() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->templateAt(current.row()) : nullptr;
}

void TemplatesPage::reloadAccounts()
{
    QString error;
    const qint64 previous = m_account->currentData().toLongLong();
    m_accounts = AccountStore(m_workspace.database()).list(&error);
    if (!error.isEmpty())
        m_syncStatus->setText(tr("Cannot read the accounts: %1").arg(error));
    int select = -1;
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    for (const Account &a : std::as_const(m_accounts)) {
        m_account->addItem(a.isDefault ? tr("%1 (default)").arg(a.name) : a.name, a.id);
        if (a.id == previous || (select < 0 && a.isDefault && !previous))
            select = m_account->count() - 1;
    }
    if (select < 0 && m_account->count())
        select = 0;
    m_account->setCurrentIndex(select);
    const bool several = m_accounts.size() > 1;
    m_accountLabel->setVisible(several);
    m_account->setVisible(several);
    setAccount(select);
}

void TemplatesPage::setAccount(int index)
{
    const qint64 id = index >= 0 ? m_account->itemData(index).toLongLong() : 0;
    if (id != m_model->accountId())
        m_syncStatus->clear();
    m_model->setAccountId(id);
    refreshFilters();
    updateCount();
    updateDetail();
    updateActions();
}

void TemplatesPage::reload()
{
    const MessageTemplate *current = currentTemplate();
    const QString name = current ? current->name : QString();
    const QString language = current ? current->language : QString();
    m_model->reload();
    refreshFilters();
    selectTemplate(name, language);
    updateCount();
    updateDetail();
    updateActions();
}

void TemplatesPage::selectTemplate(const QString &name, const QString &language)
{
    const int sourceRow = m_model->rowOf(name, language);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void TemplatesPage::fillFilter(QComboBox *combo, const QStringList &values, const QString &allText, bool status)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString &value : values) {
        if (value.isEmpty())
            continue;
        const QString text = status ? TemplateTableModel::statusText(value)
                                    : combo == m_category ? TemplateDetailPane::categoryText(value) : value;
        combo->addItem(text, value);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    // A filter whose value vanished falls back to "all".
    if (index < 0 && !current.isEmpty()) {
        if (combo == m_status)
            m_proxy->setStatusFilter({});
        else if (combo == m_category)
            m_proxy->setCategoryFilter({});
        else
            m_proxy->setLanguageFilter({});
    }
}

void TemplatesPage::refreshFilters()
{
    fillFilter(m_status, m_model->statuses(), tr("All statuses"), true);
    fillFilter(m_category, m_model->categories(), tr("All categories"), false);
    fillFilter(m_language, m_model->languages(), tr("All languages"), false);
}

void TemplatesPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n template(s)", nullptr, total)
                                    : tr("%1 of %n template(s)", nullptr, total).arg(shown));
    if (total == 0) {
        m_empty->setText(currentAccount().id
                             ? tr("No templates yet.\nPress Sync to fetch this account's templates from Meta, or "
                                  "create a new one.")
                             : tr("No sending account.\nAdd one in Settings → Sending accounts."));
    } else {
        m_empty->setText(tr("No template matches the search and filters."));
    }
    m_empty->setVisible(shown == 0);
}

void TemplatesPage::updateDetail()
{
    const MessageTemplate *t = currentTemplate();
    QString statusNote;
    if (t && (t->isFlagged() || t->status == QLatin1String("REJECTED"))) {
        const int sourceRow = m_model->rowOf(t->name, t->language);
        statusNote = m_model->index(sourceRow, TemplateTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
    }
    m_detail->showTemplate(t, statusNote);
}

void TemplatesPage::updateActions()
{
    const bool haveAccount = currentAccount().id != 0;
    const MessageTemplate *t = currentTemplate();
    const bool syncing = isSyncing();
    m_newButton->setEnabled(haveAccount);
    m_editButton->setEnabled(t && !t->deleted);
    m_editButton->setToolTip(t && t->deleted ? tr("This template was deleted from the WhatsApp account.")
                                             : tr("Open the selected template in the editor"));
    m_syncButton->setEnabled(haveAccount && !syncing);
    m_account->setEnabled(!syncing);
}

void TemplatesPage::setSyncBusy(bool busy, const QString &message)
{
    m_busy->setVisible(busy);
    QPalette p = palette();
    m_syncStatus->setPalette(p);
    m_syncStatus->setText(message);
    updateActions();
}

void TemplatesPage::sync()
{
    if (isSyncing())
        return;
    const Account account = currentAccount();
    if (account.id)
        m_syncRunner->start(account);
}

void TemplatesPage::finishSync(const TemplateSyncResult &result)
{
    m_busy->hide();
    QString summary;
    QPalette p = palette();
    if (result.ok) {
        summary = tr("%1 added, %2 updated, %3 removed").arg(QLocale().toString(result.counts.added), QLocale().toString(result.counts.updated),
                           QLocale().toString(result.counts.removed));
        m_syncStatus->setText(tr("Synced at %1: %2.").arg(QLocale().toString(Clock::nowLocal().time(), QLocale::ShortFormat), summary));
        p.setColor(QPalette::WindowText, kGood);
        reload();
        Q_EMIT templatesChanged();
    } else {
        summary = result.error;
        m_syncStatus->setText(tr("Sync failed: %1").arg(result.error));
        p.setColor(QPalette::WindowText, kBad);
    }
    m_syncStatus->setPalette(p);
    updateActions();
    Q_EMIT statusMessage(m_syncStatus->text());
    Q_EMIT syncFinished(result.ok, summary);
}

TemplateEditor *TemplatesPage::openEditor(const MessageTemplate &t)
{
    auto *editor = new TemplateEditor(m_workspace, currentAccount(), t, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &TemplateEditor::templateSaved, this, [this](const MessageTemplate &saved) {
        reload();
        selectTemplate(saved.name, saved.language);
        Q_EMIT templatesChanged();
    });
    editor->open();
    return editor;
}

TemplateEditor *TemplatesPage::newTemplate()
{
    const Account account = currentAccount();
    if (!account.id)
        return nullptr;
    MessageTemplate t;
    t.accountId = account.id;
    t.language = m_language->currentData().toString().isEmpty() ? QStringLiteral("en_US")
                                                                 : m_language->currentData().toString();
    t.category = QStringLiteral("MARKETING");
    return openEditor(t);
}

TemplateEditor *TemplatesPage::editTemplate()
{
    const MessageTemplate *t = currentTemplate();
    if (!t || t->deleted)
        return nullptr;
    return openEditor(*t);
}

void TemplatesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

#include "ui/contacts/contactspage.h"

#include "models/itemmodels/contactfilterproxy.h"
#include "models/itemmodels/contacttablemodel.h"
#include "ui/contacts/consentdelegate.h"
#include "ui/contacts/contactactions.h"
#include "ui/contacts/contactdialog.h"
#include "ui/contacts/contactdetailpane.h"
#include "ui/contacts/importwizard.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace {

const QString kHeaderKey = QStringLiteral("contacts/header");
const QString kSplitterKey = QStringLiteral("contacts/splitter");

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// Selected rows as sorted, merged [first, last] intervals: cheap even when a million rows are selected.
QList<std::pair<int, int>> selectedRowRanges(const QItemSelection &selection)
{
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &r : selection)
        ranges.append({r.top(), r.bottom()});
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.first <= merged.last().second + 1)
            merged.last().second = qMax(merged.last().second, r.second);
        else
            merged.append(r);
    }
    return merged;
}

} // namespace

ContactsPage::ContactsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("contactsPage"));
    // First of the page's children, so it is deleted (stopping a running export) before the export's dialog.
    m_actions = new ContactActions(workspace, [this] { return selectedIds(); }, this);

    m_model = new ContactTableModel(workspace, this);
    m_proxy = new ContactFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Contacts"));
    m_view->setAccessibleDescription(tr("Press Enter on a contact to see its message history"));
    m_view->setObjectName(QStringLiteral("contactsTable"));
    // A million rows: every row has the same fixed height, so the view never measures them. Set before the model:
    // on a header that already has its million sections, each of these walks (and signals) every one of them.
    QHeaderView *vertical = m_view->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    vertical->hide();
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setItemDelegateForColumn(ContactTableModel::ConsentColumn, new ConsentDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(60);
    // Phone numbers are never cut: the column holds the longest international number in this font, at any scale.
    m_view->setColumnWidth(ContactTableModel::PhoneColumn,
                           qMax(145, m_view->fontMetrics().horizontalAdvance(QStringLiteral("+888 888 888 8888")) + 24));
    m_view->setColumnWidth(ContactTableModel::NameColumn, 175);
    m_view->setColumnWidth(ContactTableModel::ConsentColumn, 105);
    m_view->setColumnWidth(ContactTableModel::TagsColumn, 165);
    m_sortColumn = ContactTableModel::CreatedColumn;
    m_sortOrder = m_model->query().order;
    header->setSortIndicator(m_sortColumn, m_sortOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { onSortIndicatorChanged(column, order); });

    m_empty = new QLabel(m_view->viewport());
    m_empty->setObjectName(QStringLiteral("contactsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);

    m_detail = new ContactDetailPane(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("contactsSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({780, 290});

    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(createToolBar());
    layout->addWidget(m_splitter, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { applySearch(); });
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { applySearch(); });

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) { showContextMenu(pos); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateDetail(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateActions();
        updateDetail();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateCount();
        updateActions();
        updateDetail();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int current = m_view->currentIndex().row();
                if (current >= topLeft.row() && current <= bottomRight.row())
                    updateDetail();
            });
    connect(m_model, &ContactTableModel::errorOccurred, this,
            [this](const QString &message) { Q_EMIT statusMessage(tr("Cannot read contacts: %1").arg(message)); });
    connect(m_actions, &ContactActions::changed, this,
            [this](const QList<qint64> &ids, const QString &message) { afterChange(ids, message); });
    connect(m_actions, &ContactActions::removed, this, [this](const QList<qint64> &ids, const QString &message) {
        m_view->selectionModel()->clearSelection();
        m_model->removeIds(ids);
        Q_EMIT statusMessage(message);
        Q_EMIT contactsChanged();
    });
    connect(m_actions, &ContactActions::exportingChanged, this, [this] { updateActions(); });
    connect(m_actions, &ContactActions::statusMessage, this, &ContactsPage::statusMessage);
    connect(m_actions, &ContactActions::exportFinished, this, &ContactsPage::exportFinished);

    updateCount();
    updateActions();
    updateDetail();
}

ContactsPage::~ContactsPage() = default;

bool ContactsPage::isExporting() const
{
    return m_actions->isExporting();
}

void ContactsPage::createActions()
{
    auto make = [this](const QString &text, QStyle::StandardPixmap icon, const QString &themeIcon) {
        auto *action = new QAction(QIcon::fromTheme(themeIcon, style()->standardIcon(icon)), text, this);
        return action;
    };
    m_importAction = make(tr("&Import…"), QStyle::SP_DialogOpenButton, QStringLiteral("document-import"));
    m_importAction->setToolTip(tr("Import contacts from a CSV file"));
    m_exportAction = make(tr("&Export…"), QStyle::SP_DialogSaveButton, QStringLiteral("document-export"));
    m_exportAction->setToolTip(tr("Export all contacts to a CSV file"));
    m_addTagAction = make(tr("Add &tag…"), QStyle::SP_FileDialogNewFolder, QStringLiteral("tag-new"));
    m_addTagAction->setToolTip(tr("Add a tag to the selected contacts"));
    m_removeTagAction = make(tr("&Remove tag…"), QStyle::SP_DialogDiscardButton, QStringLiteral("tag-delete"));
    m_removeTagAction->setToolTip(tr("Remove a tag from the selected contacts"));
    m_optOutAction = make(tr("&Opt out…"), QStyle::SP_BrowserStop, QStringLiteral("dialog-cancel"));
    m_optOutAction->setToolTip(tr("Record that the selected contacts no longer want messages"));
    m_deleteAction = make(tr("&Delete"), QStyle::SP_TrashIcon, QStringLiteral("edit-delete"));
    m_deleteAction->setToolTip(tr("Delete the selected contacts (Del)"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteAction);

    m_addContactAction = make(tr("&Add contact…"), QStyle::SP_FileIcon, QStringLiteral("contact-new"));
    m_addContactAction->setObjectName(QStringLiteral("actionAddContact"));
    m_addContactAction->setToolTip(tr("Add one contact by hand"));
    m_editContactAction = make(tr("&Edit contact…"), QStyle::SP_FileDialogDetailedView, QStringLiteral("document-edit"));
    m_editContactAction->setObjectName(QStringLiteral("actionEditContact"));
    m_editContactAction->setToolTip(tr("Change the selected contact's name, consent, tags and attributes (Enter)"));
    connect(m_addContactAction, &QAction::triggered, this, [this] { addContact(); });
    connect(m_editContactAction, &QAction::triggered, this, [this] { editCurrentContact(); });
    // Double-click and Enter on a row (QAbstractItemView::activated) edit it.
    connect(m_view, &QAbstractItemView::activated, this, [this] { editCurrentContact(); });

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);

    connect(m_importAction, &QAction::triggered, this, [this] { importContacts(); });
    connect(m_exportAction, &QAction::triggered, this, [this] { exportContacts(); });
    connect(m_addTagAction, &QAction::triggered, this, [this] { addTag(); });
    connect(m_removeTagAction, &QAction::triggered, this, [this] { removeTag(); });
    connect(m_optOutAction, &QAction::triggered, this, [this] { optOut(); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteSelected(); });
    connect(m_findAction, &QAction::triggered, this, [this] { focusSearch(); });

    m_historyAction = make(tr("Message &history…"), QStyle::SP_FileDialogContentsView, QStringLiteral("view-history"));
    m_historyAction->setObjectName(QStringLiteral("actionMessageHistory"));
    m_historyAction->setToolTip(tr("Every message, status, reply and event of this contact's number"));
    connect(m_historyAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        const QString phone = current.siblingAtColumn(ContactTableModel::PhoneColumn).data(Qt::DisplayRole).toString();
        if (!phone.isEmpty())
            Q_EMIT investigateRequested(phone);
    });
}

QWidget *ContactsPage::createToolBar()
{
    auto *bar = new QWidget(this);

    m_search = new QLineEdit(bar);
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setObjectName(QStringLiteral("contactsSearch"));
    m_search->setPlaceholderText(tr("Search name, phone, tag…"));
    m_search->setToolTip(tr("Find contacts by name, phone number, tag or attribute value (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    const QIcon searchIcon = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!searchIcon.isNull())
        m_search->addAction(searchIcon, QLineEdit::LeadingPosition)->setText(tr("Search"));
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(360);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("contactsCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *actions = new QToolBar(bar);
    actions->setObjectName(QStringLiteral("contactsToolBar"));
    actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions->setIconSize(QSize(16, 16));
    actions->addAction(m_addContactAction);
    actions->addAction(m_editContactAction);
    actions->addAction(m_addTagAction);
    actions->addAction(m_removeTagAction);
    actions->addAction(m_optOutAction);
    actions->addAction(m_deleteAction);
    actions->addSeparator();
    actions->addAction(m_importAction);
    actions->addAction(m_exportAction);
    actions->widgetForAction(m_addContactAction)->setObjectName(QStringLiteral("addContactButton"));
    actions->widgetForAction(m_editContactAction)->setObjectName(QStringLiteral("editContactButton"));
    actions->widgetForAction(m_addTagAction)->setObjectName(QStringLiteral("addTagButton"));
    actions->widgetForAction(m_removeTagAction)->setObjectName(QStringLiteral("removeTagButton"));
    actions->widgetForAction(m_optOutAction)->setObjectName(QStringLiteral("optOutButton"));
    actions->widgetForAction(m_deleteAction)->setObjectName(QStringLiteral("deleteButton"));
    actions->widgetForAction(m_importAction)->setObjectName(QStringLiteral("importButton"));
    actions->widgetForAction(m_exportAction)->setObjectName(QStringLiteral("exportButton"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search, 2);
    layout->addSpacing(8);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(actions, 0);
    return bar;
}

bool ContactsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

QList<qint64> ContactsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const auto &[first, last] : selectedRowRanges(m_view->selectionModel()->selection())) {
        for (int row = first; row <= last; ++row) {
            if (const qint64 id = m_model->idAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
                ids.append(id);
        }
    }
    return ids;
}

void ContactsPage::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_addTagAction->setEnabled(any);
    m_removeTagAction->setEnabled(any);
    m_optOutAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    m_editContactAction->setEnabled(m_view->currentIndex().isValid());
    m_exportAction->setEnabled(!m_actions->isExporting());
}

void ContactsPage::updateCount()
{
    const int rows = m_proxy->rowCount();
    m_count->setText(ContactActions::contactsText(rows));
    updateEmptyState();
}

void ContactsPage::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    const QString search = m_proxy->searchText();
    if (!search.isEmpty())
        m_empty->setText(tr("No contacts match “%1”.").arg(search));
    else
        m_empty->setText(tr("No contacts yet.\nImport a CSV file with Import… or File › Import Contacts… (%1).")
                             .arg(QKeySequence(QKeySequence::fromString(QStringLiteral("Ctrl+I")))
                                      .toString(QKeySequence::NativeText)));
    m_empty->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    m_empty->show();
}

void ContactsPage::updateDetail()
{
    const auto ranges = selectedRowRanges(m_view->selectionModel()->selection());
    qint64 selected = 0;
    for (const auto &[first, last] : ranges)
        selected += last - first + 1;
    m_detail->setSelectionCount(selected);
    const QModelIndex current = m_view->currentIndex();
    const bool currentSelected = current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {});
    m_detail->setContact(currentSelected ? m_model->contactAt(m_proxy->mapToSource(current).row()) : std::nullopt);
}

void ContactsPage::applySearch()
{
    m_searchTimer.stop();
    const QString text = m_search->text().trimmed();
    if (text != m_proxy->searchText())
        m_proxy->setSearchText(text);
}

void ContactsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactsPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!ContactTableModel::isSortable(column)) {
        // Only indexed columns sort; put the indicator back where the order really is.
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_proxy->sort(column, order);
    m_view->scrollTo(m_view->currentIndex());
}

void ContactsPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    m_historyAction->setEnabled(m_view->currentIndex().isValid());
    menu.addAction(m_historyAction);
    menu.addSeparator();
    menu.addAction(m_addTagAction);
    menu.addAction(m_removeTagAction);
    menu.addAction(m_optOutAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ContactsPage::reload()
{
    m_model->reload();
}

void ContactsPage::afterChange(const QList<qint64> &ids, const QString &message)
{
    m_model->refreshIds(ids);
    updateDetail();
    Q_EMIT statusMessage(message);
    Q_EMIT contactsChanged();
}

void ContactsPage::addContact()
{
    auto *dialog = new ContactDialog(m_workspace, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::saved, this, [this](qint64) {
        reload();
        Q_EMIT statusMessage(tr("Contact added."));
        Q_EMIT contactsChanged();
    });
    dialog->open();
}

void ContactsPage::editCurrentContact()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(m_proxy->mapToSource(current).row()) : 0;
    if (id == 0)
        return;
    auto *dialog = new ContactDialog(m_workspace, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::saved, this, [this](qint64 saved) { afterChange({saved}, tr("Contact saved.")); });
    dialog->open();
}

void ContactsPage::addTag()
{
    m_actions->addTag();
}

void ContactsPage::removeTag()
{
    m_actions->removeTag();
}

void ContactsPage::optOut()
{
    m_actions->optOut();
}

void ContactsPage::deleteSelected()
{
    m_actions->deleteSelected();
}

bool ContactsPage::addTagToSelection(const QString &tag)
{
    return m_actions->addTagToSelection(tag);
}

bool ContactsPage::removeTagFromSelection(const QString &tag)
{
    return m_actions->removeTagFromSelection(tag);
}

bool ContactsPage::optOutSelection(const QString &reason)
{
    return m_actions->optOutSelection(reason);
}

bool ContactsPage::deleteSelection()
{
    return m_actions->deleteSelection();
}

ImportWizard *ContactsPage::importContacts(const QString &path)
{
    auto *wizard = new ImportWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::contactsImported, this, [this, wizard] {
        reload();
        if (const auto result = wizard->importResult())
            Q_EMIT statusMessage(tr("Imported %1 new and updated %2 existing contacts.")
                                     .arg(number(result->imported), number(result->updated)));
        Q_EMIT contactsChanged();
    });
    if (!path.isEmpty())
        wizard->setFilePath(path);
    wizard->show();
    return wizard;
}

void ContactsPage::exportContacts()
{
    m_actions->exportContacts();
}

void ContactsPage::exportTo(const QString &path)
{
    m_actions->exportTo(path);
}

void ContactsPage::saveState(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void ContactsPage::restoreState(const QSettings &settings)
{
    QHeaderView *header = m_view->horizontalHeader();
    {
        const QSignalBlocker blocker(header);
        header->restoreState(settings.value(kHeaderKey).toByteArray());
    }
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const int column = header->sortIndicatorSection();
    if (ContactTableModel::isSortable(column))
        onSortIndicatorChanged(column, header->sortIndicatorOrder());
    else
        onSortIndicatorChanged(-1, Qt::AscendingOrder);
}

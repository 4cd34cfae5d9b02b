#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

class ContactActions;
class ContactDetailPane;
class ContactFilterProxy;
class ContactTableModel;
class ImportWizard;
class QAction;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;
class Workspace;

// The contacts list: a searchable, sortable table over the whole workspace (a million rows stay
// fluid: the model pages rows in from SQL), a detail pane for the current contact, and the bulk
// actions (tag, untag, opt out, delete) on the selection, plus import and export.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ContactsPage() override;

    QTableView *view() const { return m_view; }
    ContactTableModel *model() const { return m_model; }
    ContactFilterProxy *proxy() const { return m_proxy; }

    // Ids of the selected contacts, in row order.
    QList<qint64> selectedIds() const;

    // The bulk actions without their dialogs (the toolbar and menu actions ask first, then call these).
    bool addTagToSelection(const QString &tag);
    bool removeTagFromSelection(const QString &tag);
    bool optOutSelection(const QString &reason);
    bool deleteSelection();

    // Starts an export to path with a progress dialog; exportFinished() reports the outcome.
    void exportTo(const QString &path);
    bool isExporting() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

public Q_SLOTS:
    // Opens the import wizard (window-modal, non-blocking) and returns it; path pre-fills the file.
    ImportWizard *importContacts(const QString &path = {});
    // Asks for a file name, then exports.
    void exportContacts();
    void addTag();
    void removeTag();
    void optOut();
    void deleteSelected();
    // The contact dialog (ui/contacts/contactdialog.*): a new contact, or the current one (double-click, Enter).
    void addContact();
    void editCurrentContact();
    void focusSearch();
    // Re-reads the contacts (after an import or a change made elsewhere).
    void reload();

Q_SIGNALS:
    // Contacts were added, changed or removed: counts elsewhere should be refreshed.
    void contactsChanged();
    void exportFinished(qint64 written, const QString &error);
    void statusMessage(const QString &message);
    // "Message history…" on a contact: the window opens the history of this number (MainWindow::investigate).
    void investigateRequested(const QString &phone);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    QWidget *createToolBar();
    void updateActions();
    void updateCount();
    void updateDetail();
    void updateEmptyState();
    void applySearch();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showContextMenu(const QPoint &pos);
    void afterChange(const QList<qint64> &ids, const QString &message);

    Workspace &m_workspace;
    ContactTableModel *m_model = nullptr;
    ContactFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    ContactDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QTimer m_searchTimer;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    ContactActions *m_actions = nullptr;

    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_addTagAction = nullptr;
    QAction *m_removeTagAction = nullptr;
    QAction *m_optOutAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_addContactAction = nullptr;
    QAction *m_editContactAction = nullptr;
};

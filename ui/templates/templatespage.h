#pragma once

#include "models/accounts/account.h"
#include "models/templates/messagetemplate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class TemplateDetailPane;
class TemplateEditor;
class TemplateFilterProxy;
class TemplatePreview;
class TemplateSyncRunner;
class TemplateTableModel;
class Workspace;
struct TemplateSyncResult;

// The message templates of one sending account: a searchable, filterable table (templates Meta paused or
// disabled stand out), a live WhatsApp preview of the selected one, "Sync" to fetch them from Meta, and the
// editor for new templates and changes.
class TemplatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesPage(Workspace &workspace, QWidget *parent = nullptr);
    ~TemplatesPage() override;

    QTableView *view() const { return m_view; }
    TemplateTableModel *model() const { return m_model; }
    TemplateFilterProxy *proxy() const { return m_proxy; }
    TemplatePreview *preview() const;

    Account currentAccount() const;
    // The template of the current row, or nullptr.
    const MessageTemplate *currentTemplate() const;
    bool isSyncing() const;

public Q_SLOTS:
    // Re-reads the accounts (after Settings changed them), keeping the chosen one when it still exists.
    void reloadAccounts();
    // Re-reads the current account's templates.
    void reload();
    void sync();
    // Open the editor (window-modal, deleted on close) and return it.
    TemplateEditor *newTemplate();
    TemplateEditor *editTemplate();
    void focusSearch();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void templatesChanged();
    void syncFinished(bool ok, const QString &summary);

private:
    QWidget *createToolBar();
    void setAccount(int index);
    void fillFilter(QComboBox *combo, const QStringList &values, const QString &allText, bool status);
    void refreshFilters();
    void updateDetail();
    void updateActions();
    void updateCount();
    void finishSync(const TemplateSyncResult &result);
    void setSyncBusy(bool busy, const QString &message);
    void selectTemplate(const QString &name, const QString &language);
    TemplateEditor *openEditor(const MessageTemplate &t);

    Workspace &m_workspace;
    TemplateSyncRunner *m_syncRunner = nullptr;
    QList<Account> m_accounts;
    TemplateTableModel *m_model = nullptr;
    TemplateFilterProxy *m_proxy = nullptr;

    QLabel *m_accountLabel = nullptr;
    QComboBox *m_account = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_syncButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    TemplateDetailPane *m_detail = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_syncStatus = nullptr;
    QLabel *m_count = nullptr;
};

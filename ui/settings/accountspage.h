#pragma once

#include "models/accounts/account.h"

#include <QWidget>

class AccountForm;
class QListWidget;
class QPushButton;
class SecretStore;
class Workspace;

// Settings → "Sending accounts": the workspace's accounts on the left (the default one marked), the
// selected one's settings on the right with inline validation, the write-only secrets (access token,
// relay feed token) kept in the system keychain, and a connection test against the Graph API.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~AccountsPage() override;

    // The account as the form currently describes it (unsaved edits included).
    Account formAccount() const;
    // The stored account being edited (id 0 for a new one not saved yet).
    const Account &currentAccount() const { return m_current; }
    bool isModified() const;
    // Empty when the form is valid; otherwise the sentence shown under the form.
    QString validationMessage() const;

public Q_SLOTS:
    // Re-reads the accounts from the workspace and selects `selectId` (the default one when 0).
    void reload(qint64 selectId = 0);
    bool save();
    void revert();
    void addAccount();
    void makeDefault();
    void testConnection();

Q_SIGNALS:
    // An account was added, changed or made the default.
    void accountsChanged();
    void statusMessage(const QString &message);

private:
    void buildUi();
    void selectRow(int row);
    bool confirmLeave();
    void showAccount(const Account &a);
    void updateState();

    Workspace &m_workspace;
    SecretStore *m_secrets = nullptr;
    QList<Account> m_accounts;
    Account m_current;                 // as stored (or the blank new one)
    bool m_loading = false;
    int m_row = -1;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
    AccountForm *m_form = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

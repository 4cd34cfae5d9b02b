#pragma once

#include "account.h"

#include <QPointer>
#include <QWidget>

class AccountTest;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
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
    enum class TokenState { Unknown, Checking, Stored, Missing, Error };

    void buildUi();
    QWidget *buildSecretRow(QLineEdit **edit, QPushButton **button, QLabel **status, const QString &objectName,
                            const QString &placeholder);
    void selectRow(int row);
    bool confirmLeave();
    void showAccount(const Account &a);
    void updateKind();
    void updateState();
    void refreshSecretStatus();
    void setSecretStatus(QLabel *label, TokenState state, const QString &message = {});
    void storeSecret(int secret);
    void showTestResult(bool ok, const QString &html);
    static void markInvalid(QWidget *w, bool invalid, const QString &message = {});

    Workspace &m_workspace;
    SecretStore *m_secrets = nullptr;
    QList<Account> m_accounts;
    Account m_current;                 // as stored (or the blank new one)
    bool m_loading = false;
    int m_row = -1;
    QPointer<AccountTest> m_test;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_sandboxNote = nullptr;
    QGroupBox *m_cloudGroup = nullptr;
    QLineEdit *m_graphUrl = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QLineEdit *m_phoneNumberId = nullptr;
    QLineEdit *m_wabaId = nullptr;
    QGroupBox *m_relayGroup = nullptr;
    QLineEdit *m_relayUrl = nullptr;
    QLineEdit *m_accessToken = nullptr;
    QPushButton *m_setToken = nullptr;
    QLabel *m_tokenStatus = nullptr;
    QLineEdit *m_relayToken = nullptr;
    QPushButton *m_setRelayToken = nullptr;
    QLabel *m_relayTokenStatus = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_testBusy = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

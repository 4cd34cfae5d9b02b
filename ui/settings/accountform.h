#pragma once

#include "models/accounts/account.h"
#include "ui/settings/notelabel.h"

#include <QWidget>

class ConnectionTestGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class SecretField;
class SecretStore;

// The accounts page's right side: the selected account's name and kind, the WhatsApp Cloud API and relay
// settings (hidden for a sandbox), its write-only secrets, a status line and the connection test. Fields
// that break a rule get a red frame and the rule as tool tip.
class AccountForm : public QWidget
{
    Q_OBJECT

public:
    explicit AccountForm(SecretStore *secrets, QWidget *parent = nullptr);

    static QString kindLabel(Account::Kind kind);

    // Fills the fields with a (its secrets' fields start empty) without emitting edited().
    void setAccount(const Account &a);
    // Asks the keychain which of the account's secrets are stored.
    void refreshSecrets(bool sandbox);
    // base with what the fields say; a sandbox keeps base's Cloud API and relay settings.
    Account account(const Account &base) const;
    // Marks the fields of a that break a rule; with no account shown only the name can be wrong.
    void markFields(const Account &a, bool hasAccount);
    void setEditable(bool editable);
    void focusName();
    void setStatus(const QString &text, NoteLabel::Tone tone);
    void clearStatus();

    SecretField *accessToken() const { return m_accessToken; }
    SecretField *relayToken() const { return m_relayToken; }
    ConnectionTestGroup *connectionTest() const { return m_connectionTest; }

Q_SIGNALS:
    // The person changed a field (not the secrets).
    void edited();

private:
    void updateKind();

    bool m_loading = false;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_sandboxNote = nullptr;
    QGroupBox *m_cloudGroup = nullptr;
    QLineEdit *m_graphUrl = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QLineEdit *m_phoneNumberId = nullptr;
    QLineEdit *m_wabaId = nullptr;
    QLineEdit *m_portfolioId = nullptr;
    QCheckBox *m_autoResolve = nullptr;
    QGroupBox *m_relayGroup = nullptr;
    QLineEdit *m_relayUrl = nullptr;
    SecretField *m_accessToken = nullptr;
    SecretField *m_relayToken = nullptr;
    QLabel *m_status = nullptr;
    ConnectionTestGroup *m_connectionTest = nullptr;
};

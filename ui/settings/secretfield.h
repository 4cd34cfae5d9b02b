#pragma once

#include "engine/secrets/secretstore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// One write-only secret of an account (its access token, its relay feed token): a password field with
// "Set token" that stores what was typed in the system keychain, and a line saying whether the keychain
// holds one. A stored secret is never read back into the field.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    // objectName names the field; its button and status line are named after it.
    SecretField(SecretStore *secrets, SecretStore::Secret secret, const QString &objectName,
                const QString &placeholder, QWidget *parent = nullptr);

    // What was typed and not stored yet, trimmed.
    QString typedValue() const;
    // The account the secret belongs to (0: not saved yet, nothing can be stored). Empties the field.
    void setAccountId(qint64 id);
    // Asks the keychain whether the account has the secret; a sandbox account needs none.
    void refreshStatus(bool sandbox);
    // "Set token" is enabled with something typed for a saved account.
    void updateButton();

public Q_SLOTS:
    // Stores what was typed; the field is emptied once the keychain has it.
    void store();

Q_SIGNALS:
    void stored(const QString &message);

private:
    enum class State { Unknown, Checking, Stored, Missing, Error };

    void setStatus(State state, const QString &message = {});

    SecretStore *m_secrets;
    SecretStore::Secret m_secret;
    qint64 m_accountId = 0;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_status = nullptr;
};

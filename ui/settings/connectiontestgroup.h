#pragma once

#include <QGroupBox>
#include <QPointer>

class AccountTest;
class QLabel;
class QProgressBar;
class QPushButton;
class SecretStore;
struct Account;

// The "Connection" box of the accounts page: "Test connection" asks Meta about the account's phone number
// (with the token just typed, or else the one in the system keychain) and shows what Meta says about it.
class ConnectionTestGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit ConnectionTestGroup(SecretStore *secrets, QWidget *parent = nullptr);

    bool isRunning() const { return !m_test.isNull(); }
    // "Test connection" is enabled when the account can be tested and no test runs.
    void setTestable(bool testable);
    // The account shown (0: a new one); forgets the last result.
    void setAccountId(qint64 id);
    // Tests account with typedToken, or with the stored token when none was typed.
    void run(const Account &account, const QString &typedToken);

Q_SIGNALS:
    void testRequested();
    // A test started or ended.
    void runningChanged();

private:
    void showResult(bool ok, const QString &html);
    void start(const Account &account, const QString &token);

    SecretStore *m_secrets;
    qint64 m_accountId = 0;
    QPointer<AccountTest> m_test;
    QPushButton *m_button = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
};

#pragma once

#include <QObject>
#include <QPointer>

struct Account;
class SecretStore;
class TemplateSync;
class Workspace;
struct TemplateSyncResult;

// Runs the templates page's "Sync": reads the account's access token from the system keychain (a sandbox
// account needs none), then fetches the account's templates from Meta with a TemplateSync, reporting each
// step as a sentence for the status line.
class TemplateSyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit TemplateSyncRunner(Workspace &workspace, QObject *parent = nullptr);

    bool isRunning() const { return !m_sync.isNull() || m_readingToken; }
    void start(const Account &account);

Q_SIGNALS:
    // A step started: reading the token, then syncing.
    void stepStarted(const QString &message);
    void progress(const QString &message);
    // The sync ended; a missing or unreadable token ends it too.
    void finished(const TemplateSyncResult &result);

private:
    void run(const Account &account, const QString &token);

    Workspace &m_workspace;
    SecretStore *m_secrets = nullptr;
    QPointer<TemplateSync> m_sync;
    bool m_readingToken = false;
};

#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

// The one way to secrets (access token, relay feed token, relay app secret, relay ingest token): the OS keychain through
// QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
// Asynchronous: each call returns at once and calls back on the caller's thread when the keychain
// answers. Secrets never touch the database, settings, logs or command lines.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Secret { AccessToken, RelayFeedToken, RelayAppSecret, RelayIngestToken };
    enum class Status { Ok, NotFound, NoKeychain, Denied, Failed };

    struct Result
    {
        Status status = Status::Failed;
        QString value;      // read(): the secret
        QString message;    // what went wrong and what to do, for a person
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // `workspaceId` scopes the entries so two workspaces with an account of the same name never share one.
    explicit SecretStore(const QString &workspaceId, QObject *parent = nullptr);

    // "access-token", "relay-feed-token", "relay-app-secret", "relay-ingest-token"
    static QString secretName(Secret s);
    static std::optional<Secret> secretFromName(const QString &name);

    void read(qint64 accountId, Secret secret, QObject *context, Callback done);
    void write(qint64 accountId, Secret secret, const QString &value, QObject *context, Callback done);
    void remove(qint64 accountId, Secret secret, QObject *context, Callback done);

    // The keychain entry name (no secret in it); tests use it to look for leaks.
    QString key(qint64 accountId, Secret secret) const;

    // The password of a PostgreSQL workspace (herald-cli workspace login), keyed by its URL without a password
    // (WorkspaceLocation::url()); not scoped by a workspace id, which is inside the database it unlocks.
    static QString workspacePasswordKey(const QString &url);
    static void readWorkspacePassword(const QString &url, QObject *context, Callback done);
    static void writeWorkspacePassword(const QString &url, const QString &password, QObject *context, Callback done);
    static QString service();

private:
    QString m_workspaceId;
};

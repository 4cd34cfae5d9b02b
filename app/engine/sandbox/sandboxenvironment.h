#pragma once

#include "engine/sandbox/sandboxwebhooks.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QThread;
class RelayServer;
class SandboxServer;

// Everything a sandbox account needs to behave like a real one end to end: the simulated Cloud API
// (SandboxServer), an embedded herald-relay (RelayServer on 127.0.0.1, a port the OS picks, in its own
// thread) and the status-feed simulation (SandboxWebhooks, in its own thread) that turns every accepted
// message into signed webhooks POSTed to that relay. The desktop poller reads the relay exactly like a real
// one: effectiveAccount() gives a sandbox account the relay's URL, effectiveRelayFeedToken() its feed token.
//
// The relay's SQLite file outlives the process ("<workspace>.sandbox-relay.sqlite" next to the workspace, or
// sandbox-relay.sqlite in AppDataLocation), so events the relay stored but the poller had not read yet are
// still there after a restart. Events not yet due when the process ends are kept in
// "<relay database>.pending.json" and sent by the next process that starts the sandbox on this workspace (at their
// time, or at once when it has passed), so a `herald-cli campaign run` that exits still gets its reports. The app
// secret, verify token and feed token are random per process, held in memory only,
// never logged and never those of a real account.
class SandboxEnvironment : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath; // empty: defaultDatabasePath()
        SandboxWebhookOptions webhooks;
    };

    // `server` must outlive this object (or stop() must be called first).
    SandboxEnvironment(SandboxServer *server, const Options &options, QObject *parent = nullptr);
    ~SandboxEnvironment() override;

    // Starts the sandbox if needed, the relay and the simulation; true when running (also when it already was).
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_relay != nullptr; }

    // http://127.0.0.1:<port> — the relay's base URL (the feed is <url>/v1/events); empty while not running.
    QUrl relayUrl() const { return m_relayUrl; }
    QByteArray feedToken() const { return m_feedToken; }
    // The key the simulated webhooks are signed with (sandbox-only; for tests that check signatures).
    QByteArray appSecret() const { return m_appSecret; }
    QString databasePath() const { return m_databasePath; }
    SandboxServer *server() const { return m_server; }
    SandboxWebhooks *webhooks() const { return m_webhooks; }

    // The process-wide environment around SandboxServer::instance(), with its relay database next to the
    // workspace. Call once at app start (GUI: after the workspace is open). If one is already running it is
    // returned as it is, whatever its database. nullptr when it cannot start.
    static SandboxEnvironment *ensureRunning(const QString &workspacePath, QString *error = nullptr);
    // The process-wide environment, started on first use with defaultDatabasePath() if ensureRunning() was not
    // called. Stopped when the QCoreApplication is destroyed. $HERALD_SANDBOX_SPEED (a number) speeds up its
    // simulated time. nullptr when it cannot start.
    static SandboxEnvironment *instance();
    // "<workspace>.sandbox-relay.sqlite"; defaultDatabasePath() for an empty path.
    static QString databasePathFor(const QString &workspacePath);
    static QString defaultDatabasePath();

    // Where events not yet due are kept between processes.
    QString savedEventsPath() const;

private:
    void saveEvents(const QJsonArray &events);
    QJsonArray takeSavedEvents();

    SandboxServer *m_server = nullptr;
    Options m_options;
    QString m_databasePath;
    QByteArray m_appSecret;
    QByteArray m_verifyToken;
    QByteArray m_feedToken;
    QUrl m_relayUrl;
    QThread *m_relayThread = nullptr;
    RelayServer *m_relay = nullptr; // lives in m_relayThread
    QThread *m_webhookThread = nullptr;
    SandboxWebhooks *m_webhooks = nullptr; // lives in m_webhookThread
    QMetaObject::Connection m_acceptedConnection;
};

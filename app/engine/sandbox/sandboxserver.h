#pragma once

#include "engine/sandbox/sandboxapi.h"

#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

class QHttpServer;
class QThread;

// The built-in simulated WhatsApp Cloud API: SandboxApi behind a real HTTP server on 127.0.0.1 (a port the
// OS picks), running in its own thread so the GUI never waits for it. It serves Meta's Graph endpoints with
// Meta's JSON shapes, so a sandbox account goes through exactly the network code of a real account
// (effectiveAccount() in accountendpoint.h points it here):
//   POST /{version}/{phone-number-id}/messages
//   GET  /{version}/{waba-id}/message_templates
//   GET  /{version}/{phone-number-id}?fields=…
// Anything else answers Meta's "(#100) Invalid parameter" envelope.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    using Options = SandboxOptions;

    explicit SandboxServer(const Options &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 and returns once it does; true when running (also when it already was).
    bool start(QString *error = nullptr);
    // Stops listening and ends the thread. Records are kept.
    void stop();
    bool isRunning() const { return m_http != nullptr; }
    // http://127.0.0.1:<port>; empty while not running.
    QUrl baseUrl() const { return m_baseUrl; }
    const Options &options() const { return m_api->options(); }
    // The bearer token this server accepts.
    QString accessToken() const { return m_api->options().accessToken; }

    // The process-wide sandbox that sandbox accounts use, started on first use from any thread and stopped
    // when the QCoreApplication is destroyed. Default options; the token is SandboxApi::defaultAccessToken().
    // nullptr when it cannot listen.
    static SandboxServer *instance();

    // What the server accepted, oldest first (thread-safe snapshots).
    QList<SandboxRecord> records() const { return m_api->records(); }
    std::optional<SandboxRecord> record(const QString &wamid) const { return m_api->record(wamid); }
    qsizetype recordCount() const { return m_api->recordCount(); }
    void clearRecords() { m_api->clearRecords(); }
    // The simulation itself, e.g. for its seeded rolls.
    const SandboxApi &api() const { return *m_api; }
    SandboxApi &api() { return *m_api; }

Q_SIGNALS:
    // Every accepted message, emitted from the server's thread (connections to receivers in other threads
    // are queued). The status-feed simulation turns these into webhooks.
    void accepted(const SandboxRecord &record);

private:
    void addRoutes();

    std::unique_ptr<SandboxApi> m_api;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;    // lives in m_thread
    QHttpServer *m_http = nullptr;   // created, used and deleted in m_thread
    QUrl m_baseUrl;
};

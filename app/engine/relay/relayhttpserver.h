#pragma once

#include "engine/relay/relayhttp.h"

#include <functional>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

class QTcpSocket;

// The relay's HTTP/1.1 server: a QTcpServer that owns its connections and bounds everything a client on the
// internet can make it hold (docs/relay.md, "Exposed to the internet"):
//   - connections: at most maxConnections in total (kept below the descriptor limit by herald-relay) and
//     maxConnectionsPerAddress per client address; at the total cap the longest-idle connection is closed to
//     make room, otherwise the new one is refused with 503; refusals are logged (rate-limited);
//   - time: the head of a request (and a TLS handshake) must arrive within headerTimeoutMs of its first byte
//     or of the connection (slowloris), its body within bodyTimeoutMs, and a keep-alive connection with
//     nothing to do, or a response the client does not read, is closed after idleTimeoutMs;
//   - memory: the head is at most maxHeaderBytes (431), the body at most maxBodyBytes (413, answered from the
//     Content-Length before any body byte is read); Qt's socket buffer is capped, so a fast sender waits in
//     the kernel instead of in our memory;
//   - "Connection: close" and HTTP/1.0 close after the response; errors answered by the server itself close.
// Handlers run synchronously in the server's thread, one request at a time per connection.
class RelayHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        RelayHttpParser::Limits request; // head and body sizes
        int maxConnections = 512;
        int maxConnectionsPerAddress = 64;
        int headerTimeoutMs = 10'000;
        int bodyTimeoutMs = 30'000;
        int idleTimeoutMs = 60'000;
        // Bodies being read at once may hold at most this much memory together; a request whose body would
        // pass it gets 503 (retry later) before its body is read.
        qint64 maxBodyMemory = 256 * 1024 * 1024;
    };
    using Handler = std::function<RelayHttpResponse(const RelayHttpRequest &)>;

    RelayHttpServer(Limits limits, Handler handler, QObject *parent = nullptr);
    ~RelayHttpServer() override;

    // Serve HTTPS with this certificate chain and private key (PEM files). false with a reason otherwise.
    bool setTls(const QString &certificateFile, const QString &keyFile, QString *error);
    bool tls() const { return m_tls; }
    int connectionCount() const { return int(m_connections.size()); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    enum class Phase { Idle, Head, Body, Writing, Draining, Closing };
    struct Connection;

    void onReadable(Connection *c);
    void process(Connection *c);
    void respond(Connection *c, const RelayHttpResponse &response, bool close, bool head = false);
    void onBytesWritten(Connection *c);
    void onTimeout(Connection *c);
    void reject(Connection *c, int status, const QString &reason);
    void setPhase(Connection *c, Phase phase);
    void remove(Connection *c);
    void drop(Connection *c); // abort and forget
    void releaseBody(Connection *c);
    bool makeRoom();
    void logThrottled(const QString &key, QtMsgType level, QJsonObject fields);

    Limits m_limits;
    Handler m_handler;
    bool m_tls = false;
    QSslConfiguration m_sslConfiguration;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<QHostAddress, int> m_perAddress;
    qint64 m_bodyMemory = 0; // sum of the connections' bodyReserved
    struct Throttle
    {
        qint64 lastMs = -1;
        int suppressed = 0;
    };
    QHash<QString, Throttle> m_throttle;
};

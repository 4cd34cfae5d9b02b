#include "engine/relay/relayhttpserver.h"

#include "engine/relay/relayserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <utility>

namespace {

constexpr qint64 kSocketReadBuffer = 64 * 1024; // Qt's buffer per socket; the kernel holds the rest
constexpr int kLingerMs = 2000; // after an error answer: how long unread request bytes are still drained
constexpr qint64 kMaxDrainBytes = 4 * 1024 * 1024;
constexpr int kAcceptRetryMs = 200;
constexpr qint64 kLogIntervalMs = 1000; // at most one line per second per kind of refusal

QString phaseName(int phase)
{
    static const char *const names[] = { "idle", "head", "body", "writing", "draining", "closing" };
    return QString::fromLatin1(names[phase]);
}

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

struct RelayHttpServer::Connection
{
    Connection(QTcpSocket *s, QHostAddress address, RelayHttpParser::Limits limits)
        : socket(s)
        , peer(std::move(address))
        , parser(limits)
    { }
    QTcpSocket *socket;
    QHostAddress peer;
    RelayHttpParser parser;
    QByteArray buffer; // received, not yet parsed
    QTimer timer;
    Phase phase = Phase::Idle;
    bool closeAfterWrite = false;
    bool continueSent = false;
    bool fresh = true; // no request yet: the header timeout runs from the connection
    qint64 idleSinceMs = 0;
    qint64 drained = 0;
    qint64 bodyReserved = 0; // counted in m_bodyMemory while the body is read
};

RelayHttpServer::RelayHttpServer(Limits limits, Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    setMaxPendingConnections(m_limits.maxConnections);
    // Qt pauses accepting for good on an error such as EMFILE; accept again shortly, and say so.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        logThrottled(QStringLiteral("accept"), QtCriticalMsg,
            { { QStringLiteral("event"), QStringLiteral("accept.error") }, { QStringLiteral("error"), int(error) },
                { QStringLiteral("connections"), connectionCount() } });
        QTimer::singleShot(kAcceptRetryMs, this, [this] { resumeAccepting(); });
    });
}

RelayHttpServer::~RelayHttpServer()
{
    const auto connections = m_connections;
    m_connections.clear();
    for (Connection *c : connections) {
        c->socket->disconnect(this);
        c->socket->abort();
        delete c->socket;
        delete c;
    }
}

bool RelayHttpServer::setTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("this Qt has no TLS backend (install the OpenSSL TLS plugin)");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1").arg(certificateFile);
        return false;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file %1: %2").arg(keyFile, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 is not an unencrypted PEM RSA or EC private key").arg(keyFile);
        return false;
    }
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setLocalCertificateChain(chain);
    m_sslConfiguration.setPrivateKey(key);
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_sslConfiguration.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = true;
    return true;
}

void RelayHttpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    QString refusal;
    if (m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress)
        refusal = QStringLiteral("per_address");
    else if (connectionCount() >= m_limits.maxConnections && !makeRoom())
        refusal = QStringLiteral("total");
    if (!refusal.isEmpty()) {
        logThrottled(QStringLiteral("refused:") + refusal, QtWarningMsg,
            { { QStringLiteral("event"), QStringLiteral("connection.refused") }, { QStringLiteral("reason"), refusal },
                { QStringLiteral("address"), peer.toString() }, { QStringLiteral("connections"), connectionCount() },
                { QStringLiteral("per_address"), m_perAddress.value(peer) } });
        // A plain-text 503 costs one small write; over TLS there is no session yet, so just close.
        if (!m_tls)
            socket->write(RelayHttpResponse::error(QStringLiteral("too many connections"), 503).serialize(true));
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }

    socket->setReadBufferSize(kSocketReadBuffer);
    auto *c = new Connection(socket, peer, m_limits.request);
    c->timer.setSingleShot(true);
    c->idleSinceMs = monotonicMs();
    m_connections.insert(socket, c);
    ++m_perAddress[peer];
    connect(&c->timer, &QTimer::timeout, this, [this, c] { onTimeout(c); });
    connect(socket, &QIODevice::readyRead, this, [this, c] { onReadable(c); });
    connect(socket, &QIODevice::bytesWritten, this, [this, c] { onBytesWritten(c); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, c] { remove(c); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError) {
        if (c->socket->state() == QAbstractSocket::UnconnectedState)
            remove(c);
    });
    c->timer.start(m_limits.headerTimeoutMs); // the first head, and a TLS handshake, must come in time
    if (m_tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        ssl->setSslConfiguration(m_sslConfiguration);
        ssl->startServerEncryption();
    }
}

// At the total cap: close the connection that has been idle longest (a keep-alive connection, else one that has
// not finished a head), so a new client is served rather than refused. Never one with a body or answer in progress.
bool RelayHttpServer::makeRoom()
{
    // Idle ones first, then the oldest unfinished head (a slowloris client is one).
    const auto rank = [](const Connection *c) { return std::make_pair(c->phase == Phase::Head, c->idleSinceMs); };
    Connection *victim = nullptr;
    for (Connection *c : std::as_const(m_connections)) {
        const bool evictable = c->phase == Phase::Idle || c->phase == Phase::Head;
        if (evictable && (!victim || rank(c) < rank(victim)))
            victim = c;
    }
    if (!victim)
        return false;
    logThrottled(QStringLiteral("evicted"), QtWarningMsg,
        { { QStringLiteral("event"), QStringLiteral("connection.evicted") },
            { QStringLiteral("address"), victim->peer.toString() },
            { QStringLiteral("phase"), phaseName(int(victim->phase)) },
            { QStringLiteral("connections"), connectionCount() } });
    drop(victim);
    return true;
}

void RelayHttpServer::setPhase(Connection *c, Phase phase)
{
    c->phase = phase;
    switch (phase) {
    case Phase::Idle:
        c->idleSinceMs = monotonicMs();
        c->timer.start(m_limits.idleTimeoutMs);
        break;
    case Phase::Head:
        if (!c->fresh) // a fresh connection keeps the timer that started when it was accepted
            c->timer.start(m_limits.headerTimeoutMs);
        break;
    case Phase::Body:
        c->timer.start(m_limits.bodyTimeoutMs);
        break;
    case Phase::Writing:
        c->timer.start(m_limits.idleTimeoutMs);
        break;
    case Phase::Draining:
        c->timer.start(kLingerMs);
        break;
    case Phase::Closing:
        c->timer.start(kLingerMs);
        break;
    }
}

void RelayHttpServer::onReadable(Connection *c)
{
    if (c->phase == Phase::Draining || c->phase == Phase::Closing) {
        c->drained += c->socket->skip(c->socket->bytesAvailable());
        if (c->drained > kMaxDrainBytes)
            drop(c);
        return;
    }
    if (c->phase == Phase::Writing)
        return; // the next request waits until this response is out (backpressure)
    process(c);
}

void RelayHttpServer::process(Connection *c)
{
    for (;;) {
        if (c->phase == Phase::Writing || c->phase == Phase::Draining || c->phase == Phase::Closing)
            return;
        if (c->buffer.isEmpty())
            c->buffer = c->socket->read(kSocketReadBuffer);
        if (c->buffer.isEmpty())
            return;
        if (c->phase == Phase::Idle)
            setPhase(c, Phase::Head);
        const RelayHttpParser::State state = c->parser.feed(c->buffer);
        if (state == RelayHttpParser::State::Failed) {
            reject(c, c->parser.errorStatus(), c->parser.errorMessage());
            return;
        }
        if (state == RelayHttpParser::State::Body && c->phase == Phase::Head) {
            const qint64 bound = c->parser.bodyBound();
            if (m_bodyMemory + bound > m_limits.maxBodyMemory) {
                reject(c, 503, QStringLiteral("too many request bodies in flight; retry later"));
                return;
            }
            c->bodyReserved = bound;
            m_bodyMemory += bound;
            setPhase(c, Phase::Body);
            if (c->parser.expectsContinue() && !c->continueSent) {
                c->continueSent = true;
                c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
        }
        if (state != RelayHttpParser::State::Complete)
            continue; // read more if Qt has more; otherwise wait for readyRead
        releaseBody(c);
        RelayHttpRequest request = c->parser.takeRequest();
        c->parser.reset();
        c->continueSent = false;
        c->fresh = false;
        const bool head = request.method == "HEAD";
        const RelayHttpResponse response = m_handler(request);
        respond(c, response, !request.keepAlive, head);
    }
}

void RelayHttpServer::respond(Connection *c, const RelayHttpResponse &response, bool close, bool head)
{
    c->closeAfterWrite = close;
    c->socket->write(response.serialize(close, head));
    setPhase(c, Phase::Writing);
    if (c->socket->bytesToWrite() == 0)
        onBytesWritten(c);
}

void RelayHttpServer::onBytesWritten(Connection *c)
{
    if (c->phase == Phase::Draining || c->phase == Phase::Closing) {
        if (c->socket->bytesToWrite() == 0 && c->phase == Phase::Closing)
            c->socket->disconnectFromHost();
        return;
    }
    if (c->phase != Phase::Writing)
        return;
    if (c->socket->bytesToWrite() > 0) {
        c->timer.start(m_limits.idleTimeoutMs); // progress: the client is reading
        return;
    }
    if (c->closeAfterWrite) {
        setPhase(c, Phase::Closing);
        c->socket->disconnectFromHost();
        return;
    }
    setPhase(c, Phase::Idle);
    // Pipelined bytes already read, or more waiting in the socket.
    if (!c->buffer.isEmpty() || c->socket->bytesAvailable() > 0) {
        QTcpSocket *socket = c->socket;
        QMetaObject::invokeMethod(
            this,
            [this, socket] {
                if (Connection *live = m_connections.value(socket))
                    process(live);
            },
            Qt::QueuedConnection);
    }
}

// An error the server answers itself (431, 413, 400, …): answer, then keep reading and dropping what the
// client still sends for a moment, so it gets to read the answer instead of a connection reset.
void RelayHttpServer::releaseBody(Connection *c)
{
    m_bodyMemory -= c->bodyReserved;
    c->bodyReserved = 0;
}

void RelayHttpServer::reject(Connection *c, int status, const QString &reason)
{
    releaseBody(c);
    logThrottled(QStringLiteral("rejected:%1").arg(status), QtWarningMsg,
        { { QStringLiteral("event"), QStringLiteral("request.rejected") }, { QStringLiteral("status"), status },
            { QStringLiteral("reason"), reason }, { QStringLiteral("address"), c->peer.toString() } });
    c->buffer.clear();
    c->closeAfterWrite = true;
    c->socket->write(RelayHttpResponse::error(reason, status).serialize(true));
    setPhase(c, Phase::Draining);
    onReadable(c);
}

void RelayHttpServer::onTimeout(Connection *c)
{
    switch (c->phase) {
    case Phase::Draining:
        // Answer sent (or still going out): close now, whatever the client is still sending.
        setPhase(c, Phase::Closing);
        c->socket->disconnectFromHost();
        return;
    case Phase::Closing:
        drop(c);
        return;
    case Phase::Idle:
        if (!c->fresh) {
            c->socket->disconnectFromHost(); // a keep-alive connection with nothing to do: close quietly
            return;
        }
        break; // connected but never sent a head (or never finished a TLS handshake)
    default:
        break;
    }
    // A connection that never sent a head is waiting for one, like a slow head.
    const QString phase = phaseName(int(c->phase == Phase::Idle ? Phase::Head : c->phase));
    logThrottled(QStringLiteral("timeout:") + phase, QtInfoMsg,
        { { QStringLiteral("event"), QStringLiteral("connection.timeout") }, { QStringLiteral("phase"), phase },
            { QStringLiteral("address"), c->peer.toString() } });
    if (c->phase == Phase::Head || c->phase == Phase::Body) {
        reject(c, 408, QStringLiteral("request not received in time"));
        return;
    }
    if (c->phase == Phase::Idle) {
        c->socket->disconnectFromHost();
        return;
    }
    drop(c); // a response the client does not read
}

void RelayHttpServer::remove(Connection *c)
{
    if (m_connections.remove(c->socket) == 0)
        return;
    releaseBody(c);
    if (--m_perAddress[c->peer] <= 0)
        m_perAddress.remove(c->peer);
    c->timer.stop();
    c->timer.disconnect(this);
    c->socket->disconnect(this);
    c->socket->deleteLater();
    // Not deleted here: this may run inside one of the connection's own signals (its timer's timeout).
    QMetaObject::invokeMethod(
        this, [c] { delete c; }, Qt::QueuedConnection);
}

void RelayHttpServer::drop(Connection *c)
{
    QTcpSocket *socket = c->socket;
    remove(c);
    socket->abort();
}

void RelayHttpServer::logThrottled(const QString &key, QtMsgType level, QJsonObject fields)
{
    Throttle &t = m_throttle[key];
    const qint64 now = monotonicMs();
    if (t.lastMs >= 0 && now - t.lastMs < kLogIntervalMs) {
        ++t.suppressed;
        return;
    }
    if (t.suppressed > 0)
        fields.insert(QStringLiteral("suppressed"), t.suppressed); // like this one, not logged since the last line
    t.lastMs = now;
    t.suppressed = 0;
    relayLog(level, fields);
}

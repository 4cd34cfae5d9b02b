// herald-relay reached directly by hostile clients (issue 11 §4), as a running process on 127.0.0.1: huge heads
// and bodies are refused before they are read (memory checked in /proc), slow and idle connections are closed
// after configurable timeouts, connections are capped per address and in total below the descriptor limit with
// a log line, "Connection: close" is honoured, /healthz fails when the store cannot be written — and legitimate
// signed webhooks are answered 200 meanwhile. Raw QTcpSockets play the attacker; QNetworkAccessManager is Meta.
#include "relayprocess.h"

#include <csignal>
#include <memory>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sys/resource.h>

using namespace RelayTest;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// One raw connection, optionally from another loopback address (127.0.0.0/8 all reach 127.0.0.1 on Linux).
struct RawClient
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    bool closed = false;
    QElapsedTimer closedAfter;

    bool open(quint16 port, const QHostAddress &from = {})
    {
        if (!from.isNull() && !socket->bind(from, 0))
            return false;
        QObject::connect(socket.get(), &QIODevice::readyRead, socket.get(), [this] { received += socket->readAll(); });
        QObject::connect(socket.get(), &QAbstractSocket::disconnected, socket.get(), [this] { closed = true; });
        QObject::connect(socket.get(), &QAbstractSocket::errorOccurred, socket.get(), [this] {
            received += socket->readAll();
            closed = closed || socket->state() == QAbstractSocket::UnconnectedState
                || socket->error() == QAbstractSocket::RemoteHostClosedError;
        });
        closedAfter.start();
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return socket->waitForConnected(5000);
    }
    bool answered() const { return received.contains("\r\n\r\n"); }
    int status() const { return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0; }
};

// Writes head, then chunk again and again (whenever the socket has room) until the relay answers or closes or
// cap bytes went out. Returns the bytes sent.
qint64 streamUntilAnswered(RawClient &c, const QByteArray &head, const QByteArray &chunk, qint64 cap)
{
    QEventLoop loop;
    qint64 sent = c.socket->write(head);
    const auto feed = [&] {
        while (!c.closed && c.received.isEmpty() && c.socket->bytesToWrite() < 2 * kMiB && sent < cap)
            sent += c.socket->write(chunk);
        if (!c.received.isEmpty() || c.closed || sent >= cap)
            loop.quit();
    };
    QObject::connect(c.socket.get(), &QIODevice::bytesWritten, &loop, feed);
    QObject::connect(c.socket.get(), &QIODevice::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(c.socket.get(), &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    feed();
    if (!c.closed && c.received.isEmpty() && sent < cap)
        loop.exec();
    return sent;
}

QByteArray statusWebhook(int n)
{
    const QJsonObject status { { QStringLiteral("id"), QStringLiteral("wamid.hard.%1").arg(n) },
        { QStringLiteral("status"), QStringLiteral("delivered") },
        { QStringLiteral("timestamp"), QStringLiteral("1750030073") },
        { QStringLiteral("recipient_id"), QStringLiteral("16505551234") } };
    const QJsonObject value { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
        { QStringLiteral("statuses"), QJsonArray { status } } };
    const QJsonObject entry { { QStringLiteral("id"), QStringLiteral("1234") },
        { QStringLiteral("changes"),
            QJsonArray { QJsonObject {
                { QStringLiteral("field"), QStringLiteral("messages") }, { QStringLiteral("value"), value } } } } };
    return QJsonDocument(QJsonObject { { QStringLiteral("object"), QStringLiteral("whatsapp_business_account") },
                             { QStringLiteral("entry"), QJsonArray { entry } } })
        .toJson(QJsonDocument::Compact);
}

int statusOf(QNetworkReply *reply, QByteArray *body = nullptr)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// Meta delivering one signed webhook.
int postWebhook(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Hub-Signature-256", sign(body));
    request.setTransferTimeout(15000);
    return statusOf(nam.post(request, body));
}

QByteArray healthHead(const QByteArray &extra = {})
{
    return "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class TestRelayHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hugeHeaderIs431WithoutReadingIt();
    void oversizedBodyIs413BeforeItIsSent_data();
    void oversizedBodyIs413BeforeItIsSent();
    void expectContinue();
    void bodiesInFlightShareAMemoryBudget();
    void slowHeaderIsClosedAfterTheHeaderTimeout();
    void silentConnectionIsClosedAfterTheHeaderTimeout();
    void slowBodyIsClosedAfterTheBodyTimeout();
    void idleKeepAliveIsClosedAfterTheIdleTimeout();
    void connectionCloseIsHonoured();
    void connectionCapsRefuseWithALogLineAndWebhooksStillPass();
    void descriptorLimitCapsConnections();
    void connectionsAboveTheDescriptorLimitRefuseToStart();
    void healthFailsWhenTheStoreCannotBeWritten();
    void tls();

private:
    QString database(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

void TestRelayHardening::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRelayHardening::hugeHeaderIs431WithoutReadingIt()
{
    Relay relay;
    QVERIFY2(relay.start(database(QStringLiteral("head"))), relay.log().constData());
    RawClient c;
    QVERIFY(c.open(relay.port()));
    // The 256 MiB header: the relay must answer long before it is all sent, and not buffer it.
    const qint64 sent = streamUntilAnswered(
        c, "POST /webhooks/whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ", QByteArray(256 * 1024, 'a'), 256 * kMiB);
    QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
    QCOMPARE(c.status(), 431);
    QVERIFY2(c.received.contains("Connection: close"), c.received.constData());
    QVERIFY2(sent < 64 * kMiB, qPrintable(QString::number(sent)));
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 10000);
    const qint64 peak = relay.statusKiB("VmHWM");
    qInfo("huge head: answered 431 after the client sent %lld bytes; relay peak memory %lld KiB", sent, peak);
    QVERIFY(peak > 0);
    QVERIFY2(peak < 100 * 1024, qPrintable(QStringLiteral("relay peak memory %1 KiB").arg(peak)));
    QVERIFY(relay.log().contains("\"event\":\"request.rejected\""));
    // Still serving.
    QCOMPARE(statusOf(m_nam.get(QNetworkRequest(relay.url(QStringLiteral("/healthz"))))), 200);
}

void TestRelayHardening::oversizedBodyIs413BeforeItIsSent_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("chunk"); // streamed after the head until the relay answers; empty: nothing
    const QByteArray post = "POST /webhooks/whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Hub-Signature-256: sha256=00\r\n";
    QTest::newRow("Content-Length 512 MiB, no body sent")
        << QByteArray(post + "Content-Length: 536870912\r\n\r\n") << QByteArray();
    QTest::newRow("Content-Length 512 MiB, body streamed")
        << QByteArray(post + "Content-Length: 536870912\r\n\r\n") << QByteArray(256 * 1024, 'x');
    QTest::newRow("Expect: 100-continue, 512 MiB")
        << QByteArray(post + "Content-Length: 536870912\r\nExpect: 100-continue\r\n\r\n") << QByteArray();
    QTest::newRow("chunked, one 512 MiB chunk declared")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n20000000\r\n") << QByteArray();
    QTest::newRow("chunked, small chunks past the limit") << QByteArray(
        post + "Transfer-Encoding: chunked\r\n\r\n") << QByteArray("10000\r\n" + QByteArray(0x10000, 'y') + "\r\n");
    QTest::newRow("business events, Content-Length 512 MiB") << QByteArray(
        "POST /v1/business-events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + kIngestToken
        + "\r\nContent-Length: 536870912\r\n\r\n") << QByteArray();
}

void TestRelayHardening::oversizedBodyIs413BeforeItIsSent()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, chunk);
    Relay relay;
    QVERIFY2(relay.start(database(QStringLiteral("body"))), relay.log().constData());
    RawClient c;
    QVERIFY(c.open(relay.port()));
    qint64 sent = 0;
    if (chunk.isEmpty())
        sent = c.socket->write(head);
    else
        sent = streamUntilAnswered(c, head, chunk, 512 * kMiB);
    QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
    QCOMPARE(c.status(), 413);
    QVERIFY(!c.received.contains("100 Continue"));
    QVERIFY2(c.received.contains("Connection: close"), c.received.constData());
    QVERIFY2(sent < 64 * kMiB, qPrintable(QString::number(sent))); // stopped long before 512 MiB
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 10000); // closed, not left waiting for the body
    const qint64 peak = relay.statusKiB("VmHWM");
    qInfo("%s: answered 413 after the client sent %lld bytes; relay peak memory %lld KiB", QTest::currentDataTag(),
        sent, peak);
    QVERIFY2(peak > 0 && peak < 100 * 1024, qPrintable(QStringLiteral("relay peak memory %1 KiB").arg(peak)));
    QByteArray health;
    QCOMPARE(statusOf(m_nam.get(QNetworkRequest(relay.url(QStringLiteral("/healthz")))), &health), 200);
    QVERIFY2(health.contains("\"events\":0"), health.constData()); // nothing stored
}

void TestRelayHardening::expectContinue()
{
    Relay relay;
    QVERIFY2(relay.start(database(QStringLiteral("continue"))), relay.log().constData());
    RawClient c;
    QVERIFY(c.open(relay.port()));
    const QByteArray body = statusWebhook(1);
    c.socket->write("POST /webhooks/whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Hub-Signature-256: " + sign(body)
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nExpect: 100-continue\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(c.received.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), 5000);
    c.received.clear();
    c.socket->write(body);
    QTRY_VERIFY_WITH_TIMEOUT(c.answered() && c.received.contains("\"cursor\":1"), 5000);
    QCOMPARE(c.status(), 200);
}

void TestRelayHardening::bodiesInFlightShareAMemoryBudget()
{
    // Many clients each announcing a body of the allowed size, sent slowly: together they may hold no more than
    // --max-body-memory; the next one gets 503 before its body is read, and room comes back as bodies finish.
    Relay relay;
    QVERIFY2(relay.start(database(QStringLiteral("budget")),
                 { QStringLiteral("--max-body"), QString::number(kMiB), QStringLiteral("--max-body-memory"),
                     QString::number(2 * kMiB) }),
        relay.log().constData());
    const QByteArray head = "POST /webhooks/whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Hub-Signature-256: sha256=00\r\n"
                            "Content-Length: "
        + QByteArray::number(kMiB) + "\r\n\r\n";
    std::vector<std::unique_ptr<RawClient>> clients;
    const auto announce = [&] {
        clients.push_back(std::make_unique<RawClient>());
        return clients.back()->open(relay.port()) && clients.back()->socket->write(head) == head.size();
    };
    QVERIFY(announce() && announce());
    QVERIFY(announce());
    QTRY_VERIFY_WITH_TIMEOUT(clients[2]->answered(), 5000);
    QCOMPARE(clients[2]->status(), 503);
    QVERIFY(clients[0]->received.isEmpty() && clients[1]->received.isEmpty()); // still being read
    clients[0]->socket->write(QByteArray(kMiB, 'x')); // finishes: a bad signature, 403
    QTRY_VERIFY_WITH_TIMEOUT(clients[0]->answered(), 10000);
    QCOMPARE(clients[0]->status(), 403);
    QVERIFY(announce());
    clients[3]->socket->write(QByteArray(kMiB, 'y'));
    QTRY_VERIFY_WITH_TIMEOUT(clients[3]->answered(), 10000);
    QCOMPARE(clients[3]->status(), 403); // read, not refused
}

void TestRelayHardening::slowHeaderIsClosedAfterTheHeaderTimeout()
{
    Relay relay;
    QVERIFY2(relay.start(database(QStringLiteral("slow")), { QStringLiteral("--header-timeout"), QStringLiteral("1") }),
        relay.log().constData());
    RawClient c;
    QVERIFY(c.open(relay.port()));
    QElapsedTimer since;
    since.start();
    c.socket->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    // Slowloris: one more header field every 100 ms, never the blank line that ends the head.
    QTimer drip;
    int fields = 0;
    QObject::connect(&drip, &QTimer::timeout, c.socket.get(), [&] {
        if (!c.closed && fields < 200)
            c.socket->write("X-Slow-" + QByteArray::number(fields++) + ": 1\r\n");
    });
    drip.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 8000);
    drip.stop();
    const qint64 elapsed = since.elapsed();
    QVERIFY2(elapsed >= 900 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY2(fields >= 5, "the client kept sending, and was closed anyway");
    QCOMPARE(c.status(), 408);
    QTRY_VERIFY_WITH_TIMEOUT(relay.log().contains("\"event\":\"connection.timeout\""), 2000);
    // A normal client on the same relay is unaffected.
    QCOMPARE(statusOf(m_nam.get(QNetworkRequest(relay.url(QStringLiteral("/healthz"))))), 200);
}

void TestRelayHardening::silentConnectionIsClosedAfterTheHeaderTimeout()
{
    Relay relay;
    QVERIFY2(
        relay.start(database(QStringLiteral("silent")), { QStringLiteral("--header-timeout"), QStringLiteral("0.5") }),
        relay.log().constData());
    RawClient c;
    QVERIFY(c.open(relay.port()));
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 6000);
    QVERIFY2(c.closedAfter.elapsed() >= 400, qPrintable(QString::number(c.closedAfter.elapsed())));
}

void TestRelayHardening::slowBodyIsClosedAfterTheBodyTimeout()
{
    Relay relay;
    QVERIFY2(
        relay.start(database(QStringLiteral("slowbody")), { QStringLiteral("--body-timeout"), QStringLiteral("1") }),
        relay.log().constData());
    RawClient c;
    QVERIFY(c.open(relay.port()));
    QElapsedTimer since;
    since.start();
    // A complete head promising 1000 bytes, then 10 of them.
    c.socket->write("POST /webhooks/whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Hub-Signature-256: sha256=00\r\n"
                    "Content-Length: 1000\r\n\r\n0123456789");
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 8000);
    QVERIFY2(since.elapsed() >= 900, qPrintable(QString::number(since.elapsed())));
    QCOMPARE(c.status(), 408);
}

void TestRelayHardening::idleKeepAliveIsClosedAfterTheIdleTimeout()
{
    Relay relay;
    QVERIFY2(relay.start(database(QStringLiteral("idle")), { QStringLiteral("--idle-timeout"), QStringLiteral("1") }),
        relay.log().constData());
    RawClient c;
    QVERIFY(c.open(relay.port()));
    // Two pipelined requests in one write: two answers, and the connection stays open for more.
    c.socket->write(healthHead() + healthHead());
    QTRY_COMPARE_WITH_TIMEOUT(c.received.count("HTTP/1.1 200 OK"), 2, 5000);
    QVERIFY(!c.received.contains("Connection: close"));
    QElapsedTimer since;
    since.start();
    QVERIFY(!c.closed);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 6000);
    QVERIFY2(since.elapsed() >= 800, qPrintable(QString::number(since.elapsed())));
}

void TestRelayHardening::connectionCloseIsHonoured()
{
    Relay relay; // default idle timeout: a minute, so a quick close is the relay honouring the request
    QVERIFY2(relay.start(database(QStringLiteral("close"))), relay.log().constData());
    RawClient keep;
    QVERIFY(keep.open(relay.port()));
    keep.socket->write(healthHead());
    QTRY_VERIFY_WITH_TIMEOUT(keep.answered(), 5000);
    RawClient c;
    QVERIFY(c.open(relay.port()));
    QElapsedTimer since;
    since.start();
    c.socket->write(healthHead("Connection: close\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 5000);
    QVERIFY2(since.elapsed() < 3000, qPrintable(QString::number(since.elapsed())));
    QCOMPARE(c.status(), 200);
    QVERIFY(c.received.contains("Connection: close\r\n"));
    // HTTP/1.0 closes too; the keep-alive connection is still open.
    RawClient old;
    QVERIFY(old.open(relay.port()));
    old.socket->write("GET /healthz HTTP/1.0\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(old.closed, 5000);
    QCOMPARE(old.status(), 200);
    QVERIFY(!keep.closed);
}

void TestRelayHardening::connectionCapsRefuseWithALogLineAndWebhooksStillPass()
{
    Relay relay;
    QVERIFY2(relay.start(database(QStringLiteral("caps")),
                 { QStringLiteral("--max-connections"), QStringLiteral("40"),
                     QStringLiteral("--max-connections-per-address"), QStringLiteral("10") }),
        relay.log().constData());
    // One address opens 14 idle connections: 10 are kept, 4 refused with 503 and closed.
    std::vector<std::unique_ptr<RawClient>> attackers;
    const auto openFrom = [&](const char *address, int count) {
        for (int i = 0; i < count; ++i) {
            attackers.push_back(std::make_unique<RawClient>());
            if (!attackers.back()->open(relay.port(), QHostAddress(QString::fromLatin1(address))))
                return false;
        }
        return true;
    };
    QVERIFY(openFrom("127.0.0.2", 14));
    const auto closedCount
        = [&] { return std::count_if(attackers.begin(), attackers.end(), [](const auto &c) { return c->closed; }); };
    QTRY_COMPARE_WITH_TIMEOUT(closedCount(), 4, 5000);
    for (size_t i = 10; i < 14; ++i)
        QCOMPARE(attackers[i]->status(), 503);
    // Three more addresses fill the total of 40.
    QVERIFY(openFrom("127.0.0.3", 10) && openFrom("127.0.0.4", 10) && openFrom("127.0.0.5", 10));
    // Meta still gets through: at the total cap the longest-idle connection makes room.
    for (int i = 0; i < 12; ++i)
        QCOMPARE(postWebhook(m_nam, relay.url(QStringLiteral("/webhooks/whatsapp")), statusWebhook(i)), 200);
    QTRY_VERIFY_WITH_TIMEOUT(closedCount() > 4, 5000); // evicted
    const QList<QJsonObject> refused = relay.records(QStringLiteral("connection.refused"));
    QVERIFY(!refused.isEmpty());
    QCOMPARE(refused.first()[QStringLiteral("reason")].toString(), QStringLiteral("per_address"));
    QCOMPARE(refused.first()[QStringLiteral("address")].toString(), QStringLiteral("127.0.0.2"));
    QVERIFY2(refused.size() <= 2, "refusals are logged at most once a second per reason");
    QVERIFY(!relay.records(QStringLiteral("connection.evicted")).isEmpty());
}

void TestRelayHardening::descriptorLimitCapsConnections()
{
    // The case in small: more idle connections than open files allowed (systemd's default is 1,024;
    // here 128). The relay keeps its connections below the limit and Meta's webhooks are still answered.
    Relay relay;
    relay.setChildModifier([] {
        struct rlimit limit
        {
            128, 128
        };
        ::setrlimit(RLIMIT_NOFILE, &limit);
    });
    QVERIFY2(relay.start(database(QStringLiteral("nofile"))), relay.log().constData());
    const int cap = relay.listening()[QStringLiteral("max_connections")].toInt();
    QCOMPARE(cap, 128 - 64);
    std::vector<std::unique_ptr<RawClient>> idle;
    for (int a = 2; a < 8; ++a) {
        for (int i = 0; i < 25; ++i) { // 150 connections from six addresses
            idle.push_back(std::make_unique<RawClient>());
            QVERIFY(idle.back()->open(relay.port(), QHostAddress(QStringLiteral("127.0.0.%1").arg(a))));
        }
    }
    for (int i = 0; i < 10; ++i)
        QCOMPARE(postWebhook(m_nam, relay.url(QStringLiteral("/webhooks/whatsapp")), statusWebhook(i)), 200);
    const qint64 descriptors
        = QDir(QStringLiteral("/proc/%1/fd").arg(relay.pid())).entryList(QDir::Files | QDir::System).size();
    qInfo("150 idle connections, open-files limit 128: relay holds %lld descriptors, %d evictions logged", descriptors,
        int(relay.records(QStringLiteral("connection.evicted")).size()));
    QVERIFY2(descriptors > 0 && descriptors < 128, qPrintable(QString::number(descriptors)));
    QVERIFY2(relay.records(QStringLiteral("accept.error")).isEmpty(), relay.log().constData());
    QVERIFY(!relay.records(QStringLiteral("connection.evicted")).isEmpty());
}

void TestRelayHardening::connectionsAboveTheDescriptorLimitRefuseToStart()
{
    QProcess p;
    p.setProcessEnvironment(relayEnvironment());
    p.setChildProcessModifier([] {
        struct rlimit limit
        {
            128, 128
        };
        ::setrlimit(RLIMIT_NOFILE, &limit);
    });
    p.start(QStringLiteral(HERALD_RELAY_PATH),
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
            database(QStringLiteral("toomany")), QStringLiteral("--max-connections"), QStringLiteral("100") });
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("startup.refused") && err.contains("LimitNOFILE"), err.constData());
}

void TestRelayHardening::healthFailsWhenTheStoreCannotBeWritten()
{
    // Decision: a real write failure, not a mock. The relay runs under a file size limit (RLIMIT_FSIZE), which
    // makes SQLite's writes fail with EFBIG exactly where a full disk fails with ENOSPC (herald-relay ignores
    // SIGXFSZ for this). As root, chmod would not stop a write; a limit does.
    const auto limited = [] {
        struct rlimit limit
        {
            192 * 1024, 192 * 1024
        };
        ::setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_IGN);
    };
    const QString path = database(QStringLiteral("full"));
    QByteArray health;
    const auto healthStatus = [&](Relay &relay) {
        return statusOf(m_nam.get(QNetworkRequest(relay.url(QStringLiteral("/healthz")))), &health);
    };
    {
        Relay relay;
        relay.setChildModifier(limited);
        QVERIFY2(relay.start(path), relay.log().constData());
        QCOMPARE(healthStatus(relay), 200);
        int status = 200;
        int posted = 0;
        QByteArray big = statusWebhook(0);
        big.insert(big.size() - 1, ",\"pad\":\"" + QByteArray(16 * 1024, 'p') + '"');
        while (status == 200 && posted < 40) {
            status = postWebhook(m_nam, relay.url(QStringLiteral("/webhooks/whatsapp")), big);
            ++posted;
        }
        qInfo("store under a 192 KiB file size limit: webhook %d answered 500", posted);
        QCOMPARE(status, 500); // the "disk" is full: Meta is told to retry
        QCOMPARE(healthStatus(relay), 503);
        QVERIFY2(health.contains("cannot be written"), health.constData());
    }
    {
        // Without a webhook to fail, /healthz finds out by its own test writes (one WAL frame each, every call
        // with interval 0): they succeed while the file can grow, and from the first that cannot, it is 503.
        Relay relay;
        relay.setChildModifier(limited);
        QVERIFY2(relay.start(path, { QStringLiteral("--health-probe-interval"), QStringLiteral("0") }),
            relay.log().constData());
        int probes = 0;
        int status = 200;
        while (status == 200 && probes < 200) {
            status = healthStatus(relay);
            ++probes;
        }
        qInfo("store under a 192 KiB file size limit: /healthz 503 after %d probe writes", probes);
        QCOMPARE(status, 503);
        QCOMPARE(healthStatus(relay), 503); // and stays so
        QVERIFY(!relay.records(QStringLiteral("store.error")).isEmpty());
    }
    {
        // Space again: healthy, and webhooks are stored.
        Relay relay;
        QVERIFY2(relay.start(path, { QStringLiteral("--health-probe-interval"), QStringLiteral("0") }),
            relay.log().constData());
        QCOMPARE(healthStatus(relay), 200);
        QCOMPARE(postWebhook(m_nam, relay.url(QStringLiteral("/webhooks/whatsapp")), statusWebhook(99)), 200);
    }
}

void TestRelayHardening::tls()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("no openssl command to make a self-signed certificate with");
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess make;
    make.start(openssl,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1") });
    QVERIFY(make.waitForFinished(30000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());

    Relay relay;
    QVERIFY2(relay.start(database(QStringLiteral("tls")),
                 { QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                     QStringLiteral("--header-timeout"), QStringLiteral("1") }),
        relay.log().constData());
    QVERIFY(relay.listening()[QStringLiteral("tls")].toBool());
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates(QSslCertificate::fromPath(cert));
    const QByteArray body = statusWebhook(7);
    QNetworkRequest request(relay.url(QStringLiteral("/webhooks/whatsapp"), {}, QStringLiteral("https")));
    request.setSslConfiguration(trust);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Hub-Signature-256", sign(body));
    request.setTransferTimeout(15000);
    QCOMPARE(statusOf(m_nam.post(request, body)), 200);

    // Plain HTTP to the TLS port gets no answer, and a client that never finishes a handshake is closed.
    RawClient plain;
    QVERIFY(plain.open(relay.port()));
    plain.socket->write(healthHead());
    QTRY_VERIFY_WITH_TIMEOUT(plain.closed, 6000);
    QVERIFY(!plain.received.contains("HTTP/1.1 200"));
}

QTEST_GUILESS_MAIN(TestRelayHardening)
#include "tst_relayhardening.moc"

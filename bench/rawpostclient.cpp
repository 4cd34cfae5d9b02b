#include "rawpostclient.h"

#include "engine/cloudapi/cloudapi.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <memory>
#include <vector>

RawPostClient::RawPostClient(const QUrl &messagesUrl, const QByteArray &token, int connections)
    : m_url(messagesUrl)
    , m_connections(connections)
{
    m_head = "POST " + m_url.path().toLatin1() + " HTTP/1.1\r\nHost: " + m_url.host().toLatin1() + ':'
        + QByteArray::number(m_url.port()) + "\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nConnection: Keep-Alive\r\nAccept-Encoding: gzip, deflate\r\n"
          "Accept-Language: en,*\r\nUser-Agent: Mozilla/5.0\r\nContent-Length: ";
}

QByteArray RawPostClient::nextRequest()
{
    const int i = m_next++;
    QString error;
    const QByteArray body = CloudApi::messageBody(
        {QStringLiteral("+9198%1").arg(i, 8, 10, QLatin1Char('0')), QStringLiteral("r%1").arg(i),
         QStringLiteral("bench_offer"), QStringLiteral("en_US"),
         QByteArrayLiteral(R"([{"type":"body","parameters":[{"type":"text","text":"Customer )")
             + QByteArray::number(i) + R"("},{"type":"text","text":"25%"}]}])"},
        &error);
    return m_head + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

bool RawPostClient::run(int count)
{
    struct Conn
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        bool busy = false;
    };
    std::vector<Conn> conns(size_t(std::max(1, m_connections)));
    int sent = 0;
    int answered = 0;
    bool broken = false;
    QEventLoop loop;
    auto sendNext = [&](Conn &c) {
        if (sent >= count)
            return;
        ++sent;
        c.busy = true;
        c.socket->write(nextRequest());
    };
    for (Conn &c : conns) {
        c.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = c.socket.get();
        Conn *conn = &c;
        QObject::connect(s, &QTcpSocket::connected, s, [&, conn] {
            conn->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            sendNext(*conn);
        });
        QObject::connect(s, &QTcpSocket::errorOccurred, s, [&] {
            broken = true;
            loop.quit();
        });
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, conn] {
            conn->buffer += conn->socket->readAll();
            for (;;) {
                const qsizetype end = conn->buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype cl = conn->buffer.indexOf("Content-Length: ");
                if (cl < 0 || cl > end)
                    return;
                const qsizetype length = conn->buffer.mid(cl + 16, conn->buffer.indexOf('\r', cl) - cl - 16).toLongLong();
                if (conn->buffer.size() < end + 4 + length)
                    return;
                conn->buffer.remove(0, end + 4 + length);
                conn->busy = false;
                if (++answered == count) {
                    loop.quit();
                    return;
                }
                sendNext(*conn);
            }
        });
        s->connectToHost(m_url.host(), quint16(m_url.port()));
    }
    if (count > 0)
        loop.exec();
    for (Conn &c : conns)
        c.socket->disconnect();
    return !broken && answered == count;
}

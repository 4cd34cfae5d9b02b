#include "cloudapistub.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>
#include <chrono>
#include <cstring>

qint64 benchMonoUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

CloudApiStub::CloudApiStub(int limit)
    : m_limitValue(limit)
{
}

void CloudApiStub::listen()
{
    m_server = new QTcpServer(this);
    m_server->listen(QHostAddress::LocalHost, 0);
    QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            s->setParent(this);
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
            QObject::connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_buffers.remove(s);
                s->deleteLater();
            });
        }
    });
    m_port = m_server->serverPort();
}

std::vector<qint64> CloudApiStub::takeAccepted()
{
    std::lock_guard lock(m_mutex);
    std::vector<qint64> out;
    out.swap(m_accepted);
    m_accepted.reserve(out.size());
    return out;
}

namespace {

// Content-Length of the request whose header ends at `headerEnd` (case-insensitive name), 0 when absent.
qsizetype contentLength(const QByteArray &buffer, qsizetype from, qsizetype headerEnd)
{
    static const QByteArray name("\r\ncontent-length:");
    for (qsizetype i = from; i + name.size() <= headerEnd; ++i) {
        if (buffer.at(i) != '\r' || qstrnicmp(buffer.constData() + i, name.constData(), name.size()) != 0)
            continue;
        qsizetype j = i + name.size();
        while (j < headerEnd && buffer.at(j) == ' ')
            ++j;
        qsizetype n = 0;
        while (j < headerEnd && buffer.at(j) >= '0' && buffer.at(j) <= '9')
            n = n * 10 + (buffer.at(j++) - '0');
        return n;
    }
    return 0;
}

} // namespace

void CloudApiStub::serve(QTcpSocket *s)
{
    QByteArray &buffer = m_buffers[s];
    buffer += s->readAll();
    QByteArray out;
    qsizetype pos = 0;
    const int limit = m_limitValue.load();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n", pos);
        if (end < 0)
            break;
        const qsizetype length = contentLength(buffer, pos, end + 2);
        if (buffer.size() < end + 4 + length)
            break;
        pos = end + 4 + length;
        const qint64 now = benchMonoUs();
        bool ok = true;
        if (limit > 0) {
            while (!m_window.empty() && m_window.front() <= now - 1000000)
                m_window.pop_front();
            ok = qsizetype(m_window.size()) < limit;
            if (ok)
                m_window.push_back(now);
        }
        QByteArray body;
        if (ok) {
            {
                std::lock_guard lock(m_mutex);
                m_accepted.push_back(now);
            }
            body = R"({"messaging_product":"whatsapp","contacts":[{"input":"+919800000000","wa_id":"919800000000"}],)"
                   R"("messages":[{"id":"wamid.HBgM)"
                + QByteArray::number(++m_served) + R"(","message_status":"accepted"}]})";
            out += "HTTP/1.1 200 OK\r\n";
        } else {
            ++m_throttled;
            body = R"({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,)"
                   R"("error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been )"
                   R"(reached."},"fbtrace_id":"AbCdEf"}})";
            out += "HTTP/1.1 400 Bad Request\r\n";
        }
        out += "Content-Type: application/json; charset=UTF-8\r\nfacebook-api-version: v23.0\r\n"
               "x-fb-request-id: AQ1b2C3d4E5f6G7h8I9j\r\nConnection: keep-alive\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    if (pos > 0)
        buffer.remove(0, pos);
    if (!out.isEmpty())
        s->write(out);
}

CloudApiStubThread::CloudApiStubThread(int limit)
    : m_stub(new CloudApiStub(limit))
{
    m_thread.setObjectName(QStringLiteral("cloud-api-stub"));
    m_stub->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_stub, [this] { m_stub->listen(); }, Qt::BlockingQueuedConnection);
}

CloudApiStubThread::~CloudApiStubThread()
{
    QMetaObject::invokeMethod(m_stub, [this] { delete m_stub; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

double sustainedRate(const std::vector<qint64> &arrivals)
{
    const size_t lo = arrivals.size() / 10;
    const size_t hi = arrivals.size() * 9 / 10;
    if (hi <= lo + 1 || arrivals[hi] <= arrivals[lo])
        return 0;
    return double(hi - lo) * 1e6 / double(arrivals[hi] - arrivals[lo]);
}

double overallRate(const std::vector<qint64> &arrivals)
{
    if (arrivals.size() < 2 || arrivals.back() <= arrivals.front())
        return 0;
    return double(arrivals.size() - 1) * 1e6 / double(arrivals.back() - arrivals.front());
}

int busiestSecond(const std::vector<qint64> &arrivals)
{
    int best = 0;
    size_t lo = 0;
    for (size_t hi = 0; hi < arrivals.size(); ++hi) {
        while (arrivals[hi] - arrivals[lo] >= 1000000)
            ++lo;
        best = std::max(best, int(hi - lo + 1));
    }
    return best;
}

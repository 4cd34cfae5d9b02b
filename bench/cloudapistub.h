#pragma once
// The send benchmarks' loopback Cloud API: a minimal HTTP/1.1 keep-alive responder on its own thread that answers
// every POST …/messages like Meta does (200 with a wamid), or — with a limit — 130429 once `limit` requests were
// accepted in the last second (a sliding window, like Meta's per-number throughput). It parses pipelined requests
// straight from the socket buffer and answers each batch with one write, so it takes far more than 2,000 requests
// a second on one core: the reference client (RawPostClient) proves it in the same run.

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QThread>
#include <atomic>
#include <deque>
#include <mutex>
#include <vector>

class QTcpServer;
class QTcpSocket;

class CloudApiStub : public QObject
{
public:
    // limit: requests accepted per sliding second, 0 = no limit.
    explicit CloudApiStub(int limit);
    void listen();
    quint16 port() const { return m_port; }
    void setLimit(int limit) { m_limitValue.store(limit); }

    // Arrival times (monotonic µs) of the requests accepted since the last take, and the 130429 count; both reset.
    std::vector<qint64> takeAccepted();
    qint64 takeThrottled() { return m_throttled.exchange(0); }

private:
    void serve(QTcpSocket *socket);

    std::atomic<int> m_limitValue;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::deque<qint64> m_window;
    std::atomic<qint64> m_throttled{0};
    qint64 m_served = 0;
    std::mutex m_mutex;
    std::vector<qint64> m_accepted;
};

// Owns a CloudApiStub living on its own thread.
class CloudApiStubThread
{
public:
    explicit CloudApiStubThread(int limit = 0);
    ~CloudApiStubThread();
    CloudApiStub &stub() { return *m_stub; }

private:
    QThread m_thread;
    CloudApiStub *m_stub;
};

qint64 benchMonoUs();

// Requests a second over the middle 80 % of `arrivals` (without start-up and drain); 0 with too few.
double sustainedRate(const std::vector<qint64> &arrivals);
// Requests a second from the first to the last arrival.
double overallRate(const std::vector<qint64> &arrivals);
// The most arrivals within any one-second window.
int busiestSecond(const std::vector<qint64> &arrivals);

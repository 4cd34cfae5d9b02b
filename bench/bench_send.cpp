// Sending engine figures (issue 4): throughput with the pacer off, the pacer's accuracy at 80 msg/s against a
// server that enforces 80/s, and the owner thread's event-loop stalls during a 100,000-recipient run.
// A minimal Cloud-API-shaped HTTP server runs on its own thread. Prints figures only.
#include "engine/send/campaignrunner.h"
#include "models/accounts/account.h"
#include "models/storage/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <cstdio>
#include <deque>
#include <mutex>
#include <vector>

namespace {

qint64 monoMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// Answers POST …/messages like the Cloud API; with a limit, 130429 once `limit` requests were accepted in the
// last second (sliding window).
class BenchServer : public QObject
{
public:
    explicit BenchServer(int limit)
        : m_limit(limit)
    {
    }
    void listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_port = m_server->serverPort();
    }
    quint16 port() const { return m_port; }
    std::atomic<qint64> requests{0};
    std::atomic<qint64> throttled{0};
    std::vector<qint64> acceptedAt() const
    {
        std::lock_guard lock(m_mutex);
        return m_acceptedAt;
    }

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        QByteArray out;
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            const qsizetype cl = buffer.indexOf("ontent-Length:");
            const qsizetype length = cl >= 0 && cl < end ? buffer.mid(cl + 14, buffer.indexOf('\r', cl) - cl - 14).trimmed().toLongLong() : 0;
            if (buffer.size() < end + 4 + length)
                break;
            buffer.remove(0, end + 4 + length);
            ++requests;
            const qint64 now = monoMs();
            QByteArray body;
            bool ok = true;
            if (m_limit > 0) {
                while (!m_window.empty() && m_window.front() <= now - 1000)
                    m_window.pop_front();
                ok = qsizetype(m_window.size()) < m_limit;
                if (ok)
                    m_window.push_back(now);
            }
            if (ok) {
                {
                    std::lock_guard lock(m_mutex);
                    m_acceptedAt.push_back(now);
                }
                body = R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.)" + QByteArray::number(requests.load())
                    + R"(","message_status":"accepted"}]})";
                out += "HTTP/1.1 200 OK\r\n";
            } else {
                ++throttled;
                body = R"({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429}})";
                out += "HTTP/1.1 400 Bad Request\r\n";
            }
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        if (!out.isEmpty())
            s->write(out);
    }

    int m_limit;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::deque<qint64> m_window;
    mutable std::mutex m_mutex;
    std::vector<qint64> m_acceptedAt;
};

struct ServerThread
{
    explicit ServerThread(int limit)
        : server(new BenchServer(limit))
    {
        server->moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(server, [this] { server->listen(); }, Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(server, [this] { delete server; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    QThread thread;
    BenchServer *server;
};

qint64 createRun(Workspace &ws, qint64 accountId, int count, int offset)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.exec(QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, created_at, updated_at) "
                          "VALUES ('bench', %1, 'diwali_offer_v2', 'en_US', %2, %2)").arg(accountId).arg(now));
    const qint64 campaign = q.lastInsertId().toLongLong();
    q.exec(QStringLiteral("INSERT INTO campaign_runs (campaign_id, planned_at, updated_at) VALUES (%1, %2, %2)")
               .arg(campaign)
               .arg(now));
    const qint64 run = q.lastInsertId().toLongLong();
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO recipients (run_id, phone, state, components, updated_at) VALUES (?, ?, 'planned', ?, ?)"));
    const QString components = QStringLiteral(R"([{"type":"body","parameters":[{"type":"text","text":"Ravi"},{"type":"text","text":"25%"}]}])");
    for (int i = 0; i < count; ++i) {
        q.addBindValue(run);
        q.addBindValue(QStringLiteral("+9198%1").arg(offset + i, 8, 10, QLatin1Char('0')));
        q.addBindValue(components);
        q.addBindValue(now);
        q.exec();
    }
    db.commit();
    return run;
}

struct RunFigures
{
    RunOutcome outcome;
    qint64 elapsedMs = 0;
    qint64 worstGapMs = 0;
};

RunFigures runOnce(Workspace &ws, qint64 run, const Account &account, const SendOptions &options, bool tick)
{
    RunFigures f;
    CampaignRunner runner(ws, run, account, QStringLiteral("bench-token"), options);
    QEventLoop loop;
    QObject::connect(&runner, &CampaignRunner::finished, &loop, [&](const RunOutcome &o) {
        f.outcome = o;
        loop.quit();
    });
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    qint64 lastTick = monoMs();
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const qint64 now = monoMs();
        f.worstGapMs = std::max(f.worstGapMs, now - lastTick);
        lastTick = now;
    });
    if (tick)
        ticker.start(5);
    QElapsedTimer t;
    t.start();
    runner.start();
    loop.exec();
    f.elapsedMs = t.elapsed();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Workspace ws;
    QString error;
    if (!ws.open(dir.filePath(QStringLiteral("bench.herald")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto makeAccount = [&](quint16 port, const QString &name) {
        Account a;
        a.name = name;
        a.kind = Account::Kind::CloudApi;
        a.graphUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        a.phoneNumberId = QStringLiteral("1065403522429") + name.right(1);
        a.wabaId = QStringLiteral("2001");
        a.messagingTier = QStringLiteral("TIER_UNLIMITED");
        a.id = AccountStore(ws.database()).save(a, &error);
        return a;
    };

    {
        // 1. Throughput, pacer off, 50,000 recipients, durable ledger (WAL, synchronous NORMAL).
        ServerThread server(0);
        const Account account = makeAccount(server.server->port(), QStringLiteral("bench1"));
        const int n = 50000;
        const qint64 run = createRun(ws, account.id, n, 0);
        SendOptions options;
        options.pacerEnabled = false;
        const RunFigures f = runOnce(ws, run, account, options, false);
        const std::vector<qint64> at = server.server->acceptedAt();
        // Sustained: the middle 80 % of the requests, without start-up and drain.
        const size_t lo = at.size() / 10;
        const size_t hi = at.size() * 9 / 10;
        const double sustained = hi > lo && at[hi] > at[lo] ? double(hi - lo) * 1000.0 / double(at[hi] - at[lo]) : 0;
        std::printf("send throughput, pacer off, %d recipients: status %s, %lld accepted, total %.1f s = %.0f msg/s "
                    "overall, %.0f msg/s sustained (middle 80%%)\n",
                    n, qPrintable(f.outcome.status), f.outcome.counts.value(RecipientLedger::State::Accepted),
                    double(f.elapsedMs) / 1000, double(n) * 1000 / double(f.elapsedMs), sustained);
        std::fflush(stdout);
    }
    {
        // 2. Pacer at 80 msg/s for > 20 s against a server enforcing 80/s (1-second sliding window).
        ServerThread server(80);
        const Account account = makeAccount(server.server->port(), QStringLiteral("bench2"));
        const int n = 80 * 22;
        const qint64 run = createRun(ws, account.id, n, 100000);
        SendOptions options;
        options.rate = 80;
        const RunFigures f = runOnce(ws, run, account, options, false);
        const std::vector<qint64> at = server.server->acceptedAt();
        const double rate = at.size() > 1 ? double(at.size() - 1) * 1000.0 / double(at.back() - at.front()) : 0;
        std::printf("pacer at 80 msg/s, %d recipients over %.1f s: measured %.2f msg/s (%+.2f %% of 80), "
                    "130429 answers: %lld, status %s\n",
                    n, double(f.elapsedMs) / 1000, rate, (rate - 80) * 100 / 80, server.server->throttled.load(),
                    qPrintable(f.outcome.status));
        std::fflush(stdout);
    }
    {
        // 3. 100,000 recipients, pacer off, while the owner thread's event loop ticks a 5 ms timer.
        ServerThread server(0);
        const Account account = makeAccount(server.server->port(), QStringLiteral("bench3"));
        const int n = 100000;
        const qint64 run = createRun(ws, account.id, n, 200000);
        SendOptions options;
        options.pacerEnabled = false;
        const RunFigures f = runOnce(ws, run, account, options, true);
        std::printf("event loop during a %d-recipient run (%.1f s, %.0f msg/s): worst gap between 5 ms ticks %lld ms, "
                    "status %s\n",
                    n, double(f.elapsedMs) / 1000, double(n) * 1000 / double(f.elapsedMs), f.worstGapMs,
                    qPrintable(f.outcome.status));
        std::fflush(stdout);
    }
    return 0;
}

// herald-relay under Meta-like load: signed status webhooks of 50 statuses each, POSTed over several concurrent
// keep-alive connections to the real binary (WAL + synchronous=FULL, one commit per POST). Prints throughput,
// per-POST latency and, after the relay has stopped, what the database holds. Figures only, nothing asserted.
//   bench_relay [--posts N] [--connections N] [--statuses N]
#include "engine/relay/webhooksignature.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <vector>

namespace {

const QByteArray kAppSecret = "bench-app-secret";

// A realistic Meta status webhook (reference whatsapp-api.md §2.3): one entry, one change, n statuses.
QByteArray statusWebhook(int post, int statuses)
{
    static const char *const kinds[] = { "sent", "delivered", "read" };
    QJsonArray list;
    for (int i = 0; i < statuses; ++i) {
        const int n = post * statuses + i;
        QJsonObject s { { QStringLiteral("id"),
                            QStringLiteral("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI%1").arg(n, 12, 10, QLatin1Char('0')) },
            { QStringLiteral("status"), QString::fromLatin1(kinds[n % 3]) },
            { QStringLiteral("timestamp"), QString::number(1750030073 + n) },
            { QStringLiteral("recipient_id"), QString::number(919800000000LL + n) },
            { QStringLiteral("biz_opaque_callback_data"), QStringLiteral("cmp42:row%1").arg(n) } };
        if (n % 3 != 2) {
            s.insert(QStringLiteral("pricing"),
                QJsonObject { { QStringLiteral("billable"), true },
                    { QStringLiteral("pricing_model"), QStringLiteral("PMP") },
                    { QStringLiteral("type"), QStringLiteral("regular") },
                    { QStringLiteral("category"), QStringLiteral("marketing") } });
        }
        list.append(s);
    }
    const QJsonObject value { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("display_phone_number"), QStringLiteral("15550783881") },
                { QStringLiteral("phone_number_id"), QStringLiteral("106540352242922") } } },
        { QStringLiteral("statuses"), list } };
    const QJsonObject change { { QStringLiteral("field"), QStringLiteral("messages") },
        { QStringLiteral("value"), value } };
    const QJsonObject entry { { QStringLiteral("id"), QStringLiteral("102290129340398") },
        { QStringLiteral("changes"), QJsonArray { change } } };
    return QJsonDocument(QJsonObject { { QStringLiteral("object"), QStringLiteral("whatsapp_business_account") },
                             { QStringLiteral("entry"), QJsonArray { entry } } })
        .toJson(QJsonDocument::Compact);
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto index = static_cast<size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

quint16 waitForPort(const QString &logPath, QProcess *relay)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && relay->state() != QProcess::NotRunning) {
        QFile log(logPath);
        if (log.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : log.readAll().split('\n')) {
                const QJsonObject record = QJsonDocument::fromJson(line).object();
                if (record[QStringLiteral("event")].toString() == QStringLiteral("listening"))
                    return static_cast<quint16>(record[QStringLiteral("port")].toInt());
            }
        }
        QThread::msleep(20);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption postsOption(
        QStringLiteral("posts"), QStringLiteral("POSTs to send."), QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"), QStringLiteral("Concurrent connections."),
        QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption statusesOption(
        QStringLiteral("statuses"), QStringLiteral("Statuses per POST."), QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({ postsOption, connectionsOption, statusesOption });
    parser.addHelpOption();
    parser.process(app);
    const int posts = std::max(1, parser.value(postsOption).toInt());
    const int connections = std::max(1, parser.value(connectionsOption).toInt());
    const int statuses = std::max(1, parser.value(statusesOption).toInt());

    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("relay.sqlite"));
    const QString logPath = dir.filePath(QStringLiteral("relay.log"));
    QProcess relay;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HERALD_RELAY_APP_SECRET"), QString::fromLatin1(kAppSecret));
    env.insert(QStringLiteral("HERALD_RELAY_VERIFY_TOKEN"), QStringLiteral("bench-verify"));
    env.insert(QStringLiteral("HERALD_RELAY_FEED_TOKEN"), QStringLiteral("bench-feed"));
    relay.setProcessEnvironment(env);
    relay.setStandardErrorFile(logPath);
    relay.start(QStringLiteral(HERALD_RELAY_PATH),
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database });
    const quint16 port = waitForPort(logPath, &relay);
    if (port == 0) {
        std::fprintf(stderr, "bench_relay: herald-relay did not start\n");
        return 1;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhooks/whatsapp").arg(port));

    // Bodies and signatures are prepared up front so the clock measures the relay, not the client.
    std::vector<QByteArray> bodies;
    std::vector<QByteArray> signatures;
    qint64 totalBytes = 0;
    for (int i = 0; i < posts; ++i) {
        bodies.push_back(statusWebhook(i, statuses));
        signatures.push_back(WebhookSignature::sign(kAppSecret, bodies.back()));
        totalBytes += bodies.back().size();
    }

    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    std::vector<double> latencies;
    latencies.reserve(size_t(posts));
    int next = 0;
    int finished = 0;
    int ok = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    std::function<void(size_t)> send = [&](size_t c) {
        if (next >= posts)
            return;
        const int i = next++;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256", signatures[size_t(i)]);
        request.setTransferTimeout(30000);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = nams[c]->post(request, bodies[size_t(i)]);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, c, reply, timer] {
            latencies.push_back(double(timer->nsecsElapsed()) / 1.0e6);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++ok;
            reply->deleteLater();
            if (++finished == posts)
                loop.quit();
            else
                send(c);
        });
    };
    wall.start();
    for (int c = 0; c < connections; ++c) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        send(size_t(c));
    }
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1.0e9;

    relay.terminate();
    relay.waitForFinished(10000);

    // What is on disk, read by a fresh connection after the relay has gone.
    qint64 rows = 0;
    qint64 storedStatuses = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*), SUM(json_array_length(body, "
                                      "'$.entry[0].changes[0].value.statuses')) FROM events WHERE kind = 'whatsapp'"))
                && q.next()) {
                rows = q.value(0).toLongLong();
                storedStatuses = q.value(1).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));

    std::sort(latencies.begin(), latencies.end());
    const double events = double(ok) * statuses;
    const double p99 = percentile(latencies, 0.99);
    std::printf("bench_relay: %d POSTs x %d statuses = %d status events, %d concurrent connections, %.1f KiB/POST\n",
        posts, statuses, posts * statuses, connections, double(totalBytes) / posts / 1024.0);
    std::printf("  answered 200         : %d of %d POSTs\n", ok, posts);
    std::printf("  wall time            : %.3f s\n", seconds);
    std::printf("  throughput           : %.0f status events/s (%.1f POSTs/s)\n", events / seconds, ok / seconds);
    std::printf("  latency per POST     : p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        percentile(latencies, 0.50), percentile(latencies, 0.90), p99, latencies.empty() ? 0.0 : latencies.back());
    std::printf("  durable in database  : %lld rows, %lld status events (%s every 200)\n", rows, storedStatuses,
        rows == ok && storedStatuses == qint64(events) ? "matches" : "DOES NOT match");
    std::printf("  target               : >= 3000 status events/s and p99 <= 250 ms: %s\n",
        events / seconds >= 3000 && p99 <= 250 && rows == ok ? "met" : "NOT met");
    return 0;
}

// Desktop ingestion figure (issue 5): 300,000 status events (100,000 recipients × sent/delivered/read) in
// realistic Meta payloads of 50–1000 statuses, stored in a real relay database and served by RelayServer on
// loopback (its own thread), then fetched and applied by RelayFeedPoller. Target: ≤ 15 s. Prints figures only.
#include "../tests/support/relayfeedsfixture.h"
#include "engine/relay/relayserver.h"
#include "engine/relay/relaystore.h"
#include "engine/status/relayfeedpoller.h"
#include "models/storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace RelayFeedsFixture;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int recipients = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    constexpr qint64 T0 = 1750000000;
    QTemporaryDir dir;
    Workspace ws;
    QString error;
    if (!ws.open(dir.filePath(QStringLiteral("bench.herald")), &error)) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(error));
        return 1;
    }
    QSqlDatabase db = ws.database();

    // Setup (not timed): a campaign run with `recipients` accepted rows and their contacts.
    QElapsedTimer setup;
    setup.start();
    const qint64 run = addRun(db);
    db.transaction();
    {
        QSqlQuery c(db), r(db);
        c.prepare(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) VALUES (?, 'C', 0, 0)"));
        r.prepare(QStringLiteral("INSERT INTO recipients (run_id, contact_id, phone, state, wamid, attempts, accepted_at, "
                                 "updated_at) VALUES (?, ?, ?, 'accepted', ?, 1, ?, 0)"));
        for (int i = 0; i < recipients; ++i) {
            const QString phone = QStringLiteral("+9198%1").arg(i, 8, 10, QLatin1Char('0'));
            c.addBindValue(phone);
            c.exec();
            r.addBindValue(run);
            r.addBindValue(c.lastInsertId());
            r.addBindValue(phone);
            r.addBindValue(QStringLiteral("wamid.HBgLOTE5ODAwMDAwMDAVAgARGBI%1").arg(i, 8, 10, QLatin1Char('0')));
            r.addBindValue((T0 - 5) * 1000);
            r.exec();
        }
    }
    db.commit();

    // The relay's database: sent, then delivered, then read, in payloads of 50–1000 statuses.
    const QString relayPath = dir.filePath(QStringLiteral("relay.sqlite"));
    qint64 payloads = 0, statuses = 0, bytes = 0;
    {
        RelayStore store;
        if (!store.open(relayPath, &error)) {
            std::fprintf(stderr, "relay store: %s\n", qPrintable(error));
            return 1;
        }
        QRandomGenerator rng(42);
        const char *const kinds[] = {"sent", "delivered", "read"};
        for (int k = 0; k < 3; ++k) {
            for (int i = 0; i < recipients;) {
                const int n = std::min(recipients - i, int(rng.bounded(50, 1001)));
                QJsonArray list;
                for (int j = i; j < i + n; ++j)
                    list.append(status(QStringLiteral("wamid.HBgLOTE5ODAwMDAwMDAVAgARGBI%1").arg(j, 8, 10, QLatin1Char('0')),
                                       QString::fromLatin1(kinds[k]), T0 + k * 30 + j / 1000, QStringLiteral("herald:r%1").arg(j + 1),
                                       QStringLiteral("9198%1").arg(j, 8, 10, QLatin1Char('0'))));
                const QByteArray body = compact(statusPayload(list));
                if (!store.append(RelayStore::kindWhatsApp(), body, (T0 + k * 30) * 1000, &error)) {
                    std::fprintf(stderr, "append: %s\n", qPrintable(error));
                    return 1;
                }
                ++payloads;
                statuses += n;
                bytes += body.size();
                i += n;
            }
        }
    }
    std::printf("setup: %d recipients, %lld statuses in %lld payloads (%.1f MB) stored in the relay in %.1f s\n",
                recipients, statuses, payloads, double(bytes) / 1e6, double(setup.elapsed()) / 1000.0);

    // The relay on its own thread, on loopback.
    QThread relayThread;
    relayThread.start();
    QObject relayContext;
    relayContext.moveToThread(&relayThread);
    RelayServer *relay = nullptr;
    QMetaObject::invokeMethod(
        &relayContext,
        [&] {
            RelayConfig config;
            config.appSecret = "bench-secret";
            config.verifyToken = "bench-verify";
            config.feedToken = "bench-feed-token";
            config.databasePath = relayPath;
            config.port = 0;
            relay = new RelayServer(config);
            if (!relay->start(&error)) {
                delete relay;
                relay = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!relay) {
        std::fprintf(stderr, "relay: %s\n", qPrintable(error));
        return 1;
    }

    RelayFeedPoller::Options options;
    options.accountId = 1;
    options.accountName = QStringLiteral("sandbox");
    options.relayUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay->port()));
    options.feedToken = QStringLiteral("bench-feed-token");
    options.pageSize = 1000;
    RelayFeedPoller poller(ws, options);
    QEventLoop loop;
    int pages = 0;
    QObject::connect(&poller, &RelayFeedPoller::pageApplied, &loop, [&](const WebhookApplier::Counts &, qint64) { ++pages; });
    QObject::connect(&poller, &RelayFeedPoller::caughtUp, &loop, [&](qint64) { loop.exit(0); });
    QObject::connect(&poller, &RelayFeedPoller::errorOccurred, &loop, [&](RelayFeedPoller::ErrorKind, const QString &m, int) {
        std::fprintf(stderr, "poller: %s\n", qPrintable(m));
        loop.exit(1);
    });
    QElapsedTimer timer;
    timer.start();
    QMetaObject::invokeMethod(&poller, &RelayFeedPoller::start, Qt::QueuedConnection);
    const int rc = loop.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;
    poller.stop();
    const WebhookApplier::Counts t = poller.totals();
    const qint64 read = scalar(db, QStringLiteral("SELECT count(*) FROM recipients WHERE state = 'read'")).toLongLong();
    std::printf("ingest: %lld statuses (%lld payloads, %d feed pages) fetched and applied in %.2f s "
                "= %.0f status events/s (target: 300,000 in <= 15 s)\n",
                t.statuses + t.duplicates, t.events, pages, seconds, double(t.statuses + t.duplicates) / seconds);
    std::printf("result: %lld applied, %lld duplicates, %lld unmatched; %lld of %d recipients now read\n", t.statuses,
                t.duplicates, t.unmatched, read, recipients);
    QMetaObject::invokeMethod(&relayContext, [&] { delete relay; }, Qt::BlockingQueuedConnection);
    relayThread.quit();
    relayThread.wait();
    return rc == 0 && read == recipients ? 0 : 1;
}

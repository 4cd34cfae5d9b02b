// Desktop ingestion figure (issues 5 and 17): 300,000 status events (100,000 recipients × sent/delivered/read) in
// realistic Meta payloads of 50–1000 statuses, stored in a real relay database and served by RelayServer on
// loopback (its own thread), then fetched and applied by RelayFeedPoller. Goal (issue 17): <= 5 s.
//
// Interleaved with it, --runs times (default 3), each on a fresh copy of the same workspace: the reference, the
// sqlite3 shell applying the same updates as set-based SQL (the payloads stored, their statuses read with json_each,
// one status row each, the recipients updated in one statement). Prints each pair, the medians and the ratio.
// The reference stores the payloads as received, as Herald did before migration 13 (Herald now compresses large ones).
//
//   bench_ingest [recipients] [--runs N] [--loaded]      default 100000 recipients
#include "../tests/support/relayfeedsfixture.h"
#include "engine/relay/relayserver.h"
#include "engine/relay/relaystore.h"
#include "engine/status/relayfeedpoller.h"
#include "models/storage/workspace.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace RelayFeedsFixture;

namespace {

constexpr qint64 T0 = 1750000000;

QString wamidOf(int i)
{
    return QStringLiteral("wamid.HBgLOTE5ODAwMDAwMDAVAgARGBI%1").arg(i, 8, 10, QLatin1Char('0'));
}

// The workspace (a run with `recipients` accepted rows and their contacts) and the relay's database: sent, then
// delivered, then read, in payloads of 50–1000 statuses.
bool setUp(const QString &workspacePath, const QString &relayPath, int recipients)
{
    QString error;
    {
        Workspace ws;
        if (!ws.open(workspacePath, &error)) {
            std::fprintf(stderr, "workspace: %s\n", qPrintable(error));
            return false;
        }
        QSqlDatabase db = ws.database();
        const qint64 run = addRun(db);
        db.transaction();
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
            r.addBindValue(wamidOf(i));
            r.addBindValue((T0 - 5) * 1000);
            r.exec();
        }
        db.commit();
    }
    qint64 payloads = 0, statuses = 0, bytes = 0;
    RelayStore store;
    if (!store.open(relayPath, &error)) {
        std::fprintf(stderr, "relay store: %s\n", qPrintable(error));
        return false;
    }
    QRandomGenerator rng(42);
    const char *const kinds[] = {"sent", "delivered", "read"};
    for (int k = 0; k < 3; ++k) {
        for (int i = 0; i < recipients;) {
            const int n = std::min(recipients - i, int(rng.bounded(50, 1001)));
            QJsonArray list;
            for (int j = i; j < i + n; ++j)
                list.append(status(wamidOf(j), QString::fromLatin1(kinds[k]), T0 + k * 30 + j / 1000,
                                   QStringLiteral("herald:r%1").arg(j + 1), QStringLiteral("9198%1").arg(j, 8, 10, QLatin1Char('0'))));
            const QByteArray body = compact(statusPayload(list));
            if (!store.append(RelayStore::kindWhatsApp(), body, (T0 + k * 30) * 1000, &error)) {
                std::fprintf(stderr, "append: %s\n", qPrintable(error));
                return false;
            }
            ++payloads;
            statuses += n;
            bytes += body.size();
            i += n;
        }
    }
    std::printf("setup: %d recipients, %lld statuses in %lld payloads (%.1f MB) stored in the relay\n", recipients,
                statuses, payloads, double(bytes) / 1e6);
    return true;
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

// The same updates as set-based SQL, in the sqlite3 shell; ms, or -1 when it failed or did not read every row.
double reference(const QString &workspacePath, const QString &relayPath, int recipients)
{
    const QString sql = QStringLiteral(R"SQL(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
ATTACH '%1' AS relay;
BEGIN IMMEDIATE;
INSERT INTO webhook_payloads (account_id, relay_cursor, received_at, kind, body, stored_at)
    SELECT 1, cursor, received_at, kind, body, 0 FROM relay.events ORDER BY cursor;
CREATE TEMP TABLE st AS
    SELECT p.id AS payload_id, json_extract(s.value, '$.id') AS wamid, json_extract(s.value, '$.status') AS status,
           CAST(json_extract(s.value, '$.timestamp') AS INTEGER) * 1000 AS at
    FROM webhook_payloads p, json_each(p.body, '$.entry[0].changes[0].value.statuses') s;
INSERT OR IGNORE INTO recipient_statuses (recipient_id, status, event_at, payload_id)
    SELECT r.id, st.status, st.at, st.payload_id FROM st JOIN recipients r ON r.wamid = st.wamid;
UPDATE recipients SET
    state = CASE WHEN a.rd IS NOT NULL THEN 'read' WHEN a.d IS NOT NULL THEN 'delivered' ELSE 'sent' END,
    sent_at = min(coalesce(a.s, a.d, a.rd), coalesce(a.d, a.rd, a.s), coalesce(a.rd, a.s, a.d)),
    delivered_at = min(coalesce(a.d, a.rd), coalesce(a.rd, a.d)),
    read_at = a.rd, updated_at = 0
FROM (SELECT wamid, min(CASE WHEN status = 'sent' THEN at END) AS s, min(CASE WHEN status = 'delivered' THEN at END) AS d,
             min(CASE WHEN status = 'read' THEN at END) AS rd FROM st GROUP BY wamid) AS a
WHERE recipients.wamid = a.wamid;
INSERT INTO relay_cursors (account_id, relay_url, cursor, updated_at)
    VALUES (1, 'bench', (SELECT max(cursor) FROM relay.events), 0)
    ON CONFLICT (account_id) DO UPDATE SET cursor = excluded.cursor;
COMMIT;
SELECT count(*) FROM recipients WHERE state = 'read';
)SQL")
                            .arg(relayPath);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {workspacePath});
    p.write(sql.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    const double ms = double(t.elapsed());
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return lines.last().trimmed().toInt() == recipients ? ms : -1;
}

// Herald: the relay on its own thread on loopback, the feed fetched and applied; ms, or -1 on a failure.
double herald(const QString &workspacePath, const QString &relayPath, int recipients)
{
    Workspace ws;
    QString error;
    if (!ws.open(workspacePath, &error)) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(error));
        return -1;
    }
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
        return -1;
    }
    RelayFeedPoller::Options options;
    options.accountId = 1;
    options.accountName = QStringLiteral("sandbox");
    options.relayUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay->port()));
    options.feedToken = QStringLiteral("bench-feed-token");
    options.pageSize = 1000;
    double ms = -1;
    {
        RelayFeedPoller poller(ws, options);
        QEventLoop loop;
        QObject::connect(&poller, &RelayFeedPoller::caughtUp, &loop, [&](qint64) { loop.exit(0); });
        QObject::connect(&poller, &RelayFeedPoller::errorOccurred, &loop,
                         [&](RelayFeedPoller::ErrorKind, const QString &m, int) {
                             std::fprintf(stderr, "poller: %s\n", qPrintable(m));
                             loop.exit(1);
                         });
        QElapsedTimer timer;
        timer.start();
        QMetaObject::invokeMethod(&poller, &RelayFeedPoller::start, Qt::QueuedConnection);
        const int rc = loop.exec();
        ms = double(timer.elapsed());
        poller.stop();
        const WebhookApplier::Counts t = poller.totals();
        const qint64 read = scalar(ws.database(), QStringLiteral("SELECT count(*) FROM recipients WHERE state = 'read'"))
                                .toLongLong();
        if (rc != 0 || read != recipients || t.statuses != 3LL * recipients)
            ms = -1;
    }
    QMetaObject::invokeMethod(&relayContext, [&] { delete relay; }, Qt::BlockingQueuedConnection);
    relayThread.quit();
    relayThread.wait();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    BenchSupport::spinIfBusy(argc, argv);
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const int runs = BenchSupport::takeRuns(&args, 3);
    const std::unique_ptr<QProcess> busy = BenchSupport::loadedIfAsked(&args);
    QTemporaryDir dir;
    if (const qsizetype keep = args.indexOf(QStringLiteral("--keep")); keep >= 0 && keep + 1 < args.size()) {
        dir.setAutoRemove(false);
        std::printf("files kept in %s\n", qPrintable(dir.path()));
        args.remove(keep, 2);
    }
    const int recipients = args.isEmpty() ? 100000 : args[0].toInt();
    const QString templatePath = dir.filePath(QStringLiteral("template.herald"));
    const QString relayPath = dir.filePath(QStringLiteral("relay.sqlite"));
    const QString runPath = dir.filePath(QStringLiteral("run.herald"));
    if (!setUp(templatePath, relayPath, recipients))
        return 1;

    QList<double> heraldMs, referenceMs, ratios;
    for (int run = 1; run <= runs; ++run) {
        if (!copyDatabase(templatePath, runPath))
            return 1;
        const double ref = reference(runPath, relayPath, recipients);
        if (!copyDatabase(templatePath, runPath))
            return 1;
        const double ms = herald(runPath, relayPath, recipients);
        if (ref < 0 || ms < 0) {
            std::fprintf(stderr, "run %d failed (reference %.0f ms, Herald %.0f ms)\n", run, ref, ms);
            return 1;
        }
        heraldMs.append(ms);
        referenceMs.append(ref);
        ratios.append(ms / ref);
        std::printf("run %d: Herald %.0f ms, set-based SQL %.0f ms (%.2fx); load %s\n", run, ms, ref, ms / ref,
                    qPrintable(BenchSupport::loadAverage()));
        std::fflush(stdout);
    }
    const double median = BenchSupport::median(heraldMs);
    std::printf("median of %d interleaved runs%s:\n"
                "  ingest, %d status events      %.2f s = %.0f events/s (goal: 300,000 in <= 5 s)\n"
                "  set-based SQL, same updates   %.2f s (reference)\n"
                "  ratio                         %.2fx\n"
                "  load average after: %s\n",
                runs, busy ? " (loaded)" : "", 3 * recipients, median / 1000, 3 * recipients / (median / 1000),
                BenchSupport::median(referenceMs) / 1000, BenchSupport::median(ratios),
                qPrintable(BenchSupport::loadAverage()));
    return 0;
}

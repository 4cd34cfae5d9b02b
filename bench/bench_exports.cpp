// Exports of a 1,000,000-recipient campaign (issue: campaigns and the performance dashboard):
//   - the stats report CSV (target <= 1 s),
//   - the recipient list CSV of every attempted recipient, against `sqlite3 -csv` dumping the same rows with the
//     same query in the same run (target <= 3x).
// Usage: bench_exports [ROWS]   (default 1,000,000). Prints figures; asserts nothing.
#include "benchsql.h"
#include "models/stats/campaignstats.h"
#include "models/stats/statsreport.h"
#include "models/storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

using BenchSql::exec;
using BenchSql::out;

// One campaign run of `rows` recipients with contacts, in a realistic mix of states, written with SQL only.
qint64 buildRun(QSqlDatabase db, qint64 rows)
{
    const qint64 t0 = 1'764'000'000'000;
    db.transaction();
    exec(db, QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, created_at, updated_at) "
                            "VALUES ('Bench export', 1, 'diwali_offer_v2', 'en_US', 0, 0)"));
    QSqlQuery run(db);
    if (!run.exec(QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, planned_at, started_at, updated_at) "
                                 "VALUES (last_insert_rowid(), 'sent', %1, %1, %1)")
                      .arg(t0))) {
        out() << "SQL failed: " << run.lastError().text() << Qt::endl;
        return 0;
    }
    const qint64 runId = run.lastInsertId().toLongLong();
    const QString series = QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) ")
                               .arg(rows);
    exec(db, series + QStringLiteral("INSERT INTO contacts (phone, name, opt_in_at, created_at, updated_at) "
                                     "SELECT '+9198' || printf('%08d', i), 'Customer ' || i, 0, 0, 0 FROM s"));
    // States by i % 100: 0-4 failed (three codes + one without), 5 uncertain, 6-19 sent, 20-49 delivered,
    // 50-99 read; every 10th read row replied.
    exec(db, series + QStringLiteral(
        "INSERT INTO recipients (run_id, contact_id, phone, state, components, wamid, claimed_at, sent_at, "
        "delivered_at, read_at, failed_at, replied_at, error_code, error_title, updated_at) "
        "SELECT %2, i, '+9198' || printf('%08d', i), "
        "CASE WHEN i % 100 < 5 THEN 'failed' WHEN i % 100 = 5 THEN 'uncertain' WHEN i % 100 < 20 THEN 'sent' "
        "     WHEN i % 100 < 50 THEN 'delivered' ELSE 'read' END, '[]', "
        "'wamid.HBgM' || printf('%012d', i), "
        "%1 + i, "
        "CASE WHEN i % 100 >= 6 THEN %1 + i + 2000 END, "
        "CASE WHEN i % 100 >= 20 THEN %1 + i + 9000 END, "
        "CASE WHEN i % 100 >= 50 THEN %1 + i + 60000 END, "
        "CASE WHEN i % 100 < 5 THEN %1 + i + 3000 END, "
        "CASE WHEN i % 100 >= 50 AND i % 10 = 0 THEN %1 + i + 600000 END, "
        "CASE i % 100 WHEN 0 THEN 131049 WHEN 1 THEN 131026 WHEN 2 THEN 131049 WHEN 3 THEN 131047 END, "
        "CASE i % 100 WHEN 0 THEN 'This message was not delivered to maintain healthy ecosystem engagement.' "
        "     WHEN 1 THEN 'Message undeliverable' WHEN 2 THEN 'This message was not delivered to maintain healthy "
        "ecosystem engagement.' WHEN 3 THEN 'Re-engagement message' END, %1 FROM s").arg(t0).arg(runId));
    exec(db, QStringLiteral("INSERT INTO inbound_messages (wamid, phone, recipient_id, type, text, message_at, created_at) "
                            "SELECT 'in.' || id, phone, id, 'text', 'Yes please, send the catalogue', replied_at, 0 "
                            "FROM recipients WHERE replied_at IS NOT NULL"));
    db.commit();
    exec(db, QStringLiteral("ANALYZE"));
    return runId;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    Workspace ws;
    QString error;
    if (!ws.open(dir.filePath(QStringLiteral("bench.herald")), &error)) {
        out() << "cannot open workspace: " << error << Qt::endl;
        return 1;
    }
    QSqlDatabase db = ws.database();
    QElapsedTimer timer;
    timer.start();
    const qint64 run = buildRun(db, rows);
    if (run <= 0)
        return 1;
    out() << "built a run of " << rows << " recipients in " << timer.elapsed() << " ms" << Qt::endl;

    QList<double> statsMs;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        if (!StatsReport::writeStatsCsv(db, run, dir.filePath(QStringLiteral("stats.csv")), &error)) {
            out() << "stats report failed: " << error << Qt::endl;
            return 1;
        }
        statsMs << timer.nsecsElapsed() / 1e6;
    }
    out() << "stats report CSV: median " << median(statsMs) << " ms, worst "
          << *std::max_element(statsMs.begin(), statsMs.end()) << " ms (target <= 1000 ms)" << Qt::endl;

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    // The same rows with the same query text our export runs (its column list, join and condition).
    const QString query = QStringLiteral(
        "SELECT coalesce(c.name, ''), r.phone, r.state, r.wamid, r.claimed_at, r.sent_at, r.delivered_at, "
        "r.read_at, r.failed_at, r.replied_at, r.error_code, r.error_title, r.error_details, "
        "CASE WHEN r.replied_at IS NULL THEN NULL ELSE (SELECT m.text FROM inbound_messages m "
        "WHERE m.recipient_id = r.id ORDER BY m.message_at DESC LIMIT 1) END "
        "FROM recipients r LEFT JOIN contacts c ON c.id = r.contact_id WHERE r.run_id = %1 AND %2 ORDER BY r.id")
                              .arg(run)
                              .arg(CampaignStats::condition(CampaignStats::Stat::Attempted));
    for (int round = 1; round <= 3; ++round) {
        StatsReport::RecipientFilter f;
        f.runId = run;
        f.stat = CampaignStats::Stat::Attempted;
        timer.restart();
        const qint64 written = StatsReport::writeRecipientsCsv(db, f, dir.filePath(QStringLiteral("r.csv")), &error);
        const double oursMs = timer.nsecsElapsed() / 1e6;
        if (written < 0) {
            out() << "export failed: " << error << Qt::endl;
            return 1;
        }
        double theirsMs = -1;
        if (!sqlite3.isEmpty()) {
            QProcess p;
            p.setStandardOutputFile(dir.filePath(QStringLiteral("sqlite3.csv")));
            timer.restart();
            p.start(sqlite3, {QStringLiteral("-csv"), ws.path(), query});
            p.waitForFinished(-1);
            theirsMs = timer.nsecsElapsed() / 1e6;
        }
        out() << "round " << round << ": recipients CSV " << written << " rows in " << oursMs << " ms ("
              << QFileInfo(dir.filePath(QStringLiteral("r.csv"))).size() / (1024 * 1024) << " MiB)";
        if (theirsMs > 0)
            out() << "; sqlite3 -csv same rows " << theirsMs << " ms ("
                  << QFileInfo(dir.filePath(QStringLiteral("sqlite3.csv"))).size() / (1024 * 1024)
                  << " MiB); ratio " << oursMs / theirsMs << " (target <= 3)";
        out() << Qt::endl;
    }
    return 0;
}

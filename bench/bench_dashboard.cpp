// The dashboard on a 1,000,000-recipient run: the seven counts (CampaignStats::compute), the Failed list's first
// rows after the click (model and painted pane), and the longest event-loop stall while a writer thread advances
// ~1,000 recipients a second and the dashboard refreshes live. Run: scripts/bench.sh (or this binary alone;
// --recipients N to change the size, --seconds S for the live phase).
#include "models/itemmodels/recipientlistmodel.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/recipientlistpane.h"

#include <algorithm>
#include <atomic>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace {

constexpr qint64 kStart = 1'764'000'000'000;

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
    return false;
}

// One campaign, one sent run of n recipients in one transaction: ~5 % failed over five codes (1 in 5 of them
// unqualified), ~2 % still accepted, the rest sent / delivered / read, ~10 % replied.
qint64 fill(Workspace &ws, int n)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    db.transaction();
    bool ok = exec(q,
                  QStringLiteral("INSERT INTO accounts (name, kind, graph_url, api_version, phone_number_id, "
                                 "waba_id, created_at, updated_at) VALUES ('bench', 'sandbox', "
                                 "'http://127.0.0.1:9', 'v23.0', '1', '2', 0, 0)"))
        && exec(q,
            QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, created_at, "
                           "updated_at) VALUES ('Diwali offer', 1, 'diwali_offer', 'en_US', 0, 0)"))
        && exec(q,
            QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, planned_at, started_at, updated_at) "
                           "VALUES (1, 'sent', %1, %1, %1)")
                .arg(kStart))
        && exec(q,
            QStringLiteral("INSERT INTO contacts (phone, name, opt_in_at, created_at, updated_at) "
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                           "SELECT printf('+9198%08d', i), printf('Customer %07d', i), 1, 1, 1 FROM n")
                .arg(n))
        && exec(q,
            QStringLiteral(
                "INSERT INTO recipients (run_id, contact_id, phone, state, wamid, error_code, error_title, claimed_at, "
                "sent_at, delivered_at, read_at, failed_at, replied_at, attempts, updated_at) "
                "SELECT 1, id, phone, s, CASE WHEN s <> 'failed' THEN 'wamid.' || id END, "
                "CASE WHEN s = 'failed' THEN c END, CASE WHEN s = 'failed' THEN 'Error ' || c END, t, "
                "CASE WHEN s IN ('sent', 'delivered', 'read') THEN t + 500 END, "
                "CASE WHEN s IN ('delivered', 'read') THEN t + 5000 END, CASE WHEN s = 'read' THEN t + 60000 END, "
                "CASE WHEN s = 'failed' THEN t + 800 END, "
                "CASE WHEN s IN ('delivered', 'read') AND id % 10 = 3 THEN t + 3600000 END, 1, t FROM ("
                " SELECT id, phone, %1 + id * 10 AS t, "
                "  CASE WHEN id % 100 < 5 THEN 'failed' WHEN id % 100 < 7 THEN 'accepted' WHEN id % 100 < 10 THEN "
                "'sent' "
                "   WHEN id % 100 < 35 THEN 'delivered' ELSE 'read' END AS s, "
                "  CASE (id / 100) % 5 WHEN 0 THEN 131049 WHEN 1 THEN 131026 WHEN 2 THEN 131000 WHEN 3 THEN 132000 "
                "   ELSE 131050 END AS c FROM contacts)")
                .arg(kStart));
    if (!ok || !db.commit()) {
        db.rollback();
        return 0;
    }
    exec(q, QStringLiteral("ANALYZE"));
    return 1;
}

struct Figures
{
    qint64 worst = 0;
    qint64 median = 0;
};

Figures summarize(QList<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    return { ms.last(), ms.at(ms.size() / 2) };
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser p;
    const QCommandLineOption countOpt(QStringLiteral("recipients"), QStringLiteral("Recipients in the run."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Length of the live phase."),
        QStringLiteral("S"), QStringLiteral("10"));
    p.addOptions({ countOpt, secondsOpt });
    p.process(app);
    const int n = p.value(countOpt).toInt();

    QTemporaryDir dir;
    Workspace ws;
    QString error;
    if (!ws.open(dir.filePath(QStringLiteral("bench.herald")), &error)) {
        out << "cannot open workspace: " << error << Qt::endl;
        return 1;
    }
    QElapsedTimer t;
    t.start();
    if (!fill(ws, n)) {
        out << "cannot fill the workspace" << Qt::endl;
        return 1;
    }
    out << "bench_dashboard: run of " << n << " recipients built in " << t.elapsed() << " ms" << Qt::endl;
    const qint64 runId = 1;

    // 1. The seven counts (and the failure reasons): what every refresh computes.
    QList<qint64> times;
    std::optional<CampaignStats::Counts> counts;
    for (int i = 0; i < 9; ++i) {
        t.restart();
        counts = CampaignStats::compute(ws.database(), runId, &error);
        times << t.nsecsElapsed() / 1000;
        if (!counts) {
            out << "compute failed: " << error << Qt::endl;
            return 1;
        }
    }
    const qint64 first = times.takeFirst();
    const Figures c = summarize(times);
    out << "counts (CampaignStats::compute): first " << first << " us, then median " << c.median << " us, worst "
        << c.worst << " us over " << times.size() << " runs  [attempted " << counts->attempted << ", failed "
        << counts->failed << ", reasons " << counts->failureReasons.size() << "]" << Qt::endl;
    times.clear();
    for (int i = 0; i < 3; ++i) {
        t.restart();
        CampaignStats::timeline(ws.database(), runId, &error);
        times << t.elapsed();
    }
    const Figures tl = summarize(times);
    out << "timeline (CampaignStats::timeline, worker thread): median " << tl.median << " ms, worst " << tl.worst
        << " ms" << Qt::endl;

    // 2. The Failed list's first rows after the click: model (ids + first page) and the painted pane.
    times.clear();
    for (int i = 0; i < 5; ++i) {
        RecipientListModel model(ws);
        t.restart();
        model.setList(runId, CampaignStats::Stat::Failed);
        for (int r = 0; r < 40; ++r)
            model.index(r, RecipientListModel::ErrorTitleColumn).data();
        times << t.elapsed();
    }
    const Figures f = summarize(times);
    out << "Failed list first 40 rows (model): median " << f.median << " ms, worst " << f.worst << " ms" << Qt::endl;
    {
        RecipientListPane pane(ws);
        pane.resize(560, 700);
        pane.show();
        QCoreApplication::processEvents();
        times.clear();
        int rows = 0;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            pane.showList(runId, CampaignStats::Stat::Failed, *counts, QStringLiteral("sent"));
            pane.view()->viewport()->grab(); // the first paint of the rows
            times << t.elapsed();
            rows = pane.model()->rowCount();
            pane.clear();
        }
        const Figures pf = summarize(times);
        out << "Failed list first paint (pane, offscreen): median " << pf.median << " ms, worst " << pf.worst
            << " ms  [" << rows << " rows]" << Qt::endl;
        t.restart();
        pane.showList(runId, CampaignStats::Stat::Attempted, *counts, QStringLiteral("sent"));
        pane.view()->viewport()->grab();
        out << "Attempted list first paint (" << pane.model()->rowCount() << " rows): " << t.elapsed() << " ms"
            << Qt::endl;
    }

    // 3. Live: a writer advances ~1,000 recipients a second (the run is "running") while the dashboard shows the
    // run with the Failed list open; a 5 ms timer measures the largest gap of the GUI event loop. The same
    // measurement without the dashboard first gives the machine's own noise (other processes, the writer).
    QSqlQuery(ws.database()).exec(QStringLiteral("UPDATE campaign_runs SET status = 'running' WHERE id = 1"));
    const qint64 seconds = p.value(secondsOpt).toLongLong();
    const auto live = [&](DashboardPage *page) {
        std::atomic<bool> stop { false };
        std::atomic<qint64> written { 0 };
        QThread *writer = QThread::create([&ws, &stop, &written, n] {
            {
                QSqlDatabase db = ws.database();
                QSqlQuery up(db);
                up.prepare(QStringLiteral("UPDATE recipients SET state = CASE state WHEN 'accepted' THEN 'sent' "
                                          "WHEN 'sent' THEN 'delivered' WHEN 'delivered' THEN 'read' ELSE state END, "
                                          "delivered_at = coalesce(delivered_at, :now), updated_at = :now "
                                          "WHERE run_id = 1 AND id BETWEEN :a AND :b"));
                qint64 next = 1;
                while (!stop.load()) {
                    db.transaction();
                    up.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
                    up.bindValue(QStringLiteral(":a"), next);
                    up.bindValue(QStringLiteral(":b"), next + 99);
                    up.exec();
                    db.commit();
                    next = next + 100 > n ? 1 : next + 100;
                    written += 100;
                    QThread::msleep(100); // 100 rows every 100 ms: ~1,000 a second
                }
            }
            ws.releaseThreadConnection();
        });
        writer->start();
        QTimer feed; // what RelayFeeds::applied does while reports arrive
        if (page)
            QObject::connect(&feed, &QTimer::timeout, page, &DashboardPage::refresh);
        feed.start(200);
        qint64 maxGap = 0;
        int over50 = 0;
        QElapsedTimer gap;
        gap.start();
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        QObject::connect(&probe, &QTimer::timeout, &app, [&] {
            const qint64 g = gap.restart();
            maxGap = qMax(maxGap, g);
            over50 += g > 50 ? 1 : 0;
        });
        probe.start(5);
        const int before = page ? page->refreshCount() : 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < seconds * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        probe.stop();
        stop = true;
        writer->wait();
        delete writer;
        out << (page ? "live with the dashboard" : "baseline without the dashboard") << " for " << seconds << " s at ~"
            << written.load() / qMax<qint64>(1, seconds)
            << " recipients/s: " << (page ? page->refreshCount() - before : 0)
            << " count refreshes, longest event-loop gap " << maxGap << " ms, gaps over 50 ms: " << over50 << Qt::endl;
    };
    live(nullptr);
    {
        DashboardPage page(ws);
        page.resize(1100, 760);
        page.show();
        QElapsedTimer wait;
        wait.start();
        while (!page.counts() && wait.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        page.listPane()->showList(runId, CampaignStats::Stat::Failed, *page.counts(), QStringLiteral("running"));
        QCoreApplication::processEvents();
        live(&page);
    }
    return 0;
}

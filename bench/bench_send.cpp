// End-to-end send figures (issue 17): a real `herald-cli campaign run` process against a loopback Cloud API
// (CloudApiStub, C++ on its own thread, no webhooks), interleaved with a reference — a raw keep-alive HTTP client
// (RawPostClient) doing the same POSTs with the same concurrency against the same server — and the ratio.
//
//   bench_send [throughput] [rates] [pacer] [--loaded] [--pairs N] [--recipients N] [--rate MPS]
//              [--cli PATH] [--baseline-cli PATH]
//
// throughput: --rate 1000 (default), 20,000 recipients, median of --pairs interleaved pairs (msg/s sustained over
//             the middle 80 % of the requests, measured at the server).
// rates:      --rate 250, 500, 750, 1000 with 12 s worth of recipients each: achieved as a share of the asked.
// pacer:      --rate 80 against a server that answers 130429 beyond 80 requests in any sliding second: achieved
//             rate, error %, the busiest second and the 130429 count.
// --loaded runs a busy loop (a child process) beside everything; --baseline-cli runs a second herald-cli (e.g. a
// build of main) in the same interleaving, for before/after. Needs the keychain (Secret Service): scripts/bench.sh
// runs it inside a private D-Bus session with gnome-keyring. Prints figures only.
#include "benchworkspace.h"
#include "cloudapistub.h"
#include "rawpostclient.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct Options
{
    QString cli;
    QString baselineCli;
    int pairs = 3;
    int recipients = 20000;
    int rate = 1000;
};

// One labelled herald-cli binary: "herald" (this build) or "main" (--baseline-cli).
QList<std::pair<QString, QString>> binaries(const Options &o)
{
    QList<std::pair<QString, QString>> list{{QStringLiteral("herald"), o.cli}};
    if (!o.baselineCli.isEmpty())
        list.append({QStringLiteral("main"), o.baselineCli});
    return list;
}

void throughput(const Options &o, const QString &label)
{
    CloudApiStubThread server;
    BenchWorkspace ws(o.cli, server.stub().port(), o.recipients);
    std::printf("send throughput %s: campaign run --rate %d, %d recipients, loopback Cloud API; load %s\n",
                qPrintable(label), o.rate, o.recipients, qPrintable(Bench::loadAverage()));
    QHash<QString, QList<double>> rates;
    QList<double> reference;
    for (int pair = 1; pair <= o.pairs; ++pair) {
        for (const auto &[name, cli] : binaries(o)) {
            server.stub().takeAccepted();
            const qint64 t0 = benchMonoUs();
            const QString status = ws.run(cli, o.rate);
            const double wall = double(benchMonoUs() - t0) / 1e6;
            const std::vector<qint64> at = server.stub().takeAccepted();
            const double r = sustainedRate(at);
            rates[name].append(r);
            std::printf("  pair %d: %-6s %6.0f msg/s sustained (%zu accepted, status %s, %.1f s with start-up)\n",
                        pair, qPrintable(name), r, at.size(), qPrintable(status), wall);
            std::fflush(stdout);
        }
        server.stub().takeAccepted();
        RawPostClient client(ws.messagesUrl(), BenchWorkspace::kToken, 24);
        const bool ok = client.run(o.recipients);
        const double r = sustainedRate(server.stub().takeAccepted());
        reference.append(r);
        std::printf("  pair %d: reference %6.0f msg/s sustained (raw keep-alive client, 24 connections%s); load %s\n",
                    pair, r, ok ? "" : ", BROKEN", qPrintable(Bench::loadAverage()));
        std::fflush(stdout);
    }
    const double ref = Bench::median(reference);
    for (const auto &[name, cli] : binaries(o)) {
        const double m = Bench::median(rates.value(name));
        std::printf("  median %-6s %6.0f msg/s, reference %6.0f msg/s, ratio %.2f; %s\n", qPrintable(name), m, ref,
                    ref > 0 ? m / ref : 0.0,
                    m >= 0.95 * o.rate ? "goal (>= 95 % of the asked rate) met" : "goal (>= 95 % of the asked rate) MISSED");
    }
    std::fflush(stdout);
}

void rateSweep(const Options &o, const QString &label)
{
    CloudApiStubThread server;
    const QList<int> asked{250, 500, 750, 1000};
    std::printf("send rates %s: campaign run --rate R with 12 s worth of recipients; load %s\n", qPrintable(label),
                qPrintable(Bench::loadAverage()));
    for (const int rate : asked) {
        for (const auto &[name, cli] : binaries(o)) {
            BenchWorkspace sized(cli, server.stub().port(), 12 * rate);
            server.stub().takeAccepted();
            const QString status = sized.run(cli, rate);
            const double r = sustainedRate(server.stub().takeAccepted());
            std::printf("  --rate %4d: %-6s %6.0f msg/s = %5.1f %% of the asked (status %s; goal >= 90 %%: %s)\n", rate,
                        qPrintable(name), r, r * 100 / rate, qPrintable(status), r >= 0.9 * rate ? "met" : "MISSED");
            std::fflush(stdout);
        }
    }
}

void pacer(const Options &o, const QString &label)
{
    const int rate = 80;
    const int n = rate * 22;
    CloudApiStubThread server(rate);
    BenchWorkspace ws(o.cli, server.stub().port(), n);
    std::printf("pacer %s: campaign run --rate %d, %d recipients, the server answers 130429 beyond %d in any second; "
                "load %s\n",
                qPrintable(label), rate, n, rate, qPrintable(Bench::loadAverage()));
    for (int pair = 1; pair <= std::max(1, o.pairs / 2); ++pair) {
        for (const auto &[name, cli] : binaries(o)) {
            server.stub().takeAccepted();
            server.stub().takeThrottled();
            const QString status = ws.run(cli, rate);
            const std::vector<qint64> at = server.stub().takeAccepted();
            const double achieved = overallRate(at);
            const qint64 throttled = server.stub().takeThrottled();
            const double errorPct = (achieved - rate) * 100 / rate;
            std::printf("  %-6s asked %d -> achieved %.2f msg/s (%+.2f %%), busiest second %d, 130429 answers %lld, "
                        "status %s; goal (within 1 %%, no 130429): %s\n",
                        qPrintable(name), rate, achieved, errorPct, busiestSecond(at), throttled, qPrintable(status),
                        std::abs(errorPct) <= 1.0 && throttled == 0 ? "met" : "MISSED");
            std::fflush(stdout);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const std::unique_ptr<QProcess> busy = Bench::busyLoop(args);
    const bool loaded = busy != nullptr;
    Options o;
    o.cli = QStringLiteral(HERALD_CLI_PATH);
    QStringList what;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--loaded"))
            continue;
        if (a == QLatin1String("--pairs") && !next.isEmpty())
            o.pairs = std::max(1, args.at(++i).toInt());
        else if (a == QLatin1String("--recipients") && !next.isEmpty())
            o.recipients = std::max(100, args.at(++i).toInt());
        else if (a == QLatin1String("--rate") && !next.isEmpty())
            o.rate = std::clamp(args.at(++i).toInt(), 1, 1000);
        else if (a == QLatin1String("--cli") && !next.isEmpty())
            o.cli = args.at(++i);
        else if (a == QLatin1String("--baseline-cli") && !next.isEmpty())
            o.baselineCli = args.at(++i);
        else if (a == QLatin1String("throughput") || a == QLatin1String("rates") || a == QLatin1String("pacer"))
            what << a;
        else {
            std::fprintf(stderr, "usage: bench_send [throughput] [rates] [pacer] [--loaded] [--pairs N] "
                                 "[--recipients N] [--rate MPS] [--cli PATH] [--baseline-cli PATH]\n");
            return 2;
        }
    }
    if (what.isEmpty())
        what = {QStringLiteral("throughput"), QStringLiteral("pacer")};
    const QString label = loaded ? QStringLiteral("[loaded: a busy loop beside]") : QStringLiteral("[quiet]");
    if (what.contains(QLatin1String("throughput")))
        throughput(o, label);
    if (what.contains(QLatin1String("rates")))
        rateSweep(o, label);
    if (what.contains(QLatin1String("pacer")))
        pacer(o, label);
    if (busy) {
        busy->kill();
        busy->waitForFinished();
    }
    return 0;
}

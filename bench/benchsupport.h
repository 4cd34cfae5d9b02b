#pragma once
// What the benchmarks that compare Herald with a reference share: the load average, medians of interleaved runs,
// and the --loaded variant (a busy loop on the other core, in a child process of the benchmark itself).

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace BenchSupport {

inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Call first in main(): a benchmark started with --busy only spins (the --loaded variant's load).
inline void spinIfBusy(int argc, char **argv)
{
    if (argc > 1 && QByteArrayView(argv[1]) == "--busy") {
        volatile unsigned long n = 0;
        for (;;)
            n = n + 1;
    }
}

// Removes --loaded from the arguments; when it was there, starts the busy loop for as long as the result lives.
inline std::unique_ptr<QProcess> loadedIfAsked(QStringList *args)
{
    if (!args->removeAll(QStringLiteral("--loaded")))
        return nullptr;
    auto busy = std::make_unique<QProcess>();
    busy->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--busy")});
    busy->waitForStarted();
    return busy;
}

// Takes "--runs N" out of the arguments (default `fallback`).
inline int takeRuns(QStringList *args, int fallback)
{
    const qsizetype i = args->indexOf(QStringLiteral("--runs"));
    if (i < 0 || i + 1 >= args->size())
        return fallback;
    const int runs = args->at(i + 1).toInt();
    args->remove(i, 2);
    return runs > 0 ? runs : fallback;
}

} // namespace BenchSupport

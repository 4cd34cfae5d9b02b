// Import benchmark: generates an N-row, 7-column contacts CSV with phone numbers in mixed formats, times
// `sqlite3 db ".import --csv file t"` on it, then times ContactImporter::run on the same file into a fresh workspace
// in a child process (so its peak RSS is its own), and prints both times, the ratio and the peak RSS, with the CPU
// time each used and the load average (the machine is shared; a loaded machine slows the two-thread import more
// than the one-thread sqlite3). Also prints the cost per number of PhoneNormalizer's fast and slow paths. Figures
// only; nothing is asserted.
//
//   bench_import [rows]            default 1000000
//   bench_import --keep DIR [rows] generate into DIR and keep the files
#include "models/contacts/contactimporter.h"
#include "models/contacts/phonenormalizer.h"
#include "models/storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QByteArray phoneIn(quint64 national, int format)
{
    const QByteArray n = QByteArray::number(national);  // ten digits, starts with 6–9
    switch (format) {
    case 0:
        return "+91" + n;                                   // E.164
    case 1:
        return "+91 " + n.left(5) + ' ' + n.mid(5);         // international with spaces
    case 2:
        return '0' + n.left(5) + ' ' + n.mid(5);            // national with trunk prefix
    case 3:
        return "0091-" + n.left(5) + '-' + n.mid(5);        // 00 international prefix, dashes
    case 4:
        return n.left(5) + '-' + n.mid(5);                  // national without prefix
    default:
        return "(+91) " + n.left(3) + '.' + n.mid(3, 3) + '.' + n.mid(6);
    }
}

bool generate(const QString &path, qint64 rows)
{
    static const char *first[] = {"Asha", "Ravi", "Priya", "Arjun", "Meera", "Vikram", "Anita", "Rahul", "Sunita",
                                  "Kiran", "José", "Müller", "Zoë", "Ana", "Li"};
    static const char *last[] = {"Rao", "Sharma", "Iyer", "Khan", "Patel", "Singh", "Das", "Nair", "Gupta", "Mehta"};
    static const char *cities[] = {"Mumbai", "Delhi", "Pune", "Chennai", "Kolkata", "Bengaluru", "Jaipur"};
    static const char *tags[] = {"", "vip", "\"vip, mumbai\"", "newsletter", "b2b|retail", "\"lead; cold\""};
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(42);
    QByteArray buf;
    buf.reserve(1 << 22);
    buf += "phone,name,email,city,opted_in,tags,customer_id\n";
    for (qint64 i = 0; i < rows; ++i) {
        // Scatter the numbers over 9000000000–9999999999 (a bijection on 0..999999999); every 200th row repeats
        // an earlier number in another format, as real files do.
        const qint64 k = (i % 200 == 199) ? i / 2 : i;
        const quint64 national = 9000000000ULL + (quint64(k) * 387420489ULL) % 1000000000ULL;
        const char *fn = first[rng.bounded(15)];
        const char *ln = last[rng.bounded(10)];
        buf += phoneIn(national, int(i % 6));
        buf += ',';
        buf += fn;
        buf += ' ';
        buf += ln;
        buf += ',';
        buf += QByteArray(fn).toLower() + '.' + QByteArray(ln).toLower() + QByteArray::number(i) + "@example.com";
        buf += ',';
        buf += cities[rng.bounded(7)];
        buf += ',';
        buf += rng.bounded(3) == 0 ? "no" : "yes";
        buf += ',';
        buf += tags[rng.bounded(6)];
        buf += ",CUST-";
        buf += QByteArray::number(100000 + i);
        buf += '\n';
        if (buf.size() > (1 << 22) - 512) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return f.error() == QFile::NoError;
}

long maxRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// User + system CPU of the children waited for so far, in ms.
qint64 childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto ms = [](const timeval &t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

// The child: import the file into a fresh workspace and report.
int runChild(const QString &csv, const QString &workspacePath, int batchSize)
{
    Workspace ws;
    QString error;
    if (!ws.open(workspacePath, &error)) {
        out() << "cannot open workspace: " << error << Qt::endl;
        return 1;
    }
    ImportOptions options;
    options.defaultRegion = QStringLiteral("IN");
    if (batchSize > 0)
        options.batchSize = batchSize;
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = ContactImporter::run(ws, csv, options);
    const qint64 ms = timer.elapsed();
    out() << "RESULT " << ms << ' ' << maxRssKb() << ' ' << r.rows << ' ' << r.imported << ' ' << r.updated << ' '
          << r.duplicates << ' ' << r.rejected << Qt::endl;
    if (!r.error.isEmpty())
        out() << "import error: " << r.error << Qt::endl;
    for (const RejectedRow &row : r.rejectedSample.mid(0, 3))
        out() << "  rejected line " << row.line << ": " << row.reason << Qt::endl;
    return r.error.isEmpty() ? 0 : 1;
}

void measureNormalizer()
{
    constexpr int kCount = 200000;
    QList<QString> e164;
    QList<QString> national;
    for (int i = 0; i < kCount; ++i) {
        const quint64 n = 9000000000ULL + (quint64(i) * 387420489ULL) % 1000000000ULL;
        e164.append(QString::fromLatin1(phoneIn(n, 0)));
        national.append(QString::fromLatin1(phoneIn(n, 2)));
    }
    auto time = [&](const QList<QString> &numbers, PhoneNormalizer::Path path) {
        QElapsedTimer t;
        t.start();
        int ok = 0;
        for (const QString &s : numbers)
            ok += PhoneNormalizer::normalize(s, u"IN", path).ok() ? 1 : 0;
        return std::make_pair(double(t.nsecsElapsed()) / numbers.size(), ok);
    };
    PhoneNormalizer::normalize(u"+919876543210");  // one-time metadata setup outside the timing
    const auto fast = time(e164, PhoneNormalizer::Path::Auto);
    const auto slow = time(e164, PhoneNormalizer::Path::SlowOnly);
    const auto nat = time(national, PhoneNormalizer::Path::Auto);
    out() << QStringLiteral("normalize, per number (%1 numbers, one thread):\n").arg(kCount)
          << QStringLiteral("  +E.164 fast path   %1 ns  (%2 valid)\n").arg(fast.first, 0, 'f', 0).arg(fast.second)
          << QStringLiteral("  +E.164 slow path   %1 ns  (%2 valid)\n").arg(slow.first, 0, 'f', 0).arg(slow.second)
          << QStringLiteral("  national (0…, IN)  %1 ns  (%2 valid)\n").arg(nat.first, 0, 'f', 0).arg(nat.second)
          << Qt::flush;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() >= 3 && args[0] == u"--child")
        return runChild(args[1], args[2], args.value(3).toInt());

    QString keepDir;
    if (args.size() >= 2 && args[0] == u"--keep") {
        keepDir = args[1];
        args = args.mid(2);
    }
    const qint64 rows = args.isEmpty() ? 1000000 : args[0].toLongLong();
    QTemporaryDir tmp;
    const QString dir = keepDir.isEmpty() ? tmp.path() : keepDir;
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/contacts.csv");
    const QString sqliteDb = dir + QStringLiteral("/plain.db");
    const QString workspace = dir + QStringLiteral("/bench.herald");
    QFile::remove(sqliteDb);
    QFile::remove(workspace);

    measureNormalizer();

    QElapsedTimer timer;
    timer.start();
    if (!generate(csv, rows)) {
        out() << "cannot write " << csv << Qt::endl;
        return 1;
    }
    out() << "generated " << rows << " rows, " << QFileInfo(csv).size() / (1024 * 1024) << " MiB in "
          << timer.elapsed() << " ms" << Qt::endl;

    // Both runs read the file from the page cache: warm it once.
    {
        QFile f(csv);
        f.open(QIODevice::ReadOnly);
        while (!f.read(1 << 22).isEmpty()) {
        }
    }

    out() << "load average before: " << loadAverage() << Qt::endl;
    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"), {sqliteDb, QStringLiteral(".import --csv %1 t").arg(csv)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        out() << "sqlite3 failed: " << sqlite.readAllStandardError() << Qt::endl;
        return 1;
    }
    const qint64 sqliteMs = timer.elapsed();
    const qint64 sqliteCpuMs = childrenCpuMs();
    rusage afterSqlite {};
    getrusage(RUSAGE_CHILDREN, &afterSqlite);
    const long sqliteRssKb = afterSqlite.ru_maxrss;  // the largest child so far: sqlite3

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(app.applicationFilePath(), {QStringLiteral("--child"), csv, workspace});
    if (!child.waitForFinished(-1)) {
        out() << "import child failed" << Qt::endl;
        return 1;
    }
    const qint64 importCpuMs = childrenCpuMs() - sqliteCpuMs;  // the whole child: workspace setup included
    const QString report = QString::fromUtf8(child.readAllStandardOutput());
    out() << report;
    const QString resultLine = report.section(u"RESULT "_qs, 1).section(u'\n', 0, 0);
    const QStringList f = resultLine.split(u' ');
    if (f.size() < 7)
        return 1;
    const qint64 importMs = f[0].toLongLong();
    out() << QStringLiteral("same file, same run: %1 (%2 MiB, %3 rows)\n")
                 .arg(QDir::toNativeSeparators(csv))
                 .arg(QFileInfo(csv).size() / (1024 * 1024))
                 .arg(rows)
          << QStringLiteral("sqlite3 .import        %1 ms  (cpu %2 ms, peak RSS %3 MiB; one table, no index)\n")
                 .arg(sqliteMs)
                 .arg(sqliteCpuMs)
                 .arg(sqliteRssKb / 1024)
          << QStringLiteral("ContactImporter::run   %1 ms  (cpu %2 ms for the whole child; rows %3, new %4, "
                            "updated %5, duplicates %6, rejected %7)\n")
                 .arg(importMs)
                 .arg(importCpuMs)
                 .arg(f[2], f[3], f[4], f[5], f[6])
          << QStringLiteral("ratio                  %1x  (target <= 5x)\n").arg(double(importMs) / sqliteMs, 0, 'f', 2)
          << QStringLiteral("peak RSS of the import %1 MiB  (target <= 400 MiB)\n").arg(f[1].toLongLong() / 1024)
          << QStringLiteral("load average after:    %1\n").arg(loadAverage()) << Qt::flush;
    return 0;
}

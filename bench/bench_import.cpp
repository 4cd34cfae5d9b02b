// Import benchmark (issue 17): generates an N-row, 7-column contacts CSV — by default a realistic mixed-country file
// (India with the default region IN, Germany, the UK, the US, Brazil, France; E.164, spaced, "+44 (0)…", "00…",
// national with and without the trunk prefix), --india for the older India-only file — then, interleaved, times
// `sqlite3 db ".import --csv file t"` (a plain table, no index) and ContactImporter::run into a fresh workspace in a
// child process (so its peak RSS is its own), --runs times (default 3). Prints each pair, the median of both, their
// ratio (goal <= 3x) and the peak RSS (goal <= 250 MiB), with the load average. Also prints the cost per number of
// PhoneNormalizer's fast and slow paths. --loaded runs a busy loop on the other core throughout. Figures only.
//
//   bench_import [rows] [--runs N] [--loaded] [--india]   default 1000000 rows
//   bench_import --keep DIR [rows] …                      generate into DIR and keep the files
#include "models/contacts/contactimporter.h"
#include "models/contacts/phonenormalizer.h"
#include "models/storage/workspace.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>
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

// A number of one of six countries in one of the ways people write it; the importer's default region is IN.
QByteArray mixedPhone(QRandomGenerator &rng)
{
    auto digits = [&rng](int n) {
        QByteArray d;
        for (int i = 0; i < n; ++i)
            d += char('0' + rng.bounded(10));
        return d;
    };
    const int country = int(rng.bounded(100));
    const int form = int(rng.bounded(4));
    if (country < 55) {   // India: 9… mobiles, ten digits
        const QByteArray n = "9" + digits(9);
        const QByteArray forms[] = {"+91" + n, "0" + n.left(5) + ' ' + n.mid(5), n.left(5) + '-' + n.mid(5),
                                    "+91 " + n.left(5) + ' ' + n.mid(5)};
        return forms[form];
    }
    if (country < 65) {   // Germany: 0151, 0152, 0157 mobiles
        const QByteArray prefixes[] = {"151", "152", "157"};
        const QByteArray n = prefixes[rng.bounded(3)] + digits(8);
        const QByteArray forms[] = {"+49" + n, "+49 (0)" + n.left(3) + ' ' + n.mid(3), "0049 " + n,
                                    "+49 " + n.left(3) + ' ' + n.mid(3)};
        return forms[form];
    }
    if (country < 75) {   // UK: 077, 078, 079 mobiles
        const QByteArray n = "7" + QByteArray::number(7 + rng.bounded(3)) + digits(8);
        const QByteArray forms[] = {"+44" + n, "+44 (0)" + n.left(4) + ' ' + n.mid(4), "0044 " + n,
                                    "+44 " + n.left(4) + ' ' + n.mid(4)};
        return forms[form];
    }
    if (country < 85) {   // US
        const QByteArray areas[] = {"212", "415", "312", "617", "206", "305"};
        const QByteArray n = areas[rng.bounded(6)] + QByteArray::number(2 + rng.bounded(8)) + digits(6);
        const QByteArray forms[] = {"+1" + n, "+1 (" + n.left(3) + ") " + n.mid(3, 3) + '-' + n.mid(6),
                                    "001 " + n.left(3) + ' ' + n.mid(3), "+1 " + n.left(3) + '.' + n.mid(3, 3) + '.' + n.mid(6)};
        return forms[form];
    }
    if (country < 93) {   // Brazil: São Paulo mobiles
        const QByteArray n = "119" + digits(8);
        const QByteArray forms[] = {"+55" + n, "+55 11 " + n.mid(2, 5) + '-' + n.mid(7), "0055 " + n,
                                    "+55 (11) " + n.mid(2)};
        return forms[form];
    }
    const QByteArray n = "6" + digits(8);   // France: 06 mobiles
    const QByteArray forms[] = {"+33" + n, "+33 (0)" + n.left(1) + ' ' + n.mid(1), "0033 " + n, "+33 " + n};
    return forms[form];
}

bool generate(const QString &path, qint64 rows, bool mixed)
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
        buf += mixed ? mixedPhone(rng) : phoneIn(national, int(i % 6));
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
    constexpr int kCount = 50000;
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
    QList<QString> mixed;
    QRandomGenerator rng(7);
    for (int i = 0; i < kCount; ++i)
        mixed.append(QString::fromLatin1(mixedPhone(rng)));
    const auto mixedFast = time(mixed, PhoneNormalizer::Path::Auto);
    const auto mixedSlow = time(mixed, PhoneNormalizer::Path::SlowOnly);
    out() << QStringLiteral("normalize, per number (%1 numbers, one thread):\n").arg(kCount)
          << QStringLiteral("  +E.164 fast path   %1 ns  (%2 valid)\n").arg(fast.first, 0, 'f', 0).arg(fast.second)
          << QStringLiteral("  +E.164 slow path   %1 ns  (%2 valid)\n").arg(slow.first, 0, 'f', 0).arg(slow.second)
          << QStringLiteral("  national (0…, IN)  %1 ns  (%2 valid)\n").arg(nat.first, 0, 'f', 0).arg(nat.second)
          << QStringLiteral("  mixed countries    %1 ns  (%2 valid); libphonenumber's path alone %3 ns (%4 valid)\n")
                 .arg(mixedFast.first, 0, 'f', 0)
                 .arg(mixedFast.second)
                 .arg(mixedSlow.first, 0, 'f', 0)
                 .arg(mixedSlow.second)
          << Qt::flush;
}


struct Pair
{
    double sqliteMs = 0;
    double heraldMs = 0;
    long heraldRssKb = 0;
};

// One interleaved pair: sqlite3 .import into a fresh plain database, then the importer into a fresh workspace.
std::optional<Pair> measurePair(const QString &program, const QString &dir, const QString &csv, int run)
{
    Pair pair;
    const QString sqliteDb = dir + QStringLiteral("/plain-%1.db").arg(run);
    const QString workspace = dir + QStringLiteral("/bench-%1.herald").arg(run);
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {sqliteDb, QStringLiteral(".import --csv %1 t").arg(csv)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        out() << "sqlite3 failed: " << sqlite.readAllStandardError() << Qt::endl;
        return std::nullopt;
    }
    pair.sqliteMs = double(timer.elapsed());
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program, {QStringLiteral("--child"), csv, workspace});
    if (!child.waitForFinished(-1)) {
        out() << "import child failed" << Qt::endl;
        return std::nullopt;
    }
    const QString report = QString::fromUtf8(child.readAllStandardOutput());
    const QStringList f = report.section(u"RESULT "_qs, 1).section(u'\n', 0, 0).split(u' ');
    if (f.size() < 7) {
        out() << report;
        return std::nullopt;
    }
    pair.heraldMs = f[0].toDouble();
    pair.heraldRssKb = f[1].toLong();
    out() << QStringLiteral("run %1: sqlite3 .import %2 ms, ContactImporter::run %3 ms (%4x), peak RSS %5 MiB; rows %6, "
                            "new %7, updated %8, duplicates %9, rejected %10; load %11\n")
                 .arg(run)
                 .arg(pair.sqliteMs, 0, 'f', 0)
                 .arg(pair.heraldMs, 0, 'f', 0)
                 .arg(pair.heraldMs / pair.sqliteMs, 0, 'f', 2)
                 .arg(pair.heraldRssKb / 1024)
                 .arg(f[2], f[3], f[4], f[5], f[6])
                 .arg(BenchSupport::loadAverage())
          << Qt::flush;
    QFile::remove(sqliteDb);
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        QFile::remove(workspace + suffix);
    return pair;
}

} // namespace

int main(int argc, char **argv)
{
    BenchSupport::spinIfBusy(argc, argv);
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() >= 3 && args[0] == u"--child")
        return runChild(args[1], args[2], args.value(3).toInt());

    const int runs = BenchSupport::takeRuns(&args, 3);
    const bool mixed = !args.removeAll(u"--india"_qs);
    const std::unique_ptr<QProcess> busy = BenchSupport::loadedIfAsked(&args);
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

    measureNormalizer();

    QElapsedTimer timer;
    timer.start();
    if (!generate(csv, rows, mixed)) {
        out() << "cannot write " << csv << Qt::endl;
        return 1;
    }
    out() << "generated " << rows << (mixed ? " rows (mixed countries), " : " rows (India), ")
          << QFileInfo(csv).size() / (1024 * 1024) << " MiB in " << timer.elapsed() << " ms"
          << (busy ? "; loaded: a busy loop runs on the other core" : "") << Qt::endl;

    // Both read the file from the page cache: warm it once.
    {
        QFile f(csv);
        f.open(QIODevice::ReadOnly);
        while (!f.read(1 << 22).isEmpty()) {
        }
    }
    QList<double> sqliteMs, heraldMs, ratios;
    long peakKb = 0;
    for (int run = 1; run <= runs; ++run) {
        const std::optional<Pair> pair = measurePair(app.applicationFilePath(), dir, csv, run);
        if (!pair)
            return 1;
        sqliteMs.append(pair->sqliteMs);
        heraldMs.append(pair->heraldMs);
        ratios.append(pair->heraldMs / pair->sqliteMs);
        peakKb = qMax(peakKb, pair->heraldRssKb);
    }
    out() << QStringLiteral("median of %1 interleaved runs%2:\n").arg(runs).arg(busy ? u" (loaded)"_qs : QString())
          << QStringLiteral("  sqlite3 .import        %1 ms  (reference: one table, no index)\n")
                 .arg(BenchSupport::median(sqliteMs), 0, 'f', 0)
          << QStringLiteral("  ContactImporter::run   %1 ms\n").arg(BenchSupport::median(heraldMs), 0, 'f', 0)
          << QStringLiteral("  ratio                  %1x  (median of the pairs' ratios; goal <= 3x)\n")
                 .arg(BenchSupport::median(ratios), 0, 'f', 2)
          << QStringLiteral("  peak RSS of the import %1 MiB  (goal <= 250 MiB)\n").arg(peakKb / 1024)
          << QStringLiteral("  load average after:    %1\n").arg(BenchSupport::loadAverage()) << Qt::flush;
    return 0;
}

// StatsReport: the stats report CSV and the recipient-list CSV (models and herald-cli), injection-safe.
#include "models/contacts/csvreader.h"
#include "models/stats/campaignstats.h"
#include "models/stats/statsreport.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SendFixture;
using Stat = CampaignStats::Stat;

class TestStatsReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statsReport();
    void recipientsAllColumns();
    void recipientsReasonAndSearch();
    void recipientsInjectionSafe();
    void cancelRemovesFile();
    void cliExports();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    void setRow(int index, const QString &state, const QVariant &code = {}, const QString &title = {});
    QList<QStringList> readCsv(const QString &path);

    std::unique_ptr<TestWorkspace> m_ws;
    QTemporaryDir m_dir;
    qint64 m_run = 0;
    qint64 m_account = 0;
    QList<qint64> m_ids;
};

void TestStatsReport::setRow(int index, const QString &state, const QVariant &code, const QString &title)
{
    const qint64 t = 1'764'064'800'000;   // 2025-11-25T10:00:00.000Z
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE recipients SET state = ?, error_code = ?, error_title = ?, wamid = ?, "
                             "sent_at = ?, failed_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(code.isValid() ? code : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(title.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(title));
    q.addBindValue(QStringLiteral("wamid.%1").arg(index));
    q.addBindValue(state == QLatin1String("failed") ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(t + index));
    q.addBindValue(state == QLatin1String("failed") ? QVariant(t + index) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m_ids.at(index));
    exec(q);
}

QList<QStringList> TestStatsReport::readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    bytes.remove(0, 3);
    QList<QStringList> rows;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QByteArray l = line;
        if (l.endsWith('\r'))
            l.chop(1);
        // Our test data never has separators inside cells except the quoted ones checked explicitly.
        QStringList cells;
        QString cell;
        bool quoted = false;
        const QString text = QString::fromUtf8(l);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    cell += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                cells << cell;
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells << cell;
        rows << cells;
    }
    return rows;
}

void TestStatsReport::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    const Account a = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    m_account = a.id;
    m_run = createRun(db(), a.id, 8);
    m_ids = ids(db(), m_run);
    setRow(0, QStringLiteral("read"));
    setRow(1, QStringLiteral("delivered"));
    setRow(2, QStringLiteral("sent"));
    setRow(3, QStringLiteral("failed"), 131049, QStringLiteral("This message was not delivered to maintain healthy ecosystem engagement."));
    setRow(4, QStringLiteral("failed"), 131049, QStringLiteral("This message was not delivered to maintain healthy ecosystem engagement."));
    setRow(5, QStringLiteral("failed"), 131026, QStringLiteral("Message undeliverable"));
    setRow(6, QStringLiteral("failed"));   // no code: a network failure
    // 7 stays planned.
    // A contact for row 0 whose name would run as a formula in a spreadsheet.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO contacts (phone, name, created_at, updated_at) VALUES (?, ?, 0, 0)"));
    q.addBindValue(phoneFor(0));
    q.addBindValue(QStringLiteral("=HYPERLINK(\"http://x\",\"Asha, K\")"));
    exec(q);
    const qint64 contact = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("UPDATE recipients SET contact_id = ?, replied_at = ? WHERE id = ?"));
    q.addBindValue(contact);
    q.addBindValue(1'764'068'400'000LL);
    q.addBindValue(m_ids.at(0));
    exec(q);
    q.prepare(QStringLiteral("INSERT INTO inbound_messages (wamid, phone, recipient_id, type, text, message_at, "
                             "created_at) VALUES ('in.1', ?, ?, 'text', '-STOP? no, thanks', 1764068400000, 0)"));
    q.addBindValue(phoneFor(0));
    q.addBindValue(m_ids.at(0));
    exec(q);
}

void TestStatsReport::cleanup()
{
    m_ws.reset();
}

void TestStatsReport::statsReport()
{
    const QString path = m_dir.filePath(QStringLiteral("stats.csv"));
    QString error;
    QVERIFY2(StatsReport::writeStatsCsv(db(), m_run, path, &error), qPrintable(error));
    const QList<QStringList> rows = readCsv(path);
    QVERIFY(rows.size() > 10);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("campaign"), QString::number(
        CampaignStats::campaignOfRun(db(), m_run).valueOr(-1))}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("run"), QString::number(m_run)}));
    const auto find = [&](const QString &first) {
        for (const QStringList &r : rows)
            if (r.value(0) == first)
                return r;
        return QStringList();
    };
    // 7 attempted (3 sent or later + 4 failed), sent 3 = 42.9 % of attempted, read 1 = 33.3 % of sent.
    QCOMPARE(find(QStringLiteral("attempted")).mid(0, 2), (QStringList{QStringLiteral("attempted"), QStringLiteral("7")}));
    QCOMPARE(find(QStringLiteral("sent")), (QStringList{QStringLiteral("sent"), QStringLiteral("3"),
                                                      QStringLiteral("42.9"), QStringLiteral("attempted")}));
    QCOMPARE(find(QStringLiteral("read")), (QStringList{QStringLiteral("read"), QStringLiteral("1"),
                                                      QStringLiteral("33.3"), QStringLiteral("sent")}));
    QCOMPARE(find(QStringLiteral("replied")).value(1), QStringLiteral("1"));
    QCOMPARE(find(QStringLiteral("failed")).value(1), QStringLiteral("4"));
    QCOMPARE(find(QStringLiteral("unqualified")).value(1), QStringLiteral("1"));
    // Failure reasons, largest first.
    int header = -1;
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).value(0) == QLatin1String("failure_code"))
            header = i;
    QVERIFY(header > 0);
    QCOMPARE(rows.size(), header + 4);
    QCOMPARE(rows.at(header + 1).value(0), QStringLiteral("131049"));
    QCOMPARE(rows.at(header + 1).value(3), QStringLiteral("2"));
    QCOMPARE(rows.at(header + 1).value(4), QStringLiteral("yes"));
    QCOMPARE(rows.at(header + 2).value(0), QStringLiteral("-1"));   // network failure sorts by code among equals
    QCOMPARE(rows.at(header + 3).value(0), QStringLiteral("131026"));
    QCOMPARE(rows.at(header + 3).value(4), QStringLiteral("no"));
}

void TestStatsReport::recipientsAllColumns()
{
    const QString path = m_dir.filePath(QStringLiteral("attempted.csv"));
    StatsReport::RecipientFilter f;
    f.runId = m_run;
    f.stat = Stat::Attempted;
    QString error;
    QCOMPARE(StatsReport::writeRecipientsCsv(db(), f, path, &error), qint64(7));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(0), StatsReport::recipientColumns());
    const QStringList first = rows.at(1);
    QCOMPARE(first.value(1), phoneFor(0));                     // E.164 stays dialable
    QCOMPARE(first.value(2), QStringLiteral("read"));
    QCOMPARE(first.value(3), QStringLiteral("wamid.0"));
    QCOMPARE(first.value(5), QStringLiteral("2025-11-25T10:00:00.000Z"));
    QCOMPARE(first.value(9), QStringLiteral("2025-11-25T11:00:00.000Z"));
    QCOMPARE(first.value(13), QStringLiteral("'-STOP? no, thanks"));   // reply text, neutralised
    const QStringList failed = rows.at(4);
    QCOMPARE(failed.value(2), QStringLiteral("failed"));
    QCOMPARE(failed.value(8), QStringLiteral("2025-11-25T10:00:00.003Z"));
    QCOMPARE(failed.value(10), QStringLiteral("131049"));
    QCOMPARE(failed.value(5), QString());
}

void TestStatsReport::recipientsReasonAndSearch()
{
    const QString path = m_dir.filePath(QStringLiteral("failed.csv"));
    StatsReport::RecipientFilter f;
    f.runId = m_run;
    f.stat = Stat::Failed;
    QString error;
    QCOMPARE(StatsReport::writeRecipientsCsv(db(), f, path, &error), qint64(4));
    f.reasonCode = 131049;
    QCOMPARE(StatsReport::writeRecipientsCsv(db(), f, path, &error), qint64(2));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).value(3), QStringLiteral("wamid.3"));
    QCOMPARE(rows.at(2).value(3), QStringLiteral("wamid.4"));
    f.reasonCode = -1;   // failures without a code
    QCOMPARE(StatsReport::writeRecipientsCsv(db(), f, path, &error), qint64(1));
    f.reasonCode.reset();
    f.search = QStringLiteral("wamid.5");
    QCOMPARE(StatsReport::writeRecipientsCsv(db(), f, path, &error), qint64(1));
    f.search = QStringLiteral("100%_");   // LIKE wildcards are literal
    QCOMPARE(StatsReport::writeRecipientsCsv(db(), f, path, &error), qint64(0));
}

void TestStatsReport::recipientsInjectionSafe()
{
    const QString path = m_dir.filePath(QStringLiteral("read.csv"));
    StatsReport::RecipientFilter f;
    f.runId = m_run;
    f.stat = Stat::Read;
    QString error;
    QCOMPARE(StatsReport::writeRecipientsCsv(db(), f, path, &error), qint64(1));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Asha, K\"\")\""));
    QVERIFY(bytes.endsWith("\r\n"));
}

void TestStatsReport::cancelRemovesFile()
{
    // 60,000 more rows so the progress callback runs once before the end.
    const qint64 big = createRun(db(), m_account, 60'000, 1000);
    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    StatsReport::RecipientFilter f;
    f.runId = big;
    f.stat = Stat::Pending;
    QString error;
    // Nothing is pending (all planned), so the export is empty but complete.
    QCOMPARE(StatsReport::writeRecipientsCsv(db(), f, path, &error), qint64(0));
    QVERIFY(QFile::exists(path));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE recipients SET state = 'accepted' WHERE run_id = ?"));
    q.addBindValue(big);
    exec(q);
    int calls = 0;
    QCOMPARE(StatsReport::writeRecipientsCsv(db(), f, path, &error, [&](qint64 rows) {
                 ++calls;
                 return rows < 50'000;
             }),
             qint64(-1));
    QCOMPARE(calls, 1);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!error.isEmpty());
}

void TestStatsReport::cliExports()
{
    const qint64 campaign = CampaignStats::campaignOfRun(db(), m_run).valueOr(-1);
    const QString stats = m_dir.filePath(QStringLiteral("cli-stats.csv"));
    const QString failed = m_dir.filePath(QStringLiteral("cli-failed.csv"));
    const auto cli = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(HERALD_CLI_PATH),
                QStringList{QStringLiteral("--workspace"), m_ws->workspace().path()} + args);
        p.waitForFinished(60'000);
        return p.exitCode();
    };
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("stats"), QString::number(campaign),
                  QStringLiteral("--csv"), stats}),
             0);
    QCOMPARE(readCsv(stats).at(1), (QStringList{QStringLiteral("run"), QString::number(m_run)}));
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("recipients"), QString::number(campaign),
                  QStringLiteral("--stat"), QStringLiteral("failed"), QStringLiteral("--reason"),
                  QStringLiteral("131026"), QStringLiteral("--csv"), failed}),
             0);
    const QList<QStringList> rows = readCsv(failed);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).value(10), QStringLiteral("131026"));
    // --json and --csv together is a usage error.
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("stats"), QString::number(campaign),
                  QStringLiteral("--csv"), stats, QStringLiteral("--json")}),
             2);
}

QTEST_GUILESS_MAIN(TestStatsReport)
#include "tst_statsreport.moc"

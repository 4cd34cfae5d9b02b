#include "models/stats/statsreport.h"
#include "models/stats/campaigncost.h"

#include "models/contacts/csvwriter.h"
#include "models/core/clock.h"
#include "models/ledger/failurecatalogue.h"
#include "models/storage/pagedrows.h"

#include "models/storage/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <QScopeGuard>
#include <algorithm>
#include <cstdio>

namespace {

using Stat = CampaignStats::Stat;

QString rate(qint64 count, qint64 of)
{
    return of > 0 ? QString::number(100.0 * double(count) / double(of), 'f', 1) : QString();
}

// "2026-11-25T10:00:00.123Z" for UTC milliseconds, without QDateTime (a million rows × six times).
void appendIsoTime(QByteArray &out, qint64 ms)
{
    qint64 secs = ms / 1000;
    int millis = int(ms % 1000);
    if (millis < 0) {
        millis += 1000;
        --secs;
    }
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03dZ",
                                static_cast<long long>(y), static_cast<long long>(m), static_cast<long long>(d),
                                static_cast<long long>(rem / 3600), static_cast<long long>(rem / 60 % 60),
                                static_cast<long long>(rem % 60), millis);
    out.append(buf, n);
}

} // namespace

bool StatsReport::writeStatsCsv(QSqlDatabase db, qint64 runId, const QString &path, QString *error, char separator)
{
    const auto counts = CampaignStats::compute(db, runId, error);
    if (!counts)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id, c.name, r.status, r.planned_at FROM campaign_runs r "
                             "JOIN campaigns c ON c.id = r.campaign_id WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().isValid() && q.lastError().type() != QSqlError::NoError
            ? q.lastError().text()
            : tr("There is no run %1.").arg(runId);
        return false;
    }
    const CampaignStats::Counts &c = *counts;
    const Result<CampaignCost::Run> cost = CampaignCost::forRun(db, runId);
    if (!cost.report(error))
        return false;
    CsvWriter w;
    CsvWriter::Options options;
    options.separator = separator;
    if (!w.open(path, options, error))
        return false;
    w.writeRow({QStringLiteral("campaign"), q.value(0).toString()});
    w.writeRow({QStringLiteral("run"), QString::number(runId)});
    w.writeRow({QStringLiteral("campaign_name"), q.value(1).toString()});
    w.writeRow({QStringLiteral("run_status"), q.value(2).toString()});
    w.writeRow({QStringLiteral("generated_at"),
                Clock::nowUtc().toString(Qt::ISODate)});
    w.writeRow({});
    w.writeRow({QStringLiteral("statistic"), QStringLiteral("count"), QStringLiteral("rate_percent"),
                QStringLiteral("rate_of")});
    const auto row = [&](Stat s, qint64 of, const QString &ofName) {
        w.writeRow({CampaignStats::statName(s), QString::number(c.value(s)),
                    ofName.isEmpty() ? QString()
                                     : separator == ';' ? rate(c.value(s), of).replace(QLatin1Char('.'), QLatin1Char(','))
                                                        : rate(c.value(s), of),
                    ofName});
    };
    // Rates as campaign-stats.md defines them: Sent, Failed, Unqualified and Pending of Attempted;
    // Delivered, Read and Replied of Sent.
    const QString attempted = CampaignStats::statName(Stat::Attempted);
    const QString sent = CampaignStats::statName(Stat::Sent);
    row(Stat::Attempted, 0, {});
    row(Stat::Sent, c.attempted, attempted);
    row(Stat::Delivered, c.sent, sent);
    row(Stat::Read, c.sent, sent);
    row(Stat::Replied, c.sent, sent);
    row(Stat::Failed, c.attempted, attempted);
    row(Stat::Unqualified, c.attempted, attempted);
    row(Stat::Pending, c.attempted, attempted);
    // What the run cost (CampaignCost): one row per currency, never a sum of two.
    const auto amount = [separator](double value) {
        const QString text = QString::number(value, 'f', 4);
        return separator == ';' ? QString(text).replace(QLatin1Char('.'), QLatin1Char(',')) : text;
    };
    w.writeRow({});
    w.writeRow({QStringLiteral("cost_currency"), QStringLiteral("estimated"), QStringLiteral("actual"),
                QStringLiteral("billable_messages")});
    for (const CampaignCost::Amount &a : cost->byCurrency)
        w.writeRow({a.currency, amount(a.estimated), amount(a.actual), QString::number(a.billableMessages)});
    if (cost->unpricedBillable > 0)
        w.writeRow({QStringLiteral("none"), QString(), QString(), QString::number(cost->unpricedBillable)});
    w.writeRow({});
    w.writeRow({QStringLiteral("failure_code"), QStringLiteral("title"), QStringLiteral("group"),
                QStringLiteral("count"), QStringLiteral("retry_helps"), QStringLiteral("description")});
    for (const CampaignStats::Reason &r : c.failureReasons) {
        const FailureCatalogue::Entry e = FailureCatalogue::lookup(r.code, r.title);
        w.writeRow({QString::number(r.code), r.title, r.group, QString::number(r.count),
                    e.retryHelps() ? QStringLiteral("yes") : QStringLiteral("no"), e.description});
    }
    if (!w.close(error)) {
        QFile::remove(path);
        return false;
    }
    return true;
}

QStringList StatsReport::recipientColumns()
{
    return {QStringLiteral("name"),         QStringLiteral("phone"),        QStringLiteral("state"),
            QStringLiteral("wamid"),        QStringLiteral("claimed_at"),   QStringLiteral("sent_at"),
            QStringLiteral("delivered_at"), QStringLiteral("read_at"),      QStringLiteral("failed_at"),
            QStringLiteral("replied_at"),   QStringLiteral("error_code"),   QStringLiteral("error_title"),
            QStringLiteral("error_details"), QStringLiteral("reply_text"),  QStringLiteral("skipped_at"),
            QStringLiteral("skip_reason")};
}

qint64 StatsReport::writeRecipientsCsv(QSqlDatabase db, const RecipientFilter &filter, const QString &path,
                                       QString *error, const std::function<bool(qint64)> &progress,
                                       char separator)
{
    sqlite3 *handle = Workspace::sqliteHandle(db);
    if (!handle) {
        *error = tr("Recipient exports need the SQLite workspace driver.");
        return -1;
    }
    QByteArray sql =
        "SELECT coalesce(c.name, ''), r.phone, r.state, r.wamid, r.claimed_at, r.sent_at, r.delivered_at, "
        "r.read_at, r.failed_at, r.replied_at, r.error_code, r.error_title, r.error_details, ";
    sql += CampaignStats::replyTextSql().toUtf8();
    sql += ", r.skipped_at, r.skip_reason FROM recipients r LEFT JOIN contacts c ON c.id = r.contact_id "
           "WHERE r.run_id = ?1 AND ";
    sql += (filter.skipped ? CampaignStats::skippedCondition() : CampaignStats::condition(filter.stat)).toUtf8();
    if (filter.reasonCode)
        sql += *filter.reasonCode == FailureCatalogue::kNetworkError ? " AND r.error_code IS NULL"
                                                                     : " AND r.error_code = ?2";
    const QString search = filter.search.trimmed();
    if (!search.isEmpty())
        sql += " AND (c.name LIKE ?3 ESCAPE '\\' OR r.phone LIKE ?3 ESCAPE '\\' OR r.wamid LIKE ?3 ESCAPE '\\' "
               "OR r.error_title LIKE ?3 ESCAPE '\\')";
    sql += " ORDER BY r.id";

    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        *error = tr("Could not read the recipients: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return -1;
    }
    const auto finalize = qScopeGuard([stmt] { sqlite3_finalize(stmt); });
    sqlite3_bind_int64(stmt, 1, filter.runId);
    if (filter.reasonCode && *filter.reasonCode != FailureCatalogue::kNetworkError)
        sqlite3_bind_int(stmt, 2, *filter.reasonCode);
    QByteArray pattern;
    if (!search.isEmpty()) {
        pattern = likePattern(search).toUtf8();
        sqlite3_bind_text(stmt, 3, pattern.constData(), int(pattern.size()), SQLITE_STATIC);
    }

    CsvWriter w;
    CsvWriter::Options options;
    options.separator = separator;
    if (!w.open(path, options, error))
        return -1;
    w.writeRow(recipientColumns());
    constexpr int kTimeColumns[] = {4, 5, 6, 7, 8, 9, 14};
    QByteArray time;
    qint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int col = 0; col < 16; ++col) {
            if (sqlite3_column_type(stmt, col) == SQLITE_NULL) {
                w.writeCell({});
                continue;
            }
            if (std::find(std::begin(kTimeColumns), std::end(kTimeColumns), col) != std::end(kTimeColumns)) {
                time.clear();
                appendIsoTime(time, sqlite3_column_int64(stmt, col));
                w.writeCell(time);
                continue;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
            w.writeCell(QByteArrayView(text, sqlite3_column_bytes(stmt, col)));
        }
        w.endRow();
        ++rows;
        if (progress && rows % 50000 == 0 && !progress(rows)) {
            QString ignored;
            w.close(&ignored);
            QFile::remove(path);
            *error = tr("Export cancelled; no file was kept.");
            return -1;
        }
    }
    if (rc != SQLITE_DONE) {
        *error = tr("Could not read the recipients: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        QString ignored;
        w.close(&ignored);
        QFile::remove(path);
        return -1;
    }
    if (!w.close(error)) {
        QFile::remove(path);
        return -1;
    }
    if (progress)
        progress(rows);
    return rows;
}

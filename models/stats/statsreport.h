#pragma once

#include "models/stats/campaignstats.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

// The two CSV exports of a campaign, shared by the dashboard and herald-cli. Both go through CsvWriter, so
// every cell is neutralised against spreadsheet formula injection (E.164 numbers stay dialable).
class StatsReport
{
    Q_DECLARE_TR_FUNCTIONS(StatsReport)

public:
    // The stats report: campaign, run, each statistic with count and rate (and what the rate is of), then the
    // failure reasons with counts, largest first.
    // separator: ',' (the default, for scripts) or the spreadsheet's (';' also writes rates with a decimal comma).
    static bool writeStatsCsv(QSqlDatabase db, qint64 runId, const QString &path, QString *error,
                              char separator = ',');

    // Filters of a recipient list; search matches name, phone, message id or error title.
    struct RecipientFilter
    {
        qint64 runId = 0;
        CampaignStats::Stat stat = CampaignStats::Stat::Attempted;
        std::optional<int> reasonCode;
        QString search;
        bool skipped = false;   // the skipped rows (never attempted, in no statistic) instead of `stat`
    };
    // The recipient list, streamed row by row from SQLite (a million rows never sit in memory). progress
    // (rows written) is called every 50,000 rows and may return false to cancel; a cancelled export removes
    // the partial file. Returns the number of rows written, or -1 with *error.
    static qint64 writeRecipientsCsv(QSqlDatabase db, const RecipientFilter &filter, const QString &path,
                                     QString *error, const std::function<bool(qint64)> &progress = {},
                                     char separator = ',');
    static QStringList recipientColumns();
};

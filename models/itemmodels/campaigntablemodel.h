#pragma once

#include "models/campaigns/campaign.h"
#include "models/ledger/ledger.h"
#include "models/stats/campaignstats.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSet>
#include <optional>

// One row of the Campaigns page: a campaign with its account's name and the state of its newest run.
struct CampaignOverview
{
    Campaign campaign;
    QString accountName;
    QString audienceWords;         // the audience in words (AudienceText); campaign.audience keeps the expression
    qint64 runId = 0;              // 0: never planned
    QString runStatus;             // planned, running, pausing, paused, stopping, stopped, sent, finished, error
    QString stopReason;            // why the run paused or stopped, for a person
    std::optional<int> stopCode;   // the provider's error code behind it
    RecipientLedger::Counts counts;
    QDateTime lastRunAt;           // when the newest run started (or was planned)
    CampaignStats::Counts stats;   // the seven statistics of the newest run (campaign-stats.md)
    int runCount = 0;              // runs so far (recurring and triggered campaigns have many)

    // Every recipient row of the run has left planned/claimed (it may still wait for status reports).
    qint64 done() const;
    // Accepted by WhatsApp: accepted, sent, delivered or read.
    qint64 accepted() const;
};

// The campaigns of a workspace with their newest run, for the Campaigns page (a few hundred at most, all in
// memory). Rows are keyed by campaign id: setRows() inserts, removes and updates rows one by one with
// row-scoped dataChanged; updateRun() applies a sender's live progress without touching the database.
class CampaignTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        TemplateColumn,
        AccountColumn,
        AudienceColumn,      // the newest run's recipient count, and the audience expression
        StatusColumn,
        ProgressColumn,
        LastRunColumn,
        AttemptedColumn,     // the seven statistics of the newest run, in campaign-stats.md order
        SentColumn,
        DeliveredColumn,
        ReadColumn,
        RepliedColumn,
        FailedColumn,
        UnqualifiedColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,   // for sorting: numbers, QDateTime, raw status
        CampaignIdRole,                    // qint64
    };

    explicit CampaignTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads every campaign and its newest run. Counts of runs in `liveRuns` are not read (their sender
    // reports them); the rows keep the counts they had. Returns std::nullopt with *error on failure.
    static std::optional<QList<CampaignOverview>> load(QSqlDatabase db, const QSet<qint64> &liveRuns,
                                                       QString *error);
    // Merges a fresh load: new campaigns are inserted, vanished ones removed, changed rows updated.
    // Rows whose run is in `liveRuns` keep their live counts.
    void setRows(const QList<CampaignOverview> &rows, const QSet<qint64> &liveRuns = {});
    // A sender's progress for `runId`: status, counts and the reason.
    void updateRun(qint64 runId, const QString &status, const RecipientLedger::Counts &counts, const QString &reason,
                   std::optional<int> code);

    const QList<CampaignOverview> &rows() const { return m_rows; }
    int rowOf(qint64 campaignId) const;
    const CampaignOverview *byId(qint64 campaignId) const;

    // The failure codes of a run with how many recipients failed with each, most frequent first (code -1:
    // failures without a provider code).
    static QList<QPair<int, qint64>> failureCodes(QSqlDatabase db, qint64 runId, QString *error);

    // A person's word for a run's status. Never "Finished" while a recipient is pending or uncertain: such a
    // run reads "Sent — waiting for delivery reports". An empty status (no run yet) reads "Draft".
    static QString statusText(const QString &runStatus, const RecipientLedger::Counts &counts);
    // "sent 120 of 300" (rows that left planned/claimed, of all rows).
    static QString progressText(const CampaignOverview &row);
    // "One-time", "Scheduled", "Recurring", "Triggered".
    static QString typeText(const QString &kind);
    // What a column's number counts (the header's tooltip).
    static QString headerToolTip(int section);
    // The statistic a count column shows; std::nullopt for other columns.
    static std::optional<CampaignStats::Stat> statOfColumn(int column);

private:
    QVariant display(const CampaignOverview &row, int column) const;
    QString audienceToolTip(const CampaignOverview &row) const;
    QVariant raw(const CampaignOverview &row, int column) const;
    void emitRowChanged(int row);

    QList<CampaignOverview> m_rows;
};

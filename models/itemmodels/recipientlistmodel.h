#pragma once

#include "models/stats/campaignstats.h"
#include "models/storage/pagedrows.h"

#include <optional>
#include <QList>

class Workspace;

// The recipients one statistic of one run counts (a bar of the dashboard), optionally only failures with one
// error code, searched (name, phone, message id, error title) and sorted in SQL. Built for a million rows like
// ContactTableModel: it holds only the ordered list of matching ids and pages full rows in 200 at a time,
// keeping a bounded cache.
class RecipientListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PhoneColumn,
        StateColumn,
        SentColumn,
        DeliveredColumn,
        ReadColumn,
        FailedColumn,
        RepliedColumn,
        ReplyTextColumn,
        WamidColumn,
        ErrorCodeColumn,
        ErrorTitleColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 recipient row id
        RawValueRole, // the unformatted value (ms since epoch for times, int for codes)
        PhoneRole, // the E.164 phone of the row
        StateRole, // the ledger state name
    };

    struct Query
    {
        qint64 runId = 0;
        CampaignStats::Stat stat = CampaignStats::Stat::Attempted;
        std::optional<int> reasonCode; // with Failed/Unqualified: only this code (kNetworkError: no code)
        QString search;
        int sortColumn = -1; // -1: row order (the order recipients were planned)
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    explicit RecipientListModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    Query query() const { return m_query; }
    // Shows another list (run, statistic, reason); keeps search and sort. runId 0 empties the model.
    void setList(qint64 runId, CampaignStats::Stat stat, std::optional<int> reasonCode = std::nullopt);
    void setReason(std::optional<int> reasonCode);
    void setSearch(const QString &text);
    static bool isSortable(int column);

    // Re-reads the ids (the run progressed); keeps the query.
    void reload();
    qint64 idAt(int row) const;
    QList<qint64> ids() const { return m_rows.ids(); }
    QString lastError() const { return m_lastError; }
    // The full row behind a view row (loaded if needed); std::nullopt out of range.
    std::optional<CampaignStats::Row> rowAt(int row) const;
    // The latest reply text of the row.
    QString replyTextAt(int row) const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Entry
    {
        CampaignStats::Row row;
        QString replyText;
    };
    std::optional<QList<qint64>> loadIds(QString *error) const;
    QList<Entry> loadRows(const QList<qint64> &ids) const;
    void reportError(const QString &error) const;

    Workspace &m_workspace;
    Query m_query;
    PagedRows<Entry> m_rows;
    mutable QString m_lastError;
};

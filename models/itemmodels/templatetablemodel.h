#pragma once

#include "models/templates/messagetemplate.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

class Workspace;

// One account's templates (a few thousand at most, so all are held in memory), live and deleted-upstream
// ones alike, ordered by name and language. Put a TemplateFilterProxy in front for search, filters, sorting.
class TemplateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LanguageColumn, CategoryColumn, StatusColumn, QualityColumn, SyncedColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1,   // unformatted: API strings ("DELETED" for removed upstream), QDateTime
        TemplateRole,                      // int: the row in this model (templateAt), also through a proxy
        FlaggedRole,                       // bool: MessageTemplate::isFlagged()
    };

    explicit TemplateTableModel(Workspace &workspace, qint64 accountId = 0, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    qint64 accountId() const { return m_accountId; }
    // Shows another account's templates (reloads).
    void setAccountId(qint64 accountId);
    // Re-reads the account's templates (after a sync or a save).
    void reload();

    const MessageTemplate &templateAt(int row) const { return m_templates.at(row); }
    const QList<MessageTemplate> &templates() const { return m_templates; }
    int rowOf(const QString &name, const QString &language) const;

    // Distinct values present, sorted, for filter combo boxes.
    QStringList languages() const;
    QStringList categories() const;
    QStringList statuses() const;   // raw values, "DELETED" for removed upstream

    // A person's word for an API status / quality ("Approved", "Paused", "High"…).
    static QString statusText(const QString &status);
    static QString qualityText(const QString &quality);
    // The raw status a row sorts and filters by.
    static QString rawStatus(const MessageTemplate &t);

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QStringList distinct(int column) const;

    Workspace &m_workspace;
    qint64 m_accountId = 0;
    QList<MessageTemplate> m_templates;
    QString m_lastError;
};

// Search (name or body text, case-insensitive) plus exact filters on status, category and language; an empty
// filter matches everything. Sorts by RawValueRole (quality by rank: RED < YELLOW < GREEN).
class TemplateFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TemplateFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Raw status ("APPROVED", "PAUSED", "DELETED" for removed upstream…).
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }
    void setCategoryFilter(const QString &category);
    QString categoryFilter() const { return m_category; }
    void setLanguageFilter(const QString &language);
    QString languageFilter() const { return m_language; }

    TemplateTableModel *templates() const;
    // The template behind a proxy row.
    const MessageTemplate *templateAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void setFilter(QString &member, const QString &value);

    QString m_search;
    QString m_status;
    QString m_category;
    QString m_language;
};

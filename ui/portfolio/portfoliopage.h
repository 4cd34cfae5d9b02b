#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class Workspace;

// The portfolio view (issue 18 §1): every number grouped by the business portfolio whose daily budget it shares,
// with quality, throughput, tier, unique recipients in 24 h, headroom and the campaigns on it now and next. It reads
// Portfolio::load (models/accounts/portfolio.*), the same data as `herald-cli portfolio`; reload() runs when the
// page is shown and when delivery reports (which carry quality webhooks) arrive.
class PortfolioPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { NumberColumn, QualityColumn, ThroughputColumn, TierColumn, RecipientsColumn, RunningColumn,
                  ScheduledColumn, ColumnCount };

    explicit PortfolioPage(Workspace &workspace, QWidget *parent = nullptr);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_workspace;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
};

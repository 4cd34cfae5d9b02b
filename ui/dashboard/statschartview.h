#pragma once

#include "models/stats/campaignstats.h"

#include <optional>
#include <QChartView>
#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

// The seven statistics of a run as a bar chart, each bar in its own colour with its count and rate above it.
// Clicking anywhere in a bar's column (or Left/Right to choose a bar and Enter) emits statClicked. Qt Charts
// stays inside ui/dashboard/.
class StatsChartView : public QChartView
{
    Q_OBJECT

public:
    explicit StatsChartView(QWidget *parent = nullptr);

    // The bars, in order.
    static QList<CampaignStats::Stat> stats();
    static QString statTitle(CampaignStats::Stat stat); // translated: "Delivered"
    static QColor colorOf(CampaignStats::Stat stat);   // for the application's palette, light or dark
    // The line above the Replied bar: "3 opted out" (Counts::optedOut, replies that asked to stop promotions).
    static QString optedOutText(const CampaignStats::Counts &counts);
    // "94.6% of sent"; empty when the statistic has no rate (Attempted) or its base is 0.
    static QString rateText(CampaignStats::Stat stat, const CampaignStats::Counts &counts);
    // Just the percentage ("94.6%"), as shown on the bar.
    static QString shortRate(CampaignStats::Stat stat, const CampaignStats::Counts &counts);

    QChart *statsChart() const { return chart(); }
    QStackedBarSeries *series() const { return m_series; }
    // Shows these counts (std::nullopt: all zero, with the empty-state text).
    void setCounts(const std::optional<CampaignStats::Counts> &counts);
    std::optional<CampaignStats::Counts> counts() const { return m_counts; }
    int currentBar() const { return m_current; }
    void setCurrentBar(int bar);
    // The text a screen reader gets for a bar: "Delivered: 9,000, 94.6% of sent".
    QString barDescription(int bar) const;
    // For tests and labels: the chart position of bar `bar`'s top (QChart::mapToPosition of (bar, value)).
    QPointF barTop(int bar) const;

Q_SIGNALS:
    void statClicked(CampaignStats::Stat stat);
    void currentBarChanged(int bar);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int barAt(const QPoint &viewPos) const;
    void layoutLabels();
    void fitCategoryLabels();
    void updateHighlight();

    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QList<QBarSet *> m_sets;
    QList<QGraphicsSimpleTextItem *> m_countLabels;
    QList<QGraphicsSimpleTextItem *> m_rateLabels;
    QGraphicsSimpleTextItem *m_emptyText = nullptr;
    QGraphicsSimpleTextItem *m_optedOutLabel = nullptr; // "3 opted out", above the Replied bar
    std::optional<CampaignStats::Counts> m_counts;
    int m_current = 0;
    int m_pressedBar = -1;
};

// Sent / delivered / read / replied per hour since the run's start.
class TimelineChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TimelineChartView(QWidget *parent = nullptr);
    void setTimeline(const std::optional<CampaignStats::Timeline> &timeline);
    QList<QLineSeries *> lines() const { return m_lines; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void layoutEmptyText();

    QList<QLineSeries *> m_lines;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QGraphicsSimpleTextItem *m_emptyText = nullptr;
};

#pragma once

#include <QAccessibleWidget>
#include <QList>

class StatsChartView;

// What a screen reader gets from the statistics chart: a chart whose children are its bars, each named with its
// figure ("Delivered: 1,234, 94.6% of sent"), the current one focused. Installed for every StatsChartView by
// StatsChartAccessible::installFactory().
class StatsChartAccessible : public QAccessibleWidget
{
public:
    explicit StatsChartAccessible(StatsChartView *view);
    ~StatsChartAccessible() override;

    static void installFactory();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    StatsChartView *view() const;
    // The bar's column (its bar and its label), in global coordinates.
    QRect barRect(int bar) const;

private:
    mutable QList<QAccessible::Id> m_bars;
};

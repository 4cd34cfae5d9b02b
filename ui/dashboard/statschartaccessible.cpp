#include "ui/dashboard/statschartaccessible.h"

#include "ui/dashboard/statschartview.h"

#include <QChart>
#include <QPointer>

#include <utility>

namespace {

// One bar of the chart; lives as long as the chart's own interface.
class StatsBarAccessible : public QAccessibleInterface
{
public:
    StatsBarAccessible(StatsChartView *view, int bar)
        : m_view(view)
        , m_bar(bar)
    {
    }

    bool isValid() const override { return m_view; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!m_view)
            return {};
        if (t == QAccessible::Name)
            return m_view->barDescription(m_bar);
        if (t == QAccessible::Description)
            return StatsChartView::tr("Press Enter to list these recipients.");
        return {};
    }

    QRect rect() const override
    {
        auto *chart = static_cast<StatsChartAccessible *>(parent());
        return chart ? chart->barRect(m_bar) : QRect();
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        if (m_view && m_view->currentBar() == m_bar) {
            s.selected = true;
            s.focused = m_view->hasFocus();
        }
        if (!m_view || !m_view->isVisible())
            s.invisible = true;
        return s;
    }

private:
    QPointer<StatsChartView> m_view;
    int m_bar;
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("StatsChartView") && object && object->isWidgetType())
        return new StatsChartAccessible(static_cast<StatsChartView *>(object));
    return nullptr;
}

} // namespace

StatsChartAccessible::StatsChartAccessible(StatsChartView *view)
    : QAccessibleWidget(view, QAccessible::Chart)
{
}

StatsChartAccessible::~StatsChartAccessible()
{
    for (QAccessible::Id id : std::as_const(m_bars))
        QAccessible::deleteAccessibleInterface(id);
}

void StatsChartAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

StatsChartView *StatsChartAccessible::view() const
{
    return static_cast<StatsChartView *>(widget());
}

int StatsChartAccessible::childCount() const
{
    return int(StatsChartView::stats().size());
}

QAccessibleInterface *StatsChartAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_bars.size() <= index)
        m_bars.append(QAccessible::registerAccessibleInterface(new StatsBarAccessible(view(), int(m_bars.size()))));
    return QAccessible::accessibleInterface(m_bars.at(index));
}

int StatsChartAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (int i = 0; i < m_bars.size(); ++i) {
        if (QAccessible::accessibleInterface(m_bars.at(i)) == child)
            return i;
    }
    return -1;
}

QAccessibleInterface *StatsChartAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        if (barRect(i).contains(x, y))
            return child(i);
    }
    return nullptr;
}

QRect StatsChartAccessible::barRect(int bar) const
{
    const StatsChartView *v = view();
    const QRectF plot = v->statsChart()->plotArea();
    const qreal column = plot.width() / qMax(1, childCount());
    const QRectF chartRect(plot.left() + column * bar, plot.top(), column, plot.height() + 24);   // with its label
    const QRectF scene = v->statsChart()->mapToScene(chartRect).boundingRect();
    const QRect local = v->mapFromScene(scene).boundingRect();
    return QRect(v->mapToGlobal(local.topLeft()), local.size());
}

#include "ui/leadingmargins.h"

#include <QEvent>
#include <QLayout>
#include <QPointer>
#include <QWidget>

namespace {

class MarginKeeper : public QObject
{
public:
    MarginKeeper(QWidget *widget, QLayout *layout, int leading, int top, int trailing, int bottom)
        : QObject(widget)
        , m_widget(widget)
        , m_layout(layout)
        , m_leading(leading)
        , m_top(top)
        , m_trailing(trailing)
        , m_bottom(bottom)
    {
        widget->installEventFilter(this);
        update();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::LayoutDirectionChange)
            update();
        return false;
    }

private:
    void update()
    {
        if (!m_layout)
            return;
        if (m_widget->layoutDirection() == Qt::RightToLeft)
            m_layout->setContentsMargins(m_trailing, m_top, m_leading, m_bottom);
        else
            m_layout->setContentsMargins(m_leading, m_top, m_trailing, m_bottom);
    }

    QWidget *m_widget;
    QPointer<QLayout> m_layout;
    int m_leading, m_top, m_trailing, m_bottom;
};

} // namespace

namespace LeadingMargins {

void apply(QWidget *widget, QLayout *layout, int leading, int top, int trailing, int bottom)
{
    new MarginKeeper(widget, layout, leading, top, trailing, bottom);
}

} // namespace LeadingMargins

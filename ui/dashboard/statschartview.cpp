#include "ui/dashboard/statschartview.h"

#include <limits>
#include "ui/dashboard/statschartaccessible.h"
#include "ui/tonestyle.h"

#include <QAccessible>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTime>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QValueAxis>

using Stat = CampaignStats::Stat;

namespace {

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {};
    const double p = 100.0 * double(part) / double(whole);
    return QLocale().toString(p, 'f', p >= 99.95 || p == 0.0 ? 0 : 1) + QLatin1Char('%');
}

void styleChart(QChart *chart)
{
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setPlotAreaBackgroundVisible(false);
}

// The chart in the widget's palette (light or dark): background, axis labels and titles, grid, legend, and the
// texts drawn on it (bold: counts; the others: secondary). Called at construction and on every PaletteChange.
void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const auto mix = [&](double t) {
        return QColor::fromRgbF(float(base.redF() + (text.redF() - base.redF()) * t),
                                float(base.greenF() + (text.greenF() - base.greenF()) * t),
                                float(base.blueF() + (text.blueF() - base.blueF()) * t));
    };
    chart->setBackgroundBrush(base);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(mix(0.12));
        axis->setLinePenColor(mix(0.4));
    }
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            label->setBrush(label->font().bold() ? text : mix(0.7));
    }
}

} // namespace

StatsChartView::StatsChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("statsChart"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(340, 220);
    setAccessibleName(tr("Campaign statistics chart"));
    StatsChartAccessible::installFactory();   // its bars, with their figures, for screen readers
    setToolTip(tr("Click a bar, or choose one with the Left and Right keys and press Enter, to list its recipients."));

    auto *c = new QChart;
    styleChart(c);
    c->legend()->hide();
    // Said on the chart itself, so nobody adds the two bars up (campaign-stats.md: Unqualified ⊆ Failed).
    c->setTitle(tr("Unqualified is part of Failed: numbers without WhatsApp."));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.85);
    c->setTitleFont(titleFont);
    c->setTitleBrush(QColor(0x5f, 0x66, 0x70));
    m_series = new QStackedBarSeries(c);
    m_series->setBarWidth(0.72);
    const QList<Stat> all = stats();
    QStringList categories;
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto *set = new QBarSet(statTitle(all.at(i)));
        set->setColor(colorOf(all.at(i)));
        set->setBorderColor(colorOf(all.at(i)));
        for (qsizetype j = 0; j < all.size(); ++j)
            set->append(0);
        m_series->append(set);
        m_sets.append(set);
        categories << statTitle(all.at(i));
    }
    c->addSeries(m_series);
    m_axisX = new QBarCategoryAxis(c);
    m_axisX->append(categories);
    m_axisX->setGridLineVisible(false);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.85);
    m_axisX->setLabelsFont(axisFont);
    m_axisX->setTruncateLabels(false); // "Unqualified" rather than "Unqu…"; the labels fit from ~340 px
    m_axisY = new QValueAxis(c);
    m_axisY->setRange(0, 1);
    m_axisY->setLabelsVisible(false);
    m_axisY->setLineVisible(false);
    m_axisY->setTickCount(5);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);

    QFont countFont = font();
    countFont.setBold(true);
    QFont rateFont = font();
    rateFont.setPointSizeF(rateFont.pointSizeF() * 0.85);
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto *count = new QGraphicsSimpleTextItem(c);
        count->setFont(countFont);
        m_countLabels.append(count);
        auto *rate = new QGraphicsSimpleTextItem(c);
        rate->setFont(rateFont);
        m_rateLabels.append(rate);
    }
    m_optedOutLabel = new QGraphicsSimpleTextItem(c);
    m_optedOutLabel->setFont(rateFont);
    m_emptyText = new QGraphicsSimpleTextItem(c);
    applyPalette(c, palette());
    setChart(c);
    connect(c, &QChart::plotAreaChanged, this, [this] {
        fitCategoryLabels();
        layoutLabels();
    });
    setCounts(std::nullopt);
}

QList<Stat> StatsChartView::stats()
{
    return { Stat::Attempted, Stat::Sent, Stat::Delivered, Stat::Read, Stat::Replied, Stat::Failed, Stat::Unqualified };
}

QString StatsChartView::statTitle(Stat stat)
{
    switch (stat) {
    case Stat::Attempted:
        return tr("Attempted");
    case Stat::Sent:
        return tr("Sent");
    case Stat::Delivered:
        return tr("Delivered");
    case Stat::Read:
        return tr("Read");
    case Stat::Replied:
        return tr("Replied");
    case Stat::Failed:
        return tr("Failed");
    case Stat::Unqualified:
        return tr("Unqualified");
    case Stat::Pending:
        return tr("Pending");
    }
    return {};
}

QColor StatsChartView::colorOf(Stat stat)
{
    switch (stat) {
    case Stat::Attempted:
        return lightOrDark(QColor(0x6b, 0x77, 0x86), QColor(0x8d, 0x99, 0xa8)); // slate: the base of the others
    case Stat::Sent:
        return lightOrDark(QColor(0x3b, 0x7d, 0xc4), QColor(0x5c, 0x9d, 0xe6)); // blue
    case Stat::Delivered:
        return lightOrDark(QColor(0x1f, 0x9a, 0xa8), QColor(0x3c, 0xb8, 0xc6)); // teal
    case Stat::Read:
        return lightOrDark(QColor(0x2e, 0x9e, 0x55), QColor(0x4c, 0xbf, 0x73)); // green
    case Stat::Replied:
        return lightOrDark(QColor(0x1b, 0x6e, 0x3c), QColor(0x8a, 0xdb, 0x9f)); // deep green: the best outcome
    case Stat::Failed:
        return lightOrDark(QColor(0xd6, 0x45, 0x41), QColor(0xef, 0x6b, 0x66)); // red
    case Stat::Unqualified:
        return lightOrDark(QColor(0xe0, 0x84, 0x3a), QColor(0xf2, 0xa0, 0x5c)); // orange: a kind of failure
    case Stat::Pending:
        return lightOrDark(QColor(0xa0, 0xa7, 0xb0), QColor(0x70, 0x77, 0x80));
    }
    return Qt::gray;
}

QString StatsChartView::shortRate(Stat stat, const CampaignStats::Counts &counts)
{
    switch (stat) {
    case Stat::Sent:
    case Stat::Failed:
    case Stat::Unqualified:
        return percent(counts.value(stat), counts.attempted);
    case Stat::Delivered:
    case Stat::Read:
    case Stat::Replied:
        return percent(counts.value(stat), counts.sent);
    case Stat::Attempted:
    case Stat::Pending:
        break;
    }
    return {};
}

QString StatsChartView::optedOutText(const CampaignStats::Counts &counts)
{
    return tr("%n opted out", nullptr, int(qMin<qint64>(counts.optedOut, std::numeric_limits<int>::max())));
}

QString StatsChartView::rateText(Stat stat, const CampaignStats::Counts &counts)
{
    switch (stat) {
    case Stat::Unqualified:
        return counts.attempted > 0 ? tr("%1 of attempted, part of the %2 failed")
                                          .arg(percent(counts.value(stat), counts.attempted),
                                               QLocale().toString(counts.failed))
                                    : QString();
    case Stat::Sent:
    case Stat::Failed:
        return counts.attempted > 0 ? tr("%1 of attempted").arg(percent(counts.value(stat), counts.attempted))
                                    : QString();
    case Stat::Delivered:
    case Stat::Read:
    case Stat::Replied:
        return counts.sent > 0 ? tr("%1 of sent").arg(percent(counts.value(stat), counts.sent)) : QString();
    case Stat::Attempted:
    case Stat::Pending:
        break;
    }
    return {};
}

void StatsChartView::setCounts(const std::optional<CampaignStats::Counts> &counts)
{
    m_counts = counts;
    const QList<Stat> all = stats();
    qint64 max = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const qint64 v = counts ? counts->value(all.at(i)) : 0;
        max = qMax(max, v);
        if (m_sets.at(i)->at(int(i)) != double(v))
            m_sets.at(i)->replace(int(i), double(v));
        m_countLabels.at(i)->setText(counts ? QLocale().toString(v) : QString());
        m_rateLabels.at(i)->setText(counts ? shortRate(all.at(i), *counts) : QString());
    }
    m_optedOutLabel->setText(counts && counts->optedOut > 0 ? optedOutText(*counts) : QString());
    // Room above the tallest bar for its two labels (three above Replied when some opted out).
    m_axisY->setRange(0, max > 0 ? double(max) * 1.3 : 1.0);
    const bool empty = !counts || counts->attempted == 0;
    m_emptyText->setText(
        empty ? tr("Nothing has been sent in this run yet.\nThe bars fill in as messages go out.") : QString());
    m_emptyText->setVisible(empty);
    layoutLabels();
    updateHighlight();
}

QPointF StatsChartView::barTop(int bar) const
{
    const double v = m_counts ? double(m_counts->value(stats().value(bar))) : 0.0;
    return chart()->mapToPosition(QPointF(bar, v), m_series);
}

void StatsChartView::layoutLabels()
{
    for (int i = 0; i < m_countLabels.size(); ++i) {
        const QPointF top = barTop(i);
        QGraphicsSimpleTextItem *count = m_countLabels.at(i);
        QGraphicsSimpleTextItem *rate = m_rateLabels.at(i);
        const QRectF cr = count->boundingRect();
        const QRectF rr = rate->boundingRect();
        const double rateHeight = rate->text().isEmpty() ? 0.0 : rr.height();
        rate->setPos(top.x() - rr.width() / 2, top.y() - rateHeight - 3);
        count->setPos(top.x() - cr.width() / 2, top.y() - rateHeight - cr.height() - 3);
    }
    const int replied = int(stats().indexOf(Stat::Replied));
    const QGraphicsSimpleTextItem *repliedCount = m_countLabels.at(replied);
    const QRectF or_ = m_optedOutLabel->boundingRect();
    m_optedOutLabel->setPos(barTop(replied).x() - or_.width() / 2, repliedCount->pos().y() - or_.height() - 1);
    const QRectF plot = chart()->plotArea();
    const QRectF er = m_emptyText->boundingRect();
    m_emptyText->setPos(plot.center().x() - er.width() / 2, plot.top() + plot.height() * 0.35);
}

// A bar's name wider than its column is drawn upright rather than dropped or cut (Qt Charts hides a category label
// whose box would overlap its neighbour's, so a slant is not enough): narrow windows, long words ("Não qualificados").
void StatsChartView::fitCategoryLabels()
{
    const QRectF plot = chart()->plotArea();
    const QStringList names = m_axisX->categories();
    if (plot.width() <= 0 || names.isEmpty())
        return;
    const QFontMetricsF metrics(m_axisX->labelsFont());
    qreal widest = 0;
    for (const QString &name : names)
        widest = qMax(widest, metrics.horizontalAdvance(name));
    const int angle = widest + 6 > plot.width() / qreal(names.size()) ? -90 : 0;
    if (m_axisX->labelsAngle() != angle)
        m_axisX->setLabelsAngle(angle);
}

void StatsChartView::setCurrentBar(int bar)
{
    bar = qBound(0, bar, int(stats().size()) - 1);
    if (bar == m_current)
        return;
    m_current = bar;
    updateHighlight();
    Q_EMIT currentBarChanged(bar);
}

QString StatsChartView::barDescription(int bar) const
{
    const Stat stat = stats().value(bar);
    if (!m_counts)
        return tr("%1: no data").arg(statTitle(stat));
    const QString rate = rateText(stat, *m_counts);
    const QString count = QLocale().toString(m_counts->value(stat));
    QString text = rate.isEmpty() ? tr("%1: %2").arg(statTitle(stat), count)
                                  : tr("%1: %2, %3").arg(statTitle(stat), count, rate);
    if (stat == Stat::Replied)
        text = tr("%1, %2").arg(text, optedOutText(*m_counts));
    return text;
}

void StatsChartView::updateHighlight()
{
    for (int i = 0; i < m_sets.size(); ++i) {
        const bool current = hasFocus() && i == m_current;
        QPen pen(current ? palette().color(QPalette::Text) : colorOf(stats().at(i)));
        pen.setWidthF(current ? 2.0 : 1.0);
        if (current)
            pen.setStyle(Qt::DashLine); // a focus ring, not a state
        m_sets.at(i)->setPen(pen);
    }
    setAccessibleDescription(tr("%1. Press Enter to list these recipients.").arg(barDescription(m_current)));
    if (hasFocus()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
        QAccessibleEvent focus(this, QAccessible::Focus);   // the bar itself, announced with its figure
        focus.setChild(m_current);
        QAccessible::updateAccessibility(&focus);
    }
}

int StatsChartView::barAt(const QPoint &viewPos) const
{
    const QPointF chartPos = chart()->mapFromScene(mapToScene(viewPos));
    const QRectF plot = chart()->plotArea();
    if (chartPos.x() < plot.left() || chartPos.x() > plot.right() || chartPos.y() < plot.top()
        || chartPos.y() > plot.bottom() + 24) // the category label under a bar counts too
        return -1;
    const QPointF value = chart()->mapToValue(chartPos, m_series);
    const int bar = qRound(value.x());
    if (bar < 0 || bar >= stats().size() || qAbs(value.x() - bar) > 0.5)
        return -1;
    return bar;
}

void StatsChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressedBar = event->button() == Qt::LeftButton ? barAt(event->position().toPoint()) : -1;
    QChartView::mousePressEvent(event);
}

void StatsChartView::mouseReleaseEvent(QMouseEvent *event)
{
    QChartView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const int bar = barAt(event->position().toPoint());
    if (bar < 0 || bar != m_pressedBar)
        return;
    m_pressedBar = -1;
    setCurrentBar(bar);
    Q_EMIT statClicked(stats().at(bar));
}

void StatsChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentBar(m_current - 1);
        return;
    case Qt::Key_Right:
        setCurrentBar(m_current + 1);
        return;
    case Qt::Key_Home:
        setCurrentBar(0);
        return;
    case Qt::Key_End:
        setCurrentBar(int(stats().size()) - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT statClicked(stats().at(m_current));
        return;
    default:
        break;
    }
    QChartView::keyPressEvent(event);
}

void StatsChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    updateHighlight();
}

void StatsChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    updateHighlight();
}

// --- TimelineChartView --------------------------------------------------------------------------------------------

TimelineChartView::TimelineChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::TabFocus);
    setMinimumSize(340, 160);
    setAccessibleName(tr("Timeline: messages sent, delivered, read and replied per hour since the start"));

    auto *c = new QChart;
    styleChart(c);
    c->legend()->setAlignment(Qt::AlignTop);
    c->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    m_axisX = new QValueAxis(c);
    m_axisX->setLabelFormat(QStringLiteral("%d h"));
    m_axisX->setTitleText(tr("Hours since the start"));
    m_axisY = new QValueAxis(c);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    const std::pair<Stat, QString> kinds[] = { { Stat::Sent, tr("Sent") }, { Stat::Delivered, tr("Delivered") },
        { Stat::Read, tr("Read") }, { Stat::Replied, tr("Replied") } };
    for (const auto &[stat, name] : kinds) {
        auto *line = new QLineSeries(c);
        line->setName(name);
        QPen pen(StatsChartView::colorOf(stat));
        pen.setWidthF(2.2);
        line->setPen(pen);
        line->setPointsVisible(true);
        c->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
        m_lines.append(line);
    }
    // A run with a send window: its planned recipients by the bucket their next wave is due in (dashed).
    auto *planned = new QLineSeries(c);
    planned->setName(tr("Next waves"));
    QPen pen(palette().color(QPalette::PlaceholderText));
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    planned->setPen(pen);
    planned->setPointsVisible(true);
    c->addSeries(planned);
    planned->attachAxis(m_axisX);
    planned->attachAxis(m_axisY);
    m_lines.append(planned);
    m_emptyText = new QGraphicsSimpleTextItem(c);
    applyPalette(c, palette());
    setChart(c);
    connect(c, &QChart::plotAreaChanged, this, [this] { layoutEmptyText(); });
    setTimeline(std::nullopt);
}

void TimelineChartView::setTimeline(const std::optional<CampaignStats::Timeline> &timeline)
{
    const qsizetype hours = timeline ? timeline->hours.size() : 0;
    // The buckets fit the run (CampaignStats::bucketMsFor): the axis counts minutes for a short run, hours otherwise.
    const bool inMinutes = timeline && timeline->bucketMs < 3'600'000;
    const double unitMs = inMinutes ? 60'000.0 : 3'600'000.0;
    const double step = timeline ? double(timeline->bucketMs) / unitMs : 1.0;
    qint64 max = 0;
    for (int k = 0; k < m_lines.size(); ++k) {
        QList<QPointF> points;
        points.reserve(hours);
        for (qsizetype h = 0; h < hours; ++h) {
            const CampaignStats::TimelineBucket &b = timeline->hours.at(h);
            const qint64 v = k == 0 ? b.sent : k == 1 ? b.delivered : k == 2 ? b.read : k == 3 ? b.replied : b.planned;
            max = qMax(max, v);
            points.append(QPointF(double(h) * step, double(v)));
        }
        m_lines.at(k)->replace(points);
    }
    bool waves = false;
    for (qsizetype h = 0; h < hours && !waves; ++h)
        waves = timeline->hours.at(h).planned > 0;
    m_lines.last()->setVisible(waves);   // future waves of a run with a send window
    m_axisX->setLabelFormat(inMinutes ? QStringLiteral("%d min") : QStringLiteral("%d h"));
    m_axisX->setRange(0, qMax<double>(1.0, double(hours - 1) * step));
    m_axisX->setTickCount(int(qBound(qsizetype(2), hours, qsizetype(9))));
    m_axisY->setRange(0, max > 0 ? double(max) * 1.1 : 1.0);
    m_axisY->setTickCount(5);
    m_axisY->applyNiceNumbers();
    const bool empty = hours == 0;
    m_emptyText->setText(empty ? tr("The hourly timeline appears once messages are sent.") : QString());
    m_emptyText->setVisible(empty);
    if (!empty) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(timeline->start).toLocalTime();
        m_axisX->setTitleText((inMinutes ? tr("Minutes since the start (%1)") : tr("Hours since the start (%1)"))
                                  .arg(QLocale().toString(start, QLocale::ShortFormat)));
        const int span = int(double(hours) * step);
        setAccessibleDescription((inMinutes ? tr("%n minute(s) of activity since %1.", nullptr, span)
                                            : tr("%n hour(s) of activity since %1.", nullptr, span))
                                     .arg(QLocale().toString(start, QLocale::ShortFormat)));
    } else {
        setAccessibleDescription(m_emptyText->text());
    }
    layoutEmptyText();
}

void TimelineChartView::layoutEmptyText()
{
    const QRectF plot = chart()->plotArea();
    const QRectF er = m_emptyText->boundingRect();
    m_emptyText->setPos(plot.center().x() - er.width() / 2, plot.center().y() - er.height() / 2);
}

// A theme switched while the window is open: the charts follow it (background, texts, bar and line colours).
void StatsChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !chart())
        return;
    applyPalette(chart(), palette());
    for (int i = 0; i < m_sets.size(); ++i) {
        m_sets.at(i)->setColor(colorOf(stats().at(i)));
        m_sets.at(i)->setBorderColor(colorOf(stats().at(i)));
    }
    updateHighlight();
}

void StatsChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitCategoryLabels();   // the plot area may not have changed yet; its labels are judged again when it does
}

void TimelineChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !chart())
        return;
    applyPalette(chart(), palette());
    const Stat kinds[] = {Stat::Sent, Stat::Delivered, Stat::Read, Stat::Replied};
    for (int k = 0; k < m_lines.size(); ++k) {
        QPen pen = m_lines.at(k)->pen();
        pen.setColor(k < 4 ? StatsChartView::colorOf(kinds[k]) : palette().color(QPalette::PlaceholderText));
        m_lines.at(k)->setPen(pen);
    }
}

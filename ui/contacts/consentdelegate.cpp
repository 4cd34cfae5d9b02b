#include "ui/contacts/consentdelegate.h"

#include "models/contacts/contact.h"
#include "models/itemmodels/contacttablemodel.h"
#include "ui/tonestyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace {

struct BadgeColors
{
    QColor background;
    QColor foreground;
};

BadgeColors colorsFor(int consent)
{
    switch (static_cast<Contact::Consent>(consent)) {
    case Contact::Consent::OptedIn:
        return {toneColors(Tone::Success).background, toneColors(Tone::Success).text};
    case Contact::Consent::OptedOut:
        return {toneColors(Tone::Danger).background, toneColors(Tone::Danger).text};
    case Contact::Consent::None:
        break;
    }
    return {toneColors(Tone::Neutral).background, toneColors(Tone::Neutral).text};
}

constexpr int kHorizontalPadding = 8;
constexpr int kVerticalPadding = 2;
constexpr int kMargin = 6;

} // namespace

ConsentDelegate::ConsentDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString ConsentDelegate::label(int consent)
{
    switch (static_cast<Contact::Consent>(consent)) {
    case Contact::Consent::OptedIn:
        return tr("Opted in");
    case Contact::Consent::OptedOut:
        return tr("Opted out");
    case Contact::Consent::None:
        break;
    }
    return tr("No consent");
}

void ConsentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant consentValue = index.data(ContactTableModel::ConsentRole);
    if (!consentValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The row background (selection, hover, alternate colour) as any other cell, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int consent = consentValue.toInt();
    const QString text = label(consent);
    painter->save();
    QFont font = option.font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    // Measure on the device we paint on (a screen, a printer or a grab() pixmap can differ).
    const QFontMetrics fm = painter->fontMetrics();
    const int height = qMin(fm.height() + 2 * kVerticalPadding, option.rect.height() - 4);
    const int width = qMin(fm.horizontalAdvance(text) + 2 * kHorizontalPadding, option.rect.width() - 2 * kMargin);
    if (width <= 2 * kHorizontalPadding) {
        painter->restore();
        return;
    }
    // At the start of the cell: its left edge, or its right edge in a right-to-left layout.
    const QRect badge = QStyle::visualRect(
        option.direction, option.rect,
        QRect(option.rect.left() + kMargin, option.rect.center().y() - height / 2 + 1, width, height));

    const BadgeColors colors = colorsFor(consent);
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), height / 2.0, height / 2.0);
    painter->fillPath(path, colors.background);
    painter->setPen(colors.foreground);
    // Elide only when the column is too narrow for the whole badge.
    const bool fits = fm.horizontalAdvance(text) + 2 * kHorizontalPadding <= width;
    painter->drawText(badge, Qt::AlignCenter | Qt::TextSingleLine,
                      fits ? text : fm.elidedText(text, Qt::ElideRight, width - 2 * kHorizontalPadding));
    painter->restore();
}

QSize ConsentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(font);
    int widest = 0;
    for (int consent : {int(Contact::Consent::None), int(Contact::Consent::OptedIn), int(Contact::Consent::OptedOut)})
        widest = qMax(widest, fm.horizontalAdvance(label(consent)));
    size.setWidth(widest + 2 * kHorizontalPadding + 2 * kMargin);
    return size;
}

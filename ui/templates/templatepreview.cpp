#include "ui/templates/templatepreview.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextDocument>

namespace {

const QColor kWallpaper(0xEF, 0xE7, 0xDE);
const QColor kBubble(Qt::white);
const QColor kText(0x11, 0x1B, 0x21);
const QColor kMuted(0x66, 0x77, 0x81);
const QColor kLink(0x00, 0x7B, 0xC2);
const QColor kMedia(0xCF, 0xD8, 0xDC);
constexpr int kMargin = 16;
constexpr int kPad = 9;
constexpr int kRadius = 8;
constexpr int kMaxBubble = 340;
constexpr int kButtonHeight = 36;

QString buttonGlyph(TemplateButton::Type type)
{
    switch (type) {
    case TemplateButton::Type::Url:
        return QStringLiteral("\u2197 ");      // ↗
    case TemplateButton::Type::PhoneNumber:
        return QStringLiteral("\u260E ");      // ☎
    case TemplateButton::Type::CopyCode:
        return QStringLiteral("\u2398 ");      // ⎘
    case TemplateButton::Type::QuickReply:
        return QStringLiteral("\u21A9 ");      // ↩
    case TemplateButton::Type::Other:
        break;
    }
    return {};
}

std::unique_ptr<QTextDocument> document(const QString &html, const QFont &font, int width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(kText.name()));
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

} // namespace

struct TemplatePreview::Layout
{
    QRect bubble;
    QRect media;                       // media / location placeholder, empty when none
    std::unique_ptr<QTextDocument> header, body, footer;
    QPoint headerAt, bodyAt, footerAt;
    QRect time;
    QList<QPair<QRect, QString>> buttons;
    int height = 0;
};

TemplatePreview::TemplatePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("templatePreview"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Message preview"));
}

void TemplatePreview::setTemplate(const MessageTemplate &t)
{
    m_template = t;
    updateGeometry();
    update();
    updateAccessibleText();
}

QString TemplatePreview::substitute(const QString &text, const MessageTemplate &t, bool header)
{
    static const QRegularExpression variable(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString result;
    qsizetype last = 0;
    auto it = variable.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString value;
        bool isNumber = false;
        const int index = name.toInt(&isNumber);
        if (isNumber) {
            const QStringList &examples = header ? t.headerExamples : t.bodyExamples;
            value = examples.value(index - 1);
        } else {
            for (const auto &[param, example] : header ? t.headerNamedExamples : t.bodyNamedExamples) {
                if (param == name)
                    value = example;
            }
        }
        result += value.isEmpty() ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

QString TemplatePreview::toHtml(const QString &text)
{
    QString html = text.toHtmlEscaped();
    static const QRegularExpression bold(QStringLiteral("\\*([^*\\n]+)\\*"));
    static const QRegularExpression italic(QStringLiteral("(^|\\W)_([^_\\n]+)_(?=\\W|$)"));
    static const QRegularExpression strike(QStringLiteral("~([^~\\n]+)~"));
    static const QRegularExpression mono(QStringLiteral("```([^`]+)```"));
    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    html.replace(italic, QStringLiteral("\\1<i>\\2</i>"));
    html.replace(strike, QStringLiteral("<s>\\1</s>"));
    html.replace(mono, QStringLiteral("<tt>\\1</tt>"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

TemplatePreview::Layout TemplatePreview::layout(int width) const
{
    Layout l;
    const int bubbleWidth = qBound(160, width - 2 * kMargin - 40, kMaxBubble);
    const int inner = bubbleWidth - 2 * kPad;
    QFont body = font();
    QFont headerFont = body;
    headerFont.setBold(true);
    headerFont.setPointSizeF(body.pointSizeF() * 1.05);
    QFont small = body;
    small.setPointSizeF(body.pointSizeF() * 0.85);

    int y = kMargin + kPad;
    const int x = kMargin + kPad;
    using HF = MessageTemplate::HeaderFormat;
    switch (m_template.headerFormat) {
    case HF::Text:
        l.header = document(toHtml(substitute(m_template.headerText, m_template, true)), headerFont, inner);
        l.headerAt = QPoint(x, y);
        y += int(l.header->size().height()) + 6;
        break;
    case HF::Image:
    case HF::Video:
    case HF::Document:
    case HF::Location:
        l.media = QRect(kMargin + 4, kMargin + 4, bubbleWidth - 8, m_template.headerFormat == HF::Document ? 64 : 150);
        y = l.media.bottom() + 1 + kPad;
        break;
    case HF::None:
        break;
    }
    const QString bodyText = m_template.body.isEmpty() ? tr("(no body text)") : substitute(m_template.body, m_template, false);
    l.body = document(toHtml(bodyText), body, inner);
    l.bodyAt = QPoint(x, y);
    y += int(l.body->size().height());
    if (!m_template.footer.isEmpty()) {
        y += 4;
        l.footer = document(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(kMuted.name(), m_template.footer.toHtmlEscaped()),
                            small, inner);
        l.footerAt = QPoint(x, y);
        y += int(l.footer->size().height());
    }
    const QFontMetrics sm(small);
    l.time = QRect(kMargin + bubbleWidth - kPad - sm.horizontalAdvance(QStringLiteral("12:34")), y + 2,
                   sm.horizontalAdvance(QStringLiteral("12:34")), sm.height());
    y = l.time.bottom() + 1 + kPad - 2;
    l.bubble = QRect(kMargin, kMargin, bubbleWidth, y - kMargin);

    // Buttons: up to three shown; more collapse into two plus "See all options".
    QList<QPair<QString, TemplateButton::Type>> shown;
    const auto &buttons = m_template.buttons;
    const int visible = buttons.size() > 3 ? 2 : int(buttons.size());
    for (int i = 0; i < visible; ++i) {
        const TemplateButton &b = buttons.at(i);
        // WhatsApp labels a copy-code button itself when the template gives it no text.
        const QString text = b.type == TemplateButton::Type::CopyCode && b.text.isEmpty() ? tr("Copy offer code") : b.text;
        shown.append({text, b.type});
    }
    if (buttons.size() > 3)
        shown.append({tr("See all options"), TemplateButton::Type::Other});
    y = l.bubble.bottom() + 1 + 3;
    for (const auto &[text, type] : shown) {
        const QString label = (type == TemplateButton::Type::Other && text == tr("See all options") ? QStringLiteral("\u2630 ")
                                                                                                      : buttonGlyph(type))
            + text;
        l.buttons.append({QRect(kMargin, y, bubbleWidth, kButtonHeight), label});
        y += kButtonHeight + 3;
    }
    l.height = y + kMargin;
    return l;
}

QSize TemplatePreview::sizeHint() const
{
    return QSize(kMaxBubble + 2 * kMargin + 40, heightForWidth(kMaxBubble + 2 * kMargin + 40));
}

QSize TemplatePreview::minimumSizeHint() const
{
    return QSize(220, 160);
}

int TemplatePreview::heightForWidth(int width) const
{
    return layout(width).height;
}

void TemplatePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void TemplatePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), kWallpaper);
    const Layout l = layout(width());

    // Bubble with a soft shadow and the tail at the top left.
    QPainterPath bubble;
    bubble.addRoundedRect(l.bubble, kRadius, kRadius);
    QPainterPath tail;
    tail.moveTo(l.bubble.left() + 2, l.bubble.top());
    tail.lineTo(l.bubble.left() - 8, l.bubble.top());
    tail.lineTo(l.bubble.left() + 2, l.bubble.top() + 12);
    tail.closeSubpath();
    bubble = bubble.united(tail);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 28));
    p.drawPath(bubble.translated(0, 1));
    p.setBrush(kBubble);
    p.drawPath(bubble);

    if (!l.media.isEmpty()) {
        QPainterPath media;
        media.addRoundedRect(l.media, kRadius - 2, kRadius - 2);
        p.setBrush(kMedia);
        p.drawPath(media);
        QString label;
        switch (m_template.headerFormat) {
        case MessageTemplate::HeaderFormat::Image:
            label = tr("\U0001F5BC Image");
            break;
        case MessageTemplate::HeaderFormat::Video:
            label = tr("\u25B6 Video");
            break;
        case MessageTemplate::HeaderFormat::Document:
            label = tr("\U0001F4C4 Document");
            break;
        case MessageTemplate::HeaderFormat::Location:
            label = tr("\U0001F4CD Location");
            break;
        default:
            break;
        }
        p.setPen(kMuted);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.1);
        p.setFont(f);
        p.drawText(l.media, Qt::AlignCenter, label);
    }
    auto drawDoc = [&p](const std::unique_ptr<QTextDocument> &doc, QPoint at) {
        if (!doc)
            return;
        p.save();
        p.translate(at);
        doc->drawContents(&p);
        p.restore();
    };
    drawDoc(l.header, l.headerAt);
    drawDoc(l.body, l.bodyAt);
    drawDoc(l.footer, l.footerAt);

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(kMuted);
    p.drawText(l.time, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("12:34"));

    p.setFont(font());
    for (const auto &[r, label] : l.buttons) {
        QPainterPath path;
        path.addRoundedRect(r, kRadius, kRadius);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 22));
        p.drawPath(path.translated(0, 1));
        p.setBrush(kBubble);
        p.drawPath(path);
        p.setPen(kLink);
        p.drawText(r, Qt::AlignCenter, label);
    }
}

void TemplatePreview::updateAccessibleText()
{
    QStringList parts;
    if (m_template.headerFormat == MessageTemplate::HeaderFormat::Text)
        parts << substitute(m_template.headerText, m_template, true);
    parts << substitute(m_template.body, m_template, false);
    if (!m_template.footer.isEmpty())
        parts << m_template.footer;
    for (const TemplateButton &b : m_template.buttons)
        parts << tr("Button: %1").arg(b.text);
    setAccessibleDescription(parts.join(QLatin1Char('\n')));
}

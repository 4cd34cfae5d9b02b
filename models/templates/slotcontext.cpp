#include "models/templates/slotcontext.h"

#include <QRegularExpression>

namespace {

// The text on one line: newlines and runs of spaces become one space.
QString oneLine(const QString &s)
{
    return s.simplified();
}

QString excerpt(const QString &text, const QString &variable, int radius)
{
    const QString marker = QStringLiteral("{{") + variable + QStringLiteral("}}");
    static const QRegularExpression spaced(QStringLiteral("\\{\\{\\s*([^}\\s]+)\\s*\\}\\}"));
    QString flat = oneLine(text);
    flat.replace(spaced, QStringLiteral("{{\\1}}"));
    const qsizetype at = flat.indexOf(marker);
    if (at < 0)
        return {};
    qsizetype from = qMax<qsizetype>(0, at - radius);
    qsizetype to = qMin<qsizetype>(flat.size(), at + marker.size() + radius);
    // Cut at a word boundary, not inside a word.
    if (from > 0) {
        const qsizetype space = flat.indexOf(QLatin1Char(' '), from);
        from = space >= 0 && space < at ? space + 1 : from;
    }
    if (to < flat.size()) {
        const qsizetype space = flat.lastIndexOf(QLatin1Char(' '), to);
        to = space > at + marker.size() ? space : to;
    }
    const QString ellipsis = QStringLiteral("…");
    return (from > 0 ? ellipsis : QString()) + flat.mid(from, to - from).trimmed()
        + (to < flat.size() ? ellipsis : QString());
}

} // namespace

QString SlotContext::around(const MessageTemplate &t, const QString &slot, int radius)
{
    const qsizetype dot = slot.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    const QString part = slot.left(dot);
    const QString variable = slot.mid(dot + 1);
    if (part == QLatin1String("body"))
        return excerpt(t.body, variable, radius);
    if (part == QLatin1String("header")) {
        if (t.headerFormat == MessageTemplate::HeaderFormat::Text)
            return excerpt(t.headerText, variable, radius);
        return t.headerFormat == MessageTemplate::HeaderFormat::None ? QString()
                                                                     : tr("The header's image, video or document (a link)");
    }
    if (part == QLatin1String("button")) {
        bool ok = false;
        const int index = variable.toInt(&ok);
        if (!ok || index < 0 || index >= t.buttons.size())
            return {};
        const TemplateButton &b = t.buttons.at(index);
        if (b.type == TemplateButton::Type::Url)
            return tr("Button “%1”: %2").arg(b.text, excerpt(b.url, QStringLiteral("1"), radius));
        if (b.type == TemplateButton::Type::CopyCode)
            return tr("Button “%1”: the code to copy").arg(b.text);
        return tr("Button “%1”").arg(b.text);
    }
    return {};
}

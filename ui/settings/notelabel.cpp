#include "ui/settings/notelabel.h"

#include "ui/tonestyle.h"

#include <QLabel>

QLabel *NoteLabel::create(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void NoteLabel::setTone(QLabel *label, Tone tone)
{
    QPalette p = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (tone != Tone::Normal)
        p.setColor(QPalette::WindowText, color(tone, p));
    label->setPalette(p);
}

QColor NoteLabel::color(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Tone::Good:
        return toneText(::Tone::Success, palette);
    case Tone::Bad:
        return toneText(::Tone::Danger, palette);
    case Tone::Muted:
        return palette.color(QPalette::PlaceholderText);
    case Tone::Normal:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QString NoteLabel::pageStyleSheet()
{
    const ToneColors invalid = toneColors(::Tone::Danger);
    return QStringLiteral("QLineEdit[invalid=\"true\"] { border: 1px solid %1; border-radius: 2px;"
                          " background: %2; color: %3; padding: 1px 2px; }"
                          "QLabel#sandboxNote { border-radius: 4px; padding: 8px; %4 }")
        .arg(cssColor(toneText(::Tone::Danger)), cssColor(invalid.background), cssColor(invalid.text),
             toneStyle(::Tone::Active));
}

#include "ui/settings/notelabel.h"

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
    switch (tone) {
    case Tone::Good:
        p.setColor(QPalette::WindowText, QColor(0x1B, 0x7F, 0x3B));
        break;
    case Tone::Bad:
        p.setColor(QPalette::WindowText, QColor(0xB3, 0x26, 0x1E));
        break;
    case Tone::Muted:
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        break;
    case Tone::Normal:
        break;
    }
    label->setPalette(p);
}

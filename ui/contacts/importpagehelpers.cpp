#include "ui/contacts/importpagehelpers.h"

#include "ui/tonestyle.h"

#include <QLabel>
#include <QLocale>

QString ImportPageHelpers::number(qint64 n)
{
    return QLocale().toString(n);
}

QLabel *ImportPageHelpers::errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, toneText(Tone::Danger, pal));
    label->setPalette(pal);
    return label;
}

#include "ui/contacts/importpagehelpers.h"

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
    pal.setColor(QPalette::WindowText, QColor(0xa8, 0x1f, 0x1f));
    label->setPalette(pal);
    return label;
}

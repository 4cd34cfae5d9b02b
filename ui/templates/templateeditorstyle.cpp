#include "ui/templates/templateeditorstyle.h"

#include <QStyle>
#include <QWidget>

void TemplateEditorStyle::setInvalid(QWidget *w, bool invalid, const QString &message)
{
    w->setToolTip(message);
    if (w->property("invalid").toBool() == invalid)
        return;
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}

#pragma once

#include <QColor>

class QString;
class QWidget;

// What the template editor and its tables use to point at a broken rule.
namespace TemplateEditorStyle {

inline QColor bad()
{
    return QColor(0xC6, 0x28, 0x28);
}

inline QColor badBackground()
{
    return QColor(0xFD, 0xE7, 0xE9);
}

// Sets the "invalid" property the editor's style sheet draws as a red frame, with the messages as tool tip.
void setInvalid(QWidget *w, bool invalid, const QString &message);

} // namespace TemplateEditorStyle

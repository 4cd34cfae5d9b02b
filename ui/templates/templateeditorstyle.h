#pragma once

#include "ui/tonestyle.h"

#include <QColor>

class QString;
class QWidget;

// What the template editor and its tables use to point at a broken rule.
namespace TemplateEditorStyle {

inline QColor bad()
{
    return toneText(Tone::Danger);
}

inline QColor badBackground()
{
    return toneColors(Tone::Danger).background;
}

// Sets the "invalid" property the editor's style sheet draws as a red frame, with the messages as tool tip.
void setInvalid(QWidget *w, bool invalid, const QString &message);

} // namespace TemplateEditorStyle

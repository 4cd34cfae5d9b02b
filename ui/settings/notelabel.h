#pragma once

class QColor;
class QLabel;
class QPalette;
class QString;
class QWidget;

// The settings pages' notes and status lines: word-wrapped, selectable labels coloured by tone.
namespace NoteLabel {

enum class Tone { Normal, Good, Bad, Muted };

QLabel *create(QWidget *parent, const QString &objectName);
// Colours the label's text from its parent's palette (good: green, bad: red, muted: the placeholder colour).
void setTone(QLabel *label, Tone tone);
// A tone's text colour on `palette`'s window, light or dark (from ui/tonestyle.*).
QColor color(Tone tone, const QPalette &palette);
// The settings pages' style sheet: invalid fields framed in red, the sandbox note as an information box.
QString pageStyleSheet();

} // namespace NoteLabel

#pragma once

class QLabel;
class QString;
class QWidget;

// The settings pages' notes and status lines: word-wrapped, selectable labels coloured by tone.
namespace NoteLabel {

enum class Tone { Normal, Good, Bad, Muted };

QLabel *create(QWidget *parent, const QString &objectName);
// Colours the label's text from its parent's palette (good: green, bad: red, muted: the placeholder colour).
void setTone(QLabel *label, Tone tone);

} // namespace NoteLabel

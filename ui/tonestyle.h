#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// The tones of Herald's status badges and boxes (campaigns page, dashboard): one palette, so a "sending" or
// "failed" badge looks the same everywhere. Every colour Herald picks itself comes from here or from the palette,
// as a light/dark pair chosen by the palette's window lightness, so badges, boxes, notes and charts stay readable in
// a dark theme.
enum class Tone { Neutral, Active, Warning, Danger, Success };

struct ToneColors
{
    QColor background;
    QColor border;
    QColor text;
};

// Whether `palette` is a dark theme: its window colour is darker than mid-grey.
bool isDarkPalette(const QPalette &palette = QGuiApplication::palette());
// `light` in a light theme, `dark` in a dark one.
QColor lightOrDark(QColor light, QColor dark, const QPalette &palette = QGuiApplication::palette());

// A badge or box of this tone: its background, border and text (the text reads on the background, WCAG AA).
ToneColors toneColors(Tone tone, const QPalette &palette = QGuiApplication::palette());
// Text of this tone on the window background (a note, an error under a field): reads on palette(window).
QColor toneText(Tone tone, const QPalette &palette = QGuiApplication::palette());
// `color` as #rrggbb for style sheets and HTML.
QString cssColor(const QColor &color);

// Style-sheet declarations (background, border, text colour) for a tone; append to a selector's rule.
QString toneStyle(Tone tone, const QPalette &palette = QGuiApplication::palette());

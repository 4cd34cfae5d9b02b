#pragma once

#include <QString>

// The tones of Herald's status badges and boxes (campaigns page, dashboard): one palette, so a "sending" or
// "failed" badge looks the same everywhere.
enum class Tone { Neutral, Active, Warning, Danger, Success };

// Style-sheet declarations (background, border, text colour) for a tone; append to a selector's rule.
QString toneStyle(Tone tone);

#include "ui/tonestyle.h"

QString toneStyle(Tone tone)
{
    switch (tone) {
    case Tone::Active: return QStringLiteral("background: #e8f1fb; border: 1px solid #b9d3ee; color: #1d4f82;");
    case Tone::Warning: return QStringLiteral("background: #fff6e0; border: 1px solid #f0d48a; color: #6b4a00;");
    case Tone::Danger: return QStringLiteral("background: #fdecea; border: 1px solid #f1b8b2; color: #8a1c12;");
    case Tone::Success: return QStringLiteral("background: #e9f6ec; border: 1px solid #b7dfc0; color: #1e5e2e;");
    case Tone::Neutral: break;
    }
    return QStringLiteral("background: #f1f2f4; border: 1px solid #d5d8dc; color: #3a3f45;");
}

#include "ui/tonestyle.h"

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor lightOrDark(QColor light, QColor dark, const QPalette &palette)
{
    return isDarkPalette(palette) ? dark : light;
}

ToneColors toneColors(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Active:
        return dark ? ToneColors{QColor(0x16, 0x31, 0x4d), QColor(0x2f, 0x5f, 0x8f), QColor(0xc4, 0xdf, 0xf8)}
                    : ToneColors{QColor(0xe8, 0xf1, 0xfb), QColor(0xb9, 0xd3, 0xee), QColor(0x1d, 0x4f, 0x82)};
    case Tone::Warning:
        return dark ? ToneColors{QColor(0x3b, 0x2e, 0x05), QColor(0x7a, 0x60, 0x10), QColor(0xf3, 0xda, 0x8e)}
                    : ToneColors{QColor(0xff, 0xf6, 0xe0), QColor(0xf0, 0xd4, 0x8a), QColor(0x6b, 0x4a, 0x00)};
    case Tone::Danger:
        return dark ? ToneColors{QColor(0x4a, 0x16, 0x11), QColor(0x8c, 0x33, 0x29), QColor(0xf9, 0xc8, 0xc1)}
                    : ToneColors{QColor(0xfd, 0xec, 0xea), QColor(0xf1, 0xb8, 0xb2), QColor(0x8a, 0x1c, 0x12)};
    case Tone::Success:
        return dark ? ToneColors{QColor(0x15, 0x3a, 0x21), QColor(0x2f, 0x6e, 0x41), QColor(0xbc, 0xe6, 0xc7)}
                    : ToneColors{QColor(0xe9, 0xf6, 0xec), QColor(0xb7, 0xdf, 0xc0), QColor(0x1e, 0x5e, 0x2e)};
    case Tone::Neutral:
        break;
    }
    return dark ? ToneColors{QColor(0x2e, 0x32, 0x38), QColor(0x4a, 0x50, 0x58), QColor(0xdc, 0xe0, 0xe5)}
                : ToneColors{QColor(0xf1, 0xf2, 0xf4), QColor(0xd5, 0xd8, 0xdc), QColor(0x3a, 0x3f, 0x45)};
}

QColor toneText(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Active:
        return dark ? QColor(0x8c, 0xc2, 0xf5) : QColor(0x1d, 0x4f, 0x82);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xc4, 0x5a) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Danger:
        return dark ? QColor(0xff, 0x9a, 0x8f) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Success:
        return dark ? QColor(0x7d, 0xd3, 0x94) : QColor(0x17, 0x6b, 0x32);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QString toneStyle(Tone tone, const QPalette &palette)
{
    const ToneColors c = toneColors(tone, palette);
    return QStringLiteral("background: %1; border: 1px solid %2; color: %3;")
        .arg(cssColor(c.background), cssColor(c.border), cssColor(c.text));
}

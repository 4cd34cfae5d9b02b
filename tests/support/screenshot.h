#pragma once
// The one way widget tests save screenshots: <HERALD_SCREENSHOT_DIR>/<name>.png when that variable is set (the docs
// and reviews use them), nothing otherwise. Header-only so the core test-support library stays free of Widgets.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QWidget>

namespace Screenshot {

inline QString directory()
{
    return qEnvironmentVariable("HERALD_SCREENSHOT_DIR");
}

inline bool enabled()
{
    return !directory().isEmpty();
}

// Delivers pending layout requests, polish and paint events, so a grab shows the settled widget without sleeping.
inline void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Saves `image` as <dir>/<name> (".png" added when the name has no suffix). True when saved or when no directory is
// set; false when the file could not be written.
inline bool save(const QImage &image, const QString &name)
{
    const QString dir = directory();
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    const QString file = name.endsWith(QLatin1String(".png")) ? name : name + QStringLiteral(".png");
    return image.save(QDir(dir).filePath(file));
}

inline bool save(QWidget *widget, const QString &name)
{
    if (!enabled())
        return true;
    settle();
    return save(widget->grab().toImage(), name);
}

} // namespace Screenshot

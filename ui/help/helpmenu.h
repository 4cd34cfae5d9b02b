#pragma once

#include <QCoreApplication>

class QMenu;
class QWidget;

// The Help menu's own entries: Getting started (F1), Keyboard shortcuts, Open log folder. MainWindow adds them
// before "About Herald".
class HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(HelpMenu)

public:
    static void addTo(QMenu *menu, QWidget *window);
    // Opens the log file's folder (LogFile::directory(), else its default) in the file manager; says where it is
    // when that fails. Returns whether the desktop opened it.
    static bool openLogFolder(QWidget *window);
};

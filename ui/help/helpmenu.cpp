#include "ui/help/helpmenu.h"

#include "engine/log/logfile.h"
#include "ui/help/gettingstarteddialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/messagebox.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QMenu>
#include <QUrl>

void HelpMenu::addTo(QMenu *menu, QWidget *window)
{
    QAction *guide = menu->addAction(tr("&Getting Started"));
    guide->setObjectName(QStringLiteral("actionGettingStarted"));
    guide->setShortcut(QKeySequence::HelpContents);
    QObject::connect(guide, &QAction::triggered, window, [window] {
        GettingStartedDialog dialog(window);
        dialog.exec();
    });
    QAction *shortcuts = menu->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    QObject::connect(shortcuts, &QAction::triggered, window, [window] {
        ShortcutsDialog dialog(window, window);
        dialog.exec();
    });
    QAction *logs = menu->addAction(tr("Open &Log Folder"));
    logs->setObjectName(QStringLiteral("actionOpenLogFolder"));
    QObject::connect(logs, &QAction::triggered, window, [window] { openLogFolder(window); });
}

bool HelpMenu::openLogFolder(QWidget *window)
{
    QString dir = LogFile::directory();
    if (dir.isEmpty())
        dir = LogFile::defaultDirectory();
    QDir().mkpath(dir);
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        return true;
    MessageBox::warning(window, tr("Open Log Folder"),
                        tr("The log folder could not be opened. Its files are in %1 — open that folder in your file "
                           "manager, or attach herald.log to a support request.")
                            .arg(QDir::toNativeSeparators(dir)));
    return false;
}

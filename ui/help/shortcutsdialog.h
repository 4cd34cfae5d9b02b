#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

// Help → Keyboard shortcuts: every action of the window that has a shortcut, read from the actions themselves (the
// menus, the pages' own actions), so the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString where;       // the menu or page the action belongs to ("File", "Contacts"); empty if none
        QString action;      // its text without the mnemonic "&" and the trailing "…"
        QString keys;        // its shortcuts, as the platform writes them ("Ctrl+I")
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The shortcuts of `window`'s actions (menu bar first, in menu order, then every other action it owns, placed
    // under the title of the page that holds it), each action once.
    static QList<Entry> collect(const QWidget *window);
};

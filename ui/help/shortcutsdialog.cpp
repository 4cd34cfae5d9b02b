#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts()) {
        if (!k.isEmpty())
            keys.append(k.toString(QKeySequence::NativeText));
    }
    return keys.join(QStringLiteral(", "));
}

// The page a stray action lives in: the title of its nearest ancestor below the window that has one (MainWindow
// titles its pages).
QString ownerOf(const QAction *action)
{
    for (const QObject *o = action->parent(); o; o = o->parent()) {
        if (const auto *w = qobject_cast<const QWidget *>(o)) {
            if (w->isWindow())
                break;
            if (!w->windowTitle().isEmpty())
                return w->windowTitle();
        }
    }
    return {};
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    const auto add = [&](const QAction *action, const QString &where) {
        if (!action || seen.contains(action) || action->isSeparator())
            return;
        seen.insert(action);
        const QString keys = keysOf(action);
        if (keys.isEmpty())
            return;
        QString name = plain(action->text().isEmpty() ? action->toolTip() : action->text());
        if (name.isEmpty() && action->shortcuts().contains(QKeySequence(QKeySequence::Find)))
            name = ShortcutsDialog::tr("Search this page");   // the pages' search fields take Find without a text
        entries.append({where, name, keys});
    };
    std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu, const QString &where) {
        for (const QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu(), where);
            else
                add(a, where);
        }
    };
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        for (const QAction *top : main->menuBar()->actions()) {
            if (top->menu())
                walk(top->menu(), plain(top->text()));
        }
    }
    for (const QAction *a : window->findChildren<QAction *>())
        add(a, ownerOf(a));
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setColumnCount(3);
    list->setHeaderLabels({tr("Where"), tr("Action"), tr("Shortcut")});
    list->setTabKeyNavigation(false);
    for (const Entry &e : collect(window))
        new QTreeWidgetItem(list, {e.where.isEmpty() ? tr("Window") : e.where, e.action, e.keys});
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

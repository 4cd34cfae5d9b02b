#include "ui/accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolButton>
#include <QCoreApplication>
#include <QWidget>

namespace Accessibility {

namespace {

bool isField(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w);
}

bool hasBuddyLabel(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (!parent)
        return false;
    for (const QLabel *label : parent->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (label->buddy() == w)
            return true;
    }
    return false;
}

// The label shown just before `w` in the layout that holds it, or nullptr.
QLabel *labelBefore(QLayout *layout, QWidget *w)
{
    const int index = layout->indexOf(w);
    if (index < 0) {
        for (int i = 0; i < layout->count(); ++i) {
            if (QLayout *inner = layout->itemAt(i)->layout()) {
                if (QLabel *label = labelBefore(inner, w))
                    return label;
            }
        }
        return nullptr;
    }
    if (auto *form = qobject_cast<QFormLayout *>(layout))
        return qobject_cast<QLabel *>(form->labelForField(w));
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
        QLayoutItem *left = column > 0 ? grid->itemAtPosition(row, column - 1) : nullptr;
        return left ? qobject_cast<QLabel *>(left->widget()) : nullptr;
    }
    for (int i = index - 1; i >= 0; --i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->spacerItem())
            continue;
        return qobject_cast<QLabel *>(item->widget());
    }
    return nullptr;
}

} // namespace

void leaveTablesWithTab(QWidget *root)
{
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
}

void nameFieldsByTheirLabels(QWidget *root)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isField(w) || !w->accessibleName().isEmpty() || hasBuddyLabel(w) || !w->parentWidget()
            || !w->parentWidget()->layout() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QLabel *label = labelBefore(w->parentWidget()->layout(), w);
        if (label && !label->buddy() && !label->text().trimmed().isEmpty() && !Qt::mightBeRichText(label->text()))
            label->setBuddy(w);
    }
    // The » button a toolbar shows when its actions do not fit (Qt's own, nameless).
    for (QToolButton *more : root->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        if (more->accessibleName().isEmpty())
            more->setAccessibleName(QCoreApplication::translate("Accessibility", "More actions"));
    }
}

} // namespace Accessibility

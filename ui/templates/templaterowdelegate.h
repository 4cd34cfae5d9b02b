#pragma once

#include <QStyledItemDelegate>

// The templates table's rows: flagged templates (paused, disabled, deleted upstream…) get a tinted row, a
// deleted one's name is struck out, and status and quality are coloured.
class TemplateRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

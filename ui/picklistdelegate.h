#pragma once

#include <QStyledItemDelegate>
#include <functional>

// Edits a text cell with an editable combo box listing what already exists (tags, attribute keys): pick one or
// type a new one. The cell's text stays the value, so code reading the table is unchanged. `choices` is asked
// each time an editor opens (e.g. tags for a "has tag" row, attribute keys for an "attribute" row); an empty
// list gives an ordinary line edit.
class PickListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = std::function<QStringList(const QModelIndex &index)>;
    PickListDelegate(Choices choices, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Choices m_choices;
};

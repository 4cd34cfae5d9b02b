#pragma once

#include <QStyledItemDelegate>

// Paints the consent column as a small rounded badge: "Opted in" (green), "Opted out" (red) or
// "No consent" (grey), from ContactTableModel::ConsentRole.
class ConsentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConsentDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge text for an int(Contact::Consent) value.
    static QString label(int consent);
};

#include "ui/templates/templaterowdelegate.h"

#include "models/itemmodels/templatetablemodel.h"

namespace {

const QColor kFlaggedRow(0xFF, 0xF1, 0xDC);
const QColor kGood(0x1B, 0x7F, 0x3B);
const QColor kWarn(0xB2, 0x5E, 0x00);
const QColor kBad(0xB3, 0x26, 0x1E);
const QColor kInfo(0x1F, 0x5F, 0x99);

QColor statusColor(const QString &status, bool flagged)
{
    if (flagged)
        return kBad;
    if (status == QLatin1String("APPROVED") || status == QLatin1String("REINSTATED"))
        return kGood;
    if (status == QLatin1String("REJECTED"))
        return kBad;
    if (status == QLatin1String("PENDING") || status == QLatin1String("IN_APPEAL"))
        return kInfo;
    return {};
}

QColor qualityColor(const QString &quality)
{
    if (quality == QLatin1String("GREEN"))
        return kGood;
    if (quality == QLatin1String("YELLOW"))
        return kWarn;
    if (quality == QLatin1String("RED"))
        return kBad;
    return {};
}

} // namespace

void TemplateRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool flagged = index.data(TemplateTableModel::FlaggedRole).toBool();
    if (flagged)
        option->backgroundBrush = kFlaggedRow;
    const QString raw = index.data(TemplateTableModel::RawValueRole).toString();
    QColor color;
    if (index.column() == TemplateTableModel::StatusColumn) {
        color = statusColor(raw, flagged);
        option->font.setBold(flagged);
    } else if (index.column() == TemplateTableModel::QualityColumn) {
        color = qualityColor(raw);
    } else if (index.column() == TemplateTableModel::NameColumn) {
        option->font.setStrikeOut(raw.isEmpty() ? false
                                                : index.siblingAtColumn(TemplateTableModel::StatusColumn)
                                                          .data(TemplateTableModel::RawValueRole)
                                                          .toString()
                                                      == QLatin1String("DELETED"));
    }
    if (color.isValid())
        option->palette.setColor(QPalette::Text, color);
}

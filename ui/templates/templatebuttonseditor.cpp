#include "ui/templates/templatebuttonseditor.h"

#include "ui/templates/templateeditorstyle.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>

namespace {

using Type = TemplateButton::Type;

constexpr int TypeNameRole = Qt::UserRole + 1;
constexpr int ExtraRole = Qt::UserRole + 2;
constexpr int UrlExampleRole = Qt::UserRole + 3;

QString typeLabel(Type type)
{
    switch (type) {
    case Type::QuickReply:
        return TemplateButtonsEditor::tr("Quick reply");
    case Type::Url:
        return TemplateButtonsEditor::tr("Visit website");
    case Type::PhoneNumber:
        return TemplateButtonsEditor::tr("Call phone number");
    case Type::CopyCode:
        return TemplateButtonsEditor::tr("Copy offer code");
    case Type::Other:
        break;
    }
    return {};
}

QString apiTypeName(Type type)
{
    switch (type) {
    case Type::QuickReply:
        return QStringLiteral("QUICK_REPLY");
    case Type::Url:
        return QStringLiteral("URL");
    case Type::PhoneNumber:
        return QStringLiteral("PHONE_NUMBER");
    case Type::CopyCode:
        return QStringLiteral("COPY_CODE");
    case Type::Other:
        break;
    }
    return {};
}

} // namespace

TemplateButtonsEditor::TemplateButtonsEditor(QTableWidget *table, QToolButton *addTool, QToolButton *removeTool,
                                             QToolButton *moveUpTool, QToolButton *moveDownTool, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_removeTool(removeTool)
    , m_moveUpTool(moveUpTool)
    , m_moveDownTool(moveDownTool)
{
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Type"), tr("Button text"), tr("Web address / phone / code")});
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 16);
    table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setColumnWidth(TypeColumn, 165);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                           | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    auto *addMenu = new QMenu(addTool);
    for (Type type : {Type::QuickReply, Type::Url, Type::PhoneNumber, Type::CopyCode}) {
        QAction *action = addMenu->addAction(typeLabel(type));
        connect(action, &QAction::triggered, this, [this, type] { addButton(type); });
    }
    addTool->setMenu(addMenu);
    addTool->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    QStyle *style = table->style();
    removeTool->setIcon(QIcon::fromTheme(QStringLiteral("list-remove"), style->standardIcon(QStyle::SP_TrashIcon)));
    moveUpTool->setIcon(style->standardIcon(QStyle::SP_ArrowUp));
    moveDownTool->setIcon(style->standardIcon(QStyle::SP_ArrowDown));
    connect(removeTool, &QToolButton::clicked, this, [this] { removeCurrent(); });
    connect(moveUpTool, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(moveDownTool, &QToolButton::clicked, this, [this] { moveCurrent(1); });

    connect(table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    connect(table, &QTableWidget::currentCellChanged, this, [this](int row) { updateTools(row); });
}

void TemplateButtonsEditor::updateTools(int currentRow)
{
    m_removeTool->setEnabled(currentRow >= 0);
    m_moveUpTool->setEnabled(currentRow > 0);
    m_moveDownTool->setEnabled(currentRow >= 0 && currentRow < m_table->rowCount() - 1);
}

void TemplateButtonsEditor::setButtons(const QList<TemplateButton> &list)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_table->setRowCount(0);
    for (int i = 0; i < list.size(); ++i)
        insertRow(i, list.at(i));
    m_updating = wasUpdating;
    updateTools(m_table->currentRow());
}

QList<TemplateButton> TemplateButtonsEditor::buttons() const
{
    QList<TemplateButton> list;
    for (int row = 0; row < m_table->rowCount(); ++row)
        list.append(buttonAt(row));
    return list;
}

int TemplateButtonsEditor::rowOfTypeCombo(const QObject *combo) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->cellWidget(row, TypeColumn) == combo)
            return row;
    }
    return -1;
}

TemplateButton TemplateButtonsEditor::buttonAt(int row) const
{
    TemplateButton b;
    const QTableWidgetItem *typeItem = m_table->item(row, TypeColumn);
    const auto *combo = qobject_cast<const QComboBox *>(m_table->cellWidget(row, TypeColumn));
    if (!typeItem || !combo)
        return b;
    b.type = static_cast<Type>(combo->currentData().toInt());
    b.typeName = b.type == Type::Other ? typeItem->data(TypeNameRole).toString() : apiTypeName(b.type);
    b.extra = typeItem->data(ExtraRole).toJsonObject();
    const QString value = m_table->item(row, ValueColumn)->text().trimmed();
    if (b.type != Type::CopyCode)
        b.text = m_table->item(row, TextColumn)->text();
    switch (b.type) {
    case Type::Url: {
        b.url = value;
        const QString example = typeItem->data(UrlExampleRole).toString();
        if (!MessageTemplate::variables(b.url).isEmpty() && !example.isEmpty())
            b.examples = {example};
        break;
    }
    case Type::PhoneNumber:
        b.phoneNumber = value;
        break;
    case Type::CopyCode:
        if (!value.isEmpty())
            b.examples = {value};
        break;
    case Type::QuickReply:
    case Type::Other:
        break;
    }
    return b;
}

void TemplateButtonsEditor::insertRow(int row, const TemplateButton &b)
{
    m_table->insertRow(row);
    auto *typeItem = new QTableWidgetItem;
    typeItem->setData(TypeNameRole, b.typeName);
    typeItem->setData(ExtraRole, b.extra);
    typeItem->setData(UrlExampleRole, b.type == Type::Url ? b.examples.value(0) : QString());
    typeItem->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, TypeColumn, typeItem);
    QString value;
    if (b.type == Type::Url)
        value = b.url;
    else if (b.type == Type::PhoneNumber)
        value = b.phoneNumber;
    else if (b.type == Type::CopyCode)
        value = b.examples.value(0);
    m_table->setItem(row, TextColumn, new QTableWidgetItem(b.type == Type::CopyCode ? QString() : b.text));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));

    auto *combo = new QComboBox(m_table);
    combo->setFrame(false);
    if (b.type == Type::Other) {
        combo->addItem(b.typeName, int(Type::Other));
        combo->setEnabled(false);
        combo->setToolTip(tr("A button kind Herald does not edit; it is kept as it is."));
    } else {
        for (Type type : {Type::QuickReply, Type::Url, Type::PhoneNumber, Type::CopyCode})
            combo->addItem(typeLabel(type), int(type));
        combo->setCurrentIndex(combo->findData(int(b.type)));
    }
    m_table->setCellWidget(row, TypeColumn, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        const int r = rowOfTypeCombo(combo);
        if (r < 0)
            return;
        m_updating = true;
        m_table->item(r, ValueColumn)->setText(QString());
        m_updating = false;
        updateRow(r);
        Q_EMIT changed();
    });
    updateRow(row);
}

void TemplateButtonsEditor::updateRow(int row)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const Type type =
        static_cast<Type>(qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn))->currentData().toInt());
    QTableWidgetItem *text = m_table->item(row, TextColumn);
    QTableWidgetItem *value = m_table->item(row, ValueColumn);
    const Qt::ItemFlags editable = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    const Qt::ItemFlags fixed = Qt::ItemIsSelectable;
    text->setFlags(type == Type::CopyCode || type == Type::Other ? fixed : editable);
    value->setFlags(type == Type::QuickReply || type == Type::Other ? fixed : editable);
    if (type == Type::CopyCode)
        text->setText(tr("Copy offer code"));
    switch (type) {
    case Type::Url:
        value->setToolTip(tr("https://… — may end in {{1}} for a per-recipient part"));
        break;
    case Type::PhoneNumber:
        value->setToolTip(tr("International format, e.g. +15550100"));
        break;
    case Type::CopyCode:
        value->setToolTip(tr("An example code, up to 15 characters"));
        break;
    case Type::QuickReply:
    case Type::Other:
        value->setToolTip(QString());
        break;
    }
    m_updating = wasUpdating;
}

void TemplateButtonsEditor::addButton(TemplateButton::Type type)
{
    TemplateButton b;
    b.type = type;
    b.typeName = apiTypeName(type);
    QList<TemplateButton> list = buttons();
    // Quick replies join the other quick replies, so the group stays together.
    int row = int(list.size());
    if (type == Type::QuickReply) {
        for (int i = int(list.size()) - 1; i >= 0; --i) {
            if (list.at(i).type == Type::QuickReply) {
                row = i + 1;
                break;
            }
        }
    }
    m_updating = true;
    insertRow(row, b);
    m_updating = false;
    m_table->setCurrentCell(row, type == Type::CopyCode ? ValueColumn : TextColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void TemplateButtonsEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QList<TemplateButton> list = buttons();
    list.removeAt(row);
    setButtons(list);
    m_table->setCurrentCell(qMin(row, int(list.size()) - 1), TextColumn);
    Q_EMIT changed();
}

void TemplateButtonsEditor::moveCurrent(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    QList<TemplateButton> list = buttons();
    if (row < 0 || target < 0 || target >= list.size())
        return;
    list.swapItemsAt(row, target);
    setButtons(list);
    m_table->setCurrentCell(target, m_table->currentColumn() < 0 ? TextColumn : m_table->currentColumn());
    Q_EMIT changed();
}

void TemplateButtonsEditor::setUrlExample(int row, const QString &example)
{
    if (QTableWidgetItem *typeItem = m_table->item(row, TypeColumn))
        typeItem->setData(UrlExampleRole, example);
}

void TemplateButtonsEditor::setRowProblems(const QHash<int, QStringList> &problems)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QStringList list = problems.value(row);
        for (int column = TextColumn; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            item->setBackground(list.isEmpty() ? QBrush() : QBrush(TemplateEditorStyle::badBackground()));
            item->setToolTip(list.join(QLatin1Char('\n')));
        }
        if (auto *combo = m_table->cellWidget(row, TypeColumn))
            TemplateEditorStyle::setInvalid(combo, !list.isEmpty(), list.join(QLatin1Char('\n')));
    }
    m_updating = wasUpdating;
}

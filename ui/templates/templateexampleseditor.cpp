#include "ui/templates/templateexampleseditor.h"

#include "ui/templates/templateeditorstyle.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QScrollArea>
#include <QTableWidget>
#include <algorithm>

namespace {

enum Column { VariableColumn, WhereColumn, ExampleColumn, ColumnCount };
constexpr int KeyRole = Qt::UserRole + 4;

// Variables of one part, positional numbers sorted, named ones in order of appearance.
QList<int> positionalNumbers(const QString &text)
{
    QList<int> numbers;
    for (const TemplateVariableToken &t : MessageTemplate::scanVariables(text)) {
        if (t.kind == TemplateVariableToken::Kind::Positional && !numbers.contains(t.name.toInt()))
            numbers.append(t.name.toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QStringList namedVariables(const QString &text)
{
    QStringList names;
    for (const TemplateVariableToken &t : MessageTemplate::scanVariables(text)) {
        if (t.kind == TemplateVariableToken::Kind::Named && !names.contains(t.name))
            names.append(t.name);
    }
    return names;
}

} // namespace

TemplateExamplesEditor::TemplateExamplesEditor(QTableWidget *table, QGroupBox *group, QScrollArea *scroll,
                                               QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_group(group)
    , m_scroll(scroll)
{
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Variable"), tr("Used in"), tr("Example value")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(VariableColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                           | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != ExampleColumn)
            return;
        const QString key = m_table->item(item->row(), VariableColumn)->data(KeyRole).toString();
        if (key.startsWith(QLatin1String("button:")))
            Q_EMIT buttonExampleEdited(key.mid(7).toInt(), item->text());
        else
            m_examples.insert(key, item->text());
        Q_EMIT changed();
    });
}

void TemplateExamplesEditor::load(const MessageTemplate &t)
{
    m_examples.clear();
    const QList<int> headerNumbers = positionalNumbers(t.headerText);
    for (int i = 0; i < headerNumbers.size(); ++i)
        m_examples.insert(QStringLiteral("header:%1").arg(headerNumbers.at(i)), t.headerExamples.value(i));
    const QList<int> bodyNumbers = positionalNumbers(t.body);
    for (int i = 0; i < bodyNumbers.size(); ++i)
        m_examples.insert(QStringLiteral("body:%1").arg(bodyNumbers.at(i)), t.bodyExamples.value(i));
    for (const auto &[name, example] : t.headerNamedExamples)
        m_examples.insert(QStringLiteral("header:") + name, example);
    for (const auto &[name, example] : t.bodyNamedExamples)
        m_examples.insert(QStringLiteral("body:") + name, example);
}

void TemplateExamplesEditor::apply(MessageTemplate &t) const
{
    t.headerExamples.clear();
    t.headerNamedExamples.clear();
    t.bodyExamples.clear();
    t.bodyNamedExamples.clear();
    for (int n : positionalNumbers(t.headerText))
        t.headerExamples.append(m_examples.value(QStringLiteral("header:%1").arg(n)));
    for (const QString &name : namedVariables(t.headerText))
        t.headerNamedExamples.append({name, m_examples.value(QStringLiteral("header:") + name)});
    for (int n : positionalNumbers(t.body))
        t.bodyExamples.append(m_examples.value(QStringLiteral("body:%1").arg(n)));
    for (const QString &name : namedVariables(t.body))
        t.bodyNamedExamples.append({name, m_examples.value(QStringLiteral("body:") + name)});
}

void TemplateExamplesEditor::sync(const MessageTemplate &t)
{
    struct Row
    {
        QString key, variable, where, value;
    };
    QList<Row> rows;
    if (t.headerFormat == MessageTemplate::HeaderFormat::Text) {
        for (const QString &name : MessageTemplate::variables(t.headerText)) {
            const QString key = QStringLiteral("header:") + name;
            rows.append({key, QStringLiteral("{{%1}}").arg(name), tr("Header"), m_examples.value(key)});
        }
    }
    for (const QString &name : MessageTemplate::variables(t.body)) {
        const QString key = QStringLiteral("body:") + name;
        rows.append({key, QStringLiteral("{{%1}}").arg(name), tr("Body"), m_examples.value(key)});
    }
    for (int i = 0; i < t.buttons.size(); ++i) {
        const TemplateButton &b = t.buttons.at(i);
        if (b.type != TemplateButton::Type::Url)
            continue;
        // A web address with a variable carries its example (when there is one) in examples.
        for (const QString &name : MessageTemplate::variables(b.url)) {
            const QString where = tr("Button “%1” (web address)").arg(b.text);
            rows.append({QStringLiteral("button:%1").arg(i), QStringLiteral("{{%1}}").arg(name), where,
                         b.examples.value(0)});
        }
    }

    const bool wasUpdating = m_updating;
    m_updating = true;
    bool same = m_table->rowCount() == rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = m_table->item(i, VariableColumn)->data(KeyRole).toString() == rows.at(i).key;
    if (same) {
        for (int i = 0; i < rows.size(); ++i) {
            if (m_table->item(i, WhereColumn)->text() != rows.at(i).where)
                m_table->item(i, WhereColumn)->setText(rows.at(i).where);
        }
        m_updating = wasUpdating;
        return;
    }
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto *variable = new QTableWidgetItem(rows.at(i).variable);
        variable->setData(KeyRole, rows.at(i).key);
        variable->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *where = new QTableWidgetItem(rows.at(i).where);
        where->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *value = new QTableWidgetItem(rows.at(i).value);
        value->setToolTip(tr("What a real customer would see here"));
        m_table->setItem(i, VariableColumn, variable);
        m_table->setItem(i, WhereColumn, where);
        m_table->setItem(i, ExampleColumn, value);
    }
    m_group->setTitle(rows.isEmpty() ? tr("Variable examples") : tr("Variable examples (%1)").arg(rows.size()));
    m_updating = wasUpdating;
}

void TemplateExamplesEditor::setProblems(const QSet<QString> &keys)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool bad = keys.contains(m_table->item(row, VariableColumn)->data(KeyRole).toString());
        m_table->item(row, ExampleColumn)->setBackground(bad ? QBrush(TemplateEditorStyle::badBackground()) : QBrush());
    }
    m_updating = wasUpdating;
}

bool TemplateExamplesEditor::focusKey(const QString &key)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, VariableColumn)->data(KeyRole).toString() == key) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->setCurrentCell(row, ExampleColumn);
            m_scroll->ensureWidgetVisible(m_table);
            m_table->editItem(m_table->item(row, ExampleColumn));
            return true;
        }
    }
    return false;
}

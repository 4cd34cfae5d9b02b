#pragma once

#include "models/templates/messagetemplate.h"

#include <QHash>
#include <QObject>

class QTableWidget;
class QToolButton;

// The template editor's buttons table: one row per button (a type combo box, the label, and the web address,
// phone number or example code), with the add, remove and move up/down tool buttons next to it. Each row's
// type item also keeps what the table does not show: an unknown kind's API name, its extra JSON and the
// example of a web address's variable (edited in the examples table).
class TemplateButtonsEditor : public QObject
{
    Q_OBJECT

public:
    enum Column { TypeColumn, TextColumn, ValueColumn, ColumnCount };

    TemplateButtonsEditor(QTableWidget *table, QToolButton *addTool, QToolButton *removeTool, QToolButton *moveUpTool,
                          QToolButton *moveDownTool, QObject *parent = nullptr);

    void setButtons(const QList<TemplateButton> &buttons);
    QList<TemplateButton> buttons() const;
    TemplateButton buttonAt(int row) const;
    // Adds an empty button of `type` (a quick reply joins the other quick replies) and puts the cursor on it.
    void addButton(TemplateButton::Type type);
    void setUrlExample(int row, const QString &example);
    // Tints the rows with problems (row → messages) and puts the messages in their tool tips.
    void setRowProblems(const QHash<int, QStringList> &problems);

Q_SIGNALS:
    // The person changed the buttons.
    void changed();

private:
    void insertRow(int row, const TemplateButton &b);
    void updateRow(int row);
    void moveCurrent(int delta);
    void removeCurrent();
    void updateTools(int currentRow);
    int rowOfTypeCombo(const QObject *combo) const;

    QTableWidget *m_table;
    QToolButton *m_removeTool;
    QToolButton *m_moveUpTool;
    QToolButton *m_moveDownTool;
    bool m_updating = false;
};

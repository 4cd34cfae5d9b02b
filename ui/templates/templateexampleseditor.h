#pragma once

#include "models/templates/messagetemplate.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QGroupBox;
class QScrollArea;
class QTableWidget;

// The template editor's "Variable examples" table: one row per variable of the header, the body and the web
// address buttons, each with the example value Meta's reviewers see. Rows are keyed "header:NAME",
// "body:NAME" (NAME is the number of a positional variable) and "button:INDEX". Header and body examples are
// kept here by key, so one typed before its variable is renamed away comes back with it; a web address's
// example lives with its button (see buttonExampleEdited()).
class TemplateExamplesEditor : public QObject
{
    Q_OBJECT

public:
    TemplateExamplesEditor(QTableWidget *table, QGroupBox *group, QScrollArea *scroll, QObject *parent = nullptr);

    // Takes the header and body examples of t, forgetting the previous ones.
    void load(const MessageTemplate &t);
    // Replaces t's header and body examples by the ones typed for its variables.
    void apply(MessageTemplate &t) const;
    // Shows one row per variable of t; the rows stay as they are when the variables did not change.
    void sync(const MessageTemplate &t);
    // Tints the example cells of the rows whose key is in `keys`.
    void setProblems(const QSet<QString> &keys);
    // Puts the cursor into the example cell of the row with `key`; false when there is none.
    bool focusKey(const QString &key);

Q_SIGNALS:
    // The person typed an example.
    void changed();
    // The example of button `button`'s web address variable was typed.
    void buttonExampleEdited(int button, const QString &example);

private:
    QTableWidget *m_table;
    QGroupBox *m_group;
    QScrollArea *m_scroll;
    QHash<QString, QString> m_examples;   // "header:1", "body:first_name" → example value
    bool m_updating = false;
};

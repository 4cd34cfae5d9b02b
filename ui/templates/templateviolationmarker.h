#pragma once

#include "models/templates/templatevalidator.h"

#include <QObject>

class QDialog;
class TemplateButtonsEditor;
class TemplateExamplesEditor;

namespace Ui {
class TemplateEditor;
}

// Shows the template editor's broken rules: lists them under "Problems", marks each where it is (a wavy
// underline in the body, a red frame on a field, a tinted row in the buttons or examples table, the message
// as tool tip) and puts the cursor on one when asked.
class TemplateViolationMarker : public QObject
{
    Q_OBJECT

public:
    TemplateViolationMarker(QDialog *dialog, Ui::TemplateEditor *ui, TemplateButtonsEditor *buttons,
                            TemplateExamplesEditor *examples);

    // Lists and marks `violations`; each list item carries its index (Qt::UserRole; -1 for "no problems").
    void show(const QList<TemplateViolation> &violations);
    // Puts the cursor where v is: the field, the body range, the button's cell or the variable's example.
    void focus(const TemplateViolation &v);

private:
    void showList(const QList<TemplateViolation> &violations);
    void highlight(const QList<TemplateViolation> &violations);

    QDialog *m_dialog;
    Ui::TemplateEditor *m_ui;
    TemplateButtonsEditor *m_buttons;
    TemplateExamplesEditor *m_examples;
};

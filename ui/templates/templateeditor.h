#pragma once

#include "account.h"
#include "messagetemplate.h"
#include "templatevalidator.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QTableWidgetItem;
class TemplatePreview;
class Workspace;

namespace Ui {
class TemplateEditor;
}

// Creates or edits a message template: the fields on the left, a live WhatsApp preview and the list of
// Meta's rules the template breaks on the right. Each broken rule is highlighted where it is (a wavy
// underline in the body, a red frame on a field, a red row in the buttons table); clicking one in the
// list puts the cursor there. "Save draft" keeps the template in the workspace; "Submit for review"
// (enabled once nothing is broken) sends it to Meta, or approves it at once on a sandbox account.
class TemplateEditor : public QDialog
{
    Q_OBJECT

public:
    TemplateEditor(Workspace &workspace, const Account &account, const MessageTemplate &initial,
                   QWidget *parent = nullptr);
    ~TemplateEditor() override;

    // The template as the form describes it now.
    MessageTemplate currentTemplate() const;
    const QList<TemplateViolation> &violations() const { return m_violations; }
    TemplatePreview *preview() const;
    // What the last successful save or submission stored (id filled in).
    const MessageTemplate &savedTemplate() const { return m_saved; }
    bool isModified() const;

public Q_SLOTS:
    bool saveDraft();
    void submitForReview();
    void addButton(TemplateButton::Type type);
    // Puts the cursor on violation `index` of violations().
    void focusViolation(int index);
    void reject() override;

Q_SIGNALS:
    void templateSaved(const MessageTemplate &t);

private:
    void setupWidgets();
    void load(const MessageTemplate &t);
    void refresh();
    void updateCounters(const MessageTemplate &t);
    void syncExamples(const MessageTemplate &t);
    void showViolations();
    void applyHighlights();

    // Buttons table
    void setButtons(const QList<TemplateButton> &buttons);
    QList<TemplateButton> buttons() const;
    TemplateButton buttonAt(int row) const;
    void insertButtonRow(int row, const TemplateButton &b);
    void updateButtonRow(int row);
    void moveButton(int delta);
    void removeButton();
    int rowOfTypeCombo(const QObject *combo) const;

    // Saving
    bool resolveIdentity(MessageTemplate &t);
    bool store(MessageTemplate t, const QString &confirmation);
    void submitToMeta(const MessageTemplate &t, const QString &token);
    void setBusy(bool busy, const QString &message = {});

    std::unique_ptr<Ui::TemplateEditor> m_ui;
    Workspace &m_workspace;
    Account m_account;
    MessageTemplate m_initial;
    MessageTemplate m_saved;
    QString m_loadedJson;
    QHash<QString, QString> m_examples;   // "header:1", "body:first_name" → example value
    QList<TemplateViolation> m_violations;
    bool m_updating = false;
    bool m_busy = false;
};

#pragma once

#include "models/accounts/account.h"
#include "models/templates/messagetemplate.h"
#include "models/templates/templatevalidator.h"

#include <QDialog>
#include <memory>

class TemplateButtonsEditor;
class TemplateExamplesEditor;
class TemplatePreview;
class TemplateSubmitter;
class TemplateViolationMarker;
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
    void onStored(const MessageTemplate &t);
    void setBusy(bool busy, const QString &message = {});

    std::unique_ptr<Ui::TemplateEditor> m_ui;
    Account m_account;
    MessageTemplate m_initial;
    MessageTemplate m_saved;
    QString m_loadedJson;
    TemplateButtonsEditor *m_buttons = nullptr;
    TemplateExamplesEditor *m_examples = nullptr;
    TemplateSubmitter *m_submitter = nullptr;
    TemplateViolationMarker *m_marker = nullptr;
    QList<TemplateViolation> m_violations;
    bool m_updating = false;
    bool m_busy = false;
};

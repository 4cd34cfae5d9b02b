#include "ui/templates/templatesubmitter.h"

#include "engine/secrets/accesstoken.h"
#include "engine/secrets/secretstore.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "ui/messagebox.h"

TemplateSubmitter::TemplateSubmitter(Workspace &workspace, const Account &account, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_account(account)
    , m_window(window)
{
}

bool TemplateSubmitter::resolveIdentity(MessageTemplate &t)
{
    QString error;
    const auto existing = TemplateStore(m_workspace.database()).find(m_account.id, t.name, t.language, &error);
    if (!error.isEmpty()) {
        MessageBox::critical(m_window, tr("Templates"), tr("The templates could not be read: %1").arg(error));
        return false;
    }
    if (!existing || existing->id == t.id)
        return true;
    if (!existing->remoteId.isEmpty() && existing->remoteId != t.remoteId) {
        MessageBox::warning(m_window, tr("Name taken"),
                            tr("A template “%1” in %2 already exists at Meta. Choose another name, or edit that "
                               "template instead.")
                                .arg(t.name, t.language));
        return false;
    }
    if (MessageBox::question(m_window, tr("Replace draft?"),
                             tr("A draft “%1” in %2 already exists. Replace it with this one?").arg(t.name, t.language),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No, tr("Replace"))
        != QMessageBox::Yes)
        return false;
    t.id = existing->id;
    return true;
}

bool TemplateSubmitter::store(MessageTemplate t, const QString &confirmation)
{
    QString error;
    const qint64 id = TemplateStore(m_workspace.database()).save(t, &error);
    if (!id) {
        MessageBox::critical(m_window, tr("Not saved"), tr("The template could not be saved: %1").arg(error));
        return false;
    }
    t.id = id;
    Q_EMIT stored(t);
    if (!confirmation.isEmpty())
        MessageBox::information(m_window, tr("Template saved"), confirmation);
    return true;
}

bool TemplateSubmitter::saveDraft(MessageTemplate t)
{
    t.status.clear();   // a local draft has no status (MessageTemplate::isFlagged, TemplateTableModel: "Draft")
    return resolveIdentity(t) && store(t, {});
}

void TemplateSubmitter::submit(MessageTemplate t)
{
    if (!resolveIdentity(t))
        return;
    auto *submission = new TemplateSubmission(m_workspace, m_account, this);
    connect(submission, &TemplateSubmission::finished, this,
            [this, submission](const TemplateSubmission::Result &r) { finishSubmission(submission, r); });
    if (const QString problem = submission->problem(t); !problem.isEmpty()) {
        submission->deleteLater();
        MessageBox::critical(m_window, tr("Cannot submit"), problem);
        return;
    }
    if (m_account.kind == Account::Kind::Sandbox) {
        submission->submit(t, {});
        return;
    }
    Q_EMIT busyChanged(true, tr("Reading the access token…"));
    AccessToken::fetch(m_workspace.workspaceId(), m_account, this,
                       [this, submission, t](const AccessToken::Result &r) {
                           if (!r.ok()) {
                               submission->deleteLater();
                               Q_EMIT busyChanged(false, {});
                               MessageBox::critical(m_window, tr("Cannot submit"), r.message);
                               return;
                           }
                           Q_EMIT busyChanged(true, tr("Submitting to Meta…"));
                           submission->submit(t, r.token);
                       });
}

void TemplateSubmitter::finishSubmission(TemplateSubmission *submission, const TemplateSubmission::Result &r)
{
    submission->deleteLater();
    Q_EMIT busyChanged(false, {});
    if (!r.ok()) {
        MessageBox::critical(m_window, tr("Submission failed"), r.error);
        return;
    }
    Q_EMIT stored(r.stored);
    MessageBox::information(
        m_window, tr("Template saved"),
        m_account.kind == Account::Kind::Sandbox
            ? tr("The sandbox approved “%1” at once: it simulates Meta's review. On a WhatsApp Cloud API account the "
                 "review can take up to 24 hours.")
                  .arg(r.stored.name)
            : tr("“%1” was submitted for review (status %2). Meta reviews templates automatically; the answer can "
                 "take up to 24 hours. Sync the templates to see it.")
                  .arg(r.stored.name, r.stored.status));
    Q_EMIT submitted();
}

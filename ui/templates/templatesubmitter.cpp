#include "templatesubmitter.h"

#include "graphclient.h"
#include "messagebox.h"
#include "secretstore.h"
#include "templatestore.h"
#include "workspace.h"

#include <QUuid>

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
    if (m_account.kind == Account::Kind::Sandbox) {
        t.status = QStringLiteral("APPROVED");
        t.rejectedReason.clear();
        if (t.remoteId.isEmpty())
            t.remoteId = QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (store(t, tr("The sandbox approved “%1” at once: it simulates Meta's review. On a WhatsApp Cloud API "
                        "account the review can take up to 24 hours.")
                         .arg(t.name)))
            Q_EMIT submitted();
        return;
    }
    if (t.remoteId.isEmpty() && m_account.wabaId.isEmpty()) {
        MessageBox::critical(m_window, tr("Cannot submit"),
                             tr("The account “%1” has no WhatsApp Business Account ID. Set it in Settings → Sending "
                                "accounts.")
                                 .arg(m_account.name));
        return;
    }
    Q_EMIT busyChanged(true, tr("Reading the access token…"));
    auto *secrets = new SecretStore(m_workspace.workspaceId(), this);
    secrets->read(m_account.id, SecretStore::Secret::AccessToken, this,
                  [this, secrets, t](const SecretStore::Result &r) {
                      secrets->deleteLater();
                      if (!r.ok()) {
                          Q_EMIT busyChanged(false, {});
                          MessageBox::critical(m_window, tr("Cannot submit"),
                                               r.status == SecretStore::Status::NotFound
                                                   ? tr("No access token is stored for “%1”. Set it in Settings → "
                                                        "Sending accounts.")
                                                         .arg(m_account.name)
                                                   : r.message);
                          return;
                      }
                      submitToMeta(t, r.value);
                  });
}

void TemplateSubmitter::submitToMeta(const MessageTemplate &t, const QString &token)
{
    Q_EMIT busyChanged(true, tr("Submitting to Meta…"));
    auto *client = new GraphClient(m_account, token, this);
    const bool edit = !t.remoteId.isEmpty();
    QJsonObject body = t.toGraphJson();
    QUrl url;
    if (edit) {
        // Editing an existing template: POST /{template-id} with the new components.
        url = client->url(t.remoteId);
        body = QJsonObject{{QStringLiteral("components"), body.value(QStringLiteral("components"))}};
    } else {
        url = client->url(m_account.wabaId + QStringLiteral("/message_templates"));
    }
    client->post(url, body, [this, client, t, edit](const QJsonObject &reply, const GraphError &error) {
        client->deleteLater();
        Q_EMIT busyChanged(false, {});
        if (!error.ok()) {
            MessageBox::critical(m_window, tr("Submission failed"),
                                 tr("Meta did not accept “%1”.\n\n%2").arg(t.name, error.describe()));
            return;
        }
        MessageTemplate submittedTemplate = t;
        if (!edit)
            submittedTemplate.remoteId = reply.value(QStringLiteral("id")).toVariant().toString();
        const QString status = reply.value(QStringLiteral("status")).toString().toUpper();
        submittedTemplate.status = status.isEmpty() ? QStringLiteral("PENDING") : status;
        const QString category = reply.value(QStringLiteral("category")).toString().toUpper();
        if (!category.isEmpty())
            submittedTemplate.category = category;
        submittedTemplate.rejectedReason.clear();
        if (store(submittedTemplate,
                  tr("“%1” was submitted for review (status %2). Meta reviews templates automatically; the answer "
                     "can take up to 24 hours. Sync the templates to see it.")
                      .arg(submittedTemplate.name, submittedTemplate.status)))
            Q_EMIT submitted();
    });
}

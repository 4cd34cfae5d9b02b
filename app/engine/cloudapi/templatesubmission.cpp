#include "engine/cloudapi/templatesubmission.h"

#include "engine/cloudapi/graphclient.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"

#include <QUuid>

TemplateSubmission::TemplateSubmission(Workspace &workspace, const Account &account, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_account(account)
{
}

QString TemplateSubmission::problem(const MessageTemplate &t) const
{
    if (m_account.kind == Account::Kind::CloudApi && t.remoteId.isEmpty() && m_account.wabaId.isEmpty())
        return tr("The account “%1” has no WhatsApp Business Account ID. Set it in Settings → Sending accounts "
                  "(herald-cli account set --waba-id ID).")
            .arg(m_account.name);
    return {};
}

void TemplateSubmission::submit(MessageTemplate t, const QString &accessToken)
{
    if (const QString p = problem(t); !p.isEmpty()) {
        finish(t, p);
        return;
    }
    if (m_account.kind == Account::Kind::Sandbox) {
        t.status = QStringLiteral("APPROVED");
        t.rejectedReason.clear();
        if (t.remoteId.isEmpty())
            t.remoteId = QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        finish(t, {});
        return;
    }
    auto *client = new GraphClient(m_account, accessToken, this);
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
    client->post(url, body, [this, client, t, edit](const QJsonObject &reply, const GraphError &error) mutable {
        client->deleteLater();
        if (!error.ok()) {
            finish(t, tr("Meta did not accept “%1”: %2").arg(t.name, error.describe()));
            return;
        }
        if (!edit)
            t.remoteId = reply.value(QStringLiteral("id")).toVariant().toString();
        const QString status = reply.value(QStringLiteral("status")).toString().toUpper();
        t.status = status.isEmpty() ? QStringLiteral("PENDING") : status;
        const QString category = reply.value(QStringLiteral("category")).toString().toUpper();
        if (!category.isEmpty())
            t.category = category;
        t.rejectedReason.clear();
        finish(t, {});
    });
}

void TemplateSubmission::finish(MessageTemplate t, const QString &error)
{
    Result r;
    r.error = error;
    if (r.ok()) {
        QString storeError;
        const qint64 id = TemplateStore(m_workspace.database()).save(t, &storeError);
        if (id == 0)
            r.error = tr("“%1” was accepted but could not be saved in the workspace: %2").arg(t.name, storeError);
        t.id = id ? id : t.id;
    }
    r.stored = t;
    Q_EMIT finished(r);
}

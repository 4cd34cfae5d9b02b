#include "ui/templates/templatesyncrunner.h"

#include "engine/cloudapi/templatesync.h"
#include "engine/secrets/accesstoken.h"
#include "engine/secrets/secretstore.h"
#include "models/storage/workspace.h"

TemplateSyncRunner::TemplateSyncRunner(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(new SecretStore(workspace.workspaceId(), this))
{
}

void TemplateSyncRunner::start(const Account &account)
{
    if (isRunning())
        return;
    if (account.kind == Account::Kind::Sandbox) {
        run(account, {});
        return;
    }
    m_readingToken = true;
    Q_EMIT stepStarted(tr("Reading the access token from the system keychain…"));
    AccessToken::fetch(*m_secrets, account, this, [this, account](const AccessToken::Result &r) {
        m_readingToken = false;
        if (r.ok()) {
            run(account, r.token);
            return;
        }
        TemplateSyncResult failed;
        failed.error = r.message;
        Q_EMIT finished(failed);
    });
}

void TemplateSyncRunner::run(const Account &account, const QString &token)
{
    m_sync = new TemplateSync(m_workspace, account, token, this);
    connect(m_sync, &TemplateSync::progress, this, [this](int pages, int templates) {
        Q_EMIT progress(tr("Fetching templates… %1 page(s), %2 template(s) so far.").arg(pages).arg(templates));
    });
    connect(m_sync, &TemplateSync::finished, this, [this](const TemplateSyncResult &result) {
        if (m_sync)
            m_sync->deleteLater();
        m_sync = nullptr;
        Q_EMIT finished(result);
    });
    Q_EMIT stepStarted(tr("Syncing templates of “%1”…").arg(account.name));
    m_sync->start();
}

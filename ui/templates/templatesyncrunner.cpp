#include "templatesyncrunner.h"

#include "secretstore.h"
#include "templatesync.h"
#include "workspace.h"

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
    m_secrets->read(account.id, SecretStore::Secret::AccessToken, this, [this, account](const SecretStore::Result &r) {
        m_readingToken = false;
        if (r.ok()) {
            run(account, r.value);
            return;
        }
        TemplateSyncResult failed;
        failed.error = r.status == SecretStore::Status::NotFound
            ? tr("No access token is stored for “%1”. Set it in Settings → Sending accounts.").arg(account.name)
            : r.message;
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

#include "engine/send/campaignlock.h"

#include "models/storage/workspace.h"

#include "engine/locks/workspacelock.h"

CampaignLock::CampaignLock(std::unique_ptr<WorkspaceLock> file)
    : m_file(std::move(file))
{
}

CampaignLock::~CampaignLock()
{
    m_file->unlock();
}

QString CampaignLock::filePath(const Workspace &workspace, qint64 campaignId)
{
    return workspace.path() + QStringLiteral(".campaign-%1.lock").arg(campaignId);
}

std::unique_ptr<CampaignLock> CampaignLock::tryAcquire(const Workspace &workspace, qint64 campaignId, int waitMs,
                                                       QString *refusal)
{
    std::unique_ptr<WorkspaceLock> file = WorkspaceLock::create(workspace, QStringLiteral("campaign-%1").arg(campaignId));
    if (file->tryLock(waitMs))
        return std::unique_ptr<CampaignLock>(new CampaignLock(std::move(file)));
    if (file->error() != WorkspaceLock::Error::Held) {
        *refusal = tr("Cannot take the lock %1: check that the workspace's folder is writable (or its server reachable).")
                       .arg(file->where());
        return nullptr;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    if (file->getLockInfo(&pid, &host, &app))
        *refusal = tr("Campaign %1 is being sent by another Herald process (%2, process %3 on %4). Wait until it "
                      "has finished, or pause or stop it there.")
                       .arg(campaignId)
                       .arg(app)
                       .arg(pid)
                       .arg(host);
    else
        *refusal = tr("Campaign %1 is being sent by another Herald process. Wait until it has finished, or pause or "
                      "stop it there.")
                       .arg(campaignId);
    return nullptr;
}

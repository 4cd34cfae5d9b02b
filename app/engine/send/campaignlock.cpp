#include "engine/send/campaignlock.h"

#include "models/storage/workspace.h"

#include <QLockFile>

CampaignLock::CampaignLock(std::unique_ptr<QLockFile> file)
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
    auto file = std::make_unique<QLockFile>(filePath(workspace, campaignId));
    file->setStaleLockTime(0);   // never stale by age: only a dead owner's lock is taken over
    if (file->tryLock(waitMs))
        return std::unique_ptr<CampaignLock>(new CampaignLock(std::move(file)));
    if (file->error() != QLockFile::LockFailedError) {
        *refusal = tr("Cannot create the lock file %1 next to the workspace: check that its folder is writable.")
                       .arg(filePath(workspace, campaignId));
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

#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class WorkspaceLock;
class Workspace;

// The one lock per campaign under which a run is planned, claimed and sent, across processes (the GUI, herald-cli,
// the agent and the scheduler): whoever holds it alone decides whether the campaign needs a new run and sends it.
// This is the one place that decides what the lock is: today a lock file next to the workspace
// (<workspace>.campaign-<ID>.lock, a QLockFile) or a PostgreSQL advisory lock (WorkspaceLock); a lock left by a
// process that died is taken over, never one by age.
class CampaignLock
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLock)

public:
    ~CampaignLock();
    CampaignLock(const CampaignLock &) = delete;
    CampaignLock &operator=(const CampaignLock &) = delete;

    // Waits up to `waitMs` for the lock; nullptr and *refusal (who holds it, what to do) when another process (or
    // another sender in this one) holds it.
    static std::unique_ptr<CampaignLock> tryAcquire(const Workspace &workspace, qint64 campaignId, int waitMs,
                                                    QString *refusal);
    static QString filePath(const Workspace &workspace, qint64 campaignId);

private:
    explicit CampaignLock(std::unique_ptr<WorkspaceLock> file);

    std::unique_ptr<WorkspaceLock> m_file;
};

#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class Workspace;

// A lock across processes (and machines) named within one workspace: "campaign-<ID>" (CampaignLock), "run-<ID>" (the
// sender of a run, CampaignRunner) and "scheduler" (Scheduler). This is the one place that says what such a lock is:
//
// - a file workspace: a QLockFile beside it, <workspace>.<name>.lock, taken over only from a dead owner, never by age;
// - a PostgreSQL workspace: a session advisory lock, pg_try_advisory_lock(kClass, hashtext(name)), held on a
//   connection of its own that lives as long as the lock. A process or machine that dies loses its connection and
//   the server frees the lock, so another agent takes over at its next try (no lease to expire, never two holders).
//   The holder is told by its connection's application_name ("<program> <pid>@<host>").
class WorkspaceLock
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)

public:
    enum class Error { None, Held, CannotCreate };

    static std::unique_ptr<WorkspaceLock> create(const Workspace &workspace, const QString &name);
    virtual ~WorkspaceLock() = default;

    // Tries for up to waitMs; false with error() Held (someone else has it) or CannotCreate.
    virtual bool tryLock(int waitMs) = 0;
    virtual void unlock() = 0;
    virtual bool isLocked() const = 0;
    virtual Error error() const = 0;
    // The holder's process id, host and program, when known.
    virtual bool getLockInfo(qint64 *pid, QString *host, QString *app) const = 0;
    // Where the lock lives, for messages: the lock file, or "the workspace's server".
    virtual QString where() const = 0;

    // PostgreSQL's advisory lock class of Herald's locks ("HRLD").
    static constexpr int kClass = 0x48524c44;
};

#include "engine/locks/workspacelock.h"

#include "models/storage/workspace.h"

#include <QDeadlineTimer>
#include <QHostInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace {

class FileLock final : public WorkspaceLock
{
public:
    explicit FileLock(const QString &path)
        : m_path(path)
        , m_file(path)
    {
        m_file.setStaleLockTime(0);   // never stale by age: only a dead owner's lock is taken over
    }
    bool tryLock(int waitMs) override { return m_file.tryLock(waitMs); }
    void unlock() override { m_file.unlock(); }
    bool isLocked() const override { return m_file.isLocked(); }
    Error error() const override
    {
        switch (m_file.error()) {
        case QLockFile::NoError:
            return Error::None;
        case QLockFile::LockFailedError:
            return Error::Held;
        default:
            return Error::CannotCreate;
        }
    }
    bool getLockInfo(qint64 *pid, QString *host, QString *app) const override
    {
        return m_file.getLockInfo(pid, host, app);
    }
    QString where() const override { return m_path; }

private:
    QString m_path;
    QLockFile m_file;
};

// A session advisory lock on a connection of its own (closing it, or the process dying, frees the lock).
class ServerLock final : public WorkspaceLock
{
public:
    ServerLock(const Workspace &workspace, const QString &name)
        : m_name(name)
        , m_connection(QStringLiteral("herald-lock-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(workspace.database(), m_connection);
        const QString who = QStringLiteral("%1 %2@%3")
                                .arg(QCoreApplication::applicationName())
                                .arg(QCoreApplication::applicationPid())
                                .arg(QHostInfo::localHostName())
                                .left(63);
        const QString options = db.connectOptions();
        db.setConnectOptions((options.isEmpty() ? QString() : options + QLatin1Char(';'))
                             + QStringLiteral("application_name='%1'").arg(who));
    }
    ~ServerLock() override
    {
        unlock();
        QSqlDatabase::removeDatabase(m_connection);
    }

    bool tryLock(int waitMs) override
    {
        if (m_locked)
            return true;
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.isOpen() && !db.open()) {
            m_error = Error::CannotCreate;
            return false;
        }
        const QDeadlineTimer deadline(waitMs);
        for (;;) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, hashtext(?))"));
            q.addBindValue(kClass);
            q.addBindValue(m_name);
            if (!q.exec() || !q.next()) {
                m_error = Error::CannotCreate;
                return false;
            }
            if (q.value(0).toBool()) {
                m_locked = true;
                m_error = Error::None;
                return true;
            }
            m_error = Error::Held;
            if (deadline.hasExpired())
                return false;
            QThread::msleep(50);   // polls like QLockFile::tryLock(timeout)
        }
    }
    void unlock() override
    {
        if (!m_locked)
            return;
        m_locked = false;
        // Closing the connection frees every session lock it holds.
        QSqlDatabase::database(m_connection, false).close();
    }
    bool isLocked() const override { return m_locked; }
    Error error() const override { return m_error; }
    bool getLockInfo(qint64 *pid, QString *host, QString *app) const override
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.isOpen())
            return false;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                 "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? "
                                 "AND l.objid = CAST(hashtext(?) AS oid) AND l.objsubid = 2"));
        q.addBindValue(kClass);
        q.addBindValue(m_name);
        if (!q.exec() || !q.next())
            return false;
        // "<program> <pid>@<host>"
        const QString who = q.value(0).toString();
        *app = who.section(QLatin1Char(' '), 0, 0);
        const QString rest = who.section(QLatin1Char(' '), 1);
        *pid = rest.section(QLatin1Char('@'), 0, 0).toLongLong();
        *host = rest.section(QLatin1Char('@'), 1);
        return true;
    }
    QString where() const override { return tr("the workspace's PostgreSQL server (advisory lock “%1”)").arg(m_name); }

private:
    QString m_name;
    QString m_connection;
    bool m_locked = false;
    Error m_error = Error::None;
};

} // namespace

std::unique_ptr<WorkspaceLock> WorkspaceLock::create(const Workspace &workspace, const QString &name)
{
    if (workspace.isDatabaseServer())
        return std::make_unique<ServerLock>(workspace, name);
    return std::make_unique<FileLock>(workspace.path() + QLatin1Char('.') + name + QStringLiteral(".lock"));
}

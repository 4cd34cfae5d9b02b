#include "engine/send/campaignrunner.h"

#include "engine/send/sendworker.h"
#include "models/core/clock.h"
#include "models/ledger/ledger.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include "engine/locks/workspacelock.h"
#include <QThread>
#include <QTimer>

CampaignRunner::CampaignRunner(Workspace &workspace, qint64 runId, const Account &account,
                               const QString &accessToken, const SendOptions &options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_runId(runId)
    , m_account(account)
    , m_token(accessToken)
    , m_options(options)
{
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<RunOutcome>();
}

CampaignRunner::~CampaignRunner()
{
    if (!m_thread)
        return;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker.data(), &SendWorker::abort, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;   // the worker goes with the thread's finished() → deleteLater
    if (m_lock)
        m_lock->unlock();
}

QString CampaignRunner::lockFilePath(const Workspace &workspace, qint64 runId)
{
    return workspace.path() + QStringLiteral(".run-%1.lock").arg(runId);
}

Headroom CampaignRunner::headroom(const Workspace &workspace, const Account &account, QString *error)
{
    return Headroom::compute(workspace.database(), account, Clock::nowMs(), error);
}

bool CampaignRunner::requestControl(const Workspace &workspace, qint64 runId, const QString &request,
                                    QString *error)
{
    RecipientLedger ledger(workspace.database());
    return ledger.requestControl(runId, request, error);
}

void CampaignRunner::start()
{
    if (m_thread)
        return;
    m_lock = WorkspaceLock::create(m_workspace, QStringLiteral("run-%1").arg(m_runId));   // a file or a PostgreSQL lock
    if (!m_lock->tryLock(200)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        RunOutcome outcome;
        outcome.runId = m_runId;
        outcome.status = RunStatuses::toString(RunStatus::Busy);
        outcome.reason = m_lock->error() == WorkspaceLock::Error::Held
            ? tr("Another Herald sender (%1, process %2) is already sending campaign run %3.").arg(app).arg(pid).arg(m_runId)
            : tr("Cannot take the lock %1.").arg(m_lock->where());
        m_lock.reset();
        QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
        return;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("herald-send-%1").arg(m_runId));
    auto *worker = new SendWorker(m_workspace, m_runId, m_account, m_token, m_options);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &SendWorker::start);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SendWorker::progress, this, [this](const RunProgress &p) {
        m_lastProgress = p;
        Q_EMIT progress(p);
    });
    connect(worker, &SendWorker::finished, this, &CampaignRunner::onWorkerFinished);
    m_thread->start();
}

void CampaignRunner::onWorkerFinished(const RunOutcome &outcome)
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    Q_EMIT finished(outcome);
}

void CampaignRunner::pause()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker.data(), &SendWorker::pause, Qt::QueuedConnection);
}

void CampaignRunner::resume()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker.data(), &SendWorker::resume, Qt::QueuedConnection);
}

void CampaignRunner::stop()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker.data(), &SendWorker::stop, Qt::QueuedConnection);
}

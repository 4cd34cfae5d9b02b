#include "engine/status/feedapplythread.h"

#include "models/storage/workspace.h"

#include <QThread>

FeedApplyThread::FeedApplyThread(const Workspace &workspace, qint64 accountId, const QString &relayKey,
                                 QObject *receiver, AnswerFn answer)
    : m_workspace(workspace)
    , m_accountId(accountId)
    , m_relayKey(relayKey)
    , m_receiver(receiver)
    , m_answer(std::move(answer))
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("herald-feed-apply"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

FeedApplyThread::~FeedApplyThread()
{
    cancel();
    // Behind any queued page (dropped now): the applier's statements are finalised and the connection dropped on
    // the thread that used them.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_applier.reset();
            m_workspace.releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

qint64 FeedApplyThread::storedCursor(QString *error)
{
    qint64 cursor = -1;
    QMetaObject::invokeMethod(
        m_context,
        [this, &cursor, error] {
            if (!m_applier)
                m_applier = std::make_unique<WebhookApplier>(m_workspace.database());
            cursor = m_applier->cursor(m_accountId, m_relayKey, error);
            m_committed = cursor;
        },
        Qt::BlockingQueuedConnection);
    return cursor;
}

void FeedApplyThread::enqueue(Page page)
{
    auto shared = std::make_shared<const Page>(std::move(page));
    QMetaObject::invokeMethod(m_context, [this, shared] { applyOne(*shared); }, Qt::QueuedConnection);
}

void FeedApplyThread::applyOne(const Page &page)
{
    Answer a;
    a.epoch = page.epoch;
    a.last = page.last;
    if (page.epoch == m_epoch.load() && m_applier) {
        if (page.after != m_committed) {
            a.error = WebhookApplier::tr("A status feed page arrived out of order (after cursor %1, expected %2); it "
                                         "is fetched again.")
                          .arg(page.after)
                          .arg(m_committed);
        } else if (const auto counts = m_applier->apply(m_accountId, page.events, m_relayKey, page.next, &a.error)) {
            a.applied = true;
            a.counts = *counts;
            m_committed = page.next;
            if (page.last) {
                // Failed ledger rows with 131050 from synchronous API errors opt their contacts out too.
                QString ignored;
                a.optOuts = std::max<qint64>(0, m_applier->syncFailureOptOuts(&ignored));
            }
        }
    }
    a.committed = m_committed;
    QMetaObject::invokeMethod(m_receiver, [fn = m_answer, a] { fn(a); }, Qt::QueuedConnection);
}

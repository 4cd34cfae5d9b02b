#include "statusfeed.h"

#include "account.h"
#include "accountendpoint.h"
#include "secretstore.h"
#include "statuspoller.h"
#include "workspace.h"

#include <QThread>
#include <QUrl>

StatusFeed::StatusFeed(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

StatusFeed::~StatusFeed()
{
    stop();
}

void StatusFeed::start()
{
    stop();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("herald-status-feed"));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_threadContext, &QObject::deleteLater);
    m_thread->start();
    QString error;
    const QList<Account> accounts = AccountStore(m_workspace.database()).list(&error);
    for (const Account &a : accounts) {
        if (a.kind == Account::Kind::Sandbox) {
            const Account effective = effectiveAccount(a);
            const QString token = effectiveRelayFeedToken(a, {});
            if (!effective.relayUrl.isEmpty() && !token.isEmpty())
                startPoller(a.id, a.name, effective.relayUrl, token, relayCursorKey(a, m_workspace.path()));
            continue;
        }
        if (a.relayUrl.isEmpty())
            continue;   // no relay configured: nothing to poll (Settings → Sending accounts says how)
        auto *secrets = new SecretStore(m_workspace.workspaceId(), this);
        const qint64 id = a.id;
        const QString name = a.name;
        const QString relay = a.relayUrl;
        secrets->read(id, SecretStore::Secret::RelayFeedToken, this, [this, secrets, id, name, relay](const SecretStore::Result &r) {
            secrets->deleteLater();
            if (r.ok())
                startPoller(id, name, relay, r.value, {});
            else
                Q_EMIT message(tr("Delivery reports for “%1” are off: %2").arg(name, r.message));
        });
    }
}

void StatusFeed::startPoller(qint64 accountId, const QString &accountName, const QString &relayUrl, const QString &token,
                             const QString &cursorKey)
{
    if (!m_thread)
        return;
    StatusPoller::Options options;
    options.accountId = accountId;
    options.accountName = accountName;
    options.relayUrl = QUrl(relayUrl);
    options.feedToken = token;
    options.cursorKey = cursorKey;
    auto *poller = new StatusPoller(m_workspace, options);
    poller->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, poller, &QObject::deleteLater);
    connect(poller, &StatusPoller::pageApplied, this, [this] { Q_EMIT applied(); });
    connect(poller, &StatusPoller::errorOccurred, this,
            [this, accountName](StatusPoller::ErrorKind, const QString &text, int retryInMs) {
                if (retryInMs < 0)
                    Q_EMIT message(tr("Delivery reports for “%1” stopped: %2").arg(accountName, text));
            });
    QMetaObject::invokeMethod(poller, &StatusPoller::start, Qt::QueuedConnection);
    m_pollers.append(poller);
}

void StatusFeed::stop()
{
    if (!m_thread)
        return;
    for (const QPointer<StatusPoller> &p : std::as_const(m_pollers)) {
        if (p)
            QMetaObject::invokeMethod(p.data(), &StatusPoller::stop, Qt::BlockingQueuedConnection);
    }
    m_pollers.clear();
    // The pollers used the worker's database connection; drop it there before the thread ends.
    QMetaObject::invokeMethod(m_threadContext, [this] { m_workspace.releaseThreadConnection(); },
                              Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

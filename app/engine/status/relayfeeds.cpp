#include "engine/status/relayfeeds.h"

#include "engine/sandbox/accountendpoint.h"
#include "engine/secrets/secretstore.h"
#include "engine/status/relayfeedpoller.h"
#include "models/accounts/account.h"
#include "models/storage/workspace.h"

#include <QThread>
#include <QUrl>

RelayFeeds::RelayFeeds(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

RelayFeeds::~RelayFeeds()
{
    stop();
}

void RelayFeeds::start()
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

void RelayFeeds::startPoller(qint64 accountId, const QString &accountName, const QString &relayUrl, const QString &token,
                             const QString &cursorKey)
{
    if (!m_thread)
        return;
    RelayFeedPoller::Options options;
    options.accountId = accountId;
    options.accountName = accountName;
    options.relayUrl = QUrl(relayUrl);
    options.feedToken = token;
    options.cursorKey = cursorKey;
    auto *poller = new RelayFeedPoller(m_workspace, options);
    poller->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, poller, &QObject::deleteLater);
    connect(poller, &RelayFeedPoller::pageApplied, this, [this](const WebhookApplier::Counts &page) {
        Q_EMIT applied();
        if (page.business > 0)
            Q_EMIT businessEventsArrived();
    });
    connect(poller, &RelayFeedPoller::errorOccurred, this,
            [this, accountName](RelayFeedPoller::ErrorKind, const QString &text, int retryInMs) {
                if (retryInMs < 0)
                    Q_EMIT message(tr("Delivery reports for “%1” stopped: %2").arg(accountName, text));
            });
    QMetaObject::invokeMethod(poller, &RelayFeedPoller::start, Qt::QueuedConnection);
    m_pollers.append(poller);
}

void RelayFeeds::stop()
{
    if (!m_thread)
        return;
    for (const QPointer<RelayFeedPoller> &p : std::as_const(m_pollers)) {
        if (p)
            QMetaObject::invokeMethod(p.data(), &RelayFeedPoller::stop, Qt::BlockingQueuedConnection);
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

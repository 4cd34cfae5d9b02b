#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QThread;
class RelayFeedPoller;
class Workspace;

// Keeps every account's status feed flowing while the GUI is open: one RelayFeedPoller per account that has a
// relay (a sandbox account always does: the built-in one), all on one worker thread so applying a large page
// never blocks the window. A Cloud API account's feed token is read from the keychain first; an account
// without a relay or token is skipped and reported once.
class RelayFeeds : public QObject
{
    Q_OBJECT

public:
    explicit RelayFeeds(Workspace &workspace, QObject *parent = nullptr);
    ~RelayFeeds() override;

    // (Re)starts the pollers for the workspace's accounts.
    void start();
    void stop();

Q_SIGNALS:
    // Statuses or replies were applied (throttled by the pollers' pages): refresh what shows counts.
    void applied();
    // A page brought new business events (orders …): whoever runs the scheduler passes at once instead of waiting
    // for its next tick, so a triggered message follows its event within about one poll interval.
    void businessEventsArrived();
    void message(const QString &text);

private:
    void startPoller(qint64 accountId, const QString &accountName, const QString &relayUrl, const QString &token,
                     const QString &cursorKey);

    Workspace &m_workspace;
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr;   // lives in m_thread, for work that must run there
    QList<QPointer<RelayFeedPoller>> m_pollers;
};

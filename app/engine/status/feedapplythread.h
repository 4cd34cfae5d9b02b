#pragma once

#include "models/status/webhookapplier.h"

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class Workspace;

// The database side of a RelayFeedPoller: a thread of its own, with that thread's workspace connection and its
// WebhookApplier, that applies the feed's pages strictly in the order they were handed over. While it applies one
// page, the poller's thread downloads and parses the next (issue 17: parsing and the SQL no longer take turns).
//
// Crash and order rules: each page is applied and its cursor stored in one transaction (WebhookApplier::apply); a
// page applies only if it follows the cursor this thread last committed, so nothing queued behind a failed page is
// ever applied past it; cancel() drops every page not yet started (stop, a failure), the page being applied finishes
// or rolls back as a whole. Every page handed over gets exactly one answer, on the poller's thread.
class FeedApplyThread
{
public:
    struct Page
    {
        quint64 epoch = 0;              // epoch() when it was handed over
        qint64 after = 0;               // the cursor the page was fetched after
        qint64 next = 0;                // the cursor stored with it
        bool last = false;              // the relay had nothing more (then 131050 opt-outs are synced too)
        QList<WebhookApplier::FeedEvent> events;
    };
    struct Answer
    {
        quint64 epoch = 0;
        bool applied = false;           // false: failed (error says why) or dropped (cancelled, out of order)
        bool last = false;
        WebhookApplier::Counts counts;
        qint64 optOuts = 0;             // contacts opted out by synchronous 131050 failures (last page only)
        qint64 committed = 0;           // the cursor committed on the apply thread after this page
        QString error;
    };
    using AnswerFn = std::function<void(const Answer &)>;

    // answer runs on the thread of `receiver` (queued), never after receiver is destroyed.
    FeedApplyThread(const Workspace &workspace, qint64 accountId, const QString &relayKey, QObject *receiver,
                    AnswerFn answer);
    ~FeedApplyThread();   // cancels, lets the page being applied finish, then joins
    FeedApplyThread(const FeedApplyThread &) = delete;
    FeedApplyThread &operator=(const FeedApplyThread &) = delete;

    // Reads the stored cursor on the apply thread and waits for it (start-up); -1 with *error on failure.
    qint64 storedCursor(QString *error);
    void enqueue(Page page);
    quint64 epoch() const { return m_epoch.load(); }
    // Pages handed over before this call are dropped unapplied (their answers carry the old epoch).
    void cancel() { ++m_epoch; }

private:
    void applyOne(const Page &page);

    const Workspace &m_workspace;
    const qint64 m_accountId;
    const QString m_relayKey;
    QObject *m_receiver;
    AnswerFn m_answer;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;   // lives in m_thread
    std::atomic<quint64> m_epoch {1};
    // Used on the apply thread only.
    std::unique_ptr<WebhookApplier> m_applier;
    qint64 m_committed = -1;
};

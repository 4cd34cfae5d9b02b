#pragma once

#include "engine/status/feedapplythread.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class Workspace;

// Polls an account's herald-relay feed (GET <relay>/v1/events?after=CURSOR&limit=N, docs/relay.md) and
// applies each page through WebhookApplier. The cursor is stored in the workspace in the same transaction as
// the page it follows, so it only advances once that page is applied and committed; a crash before the
// commit re-fetches and re-applies the page, which is idempotent. Pages are applied in order on a thread of
// their own (FeedApplyThread): while the relay says has_more, the next page is downloaded and parsed while the
// current one is applied (at most kPagesAhead pages wait for the database); once caught up it polls every
// pollIntervalMs. A network error or a 5xx retries with exponential backoff; a 401/403 (wrong feed token)
// stops with a message naming the command that fixes it.
//
// The poller works in the thread it lives in: it creates its QNetworkAccessManager there in start(); the
// database work runs on its FeedApplyThread, with that thread's own workspace connection. The GUI moves it to
// a worker thread (moveToThread, then invoke start() queued) so parsing a large page never blocks the window;
// the CLI runs it on its main thread.
class RelayFeedPoller : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 accountId = 0;
        QString accountName;       // only for messages
        QUrl relayUrl;             // effectiveAccount(a).relayUrl
        QString feedToken;         // effectiveRelayFeedToken(a, stored); never logged
        QString cursorKey;         // what the cursor is stored under; empty = the relay URL. The sandbox's
                                   // embedded relay changes port every start, so it passes a stable key.
        int pageSize = 1000;       // the relay caps it at 1000
        int pollIntervalMs = 3000;
        int requestTimeoutMs = 30000;
        int minBackoffMs = 1000;
        int maxBackoffMs = 60000;
    };
    enum class ErrorKind { Unauthorized, Network, Relay, Database, Protocol };
    Q_ENUM(ErrorKind)

    RelayFeedPoller(const Workspace &workspace, Options options, QObject *parent = nullptr);
    ~RelayFeedPoller() override;

    bool isRunning() const { return m_running; }
    qint64 cursor() const { return m_cursor; }
    // Everything applied since start().
    WebhookApplier::Counts totals() const { return m_totals; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    // A page was applied and committed; cursor is the new stored cursor.
    void pageApplied(const WebhookApplier::Counts &page, qint64 cursor);
    // The relay has nothing more right now (after the page that said has_more = false).
    void caughtUp(qint64 cursor);
    // retryInMs < 0: the poller stopped (Unauthorized, or no usable configuration); otherwise it retries.
    void errorOccurred(RelayFeedPoller::ErrorKind kind, const QString &message, int retryInMs);

private:
    void fetch(qint64 after);
    void onFinished(QNetworkReply *reply);
    void retryLater(ErrorKind kind, const QString &message);
    void fail(ErrorKind kind, const QString &message);
    void abortInflight();
    // Fetches the next page when the relay has more and fewer than kPagesAhead pages wait to be applied.
    void pump();
    void onApplied(const FeedApplyThread::Answer &answer);

    const Workspace &m_workspace;
    Options m_options;
    QString m_relayKey;    // the relay URL the cursor is stored under
    QString m_relayShown;  // m_relayKey as logs and messages show it (no user info or query)
    std::unique_ptr<FeedApplyThread> m_applyThread;
    static constexpr int kPagesAhead = 2;   // pages parsed and handed to the apply thread, not answered yet
    int m_pagesQueued = 0;
    qint64 m_fetchCursor = 0;       // where the next fetch starts: after the last page handed over
    bool m_moreAvailable = false;   // the last page parsed said has_more
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_inflight;
    qint64 m_inflightAfter = -1;
    QTimer *m_timer = nullptr;
    qint64 m_cursor = 0;
    int m_backoffMs = 0;
    bool m_running = false;
    WebhookApplier::Counts m_totals;
};

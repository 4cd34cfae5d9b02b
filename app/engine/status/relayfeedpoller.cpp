#include "engine/status/relayfeedpoller.h"

#include "engine/cloudapi/tokenrequest.h"
#include "engine/status/feedpayloads.h"
#include "models/status/storedpayload.h"
#include "models/storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QElapsedTimer>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcPoller, "herald.poller", QtWarningMsg)

namespace {

QUrl feedUrl(QUrl base, qint64 after, int limit)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + QStringLiteral("/v1/events"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    base.setQuery(query);
    return base;
}

struct Page
{
    QList<WebhookApplier::FeedEvent> events;
    qint64 next = 0;
    bool hasMore = false;
};

std::optional<Page> parsePage(const QByteArray &body, qint64 after)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !root.value(QLatin1String("events")).isArray())
        return std::nullopt;
    Page page;
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    // The payloads as the relay sent them, so webhook_payloads keeps Meta's bytes rather than a re-serialisation.
    const QList<QByteArray> raws = FeedPayloads::rawPayloads(body);
    page.events.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject o = events.at(i).toObject();
        WebhookApplier::FeedEvent e;
        e.cursor = qint64(o.value(QLatin1String("cursor")).toDouble());
        e.receivedAtMs = qint64(o.value(QLatin1String("received_at")).toDouble());
        e.kind = o.value(QLatin1String("kind")).toString();
        e.payload = o.value(QLatin1String("payload")).toObject();
        if (o.contains(QLatin1String("raw_base64")))
            e.raw = QByteArray::fromBase64(o.value(QLatin1String("raw_base64")).toString().toLatin1());
        else if (raws.size() == events.size() && o.value(QLatin1String("payload")).isObject())
            e.raw = raws.at(i);
        if (e.cursor <= 0)
            return std::nullopt;
        if (!e.raw.isEmpty()) {
            // Compressed here, on the poller's thread, while the apply thread works on the page before.
            StoredPayload::Stored stored = StoredPayload::encode(e.raw);
            e.stored = std::move(stored.body);
            e.storedEncoding = int(stored.encoding);
            e.raw.clear();
        }
        page.events.append(std::move(e));
    }
    page.next = qint64(root.value(QLatin1String("next_cursor")).toDouble(double(after)));
    page.hasMore = root.value(QLatin1String("has_more")).toBool();
    if (page.next < after)
        return std::nullopt;
    return page;
}

} // namespace

RelayFeedPoller::RelayFeedPoller(const Workspace &workspace, Options options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_options(std::move(options))
{
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 1000);
    m_relayKey = m_options.cursorKey.isEmpty() ? m_options.relayUrl.adjusted(QUrl::StripTrailingSlash).toString()
                                               : m_options.cursorKey;
    // What logs and messages name: the key, minus any user info, query or fragment the relay URL carries.
    m_relayShown = m_options.cursorKey.isEmpty()
        ? m_options.relayUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                      | QUrl::RemoveFragment).toString()
        : m_options.cursorKey;
}

RelayFeedPoller::~RelayFeedPoller()
{
    abortInflight();
    m_applyThread.reset();   // the page being applied finishes; the rest are dropped
}

void RelayFeedPoller::start()
{
    if (m_running)
        return;
    if (!m_options.relayUrl.isValid() || m_options.relayUrl.scheme().isEmpty() || m_options.relayUrl.host().isEmpty()) {
        fail(ErrorKind::Protocol, tr("The account “%1” has no relay URL. Set one with: herald-cli account set "
                                     "--name %1 --relay-url URL")
                                      .arg(m_options.accountName));
        return;
    }
    if (m_options.feedToken.isEmpty()) {
        fail(ErrorKind::Unauthorized, tr("No relay feed token is stored for the account “%1”. Store it with: "
                                         "herald-cli account set-secret relay-feed-token --name %1 < token.txt")
                                          .arg(m_options.accountName));
        return;
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { fetch(m_fetchCursor); });
    }
    if (!m_applyThread)
        m_applyThread = std::make_unique<FeedApplyThread>(
            m_workspace, m_options.accountId, m_relayKey, this,
            [this](const FeedApplyThread::Answer &answer) { onApplied(answer); });
    m_applyThread->cancel();   // anything left from before a stop()
    QString error;
    const qint64 stored = m_applyThread->storedCursor(&error);
    if (stored < 0) {
        fail(ErrorKind::Database, tr("Cannot read the status feed cursor: %1").arg(error));
        return;
    }
    m_cursor = stored;
    m_fetchCursor = stored;
    m_pagesQueued = 0;
    m_moreAvailable = true;
    m_totals = WebhookApplier::Counts();
    m_backoffMs = 0;
    m_running = true;
    qCInfo(lcPoller) << "polling relay" << m_relayShown << "for account" << m_options.accountId << "from cursor"
                     << m_cursor;
    fetch(m_cursor);
}

void RelayFeedPoller::stop()
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
    abortInflight();
    if (m_applyThread)
        m_applyThread->cancel();   // pages not started yet are dropped; the one being applied commits or rolls back
    m_pagesQueued = 0;
}

void RelayFeedPoller::abortInflight()
{
    if (QNetworkReply *reply = m_inflight.data()) {
        m_inflight.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_inflightAfter = -1;
}

void RelayFeedPoller::fetch(qint64 after)
{
    if (!m_running || m_inflight)
        return;
    QNetworkRequest request =
        TokenRequest::build(feedUrl(m_options.relayUrl, after, m_options.pageSize), m_options.feedToken,
                            m_options.requestTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_nam->get(request);
    m_inflight = reply;
    m_inflightAfter = after;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void RelayFeedPoller::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_inflight.data())
        return;   // aborted
    m_inflight.clear();
    const qint64 after = m_inflightAfter;
    m_inflightAfter = -1;
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const auto redirect = TokenRequest::redirectOf(reply)) {
        fail(ErrorKind::Relay, TokenRequest::redirectError(*redirect));
        return;
    }
    if (status == 401 || status == 403) {
        fail(ErrorKind::Unauthorized,
             tr("The relay refused the feed token of the account “%1” (HTTP %2). Store the relay's "
                "HERALD_RELAY_FEED_TOKEN with: herald-cli account set-secret relay-feed-token --name %1 < token.txt")
                 .arg(m_options.accountName)
                 .arg(status));
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        retryLater(ErrorKind::Network, tr("The relay at %1 cannot be reached: %2").arg(m_relayShown, reply->errorString()));
        return;
    }
    if (status != 200) {
        retryLater(ErrorKind::Relay, tr("The relay at %1 answered HTTP %2.").arg(m_relayShown).arg(status));
        return;
    }
    QElapsedTimer timing;
    timing.start();
    const QByteArray body = reply->readAll();
    std::optional<Page> page = parsePage(body, after);
    if (!page) {
        retryLater(ErrorKind::Protocol, tr("The relay at %1 sent a feed page that is not valid.").arg(m_relayShown));
        return;
    }
    qCDebug(lcPoller) << "parsed" << page->events.size() << "events after cursor" << after << "in" << timing.elapsed()
                      << "ms";
    FeedApplyThread::Page work;
    work.epoch = m_applyThread->epoch();
    work.after = after;
    work.next = page->next;
    work.last = !page->hasMore;
    work.events = std::move(page->events);
    m_applyThread->enqueue(std::move(work));
    ++m_pagesQueued;
    m_fetchCursor = page->next;
    m_moreAvailable = page->hasMore;
    pump();
}

void RelayFeedPoller::pump()
{
    if (m_running && m_moreAvailable && !m_inflight && m_pagesQueued < kPagesAhead
        && !(m_timer && m_timer->isActive()))
        fetch(m_fetchCursor);
}

void RelayFeedPoller::onApplied(const FeedApplyThread::Answer &answer)
{
    if (!m_running || !m_applyThread || answer.epoch != m_applyThread->epoch())
        return;   // a page handed over before a stop() or a failure: dropped, or its work is not reported
    --m_pagesQueued;
    if (!answer.applied) {
        // Nothing behind this page may be applied past it: drop them, and fetch again from what is committed.
        m_applyThread->cancel();
        abortInflight();
        m_pagesQueued = 0;
        m_cursor = answer.committed;
        m_fetchCursor = answer.committed;
        m_moreAvailable = true;
        retryLater(ErrorKind::Database, tr("Cannot apply the status feed: %1").arg(answer.error));
        return;
    }
    m_cursor = answer.committed;
    m_backoffMs = 0;
    m_totals += answer.counts;
    qCDebug(lcPoller) << "applied" << answer.counts.events << "events," << answer.counts.statuses
                      << "statuses, cursor" << m_cursor;
    Q_EMIT pageApplied(answer.counts, m_cursor);
    if (!m_running)
        return;
    if (answer.last && m_pagesQueued == 0) {
        m_totals.optOuts += answer.optOuts;
        Q_EMIT caughtUp(m_cursor);
        if (m_running && !m_inflight && !m_timer->isActive())
            m_timer->start(m_options.pollIntervalMs);
        return;
    }
    pump();
}

void RelayFeedPoller::retryLater(ErrorKind kind, const QString &message)
{
    m_backoffMs = m_backoffMs == 0 ? m_options.minBackoffMs : std::min(m_backoffMs * 2, m_options.maxBackoffMs);
    qCWarning(lcPoller).noquote() << message << "- retrying in" << m_backoffMs << "ms";
    Q_EMIT errorOccurred(kind, message, m_backoffMs);
    if (m_running)
        m_timer->start(m_backoffMs);
}

void RelayFeedPoller::fail(ErrorKind kind, const QString &message)
{
    qCWarning(lcPoller).noquote() << message;
    stop();
    Q_EMIT errorOccurred(kind, message, -1);
}

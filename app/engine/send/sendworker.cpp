#include "engine/send/sendworker.h"

#include "engine/cloudapi/cloudapi.h"
#include "engine/cloudapi/tokenrequest.h"
#include "engine/send/pacer.h"
#include "engine/send/sendconnections.h"
#include "models/campaigns/sendwindowplan.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <chrono>
#include <cstring>
#include <limits>

Q_LOGGING_CATEGORY(lcSend, "herald.send", QtInfoMsg)

namespace {

using State = RecipientLedger::State;
constexpr qint64 kNone = std::numeric_limits<qint64>::max();
// A windowed run whose next row is due this far ahead ends "waiting_window"; the scheduler continues it then.
constexpr qint64 kWindowWaitMs = 60 * 1000;
constexpr qint64 kCountsRefreshUs = 5000000;

// The request body as a one-shot stream. Qt's HTTP/1 channel re-sends a request by itself when a connection
// closes after the request was written (even a POST); a message must never go out twice behind our back, so the
// body cannot be rewound and such a resend fails with ContentReSendError instead (the row becomes uncertain).
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

qint64 monoUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

SendWorker::SendWorker(const Workspace &workspace, qint64 runId, const Account &account, const QString &accessToken,
                       const SendOptions &options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_runId(runId)
    , m_account(account)
    , m_token(accessToken)
    , m_options(options)
    , m_playbook(options)
{
}

SendWorker::~SendWorker() = default;

void SendWorker::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_startUs = monoUs();
    m_lastCountsRefreshUs = m_startUs;
    m_ledger = std::make_unique<RecipientLedger>(m_workspace.database());
    QString error;
    const auto info = m_ledger->runInfo(m_runId, &error);
    if (!info)
        return fail(error);
    if (m_account.id != 0 && info->accountId != m_account.id)
        return fail(tr("Campaign run %1 belongs to another account.").arg(m_runId));
    m_templateName = info->templateName;
    m_language = info->language;
    const qint64 now = m_options.now();
    // We hold the run's lock: a request written while no sender ran is stale, and rows left claimed belong to
    // a sender that died — the message may have gone out, so they become uncertain, never planned.
    m_ledger->takeControlRequest(m_runId, &error);
    const Result<qint64> recovered = m_ledger->recoverClaimed(m_runId, now);
    if (!recovered)
        return fail(recovered.error());
    m_recovered = *recovered;
    if (m_recovered > 0)
        qCInfo(lcSend) << "run" << m_runId << ":" << m_recovered << "rows left claimed by a dead sender are uncertain";
    m_headroom = Headroom::compute(m_workspace.database(), m_account, now, &error);
    // A run that waited for the daily limit continues: what was held becomes due as soon as there is room again
    // (the tier may have been raised since, or the window moved on).
    if (m_headroom.remaining() != 0 && RunStatuses::fromString(info->status) == RunStatus::WaitingDailyLimit
        && !m_ledger->releaseHeld(m_runId, now).report(&error))
        return fail(error);
    // Send windows (issue 18 §2): rows whose slot closed while nobody sent (quiet hours began) get their next one.
    const Result<SendWindow> window = SendWindowPlan::windowOf(m_workspace.database(), m_runId);
    if (!window)
        return fail(window.error());
    m_sendWindow = *window;
    if (m_sendWindow.hasQuietHours() && !SendWindowPlan::roll(m_workspace.database(), m_runId, now).report(&error))
        return fail(error);
    const auto counts = m_ledger->counts(m_runId, &error);
    if (!counts
        || !m_ledger->setRunStatus(m_runId, RunStatuses::toString(RunStatus::Running), {}, std::nullopt, &error))
        return fail(error);
    m_counts = *counts;

    if (!setUpLanes(now, &error))
        return fail(error);
    double rate = 0;
    for (const Lane &lane : std::as_const(m_lanes))
        rate += m_options.effectiveRate(lane.account);
    m_window = m_options.windowFor(rate);
    m_connections = new SendConnections(std::max(m_options.maxInFlight, m_window), this);

    m_pumpTimer = new QTimer(this);
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pumpTimer, &QTimer::timeout, this, &SendWorker::pump);
    m_controlTimer = new QTimer(this);
    connect(m_controlTimer, &QTimer::timeout, this, &SendWorker::pollControl);
    m_controlTimer->start(m_options.controlPollMs);
    m_progressTimer = new QTimer(this);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { emitProgress(); });
    m_progressTimer->start(m_options.progressIntervalMs);

    m_phase = Phase::Running;
    checkQuality();   // a number already flagged: pause before anything is sent
    emitProgress(true);
    pump();
}

qint64 SendWorker::budgetLeft() const
{
    return m_budgetSpent ? -1 : m_headroom.remaining();
}

void SendWorker::pump()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Done)
        return;
    const qint64 nowUs = monoUs();
    const qint64 now = m_options.now();
    for (const Lane &lane : std::as_const(m_lanes))
        lane.pacer->tick(nowUs);
    int want = 0;
    QList<RecipientLedger::LaneClaim> claims;
    if (m_phase == Phase::Running && now >= m_dueAtMs) {
        if (budgetLeft() == 0) {
            budgetExhausted(now);
            if (m_phase == Phase::Done)
                return;
        }
        int room = freeSlots(nowUs);
        if (budgetLeft() >= 0)
            room = int(std::min<qint64>(room, budgetLeft()));
        // Each number takes what its own pacer allows, all from the one window and the one daily budget.
        for (const Lane &lane : std::as_const(m_lanes)) {
            const int w = room > 0 && now >= lane.dueAtMs ? lane.pacer->take(nowUs, room) : 0;
            claims.append({lane.claimAccountId, w});
            room -= w;
            want += w;
        }
    }
    if (want > 0 || !m_outcomes.isEmpty()) {
        QString error;
        qint64 left = -1;
        // Once the never-tried rows are held, what is left are retries of phones counted already.
        const auto claimed = m_ledger->recordAndClaimLanes(m_outcomes, m_runId, claims,
                                                           m_budgetSpent ? RecipientLedger::Budget{} : m_budget, now,
                                                           m_options.guardMs, &error, &left);
        if (!claimed) {
            for (qsizetype i = 0; i < claims.size(); ++i)
                m_lanes[i].pacer->giveBack(claims.at(i).limit);
            return fail(error);
        }
        countOutcomes(m_outcomes);
        m_outcomes.clear();
        const int n = int(claimed->size());
        QList<int> got(m_lanes.size(), 0);
        for (const RecipientLedger::Claimed &row : *claimed)
            ++got[laneOf(row.accountId)];
        for (qsizetype i = 0; i < claims.size(); ++i)
            m_lanes[i].pacer->giveBack(claims.at(i).limit - got.at(i));
        m_counts.byState[State::Planned] -= n;
        m_counts.byState[State::Claimed] += n;
        if (left >= 0 && !m_headroom.unlimited() && !m_budgetSpent)
            m_headroom.used = m_headroom.limit - left;   // counted in the claim's transaction, other senders included
        for (const RecipientLedger::Claimed &row : *claimed)
            send(row, nowUs);
        bool short_ = false;
        for (qsizetype i = 0; i < claims.size(); ++i)
            short_ = short_ || got.at(i) < claims.at(i).limit;
        if (want > 0 && short_ && !(left == 0 && n < want) && !refreshDue(now, &error))
            return fail(error);
    }
    if (nowUs - m_lastCountsRefreshUs > kCountsRefreshUs) {
        // Resynchronise with the database (e.g. the operator resent uncertain rows meanwhile).
        m_lastCountsRefreshUs = nowUs;
        QString error;
        if (const auto counts = m_ledger->counts(m_runId, &error))
            m_counts = *counts;
    }
    maybeSettle();
    scheduleNext();
}

void SendWorker::scheduleNext()
{
    if (m_phase == Phase::Done || m_phase == Phase::Idle)
        return;
    qint64 delay = m_outcomes.isEmpty() ? -1 : m_options.flushIntervalMs;
    const qint64 nowUs = monoUs();
    if (m_phase == Phase::Running && m_dueAtMs != kNone) {
        qint64 d = std::max<qint64>(0, m_dueAtMs - m_options.now());
        if (freeSlots(nowUs) <= 0) {
            // A full window frees up with a reply (which pumps) or when a request stalls.
            const qint64 stall = nextStallUs(nowUs);
            d = stall == kNone ? -1 : std::max(d, (stall - nowUs + 999) / 1000);
        } else {
            const qint64 lanes = laneWaitMs(nowUs, m_options.now());
            d = lanes < 0 ? -1 : std::max(d, lanes);
        }
        if (d >= 0)
            delay = delay < 0 ? d : std::min(delay, d);
    }
    if (delay >= 0)
        schedulePump(delay);
}

void SendWorker::schedulePump(qint64 delayMs)
{
    const int delay = int(std::clamp<qint64>(delayMs, 0, 3600 * 1000));
    if (!m_pumpTimer->isActive() || m_pumpTimer->remainingTime() > delay)
        m_pumpTimer->start(delay);
}

void SendWorker::send(const RecipientLedger::Claimed &row, qint64 takenUs)
{
    QString error;
    const QByteArray body = CloudApi::messageBody(
        {row.phone, RecipientLedger::callbackData(row.id), m_templateName, m_language, row.components}, &error);
    if (body.isEmpty()) {
        m_outcomes.failed.append({row.id, 0, error, {}, false});
        return;
    }
    const int lane = laneOf(row.accountId);
    QNetworkRequest request = CloudApi::jsonRequest(m_lanes.at(lane).url, m_lanes.at(lane).token, m_options.requestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = m_connections->post(request, new OneShotBody(body, nullptr));
    m_inFlight.insert(reply, InFlight{row.id, row.attempts, row.backoffCount, false, monoUs(), lane, takenUs});
    ++m_requests;
    // Once the body is handed to the connection the message may go out: from then on no answer = uncertain.
    connect(reply, &QNetworkReply::uploadProgress, this, [this, reply](qint64 sent, qint64) {
        if (sent > 0) {
            const auto it = m_inFlight.find(reply);
            if (it != m_inFlight.end())
                it->written = true;
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void SendWorker::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    const InFlight row = *it;
    m_inFlight.erase(it);
    m_lanes[row.lane].pacer->answered(row.takenUs, monoUs());
    if (const auto redirect = TokenRequest::redirectOf(reply)) {
        // The configured host answered with a redirect instead of sending: nothing went out, and neither the token
        // nor the message is repeated to the other host. The row goes back to planned and the run stops.
        SendPlaybook::Decision d;
        d.action = SendPlaybook::Action::StopRun;
        d.failure.hasCode = false;
        d.reason = TokenRequest::redirectError(*redirect);
        applyDecision(row, d, SendResult{});
    } else {
        const SendResult result = SendResult::fromReply(reply, row.written);
        applyDecision(row, m_playbook.decide(result, row.attempts, row.backoffCount), result);
    }
    schedulePump(m_options.flushIntervalMs);
}

int SendWorker::freeSlots(qint64 nowUs) const
{
    const qint64 stalledUs = qint64(m_options.stalledAfterMs) * 1000;
    int counted = 0;
    for (const InFlight &f : m_inFlight) {
        if (nowUs - f.sentUs < stalledUs)
            ++counted;
    }
    return std::min(m_window - counted, m_options.maxInFlight - int(m_inFlight.size()));
}

qint64 SendWorker::nextStallUs(qint64 nowUs) const
{
    if (int(m_inFlight.size()) >= m_options.maxInFlight)
        return kNone;   // only a reply (or a timeout) frees a slot now
    const qint64 stalledUs = qint64(m_options.stalledAfterMs) * 1000;
    qint64 oldest = kNone;
    for (const InFlight &f : m_inFlight) {
        if (nowUs - f.sentUs < stalledUs)
            oldest = std::min(oldest, f.sentUs);
    }
    return oldest == kNone ? kNone : oldest + stalledUs;
}

void SendWorker::applyDecision(const InFlight &row, const SendPlaybook::Decision &d, const SendResult &result)
{
    using Action = SendPlaybook::Action;
    const qint64 now = m_options.now();
    switch (d.action) {
    case Action::Accept:
        m_outcomes.accepted.append({row.id, result.wamid, result.held, result.waId});
        break;
    case Action::Throttle:
        ++m_throttled;
        m_lanes[row.lane].pacer->throttled(monoUs(), measuredRate(monoUs()));
        [[fallthrough]];
    case Action::Retry:
    case Action::PairBackoff:
        m_outcomes.requeued.append({row.id, now + d.delayMs, d.action == Action::PairBackoff, false, d.reason});
        m_dueAtMs = std::min(m_dueAtMs, now + d.delayMs);
        m_lanes[row.lane].dueAtMs = std::min(m_lanes[row.lane].dueAtMs, now + d.delayMs);
        break;
    case Action::Fail: {
        RecipientLedger::Failure failure = d.failure;
        failure.id = row.id;
        m_outcomes.failed.append(failure);
        break;
    }
    case Action::Uncertain:
        qCInfo(lcSend) << "row" << row.id << "uncertain:" << result.title;
        m_outcomes.uncertain.append(row.id);
        break;
    case Action::StopRun:
    case Action::PauseRun:
        // Refused before it went anywhere: the row goes back to planned, and this try does not count.
        m_outcomes.requeued.append({row.id, 0, false, true, d.reason});
        m_dueAtMs = std::min(m_dueAtMs, now);
        m_lanes[row.lane].dueAtMs = std::min(m_lanes[row.lane].dueAtMs, now);
        if (d.action == Action::StopRun && m_phase != Phase::Stopping) {
            if (d.failure.hasCode)
                qCWarning(lcSend) << "run" << m_runId << "stopped by code" << result.code;
            else
                qCWarning(lcSend) << "run" << m_runId << "stopped:" << d.reason;
            m_phase = Phase::Stopping;
        } else if (d.action == Action::PauseRun && m_phase == Phase::Running) {
            qCWarning(lcSend) << "run" << m_runId << "paused by code" << result.code;
            m_phase = Phase::Pausing;
        } else {
            break;
        }
        m_reason = d.reason;
        m_code = d.failure.hasCode ? std::optional<int>(result.code) : std::nullopt;   // none: a refused redirect
        m_byPlaybook = true;
        emitProgress(true);
        break;
    }
}

void SendWorker::countOutcomes(const RecipientLedger::Outcomes &o)
{
    m_counts.byState[State::Claimed] -= o.size();
    m_counts.byState[State::Accepted] += o.accepted.size();
    m_counts.byState[State::Failed] += o.failed.size();
    m_counts.byState[State::Planned] += o.requeued.size();
    m_counts.byState[State::Uncertain] += o.uncertain.size();
}

void SendWorker::budgetExhausted(qint64 now)
{
    // The local count is conservative; count exactly before anyone is held.
    QString error;
    m_headroom = Headroom::compute(m_workspace.database(), m_account, now, &error);
    if (m_headroom.remaining() != 0)
        return;
    // Never-tried rows wait in the ledger (planned, not attempted) until the budget frees up; rows tried before
    // keep their retries (they were counted already). The run then ends as waiting_daily_limit, and the
    // scheduler (agent, GUI) or the next `campaign run` continues it.
    const Result<qint64> heldRows
        = m_ledger->holdRemaining(m_runId, m_headroom.nextSendAt, m_headroom.waitingText(), now);
    if (!heldRows)
        return fail(heldRows.error());
    const qint64 held = *heldRows;
    qCInfo(lcSend) << "run" << m_runId << ":" << held << "rows wait for the daily messaging limit";
    m_budgetSpent = true;
    if (held > 0)
        m_heldUntil = m_headroom.nextSendAt;
}

void SendWorker::maybeSettle()
{
    if (!m_inFlight.isEmpty() || !m_outcomes.isEmpty())
        return;   // in-flight requests finish and are recorded first
    QString error;
    switch (m_phase) {
    case Phase::Pausing:
        m_phase = Phase::Paused;
        if (m_reason.isEmpty())
            m_reason = tr("Paused by the operator.");
        if (!m_ledger->setRunStatus(m_runId, RunStatuses::toString(RunStatus::Paused), m_reason, m_code, &error))
            return fail(error);
        emitProgress(true);
        if (m_options.exitWhenPaused)
            finish(RunStatuses::toString(RunStatus::Paused));
        break;
    case Phase::Stopping:
        if (m_reason.isEmpty())
            m_reason = tr("Stopped by the operator.");
        finish(RunStatuses::toString(RunStatus::Stopped));
        break;
    case Phase::Running:
        if (m_heldUntil > 0 && m_dueAtMs >= m_heldUntil) {
            // Only rows held for the daily limit are left: end here and let the scheduler continue later.
            m_reason = m_headroom.waitingText();
            finish(RecipientLedger::kRunWaitingDailyLimit);
        } else if (!m_sendWindow.isEmpty() && m_dueAtMs != kNone && m_dueAtMs - m_options.now() >= kWindowWaitMs) {
            // The rest waits for its send window: end here, the scheduler (agent, app) continues it when it is due.
            m_reason = tr("The next wave is due at %1 (UTC); herald-cli agent or the open app sends it then.")
                           .arg(QDateTime::fromMSecsSinceEpoch(m_dueAtMs, Qt::UTC).toString(Qt::ISODate));
            finish(RecipientLedger::kRunWaitingWindow);
        } else if (m_dueAtMs == kNone) {
            // Nothing left to send. Accepted rows wait for status reports and uncertain ones for a decision,
            // so the run is only "finished" when neither remains.
            const auto counts = m_ledger->counts(m_runId, &error);
            if (!counts)
                return fail(error);
            m_counts = *counts;
            finish(RunStatuses::toString(m_counts.pending() > 0 ? RunStatus::Sent : RunStatus::Finished));
        }
        break;
    case Phase::Idle:
    case Phase::Paused:
    case Phase::Done:
        break;
    }
}

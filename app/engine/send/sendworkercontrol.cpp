// SendWorker's control and lifecycle: pause/resume/stop (in-process and from other processes), the end of a
// run, and progress reports. The sending loop is in sendworker.cpp.
#include "engine/send/sendworker.h"

#include "engine/send/pacer.h"
#include "engine/send/sendconnections.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QTimer>
#include <chrono>

namespace {

qint64 monoUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

void SendWorker::pause()
{
    if (m_phase != Phase::Running)
        return;
    m_phase = Phase::Pausing;
    m_reason = tr("Paused by the operator.");
    m_code.reset();
    m_byPlaybook = false;
    emitProgress(true);
    pump();
}

void SendWorker::resume()
{
    if (m_phase != Phase::Paused && m_phase != Phase::Pausing)
        return;
    QString error;
    if (!m_ledger->setRunStatus(m_runId, RunStatuses::toString(RunStatus::Running), {}, std::nullopt, &error))
        return fail(error);
    m_phase = Phase::Running;
    m_reason.clear();
    m_code.reset();
    m_byPlaybook = false;
    m_dueAtMs = 0;
    for (Lane &lane : m_lanes)
        lane.dueAtMs = 0;
    checkQuality();   // still flagged: paused again before anything is sent
    emitProgress(true);
    pump();
}

void SendWorker::stop()
{
    if (m_phase != Phase::Running && m_phase != Phase::Pausing && m_phase != Phase::Paused)
        return;
    m_phase = Phase::Stopping;
    m_reason = tr("Stopped by the operator.");
    m_code.reset();
    m_byPlaybook = false;
    emitProgress(true);
    pump();
}

void SendWorker::pollControl()
{
    QString error;
    const QString request = m_ledger ? m_ledger->takeControlRequest(m_runId, &error) : QString();
    if (request == QLatin1String("pause"))
        pause();
    else if (request == QLatin1String("resume"))
        resume();
    else if (request == QLatin1String("stop"))
        stop();
    checkQuality();
}

void SendWorker::abort()
{
    if (m_phase == Phase::Done)
        return;
    if (m_phase == Phase::Idle) {
        m_phase = Phase::Done;
        return;
    }
    const qint64 now = m_options.now();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        it.key()->deleteLater();
        if (it->written)
            m_outcomes.uncertain.append(it->id);
        else
            m_outcomes.requeued.append({it->id, 0, false, true, {}});
    }
    QString error;
    if (m_ledger->record(m_outcomes, now, &error))
        countOutcomes(m_outcomes);
    else
        qCWarning(lcSend) << "cannot record the last outcomes; those rows become uncertain on restart:" << error;
    m_outcomes.clear();
    if (m_phase != Phase::Stopping) {
        m_reason = tr("Herald was closed while this run was sending; resume it to continue.");
        finish(RunStatuses::toString(RunStatus::Paused));
    } else {
        finish(RunStatuses::toString(RunStatus::Stopped));
    }
}

void SendWorker::fail(const QString &error)
{
    if (m_phase == Phase::Done)
        return;
    qCWarning(lcSend) << "run" << m_runId << "cannot continue:" << error;
    m_reason = tr("Sending stopped because of an error: %1").arg(error);
    m_code.reset();
    if (m_ledger && m_phase != Phase::Idle && m_phase != Phase::Done) {
        for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
            disconnect(it.key(), nullptr, this, nullptr);
            it.key()->abort();
            it.key()->deleteLater();
            // Whatever we cannot record stays claimed and becomes uncertain at the next start.
            if (it->written)
                m_outcomes.uncertain.append(it->id);
        }
        m_inFlight.clear();
        QString ignored;
        m_ledger->record(m_outcomes, m_options.now(), &ignored);
        m_outcomes.clear();
        m_ledger->setRunStatus(m_runId, RunStatuses::toString(RunStatus::Paused), m_reason, std::nullopt, &ignored);
    }
    m_finalStatus = RunStatuses::toString(RunStatus::Error);
    m_phase = Phase::Done;
    RunOutcome outcome;
    outcome.runId = m_runId;
    outcome.status = m_finalStatus;
    outcome.reason = m_reason;
    outcome.counts = m_counts;
    emitProgress(true);
    cleanUp();
    Q_EMIT finished(outcome);
}

void SendWorker::finish(const QString &status)
{
    QString error;
    const RunStatus final = RunStatuses::fromString(status);
    const bool keepsReason = final == RunStatus::Stopped || final == RunStatus::Paused
        || RunStatuses::isWaiting(final);
    if (!keepsReason) {
        m_reason.clear();
        m_code.reset();
    }
    if (!m_ledger->setRunStatus(m_runId, status, m_reason, m_code, &error))
        qCWarning(lcSend) << "cannot record the run's status:" << error;
    if (const auto counts = m_ledger->counts(m_runId, &error))
        m_counts = *counts;
    m_finalStatus = status;
    m_phase = Phase::Done;
    RunOutcome outcome;
    outcome.runId = m_runId;
    outcome.status = status;
    outcome.reason = m_reason;
    outcome.code = m_code;
    outcome.byPlaybook = m_byPlaybook;
    outcome.counts = m_counts;
    emitProgress(true);
    cleanUp();
    Q_EMIT finished(outcome);
}

void SendWorker::cleanUp()
{
    for (QTimer *timer : {m_pumpTimer, m_controlTimer, m_progressTimer}) {
        if (timer)
            timer->stop();
    }
    delete m_connections;
    m_connections = nullptr;
    m_ledger.reset();   // its prepared queries go before the connection does
    m_workspace.releaseThreadConnection();
}

double SendWorker::measuredRate(qint64 nowUs)
{
    m_rateSamples.append({nowUs, m_requests});
    while (m_rateSamples.size() > 2 && nowUs - m_rateSamples.at(1).first >= 1000000)
        m_rateSamples.removeFirst();
    const auto &[t0, n0] = m_rateSamples.first();
    return nowUs > t0 ? double(m_requests - n0) * 1e6 / double(nowUs - t0) : 0.0;
}

QString SendWorker::phaseName() const
{
    switch (m_phase) {
    case Phase::Idle:
        return RunStatuses::toString(RunStatus::Starting);
    case Phase::Running:
        return RunStatuses::toString(RunStatus::Running);
    case Phase::Pausing:
        return RunStatuses::toString(RunStatus::Pausing);
    case Phase::Paused:
        return RunStatuses::toString(RunStatus::Paused);
    case Phase::Stopping:
        return RunStatuses::toString(RunStatus::Stopping);
    case Phase::Done:
        return m_finalStatus;
    }
    return {};
}

void SendWorker::emitProgress(bool force)
{
    const qint64 nowUs = monoUs();
    if (!force && nowUs - m_lastProgressUs < qint64(m_options.progressIntervalMs) * 1000)
        return;
    m_lastProgressUs = nowUs;
    RunProgress p;
    p.runId = m_runId;
    p.status = phaseName();
    p.reason = m_reason;
    p.code = m_code;
    p.counts = m_counts;
    p.counts.total = 0;
    for (auto it = m_counts.byState.cbegin(); it != m_counts.byState.cend(); ++it)
        p.counts.total += it.value();
    p.inFlight = int(m_inFlight.size());
    p.sendRate = measuredRate(nowUs);
    for (const Lane &lane : m_lanes) {
        p.pacerRate += lane.pacer->currentRate();
        p.targetRate += lane.pacer->targetRate();
    }
    p.requests = m_requests;
    p.throttled = m_throttled;
    p.recovered = m_recovered;
    p.elapsedMs = (nowUs - m_startUs) / 1000;
    p.headroom = m_headroom;
    Q_EMIT progress(p);
}

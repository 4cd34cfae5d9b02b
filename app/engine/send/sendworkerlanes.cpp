// SendWorker's numbers (issue 18 §1): one lane per number a run sends from, each paced by its own Pacer, all drawing
// on one window and the portfolio's one daily budget; and the quality check that pauses a run on a flagged number.
// The sending loop is in sendworker.cpp.
#include "engine/send/sendworker.h"

#include "engine/cloudapi/cloudapi.h"
#include "engine/send/pacer.h"
#include "models/accounts/headroom.h"
#include "models/accounts/numberquality.h"
#include "models/campaigns/campaignnumbers.h"
#include "models/campaigns/sendwindowplan.h"
#include "models/storage/sqltransaction.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"

#include <QSqlQuery>
#include <limits>

namespace {

constexpr qint64 kNone = std::numeric_limits<qint64>::max();

} // namespace

bool SendWorker::setUpLanes(qint64 now, QString *error)
{
    Q_UNUSED(now)
    m_lanes.clear();
    const auto addLane = [this](const Account &a, const QString &token, qint64 claimAccountId) {
        Lane lane;
        lane.account = a;
        lane.token = token;
        lane.url = CloudApi::messagesUrl(a);
        const double rate = m_options.effectiveRate(a);
        lane.pacer = m_options.pacerEnabled
            ? Pacer::forPhoneNumber(a.graphUrl + QLatin1Char('|') + a.phoneNumberId, rate, m_options.pacerMargin)
            : std::make_shared<Pacer>(rate, m_options.pacerMargin, false);
        lane.claimAccountId = claimAccountId;
        m_lanes.append(lane);
    };
    if (m_options.moreNumbers.isEmpty()) {
        addLane(m_account, m_token, 0);
    } else {
        QList<qint64> ids{m_account.id};
        addLane(m_account, m_token, m_account.id);
        for (const SendOptions::Number &n : m_options.moreNumbers) {
            ids << n.account.id;
            addLane(n.account, n.token, n.account.id);
        }
        // Rows planned without a number (a retry, the unreached of a stopped run, a triggered batch) get theirs now.
        SqlTransaction tx(m_workspace.database());
        if (!tx.begin().report(error) || !CampaignNumbers::assign(m_workspace.database(), m_runId, ids).report(error)
            || !tx.commit().report(error))
            return false;
    }
    m_budget = {};
    if (!m_headroom.unlimited()) {
        m_budget.limit = m_headroom.limit;
        m_budget.accountIds = Headroom::budgetGroup(m_workspace.database(), m_account, error);
    }
    return true;
}

int SendWorker::laneOf(qint64 accountId) const
{
    for (qsizetype i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).claimAccountId == accountId)
            return int(i);
    }
    return 0;
}

qint64 SendWorker::laneWaitMs(qint64 nowUs, qint64 now) const
{
    qint64 wait = -1;
    for (const Lane &lane : m_lanes) {
        if (lane.dueAtMs == kNone)
            continue;
        qint64 d = std::max<qint64>(0, lane.dueAtMs - now);
        if (lane.pacer->enabled())
            d = std::max<qint64>(d, (lane.pacer->nextAllowedUs(nowUs) - nowUs + 999) / 1000);
        wait = wait < 0 ? d : std::min(wait, d);
    }
    return wait;
}

bool SendWorker::refreshDue(qint64 now, QString *error)
{
    // Nothing more is due now on some number: when is its next planned row (a backoff, the 6 s guard, a send window)?
    // Rows whose window closed unsent move to the end of their quiet hours first (SendWindowPlan::roll).
    if (m_sendWindow.hasQuietHours() && !SendWindowPlan::roll(m_workspace.database(), m_runId, now).report(error))
        return false;
    if (m_lanes.size() == 1 && m_lanes.at(0).claimAccountId == 0) {
        const Result<qint64> planned = m_ledger->plannedRemaining(m_runId);
        if (!planned.report(error))
            return false;
        const Result<qint64> due = *planned == 0 ? Result<qint64>(0) : m_ledger->nextDue(m_runId);
        if (!due.report(error))
            return false;
        m_dueAtMs = *planned == 0 ? kNone : std::max(*due, now);
        m_lanes[0].dueAtMs = m_dueAtMs;
        return true;
    }
    m_dueAtMs = kNone;
    for (Lane &lane : m_lanes) {
        const Result<qint64> due = m_ledger->nextDueFor(m_runId, lane.claimAccountId);
        if (!due.report(error))
            return false;
        lane.dueAtMs = *due < 0 ? kNone : std::max(*due, now);
        m_dueAtMs = std::min(m_dueAtMs, lane.dueAtMs);
    }
    return true;
}

bool SendWorker::checkQuality()
{
    if (m_phase != Phase::Running)
        return false;
    QString error;
    AccountStore accounts(m_workspace.database());
    for (const Lane &lane : std::as_const(m_lanes)) {
        const auto a = accounts.byId(lane.account.id, &error);
        if (!a || !a->isFlagged())
            continue;
        // The whole run pauses (not only this number): the owner decides whether to go on without it.
        qCWarning(lcSend) << "run" << m_runId << "paused: number" << a->id << "is" << a->qualityRating << a->qualityEvent;
        return pauseForQuality(NumberQuality::pauseReason(*a));
    }
    // The run's template, paused or disabled by Meta for quality (message_template_status_update): every send would
    // be refused with 132015/132016, so the run pauses now with the reason instead.
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT t.status, t.name, t.language FROM campaign_runs cr "
                             "JOIN campaigns c ON c.id = cr.campaign_id "
                             "JOIN templates t ON t.account_id = c.account_id AND t.name = c.template_name "
                             "AND t.language = c.language WHERE cr.id = ?"));
    q.addBindValue(m_runId);
    if (q.exec() && q.next() && TemplateStore::blocksSending(q.value(0).toString())) {
        qCWarning(lcSend) << "run" << m_runId << "paused: template" << q.value(1).toString() << q.value(0).toString();
        return pauseForQuality(tr("Meta set the template “%1” (%2) to %3 for low quality, so sends with it are "
                                  "refused. The run is paused; resume it once the template is active again (Meta lifts "
                                  "a first pause after 3 hours).")
                                   .arg(q.value(1).toString(), q.value(2).toString(), q.value(0).toString()));
    }
    return false;
}

bool SendWorker::pauseForQuality(const QString &reason)
{
    // Nothing more is claimed from now on; what is in flight finishes, then the run is paused with the reason.
    m_phase = Phase::Pausing;
    m_reason = reason;
    m_code.reset();
    m_byPlaybook = true;
    emitProgress(true);
    return true;
}

#pragma once

#include "engine/send/runprogress.h"
#include "engine/send/sendoptions.h"
#include "engine/send/sendplaybook.h"
#include "models/accounts/account.h"
#include "models/campaigns/sendwindow.h"
#include "models/ledger/ledger.h"

#include <QByteArray>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QUrl>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSend)

class Pacer;
class SendConnections;
class QNetworkReply;
class QTimer;
class Workspace;

// Sends one campaign run. Lives on its own thread (CampaignRunner moves it there) and owns everything it
// touches there: its connections (SendConnections), its database connection and its timers.
//
// The loop ("pump"): in one transaction it commits the outcomes that came back since the last pump and
// claims as many due rows as the window, the pacer and the daily budget allow; only then are their requests
// posted. Outcomes are batched every few milliseconds; a crash before they are committed leaves the rows
// claimed, and the next sender turns them into uncertain. Nothing is ever sent twice silently.
class SendWorker : public QObject
{
    Q_OBJECT

public:
    SendWorker(const Workspace &workspace, qint64 runId, const Account &account, const QString &accessToken,
               const SendOptions &options, QObject *parent = nullptr);
    ~SendWorker() override;

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void stop();
    // The owner is going away: cancel what is in flight (written requests become uncertain, queued ones go
    // back to planned), record it, and end as paused so the run can be resumed later.
    void abort();

Q_SIGNALS:
    void progress(const RunProgress &progress);
    void finished(const RunOutcome &outcome);

private:
    enum class Phase { Idle, Running, Pausing, Paused, Stopping, Done };
    struct InFlight
    {
        qint64 id = 0;
        int attempts = 0;
        int backoffCount = 0;
        bool written = false;
        qint64 sentUs = 0;   // when the request was posted (monotonic)
        int lane = 0;        // the number it went out from (m_lanes)
        qint64 takenUs = 0;  // when the pacer granted it (Pacer::take's time, for Pacer::answered)
    };
    // One number the run sends from: lane 0 is the run's own account; a campaign over several numbers has one lane
    // per number (SendOptions::moreNumbers), each with its own Pacer at its own sendRate().
    struct Lane
    {
        Account account;
        QString token;
        QUrl url;
        std::shared_ptr<Pacer> pacer;
        qint64 claimAccountId = 0;   // recipients.account_id of its rows; 0 = every row (a one-number run)
        qint64 dueAtMs = 0;          // when its planned rows may be due; kNone = none planned
    };

    void pump();
    void schedulePump(qint64 delayMs);
    void send(const RecipientLedger::Claimed &row, qint64 takenUs);
    void onReply(QNetworkReply *reply);
    int freeSlots(qint64 nowUs) const;   // requests the window and maxInFlight still allow
    qint64 nextStallUs(qint64 nowUs) const;   // when the oldest counted request stops counting
    void applyDecision(const InFlight &row, const SendPlaybook::Decision &d, const SendResult &result);
    void pollControl();
    // A number turned RED or FLAGGED (NumberQuality): the run pauses with the reason; true when it did.
    bool checkQuality();
    bool pauseForQuality(const QString &reason);   // pauses the run with `reason`; true
    bool setUpLanes(qint64 now, QString *error);
    qint64 laneWaitMs(qint64 nowUs, qint64 now) const;   // until some lane may claim again; -1 = none
    bool refreshDue(qint64 now, QString *error);          // after a lane claimed less than it wanted
    int laneOf(qint64 accountId) const;                   // the lane of a claimed row's number
    void applyControl(const QString &request);
    qint64 budgetLeft() const;     // -1 = no limit
    void budgetExhausted(qint64 now);
    void maybeSettle();
    void countOutcomes(const RecipientLedger::Outcomes &o);
    void emitProgress(bool force = false);
    void scheduleNext();
    QString phaseName() const;
    void finish(const QString &status);
    void fail(const QString &error);
    void cleanUp();
    double measuredRate(qint64 nowUs);

    const Workspace &m_workspace;
    const qint64 m_runId;
    const Account m_account;
    const QString m_token;
    const SendOptions m_options;
    SendPlaybook m_playbook;

    std::unique_ptr<RecipientLedger> m_ledger;
    QList<Lane> m_lanes;
    RecipientLedger::Budget m_budget;   // the portfolio's daily budget the claims draw on (limit -1: none)
    SendConnections *m_connections = nullptr;
    QTimer *m_pumpTimer = nullptr;
    QTimer *m_controlTimer = nullptr;
    QTimer *m_progressTimer = nullptr;

    Phase m_phase = Phase::Idle;
    QString m_finalStatus;
    QString m_reason;
    std::optional<int> m_code;
    bool m_byPlaybook = false;
    QString m_templateName;
    QString m_language;

    int m_window = 0;              // SendOptions::windowFor the run's rate
    QHash<QNetworkReply *, InFlight> m_inFlight;
    RecipientLedger::Outcomes m_outcomes;
    RecipientLedger::Counts m_counts;
    Headroom m_headroom;
    bool m_budgetSpent = false;    // the rows beyond the daily limit were held
    qint64 m_heldUntil = 0;        // > 0: never-tried rows wait for the daily limit until then
    SendWindow m_sendWindow;       // the campaign's window in the recipients' own time (empty: none)
    qint64 m_dueAtMs = 0;          // wall time when planned rows may be due; max = none planned
    qint64 m_requests = 0;
    qint64 m_throttled = 0;
    qint64 m_recovered = 0;
    qint64 m_startUs = 0;
    qint64 m_lastCountsRefreshUs = 0;
    qint64 m_lastProgressUs = 0;
    QList<std::pair<qint64, qint64>> m_rateSamples;   // (time µs, requests)
};

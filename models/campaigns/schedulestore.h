#pragma once

#include "models/campaigns/campaign.h"
#include "models/campaigns/schedule.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// All SQL of the scheduler: which scheduled/recurring campaigns are due, the schedule log, the business-event
// cursors of triggered campaigns, their fires and planning a triggered run. Times are UTC milliseconds and are
// passed in (the scheduler's clock), never read here, so tests can run a fake clock.
class ScheduleStore
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleStore)

public:
    explicit ScheduleStore(QSqlDatabase db);

    // Active scheduled/recurring campaigns whose next occurrence is at or before `now`.
    QList<Campaign> dueCampaigns(qint64 now, QString *error) const;
    // Active triggered campaigns.
    QList<Campaign> activeTriggered(QString *error) const;

    // Claims an occurrence: moves next_fire_at from `occurrenceAt` to `next` (0 = none: the campaign becomes
    // inactive). False with an empty *error when another process already moved it.
    bool advance(qint64 campaignId, qint64 occurrenceAt, qint64 next, QString *error);

    struct LogEntry
    {
        qint64 occurrenceAt = 0;
        QString outcome; // fired, skipped-missed, failed
        qint64 runId = 0;
        QString detail;
        qint64 loggedAt = 0;
    };
    bool log(qint64 campaignId, const LogEntry &entry, QString *error);
    QList<LogEntry> logFor(qint64 campaignId, QString *error) const;

    // Triggered campaigns read business_events after a cursor. A newly started campaign begins at the newest
    // event and remembers when it was started (startedAt): only events that occurred from then on trigger it,
    // also those that arrive later (a relay feed polled after the start, an event pushed with an earlier time).
    bool startCursorAtNewest(qint64 campaignId, qint64 startedAt, QString *error);
    qint64 cursor(qint64 campaignId, QString *error) const;
    // When the campaign was started (UTC ms), 0 if unknown (started before this was recorded); -1 on error.
    qint64 triggerStartedAt(qint64 campaignId, QString *error) const;

    struct Event
    {
        qint64 id = 0;
        QString name;
        QString phone;
        qint64 occurredAt = 0;
        QJsonObject data;
    };
    // Events named `name` after the cursor, oldest first.
    QList<Event> eventsAfter(qint64 afterId, const QString &name, int limit, QString *error) const;

    struct Fire
    {
        qint64 id = 0;
        qint64 eventId = 0;
        QString phone;
        qint64 dueAt = 0;
        QString state; // pending, sent, suppressed, cancelled
        QString reason;
        qint64 runId = 0;
    };
    // Records pending fires for matching events and moves the cursor to `cursor`, in one transaction.
    bool addFires(qint64 campaignId, const QList<Fire> &fires, qint64 cursor, qint64 now, QString *error);
    QList<Fire> fires(qint64 campaignId, QString *error) const;

    struct TriggerBatch
    {
        qint64 runId = 0; // 0: nothing to send
        int sent = 0; // recipients put in the run
        int suppressed = 0; // cooldown, consent, no contact, no parameter value
        int cancelled = 0; // the unless-event happened
        QStringList decisions; // one line per fire, for the log
    };
    // Decides the campaign's due fires (unless-event → cancelled; no contact, no consent, cooldown, a parameter
    // without a value → suppressed) and puts the rest in one new run (run_kind 'triggered') with each recipient's
    // components rendered with the event's data, all in one transaction.
    std::optional<TriggerBatch> planTriggered(
        const Campaign &campaign, const TriggerSpec &spec, qint64 now, QString *error);

    // Runs the scheduler started that no sender finished: status planned or running (a process that died while
    // sending), planned at or after `since`. {campaign id, run id}, oldest first.
    QList<QPair<qint64, qint64>> unfinishedRuns(qint64 since, QString *error) const;

private:
    QSqlDatabase m_db;
};

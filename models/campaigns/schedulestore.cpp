#include "models/campaigns/schedulestore.h"
#include "models/storage/sqldialect.h"

#include "models/core/clock.h"
#include "models/storage/sqltransaction.h"

#include "models/campaigns/sendwindowplan.h"
#include "models/campaigns/triggercontact.h"
#include "models/contacts/contact.h"
#include "models/templates/templatestore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
// A triggered message is never sent more than this long after it was due (see planTriggeredRun).
constexpr qint64 kStaleFireMs = 24 * kHourMs;

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

ScheduleStore::ScheduleStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

static QList<Campaign> campaignsWhere(
    const QSqlDatabase &db, const QString &where, const QVariantList &values, QString *error)
{
    QList<Campaign> result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM campaigns WHERE ") + where + QStringLiteral(" ORDER BY next_fire_at, id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return result;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    CampaignStore store(db);
    for (qint64 id : std::as_const(ids)) {
        if (auto c = store.byId(id, error))
            result << *c;
        else
            return {};
    }
    return result;
}

QList<Campaign> ScheduleStore::dueCampaigns(qint64 now, QString *error) const
{
    return campaignsWhere(m_db,
        QStringLiteral("active = 1 AND kind IN ('scheduled', 'recurring') AND next_fire_at IS NOT NULL "
                       "AND next_fire_at <= ?"),
        { now }, error);
}

QList<Campaign> ScheduleStore::activeTriggered(QString *error) const
{
    return campaignsWhere(m_db, QStringLiteral("active = 1 AND kind = 'triggered'"), {}, error);
}

bool ScheduleStore::advance(qint64 campaignId, qint64 occurrenceAt, qint64 next, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE campaigns SET next_fire_at = ?, active = ?, updated_at = ? "
                             "WHERE id = ? AND active = 1 AND next_fire_at = ?"));
    q.addBindValue(nullableId(next));
    q.addBindValue(next > 0 ? 1 : 0);
    q.addBindValue(occurrenceAt);
    q.addBindValue(campaignId);
    q.addBindValue(occurrenceAt);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool ScheduleStore::log(qint64 campaignId, const LogEntry &entry, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO schedule_log (campaign_id, occurrence_at, outcome, run_id, detail, logged_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, occurrence_at) DO UPDATE SET "
                       "outcome = excluded.outcome, run_id = excluded.run_id, detail = excluded.detail, "
                       "logged_at = excluded.logged_at"));
    q.addBindValue(campaignId);
    q.addBindValue(entry.occurrenceAt);
    q.addBindValue(entry.outcome);
    q.addBindValue(nullableId(entry.runId));
    q.addBindValue(entry.detail.isNull() ? QStringLiteral("") : entry.detail);
    q.addBindValue(entry.loggedAt);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<ScheduleStore::LogEntry> ScheduleStore::logFor(qint64 campaignId, QString *error) const
{
    QList<LogEntry> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT occurrence_at, outcome, run_id, detail, logged_at FROM schedule_log "
                             "WHERE campaign_id = ? ORDER BY occurrence_at"));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result << LogEntry { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toLongLong() };
    return result;
}

bool ScheduleStore::startCursorAtNewest(qint64 campaignId, qint64 startedAt, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO trigger_cursors (campaign_id, last_event_id, started_at) "
                             "VALUES (?, (SELECT coalesce(max(id), 0) FROM business_events), ?) "
                             "ON CONFLICT (campaign_id) DO UPDATE SET last_event_id = excluded.last_event_id, "
                             "started_at = excluded.started_at"));
    q.addBindValue(campaignId);
    q.addBindValue(startedAt);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 ScheduleStore::cursor(qint64 campaignId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT last_event_id FROM trigger_cursors WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ScheduleStore::triggerStartedAt(qint64 campaignId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT started_at FROM trigger_cursors WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<ScheduleStore::Event> ScheduleStore::eventsAfter(
    qint64 afterId, const QString &name, int limit, QString *error) const
{
    QList<Event> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, phone, occurred_at, data FROM business_events WHERE id > ? AND name = ? "
                             "ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(name);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result << Event { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object() };
    return result;
}

bool ScheduleStore::addFires(qint64 campaignId, const QList<Fire> &fires, qint64 cursor, qint64 now, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    const bool ok = [&] {
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO trigger_fires (campaign_id, event_id, phone, due_at, state, "
                           "created_at) VALUES (?, ?, ?, ?, 'pending', ?) ON CONFLICT DO NOTHING"));
        for (const Fire &f : fires) {
            insert.addBindValue(campaignId);
            insert.addBindValue(f.eventId);
            insert.addBindValue(f.phone);
            insert.addBindValue(f.dueAt);
            insert.addBindValue(now);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        QSqlQuery c(m_db);
        c.prepare(QStringLiteral("INSERT INTO trigger_cursors (campaign_id, last_event_id) VALUES (?, ?) "
                                 "ON CONFLICT (campaign_id) DO UPDATE SET last_event_id = excluded.last_event_id"));
        c.addBindValue(campaignId);
        c.addBindValue(cursor);
        if (!c.exec()) {
            *error = c.lastError().text();
            return false;
        }
        return true;
    }();
    if (!ok || !m_db.commit()) {
        if (ok)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QList<ScheduleStore::Fire> ScheduleStore::fires(qint64 campaignId, QString *error) const
{
    QList<Fire> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, event_id, phone, due_at, state, reason, run_id FROM trigger_fires "
                             "WHERE campaign_id = ? ORDER BY id"));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result << Fire { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong() };
    return result;
}

std::optional<ScheduleStore::TriggerBatch> ScheduleStore::planTriggered(
    const Campaign &campaign, const TriggerSpec &spec, qint64 now, QString *error)
{
    TriggerBatch batch;
    const auto tmpl = TemplateStore(m_db).find(campaign.accountId, campaign.templateName, campaign.language, error);
    const QString templateProblem = !tmpl
        ? tr("the template %1 (%2) is not in the workspace").arg(campaign.templateName, campaign.language)
        : !tmpl->isSendable()
        ? tr("the template %1 (%2) is %3, not APPROVED").arg(tmpl->name, tmpl->language, tmpl->status)
        : MessageRenderer::checkMapping(*tmpl, campaign.params);
    error->clear();

    SqlTransaction transaction(m_db);
    if (!transaction.begin().report(error))
        return std::nullopt;
    const bool ok = [&] {
        QSqlQuery due(m_db);
        due.prepare(QStringLiteral(
            "SELECT f.id, f.phone, e.occurred_at, e.data, f.due_at, e.phone_problem, e.id, e.name "
            "FROM trigger_fires f "
            "JOIN business_events e ON e.id = f.event_id "
            "WHERE f.campaign_id = ? AND f.state = 'pending' AND f.due_at <= ? ORDER BY f.due_at, f.id"));
        due.addBindValue(campaign.id);
        due.addBindValue(now);
        if (!due.exec()) {
            *error = due.lastError().text();
            return false;
        }
        struct Due
        {
            qint64 id;
            QString phone;
            qint64 occurredAt;
            QJsonObject data;
            qint64 dueAt;
            QString phoneProblem;
            qint64 eventId;
            QString eventName;
        };
        QList<Due> dues;
        while (due.next())
            dues << Due { due.value(0).toLongLong(), due.value(1).toString(), due.value(2).toLongLong(),
                QJsonDocument::fromJson(due.value(3).toString().toUtf8()).object(), due.value(4).toLongLong(),
                due.value(5).toString(), due.value(6).toLongLong(), due.value(7).toString() };
        if (dues.isEmpty())
            return true;
        // A campaign has at most one unfinished run: while the previous batch's run is still sending (or paused), the
        // due fires stay pending and go into the next batch once it has ended.
        CampaignStore campaigns(m_db);
        const auto current = campaigns.currentRun(campaign.id, error);
        if (!current)
            return false;
        if (current->id > 0 && CampaignStore::isUnfinished(current->status)) {
            batch.decisions << tr("%n due fire(s) wait: run %1 of this campaign is still %2", nullptr, int(dues.size()))
                                   .arg(current->id)
                                   .arg(current->status);
            return true;
        }

        QSqlQuery decide(m_db);
        decide.prepare(
            QStringLiteral("UPDATE trigger_fires SET state = ?, reason = ?, run_id = ?, decided_at = ? WHERE id = ?"));
        auto setState = [&](qint64 id, const QString &state, const QString &reason, qint64 runId) {
            decide.addBindValue(state);
            decide.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
            decide.addBindValue(nullableId(runId));
            decide.addBindValue(now);
            decide.addBindValue(id);
            if (!decide.exec()) {
                *error = decide.lastError().text();
                return false;
            }
            return true;
        };
        QSqlQuery unless(m_db);
        unless.prepare(QStringLiteral("SELECT 1 FROM business_events WHERE phone = ? AND name = ? AND occurred_at >= ? "
                                      "AND occurred_at <= ? LIMIT 1"));
        QSqlQuery recent(m_db);
        recent.prepare(
            QStringLiteral("SELECT 1 FROM trigger_fires WHERE campaign_id = ? AND phone = ? AND state = 'sent' "
                           "AND decided_at > ? LIMIT 1"));
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO recipients (run_id, contact_id, phone, state, components, updated_at) "
                           "VALUES (?, ?, ?, 'planned', ?, ?)"));
        QSet<QString> inRun;
        for (const Due &d : std::as_const(dues)) {
            auto suppress = [&](const QString &reason) {
                batch.decisions << tr("fire %1 (%2): suppressed, %3").arg(d.id).arg(d.phone, reason);
                ++batch.suppressed;
                return setState(d.id, QStringLiteral("suppressed"), reason, 0);
            };
            if (!spec.unlessEvent.isEmpty()) {
                unless.addBindValue(d.phone);
                unless.addBindValue(spec.unlessEvent);
                unless.addBindValue(d.occurredAt);
                unless.addBindValue(d.occurredAt + spec.unlessWithinHours * kHourMs);
                if (!unless.exec()) {
                    *error = unless.lastError().text();
                    return false;
                }
                if (unless.next()) {
                    const QString reason
                        = tr("“%1” happened within %2 hours").arg(spec.unlessEvent).arg(spec.unlessWithinHours);
                    batch.decisions << tr("fire %1 (%2): cancelled, %3").arg(d.id).arg(d.phone, reason);
                    ++batch.cancelled;
                    if (!setState(d.id, QStringLiteral("cancelled"), reason, 0))
                        return false;
                    continue;
                }
            }
            // An event seen long after it was due (no Herald ran for a day, or the shop pushed old orders) is not
            // worth a message any more: "your order is on its way" a week late confuses the customer.
            if (now - d.dueAt > kStaleFireMs) {
                if (!suppress(tr("the event is too old (due %1 hours ago; messages are sent at most %2 hours late)")
                                  .arg((now - d.dueAt) / kHourMs)
                                  .arg(kStaleFireMs / kHourMs)))
                    return false;
                continue;
            }
            if (!templateProblem.isEmpty()) {
                if (!suppress(templateProblem))
                    return false;
                continue;
            }
            // A shop's phone libphonenumber could not read (or none): kept on the event, never guessed at.
            if (!d.phoneProblem.isEmpty()) {
                if (!suppress(d.phoneProblem))
                    return false;
                continue;
            }
            if (inRun.contains(d.phone))
                continue; // another event of this contact is in this run; this one waits for the next batch
            const auto who = TriggerContact::resolve(
                m_db, spec, { d.eventId, d.eventName, d.phone, d.occurredAt, d.data }, error);
            if (!who)
                return false;
            if (!who->note.isEmpty())
                batch.decisions << tr("fire %1 (%2): %3").arg(d.id).arg(d.phone, who->note);
            // The same consent rule as Audience: opted in and not opted out.
            if (!who->refusal.isEmpty()) {
                if (!suppress(who->refusal))
                    return false;
                continue;
            }
            const Contact &c = who->contact;
            if (spec.cooldownHours > 0) {
                recent.addBindValue(campaign.id);
                recent.addBindValue(d.phone);
                recent.addBindValue(now - spec.cooldownHours * kHourMs);
                if (!recent.exec()) {
                    *error = recent.lastError().text();
                    return false;
                }
                if (recent.next()) {
                    if (!suppress(tr("cooldown: already sent within %1 hours").arg(spec.cooldownHours)))
                        return false;
                    continue;
                }
            }
            const RenderedMessage m = MessageRenderer::render(*tmpl, campaign.params, c, d.data);
            if (!m.problem.isEmpty()) {
                if (!suppress(m.problem))
                    return false;
                continue;
            }
            if (batch.runId == 0) {
                QSqlQuery run(m_db);
                run.prepare(QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, template_json, planned_at, "
                                           "updated_at, run_kind) VALUES (?, 'planned', ?, ?, ?, 'triggered') RETURNING id"));
                // planned_at is wall-clock time like every run's (`now` is the scheduler's clock, for the decisions).
                const qint64 planned = Clock::nowMs();
                run.addBindValue(campaign.id);
                run.addBindValue(QString::fromUtf8(QJsonDocument(tmpl->toGraphJson()).toJson(QJsonDocument::Compact)));
                run.addBindValue(planned);
                run.addBindValue(planned);
                if (!run.exec()) {
                    *error = run.lastError().text();
                    return false;
                }
                batch.runId = SqlDialect::insertedId(run);
            }
            insert.addBindValue(batch.runId);
            insert.addBindValue(c.id);
            insert.addBindValue(c.phone);
            insert.addBindValue(compact(m.components));
            insert.addBindValue(Clock::nowMs());
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
            inRun.insert(d.phone);
            ++batch.sent;
            batch.decisions << tr("fire %1 (%2): in run %3").arg(d.id).arg(d.phone).arg(batch.runId);
            if (!setState(d.id, QStringLiteral("sent"), {}, batch.runId))
                return false;
        }
        return batch.runId == 0 || SendWindowPlan::apply(m_db, batch.runId, Clock::nowMs(), error);
    }();
    if (!ok || !transaction.commit().report(error))
        return std::nullopt;
    return batch;
}

QList<QPair<qint64, qint64>> ScheduleStore::unfinishedRuns(qint64 since, QString *error) const
{
    QList<QPair<qint64, qint64>> result;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT campaign_id, id FROM campaign_runs WHERE status IN ('planned', 'running') "
                       "AND (run_kind = 'triggered' OR occurrence_at IS NOT NULL) AND planned_at >= ? ORDER BY id"));
    q.addBindValue(since);
    if (!q.exec()) {
        *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return result;
}

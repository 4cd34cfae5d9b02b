#include "models/campaigns/campaignchecks.h"

#include "models/campaigns/schedule.h"
#include "models/templates/templatestore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

std::optional<CampaignChecks::Problem> CampaignChecks::checkSchedule(const Campaign &c, qint64 nowUtcMs)
{
    if (c.kind != QLatin1String("scheduled"))
        return std::nullopt;
    QString error;
    const auto schedule = Schedule::fromJson(c.schedule, false, &error);
    if (!schedule)
        return Problem{QStringLiteral("at"), error};
    const qint64 minuteStart = nowUtcMs - nowUtcMs % 60000;
    if (schedule->nextOccurrence(minuteStart))
        return std::nullopt;
    const QTimeZone zone(schedule->timeZone.toUtf8());
    const QString now = QDateTime::fromMSecsSinceEpoch(nowUtcMs, zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    return Problem{QStringLiteral("at"),
                   tr("The send time %1 has already passed: it is now %2 in %3. Give a later time.")
                       .arg(schedule->at, now, schedule->timeZone)};
}

std::optional<CampaignChecks::Problem> CampaignChecks::checkTemplate(QSqlDatabase db, const Campaign &c)
{
    QString error;
    const auto tmpl = TemplateStore(db).find(c.accountId, c.templateName, c.language, &error);
    if (!tmpl) {
        return Problem{QStringLiteral("template"),
                       error.isEmpty() ? tr("There is no template “%1” in language %2 for this account. Sync the "
                                            "templates first.")
                                             .arg(c.templateName, c.language)
                                       : error};
    }
    if (tmpl->isSendable())
        return std::nullopt;
    const QString status = tmpl->deleted ? QStringLiteral("DELETED") : tmpl->status;
    return Problem{QStringLiteral("template"),
                   tr("The template “%1” (%2) is %3, so nothing can be sent with it; only APPROVED templates can be "
                      "used. Check its status in WhatsApp Manager and sync the templates, or choose another template.")
                       .arg(c.templateName, c.language, status.isEmpty() ? tr("a draft not yet submitted") : status)};
}

std::optional<CampaignChecks::Problem> CampaignChecks::checkAudience(QSqlDatabase db, const QString &audience)
{
    QString error;
    const QStringList terms = Audience::terms(audience, &error);
    if (!error.isEmpty())
        return Problem{QStringLiteral("audience"), error};
    for (const QString &term : terms) {
        const QStringList parts = term.split(QLatin1Char(':'));
        const bool byCampaign = parts.first().compare(QLatin1String("campaign"), Qt::CaseInsensitive) == 0;
        if (!byCampaign && parts.first().compare(QLatin1String("run"), Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 id = parts.value(1).toLongLong(&ok);
        if (!ok)
            continue;   // a malformed term: CampaignStore's audience check names it
        QSqlQuery q(db);
        q.prepare(byCampaign ? QStringLiteral("SELECT 1 FROM campaigns WHERE id = ?")
                             : QStringLiteral("SELECT 1 FROM campaign_runs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Problem{QStringLiteral("audience"), q.lastError().text()};
        if (q.next())
            continue;
        return Problem{QStringLiteral("audience"),
                       byCampaign ? tr("The audience term “%1” names campaign %2, which does not exist; see "
                                       "herald-cli campaign list.")
                                        .arg(term)
                                        .arg(id)
                                  : tr("The audience term “%1” names run %2, which does not exist; check the run "
                                       "ID.")
                                        .arg(term)
                                        .arg(id)};
    }
    return std::nullopt;
}

std::optional<CampaignChecks::Problem> CampaignChecks::check(QSqlDatabase db, const Campaign &c, qint64 nowUtcMs)
{
    if (auto p = checkSchedule(c, nowUtcMs))
        return p;
    if (auto p = checkTemplate(db, c))
        return p;
    return checkAudience(db, c.audience);
}

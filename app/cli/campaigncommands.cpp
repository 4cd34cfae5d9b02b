// herald-cli campaign …: create, inspect and control campaigns (sending lives in campaignrun.cpp).
#include "cli/campaignoptions.h"
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/scheduler/scheduler.h"
#include "engine/send/runservice.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/campaignchecks.h"
#include "models/campaigns/schedule.h"
#include "models/campaigns/schedulestore.h"
#include "models/core/clock.h"
#include "models/ledger/ledger.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Cli;

namespace {

using State = RecipientLedger::State;


QJsonObject campaignJson(const Campaign &c)
{
    QJsonArray params;
    for (const ParamMapping &p : c.params)
        params.append(p.toString());
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("account_id"), c.accountId},
            {QStringLiteral("account_ids"), [&] {
                 QJsonArray ids;
                 for (qint64 id : c.accountIds.isEmpty() ? QList<qint64>{c.accountId} : c.accountIds)
                     ids.append(id);
                 return ids;
             }()},
            {QStringLiteral("template"), c.templateName},
            {QStringLiteral("language"), c.language},
            {QStringLiteral("audience"), c.audience},
            {QStringLiteral("params"), params},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("kind"), c.kind},
            {QStringLiteral("schedule"), c.schedule.isEmpty() ? QJsonValue() : QJsonValue(c.schedule)},
            {QStringLiteral("trigger"), c.trigger.isEmpty() ? QJsonValue() : QJsonValue(c.trigger)},
            {QStringLiteral("active"), c.active},
            {QStringLiteral("next_fire_at"), isoOrNull(c.nextFireAt)},
            {QStringLiteral("send_window"), c.sendWindow.isEmpty() ? QJsonValue() : QJsonValue(c.sendWindow)}};
}

// campaign create's options for the campaign types. Each validation error names its option.
struct TypeOptions
{
    const QCommandLineOption type{QStringLiteral("type"),
                                  trCli("once (default: sent when started), scheduled, recurring or triggered."),
                                  QStringLiteral("KIND")};
    const QCommandLineOption at{QStringLiteral("at"), trCli("scheduled: local date and time, YYYY-MM-DDTHH:MM."),
                                QStringLiteral("WHEN")};
    const QCommandLineOption tz{QStringLiteral("tz"),
                                trCli("IANA time zone of --at/--time, e.g. Europe/Berlin (default: this computer's)."),
                                QStringLiteral("ZONE")};
    const QCommandLineOption every{QStringLiteral("every"), trCli("recurring: daily, weekly or monthly."),
                                   QStringLiteral("PERIOD")};
    const QCommandLineOption days{QStringLiteral("days"), trCli("weekly: weekdays, e.g. mon,wed,fri."),
                                  QStringLiteral("DAYS")};
    const QCommandLineOption dayOfMonth{QStringLiteral("day-of-month"),
                                        trCli("monthly: 1-31 (a shorter month sends on its last day)."),
                                        QStringLiteral("N")};
    const QCommandLineOption time{QStringLiteral("time"), trCli("recurring: local time of day, HH:MM."),
                                  QStringLiteral("HH:MM")};
    const QCommandLineOption start{QStringLiteral("start"), trCli("recurring: first local date, YYYY-MM-DD."),
                                   QStringLiteral("DATE")};
    const QCommandLineOption end{QStringLiteral("end"), trCli("recurring: last local date, YYYY-MM-DD."),
                                 QStringLiteral("DATE")};
    const QCommandLineOption grace{QStringLiteral("grace"),
                                   trCli("Minutes an occurrence may still be sent late (default 60); later it is "
                                         "skipped and logged."),
                                   QStringLiteral("MINUTES")};
    const QCommandLineOption event{QStringLiteral("event"), trCli("triggered: the business event's name."),
                                   QStringLiteral("NAME")};
    const QCommandLineOption when{QStringLiteral("when"),
                                  trCli("triggered: a condition on the event's data, e.g. \"total>=100\" "
                                        "(= != > >= < <= contains exists; repeatable)."),
                                  QStringLiteral("COND")};
    const QCommandLineOption match{QStringLiteral("match"), trCli("triggered: all (default) or any of the --when."),
                                   QStringLiteral("all|any")};
    const QCommandLineOption delay{QStringLiteral("delay"), trCli("triggered: minutes to wait after the event."),
                                   QStringLiteral("MINUTES")};
    const QCommandLineOption unless{QStringLiteral("unless"),
                                    trCli("triggered: do not send if EVENT happens within HOURS, e.g. order_paid:2."),
                                    QStringLiteral("EVENT:HOURS")};
    const QCommandLineOption cooldown{QStringLiteral("cooldown"),
                                      trCli("triggered: at most once per contact per HOURS (default 24)."),
                                      QStringLiteral("HOURS")};
    const QCommandLineOption consentField{
        QStringLiteral("consent-field"),
        trCli("triggered: where the event says the customer agreed to WhatsApp messages, e.g. "
              "order.buyer_accepts_marketing; a customer who is not yet a contact is opted in only when it says yes."),
        QStringLiteral("PATH")};

    QList<QCommandLineOption> all() const
    {
        return {type, at, tz, every, days, dayOfMonth, time, start, end, grace, event, when, match, delay, unless, cooldown,
                consentField};
    }

    // Fills c->kind, c->schedule and c->trigger from the options.
    bool apply(const QCommandLineParser &p, Campaign *c, QString *error) const
    {
        c->kind = p.isSet(type) ? p.value(type) : QStringLiteral("once");
        static const QStringList kinds = {QStringLiteral("once"), QStringLiteral("scheduled"), QStringLiteral("recurring"),
                                          QStringLiteral("triggered")};
        if (!kinds.contains(c->kind))
            return failWith(error, trCli("--type must be once, scheduled, recurring or triggered."));
        const bool scheduled = c->kind == QLatin1String("scheduled");
        const bool recurring = c->kind == QLatin1String("recurring");
        const bool triggered = c->kind == QLatin1String("triggered");
        for (const QCommandLineOption *o : {&at}) {
            if (p.isSet(*o) && !scheduled)
                return failWith(error, trCli("--%1 needs --type scheduled.").arg(o->names().first()));
        }
        for (const QCommandLineOption *o : {&every, &days, &dayOfMonth, &time, &start, &end}) {
            if (p.isSet(*o) && !recurring)
                return failWith(error, trCli("--%1 needs --type recurring.").arg(o->names().first()));
        }
        for (const QCommandLineOption *o : {&tz, &grace}) {
            if (p.isSet(*o) && !scheduled && !recurring)
                return failWith(error, trCli("--%1 needs --type scheduled or recurring.").arg(o->names().first()));
        }
        for (const QCommandLineOption *o : {&event, &when, &match, &delay, &unless, &cooldown, &consentField}) {
            if (p.isSet(*o) && !triggered)
                return failWith(error, trCli("--%1 needs --type triggered.").arg(o->names().first()));
        }
        if (scheduled || recurring)
            return applySchedule(p, recurring, c, error);
        if (triggered)
            return applyTrigger(p, c, error);
        return true;
    }

private:
    static bool failWith(QString *error, const QString &message)
    {
        *error = message;
        return false;
    }

    static bool wholeNumber(const QString &text, int min, int max, int *value)
    {
        bool ok = false;
        *value = text.toInt(&ok);
        return ok && *value >= min && *value <= max;
    }

    bool applySchedule(const QCommandLineParser &p, bool recurring, Campaign *c, QString *error) const
    {
        QJsonObject o;
        const QString zone = p.isSet(tz) ? p.value(tz) : QString::fromUtf8(QTimeZone::systemTimeZoneId());
        if (!QTimeZone(zone.toUtf8()).isValid())
            return failWith(error, trCli("--tz: “%1” is not a known IANA time zone (e.g. Europe/Berlin).").arg(zone));
        o.insert(QStringLiteral("tz"), zone);
        if (p.isSet(grace)) {
            int minutes = 0;
            if (!wholeNumber(p.value(grace), 0, 7 * 24 * 60, &minutes))
                return failWith(error, trCli("--grace must be a whole number of minutes from 0 to 10080."));
            o.insert(QStringLiteral("grace_minutes"), minutes);
        }
        if (!recurring) {
            if (!p.isSet(at) || !QDateTime::fromString(p.value(at), QStringLiteral("yyyy-MM-ddTHH:mm")).isValid())
                return failWith(error, trCli("--at needs a local date and time like 2026-12-01T09:00."));
            o.insert(QStringLiteral("at"), p.value(at));
        } else {
            const QString period = p.value(every);
            if (period != QLatin1String("daily") && period != QLatin1String("weekly") && period != QLatin1String("monthly"))
                return failWith(error, trCli("--every must be daily, weekly or monthly."));
            o.insert(QStringLiteral("every"), period);
            if (!QTime::fromString(p.value(time), QStringLiteral("HH:mm")).isValid())
                return failWith(error, trCli("--time needs a local time like 09:00."));
            o.insert(QStringLiteral("time"), p.value(time));
            if (period == QLatin1String("weekly")) {
                static const QStringList names = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                                  QStringLiteral("sun")};
                QJsonArray list;
                for (const QString &d : p.value(days).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const qsizetype i = names.indexOf(d.trimmed().left(3).toLower());
                    if (i < 0)
                        return failWith(error, trCli("--days: “%1” is not a weekday (mon,tue,wed,thu,fri,sat,sun).").arg(d));
                    list.append(int(i) + 1);
                }
                if (list.isEmpty())
                    return failWith(error, trCli("--days is needed with --every weekly, e.g. --days mon,thu."));
                o.insert(QStringLiteral("days"), list);
            } else if (p.isSet(days)) {
                return failWith(error, trCli("--days needs --every weekly."));
            }
            if (period == QLatin1String("monthly")) {
                int day = 0;
                if (!wholeNumber(p.value(dayOfMonth), 1, 31, &day))
                    return failWith(error, trCli("--day-of-month is needed with --every monthly: 1 to 31."));
                o.insert(QStringLiteral("day_of_month"), day);
            } else if (p.isSet(dayOfMonth)) {
                return failWith(error, trCli("--day-of-month needs --every monthly."));
            }
            for (const QCommandLineOption *d : {&start, &end}) {
                if (!p.isSet(*d))
                    continue;
                if (!QDate::fromString(p.value(*d), QStringLiteral("yyyy-MM-dd")).isValid())
                    return failWith(error, trCli("--%1 needs a date like 2026-12-31.").arg(d->names().first()));
                o.insert(d->names().first(), p.value(*d));
            }
        }
        if (!Schedule::fromJson(o, recurring, error))
            return false;
        c->schedule = o;
        return true;
    }

    bool applyTrigger(const QCommandLineParser &p, Campaign *c, QString *error) const
    {
        QJsonObject o;
        if (p.value(event).trimmed().isEmpty())
            return failWith(error, trCli("--event is needed with --type triggered (the business event's name)."));
        o.insert(QStringLiteral("event"), p.value(event).trimmed());
        if (p.isSet(match)) {
            if (p.value(match) != QLatin1String("all") && p.value(match) != QLatin1String("any"))
                return failWith(error, trCli("--match must be all or any."));
            o.insert(QStringLiteral("match"), p.value(match));
        }
        // A key may hold a filter in brackets: note_attributes[name=gift].value=yes.
        static const QRegularExpression compare(
            QStringLiteral("^\\s*((?:[^<>=!\\s\\[]|\\[[^\\]]*\\])+)\\s*(>=|<=|!=|=|>|<)\\s*(.*)$"));
        static const QRegularExpression words(QStringLiteral("^\\s*(\\S+)\\s+(contains|exists)\\s*(.*)$"));
        QJsonArray conditions;
        for (const QString &w : p.values(when)) {
            QRegularExpressionMatch m = words.match(w);
            if (!m.hasMatch())
                m = compare.match(w);
            if (!m.hasMatch() || (m.captured(2) == QLatin1String("exists") && !m.captured(3).trimmed().isEmpty()))
                return failWith(error, trCli("--when “%1” should look like total>=100, city=Pune, note contains gift or "
                                             "coupon exists.")
                                           .arg(w));
            QJsonObject cond{{QStringLiteral("key"), m.captured(1)}, {QStringLiteral("op"), m.captured(2)}};
            if (m.captured(2) != QLatin1String("exists"))
                cond.insert(QStringLiteral("value"), m.captured(3).trimmed());
            conditions.append(cond);
        }
        o.insert(QStringLiteral("conditions"), conditions);
        if (p.isSet(delay)) {
            int minutes = 0;
            if (!wholeNumber(p.value(delay), 0, 365 * 24 * 60, &minutes))
                return failWith(error, trCli("--delay must be a whole number of minutes, 0 or more."));
            o.insert(QStringLiteral("delay_minutes"), minutes);
        }
        if (p.isSet(unless)) {
            const QString u = p.value(unless);
            const qsizetype colon = u.lastIndexOf(QLatin1Char(':'));
            int hours = 0;
            if (colon <= 0 || !wholeNumber(u.mid(colon + 1), 1, 365 * 24, &hours))
                return failWith(error, trCli("--unless should look like order_paid:2 (EVENT:HOURS, at least 1 hour)."));
            o.insert(QStringLiteral("unless"),
                     QJsonObject{{QStringLiteral("event"), u.left(colon)}, {QStringLiteral("within_hours"), hours}});
        }
        if (p.isSet(cooldown)) {
            int hours = 0;
            if (!wholeNumber(p.value(cooldown), 0, 365 * 24, &hours))
                return failWith(error, trCli("--cooldown must be a whole number of hours, 0 or more."));
            o.insert(QStringLiteral("cooldown_hours"), hours);
        }
        if (p.isSet(consentField))
            o.insert(QStringLiteral("consent_field"), p.value(consentField).trimmed());
        if (!TriggerSpec::fromJson(o, error))
            return false;
        c->trigger = o;
        return true;
    }
};

} // namespace

int CampaignCreateCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), tr("Campaign name."), QStringLiteral("N"));
    const QCommandLineOption tmpl(QStringLiteral("template"), tr("Approved template name."), QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Template language code, e.g. en_US."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption audience(QStringLiteral("audience"),
                                      tr("Who receives it: all, tag:NAME, attr:KEY=VALUE, combined with and/or/not "
                                         "(default: every opted-in contact)."),
                                      QStringLiteral("EXPR"));
    const QCommandLineOption param(QStringLiteral("param"),
                                   tr("A template parameter: SLOT=SOURCE[|FALLBACK], e.g. body.1=field:name|there, "
                                      "header.1=attr:city, button.0=text:abc (repeatable)."),
                                   QStringLiteral("SLOT=SOURCE"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Sending account (default: the workspace's default)."),
                                     QStringLiteral("N"));
    const QCommandLineOption accounts = campaignAccountsOption();
    p.addOptions({name, tmpl, language, audience, param, account, accounts, jsonOption()});
    const TypeOptions types;
    p.addOptions(types.all());
    p.addOptions(sendWindowOptions());
    QString error;
    if (!parse(p, QStringLiteral("campaign create"), args, &error))
        return usage(error);
    if (!p.isSet(name) || !p.isSet(tmpl) || !p.isSet(language))
        return usage(tr("campaign create needs --name, --template and --language."));
    Campaign c;
    c.name = p.value(name);
    c.templateName = p.value(tmpl);
    c.language = p.value(language);
    c.audience = p.value(audience);
    for (const QString &text : p.values(param)) {
        const auto m = ParamMapping::parse(text, &error);
        if (!m)
            return usage(error);
        c.params << *m;
    }
    if (!types.apply(p, &c, &error) || !applySendWindow(p, &c, &error))
        return usage(error);
    const qint64 now = Clock::nowMs();
    if (const auto problem = CampaignChecks::checkSchedule(c, now))
        return usage(problem->message);
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const auto a = chosenAccount(ws, p, &error, account);
    if (!a && !p.isSet(accounts))
        return fail(error);
    c.accountId = a ? a->id : 0;
    if (!applyCampaignAccounts(ws.database(), p, account, &c, &error))
        return fail(error);
    if (const auto problem = CampaignChecks::check(ws.database(), c, now))
        return fail(QStringLiteral("--%1: %2").arg(problem->field, problem->message));
    const qint64 id = CampaignStore(ws.database()).create(c, &error);
    if (id == 0)
        return fail(error);
    if (p.isSet(jsonOption()))
        printJson({{QStringLiteral("id"), id}});
    else if (c.kind == QLatin1String("once"))
        out() << tr("Campaign %1 “%2” created. Send it with: herald-cli campaign run %1").arg(id).arg(c.name) << Qt::endl;
    else
        out() << tr("Campaign %1 “%2” created (%3). Activate it with: herald-cli campaign start %1")
                     .arg(id)
                     .arg(c.name, c.kind)
              << Qt::endl;
    return 0;
}

int CampaignListCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("campaign list"), args, &error))
        return usage(error);
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const Result<QList<Campaign>> listed = CampaignStore(ws.database()).list();
    if (!listed)
        return fail(listed.error());
    const QList<Campaign> &campaigns = *listed;
    if (p.isSet(jsonOption())) {
        QJsonArray list;
        for (const Campaign &c : campaigns)
            list.append(campaignJson(c));
        printJson({{QStringLiteral("campaigns"), list}});
        return 0;
    }
    for (const Campaign &c : campaigns)
        out() << c.id << QLatin1Char('\t') << c.name << QLatin1Char('\t') << c.templateName << QLatin1Char('/') << c.language
              << QLatin1Char('\t') << c.status << Qt::endl;
    return 0;
}

int CampaignShowCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("campaign show"), args, &error))
        return usage(error);
    const std::optional<qint64> idArg = idArgument(p);
    if (!idArg)
        return usage(tr("campaign show needs one campaign ID."));
    const qint64 id = *idArg;
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    CampaignStore store(ws.database());
    const auto c = store.byId(id, &error);
    if (!c)
        return fail(error);
    QJsonObject o = campaignJson(*c);
    const std::optional<qint64> latest = store.latestRun(id, &error);
    if (!latest)
        return fail(error);
    const qint64 run = *latest;
    if (run > 0) {
        RecipientLedger ledger(ws.database());
        QJsonObject runJson{{QStringLiteral("id"), run}, {QStringLiteral("status"), ledger.runStatus(run, &error)}};
        if (const auto counts = ledger.counts(run, &error))
            runJson.insert(QStringLiteral("recipients"), ledgerCountsJson(*counts));
        o.insert(QStringLiteral("run"), runJson);
    }
    // The scheduler's decisions: every occurrence fired, skipped (missed beyond the grace window) or failed.
    QJsonArray scheduleLog;
    for (const ScheduleStore::LogEntry &e : ScheduleStore(ws.database()).logFor(id, &error))
        scheduleLog.append(QJsonObject{
            {QStringLiteral("occurrence_at"), QDateTime::fromMSecsSinceEpoch(e.occurrenceAt, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("run"), e.runId > 0 ? QJsonValue(e.runId) : QJsonValue()},
            {QStringLiteral("detail"), e.detail}});
    if (c->kind != QLatin1String("once"))
        o.insert(QStringLiteral("schedule_log"), scheduleLog);
    if (p.isSet(jsonOption())) {
        printJson(o);
        return 0;
    }
    out() << tr("Campaign %1 “%2”: template %3 (%4), status %5").arg(c->id).arg(c->name, c->templateName, c->language, c->status)
          << Qt::endl;
    if (c->kind != QLatin1String("once")) {
        QString what;
        if (c->kind == QLatin1String("triggered")) {
            if (const auto spec = TriggerSpec::fromJson(c->trigger, &error))
                what = spec->describe();
        } else if (const auto schedule = Schedule::fromJson(c->schedule, c->kind == QLatin1String("recurring"), &error)) {
            what = schedule->describe();
        }
        out() << tr("Type %1: %2").arg(c->kind, what) << Qt::endl;
        out() << (c->active ? tr("Active; next occurrence: %1")
                                  .arg(c->nextFireAt > 0 ? QDateTime::fromMSecsSinceEpoch(c->nextFireAt, Qt::UTC)
                                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                                         : tr("none (triggered by events)"))
                            : tr("Not active: start it with herald-cli campaign start %1").arg(c->id))
              << Qt::endl;
        for (const QJsonValue &v : std::as_const(scheduleLog)) {
            const QJsonObject e = v.toObject();
            out() << QStringLiteral("  ") << e.value(QStringLiteral("occurrence_at")).toString() << QLatin1Char(' ')
                  << e.value(QStringLiteral("outcome")).toString() << QLatin1Char(' ')
                  << e.value(QStringLiteral("detail")).toString() << Qt::endl;
        }
    }
    if (run > 0) {
        const QJsonObject r = o.value(QStringLiteral("run")).toObject();
        out() << tr("Run %1: %2").arg(run).arg(r.value(QStringLiteral("status")).toString()) << Qt::endl;
        const QJsonObject counts = r.value(QStringLiteral("recipients")).toObject();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            out() << QStringLiteral("  ") << it.key() << QStringLiteral(": ") << it.value().toInteger() << Qt::endl;
    }
    return 0;
}

int CampaignControlCommand::execute(const QString &workspace, const QStringList &args)
{
    const QString request = verb();
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("campaign ") + request, args, &error))
        return usage(error);
    const std::optional<qint64> idArg = idArgument(p);
    if (!idArg)
        return usage(tr("campaign %1 needs one campaign ID.").arg(request));
    const qint64 id = *idArg;
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    CampaignStore store(ws.database());
    const auto campaign = store.byId(id, &error);
    if (!campaign)
        return fail(error);
    const std::optional<qint64> latest = store.latestRun(id, &error);
    if (!latest)
        return fail(error);
    const qint64 run = *latest;
    // A scheduled, recurring or triggered campaign: pause and stop also stop the scheduler from starting runs of
    // it; resume lets it start them again (from the next occurrence).
    const bool scheduling = campaign->kind != QLatin1String("once");
    qint64 next = 0;
    if (scheduling) {
        const bool activate = request == QLatin1String("resume");
        if (!Scheduler::activate(ws, id, activate, Clock::nowMs(), &next, &error)) {
            if (run == 0)
                return fail(error);
            err() << QStringLiteral("herald-cli: ") << error << Qt::endl;
        } else {
            store.setStatus(id, activate ? QStringLiteral("active") : request == QLatin1String("stop") ? QStringLiteral("stopped")
                                                                                                       : QStringLiteral("paused"),
                            &error);
        }
    }
    if (run == 0 && !scheduling)
        return fail(tr("Campaign %1 has not been started; start it with: herald-cli campaign start %1").arg(id));
    RecipientLedger ledger(ws.database());
    // The sender that owns the run (in this or another process) picks the request up within a second; a run that
    // nobody sends is stopped at once (a stopped run is final).
    if (run > 0
        && !(request == QLatin1String("stop") ? RunService::stopRun(ws, id, run, &error)
                                              : ledger.requestControl(run, request, &error)))
        return fail(error);
    if (p.isSet(jsonOption())) {
        QJsonObject o{{QStringLiteral("campaign"), id},
                      {QStringLiteral("run"), run > 0 ? QJsonValue(run) : QJsonValue()},
                      {QStringLiteral("requested"), request}};
        if (scheduling) {
            const auto now = store.byId(id, &error);
            o.insert(QStringLiteral("active"), now && now->active);
            o.insert(QStringLiteral("next_fire_at"), isoOrNull(next));
        }
        printJson(o);
    } else {
        if (scheduling)
            out() << (request == QLatin1String("resume") ? tr("Campaign %1 is active again.").arg(id)
                                                         : tr("Campaign %1 will start no new runs.").arg(id))
                  << Qt::endl;
        if (run > 0)
            out() << tr("Asked run %1 of campaign %2 to %3.").arg(run).arg(id).arg(request) << Qt::endl;
    }
    return 0;
}

// Shared with campaign edit (campaignoptions.h).
QList<QCommandLineOption> Cli::campaignTypeOptions()
{
    return TypeOptions().all();
}

bool Cli::anyCampaignTypeOption(const QCommandLineParser &p)
{
    for (const QCommandLineOption &o : TypeOptions().all()) {
        if (p.isSet(o))
            return true;
    }
    return false;
}

bool Cli::applyCampaignType(const QCommandLineParser &p, Campaign *c, QString *error)
{
    return TypeOptions().apply(p, c, error);
}

QCommandLineOption Cli::campaignAccountsOption()
{
    return QCommandLineOption(QStringLiteral("accounts"),
                              CliCommands::tr("Send from several numbers of one business portfolio, comma-separated account names "
                                 "(the first is the campaign's own; --account may also be repeated)."),
                              QStringLiteral("A,B"));
}

bool Cli::applyCampaignAccounts(QSqlDatabase db, const QCommandLineParser &p, const QCommandLineOption &account,
                                Campaign *c, QString *error)
{
    QStringList names = p.values(account);
    for (const QString &list : p.values(QStringLiteral("accounts")))
        names += list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.isEmpty())
        return true;
    AccountStore store(db);
    QList<qint64> ids;
    for (const QString &raw : std::as_const(names)) {
        const QString name = raw.trimmed();
        QString dbError;
        const auto a = store.byName(name, &dbError);
        if (!a) {
            *error = !dbError.isEmpty() ? dbError
                                        : CliCommands::tr("--accounts: there is no account named “%1” (herald-cli account list shows "
                                             "them).")
                                              .arg(name);
            return false;
        }
        if (!ids.contains(a->id))
            ids << a->id;
    }
    c->accountId = ids.first();
    c->accountIds = ids.size() > 1 ? ids : QList<qint64>{};
    return true;
}

QJsonObject Cli::campaignToJson(const Campaign &c)
{
    return campaignJson(c);
}

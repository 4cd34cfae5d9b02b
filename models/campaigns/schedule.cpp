#include "models/campaigns/schedule.h"

#include <algorithm>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace {

const QString kAtFormat = QStringLiteral("yyyy-MM-ddTHH:mm");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
constexpr int kMaxGraceMinutes = 7 * 24 * 60;
constexpr qint64 kDayMs = 24 * 3600 * 1000;

QString everyName(Schedule::Every e)
{
    switch (e) {
    case Schedule::Every::Daily:
        return QStringLiteral("daily");
    case Schedule::Every::Weekly:
        return QStringLiteral("weekly");
    case Schedule::Every::Monthly:
        return QStringLiteral("monthly");
    case Schedule::Every::Once:
        break;
    }
    return {};
}

bool validDate(const QString &text)
{
    return text.isEmpty() || QDate::fromString(text, kDateFormat).isValid();
}

} // namespace

// The UTC instant of a wall-clock time in a zone. Two instants (fall back): the first. None (spring forward):
// the first instant after the gap, i.e. the transition itself.
std::optional<qint64> Schedule::localInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return std::nullopt;
    const qint64 naive = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    QList<qint64> candidates;
    for (const qint64 probe : { naive - kDayMs, naive + kDayMs }) {
        const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probe, Qt::UTC));
        const qint64 candidate = naive - qint64(offset) * 1000;
        if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(candidate, Qt::UTC)) == offset)
            candidates << candidate;
    }
    if (!candidates.isEmpty())
        return *std::min_element(candidates.cbegin(), candidates.cend());
    // In a gap: the wall clock jumps over this time; the transition is the first valid instant after it.
    const QTimeZone::OffsetData t = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(naive - kDayMs, Qt::UTC));
    if (!t.atUtc.isValid())
        return std::nullopt;
    return t.atUtc.toMSecsSinceEpoch();
}

std::optional<Schedule> Schedule::fromJson(const QJsonObject &json, bool recurring, QString *error)
{
    Schedule s;
    s.timeZone = json.value(QStringLiteral("tz")).toString();
    if (s.timeZone.isEmpty() || !QTimeZone(s.timeZone.toUtf8()).isValid()) {
        *error = tr("The time zone “%1” (tz) is not known: choose one such as Asia/Kolkata or America/Sao_Paulo.").arg(s.timeZone);
        return std::nullopt;
    }
    if (json.contains(QStringLiteral("grace_minutes"))) {
        const QJsonValue g = json.value(QStringLiteral("grace_minutes"));
        s.graceMinutes = g.toInt(-1);
        if (!g.isDouble() || s.graceMinutes < 0 || s.graceMinutes > kMaxGraceMinutes) {
            *error
                = tr("schedule grace_minutes: must be a whole number of minutes from 0 to %1.").arg(kMaxGraceMinutes);
            return std::nullopt;
        }
    }
    if (!recurring) {
        s.every = Every::Once;
        s.at = json.value(QStringLiteral("at")).toString();
        if (!QDateTime::fromString(s.at, kAtFormat).isValid()) {
            *error = tr("schedule at: “%1” is not a local date and time like 2026-12-01T09:00.").arg(s.at);
            return std::nullopt;
        }
        return s;
    }
    const QString every = json.value(QStringLiteral("every")).toString();
    if (every == QLatin1String("daily"))
        s.every = Every::Daily;
    else if (every == QLatin1String("weekly"))
        s.every = Every::Weekly;
    else if (every == QLatin1String("monthly"))
        s.every = Every::Monthly;
    else {
        *error = tr("schedule every: “%1” must be daily, weekly or monthly.").arg(every);
        return std::nullopt;
    }
    s.time = QTime::fromString(json.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
    if (!s.time.isValid()) {
        *error = tr("schedule time: “%1” is not a time like 09:00.").arg(json.value(QStringLiteral("time")).toString());
        return std::nullopt;
    }
    if (s.every == Every::Weekly) {
        for (const QJsonValue &v : json.value(QStringLiteral("days")).toArray()) {
            const int d = v.toInt(0);
            if (d < 1 || d > 7) {
                *error = tr("schedule days: weekdays are 1 (Monday) to 7 (Sunday).");
                return std::nullopt;
            }
            if (!s.weekdays.contains(d))
                s.weekdays << d;
        }
        std::sort(s.weekdays.begin(), s.weekdays.end());
        if (s.weekdays.isEmpty()) {
            *error = tr("schedule days: a weekly schedule needs at least one weekday.");
            return std::nullopt;
        }
    }
    if (s.every == Every::Monthly) {
        s.dayOfMonth = json.value(QStringLiteral("day_of_month")).toInt(0);
        if (s.dayOfMonth < 1 || s.dayOfMonth > 31) {
            *error = tr("schedule day_of_month: must be from 1 to 31.");
            return std::nullopt;
        }
    }
    s.startDate = json.value(QStringLiteral("start")).toString();
    s.endDate = json.value(QStringLiteral("end")).toString();
    if (!validDate(s.startDate) || !validDate(s.endDate)) {
        *error = tr("schedule start/end: dates look like 2026-12-31.");
        return std::nullopt;
    }
    if (!s.startDate.isEmpty() && !s.endDate.isEmpty() && s.endDate < s.startDate) {
        *error = tr("schedule end: the end date %1 is before the start date %2.").arg(s.endDate, s.startDate);
        return std::nullopt;
    }
    return s;
}

QJsonObject Schedule::toJson() const
{
    QJsonObject o { { QStringLiteral("tz"), timeZone }, { QStringLiteral("grace_minutes"), graceMinutes } };
    if (every == Every::Once) {
        o.insert(QStringLiteral("at"), at);
        return o;
    }
    o.insert(QStringLiteral("every"), everyName(every));
    o.insert(QStringLiteral("time"), time.toString(QStringLiteral("HH:mm")));
    if (every == Every::Weekly) {
        QJsonArray days;
        for (int d : weekdays)
            days.append(d);
        o.insert(QStringLiteral("days"), days);
    }
    if (every == Every::Monthly)
        o.insert(QStringLiteral("day_of_month"), dayOfMonth);
    if (!startDate.isEmpty())
        o.insert(QStringLiteral("start"), startDate);
    if (!endDate.isEmpty())
        o.insert(QStringLiteral("end"), endDate);
    return o;
}

std::optional<qint64> Schedule::nextOccurrence(qint64 afterUtcMs) const
{
    const QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    if (every == Every::Once) {
        const QDateTime local = QDateTime::fromString(at, kAtFormat);
        const auto when = localInstant(local.date(), local.time(), zone);
        if (!when || *when < afterUtcMs)
            return std::nullopt;
        return when;
    }
    const QDate start = QDate::fromString(startDate, kDateFormat);
    const QDate end = QDate::fromString(endDate, kDateFormat);
    // Begin a day early: the local date of `after` may be behind or ahead of its UTC date.
    QDate day = QDateTime::fromMSecsSinceEpoch(afterUtcMs, zone).date().addDays(-1);
    if (start.isValid() && day < start)
        day = start;
    for (int i = 0; i < 3 * 366; ++i, day = day.addDays(1)) {
        if (end.isValid() && day > end)
            return std::nullopt;
        bool fires = true;
        if (every == Every::Weekly)
            fires = weekdays.contains(day.dayOfWeek());
        else if (every == Every::Monthly)
            fires = day.day() == std::min(dayOfMonth, day.daysInMonth());
        if (!fires)
            continue;
        const auto when = localInstant(day, time, zone);
        if (when && *when >= afterUtcMs)
            return when;
    }
    return std::nullopt;
}

QString Schedule::describe() const
{
    const QLocale locale;
    if (every == Every::Once) {
        const QDateTime local = QDateTime::fromString(at, kAtFormat);
        return tr("Once on %1 at %2 (%3)")
            .arg(local.date().toString(kDateFormat), local.time().toString(QStringLiteral("HH:mm")), timeZone);
    }
    const QString hhmm = time.toString(QStringLiteral("HH:mm"));
    QString text;
    switch (every) {
    case Every::Daily:
        text = tr("Every day at %1 (%2)").arg(hhmm, timeZone);
        break;
    case Every::Weekly: {
        QStringList names;
        for (int d : weekdays)
            names << locale.dayName(d);
        const QString joined = names.size() == 1
            ? names.first()
            : QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) + tr(" and ") + names.last();
        text = tr("Every %1 at %2 (%3)").arg(joined, hhmm, timeZone);
        break;
    }
    case Every::Monthly:
        text = dayOfMonth >= 29
            ? tr("Monthly on day %1 (or the month's last day) at %2 (%3)").arg(dayOfMonth).arg(hhmm, timeZone)
            : tr("Monthly on day %1 at %2 (%3)").arg(dayOfMonth).arg(hhmm, timeZone);
        break;
    case Every::Once:
        break;
    }
    if (!startDate.isEmpty())
        text += tr(", from %1").arg(startDate);
    if (!endDate.isEmpty())
        text += tr(", until %1").arg(endDate);
    return text;
}

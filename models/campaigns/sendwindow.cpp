#include "models/campaigns/sendwindow.h"

#include "models/campaigns/schedule.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

} // namespace

std::optional<SendWindow> SendWindow::parse(const QString &localTime, const QString &quietHours, QString *error)
{
    SendWindow w;
    if (!localTime.trimmed().isEmpty()) {
        w.localTime = parseTime(localTime);
        if (!w.localTime) {
            *error = tr("The send time “%1” (--local-time) is not a time of day: write HH:MM, e.g. 10:00.").arg(localTime);
            return std::nullopt;
        }
    }
    if (!quietHours.trimmed().isEmpty()) {
        const QStringList parts = quietHours.trimmed().split(QLatin1Char('-'));
        const auto from = parts.size() == 2 ? parseTime(parts.at(0)) : std::nullopt;
        const auto until = parts.size() == 2 ? parseTime(parts.at(1)) : std::nullopt;
        if (!from || !until || *from == *until) {
            *error = tr("The quiet hours “%1” (--quiet-hours) are not a time range: write HH:MM-HH:MM with two different "
                        "times, "
                        "e.g. 21:00-09:00.")
                         .arg(quietHours);
            return std::nullopt;
        }
        w.quietFrom = from;
        w.quietUntil = until;
    }
    if (w.localTime && w.hasQuietHours()) {
        const QTime t = *w.localTime;
        const bool inside = *w.quietFrom < *w.quietUntil ? (t >= *w.quietFrom && t < *w.quietUntil)
                                                         : (t >= *w.quietFrom || t < *w.quietUntil);
        if (inside) {
            *error = tr("The send time %1 falls in the quiet hours %2: choose a send time outside them.")
                         .arg(w.localTimeText(), w.quietHoursText());
            return std::nullopt;
        }
    }
    return w;
}

std::optional<SendWindow> SendWindow::fromJson(const QJsonObject &json, QString *error)
{
    return parse(json.value(QLatin1String("local_time")).toString(), json.value(QLatin1String("quiet_hours")).toString(),
                 error);
}

QJsonObject SendWindow::toJson() const
{
    QJsonObject o;
    if (localTime)
        o.insert(QLatin1String("local_time"), localTimeText());
    if (hasQuietHours())
        o.insert(QLatin1String("quiet_hours"), quietHoursText());
    return o;
}

QString SendWindow::localTimeText() const
{
    return localTime ? localTime->toString(kTimeFormat) : QString();
}

QString SendWindow::quietHoursText() const
{
    return hasQuietHours() ? quietFrom->toString(kTimeFormat) + QLatin1Char('-') + quietUntil->toString(kTimeFormat)
                           : QString();
}

QString SendWindow::describe() const
{
    if (localTime && hasQuietHours())
        return tr("at %1, never %2–%3, recipient time")
            .arg(localTimeText(), quietFrom->toString(kTimeFormat), quietUntil->toString(kTimeFormat));
    if (localTime)
        return tr("at %1 recipient time").arg(localTimeText());
    if (hasQuietHours())
        return tr("never %1–%2 recipient time").arg(quietFrom->toString(kTimeFormat), quietUntil->toString(kTimeFormat));
    return {};
}

qint64 SendWindow::nextWallClock(const QTime &time, const QTimeZone &zone, qint64 from)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(from, zone).date();
    for (int d = -1; d <= 2; ++d) {
        const std::optional<qint64> at = Schedule::localInstant(today.addDays(d), time, zone);
        if (at && *at >= from)
            return *at;
    }
    return from;   // unreachable for a valid zone: some day within two holds the time
}

bool SendWindow::isQuiet(const QTimeZone &zone, qint64 utcMs) const
{
    if (!hasQuietHours())
        return false;
    const QTime t = QDateTime::fromMSecsSinceEpoch(utcMs, zone).time();
    return *quietFrom < *quietUntil ? (t >= *quietFrom && t < *quietUntil) : (t >= *quietFrom || t < *quietUntil);
}

SendWindow::Slot SendWindow::outOfQuiet(const QTimeZone &zone, qint64 at) const
{
    Slot s;
    s.notBefore = isQuiet(zone, at) ? nextWallClock(*quietUntil, zone, at) : at;
    if (hasQuietHours())
        s.notAfter = nextWallClock(*quietFrom, zone, s.notBefore);
    return s;
}

SendWindow::Slot SendWindow::plan(const QTimeZone &zone, qint64 from) const
{
    return outOfQuiet(zone, localTime ? nextWallClock(*localTime, zone, from) : from);
}

SendWindow::Slot SendWindow::resume(const QTimeZone &zone, qint64 now) const
{
    return outOfQuiet(zone, now);
}

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <optional>

// A campaign's send window in each recipient's own time (issue 18 §2), stored as JSON in campaigns.send_window:
//   {"local_time": "10:00", "quiet_hours": "21:00-09:00"}     both optional; {} = no window
// local_time: each recipient is sent at the next 10:00 of their zone (RecipientZone) at or after planning.
// quiet_hours: never while the recipient's wall clock is in [21:00, 09:00) — to the minute, and may cross midnight.
// Wall-clock times follow DST (QTimeZone): a time the clock skips means the jump itself, a repeated one the first.
struct SendWindow
{
    Q_DECLARE_TR_FUNCTIONS(SendWindow)

public:
    std::optional<QTime> localTime;
    std::optional<QTime> quietFrom;
    std::optional<QTime> quietUntil;

    bool isEmpty() const { return !localTime && !quietFrom; }
    bool hasQuietHours() const { return quietFrom.has_value(); }

    // From the CLI/GUI texts ("10:00", "21:00-09:00"; "" = not set). *error names the option and what to write.
    static std::optional<SendWindow> parse(const QString &localTime, const QString &quietHours, QString *error);
    static std::optional<SendWindow> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    QString localTimeText() const;    // "10:00" or ""
    QString quietHoursText() const;   // "21:00-09:00" or ""
    // "at 10:00, never 21:00–09:00, recipient time"; "" when empty.
    QString describe() const;

    // Whether `utcMs` is in the quiet hours of `zone`.
    bool isQuiet(const QTimeZone &zone, qint64 utcMs) const;

    struct Slot
    {
        qint64 notBefore = 0;   // UTC ms: not sent earlier
        qint64 notAfter = 0;    // UTC ms: not sent at or after (the next quiet hours start); 0 = no end
    };
    // When a recipient in `zone` planned at `from` may be sent: the next local_time there (if set), moved past quiet
    // hours, and when that chance ends.
    Slot plan(const QTimeZone &zone, qint64 from) const;
    // The next chance for a recipient whose slot ran out at `now` (quiet hours began before it was sent): when the
    // quiet hours end, not the next local_time.
    Slot resume(const QTimeZone &zone, qint64 now) const;

    // The first instant at or after `from` when the wall clock of `zone` shows `time`.
    static qint64 nextWallClock(const QTime &time, const QTimeZone &zone, qint64 from);

private:
    Slot outOfQuiet(const QTimeZone &zone, qint64 at) const;
};

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <optional>

// When a scheduled or recurring campaign fires. Stored as JSON in campaigns.schedule:
//   scheduled: {"at": "2026-12-01T09:00", "tz": "Europe/Berlin", "grace_minutes": 60}
//   recurring: {"every": "daily" | "weekly" | "monthly", "time": "09:00", "tz": "Asia/Kolkata",
//               "days": [1, 3, 5]          (weekly: ISO weekdays, 1 = Monday),
//               "day_of_month": 15         (monthly: 1..31; a shorter month fires on its last day),
//               "start": "2026-12-01", "end": "2027-06-30" (optional local dates), "grace_minutes": 60}
// Local times are wall-clock times in the IANA zone: 09:00 stays 09:00 across a DST change. A local time that
// does not exist (spring forward) fires at the first valid instant after it; one that exists twice (fall back)
// fires once, at the first.
struct Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    enum class Every { Once, Daily, Weekly, Monthly };
    Every every = Every::Once;
    QString at;               // scheduled: local "yyyy-MM-ddTHH:mm"
    QTime time;               // recurring: local time of day
    QString timeZone;         // IANA id
    QList<int> weekdays;      // weekly: 1..7
    int dayOfMonth = 1;       // monthly
    QString startDate;        // optional "yyyy-MM-dd"
    QString endDate;          // optional "yyyy-MM-dd"
    int graceMinutes = 60;    // an occurrence later than this is skipped and logged, never fired late

    // Parses and validates (known zone, valid time, days 1..7, …); *error names the field.
    static std::optional<Schedule> fromJson(const QJsonObject &json, bool recurring, QString *error);
    QJsonObject toJson() const;
    // The first occurrence at or after afterUtcMs (UTC ms), std::nullopt when there is none (past end date,
    // or a scheduled time already passed).
    std::optional<qint64> nextOccurrence(qint64 afterUtcMs) const;
    // A sentence for people: "Every Monday and Friday at 09:00 (Europe/Berlin)".
    QString describe() const;
    // The UTC instant (ms) of a wall-clock time in a zone: of two (fall back) the first, in a gap (spring forward)
    // the jump itself. Also used by SendWindow (models/campaigns/sendwindow.h).
    static std::optional<qint64> localInstant(const QDate &date, const QTime &time, const QTimeZone &zone);
};

// When a triggered campaign sends. Stored as JSON in campaigns.trigger_spec:
//   {"event": "order_placed",
//    "match": "all" | "any",
//    "conditions": [{"key": "total", "op": ">=", "value": "100"}, …]   ops: = != > >= < <= contains exists
//    "delay_minutes": 30,
//    "unless": {"event": "order_cancelled", "within_hours": 2},        optional
//    "cooldown_hours": 24,                                              at most once per contact per N hours
//    "consent_field": "order.buyer_accepts_marketing"}                  optional, see carriesConsent
struct TriggerSpec
{
    Q_DECLARE_TR_FUNCTIONS(TriggerSpec)

public:
    struct Condition
    {
        // A path into the event's data: "customer.city", "items.0.sku", "line_items[*].sku",
        // "order.note_attributes[name=whatsapp_opt_in].value" (the elements whose member name is whatsapp_opt_in).
        QString key;
        QString op;
        QString value;
    };
    QString event;
    bool matchAll = true;
    QList<Condition> conditions;
    int delayMinutes = 0;
    QString unlessEvent;     // empty: no cancelling event
    int unlessWithinHours = 0;
    int cooldownHours = 24;
    // Where the event says the customer agreed to WhatsApp messages (a path like a condition's key); empty: no event
    // opts anyone in. An order is not an opt-in: only this field, chosen by the owner, is.
    QString consentField;

    static std::optional<TriggerSpec> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    // Whether an event's data satisfies the conditions (numbers compare as numbers when both sides are).
    bool matches(const QJsonObject &data) const;
    // Whether the event's data carries the customer's consent: a value consentField reaches is "yes" (isConsent).
    bool carriesConsent(const QJsonObject &data) const;
    // The truthy rule of a consent field: true, a non-zero number, or the text true/yes/y/1/on/checked/subscribed/
    // opted_in/accepted (any case); an object by its "state" (Shopify's {"state": "subscribed"}). Anything else,
    // also a missing field, is no consent.
    static bool isConsent(const QJsonValue &value);
    QString describe() const;
};

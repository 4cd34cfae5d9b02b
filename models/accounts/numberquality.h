#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>

struct Account;

// A number's quality rating, messaging tier and throughput as Meta reports them (whatsapp-api.md §5), kept on the
// account (accounts.quality_rating, quality_event, messaging_tier, max_rate). The one reader of
// `phone_number_quality_update` and `account_update` webhooks (WebhookApplier calls it) and of the phone-number
// endpoint's answer (GET /{phone-number-id}?fields=quality_rating,messaging_limit_tier,throughput).
class NumberQuality
{
    Q_DECLARE_TR_FUNCTIONS(NumberQuality)

public:
    enum class Rating { Green, Yellow, Red, Unknown };
    static Rating ratingFromName(const QString &name);   // GREEN/HIGH, YELLOW/MEDIUM, RED/LOW, else Unknown
    static QString ratingName(Rating r);                 // "GREEN" … "UNKNOWN" (stored, --json)
    static QString label(Rating r);                      // translated, for the GUI and the CLI's text

    // What one report says; unset parts are left as they are.
    struct Update
    {
        QString phoneNumberId;              // the number it is about; empty = the feed's own account
        std::optional<Rating> rating;
        QString event;                      // FLAGGED, UNFLAGGED, DOWNGRADE, UPGRADE, THROUGHPUT_UPGRADE …
        QString tier;                       // TIER_250 … TIER_UNLIMITED; applies to the whole budget group
        std::optional<int> throughput;      // messages per second (STANDARD 80, HIGH 1000)
        bool isEmpty() const { return !rating && event.isEmpty() && tier.isEmpty() && !throughput; }
    };
    // `value` of a phone_number_quality_update or account_update change.
    static Update fromWebhook(const QJsonObject &value);
    // The phone-number endpoint's answer.
    static Update fromPhoneNumber(const QJsonObject &answer);

    // Applies `u` to the account it names (by phone number id, else `accountId`) and the tier to that account's
    // budget group (Headroom::budgetGroup). Returns the ids of the accounts whose quality changed.
    static Result<QList<qint64>> apply(QSqlDatabase db, qint64 accountId, const Update &u, qint64 now);

    // The pause reason of a run on a flagged number (Account::isFlagged), naming it and saying what to do.
    static QString pauseReason(const Account &a);
};

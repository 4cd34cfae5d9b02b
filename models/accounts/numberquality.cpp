#include "models/accounts/numberquality.h"

#include "models/accounts/account.h"
#include "models/accounts/headroom.h"

#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString firstString(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return {};
}

std::optional<int> throughputOf(const QJsonValue &v)
{
    const QString level = v.isObject() ? v.toObject().value(QLatin1String("level")).toString() : v.toString();
    if (level.compare(QLatin1String("HIGH"), Qt::CaseInsensitive) == 0)
        return Account::kMaxRate;
    if (level.compare(QLatin1String("STANDARD"), Qt::CaseInsensitive) == 0)
        return Account::kDefaultRate;
    if (v.isDouble() && v.toInt() > 0)
        return v.toInt();
    return std::nullopt;
}

QString normalTier(const QString &tier)
{
    const QString t = tier.trimmed().toUpper();
    return t == QLatin1String("TIER_NOT_SET") ? QString() : t;
}

} // namespace

NumberQuality::Rating NumberQuality::ratingFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("GREEN") || n == QLatin1String("HIGH"))
        return Rating::Green;
    if (n == QLatin1String("YELLOW") || n == QLatin1String("MEDIUM"))
        return Rating::Yellow;
    if (n == QLatin1String("RED") || n == QLatin1String("LOW"))
        return Rating::Red;
    return Rating::Unknown;
}

QString NumberQuality::ratingName(Rating r)
{
    switch (r) {
    case Rating::Green:
        return QStringLiteral("GREEN");
    case Rating::Yellow:
        return QStringLiteral("YELLOW");
    case Rating::Red:
        return QStringLiteral("RED");
    case Rating::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString NumberQuality::label(Rating r)
{
    switch (r) {
    case Rating::Green:
        return tr("High (green)");
    case Rating::Yellow:
        return tr("Medium (yellow)");
    case Rating::Red:
        return tr("Low (red)");
    case Rating::Unknown:
        break;
    }
    return tr("Not known");
}

NumberQuality::Update NumberQuality::fromWebhook(const QJsonObject &value)
{
    Update u;
    u.phoneNumberId = firstString(value, {"phone_number_id"});
    if (u.phoneNumberId.isEmpty())
        u.phoneNumberId = value.value(QLatin1String("metadata")).toObject().value(QLatin1String("phone_number_id")).toString();
    const QString rating = firstString(value, {"quality_rating", "quality_score", "new_quality_score"});
    if (!rating.isEmpty())
        u.rating = ratingFromName(rating);
    u.event = firstString(value, {"event"}).toUpper();
    u.tier = normalTier(firstString(value, {"messaging_limit_tier", "current_limit", "whatsapp_business_manager_messaging_limit",
                                            "max_daily_conversations_per_business"}));
    if (value.contains(QLatin1String("throughput")))
        u.throughput = throughputOf(value.value(QLatin1String("throughput")));
    return u;
}

NumberQuality::Update NumberQuality::fromPhoneNumber(const QJsonObject &answer)
{
    Update u;
    u.phoneNumberId = answer.value(QLatin1String("id")).toString();
    const QString rating = answer.value(QLatin1String("quality_rating")).toString();
    if (!rating.isEmpty())
        u.rating = ratingFromName(rating);
    u.tier = normalTier(firstString(answer, {"whatsapp_business_manager_messaging_limit", "messaging_limit_tier"}));
    if (answer.contains(QLatin1String("throughput")))
        u.throughput = throughputOf(answer.value(QLatin1String("throughput")));
    return u;
}

Result<QList<qint64>> NumberQuality::apply(QSqlDatabase db, qint64 accountId, const Update &u, qint64 now)
{
    QList<qint64> changed;
    if (u.isEmpty())
        return changed;
    QString error;
    AccountStore store(db);
    std::optional<Account> account;
    if (!u.phoneNumberId.isEmpty()) {
        for (const Account &a : store.list(&error)) {
            if (a.phoneNumberId == u.phoneNumberId)
                account = a;
        }
    }
    if (!account)
        account = store.byId(accountId, &error);
    if (!account)
        return ErrorMessage{error.isEmpty() ? tr("No account %1 for a quality report.").arg(accountId) : error};
    QSqlQuery q(db);
    if (u.rating || !u.event.isEmpty()) {
        // FLAGGED without a rating means red; UNFLAGGED lifts the flag and the rating is unknown until reported.
        const QString rating = u.rating                                     ? ratingName(*u.rating)
            : u.event == QLatin1String("FLAGGED")                           ? ratingName(Rating::Red)
            : u.event == QLatin1String("UNFLAGGED") && account->isFlagged() ? ratingName(Rating::Unknown)
                                                                            : account->qualityRating;
        const QString event = u.event.isEmpty() ? account->qualityEvent : u.event;
        q.prepare(QStringLiteral("UPDATE accounts SET quality_rating = ?, quality_event = ?, quality_updated_at = ? "
                                 "WHERE id = ?"));
        q.addBindValue(rating);
        q.addBindValue(event);
        q.addBindValue(now);
        q.addBindValue(account->id);
        if (!q.exec())
            return ErrorMessage{q.lastError().text()};
        if (rating != account->qualityRating || event != account->qualityEvent)
            changed << account->id;
    }
    if (u.throughput) {
        q.prepare(QStringLiteral("UPDATE accounts SET max_rate = ? WHERE id = ?"));
        q.addBindValue(*u.throughput);
        q.addBindValue(account->id);
        if (!q.exec())
            return ErrorMessage{q.lastError().text()};
    }
    if (!u.tier.isEmpty()) {
        // Meta sets the limit per business portfolio: every number of the group has the same tier.
        for (qint64 id : Headroom::budgetGroup(db, *account, &error)) {
            q.prepare(QStringLiteral("UPDATE accounts SET messaging_tier = ? WHERE id = ?"));
            q.addBindValue(u.tier);
            q.addBindValue(id);
            if (!q.exec())
                return ErrorMessage{q.lastError().text()};
        }
    }
    return changed;
}

QString NumberQuality::pauseReason(const Account &a)
{
    return tr("Paused: the quality rating of number “%1” (%2) dropped to %3%4. Nothing more is sent from it; "
              "check the number's quality in WhatsApp Manager and resume the campaign once it is no longer red.")
        .arg(a.name, a.phoneNumberId, ratingName(ratingFromName(a.qualityRating)),
             a.qualityEvent.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.qualityEvent));
}

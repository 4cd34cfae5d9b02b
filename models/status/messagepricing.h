#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// What a status webhook says a message costs (whatsapp-api.md §2.3, `pricing`): whether Meta bills it, its pricing
// category (marketing, utility, authentication, authentication-international, marketing_lite, service, …), its type
// (regular, free_customer_service, free_entry_point) and model (PMP). Meta sends it with `sent` and with one of
// `delivered`/`read`; a recipient keeps one (recipients.pricing_*): the one that outranks the others, so replays and
// any arrival order give the same result.
struct MessagePricing
{
    bool billable = false;
    QString category;   // as Meta writes it (lower case)
    QString type;
    QString model;
    qint64 at = 0;      // the status's timestamp (UTC ms)

    // The `pricing` object of one statuses[] entry; nullopt when it has none. `billable` is read when present, else
    // (Meta deprecates it) decided by the type: "regular" is billed, free_* types are not.
    static std::optional<MessagePricing> fromStatus(const QJsonObject &status, qint64 at);

    // Whether this one replaces `other` as the recipient's pricing: a billable one wins over one that is not, then the
    // later status, then (same time) the greater category/type text, so the choice never depends on arrival order.
    bool outranks(const MessagePricing &other) const;

    // The rate card's category for Meta's pricing category: upper case, '-' as '_' ("authentication-international"
    // → "AUTHENTICATION_INTERNATIONAL"); empty when there is none.
    static QString rateCategory(const QString &pricingCategory);
};

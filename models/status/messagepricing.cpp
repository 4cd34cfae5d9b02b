#include "models/status/messagepricing.h"

#include <tuple>

std::optional<MessagePricing> MessagePricing::fromStatus(const QJsonObject &status, qint64 at)
{
    const QJsonValue value = status.value(QLatin1String("pricing"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    MessagePricing p;
    p.category = o.value(QLatin1String("category")).toString().trimmed().toLower();
    p.type = o.value(QLatin1String("type")).toString().trimmed().toLower();
    p.model = o.value(QLatin1String("pricing_model")).toString().trimmed();
    p.at = at;
    const QJsonValue billable = o.value(QLatin1String("billable"));
    if (billable.isBool())
        p.billable = billable.toBool();
    else
        p.billable = p.type == QLatin1String("regular");
    return p;
}

bool MessagePricing::outranks(const MessagePricing &other) const
{
    return std::tie(billable, at, category, type, model)
        > std::tie(other.billable, other.at, other.category, other.type, other.model);
}

QString MessagePricing::rateCategory(const QString &pricingCategory)
{
    QString c = pricingCategory.trimmed().toUpper();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    return c;
}

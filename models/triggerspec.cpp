#include "schedule.h"

#include <QJsonArray>

namespace {

const QStringList kOps = { QStringLiteral("="), QStringLiteral("!="), QStringLiteral(">"), QStringLiteral(">="),
    QStringLiteral("<"), QStringLiteral("<="), QStringLiteral("contains"), QStringLiteral("exists") };
constexpr int kMaxHours = 24 * 365;

// The value at a dotted path ("customer.city"), undefined when any step is missing.
QJsonValue valueAt(const QJsonObject &data, const QString &key)
{
    QJsonValue v = data;
    for (const QString &part : key.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool holds(const TriggerSpec::Condition &c, const QJsonObject &data)
{
    const QJsonValue v = valueAt(data, c.key);
    const bool present = !v.isUndefined() && !v.isNull();
    if (c.op == QLatin1String("exists"))
        return present;
    if (!present)
        return c.op == QLatin1String("!="); // a missing key is different from every value
    const QString s = text(v);
    bool leftNumber = false;
    bool rightNumber = false;
    const double left = s.toDouble(&leftNumber);
    const double right = c.value.toDouble(&rightNumber);
    const bool numbers = leftNumber && rightNumber;
    if (c.op == QLatin1String("contains"))
        return s.contains(c.value, Qt::CaseInsensitive);
    if (c.op == QLatin1String("="))
        return numbers ? left == right : s == c.value;
    if (c.op == QLatin1String("!="))
        return numbers ? left != right : s != c.value;
    const int order = numbers ? (left < right ? -1 : left > right ? 1 : 0) : s.compare(c.value);
    if (c.op == QLatin1String(">"))
        return order > 0;
    if (c.op == QLatin1String(">="))
        return order >= 0;
    if (c.op == QLatin1String("<"))
        return order < 0;
    return order <= 0; // "<="
}

} // namespace

std::optional<TriggerSpec> TriggerSpec::fromJson(const QJsonObject &json, QString *error)
{
    TriggerSpec t;
    t.event = json.value(QStringLiteral("event")).toString().trimmed();
    if (t.event.isEmpty()) {
        *error = tr("trigger event: the event name is missing (e.g. order_placed).");
        return std::nullopt;
    }
    const QString match = json.value(QStringLiteral("match")).toString(QStringLiteral("all"));
    if (match != QLatin1String("all") && match != QLatin1String("any")) {
        *error = tr("trigger match: “%1” must be all or any.").arg(match);
        return std::nullopt;
    }
    t.matchAll = match == QLatin1String("all");
    for (const QJsonValue &v : json.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject o = v.toObject();
        Condition c { o.value(QStringLiteral("key")).toString().trimmed(), o.value(QStringLiteral("op")).toString(),
            o.value(QStringLiteral("value")).toVariant().toString() };
        if (c.key.isEmpty() || !kOps.contains(c.op)) {
            *error = tr("trigger conditions: “%1 %2” needs a key and one of %3.")
                         .arg(c.key, c.op, kOps.join(QStringLiteral(" ")));
            return std::nullopt;
        }
        t.conditions << c;
    }
    auto hours = [&](const QString &key, int fallback, int min, int *out) {
        const QJsonValue v = json.value(key);
        *out = v.isUndefined() ? fallback : v.toInt(-1);
        if ((!v.isUndefined() && !v.isDouble()) || *out < min || *out > kMaxHours * 60) {
            *error = tr("trigger %1: must be a whole number, at least %2.").arg(key).arg(min);
            return false;
        }
        return true;
    };
    if (!hours(QStringLiteral("delay_minutes"), 0, 0, &t.delayMinutes))
        return std::nullopt;
    if (!hours(QStringLiteral("cooldown_hours"), 24, 0, &t.cooldownHours) || t.cooldownHours > kMaxHours) {
        if (error->isEmpty())
            *error = tr("trigger cooldown_hours: at most %1.").arg(kMaxHours);
        return std::nullopt;
    }
    if (json.contains(QStringLiteral("unless"))) {
        const QJsonObject unless = json.value(QStringLiteral("unless")).toObject();
        t.unlessEvent = unless.value(QStringLiteral("event")).toString().trimmed();
        t.unlessWithinHours = unless.value(QStringLiteral("within_hours")).toInt(0);
        if (t.unlessEvent.isEmpty() || t.unlessWithinHours < 1 || t.unlessWithinHours > kMaxHours) {
            *error = tr("trigger unless: needs an event name and within_hours from 1 to %1.").arg(kMaxHours);
            return std::nullopt;
        }
    }
    return t;
}

QJsonObject TriggerSpec::toJson() const
{
    QJsonArray conditionsJson;
    for (const Condition &c : conditions) {
        QJsonObject o { { QStringLiteral("key"), c.key }, { QStringLiteral("op"), c.op } };
        if (c.op != QLatin1String("exists"))
            o.insert(QStringLiteral("value"), c.value);
        conditionsJson.append(o);
    }
    QJsonObject o { { QStringLiteral("event"), event },
        { QStringLiteral("match"), matchAll ? QStringLiteral("all") : QStringLiteral("any") },
        { QStringLiteral("conditions"), conditionsJson }, { QStringLiteral("delay_minutes"), delayMinutes },
        { QStringLiteral("cooldown_hours"), cooldownHours } };
    if (!unlessEvent.isEmpty())
        o.insert(QStringLiteral("unless"),
            QJsonObject {
                { QStringLiteral("event"), unlessEvent }, { QStringLiteral("within_hours"), unlessWithinHours } });
    return o;
}

bool TriggerSpec::matches(const QJsonObject &data) const
{
    if (conditions.isEmpty())
        return true;
    for (const Condition &c : conditions) {
        const bool ok = holds(c, data);
        if (ok && !matchAll)
            return true;
        if (!ok && matchAll)
            return false;
    }
    return matchAll;
}

QString TriggerSpec::describe() const
{
    QString text = tr("When “%1” happens").arg(event);
    if (!conditions.isEmpty()) {
        QStringList parts;
        for (const Condition &c : conditions)
            parts << (c.op == QLatin1String("exists") ? tr("%1 exists").arg(c.key)
                                                      : c.key + QLatin1Char(' ') + c.op + QLatin1Char(' ') + c.value);
        text += tr(" and %1").arg(parts.join(matchAll ? tr(" and ") : tr(" or ")));
    }
    text += delayMinutes > 0 ? tr(", send %1 minutes later").arg(delayMinutes) : tr(", send right away");
    if (!unlessEvent.isEmpty())
        text += tr(" unless “%1” happens within %2 hours (the message waits until then)")
                    .arg(unlessEvent)
                    .arg(unlessWithinHours);
    if (cooldownHours > 0)
        text += tr("; at most once per contact every %1 hours").arg(cooldownHours);
    return text + QLatin1Char('.');
}

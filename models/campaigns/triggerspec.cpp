#include "models/campaigns/schedule.h"

#include <algorithm>
#include <optional>
#include <QJsonArray>

namespace {

const QStringList kOps = { QStringLiteral("="), QStringLiteral("!="), QStringLiteral(">"), QStringLiteral(">="),
    QStringLiteral("<"), QStringLiteral("<="), QStringLiteral("contains"), QStringLiteral("exists") };
constexpr int kMaxHours = 24 * 365;

// One step of a condition's key: a member name, an array index, "every element" ([*] or *), or "the elements whose
// member filterKey is filterValue" ([name=whatsapp_opt_in]: Shopify's note_attributes, WooCommerce's meta_data).
struct Step
{
    QString name;
    int index = -1;
    bool any = false;
    QString filterKey;
    QString filterValue;
};

// "customer.city", "items.0.sku", "line_items[*].sku", "a[1][0]", "note_attributes[name=gift].value"; nullopt for a
// malformed key ("a[", "a..b", "a[=x]").
std::optional<QList<Step>> parsePath(const QString &key)
{
    QList<Step> steps;
    for (const QString &part : key.split(QLatin1Char('.'))) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        const QString name = bracket < 0 ? part : part.left(bracket);
        if (name.isEmpty() && bracket != 0)
            return std::nullopt; // "a..b" or a trailing dot
        if (name == QLatin1String("*"))
            steps.append(Step { {}, -1, true, {}, {} });
        else if (!name.isEmpty())
            steps.append(Step { name, -1, false, {}, {} }); // a bare number is resolved against the value: see valuesAt
        if (bracket < 0)
            continue;
        if (bracket == 0 && steps.isEmpty())
            return std::nullopt; // "[0]" with nothing before it
        QString rest = part.mid(bracket);
        while (!rest.isEmpty()) {
            const qsizetype close = rest.indexOf(QLatin1Char(']'));
            if (!rest.startsWith(QLatin1Char('[')) || close < 2)
                return std::nullopt;
            const QString inside = rest.mid(1, close - 1);
            bool ok = false;
            const int index = inside.toInt(&ok);
            const qsizetype equals = inside.indexOf(QLatin1Char('='));
            if (equals > 0)
                steps.append(Step { {}, -1, false, inside.left(equals).trimmed(), inside.mid(equals + 1).trimmed() });
            else if (inside == QLatin1String("*"))
                steps.append(Step { {}, -1, true, {}, {} });
            else if (ok && index >= 0)
                steps.append(Step { {}, index, false, {}, {} });
            else
                return std::nullopt;
            rest = rest.mid(close + 1);
        }
    }
    if (steps.isEmpty())
        return std::nullopt;
    return steps;
}

QString text(const QJsonValue &v);

// Every value the path reaches: one for a plain path, one per element for a wildcard or a filter, none when a step
// is missing or an index is out of range. A bare number step indexes an array ("items.0.sku") and names a
// member of an object ({"0": …}).
QList<QJsonValue> valuesAt(const QJsonObject &data, const QString &key)
{
    const auto steps = parsePath(key);
    QList<QJsonValue> current { QJsonValue(data) };
    if (!steps)
        return {};
    for (const Step &step : *steps) {
        QList<QJsonValue> next;
        for (const QJsonValue &v : std::as_const(current)) {
            if (!step.filterKey.isEmpty()) {
                for (const QJsonValue &element : v.toArray()) {
                    const QJsonValue member = element.toObject().value(step.filterKey);
                    if (!member.isUndefined() && text(member) == step.filterValue)
                        next.append(element);
                }
                continue;
            }
            if (step.any) {
                if (v.isArray()) {
                    for (const QJsonValue &element : v.toArray())
                        next.append(element);
                } else if (v.isObject()) {
                    for (const QJsonValue &member : v.toObject())
                        next.append(member);
                }
                continue;
            }
            bool isNumber = false;
            const int index = step.index >= 0 ? step.index : step.name.toInt(&isNumber);
            if (v.isArray() && (step.index >= 0 || (isNumber && index >= 0))) {
                const QJsonArray array = v.toArray();
                if (index < array.size())
                    next.append(array.at(index));
            } else if (v.isObject() && step.index < 0) {
                const QJsonValue member = v.toObject().value(step.name);
                if (!member.isUndefined())
                    next.append(member);
            }
        }
        current = std::move(next);
    }
    return current;
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

// The condition for one value the key reached.
bool holdsFor(const TriggerSpec::Condition &c, const QJsonValue &v)
{
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
    const int order = numbers ? (left < right ? -1 : left > right ? 1 : 0) : s.compare(c.value);
    if (c.op == QLatin1String(">"))
        return order > 0;
    if (c.op == QLatin1String(">="))
        return order >= 0;
    if (c.op == QLatin1String("<"))
        return order < 0;
    return order <= 0; // "<="
}

// A key that reaches several values (a wildcard) holds when any of them does; "!=" holds when none equals the
// value, so "line_items[*].sku != SH-1" means "no line item is SH-1". A missing key differs from every value.
bool holds(const TriggerSpec::Condition &c, const QJsonObject &data)
{
    QList<QJsonValue> values = valuesAt(data, c.key);
    values.removeIf([](const QJsonValue &v) { return v.isUndefined() || v.isNull(); });
    if (c.op == QLatin1String("exists"))
        return !values.isEmpty();
    if (c.op == QLatin1String("!=")) {
        TriggerSpec::Condition equal = c;
        equal.op = QStringLiteral("=");
        return std::none_of(values.cbegin(), values.cend(), [&](const QJsonValue &v) { return holdsFor(equal, v); });
    }
    return std::any_of(values.cbegin(), values.cend(), [&](const QJsonValue &v) { return holdsFor(c, v); });
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
        if (!c.key.isEmpty() && !parsePath(c.key)) {
            *error = tr("trigger conditions: the key “%1” is not a valid path (write customer.city, items.0.sku or "
                        "line_items[*].sku).")
                         .arg(c.key);
            return std::nullopt;
        }
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
    t.consentField = json.value(QStringLiteral("consent_field")).toString().trimmed();
    if (!t.consentField.isEmpty() && !parsePath(t.consentField)) {
        *error = tr("trigger consent_field: “%1” is not a valid path (write order.buyer_accepts_marketing or "
                    "order.note_attributes[name=whatsapp_opt_in].value).")
                     .arg(t.consentField);
        return std::nullopt;
    }
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
    if (!consentField.isEmpty())
        o.insert(QStringLiteral("consent_field"), consentField);
    return o;
}

bool TriggerSpec::isConsent(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isObject()) // Shopify's {"state": "subscribed", "opt_in_level": …} marketing consent objects
        return isConsent(value.toObject().value(QStringLiteral("state")));
    static const QStringList yes { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("1"), QStringLiteral("on"), QStringLiteral("checked"), QStringLiteral("subscribed"),
        QStringLiteral("opted_in"), QStringLiteral("accepted") };
    return value.isString() && yes.contains(value.toString().trimmed().toLower());
}

bool TriggerSpec::carriesConsent(const QJsonObject &data) const
{
    if (consentField.isEmpty())
        return false;
    const QList<QJsonValue> values = valuesAt(data, consentField);
    return std::any_of(values.cbegin(), values.cend(), [](const QJsonValue &v) { return isConsent(v); });
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
    if (!consentField.isEmpty())
        text += tr("; a customer who is not yet a contact is opted in when the event's %1 says yes").arg(consentField);
    return text + QLatin1Char('.');
}

#include "engine/relay/eventsources.h"

#include "models/core/eventtime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QString scalar(const QJsonValue &value)
{
    return ShopEvents::scalarText(value);
}

} // namespace

QString EventSource::secretVariable(const QString &name)
{
    return s("HERALD_RELAY_EVENTS_") + name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')) + s("_SECRET");
}

EventSource::Mapped EventSource::map(const QJsonObject &body, qint64 nowMs) const
{
    Mapped out;
    QString eventName = event;
    if (eventName.isEmpty()) {
        const QString value = scalar(EventSources::valueAt(body, eventPath));
        if (value.isEmpty()) {
            out.error = s("the body has no event name at \"%1\"").arg(eventPath);
            return out;
        }
        eventName = events.isEmpty() ? value : events.value(value);
        if (eventName.isEmpty()) {
            out.ignored = s("event not mapped in the configuration");
            return out;
        }
    }
    const QString phone = scalar(EventSources::valueAt(body, phonePath));
    if (!ShopEvents::hasDigits(phone)) {
        out.error = s("the body has no phone number at \"%1\"").arg(phonePath);
        return out;
    }
    StoredBusinessEvent e;
    e.name = eventName.left(128);
    e.phone = phone;
    const QString region = regionPath.isEmpty() ? QString() : scalar(EventSources::valueAt(body, regionPath));
    e.region = (region.size() == 2 ? region : defaultRegion).toUpper();
    e.occurredAtMs = nowMs;
    if (!occurredAtPath.isEmpty()) {
        const QJsonValue at = EventSources::valueAt(body, occurredAtPath);
        if (!at.isUndefined() && !at.isNull()) {
            const auto ms = EventTime::parse(at);
            if (!ms) {
                out.error = s("the time at \"%1\" is not ISO 8601 or epoch milliseconds").arg(occurredAtPath);
                return out;
            }
            e.occurredAtMs = *ms;
        }
    }
    const QJsonValue data = EventSources::valueAt(body, dataPath);
    e.data = data.isObject() ? data.toObject() : QJsonObject { { s("value"), data } };
    if (!e.data.contains(s("source")))
        e.data.insert(s("source"), name);
    out.event = e;
    if (!idPath.isEmpty())
        out.key = scalar(EventSources::valueAt(body, idPath));
    return out;
}

namespace EventSources {

QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QString rest = path.trimmed();
    if (rest.startsWith(QLatin1Char('$')))
        rest.remove(0, 1);
    QJsonValue at = root;
    static const QRegularExpression step(QStringLiteral(R"(^\.?([^.\[\]]+)|^\[(\d+)\])"));
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch m = step.match(rest);
        if (!m.hasMatch())
            return QJsonValue(QJsonValue::Undefined);
        if (m.capturedLength(1) > 0)
            at = at.toObject().value(m.captured(1));
        else
            at = at.toArray().at(m.captured(2).toInt());
        rest.remove(0, m.capturedLength(0));
    }
    return at;
}

std::optional<QList<EventSource>> load(
    const QString &path, const std::function<QByteArray(const QString &variable)> &secretOf, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = s("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = s("%1 is not a JSON object of event sources (%2)").arg(path, parseError.errorString());
        return std::nullopt;
    }
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    QList<EventSource> sources;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const auto refuse = [&](const QString &what) {
            *error = s("%1, source \"%2\": %3").arg(path, it.key(), what);
            return std::nullopt;
        };
        if (!validName.match(it.key()).hasMatch())
            return refuse(s("a name is 1 to 64 lower-case letters, digits, - and _ (it is part of the URL)"));
        const QJsonObject o = it.value().toObject();
        if (!it.value().isObject())
            return refuse(s("must be a JSON object"));
        EventSource source;
        source.name = it.key();
        source.secret = secretOf(EventSource::secretVariable(source.name));
        source.event = o.value(s("event")).toString().trimmed();
        source.eventPath = o.value(s("event_path")).toString().trimmed();
        if (source.event.isEmpty() == source.eventPath.isEmpty())
            return refuse(s("give either \"event\" (a fixed name) or \"event_path\" (where the body names it)"));
        const QJsonObject events = o.value(s("events")).toObject();
        for (auto e = events.begin(); e != events.end(); ++e)
            source.events.insert(e.key(), e.value().toString().trimmed());
        source.phonePath = o.value(s("phone")).toString().trimmed();
        if (source.phonePath.isEmpty())
            return refuse(s("\"phone\" (the path of the phone number in the body) is missing"));
        source.regionPath = o.value(s("region")).toString().trimmed();
        source.defaultRegion = o.value(s("default_region")).toString().trimmed().toUpper();
        if (!source.defaultRegion.isEmpty() && source.defaultRegion.size() != 2)
            return refuse(s("\"default_region\" must be a two-letter country code such as IN"));
        source.occurredAtPath = o.value(s("occurred_at")).toString().trimmed();
        source.dataPath = o.value(s("data")).toString().trimmed();
        source.idPath = o.value(s("id")).toString().trimmed();
        sources.append(source);
    }
    return sources;
}

} // namespace EventSources

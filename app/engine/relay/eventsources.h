#pragma once

#include "engine/relay/shopevents.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

// The generic signed webhook POST /webhooks/events/NAME (docs/relay.md, "Any other platform"): each NAME is a
// source configured in the file given to `herald-relay --events-config`, a JSON object of sources:
//   {"typeform": {"event": "lead_created" | "event_path": "type", "events": {"<value>": "<event>"},
//                 "phone": "form_response.answers[2].phone_number", "region": "…", "default_region": "IN",
//                 "occurred_at": "…", "data": "…", "id": "…"}}
// Paths are dotted keys with [index] ("items[0].sku"; "" or "$" is the whole body). The secret of NAME comes from
// the environment, HERALD_RELAY_EVENTS_<NAME>_SECRET (upper case, "-" as "_"), never from the file.
struct EventSource
{
    QString name;
    QByteArray secret; // empty: the endpoint answers 503
    QString event; // a fixed event name, or
    QString eventPath; // where the body names it,
    QMap<QString, QString> events; // mapped through this when not empty (an unmapped value is ignored)
    QString phonePath;
    QString regionPath;
    QString defaultRegion;
    QString occurredAtPath;
    QString dataPath; // empty: the whole body
    QString idPath; // empty: every delivery is stored

    // The environment variable holding the secret of a source called name.
    static QString secretVariable(const QString &name);

    struct Mapped
    {
        std::optional<StoredBusinessEvent> event;
        QString ignored; // why nothing is stored, when event is empty and error too
        QString error; // a 400: what is wrong, naming the path
        QString key; // the delivery's identity (idPath's value), empty without one
    };
    Mapped map(const QJsonObject &body, qint64 nowMs) const;
};

namespace EventSources {

// The value at path in root; undefined when the path leads nowhere.
QJsonValue valueAt(const QJsonValue &root, const QString &path);

// Reads the configuration file; secretOf gives a source's secret (the environment in herald-relay). nullopt with a
// sentence naming the file and the key in *error when it cannot be used.
std::optional<QList<EventSource>> load(
    const QString &path, const std::function<QByteArray(const QString &variable)> &secretOf, QString *error);

} // namespace EventSources

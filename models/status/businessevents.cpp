#include "models/status/businessevents.h"
#include "models/storage/sqldialect.h"

#include "models/contacts/phonenormalizer.h"
#include "models/core/clock.h"
#include "models/core/eventtime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>


namespace {


BusinessEvent readEvent(const QSqlQuery &q)
{
    BusinessEvent e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.relayCursor = q.value(2).toLongLong();
    e.name = q.value(3).toString();
    e.phone = q.value(4).toString();
    e.occurredAtMs = q.value(5).toLongLong();
    e.data = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    e.receivedAtMs = q.value(7).toLongLong();
    e.phoneProblem = q.value(8).toString();
    return e;
}

const QString kColumns = QStringLiteral("SELECT id, account_id, relay_cursor, name, phone, occurred_at, data, received_at, "
                                        "phone_problem FROM business_events ");

} // namespace

BusinessEventStore::BusinessEventStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString BusinessEventStore::normalizePhone(const QString &phone, const QString &defaultRegion, QString *error)
{
    const PhoneNormalizer::Result r = PhoneNormalizer::normalize(phone.trimmed(), defaultRegion);
    if (!r.ok() && error)
        *error = r.error;
    return r.e164;
}

QString BusinessEventStore::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("The event has no name.");
    if (name.size() > kMaxNameLength)
        return tr("The event name is %1 characters long; at most %2 are allowed.").arg(name.size()).arg(kMaxNameLength);
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("The event name contains a control character (such as a line break); use letters, digits and _.");
    return {};
}

std::optional<BusinessEvent> BusinessEventStore::fromJson(const QJsonObject &json, qint64 receivedAtMs, QString *error,
                                                          QString *field)
{
    const auto refuse = [error, field](const QString &key, const QString &message) {
        if (error)
            *error = message;
        if (field)
            *field = key;
        return std::nullopt;
    };
    BusinessEvent e;
    e.receivedAtMs = receivedAtMs;
    const QJsonValue name = json.contains(QLatin1String("event")) ? json.value(QLatin1String("event"))
                                                                  : json.value(QLatin1String("name"));
    e.name = name.toString().trimmed();
    if (const QString problem = nameProblem(e.name); !problem.isEmpty())
        return refuse(QStringLiteral("event"), problem);
    const QString region = json.value(QLatin1String("region")).toString().trimmed().toUpper();
    e.region = PhoneNormalizer::isKnownRegion(region) ? region : QString();
    const QString raw = json.value(QLatin1String("phone")).toString().trimmed();
    QString phoneError;
    e.phone = normalizePhone(raw, e.region, &phoneError);
    if (e.phone.isEmpty()) {
        e.phone = raw;
        e.phoneProblem = raw.isEmpty()
            ? tr("the event has no phone number (the order gave none for the customer, billing or shipping)")
            : tr("the phone number “%1” cannot be read%2: %3")
                  .arg(raw, e.region.isEmpty() ? QString() : tr(" as a number of %1").arg(e.region), phoneError);
    }
    const QJsonValue occurred = json.value(QLatin1String("occurred_at"));
    if (occurred.isUndefined() || occurred.isNull()) {
        e.occurredAtMs = receivedAtMs;
    } else {
        const auto ms = EventTime::parse(occurred);
        if (!ms)
            return refuse(QStringLiteral("occurred_at"), tr("The event's occurred_at is not a time."));
        e.occurredAtMs = *ms;
    }
    const QJsonValue data = json.value(QLatin1String("data"));
    if (!data.isUndefined() && !data.isNull() && !data.isObject())
        return refuse(QStringLiteral("data"), tr("The event's data is not a JSON object."));
    e.data = data.toObject();
    return e;
}

std::optional<qint64> BusinessEventStore::insert(const BusinessEvent &event, QString *error, bool *inserted)
{
    if (inserted)
        *inserted = false;
    QString phoneError;
    const QString phone
        = event.phoneProblem.isEmpty() ? normalizePhone(event.phone, event.region, &phoneError) : event.phone;
    if (phone.isEmpty() && event.phoneProblem.isEmpty()) {
        *error = tr("The phone number is not usable: %1").arg(phoneError);
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO business_events (account_id, relay_cursor, name, phone, occurred_at, data, "
                             "received_at, phone_problem) VALUES (:account, :cursor, :name, :phone, :occurred, :data, "
                             ":received, :problem) "
                             "ON CONFLICT (account_id, relay_cursor) DO NOTHING RETURNING id"));
    q.bindValue(QStringLiteral(":account"), event.accountId > 0 ? QVariant(event.accountId) : QVariant());
    q.bindValue(QStringLiteral(":cursor"), event.relayCursor > 0 ? QVariant(event.relayCursor) : QVariant());
    q.bindValue(QStringLiteral(":name"), event.name);
    q.bindValue(QStringLiteral(":phone"), phone.isNull() ? QStringLiteral("") : phone);
    q.bindValue(QStringLiteral(":occurred"), event.occurredAtMs);
    q.bindValue(QStringLiteral(":data"),
                QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":received"),
                event.receivedAtMs > 0 ? event.receivedAtMs : Clock::nowMs());
    q.bindValue(QStringLiteral(":problem"), event.phoneProblem.isNull() ? QStringLiteral("") : event.phoneProblem);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (const qint64 id = SqlDialect::insertedId(q); id > 0) {
        if (inserted)
            *inserted = true;
        return id;
    }
    // Seen before (the same relay cursor of the same account): the row that is already there.
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT id FROM business_events WHERE account_id = :account AND relay_cursor = :cursor"));
    existing.bindValue(QStringLiteral(":account"), event.accountId);
    existing.bindValue(QStringLiteral(":cursor"), event.relayCursor);
    if (!existing.exec() || !existing.next()) {
        *error = existing.lastError().isValid() ? existing.lastError().text() : tr("The event was not stored.");
        return std::nullopt;
    }
    return existing.value(0).toLongLong();
}

QList<BusinessEvent> BusinessEventStore::list(const Filter &filter, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(kColumns + QStringLiteral("WHERE id > :after AND (:any = '' OR name = :name) ORDER BY id LIMIT :limit"));
    q.bindValue(QStringLiteral(":after"), filter.afterId);
    q.bindValue(QStringLiteral(":any"), filter.name.isNull() ? QStringLiteral("") : filter.name);
    q.bindValue(QStringLiteral(":name"), filter.name);
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    QList<BusinessEvent> events;
    if (!q.exec()) {
        *error = q.lastError().text();
        return events;
    }
    while (q.next())
        events.append(readEvent(q));
    return events;
}

QList<BusinessEvent> BusinessEventStore::byPhone(const QString &e164, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(kColumns + QStringLiteral("WHERE phone = :phone ORDER BY occurred_at DESC, id DESC"));
    q.bindValue(QStringLiteral(":phone"), e164);
    QList<BusinessEvent> events;
    if (!q.exec()) {
        *error = q.lastError().text();
        return events;
    }
    while (q.next())
        events.append(readEvent(q));
    return events;
}

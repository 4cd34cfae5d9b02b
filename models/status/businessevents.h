#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Something that happened in the shop and may start a triggered campaign: "order_placed" for +14155550123 at
// 10:00 with {"order_id": "A-17"}. Arrives from the relay feed (POST /v1/business-events, kind "business") or
// from `herald-cli events push` for an account without a relay.
struct BusinessEvent
{
    qint64 id = 0;
    qint64 accountId = 0;      // 0: none (the account was deleted)
    qint64 relayCursor = 0;    // the relay feed's cursor; 0 for events recorded locally
    QString name;
    QString phone;             // E.164; as the shop wrote it when phoneProblem is set
    QString region;            // default region of a phone without a country code (ISO 3166, e.g. IN); not stored
    QString phoneProblem;      // why libphonenumber could not read phone ('' when it is E.164): fires are suppressed
    qint64 occurredAtMs = 0;
    QJsonObject data;
    qint64 receivedAtMs = 0;
};

// All SQL over business_events (schema 6). Phones are stored in E.164 as PhoneNormalizer gives them, so an
// event meets its contact and recipient rows by plain equality.
class BusinessEventStore
{
    Q_DECLARE_TR_FUNCTIONS(BusinessEventStore)

public:
    explicit BusinessEventStore(QSqlDatabase db);

    // The longest event name the relay, `events push` and the workspace accept.
    static constexpr int kMaxNameLength = 128;
    // Empty when `name` (already trimmed) is a usable event name: 1 to kMaxNameLength characters, no control
    // characters; otherwise a sentence naming the problem. The one check for the relay, events push (relay or
    // workspace, the sandbox included) and fromJson.
    static QString nameProblem(const QString &name);

    // The event in the JSON the relay stores and serves: {"event" (or "name"), "phone", "region" (optional),
    // "occurred_at" (epoch ms or ISO 8601), "data" (object, optional)}. The phone is normalised with libphonenumber,
    // region being the default region of a number written without its country code ("097406 58510" with IN is
    // +919740658510). A phone it cannot read (or none) still makes an event: phone keeps the text and phoneProblem
    // says why, so the owner sees the order and why it sent nothing. nullopt with a sentence in *error and the
    // offending key in *field when the object is not a usable event (no name, a bad time or data).
    static std::optional<BusinessEvent> fromJson(const QJsonObject &json, qint64 receivedAtMs, QString *error,
                                                 QString *field = nullptr);
    // A number typed by a person or sent by a shop, in E.164; empty with *error set when it is not a number.
    static QString normalizePhone(const QString &phone, const QString &defaultRegion, QString *error);

    // Inserts the event (its phone normalised, or kept as given with its phoneProblem). An event from the relay (relayCursor > 0) is stored once per
    // account and cursor: inserting it again returns the existing row's id with *inserted false.
    // nullopt on a database error or an unusable phone.
    std::optional<qint64> insert(const BusinessEvent &event, QString *error, bool *inserted = nullptr);

    struct Filter
    {
        QString name;          // empty: every name
        qint64 afterId = 0;    // only events with a larger id
        int limit = 1000;
    };
    // Events in id order (the order they were recorded).
    QList<BusinessEvent> list(const Filter &filter, QString *error) const;
    // Every event of one phone (E.164), newest first.
    QList<BusinessEvent> byPhone(const QString &e164, QString *error) const;

private:
    QSqlDatabase m_db;
};

#pragma once

// Header-only helpers for the status feed tests and bench: Meta webhook payloads (whatsapp-api.md §2.3/2.4)
// and campaign rows written straight into a workspace.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace RelayFeedsFixture {

inline QJsonObject status(const QString &wamid, const QString &state, qint64 seconds, const QString &callback = {},
                          const QString &recipientDigits = {}, int errorCode = 0)
{
    QJsonObject s{{QStringLiteral("id"), wamid},
                  {QStringLiteral("status"), state},
                  {QStringLiteral("timestamp"), QString::number(seconds)}};
    if (!recipientDigits.isEmpty())
        s.insert(QStringLiteral("recipient_id"), recipientDigits);
    if (!callback.isEmpty())
        s.insert(QStringLiteral("biz_opaque_callback_data"), callback);
    if (state == QLatin1String("sent"))
        s.insert(QStringLiteral("conversation"),
                 QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("c-") + wamid)},
                             {QStringLiteral("expiration_timestamp"), QString::number(seconds + 86400)},
                             {QStringLiteral("origin"), QJsonObject{{QStringLiteral("type"), QStringLiteral("marketing")}}}});
    if (state == QLatin1String("sent") || state == QLatin1String("delivered"))
        s.insert(QStringLiteral("pricing"), QJsonObject{{QStringLiteral("billable"), true},
                                                        {QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                                                        {QStringLiteral("type"), QStringLiteral("regular")},
                                                        {QStringLiteral("category"), QStringLiteral("marketing")}});
    if (state == QLatin1String("failed")) {
        const QString title = errorCode == 131050 ? QStringLiteral("Unable to deliver the message. This recipient has "
                                                                   "chosen to stop receiving marketing messages")
                                                  : QStringLiteral("Message undeliverable");
        s.insert(QStringLiteral("errors"),
                 QJsonArray{QJsonObject{{QStringLiteral("code"), errorCode},
                                        {QStringLiteral("title"), title},
                                        {QStringLiteral("message"), title},
                                        {QStringLiteral("error_data"),
                                         QJsonObject{{QStringLiteral("details"), QStringLiteral("details %1").arg(errorCode)}}}}});
    }
    return s;
}

inline QJsonObject wrap(const QString &field, const QJsonObject &value)
{
    const QJsonObject change{{QStringLiteral("field"), field}, {QStringLiteral("value"), value}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("102290129340398")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                       {QStringLiteral("entry"), QJsonArray{entry}}};
}

inline QJsonObject metadata()
{
    return QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                       {QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")}};
}

inline QJsonObject statusPayload(const QJsonArray &statuses)
{
    return wrap(QStringLiteral("messages"), QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                                        {QStringLiteral("metadata"), metadata()},
                                                        {QStringLiteral("statuses"), statuses}});
}

// An inbound message; type "text" uses body as text.body, "button" uses it as button.text with payload.
inline QJsonObject messagePayload(const QString &fromDigits, const QString &id, qint64 seconds, const QString &type,
                                  const QString &body, const QString &contextId = {}, const QString &payload = {})
{
    QJsonObject m{{QStringLiteral("from"), fromDigits},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("timestamp"), QString::number(seconds)},
                  {QStringLiteral("type"), type}};
    if (type == QLatin1String("text"))
        m.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}});
    else if (type == QLatin1String("button"))
        m.insert(QStringLiteral("button"),
                 QJsonObject{{QStringLiteral("text"), body}, {QStringLiteral("payload"), payload}});
    if (!contextId.isEmpty())
        m.insert(QStringLiteral("context"),
                 QJsonObject{{QStringLiteral("from"), QStringLiteral("15550783881")}, {QStringLiteral("id"), contextId}});
    const QJsonArray contacts{QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Test")}}},
                                          {QStringLiteral("wa_id"), fromDigits}}};
    return wrap(QStringLiteral("messages"), QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                                        {QStringLiteral("metadata"), metadata()},
                                                        {QStringLiteral("contacts"), contacts},
                                                        {QStringLiteral("messages"), QJsonArray{m}}});
}

inline QJsonObject preferencePayload(const QString &waId, const QString &value, qint64 seconds)
{
    const QJsonObject pref{{QStringLiteral("wa_id"), waId},
                           {QStringLiteral("detail"), QStringLiteral("User requested to stop marketing messages")},
                           {QStringLiteral("category"), QStringLiteral("marketing_messages")},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("timestamp"), seconds}};
    return wrap(QStringLiteral("user_preferences"),
                QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"), metadata()},
                            {QStringLiteral("user_preferences"), QJsonArray{pref}}});
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline qint64 exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        qFatal("prepare: %s", qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("exec: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

inline QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// A campaign with one run on the workspace's first account; returns the run id.
inline qint64 addRun(QSqlDatabase db, const QString &name = QStringLiteral("Campaign"))
{
    const qint64 campaign = exec(db, QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, "
                                                    "created_at, updated_at) VALUES (?, (SELECT min(id) FROM accounts), "
                                                    "'offer', 'en', 0, 0)"),
                                 {name});
    return exec(db, QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, planned_at, updated_at) "
                                   "VALUES (?, 'running', 0, 0)"),
                {campaign});
}

inline qint64 addContact(QSqlDatabase db, const QString &phone)
{
    return exec(db, QStringLiteral("INSERT INTO contacts (phone, name, opt_in_at, opt_in_source, created_at, updated_at) "
                                   "VALUES (?, 'C', 1, 'import', 0, 0) ON CONFLICT(phone) DO UPDATE SET name = name "
                                   "RETURNING id"),
                {phone});
}

// A recipient row; wamid may be null (uncertain/claimed rows); sentMs 0 = none.
inline qint64 addRecipient(QSqlDatabase db, qint64 run, const QString &phone, const QString &state,
                           const QString &wamid, qint64 sentMs = 0)
{
    addContact(db, phone);
    return exec(db, QStringLiteral("INSERT INTO recipients (run_id, contact_id, phone, state, wamid, attempts, "
                                   "accepted_at, sent_at, updated_at) VALUES (?, (SELECT id FROM contacts WHERE phone = ?), "
                                   "?, ?, ?, 1, ?, ?, 0)"),
                {run, phone, phone, state, wamid.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(wamid),
                 sentMs > 0 ? QVariant(sentMs) : QVariant(QMetaType(QMetaType::LongLong)),
                 sentMs > 0 ? QVariant(sentMs) : QVariant(QMetaType(QMetaType::LongLong))});
}

} // namespace RelayFeedsFixture

#include "models/campaigns/testsendlog.h"
#include "models/storage/sqldialect.h"

#include "models/contacts/waid.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

namespace TestSendLog {

bool record(QSqlDatabase db, const TestSendEntry &e, QString *error)
{
    const QString waId = WaId::digits(e.waId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO test_sends (account_id, campaign_id, phone, wa_id, template_name, language, "
                             "wamid, ok, message, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {nullableId(e.accountId), nullableId(e.campaignId), QVariant(e.phone), nullable(waId),
                              QVariant(e.templateName), QVariant(e.language), nullable(e.wamid), QVariant(e.ok ? 1 : 0),
                              QVariant(e.message), QVariant(e.sentAtMs)})
        q.addBindValue(v);
    if (!run(q, error))
        return false;
    if (waId.isEmpty())
        return true;
    QSqlQuery learn(db);
    learn.prepare(QStringLiteral("UPDATE contacts SET wa_id = :wa WHERE phone = :phone AND wa_id IS DISTINCT FROM :wa"));
    learn.bindValue(QStringLiteral(":wa"), waId);
    learn.bindValue(QStringLiteral(":phone"), e.phone);
    return run(learn, error);
}

std::optional<QList<TestSendEntry>> byPhone(QSqlDatabase db, const QString &e164, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QStringLiteral("SELECT id, account_id, campaign_id, phone, wa_id, template_name, language, wamid, ok, "
                             "message, sent_at FROM test_sends WHERE phone = ? ORDER BY sent_at DESC, id DESC"));
    q.addBindValue(e164);
    if (!run(q, error))
        return std::nullopt;
    QList<TestSendEntry> out;
    while (q.next()) {
        TestSendEntry e;
        e.id = q.value(0).toLongLong();
        e.accountId = q.value(1).toLongLong();
        e.campaignId = q.value(2).toLongLong();
        e.phone = q.value(3).toString();
        e.waId = q.value(4).toString();
        e.templateName = q.value(5).toString();
        e.language = q.value(6).toString();
        e.wamid = q.value(7).toString();
        e.ok = q.value(8).toBool();
        e.message = q.value(9).toString();
        e.sentAtMs = q.value(10).toLongLong();
        out.append(e);
    }
    return out;
}

} // namespace TestSendLog

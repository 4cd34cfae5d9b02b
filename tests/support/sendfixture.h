#pragma once

// Campaign runs and recipient rows written with SQL, for the ledger and sender tests (CampaignStore::planRun
// does the same for real campaigns).
#include "models/accounts/account.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace SendFixture {

inline QByteArray defaultComponents()
{
    return R"([{"type":"body","parameters":[{"type":"text","text":"Ravi"},{"type":"text","text":"25%"}]},)"
           R"({"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"promo-123"}]}])";
}

inline void exec(QSqlQuery &q)
{
    if (!q.exec())
        qFatal("fixture SQL failed: %s", qPrintable(q.lastError().text()));
}

inline Account createAccount(QSqlDatabase db, const QString &graphUrl, const QString &tier = {}, int maxRate = 80)
{
    static int counter = 0;
    Account a;
    a.name = QStringLiteral("acct%1").arg(++counter);
    a.kind = Account::Kind::CloudApi;
    a.graphUrl = graphUrl;
    a.apiVersion = QStringLiteral("v23.0");
    a.phoneNumberId = QStringLiteral("1065403522429%1").arg(counter);
    a.wabaId = QStringLiteral("2001");
    a.messagingTier = tier.isNull() ? QStringLiteral("") : tier;
    a.maxRate = maxRate;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO accounts (name, kind, graph_url, api_version, phone_number_id, waba_id, "
                             "messaging_tier, max_rate, created_at, updated_at) VALUES (?, 'cloud-api', ?, ?, ?, ?, ?, ?, 0, 0) "
                             "RETURNING id"));
    for (const QVariant &v : {QVariant(a.name), QVariant(a.graphUrl), QVariant(a.apiVersion), QVariant(a.phoneNumberId),
                              QVariant(a.wabaId), QVariant(a.messagingTier), QVariant(a.maxRate)})
        q.addBindValue(v);
    exec(q);
    a.id = q.next() ? q.value(0).toLongLong() : -1;
    return a;
}

inline QString phoneFor(int i, const QString &prefix = QStringLiteral("+9198"))
{
    return prefix + QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0'));
}

// A campaign with one run of `count` planned recipients (+9198… numbers from `first`). Returns the run id.
inline qint64 createRun(QSqlDatabase db, qint64 accountId, int count, int first = 0,
                        const QString &templateName = QStringLiteral("diwali_offer_v2"),
                        const QString &language = QStringLiteral("en_US"),
                        const QByteArray &components = defaultComponents())
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, created_at, updated_at) "
                             "VALUES ('test', ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(accountId);
    q.addBindValue(templateName);
    q.addBindValue(language);
    q.addBindValue(now);
    q.addBindValue(now);
    exec(q);
    const qint64 campaignId = q.next() ? q.value(0).toLongLong() : -1;
    q.prepare(QStringLiteral("INSERT INTO campaign_runs (campaign_id, planned_at, updated_at) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(campaignId);
    q.addBindValue(now);
    q.addBindValue(now);
    exec(q);
    const qint64 runId = q.next() ? q.value(0).toLongLong() : -1;
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO recipients (run_id, phone, state, components, updated_at) "
                             "VALUES (?, ?, 'planned', ?, ?)"));
    for (int i = first; i < first + count; ++i) {
        q.addBindValue(runId);
        q.addBindValue(phoneFor(i));
        q.addBindValue(QString::fromUtf8(components));
        q.addBindValue(now);
        exec(q);
    }
    db.commit();
    return runId;
}

inline QVariant value(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    exec(q);
    return q.next() ? q.value(0) : QVariant();
}

inline qint64 count(QSqlDatabase db, qint64 runId, const QString &state)
{
    return value(db, QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = ? AND state = ?"), {runId, state})
        .toLongLong();
}

inline QList<qint64> ids(QSqlDatabase db, qint64 runId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM recipients WHERE run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace SendFixture

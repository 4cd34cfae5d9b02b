#include "models/accounts/portfolio.h"

#include "models/accounts/numberquality.h"
#include "models/storage/sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString groupName(const Account &a)
{
    if (!a.portfolioId.trimmed().isEmpty())
        return a.portfolioId.trimmed();
    if (!a.wabaId.trimmed().isEmpty())
        return QStringLiteral("waba:") + a.wabaId.trimmed();
    return QStringLiteral("account:") + a.name;
}

QJsonValue iso(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Result<QList<Portfolio::Group>> Portfolio::load(QSqlDatabase db, qint64 now)
{
    QString error;
    const QList<Account> accounts = AccountStore(db).list(&error);
    if (!error.isEmpty())
        return ErrorMessage{error};

    // Unique recipients per number in the window.
    QHash<qint64, qint64> recipients;
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QStringLiteral("SELECT coalesce(r.account_id, c.account_id), count(DISTINCT r.phone) FROM recipients r "
                             "JOIN campaign_runs cr ON cr.id = r.run_id JOIN campaigns c ON c.id = cr.campaign_id "
                             "WHERE r.claimed_at > ? GROUP BY coalesce(r.account_id, c.account_id)"));
    q.addBindValue(now - Headroom::kWindowMs);
    if (!q.exec())
        return ErrorMessage{q.lastError().text()};
    while (q.next())
        recipients.insert(q.value(0).toLongLong(), q.value(1).toLongLong());

    // Each campaign's numbers (its own account, plus campaign_accounts), its unfinished run and its next fire.
    QHash<qint64, QList<CampaignRef>> running, scheduled;
    q.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.active, c.next_fire_at, c.kind, "
        " (SELECT cr.id FROM campaign_runs cr WHERE cr.campaign_id = c.id "
        "  AND cr.status NOT IN ('stopped', 'sent', 'finished') ORDER BY cr.id DESC LIMIT 1), "
        " (SELECT cr.status FROM campaign_runs cr WHERE cr.campaign_id = c.id "
        "  AND cr.status NOT IN ('stopped', 'sent', 'finished') ORDER BY cr.id DESC LIMIT 1), "
        " n.account_id "
        "FROM campaigns c JOIN (SELECT id AS campaign_id, account_id FROM campaigns "
        "  UNION SELECT campaign_id, account_id FROM campaign_accounts) n ON n.campaign_id = c.id "
        "ORDER BY c.next_fire_at, c.id"));
    if (!q.exec())
        return ErrorMessage{q.lastError().text()};
    while (q.next()) {
        CampaignRef ref;
        ref.id = q.value(0).toLongLong();
        ref.name = q.value(1).toString();
        const bool active = q.value(2).toBool();
        ref.nextFireAt = q.value(3).toLongLong();
        ref.runId = q.value(5).toLongLong();
        ref.runStatus = q.value(6).toString();
        const qint64 account = q.value(7).toLongLong();
        if (ref.runId > 0)
            running[account] << ref;
        if (active && ref.nextFireAt > now && ref.runId == 0)
            scheduled[account] << ref;
    }

    QList<Group> groups;
    QHash<QString, qsizetype> index;
    for (const Account &a : accounts) {
        const QString key = groupName(a);
        if (!index.contains(key)) {
            index.insert(key, groups.size());
            Group g;
            g.portfolio = key;
            g.headroom = Headroom::compute(db, a, now, &error);
            groups << g;
        }
        Number n;
        n.account = a;
        n.recipients24h = recipients.value(a.id);
        n.running = running.value(a.id);
        n.scheduled = scheduled.value(a.id);
        groups[index.value(key)].numbers << n;
    }
    return groups;
}

QJsonObject Portfolio::toJson(const QList<Group> &groups)
{
    QJsonArray portfolios;
    for (const Group &g : groups) {
        QJsonArray numbers;
        for (const Number &n : g.numbers) {
            QJsonArray running, scheduled;
            for (const CampaignRef &c : n.running)
                running.append(QJsonObject{{QStringLiteral("campaign_id"), c.id},
                                           {QStringLiteral("name"), c.name},
                                           {QStringLiteral("run_id"), c.runId},
                                           {QStringLiteral("status"), c.runStatus}});
            for (const CampaignRef &c : n.scheduled)
                scheduled.append(QJsonObject{{QStringLiteral("campaign_id"), c.id},
                                             {QStringLiteral("name"), c.name},
                                             {QStringLiteral("next_fire_at"), iso(c.nextFireAt)}});
            numbers.append(QJsonObject{
                {QStringLiteral("account"), n.account.name},
                {QStringLiteral("phone_number_id"), n.account.phoneNumberId},
                {QStringLiteral("quality"), NumberQuality::ratingName(NumberQuality::ratingFromName(n.account.qualityRating))},
                {QStringLiteral("flagged"), n.account.isFlagged()},
                {QStringLiteral("throughput"), n.account.sendRate()},
                {QStringLiteral("tier"), n.account.messagingTier},
                {QStringLiteral("recipients_24h"), n.recipients24h},
                {QStringLiteral("running"), running},
                {QStringLiteral("scheduled"), scheduled}});
        }
        const Headroom &h = g.headroom;
        portfolios.append(QJsonObject{{QStringLiteral("portfolio"), g.portfolio},
                                      {QStringLiteral("tier"), h.tier},
                                      {QStringLiteral("limit"), h.unlimited() ? QJsonValue() : QJsonValue(h.limit)},
                                      {QStringLiteral("used"), h.used},
                                      {QStringLiteral("remaining"),
                                       h.unlimited() ? QJsonValue() : QJsonValue(h.remaining())},
                                      {QStringLiteral("numbers"), numbers}});
    }
    return {{QStringLiteral("portfolios"), portfolios}};
}

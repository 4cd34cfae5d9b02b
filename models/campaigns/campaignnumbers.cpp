#include "models/campaigns/campaignnumbers.h"

#include "models/accounts/account.h"
#include "models/accounts/headroom.h"
#include "models/campaigns/campaign.h"
#include "models/storage/sqldialect.h"
#include "models/templates/templatestore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Result<QList<qint64>> CampaignNumbers::load(QSqlDatabase db, qint64 campaignId, qint64 ownAccountId)
{
    QList<qint64> ids{ownAccountId};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT account_id FROM campaign_accounts WHERE campaign_id = ? ORDER BY position, account_id"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return ErrorMessage{q.lastError().text()};
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

Result<void> CampaignNumbers::save(QSqlDatabase db, qint64 campaignId, const QList<qint64> &ids)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM campaign_accounts WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return ErrorMessage{q.lastError().text()};
    if (ids.size() < 2)
        return {};
    q.prepare(QStringLiteral("INSERT INTO campaign_accounts (campaign_id, account_id, position) VALUES (?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        q.addBindValue(campaignId);
        q.addBindValue(ids.at(i));
        q.addBindValue(qint64(i));
        if (!q.exec())
            return ErrorMessage{q.lastError().text()};
    }
    return {};
}

QString CampaignNumbers::check(QSqlDatabase db, const Campaign &c)
{
    if (c.accountIds.size() < 2)
        return {};
    QString error;
    AccountStore accounts(db);
    const auto own = accounts.byId(c.accountId, &error);
    if (!own)
        return error;
    const QList<qint64> group = Headroom::budgetGroup(db, *own, &error);
    for (qint64 id : c.accountIds) {
        const auto a = accounts.byId(id, &error);
        if (!a)
            return tr("There is no account with id %1: pick the campaign's numbers from herald-cli account list.").arg(id);
        if (!group.contains(id))
            return tr("Account “%1” belongs to another business portfolio than “%2”: a campaign spreads its audience "
                      "only over numbers of one portfolio (set both with herald-cli account set --portfolio).")
                .arg(a->name, own->name);
        const auto t = TemplateStore(db).find(id, c.templateName, c.language, &error);
        if (!t)
            return tr("Account “%1” has no template “%2” in language %3 (templates belong to a WhatsApp Business "
                      "account): sync its templates (herald-cli templates sync --account %1) or leave it out.")
                .arg(a->name, c.templateName, c.language);
    }
    return {};
}

Result<QHash<qint64, qint64>> CampaignNumbers::assign(QSqlDatabase db, qint64 runId, const QList<qint64> &accountIds)
{
    QHash<qint64, qint64> counts;
    if (accountIds.size() < 2)
        return counts;
    QString error;
    AccountStore store(db);
    QHash<qint64, double> rate;
    for (qint64 id : accountIds) {
        const auto a = store.byId(id, &error);
        rate.insert(id, a ? a->sendRate() : Account::kDefaultRate);
    }
    const QString ids = [&] {
        QStringList parts;
        for (qint64 id : accountIds)
            parts << QString::number(id);
        return parts.join(QLatin1Char(','));
    }();
    // The number each phone of this run last talked to among the campaign's numbers: the latest of its sends
    // (claimed rows of any run) and its inbound messages (attributed to a row, whose number it answered).
    QSqlQuery last(db);
    last.setForwardOnly(SqlDialect::forwardOnly(last));
    last.prepare(QStringLiteral(
        "SELECT phone, account, max(at) AS last_at FROM ("
        " SELECT o.phone AS phone, coalesce(o.account_id, c.account_id) AS account, o.claimed_at AS at "
        " FROM recipients o JOIN campaign_runs cr ON cr.id = o.run_id JOIN campaigns c ON c.id = cr.campaign_id "
        " WHERE o.run_id <> ? AND o.claimed_at IS NOT NULL "
        " AND o.phone IN (SELECT phone FROM recipients WHERE run_id = ?) "
        " UNION ALL "
        " SELECT i.phone AS phone, coalesce(o.account_id, c.account_id) AS account, i.message_at AS at "
        " FROM inbound_messages i JOIN recipients o ON o.id = i.recipient_id "
        " JOIN campaign_runs cr ON cr.id = o.run_id JOIN campaigns c ON c.id = cr.campaign_id "
        " WHERE i.phone IN (SELECT phone FROM recipients WHERE run_id = ?)"
        ") t WHERE account IN (%1) GROUP BY phone, account ORDER BY phone, last_at").arg(ids));
    for (int i = 0; i < 3; ++i)
        last.addBindValue(runId);
    if (!last.exec())
        return ErrorMessage{last.lastError().text()};
    QHash<QString, qint64> kept;   // phone → account (the latest row wins: ordered by time)
    while (last.next())
        kept.insert(last.value(0).toString(), last.value(1).toLongLong());

    QSqlQuery rows(db);
    rows.setForwardOnly(SqlDialect::forwardOnly(rows));
    rows.prepare(QStringLiteral("SELECT id, phone FROM recipients WHERE run_id = ? AND account_id IS NULL ORDER BY id"));
    rows.addBindValue(runId);
    if (!rows.exec())
        return ErrorMessage{rows.lastError().text()};
    QList<std::pair<qint64, qint64>> plan;   // row, account
    QHash<qint64, double> credit;            // smooth weighted round-robin (nginx): proportional and interleaved
    double total = 0;
    for (qint64 id : accountIds)
        total += rate.value(id);
    while (rows.next()) {
        const qint64 row = rows.value(0).toLongLong();
        const auto it = kept.constFind(rows.value(1).toString());
        qint64 account = 0;
        if (it != kept.constEnd()) {
            account = *it;
        } else {
            for (qint64 id : accountIds) {
                credit[id] += rate.value(id);
                if (account == 0 || credit.value(id) > credit.value(account))
                    account = id;
            }
            credit[account] -= total;
        }
        plan.append({row, account});
        ++counts[account];
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE recipients SET account_id = ? WHERE id = ?"));
    for (const auto &[row, account] : std::as_const(plan)) {
        update.addBindValue(account);
        update.addBindValue(row);
        if (!update.exec())
            return ErrorMessage{update.lastError().text()};
    }
    return counts;
}

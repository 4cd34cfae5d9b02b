#include "models/accounts/headroom.h"
#include "models/storage/sqldialect.h"

#include "models/accounts/account.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

QString budgetKey(const Account &a)
{
    if (!a.portfolioId.trimmed().isEmpty())
        return QStringLiteral("p:") + a.portfolioId.trimmed();
    if (!a.wabaId.trimmed().isEmpty())
        return QStringLiteral("w:") + a.wabaId.trimmed();
    return QStringLiteral("a:%1").arg(a.id);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

QString Headroom::describe() const
{
    if (!tierKnown)
        return tr("Messaging tier not known: no daily limit is applied. WhatsApp Manager shows the number's tier; "
                  "record it with herald-cli account set --messaging-tier.");
    if (unlimited())
        return tr("Unlimited messaging tier (%1): no daily limit.").arg(tier);
    return tr("%1 of %2 unique recipients left in the last 24 hours (%3).").arg(remaining()).arg(limit).arg(tier);
}

QString Headroom::waitingText() const
{
    return tr("Waiting for the daily messaging limit (%1 of %2 unique recipients used in 24 hours); the next send "
              "becomes possible at %3 UTC.")
        .arg(used)
        .arg(limit)
        .arg(QDateTime::fromMSecsSinceEpoch(nextSendAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QList<qint64> Headroom::budgetGroup(QSqlDatabase db, const Account &account, QString *error)
{
    // The stored account decides the group (a sandbox account's effective WABA id is the sandbox's).
    AccountStore store(db);
    const Account stored = store.byId(account.id, error).value_or(account);
    const QString key = budgetKey(stored);
    QList<qint64> ids{account.id};
    for (const Account &a : store.list(error)) {
        if (a.id != account.id && budgetKey(a) == key)
            ids << a.id;
    }
    return ids;
}

Headroom Headroom::compute(QSqlDatabase db, const Account &account, qint64 now, QString *error)
{
    Headroom h;
    h.tier = account.messagingTier.trimmed().toUpper();
    h.limit = Account::tierLimit(h.tier);
    h.tierKnown = h.limit >= 0 || h.tier == QLatin1String("TIER_UNLIMITED");
    if (h.unlimited())
        return h;
    // Each phone counts from its latest claim in the window; the budget frees up as those leave it, oldest first.
    const QString ids = idList(budgetGroup(db, account, error));
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    if (!q.prepare(QStringLiteral("SELECT max(r.claimed_at) AS last FROM recipients r "
                                  "JOIN campaign_runs cr ON cr.id = r.run_id JOIN campaigns c ON c.id = cr.campaign_id "
                                  "WHERE coalesce(r.account_id, c.account_id) IN (%1) AND r.claimed_at > ? GROUP BY r.phone ORDER BY last")
                       .arg(ids))) {
        if (error)
            *error = q.lastError().text();
        return h;
    }
    q.addBindValue(now - kWindowMs);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return h;
    }
    QList<qint64> lasts;
    while (q.next())
        lasts << q.value(0).toLongLong();
    h.used = lasts.size();
    if (h.remaining() == 0) {
        // One slot frees when the (used - limit + 1)-th oldest phone leaves the window.
        const qsizetype i = qBound<qsizetype>(0, h.used - h.limit, lasts.size() - 1);
        h.nextSendAt = lasts.isEmpty() ? now : lasts.at(i) + kWindowMs + 1;
    }
    return h;
}

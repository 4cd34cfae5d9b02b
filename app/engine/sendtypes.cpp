#include "sendtypes.h"

#include "account.h"

#include <algorithm>

int SendOptions::effectiveRate(const Account &account) const
{
    const int r = rate > 0 ? rate : (account.maxRate > 0 ? account.maxRate : 80);
    return std::clamp(r, 1, kMaxRate);
}

QString Headroom::describe() const
{
    if (!tierKnown)
        return tr("Messaging tier not known: no daily limit is applied. WhatsApp Manager shows the number's tier; "
                  "record it with herald-cli account set --messaging-tier.");
    if (unlimited())
        return tr("Unlimited messaging tier (%1): no daily limit.").arg(tier);
    return tr("%1 of %2 unique recipients left in the last 24 hours (%3).").arg(remaining()).arg(limit).arg(tier);
}

Headroom Headroom::compute(const RecipientLedger &ledger, const Account &account, qint64 now, QString *error)
{
    Headroom h;
    h.tier = account.messagingTier.trimmed().toUpper();
    h.limit = Account::tierLimit(h.tier);
    h.tierKnown = h.limit >= 0 || h.tier == QLatin1String("TIER_UNLIMITED");
    if (!h.unlimited()) {
        const qint64 used = ledger.uniqueRecipientsSince(account.id, now - 24 * 3600 * 1000LL, error);
        h.used = std::max<qint64>(used, 0);
    }
    return h;
}

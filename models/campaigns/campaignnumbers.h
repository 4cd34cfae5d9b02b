#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct Campaign;

// The numbers a campaign sends from (issue 18 §1): its own account, or several accounts of ONE business portfolio
// (campaign_accounts; the first is campaigns.account_id). The one owner of
//   - which numbers a campaign may use (same budget group as Headroom counts, the template synced on each: templates
//     are per WABA), check();
//   - which number each recipient of a run is sent from (recipients.account_id), assign(): a contact keeps the number
//     it last talked to among the campaign's numbers (its last inbound message or the last send to it), so replies
//     and the 24-hour service window stay on one thread; new contacts are spread in proportion to each number's
//     throughput (Account::sendRate), smooth weighted round-robin in contact order.
class CampaignNumbers
{
    Q_DECLARE_TR_FUNCTIONS(CampaignNumbers)

public:
    // The campaign's numbers, its own account first; one entry for a one-number campaign.
    static Result<QList<qint64>> load(QSqlDatabase db, qint64 campaignId, qint64 ownAccountId);
    // Stores `ids` (the campaign's account first); one number or none clears the list.
    static Result<void> save(QSqlDatabase db, qint64 campaignId, const QList<qint64> &ids);
    // Empty when `c.accountIds` may send c's template; else a sentence naming the account and what to do.
    static QString check(QSqlDatabase db, const Campaign &c);
    // Gives every planned row of `runId` without a number its number (nothing to do for one number). Runs inside
    // the caller's transaction. Returns how many rows went to each account.
    static Result<QHash<qint64, qint64>> assign(QSqlDatabase db, qint64 runId, const QList<qint64> &accountIds);
};

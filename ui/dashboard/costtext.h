#pragma once

#include "models/stats/campaigncost.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The dashboard's cost lines, in the reader's locale (LocalFormat::money): a run's "Cost: actual X of estimated Y"
// and an account's month. One figure per currency, never a sum of two.
class CostText
{
    Q_DECLARE_TR_FUNCTIONS(CostText)

public:
    static QString run(const CampaignCost::Run &cost);
    // totals: CampaignCost::forMonth for one account.
    static QString month(const QDate &month, const QString &account, const QList<CampaignCost::AccountMonth> &totals);
};

#pragma once

#include "models/accounts/account.h"
#include "models/accounts/headroom.h"
#include "models/core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The portfolio view (issue 18 §1): every number of the workspace grouped by the budget it draws on (Headroom's
// group: business portfolio, else WABA, else the account alone), with its quality, throughput, tier, unique
// recipients in the last 24 h, and the campaigns drawing on it now and scheduled next. One reader for the GUI page
// (ui/portfolio/) and `herald-cli portfolio [--json]` (toJson() is the --json shape).
class Portfolio
{
    Q_DECLARE_TR_FUNCTIONS(Portfolio)

public:
    struct CampaignRef
    {
        qint64 id = 0;
        QString name;
        qint64 runId = 0;        // running: its unfinished run
        QString runStatus;       // running: the run's stored status
        qint64 nextFireAt = 0;   // scheduled: UTC ms
    };
    struct Number
    {
        Account account;
        qint64 recipients24h = 0;       // unique phones claimed from this number in the rolling 24 h
        QList<CampaignRef> running;     // campaigns with an unfinished run on this number
        QList<CampaignRef> scheduled;   // active scheduled/recurring/triggered campaigns on it, next first
    };
    struct Group
    {
        QString portfolio;   // the portfolio id; else "waba:<id>"; else "account:<name>"
        Headroom headroom;   // shared by every number of the group
        QList<Number> numbers;
    };

    static Result<QList<Group>> load(QSqlDatabase db, qint64 now);
    static QJsonObject toJson(const QList<Group> &groups);
};

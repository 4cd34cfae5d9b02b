#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// What a campaign run cost, and what an account spent in a month: the one place that prices messages (issue 18 §3).
//
// - Estimated: every recipient of the run that was not skipped, at the rate for the run's template category and the
//   recipient's country valid on the day the run started (planned, until it starts) — the pre-flight's estimate
//   (Preflight::check, same RateCard) for the people the run actually holds.
// - Actual: every recipient whose recorded pricing (MessagePricing, from the status webhooks) is billable and that
//   was delivered (Meta charges per delivered message since 1 July 2025), at the rate valid on the day it was sent
//   for its pricing category (else the template's) and country.
// Countries come from libphonenumber (PhoneNormalizer::regionOf), once per number prefix of eight digits, which
// decides the region even in shared calling codes (+1, +7, +44, +61…). Amounts are summed in millionths, so
// the same messages give the same figure on SQLite and PostgreSQL. Different currencies are never added: each figure
// is per currency; a message with no rate is counted in `unpriced`.
class CampaignCost
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCost)

public:
    struct Amount
    {
        QString currency;
        double estimated = 0;
        double actual = 0;
        qint64 estimatedMessages = 0;   // priced in the estimate
        qint64 billableMessages = 0;    // billable, delivered and priced
    };

    struct Run
    {
        bool hasRates = false;          // the rate card has any rate
        QList<Amount> byCurrency;       // sorted by currency
        qint64 billableMessages = 0;    // billable and delivered, priced or not
        qint64 unpricedBillable = 0;    // of them, without a rate
        qint64 unpricedEstimate = 0;    // recipients the estimate has no rate for

        // The one currency, when there is exactly one.
        std::optional<Amount> single() const;
        // `campaign stats --json`'s "cost": {estimated, actual, currency, billable_messages} (numbers when there is one
        // currency, null without rates or with several), plus by_currency [{currency, estimated, actual,
        // billable_messages}], unpriced_billable and unpriced_estimate.
        QJsonObject toJson() const;
    };

    struct AccountMonth
    {
        qint64 accountId = 0;
        QString account;                // its name
        QString currency;               // '' = billable messages without a rate
        double actual = 0;
        qint64 billableMessages = 0;
        qint64 campaigns = 0;           // campaigns with a billable message in the month
    };

    static Result<Run> forRun(QSqlDatabase db, qint64 runId);
    // Per account and currency, the messages sent in `month` (its first day; UTC months), ordered by account name and
    // currency. accountId 0: every account.
    static Result<QList<AccountMonth>> forMonth(QSqlDatabase db, const QDate &month, qint64 accountId = 0);
    // `herald-cli cost --json`: {month: "YYYY-MM", accounts: [{account, currency, actual, billable_messages,
    // campaigns}]} (currency and actual null for messages without a rate).
    static QJsonObject monthJson(const QDate &month, const QList<AccountMonth> &totals);
};

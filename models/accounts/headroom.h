#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct Account;

// What is left of a messaging limit: unique recipients per rolling 24 h (Meta's tiers, whatsapp-api.md §5.3).
// The ONE rule for the daily budget: pre-flight (models/campaigns/preflight.cpp), the sender (RecipientLedger claims via
// SendWorker) and the scheduler (continuing a run that waits for the limit) all call compute().
//
// Since Oct 2025 Meta sets the limit per business portfolio and all its numbers share it. The budget is
// therefore counted over every account of the same portfolio: accounts with the same portfolio id
// (`account set --portfolio ID`); an account without one is grouped by its WABA id (numbers of one WABA always
// belong to one portfolio); an account with neither stands alone. The tier is the account's own
// (`--messaging-tier`, which is the portfolio's limit).
struct Headroom
{
    Q_DECLARE_TR_FUNCTIONS(Headroom)

public:
    static constexpr qint64 kWindowMs = 24 * 3600 * 1000LL;

    QString tier;            // TIER_250 … TIER_UNLIMITED as stored on the account, '' = not known
    bool tierKnown = false;  // false: no limit is applied, and the UI says so
    qint64 limit = -1;       // -1 = unlimited (or unknown)
    qint64 used = 0;         // unique recipients in the last 24 h, over the whole budget group
    qint64 nextSendAt = 0;   // remaining() == 0: when the oldest counted recipient leaves the window (UTC ms)

    bool unlimited() const { return limit < 0; }
    qint64 remaining() const { return limit < 0 ? -1 : qMax<qint64>(0, limit - used); }
    // One sentence for the UI and the CLI.
    QString describe() const;
    // "waiting for the daily limit: the next send becomes possible at …" (UTC, ISO 8601).
    QString waitingText() const;

    // The budget at `now` (UTC ms) for `account` (its tier; its budget group from the stored accounts).
    static Headroom compute(QSqlDatabase db, const Account &account, qint64 now, QString *error);
    // The accounts whose sends count against `account`'s budget (itself included).
    static QList<qint64> budgetGroup(QSqlDatabase db, const Account &account, QString *error);
};

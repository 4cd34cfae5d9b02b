// herald-cli cost [--month YYYY-MM] [--account NAME] [--json]: the monthly total per account and currency of the
// messages Meta bills (CampaignCost::forMonth, the figure the dashboard shows).
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "models/accounts/account.h"
#include "models/core/clock.h"
#include "models/core/localformat.h"
#include "models/stats/campaigncost.h"
#include "models/storage/workspace.h"

#include <QDate>
#include <QDateTime>

using namespace Cli;

int CostCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption month(QStringLiteral("month"), tr("The month (UTC), default this one."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Only this account (default: every account)."),
                                     QStringLiteral("NAME"));
    p.addOptions({ month, account, jsonOption() });
    QString error;
    if (!parse(p, QStringLiteral("cost"), args, &error))
        return usage(error);
    if (!p.positionalArguments().isEmpty())
        return usage(tr("cost takes no arguments; choose the month with --month YYYY-MM."));
    QDate first = Clock::nowUtc().date();
    first = QDate(first.year(), first.month(), 1);
    if (p.isSet(month)) {
        first = QDate::fromString(p.value(month) + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid() || p.value(month).size() != 7)
            return usage(tr("“%1” is not a month; write --month like 2026-03.").arg(p.value(month)));
    }
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    qint64 accountId = 0;
    if (p.isSet(account)) {
        const std::optional<Account> a = chosenAccount(ws, p, &error, account);
        if (!a)
            return fail(error);
        accountId = a->id;
    }
    const Result<QList<CampaignCost::AccountMonth>> totals = CampaignCost::forMonth(ws.database(), first, accountId);
    if (!totals)
        return fail(totals.error());
    if (p.isSet(jsonOption())) {
        printJson(CampaignCost::monthJson(first, *totals));
        return 0;
    }
    const QString monthName = first.toString(QStringLiteral("yyyy-MM"));
    if (totals->isEmpty())
        out() << tr("No billable message was delivered in %1.").arg(monthName) << Qt::endl;
    for (const CampaignCost::AccountMonth &t : *totals) {
        const QString amount = t.currency.isEmpty() ? tr("no rate on the rate card")
                                                    : LocalFormat::money(t.actual, t.currency);
        out() << tr("%1 · %2: %3 for %n billable message(s) in %4 campaign(s)", nullptr, int(t.billableMessages))
                     .arg(monthName, t.account, amount)
                     .arg(t.campaigns)
              << Qt::endl;
    }
    return 0;
}

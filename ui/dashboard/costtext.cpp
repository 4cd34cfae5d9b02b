#include "ui/dashboard/costtext.h"

#include "models/core/localformat.h"

#include <QLocale>

QString CostText::run(const CampaignCost::Run &cost)
{
    if (!cost.hasRates)
        return tr("Cost: no rate card yet — add prices under Campaigns → Pre-flight → Rate card to see what runs cost.");
    QStringList parts;
    for (const CampaignCost::Amount &a : cost.byCurrency)
        parts << tr("actual %1 of estimated %2").arg(LocalFormat::money(a.actual, a.currency),
                                                     LocalFormat::money(a.estimated, a.currency));
    QString text = parts.isEmpty() ? tr("Cost: no message of this run has a rate on the rate card")
                                   : tr("Cost: %1").arg(parts.join(QStringLiteral(" · ")));
    text += tr(" (%n billable message(s) delivered)", nullptr, int(cost.billableMessages));
    if (cost.unpricedBillable > 0)
        text += tr(" · %n without a rate", nullptr, int(cost.unpricedBillable));
    return text;
}

QString CostText::month(const QDate &month, const QString &account, const QList<CampaignCost::AccountMonth> &totals)
{
    const QString name = QLocale().standaloneMonthName(month.month()) + QLatin1Char(' ') + QString::number(month.year());
    QStringList parts;
    qint64 messages = 0;
    for (const CampaignCost::AccountMonth &t : totals) {
        messages += t.billableMessages;
        if (!t.currency.isEmpty())
            parts << LocalFormat::money(t.actual, t.currency);
    }
    if (messages == 0)
        return tr("%1 in %2: nothing billed yet").arg(account, name);
    return tr("%1 in %2: %3 for %n billable message(s)", nullptr, int(messages))
        .arg(account, name, parts.isEmpty() ? tr("no rate") : parts.join(QStringLiteral(" · ")));
}

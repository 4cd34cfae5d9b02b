#include "models/stats/campaigncost.h"

#include "models/campaigns/ratecard.h"
#include "models/contacts/phonenormalizer.h"
#include "models/status/messagepricing.h"
#include "models/storage/sqldialect.h"

#include <cmath>
#include <map>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr double kMicros = 1e6;

// The send time of a recipient row, and its UTC day number (days since 1970-01-01): SQL both engines read alike.
const char kSentAt[] = "coalesce(r.accepted_at, r.sent_at, r.delivered_at, r.read_at)";
// Eight digits after the '+' decide the region in every shared calling code.
const char kPrefix[] = "substr(r.phone, 1, 9)";
const char kDelivered[] = "r.pricing_billable = 1 AND (r.delivered_at IS NOT NULL OR r.read_at IS NOT NULL)";

QDate dayFromNumber(qint64 day)
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + day);
}

qint64 micros(double price)
{
    return std::llround(price * kMicros);
}

double fromMicros(qint64 m)
{
    return double(m) / kMicros;
}

// The region of a number, cached per prefix (the numbers of one prefix share it).
class Regions
{
public:
    QString of(const QString &phone)
    {
        const QString key = phone.left(9);
        auto it = m_cache.constFind(key);
        if (it == m_cache.cend())
            it = m_cache.insert(key, PhoneNormalizer::regionOf(phone));
        return *it;
    }

private:
    QHash<QString, QString> m_cache;
};

struct Sums
{
    qint64 estimated = 0;
    qint64 actual = 0;
    qint64 estimatedMessages = 0;
    qint64 billableMessages = 0;
};

// The run's template category (as planned, else the campaign's template now) and the day its estimate is priced on.
struct RunInfo
{
    QString category;
    QDate day;
};

std::optional<RunInfo> runInfo(QSqlDatabase db, qint64 runId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cr.template_json, coalesce(cr.started_at, cr.planned_at), t.category "
                             "FROM campaign_runs cr JOIN campaigns c ON c.id = cr.campaign_id "
                             "LEFT JOIN templates t ON t.account_id = c.account_id AND t.name = c.template_name "
                             "AND t.language = c.language WHERE cr.id = ?"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        *error = CampaignCost::tr("There is no run %1.").arg(runId);
        return std::nullopt;
    }
    RunInfo info;
    info.category = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                        .object()
                        .value(QLatin1String("category"))
                        .toString()
                        .toUpper();
    if (info.category.isEmpty())
        info.category = q.value(2).toString().toUpper();
    info.day = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).date();
    return info;
}

// The rate for a delivered billable message: its pricing category, else the template's.
const RateCard::Rate *actualRate(const RateCard::Table &rates, const QString &pricingCategory,
                                 const QString &templateCategory, const QString &country, const QDate &day)
{
    const QString category = MessagePricing::rateCategory(pricingCategory);
    if (!category.isEmpty())
        if (const RateCard::Rate *r = rates.find(category, country, day))
            return r;
    return rates.find(templateCategory, country, day);
}

} // namespace

std::optional<CampaignCost::Amount> CampaignCost::Run::single() const
{
    if (byCurrency.size() != 1)
        return std::nullopt;
    return byCurrency.first();
}

QJsonObject CampaignCost::Run::toJson() const
{
    QJsonArray currencies;
    for (const Amount &a : byCurrency)
        currencies.append(QJsonObject { { QStringLiteral("currency"), a.currency },
                                        { QStringLiteral("estimated"), a.estimated },
                                        { QStringLiteral("actual"), a.actual },
                                        { QStringLiteral("billable_messages"), a.billableMessages } });
    const std::optional<Amount> one = single();
    return QJsonObject { { QStringLiteral("estimated"), one ? QJsonValue(one->estimated) : QJsonValue() },
                         { QStringLiteral("actual"), one ? QJsonValue(one->actual) : QJsonValue() },
                         { QStringLiteral("currency"), one ? QJsonValue(one->currency) : QJsonValue() },
                         { QStringLiteral("billable_messages"), billableMessages },
                         { QStringLiteral("by_currency"), currencies },
                         { QStringLiteral("unpriced_billable"), unpricedBillable },
                         { QStringLiteral("unpriced_estimate"), unpricedEstimate } };
}

Result<CampaignCost::Run> CampaignCost::forRun(QSqlDatabase db, qint64 runId)
{
    QString error;
    const std::optional<RunInfo> info = runInfo(db, runId, &error);
    if (!info)
        return ErrorMessage { error };
    const std::optional<RateCard::Table> rates = RateCard(db).table(&error);
    if (!rates)
        return ErrorMessage { error };
    Run run;
    run.hasRates = !rates->isEmpty();
    std::map<QString, Sums> sums;
    Regions regions;

    // Billable delivered messages: counted even without rates.
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QStringLiteral("SELECT min(r.phone), coalesce(r.pricing_category, ''), CAST(%1 / %2 AS BIGINT), count(*) "
                             "FROM recipients r WHERE r.run_id = ? AND %3 GROUP BY %4, 2, 3")
                  .arg(QLatin1String(kSentAt))
                  .arg(kDayMs)
                  .arg(QLatin1String(kDelivered), QLatin1String(kPrefix)));
    q.addBindValue(runId);
    if (!q.exec())
        return ErrorMessage { q.lastError().text() };
    while (q.next()) {
        const qint64 n = q.value(3).toLongLong();
        run.billableMessages += n;
        const RateCard::Rate *rate = actualRate(*rates, q.value(1).toString(), info->category,
                                                regions.of(q.value(0).toString()),
                                                dayFromNumber(q.value(2).toLongLong()));
        if (!rate) {
            run.unpricedBillable += n;
            continue;
        }
        Sums &s = sums[rate->currency];
        s.actual += micros(rate->price) * n;
        s.billableMessages += n;
    }

    // The estimate: every recipient the run holds but skipped ones, priced on the run's day.
    if (run.hasRates) {
        q.prepare(QStringLiteral("SELECT min(r.phone), count(*) FROM recipients r WHERE r.run_id = ? "
                                 "AND r.state <> 'skipped' GROUP BY %1")
                      .arg(QLatin1String(kPrefix)));
        q.addBindValue(runId);
        if (!q.exec())
            return ErrorMessage { q.lastError().text() };
        while (q.next()) {
            const qint64 n = q.value(1).toLongLong();
            const RateCard::Rate *rate = rates->find(info->category, regions.of(q.value(0).toString()), info->day);
            if (!rate) {
                run.unpricedEstimate += n;
                continue;
            }
            Sums &s = sums[rate->currency];
            s.estimated += micros(rate->price) * n;
            s.estimatedMessages += n;
        }
    }
    for (const auto &[currency, s] : sums)
        run.byCurrency << Amount { currency, fromMicros(s.estimated), fromMicros(s.actual), s.estimatedMessages,
                                   s.billableMessages };
    return run;
}

Result<QList<CampaignCost::AccountMonth>> CampaignCost::forMonth(QSqlDatabase db, const QDate &month, qint64 accountId)
{
    const QDate first(month.year(), month.month(), 1);
    const qint64 from = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QString error;
    const std::optional<RateCard::Table> rates = RateCard(db).table(&error);
    if (!rates)
        return ErrorMessage { error };

    struct Total
    {
        QString account;
        qint64 actual = 0;
        qint64 billable = 0;
        QSet<qint64> campaigns;
    };
    std::map<std::pair<qint64, QString>, Total> totals; // (account id, currency)
    QHash<qint64, QString> categoryOfRun;
    Regions regions;

    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QStringLiteral("SELECT c.account_id, a.name, cr.campaign_id, r.run_id, min(r.phone), "
                             "coalesce(r.pricing_category, ''), CAST(%1 / %2 AS BIGINT), count(*) "
                             "FROM recipients r JOIN campaign_runs cr ON cr.id = r.run_id "
                             "JOIN campaigns c ON c.id = cr.campaign_id JOIN accounts a ON a.id = c.account_id "
                             "WHERE %3 AND %1 >= ? AND %1 < ? AND (CAST(? AS BIGINT) = 0 OR c.account_id = ?) "
                             "GROUP BY c.account_id, a.name, cr.campaign_id, r.run_id, %4, 6, 7")
                  .arg(QLatin1String(kSentAt))
                  .arg(kDayMs)
                  .arg(QLatin1String(kDelivered), QLatin1String(kPrefix)));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    if (!q.exec())
        return ErrorMessage { q.lastError().text() };
    struct Group
    {
        qint64 account, campaign, run;
        QString name, phone, category;
        qint64 day, n;
    };
    QList<Group> groups;
    while (q.next())
        groups << Group { q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                          q.value(1).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toLongLong(), q.value(7).toLongLong() };
    for (const Group &g : std::as_const(groups)) {
        auto it = categoryOfRun.constFind(g.run);
        if (it == categoryOfRun.cend()) {
            const std::optional<RunInfo> info = runInfo(db, g.run, &error);
            if (!info)
                return ErrorMessage { error };
            it = categoryOfRun.insert(g.run, info->category);
        }
        const RateCard::Rate *rate
            = actualRate(*rates, g.category, *it, regions.of(g.phone), dayFromNumber(g.day));
        Total &t = totals[{ g.account, rate ? rate->currency : QString() }];
        t.account = g.name;
        t.actual += rate ? micros(rate->price) * g.n : 0;
        t.billable += g.n;
        t.campaigns.insert(g.campaign);
    }
    QList<AccountMonth> out;
    for (const auto &[key, t] : totals)
        out << AccountMonth { key.first, t.account, key.second, fromMicros(t.actual), t.billable,
                              qint64(t.campaigns.size()) };
    std::stable_sort(out.begin(), out.end(), [](const AccountMonth &a, const AccountMonth &b) {
        const int byName = a.account.compare(b.account, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.currency < b.currency;
    });
    return out;
}

QJsonObject CampaignCost::monthJson(const QDate &month, const QList<AccountMonth> &totals)
{
    QJsonArray accounts;
    for (const AccountMonth &t : totals)
        accounts.append(QJsonObject {
            { QStringLiteral("account"), t.account },
            { QStringLiteral("currency"), t.currency.isEmpty() ? QJsonValue() : QJsonValue(t.currency) },
            { QStringLiteral("actual"), t.currency.isEmpty() ? QJsonValue() : QJsonValue(t.actual) },
            { QStringLiteral("billable_messages"), t.billableMessages },
            { QStringLiteral("campaigns"), t.campaigns } });
    return QJsonObject { { QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM")) },
                         { QStringLiteral("accounts"), accounts } };
}

#include "models/campaigns/ratecard.h"

#include "models/contacts/phonenormalizer.h"
#include "models/core/clock.h"

#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <tuple>

namespace {

// A null QString binds as SQL NULL; the table stores '' for "any country".
QString countryKey(const QString &country)
{
    const QString c = country.trimmed().toUpper();
    return c.isEmpty() ? QStringLiteral("") : c;
}

bool before(const RateCard::Rate &a, const RateCard::Rate &b)
{
    return std::tie(a.category, a.country, a.validFrom) < std::tie(b.category, b.country, b.validFrom);
}

} // namespace

// ---- RateCard::Table ----

RateCard::Table::Table(QList<Rate> rates)
    : m_rates(std::move(rates))
{
    std::sort(m_rates.begin(), m_rates.end(), before);
}

const RateCard::Rate *RateCard::Table::find(const QString &category, const QString &country, const QDate &day) const
{
    const auto newestIn = [&](const QString &region) -> const Rate * {
        // The last rate of (category, region) whose valid_from is not after `day` (a null date sorts first).
        const Rate *found = nullptr;
        Rate key { category, region, 0, {}, {} };
        auto it = std::lower_bound(m_rates.cbegin(), m_rates.cend(), key, before);
        for (; it != m_rates.cend() && it->category == category && it->country == region; ++it) {
            if (it->validFrom.isNull() || !day.isValid() || it->validFrom <= day)
                found = &*it;
        }
        return found;
    };
    const QString c = category.trimmed().toUpper();
    if (c != category)
        return find(c, country, day);
    if (const Rate *own = country.isEmpty() ? nullptr : newestIn(countryKey(country)))
        return own;
    return newestIn(QStringLiteral(""));
}

// ---- RateCard ----

RateCard::RateCard(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString RateCard::dateKey(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("");
}

QDate RateCard::dateFromKey(const QString &key)
{
    return key.isEmpty() ? QDate() : QDate::fromString(key, Qt::ISODate);
}

QList<RateCard::Rate> RateCard::list(QString *error) const
{
    QList<Rate> rates;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT category, country, price, currency, valid_from FROM rate_card "
                               "ORDER BY category, country, valid_from"))) {
        *error = q.lastError().text();
        return rates;
    }
    while (q.next())
        rates << Rate { q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString(),
                        dateFromKey(q.value(4).toString()) };
    return rates;
}

std::optional<RateCard::Table> RateCard::table(QString *error) const
{
    QString listError;
    QList<Rate> rates = list(&listError);
    if (!listError.isEmpty()) {
        *error = listError;
        return std::nullopt;
    }
    return Table(std::move(rates));
}

std::optional<RateCard::Rate> RateCard::normalised(const Rate &rate, QString *error, QString *field)
{
    const auto wrong = [field](const char *name) {
        if (field)
            *field = QLatin1String(name);
        return std::nullopt;
    };
    Rate r = rate;
    r.category = rate.category.trimmed().toUpper();
    r.country = countryKey(rate.country);
    r.currency = rate.currency.trimmed().isEmpty() ? QStringLiteral("USD") : rate.currency.trimmed().toUpper();
    if (r.category.isEmpty()) {
        *error = tr("A rate needs a template category (MARKETING, UTILITY, AUTHENTICATION or SERVICE).");
        return wrong("category");
    }
    if (!r.country.isEmpty() && !PhoneNormalizer::isKnownRegion(r.country)) {
        *error = tr("“%1” is not a country code; use a two-letter ISO code such as IN or DE.").arg(rate.country);
        return wrong("country");
    }
    if (!(rate.price >= 0)) {
        *error = tr("A price cannot be negative.");
        return wrong("price");
    }
    if (r.currency.size() != 3 || !std::all_of(r.currency.cbegin(), r.currency.cend(),
                                               [](QChar ch) { return ch >= u'A' && ch <= u'Z'; })) {
        *error = tr("“%1” is not a currency code; use a three-letter ISO 4217 code such as USD, EUR or INR.")
                     .arg(rate.currency);
        return wrong("currency");
    }
    return r;
}

bool RateCard::set(const Rate &rate, QString *error)
{
    const std::optional<Rate> r = normalised(rate, error);
    if (!r)
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO rate_card (category, country, valid_from, price, currency) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (category, country, valid_from) DO UPDATE SET "
                             "price = excluded.price, currency = excluded.currency"));
    q.addBindValue(r->category);
    q.addBindValue(r->country);
    q.addBindValue(dateKey(r->validFrom));
    q.addBindValue(r->price);
    q.addBindValue(r->currency);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool RateCard::remove(const QString &category, const QString &country, QString *error, const QDate &validFrom)
{
    QSqlQuery q(m_db);
    if (validFrom.isValid()) {
        q.prepare(QStringLiteral("DELETE FROM rate_card WHERE category = ? AND country = ? AND valid_from = ?"));
    } else {
        q.prepare(QStringLiteral("DELETE FROM rate_card WHERE category = ? AND country = ?"));
    }
    q.addBindValue(category.trimmed().toUpper());
    q.addBindValue(countryKey(country));
    if (validFrom.isValid())
        q.addBindValue(dateKey(validFrom));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        QString what = category.toUpper();
        if (!country.isEmpty())
            what += QStringLiteral(" / ") + country.toUpper();
        if (validFrom.isValid())
            what += QStringLiteral(" / ") + dateKey(validFrom);
        *error = tr("There is no rate for %1.").arg(what);
        return false;
    }
    return true;
}

bool RateCard::clear(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM rate_card"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<RateCard::Rate> RateCard::lookup(const QString &category, const QString &country, const QDate &day,
                                               QString *error) const
{
    QSqlQuery q(m_db);
    // The country's own rate wins over the '' (any country) rate; of each, the newest valid on `day`.
    q.prepare(QStringLiteral("SELECT category, country, price, currency, valid_from FROM rate_card WHERE category = ? "
                             "AND country IN (?, '') AND valid_from <= ? "
                             "ORDER BY CASE WHEN country = '' THEN 1 ELSE 0 END, valid_from DESC LIMIT 1"));
    q.addBindValue(category.trimmed().toUpper());
    q.addBindValue(countryKey(country));
    q.addBindValue(dateKey(day.isValid() ? day : Clock::nowUtc().date()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Rate { q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString(),
                  dateFromKey(q.value(4).toString()) };
}

std::optional<RateCard::Rate> RateCard::lookup(const QString &category, const QString &country, QString *error) const
{
    return lookup(category, country, Clock::nowUtc().date(), error);
}

std::optional<RateCard::Rate> RateCard::lookupForPhone(
    const QString &category, const QString &e164, QString *error) const
{
    return lookup(category, PhoneNormalizer::regionOf(e164), error);
}

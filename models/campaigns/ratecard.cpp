#include "models/campaigns/ratecard.h"

#include "models/contacts/phonenormalizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// A null QString binds as SQL NULL; the table stores '' for "any country".
QString countryKey(const QString &country)
{
    const QString c = country.trimmed().toUpper();
    return c.isEmpty() ? QStringLiteral("") : c;
}

} // namespace

RateCard::RateCard(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QList<RateCard::Rate> RateCard::list(QString *error) const
{
    QList<Rate> rates;
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT category, country, price, currency FROM rate_card ORDER BY category, country"))) {
        *error = q.lastError().text();
        return rates;
    }
    while (q.next())
        rates << Rate { q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString() };
    return rates;
}

bool RateCard::set(const Rate &rate, QString *error)
{
    const QString category = rate.category.trimmed().toUpper();
    const QString country = countryKey(rate.country);
    const QString currency
        = rate.currency.trimmed().isEmpty() ? QStringLiteral("USD") : rate.currency.trimmed().toUpper();
    if (category.isEmpty()) {
        *error = tr("A rate needs a template category (MARKETING, UTILITY, AUTHENTICATION or SERVICE).");
        return false;
    }
    if (!country.isEmpty() && !PhoneNormalizer::isKnownRegion(country)) {
        *error = tr("“%1” is not a country code; use a two-letter ISO code such as IN or DE.").arg(rate.country);
        return false;
    }
    if (!(rate.price >= 0)) {
        *error = tr("A price cannot be negative.");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO rate_card (category, country, price, currency) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (category, country) DO UPDATE SET price = excluded.price, "
                             "currency = excluded.currency"));
    q.addBindValue(category);
    q.addBindValue(country);
    q.addBindValue(rate.price);
    q.addBindValue(currency);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool RateCard::remove(const QString &category, const QString &country, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM rate_card WHERE category = ? AND country = ?"));
    q.addBindValue(category.trimmed().toUpper());
    q.addBindValue(countryKey(country));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error
            = tr("There is no rate for %1%2.")
                  .arg(category.toUpper(), country.isEmpty() ? QString() : QStringLiteral(" / ") + country.toUpper());
        return false;
    }
    return true;
}

std::optional<RateCard::Rate> RateCard::lookup(const QString &category, const QString &country, QString *error) const
{
    QSqlQuery q(m_db);
    // The country's own rate wins over the '' (any country) rate.
    q.prepare(QStringLiteral("SELECT category, country, price, currency FROM rate_card WHERE category = ? "
                             "AND country IN (?, '') ORDER BY country = '' LIMIT 1"));
    q.addBindValue(category.trimmed().toUpper());
    q.addBindValue(countryKey(country));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Rate { q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString() };
}

std::optional<RateCard::Rate> RateCard::lookupForPhone(
    const QString &category, const QString &e164, QString *error) const
{
    return lookup(category, PhoneNormalizer::regionOf(e164), error);
}

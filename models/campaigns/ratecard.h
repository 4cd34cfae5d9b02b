#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What one message costs, by template category (MARKETING, UTILITY, AUTHENTICATION…) and recipient country
// (ISO region, '' = any country), from a date on: each rate keeps the day it is valid from (UTC; none = since always),
// so a message sent in March is priced with March's rate after a change in July. Empty by default: then Herald gives
// no cost. All SQL on rate_card.
class RateCard
{
    Q_DECLARE_TR_FUNCTIONS(RateCard)

public:
    struct Rate
    {
        QString category; // upper case
        QString country; // ISO 3166 region, upper case; '' = any
        double price = 0;
        QString currency = QStringLiteral("USD");
        QDate validFrom {}; // null = since always
    };

    // Every rate in memory, for pricing many messages with one query (CampaignCost).
    class Table
    {
    public:
        Table() = default;
        explicit Table(QList<Rate> rates);
        bool isEmpty() const { return m_rates.isEmpty(); }
        // The rate for (category, country) valid on `day` (the newest valid_from not after it), else the same for
        // (category, ''); nullptr when neither exists.
        const Rate *find(const QString &category, const QString &country, const QDate &day) const;

    private:
        QList<Rate> m_rates; // sorted by category, country, valid_from
    };

    explicit RateCard(QSqlDatabase db);

    QList<Rate> list(QString *error) const;
    std::optional<Table> table(QString *error) const;
    // Inserts or replaces the rate for (category, country, validFrom).
    bool set(const Rate &rate, QString *error);
    // A rate's fields checked and normalised (upper case, currency USD when empty); nullopt + *error saying what is
    // wrong and how to write it, and *field (optional) naming the field: category, country, price or currency.
    static std::optional<Rate> normalised(const Rate &rate, QString *error, QString *field = nullptr);
    // Removes the rate valid from `validFrom`, or (null date) every rate of (category, country). False + *error when
    // there was no such rate.
    bool remove(const QString &category, const QString &country, QString *error, const QDate &validFrom = {});
    // Removes every rate (the rate card dialog then writes its rows, in the caller's transaction).
    bool clear(QString *error);
    // The rate for (category, country) valid on `day`, else (category, ''); std::nullopt when neither exists.
    std::optional<Rate> lookup(const QString &category, const QString &country, const QDate &day,
                               QString *error) const;
    // The same for today (UTC, Clock::today()).
    std::optional<Rate> lookup(const QString &category, const QString &country, QString *error) const;
    // The same for an E.164 number: its country via libphonenumber.
    std::optional<Rate> lookupForPhone(const QString &category, const QString &e164, QString *error) const;

    // "YYYY-MM-DD" ↔ date as stored in rate_card.valid_from ('' = since always).
    static QString dateKey(const QDate &day);
    static QDate dateFromKey(const QString &key);

private:
    QSqlDatabase m_db;
};

#pragma once

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What one message costs, by template category (MARKETING, UTILITY, AUTHENTICATION…) and recipient country
// (ISO region, '' = any country). Empty by default: then Herald gives no cost estimate. All SQL on rate_card.
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
    };

    explicit RateCard(QSqlDatabase db);

    QList<Rate> list(QString *error) const;
    // Inserts or replaces the rate for (category, country).
    bool set(const Rate &rate, QString *error);
    // False + *error when there was no such rate.
    bool remove(const QString &category, const QString &country, QString *error);
    // The rate for (category, country), else (category, ''); std::nullopt when neither exists.
    std::optional<Rate> lookup(const QString &category, const QString &country, QString *error) const;
    // The same for an E.164 number: its country via libphonenumber.
    std::optional<Rate> lookupForPhone(const QString &category, const QString &e164, QString *error) const;

private:
    QSqlDatabase m_db;
};

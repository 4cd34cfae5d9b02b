#include "models/campaigns/ratecardimport.h"

#include "models/contacts/csvreader.h"
#include "models/storage/sqltransaction.h"
#include "models/storage/workspace.h"

#include <algorithm>
#include <iterator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

enum Column { Category, Country, Price, Currency, ValidFrom, ColumnCount };

const char *const kNames[ColumnCount] = { "category", "country", "price", "currency", "valid_from" };

// What makes a rate unique on the rate card: category, country and valid_from.
QString rateKey(const RateCard::Rate &r)
{
    return r.category + QLatin1Char('/') + r.country + QLatin1Char('/') + RateCard::dateKey(r.validFrom);
}

QString lineError(qint64 line, const QString &field, const QString &problem)
{
    return RateCardImport::tr("Line %1, field %2: %3").arg(line).arg(field, problem);
}

} // namespace

Result<QList<RateCard::Rate>> RateCardImport::parse(QByteArrayView utf8)
{
    CsvReader reader(utf8);
    QStringList fields;
    if (!reader.next(&fields))
        return ErrorMessage { reader.hasError() ? reader.error()
                                                : tr("The file is empty; the first line must be the header "
                                                     "category,country,price,currency[,valid_from].") };
    int at[ColumnCount];
    std::fill(std::begin(at), std::end(at), -1);
    const qint64 headerLine = reader.line();
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (name == QLatin1String(kNames[c]))
                column = c;
        if (column < 0)
            return ErrorMessage { tr("Line %1 (the header): column “%2” is not known; the columns are category, "
                                     "country, price, currency and optionally valid_from.")
                                      .arg(headerLine)
                                      .arg(fields.at(i)) };
        if (at[column] >= 0)
            return ErrorMessage {
                tr("Line %1 (the header): column “%2” appears twice.").arg(headerLine).arg(fields.at(i))
            };
        at[column] = i;
    }
    for (int c = Category; c <= Currency; ++c)
        if (at[c] < 0)
            return ErrorMessage { tr("Line %1 (the header): the column “%2” is missing; the header must name "
                                     "category,country,price,currency (and optionally valid_from).")
                                      .arg(headerLine)
                                      .arg(QLatin1String(kNames[c])) };

    QList<RateCard::Rate> rates;
    QHash<QString, qint64> seen; // category/country/valid_from → line
    while (reader.next(&fields)) {
        const qint64 line = reader.line();
        if (!reader.recordProblem().isEmpty())
            return ErrorMessage { tr("Line %1: %2").arg(line).arg(reader.recordProblem()) };
        const auto cell = [&](Column c) { return at[c] >= 0 ? fields.value(at[c]).trimmed() : QString(); };
        RateCard::Rate rate;
        rate.category = cell(Category);
        rate.country = cell(Country);
        rate.currency = cell(Currency);
        if (rate.category.isEmpty())
            return ErrorMessage { lineError(line, QStringLiteral("category"),
                                            tr("empty; write MARKETING, UTILITY, AUTHENTICATION or SERVICE.")) };
        if (rate.currency.isEmpty())
            return ErrorMessage { lineError(line, QStringLiteral("currency"),
                                            tr("empty; write a three-letter code such as USD.")) };
        QString priceText = cell(Price);
        if (!priceText.contains(QLatin1Char('.')))
            priceText.replace(QLatin1Char(','), QLatin1Char('.')); // a spreadsheet's decimal comma
        bool ok = false;
        rate.price = priceText.toDouble(&ok);
        if (!ok || !(rate.price >= 0))
            return ErrorMessage { lineError(line, QStringLiteral("price"),
                                            tr("“%1” is not a price; write it like 0.0107.").arg(cell(Price))) };
        const QString date = cell(ValidFrom);
        if (!date.isEmpty()) {
            rate.validFrom = QDate::fromString(date, Qt::ISODate);
            if (!rate.validFrom.isValid() || date.size() != 10)
                return ErrorMessage { lineError(line, QStringLiteral("valid_from"),
                                                tr("“%1” is not a date; write it like 2025-07-01.").arg(date)) };
        }
        QString problem, field;
        const std::optional<RateCard::Rate> checked = RateCard::normalised(rate, &problem, &field);
        if (!checked)
            return ErrorMessage { lineError(line, field, problem) };
        const QString key = rateKey(*checked);
        if (const auto it = seen.constFind(key); it != seen.cend())
            return ErrorMessage { tr("Line %1: the same category, country and valid_from as line %2; keep one of "
                                     "them.")
                                      .arg(line)
                                      .arg(*it) };
        seen.insert(key, line);
        rates << *checked;
    }
    if (reader.hasError())
        return ErrorMessage { reader.error() };
    if (rates.isEmpty())
        return ErrorMessage { tr("The file has a header but no rates.") };
    return rates;
}

Result<RateCardImport::Summary> RateCardImport::importFile(QSqlDatabase db, const QString &path)
{
    if (Workspace::isOpenWorkspaceFile(path))
        return ErrorMessage { Workspace::openWorkspaceFileError(path) };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ErrorMessage { tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) };
    const QByteArray raw = file.readAll();
    QByteArrayView utf8;
    QByteArray storage;
    CsvReader::Encoding encoding;
    QString error;
    if (!CsvReader::decode(raw, QFileInfo(path).fileName(), &utf8, &storage, &encoding, &error))
        return ErrorMessage { error };
    Result<QList<RateCard::Rate>> rates = parse(utf8);
    if (!rates)
        return ErrorMessage { tr("%1: %2 Nothing was imported.").arg(QDir::toNativeSeparators(path), rates.error()) };
    return write(db, *rates);
}

Result<RateCardImport::Summary> RateCardImport::write(QSqlDatabase db, const QList<RateCard::Rate> &rates)
{
    SqlTransaction transaction(db);
    QString error;
    if (!transaction.begin().report(&error))
        return ErrorMessage { error };
    RateCard card(db);
    QSet<QString> existing;
    for (const RateCard::Rate &r : card.list(&error))
        existing.insert(rateKey(r));
    if (!error.isEmpty())
        return ErrorMessage { error };
    Summary summary;
    for (const RateCard::Rate &r : rates) {
        if (!card.set(r, &error))
            return ErrorMessage { error };
        const QString key = rateKey(r);
        ++(existing.contains(key) ? summary.replaced : summary.added);
        ++summary.rates;
        if (!summary.currencies.contains(r.currency))
            summary.currencies << r.currency;
        if (!summary.validFrom.contains(RateCard::dateKey(r.validFrom)))
            summary.validFrom << RateCard::dateKey(r.validFrom);
    }
    if (!transaction.commit().report(&error))
        return ErrorMessage { error };
    return summary;
}

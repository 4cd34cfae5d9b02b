#pragma once

#include "models/campaigns/ratecard.h"
#include "models/core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A rate card pasted from Meta's published rates: a CSV with the header category,country,price,currency and an
// optional valid_from (any order, any case; separator , ; or tab). Empty country = any country; empty valid_from =
// since always. All or nothing: the first bad line is refused with its line number and field, and then nothing is
// written; a good file is written in one transaction (a rate with the same category, country and valid_from is
// replaced).
class RateCardImport
{
    Q_DECLARE_TR_FUNCTIONS(RateCardImport)

public:
    struct Summary
    {
        qint64 rates = 0;      // lines imported
        qint64 added = 0;      // new (category, country, valid_from)
        qint64 replaced = 0;   // rates that were there and now have the file's price
        QStringList currencies;
        QStringList validFrom; // the distinct dates, "YYYY-MM-DD" ('' = since always)
    };

    // The rates of a CSV text (UTF-8), checked; an error names the line and the field.
    static Result<QList<RateCard::Rate>> parse(QByteArrayView utf8);
    // Reads and checks the file, then writes every rate in one transaction.
    static Result<Summary> importFile(QSqlDatabase db, const QString &path);
    static Result<Summary> write(QSqlDatabase db, const QList<RateCard::Rate> &rates);
};

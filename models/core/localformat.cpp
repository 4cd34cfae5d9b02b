#include "models/core/localformat.h"

#include <QDateTime>

namespace LocalFormat {

QString money(double amount, const QString &isoCode, const QLocale &locale)
{
    const QString code = isoCode.trimmed().toUpper();
    if (code.isEmpty())
        return locale.toString(amount, 'f', 2);
    if (code == locale.currencySymbol(QLocale::CurrencyIsoCode))
        return locale.toCurrencyString(amount, locale.currencySymbol(QLocale::CurrencySymbol), 2);
    // Qt glues a currency code to the number ("USD7.50", "7,50USD"); a no-break space reads as people write it.
    QString text = locale.toCurrencyString(amount, code, 2);
    if (text.startsWith(code) && text.size() > code.size() && !text.at(code.size()).isSpace())
        text.insert(code.size(), QChar::Nbsp);
    else if (text.endsWith(code) && text.size() > code.size() && !text.at(text.size() - code.size() - 1).isSpace())
        text.insert(text.size() - code.size(), QChar::Nbsp);
    return text;
}

QString dateTimeSeconds(qint64 msSinceEpoch, const QLocale &locale)
{
    if (msSinceEpoch <= 0)
        return {};
    QString time = locale.timeFormat(QLocale::ShortFormat);
    // The short time layout with seconds after its minutes ("HH:mm" → "HH:mm:ss", "h:mm AP" → "h:mm:ss AP").
    if (!time.contains(QLatin1Char('s')))
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    const QString format = locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime(), format);
}

} // namespace LocalFormat

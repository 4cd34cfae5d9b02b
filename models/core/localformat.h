#pragma once

#include <QLocale>
#include <QString>

// Money and times as the reader's locale writes them, for every page (and herald-cli's human output). Stored
// values stay plain: amounts with an ISO currency code, times in UTC milliseconds; --json and CSV keep ISO forms.
namespace LocalFormat {

// The locale's own currency with its symbol ("R$ 1.234,56" in pt_BR), another currency with its ISO code in the
// locale's layout ("USD 1.234,56" in pt_BR, "BRL1,234.56" in en_US); no code: the number with two decimals.
QString money(double amount, const QString &isoCode, const QLocale &locale = QLocale());
// Local date and time to the second in the locale's short layout ("07/12/2026 14:05:09" in pt_BR,
// "12/7/26 2:05:09 PM" in en_US); empty for ms <= 0.
QString dateTimeSeconds(qint64 msSinceEpoch, const QLocale &locale = QLocale());

} // namespace LocalFormat

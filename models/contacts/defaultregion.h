#pragma once

#include <QLocale>
#include <QString>

// The region whose national numbers ("098765 43210" in India) a person types or imports without a country code:
// the one the user chose (Settings → Default region; the import wizard remembers its last choice there) when
// set, else the computer's own territory (QLocale::system()). herald-cli never guesses: it takes
// --default-region. The window reads and writes the choice through DefaultRegionSetting (ui/settings/regionbox.*).
class DefaultRegion
{
public:
    // The ISO 3166 code of the locale's territory when phone numbers of it can be read ("IN" for hi_IN or
    // en_IN), else "" (the C locale, a territory libphonenumber does not know).
    static QString fromLocale(const QLocale &locale);
    // `chosen` when it is a known region, else the locale's.
    static QString resolve(const QString &chosen, const QLocale &locale);
};

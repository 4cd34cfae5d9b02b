#include "models/contacts/defaultregion.h"

#include "models/contacts/phonenormalizer.h"

QString DefaultRegion::fromLocale(const QLocale &locale)
{
    if (locale.territory() == QLocale::AnyTerritory)
        return {};
    const QString code = QLocale::territoryToCode(locale.territory());
    return code.size() == 2 && PhoneNormalizer::isKnownRegion(code) ? code : QString();
}

QString DefaultRegion::resolve(const QString &chosen, const QLocale &locale)
{
    const QString code = chosen.trimmed().toUpper();
    return !code.isEmpty() && PhoneNormalizer::isKnownRegion(code) ? code : fromLocale(locale);
}

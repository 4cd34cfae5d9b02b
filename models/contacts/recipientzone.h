#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

// The one owner of "which time zone does this recipient live in" (issue 18 §2). In order:
//   1. the contact attribute `timezone` (an IANA id such as "America/Sao_Paulo") when it names a zone Qt knows;
//   2. the number: the longest prefix in resources/zones/phone-zones.txt, built by scripts/gen_phone_zones.py from
//      libphonenumber's public time-zone map. A country with one zone maps by its calling code; countries with
//      several (US/CA, BR, MX, ID, RU, AU…) by area code (country code + area code, at most 5 digits);
//   3. the campaign's zone (its schedule's zone, else this computer's).
// Thread-safe: the table is read once.
class RecipientZone
{
    Q_DECLARE_TR_FUNCTIONS(RecipientZone)

public:
    static constexpr QLatin1StringView kAttribute{"timezone"};

    enum class Source { Attribute, AreaCode, Country, Campaign };
    struct Resolved
    {
        QTimeZone zone;
        Source source = Source::Campaign;
    };

    static Resolved resolve(const QString &e164, const QJsonObject &attributes, const QTimeZone &campaignZone);
    // The zone the number alone says (invalid when the table has no single zone for it); *source = AreaCode when
    // a prefix longer than the calling code decided, Country otherwise.
    static QTimeZone fromNumber(const QString &e164, Source *source = nullptr);
    // Whether `id` is an IANA zone Qt knows ("" is not).
    static bool isValidId(const QString &id);
    // "contact attribute", "area code", "country", "campaign zone".
    static QString sourceLabel(Source s);
    // How many prefixes the table holds (for tests and diagnostics).
    static int tableSize();
};

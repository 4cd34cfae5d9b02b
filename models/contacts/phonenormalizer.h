#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Turns what people type into phone cells ("098765 43210", "+49 (151) 2345-6789", "0044 7911 123456") into
// E.164 ("+919876543210") with libphonenumber, or says in plain words why it cannot.
//
// normalize() first tries a fast path for numbers that already carry a country code ("+" or "00" followed by
// digits): it picks the calling code the same way libphonenumber's Parse() does and validates a constructed
// number directly, which skips Parse()'s regular expressions. Whenever the fast path is not sure (a leading
// zero after the country code, a possible national prefix, an invalid result) it falls back to the full
// Parse(), so both paths give the same answer (tst_phonenormalizer checks this on many numbers).
// All functions are thread-safe and may run concurrently.
class PhoneNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNormalizer)

public:
    struct Result
    {
        QString e164;     // "+" and digits; empty when rejected
        QString error;    // why the value was rejected, a sentence a person can act on
        bool ok() const { return !e164.isEmpty(); }
    };

    enum class Path { Auto, SlowOnly };

    // defaultRegion: ISO 3166 code (IN, DE, BR…) used for numbers written without a country code.
    static Result normalize(QStringView raw, QStringView defaultRegion = {}, Path path = Path::Auto);

    // True when libphonenumber knows the region code (case-insensitive, "in" == "IN").
    static bool isKnownRegion(QStringView region);
    // The ISO region of an E.164 number ("+4915123456789" -> "DE"); empty when libphonenumber cannot tell.
    static QString regionOf(QStringView e164);
    // "India (+91)" for "IN"; the code itself when unknown.
    static QString regionDisplayName(QStringView region);

    // Every region code libphonenumber knows (for a region chooser), sorted.
    static QStringList supportedRegions();
    // Every country calling code, geographic or not (1, 7, 20, …, 800, 979), ascending.
    static QList<int> countryCallingCodes();
    // Example numbers of every type libphonenumber has for the region, in E.164.
    static QStringList exampleNumbers(QStringView region);

    // A compact key for an E.164 string ("+919876543210" -> 919876543210); 0 if it is not "+digits" (≤ 15).
    static quint64 key(QStringView e164);
};

#include "models/contacts/phonenormalizer.h"

#include <QRandomGenerator>
#include <QTest>

class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data();
    void normalizes();
    void rejects_data();
    void rejects();
    void regions();
    void key();
    void fastPathMatchesSlowPathOnExamples();
    void fastPathMatchesSlowPathOnRandomNumbers();
    void fastPathMatchesSlowPathOnNationalNumbers();
    void fastPathMatchesSlowPathOnTrunkPrefixForms();
    void concurrentUse();
};

void TestPhoneNormalizer::normalizes_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");

    QTest::newRow("e164") << u"+919876543210"_qs << QString() << u"+919876543210"_qs;
    QTest::newRow("e164 spaces") << u"+91 98765 43210"_qs << QString() << u"+919876543210"_qs;
    QTest::newRow("e164 region ignored") << u"+49 151 23456789"_qs << u"IN"_qs << u"+4915123456789"_qs;
    QTest::newRow("dashes dots parens") << u"+1 (650) 253-0000"_qs << QString() << u"+16502530000"_qs;
    QTest::newRow("dots") << u"+33.6.12.34.56.78"_qs << QString() << u"+33612345678"_qs;
    QTest::newRow("00 prefix") << u"0091 98765 43210"_qs << QString() << u"+919876543210"_qs;
    QTest::newRow("00 prefix region") << u"0044-7911-123456"_qs << u"DE"_qs << u"+447911123456"_qs;
    QTest::newRow("national 0 IN") << u"098765 43210"_qs << u"IN"_qs << u"+919876543210"_qs;
    QTest::newRow("national no 0 IN") << u"98765-43210"_qs << u"IN"_qs << u"+919876543210"_qs;
    QTest::newRow("national DE") << u"0151 23456789"_qs << u"DE"_qs << u"+4915123456789"_qs;
    QTest::newRow("national lower-case region") << u"0151 23456789"_qs << u"de"_qs << u"+4915123456789"_qs;
    QTest::newRow("national GB") << u"07911 123456"_qs << u"GB"_qs << u"+447911123456"_qs;
    QTest::newRow("national BR") << u"(11) 96123-4567"_qs << u"BR"_qs << u"+5511961234567"_qs;
    QTest::newRow("national US") << u"(650) 253-0000"_qs << u"US"_qs << u"+16502530000"_qs;
    QTest::newRow("country code without plus") << u"919876543210"_qs << u"IN"_qs << u"+919876543210"_qs;
    QTest::newRow("Italian leading zero") << u"+39 06 6982 1234"_qs << QString() << u"+390669821234"_qs;
    QTest::newRow("national prefix after cc") << u"+44 (0)7911 123456"_qs << QString() << u"+447911123456"_qs;
    QTest::newRow("spreadsheet apostrophe") << u"'+919876543210"_qs << QString() << u"+919876543210"_qs;
    QTest::newRow("surrounding space") << u"  +919876543210 "_qs << QString() << u"+919876543210"_qs;
    QTest::newRow("nbsp and en dash") << u"+49\u00A0151\u201323456789"_qs << QString() << u"+4915123456789"_qs;
    QTest::newRow("full-width digits") << u"\uFF0B\uFF19\uFF11 98765 43210"_qs << QString() << u"+919876543210"_qs;
    QTest::newRow("non-geographic") << u"+800 1234 5678"_qs << QString() << u"+80012345678"_qs;
}

void TestPhoneNormalizer::normalizes()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    const PhoneNormalizer::Result fast = PhoneNormalizer::normalize(raw, region);
    QVERIFY2(fast.ok(), qPrintable(fast.error));
    QCOMPARE(fast.e164, e164);
    QVERIFY(fast.error.isEmpty());
    const PhoneNormalizer::Result slow = PhoneNormalizer::normalize(raw, region, PhoneNormalizer::Path::SlowOnly);
    QCOMPARE(slow.e164, e164);
}

void TestPhoneNormalizer::rejects_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QString() << u"IN"_qs << u"empty"_qs;
    QTest::newRow("blank") << u"   "_qs << u"IN"_qs << u"empty"_qs;
    QTest::newRow("scientific") << u"9.19876E+11"_qs << u"IN"_qs << u"Text"_qs;
    QTest::newRow("scientific lower") << u"9,19876e11"_qs << u"IN"_qs << u"scientific notation"_qs;
    QTest::newRow("letters") << u"call me"_qs << u"IN"_qs << u"letters"_qs;
    QTest::newRow("vanity") << u"+1 800 FLOWERS"_qs << QString() << u"letters"_qs;
    QTest::newRow("symbol") << u"+91 98765#43210"_qs << QString() << u"\u201C#\u201D"_qs;
    QTest::newRow("plus in middle") << u"91+9876543210"_qs << u"IN"_qs << u"+"_qs;
    QTest::newRow("no region") << u"098765 43210"_qs << QString() << u"default region"_qs;
    QTest::newRow("no region names option") << u"98765 43210"_qs << QString() << u"default region"_qs;
    QTest::newRow("too short") << u"+91 98"_qs << QString() << u"too short"_qs;
    QTest::newRow("too short national") << u"0123"_qs << u"IN"_qs << u"too short"_qs;
    QTest::newRow("too long") << u"+91 98765 43210 98765 4321"_qs << QString() << u"too long"_qs;
    QTest::newRow("too long for country") << u"+49 151 234567890123"_qs << QString() << u"Germany"_qs;
    QTest::newRow("invalid range") << u"+1 555 555 5555"_qs << QString() << u"not a valid number in United States"_qs;
    QTest::newRow("invalid national") << u"0555 555 5555"_qs << u"US"_qs << u"United States"_qs;
    QTest::newRow("unknown country code") << u"+999 1234 5678"_qs << QString() << u"country calling code"_qs;
    QTest::newRow("00 unknown code") << u"00999 1234 5678"_qs << QString() << u"country calling code"_qs;
    QTest::newRow("only punctuation") << u"--"_qs << u"IN"_qs << u"no digits"_qs;
}

void TestPhoneNormalizer::rejects()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QFETCH(QString, reasonContains);
    for (const PhoneNormalizer::Path path : {PhoneNormalizer::Path::Auto, PhoneNormalizer::Path::SlowOnly}) {
        const PhoneNormalizer::Result r = PhoneNormalizer::normalize(raw, region, path);
        QVERIFY2(!r.ok(), qPrintable(r.e164));
        QVERIFY(r.e164.isEmpty());
        QVERIFY2(r.error.contains(reasonContains), qPrintable(r.error));
        if (!raw.trimmed().isEmpty())
            QVERIFY2(r.error.contains(raw.trimmed()), qPrintable(r.error));  // the message quotes the value
    }
}

void TestPhoneNormalizer::regions()
{
    QVERIFY(PhoneNormalizer::isKnownRegion(u"IN"));
    QVERIFY(PhoneNormalizer::isKnownRegion(u"de"));
    QVERIFY(!PhoneNormalizer::isKnownRegion(u"XX"));
    QVERIFY(!PhoneNormalizer::isKnownRegion(u""));
    QVERIFY(!PhoneNormalizer::isKnownRegion(u"IND"));
    QVERIFY(PhoneNormalizer::regionDisplayName(u"in").contains(u"(+91)"));
    const QStringList regions = PhoneNormalizer::supportedRegions();
    QVERIFY(regions.size() > 200);
    QVERIFY(regions.contains(u"BR"_qs));
    QVERIFY(PhoneNormalizer::countryCallingCodes().contains(800));
    QVERIFY(!PhoneNormalizer::countryCallingCodes().contains(999));
}

void TestPhoneNormalizer::key()
{
    QCOMPARE(PhoneNormalizer::key(u"+919876543210"), quint64(919876543210ULL));
    QCOMPARE(PhoneNormalizer::key(u"+390669821234"), quint64(390669821234ULL));
    QCOMPARE(PhoneNormalizer::key(u"919876543210"), quint64(0));
    QCOMPARE(PhoneNormalizer::key(u"+91 98"), quint64(0));
    QCOMPARE(PhoneNormalizer::key(u"+"), quint64(0));
}

// Every example number libphonenumber has, written the ways people write them.
void TestPhoneNormalizer::fastPathMatchesSlowPathOnExamples()
{
    int compared = 0;
    for (const QString &region : PhoneNormalizer::supportedRegions()) {
        for (const QString &e164 : PhoneNormalizer::exampleNumbers(region)) {
            const QString digits = e164.mid(1);
            const QStringList forms {e164, u"00"_qs + digits, u"+"_qs + digits.left(2) + u' ' + digits.mid(2),
                                     u"+"_qs + digits.left(3) + u'-' + digits.mid(3)};
            for (const QString &raw : forms) {
                const auto fast = PhoneNormalizer::normalize(raw, region);
                const auto slow = PhoneNormalizer::normalize(raw, region, PhoneNormalizer::Path::SlowOnly);
                QVERIFY2(fast.e164 == slow.e164 && fast.error == slow.error,
                         qPrintable(raw + u" fast: "_qs + fast.e164 + fast.error + u" slow: "_qs + slow.e164
                                    + slow.error));
                ++compared;
            }
            QCOMPARE(PhoneNormalizer::normalize(e164).e164, e164);
        }
    }
    QVERIFY(compared > 3000);
}

// Random digits after every calling code: valid and invalid, with and without what looks like a national prefix.
void TestPhoneNormalizer::fastPathMatchesSlowPathOnRandomNumbers()
{
    // HERALD_PHONE_SAMPLES raises the count for a longer soak run.
    const int samples = qEnvironmentVariableIntValue("HERALD_PHONE_SAMPLES") > 0
        ? qEnvironmentVariableIntValue("HERALD_PHONE_SAMPLES")
        : 60;
    QRandomGenerator rng(20240531);
    int compared = 0;
    int valid = 0;
    for (const int cc : PhoneNormalizer::countryCallingCodes()) {
        for (int length = 4; length <= 13; ++length) {
            for (int i = 0; i < samples; ++i) {
                QString raw = u'+' + QString::number(cc);
                if (i % 10 == 0)
                    raw.append(QChar(u'0' + int(rng.bounded(2))));  // 0 or 1: national prefixes, leading zeros
                for (int d = 0; d < length; ++d)
                    raw.append(QChar(u'0' + int(rng.bounded(10))));
                const auto fast = PhoneNormalizer::normalize(raw);
                const auto slow = PhoneNormalizer::normalize(raw, {}, PhoneNormalizer::Path::SlowOnly);
                QVERIFY2(fast.e164 == slow.e164 && fast.error == slow.error,
                         qPrintable(raw + u" fast: "_qs + fast.e164 + fast.error + u" slow: "_qs + slow.e164
                                    + slow.error));
                ++compared;
                valid += slow.ok() ? 1 : 0;
            }
        }
    }
    qInfo("compared %d numbers, %d valid", compared, valid);
    QVERIFY(compared > 100000);
    QVERIFY(valid > 5000);
}

// National numbers (with and without the trunk prefix) in every region.
void TestPhoneNormalizer::fastPathMatchesSlowPathOnNationalNumbers()
{
    const int samples = qEnvironmentVariableIntValue("HERALD_PHONE_SAMPLES") > 0
        ? qEnvironmentVariableIntValue("HERALD_PHONE_SAMPLES") / 2
        : 25;
    QRandomGenerator rng(4711);
    int compared = 0;
    int valid = 0;
    for (const QString &region : PhoneNormalizer::supportedRegions()) {
        // Start from real examples so that many numbers are valid, then vary their digits.
        QStringList seeds;
        for (const QString &e164 : PhoneNormalizer::exampleNumbers(region))
            seeds.append(e164.mid(1 + PhoneNormalizer::regionDisplayName(region).section(u"(+"_qs, 1).chopped(1).size()));
        for (int length = 5; length <= 12; ++length) {
            for (int i = 0; i < samples; ++i) {
                QString digits;
                if (!seeds.isEmpty() && i % 2 == 0) {
                    digits = seeds[i / 2 % seeds.size()];
                    digits[digits.size() - 1 - int(rng.bounded(qMin<qsizetype>(4, digits.size())))] =
                        QChar(u'0' + int(rng.bounded(10)));
                } else {
                    for (int d = 0; d < length; ++d)
                        digits.append(QChar(u'0' + int(rng.bounded(10))));
                }
                for (const QString &raw : QStringList {digits, u"0"_qs + digits, u"1"_qs + digits, u"8"_qs + digits}) {
                    const auto fast = PhoneNormalizer::normalize(raw, region);
                    const auto slow = PhoneNormalizer::normalize(raw, region, PhoneNormalizer::Path::SlowOnly);
                    QVERIFY2(fast.e164 == slow.e164 && fast.error == slow.error,
                             qPrintable(region + u' ' + raw + u" fast: "_qs + fast.e164 + fast.error + u" slow: "_qs
                                        + slow.e164 + slow.error));
                    ++compared;
                    valid += slow.ok() ? 1 : 0;
                }
            }
        }
    }
    qInfo("compared %d national numbers, %d valid", compared, valid);
    QVERIFY(compared > 150000);
    QVERIFY(valid > 20000);
}

// The forms issue 17 gave fast paths: "+44 (0)7911 123456" (the national prefix after the country code) and national
// numbers that start with the country code's own digits ("91…" in India), over every calling code and region, from
// real examples and from random digits. Every verdict — the E.164 or the exact error — is libphonenumber's.
void TestPhoneNormalizer::fastPathMatchesSlowPathOnTrunkPrefixForms()
{
    const int samples = qEnvironmentVariableIntValue("HERALD_PHONE_SAMPLES") > 0
        ? qEnvironmentVariableIntValue("HERALD_PHONE_SAMPLES") / 2
        : 30;
    QRandomGenerator rng(1717);
    int compared = 0;
    int valid = 0;
    auto compare = [&](const QString &raw, const QString &region) {
        const auto fast = PhoneNormalizer::normalize(raw, region);
        const auto slow = PhoneNormalizer::normalize(raw, region, PhoneNormalizer::Path::SlowOnly);
        if (fast.e164 != slow.e164 || fast.error != slow.error)
            return false;
        ++compared;
        valid += slow.ok() ? 1 : 0;
        return true;
    };
    auto vary = [&rng](QString digits) {
        if (!digits.isEmpty())
            digits[digits.size() - 1 - int(rng.bounded(qMin<qsizetype>(4, digits.size())))] =
                QChar(u'0' + int(rng.bounded(10)));
        return digits;
    };
    for (const QString &region : PhoneNormalizer::supportedRegions()) {
        const QString cc = PhoneNormalizer::regionDisplayName(region).section(u"(+"_qs, 1).chopped(1);
        QStringList national;   // the national significant numbers of the region's examples
        for (const QString &e164 : PhoneNormalizer::exampleNumbers(region))
            national.append(e164.mid(1 + cc.size()));
        for (int i = 0; i < samples; ++i) {
            QString nsn;
            if (!national.isEmpty() && i % 3 != 2) {
                nsn = vary(national[i % national.size()]);
            } else {
                for (int d = 0, n = 6 + int(rng.bounded(7)); d < n; ++d)
                    nsn.append(QChar(u'0' + int(rng.bounded(10))));
            }
            const QStringList international {u'+' + cc + u" (0)"_qs + nsn, u'+' + cc + u'0' + nsn,
                                             u"00"_qs + cc + u" (0) "_qs + nsn, u'+' + cc + u" (0)0"_qs + nsn};
            for (const QString &raw : international)
                QVERIFY2(compare(raw, region), qPrintable(region + u' ' + raw));
            // Written nationally, starting with the country code's digits (with and without a trunk prefix).
            for (const QString &raw : QStringList {cc + nsn, cc + nsn.left(nsn.size() - 2), u'0' + cc + nsn}) {
                QVERIFY2(compare(raw, region), qPrintable(region + u' ' + raw));
                QVERIFY2(compare(u'+' + cc + u' ' + raw, region), qPrintable(region + u" +" + cc + u' ' + raw));
            }
        }
    }
    qInfo("compared %d numbers, %d valid", compared, valid);
    QVERIFY(compared > 60000);
    QVERIFY(valid > 5000);
}

void TestPhoneNormalizer::concurrentUse()
{
    QList<QString> numbers;
    for (int i = 0; i < 2000; ++i)
        numbers.append(u"+9198765"_qs + QString::number(10000 + i));
    auto work = [&] {
        int ok = 0;
        for (const QString &n : numbers)
            ok += PhoneNormalizer::normalize(n).e164 == n ? 1 : 0;
        return ok;
    };
    QThread *other = QThread::create([&] { QCOMPARE(work(), 2000); });
    other->start();
    QCOMPARE(work(), 2000);
    other->wait();
    delete other;
}

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"

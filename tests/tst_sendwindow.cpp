// The recipient's own clock (issue 18 §2), without a sender: which zone a recipient lives in (attribute, area code,
// country, campaign fallback) and how good the number table is; when a send window opens and closes across zones,
// DST changes and midnight; and the timeline's bucket rule.
#include "models/campaigns/sendwindow.h"
#include "models/campaigns/sendwindowplan.h"
#include "models/contacts/phonenormalizer.h"
#include "models/contacts/recipientzone.h"
#include "models/stats/campaignstats.h"

#include <QDateTime>
#include <QTest>

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QString localText(qint64 ms, const QByteArray &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(zone)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

SendWindow window(const QString &at, const QString &quiet)
{
    QString error;
    const auto w = SendWindow::parse(at, quiet, &error);
    if (!w)
        qFatal("window: %s", qPrintable(error));
    return *w;
}

} // namespace

class TestSendWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneFromNumber_data();
    void zoneFromNumber();
    void attributeWinsAndFallsBack();
    void areaCodeCoverage();
    void parseRefuses_data();
    void parseRefuses();
    void quietToTheMinute_data();
    void quietToTheMinute();
    void wavesAcrossZonesAndDst();
    void skippedLocalTimeIsTheJump();
    void quietHoursMoveTheSlot();
    void resumeAfterQuietHoursBegan();
    void preflightWaves();
    void timelineBuckets();
};

void TestSendWindow::zoneFromNumber_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<bool>("byAreaCode");
    QTest::newRow("BR São Paulo 11") << "+5511987654321" << QByteArray("America/Sao_Paulo") << true;
    QTest::newRow("BR Manaus 92") << "+5592987654321" << QByteArray("America/Manaus") << true;
    QTest::newRow("BR Acre 68") << "+5568987654321" << QByteArray("America/Rio_Branco") << true;
    QTest::newRow("US New York 212") << "+12125550143" << QByteArray("America/New_York") << true;
    QTest::newRow("US Chicago 312") << "+13125550143" << QByteArray("America/Chicago") << true;
    QTest::newRow("US Los Angeles 213") << "+12135550143" << QByteArray("America/Los_Angeles") << true;
    QTest::newRow("US Honolulu 808") << "+18085550143" << QByteArray("Pacific/Honolulu") << true;
    QTest::newRow("MX CDMX 55") << "+525512345678" << QByteArray("America/Mexico_City") << true;
    QTest::newRow("MX Tijuana 664") << "+526641234567" << QByteArray("America/Tijuana") << true;
    QTest::newRow("MX Cancún 998") << "+529981234567" << QByteArray("America/Cancun") << true;
    QTest::newRow("ID Jakarta 21") << "+62211234567" << QByteArray("Asia/Jakarta") << true;
    QTest::newRow("ID Jayapura 967") << "+62967123456" << QByteArray("Asia/Jayapura") << true;
    QTest::newRow("DE one zone") << "+4915123456789" << QByteArray("Europe/Berlin") << false;
}

void TestSendWindow::zoneFromNumber()
{
    QFETCH(QString, phone);
    QFETCH(QByteArray, zone);
    QFETCH(bool, byAreaCode);
    RecipientZone::Source source = RecipientZone::Source::Campaign;
    const QTimeZone z = RecipientZone::fromNumber(phone, &source);
    QVERIFY2(z.isValid(), qPrintable(phone));
    // Zones with the same rules may carry another id in the data (Cuiabá/Manaus): compare what matters, the offsets.
    const qint64 jan = utc("2026-01-15T12:00:00Z"), jul = utc("2026-07-15T12:00:00Z");
    const QTimeZone expected(zone);
    QCOMPARE(z.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(jan, Qt::UTC)),
             expected.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(jan, Qt::UTC)));
    QCOMPARE(z.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(jul, Qt::UTC)),
             expected.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(jul, Qt::UTC)));
    QCOMPARE(source, byAreaCode ? RecipientZone::Source::AreaCode : RecipientZone::Source::Country);
}

void TestSendWindow::attributeWinsAndFallsBack()
{
    const QTimeZone campaign("Europe/Lisbon");
    QJsonObject attrs{{QStringLiteral("timezone"), QStringLiteral("Asia/Tokyo")}};
    auto r = RecipientZone::resolve(QStringLiteral("+12125550143"), attrs, campaign);
    QCOMPARE(r.zone.id(), QByteArray("Asia/Tokyo"));
    QCOMPARE(r.source, RecipientZone::Source::Attribute);
    // Not a zone: the number decides.
    attrs.insert(QStringLiteral("timezone"), QStringLiteral("Mars/Olympus"));
    r = RecipientZone::resolve(QStringLiteral("+12125550143"), attrs, campaign);
    QCOMPARE(r.zone.id(), QByteArray("America/New_York"));
    QCOMPARE(r.source, RecipientZone::Source::AreaCode);
    // A US/CA number whose area code the table lacks says only "somewhere in NANP": the campaign's zone.
    r = RecipientZone::resolve(QStringLiteral("+19995550143"), {}, campaign);
    QCOMPARE(r.source, RecipientZone::Source::Campaign);
    QCOMPARE(r.zone.id(), QByteArray("Europe/Lisbon"));
    // Not E.164 at all: the campaign's zone.
    QCOMPARE(RecipientZone::resolve(QStringLiteral("12345"), {}, campaign).source, RecipientZone::Source::Campaign);
}

void TestSendWindow::areaCodeCoverage()
{
    // How good the table is: of every area code libphonenumber accepts a number for, the share that maps to a zone
    // by area code (the rest gets the campaign's zone). Printed, and held to a floor.
    struct Country
    {
        const char *name;
        QString prefix;
        int from, to;     // area codes
        QString rest;     // subscriber digits after the area code
    };
    const QList<Country> countries = {
        {"BR DDD", QStringLiteral("+55"), 11, 99, QStringLiteral("987654321")},
        {"US/CA NPA", QStringLiteral("+1"), 201, 989, QStringLiteral("2345678")},
        {"MX (2-digit)", QStringLiteral("+52"), 10, 99, QStringLiteral("12345678")},
        {"MX (3-digit)", QStringLiteral("+52"), 200, 999, QStringLiteral("1234567")},
        {"ID (2-digit)", QStringLiteral("+62"), 21, 99, QStringLiteral("1234567")},
        {"ID (3-digit)", QStringLiteral("+62"), 200, 999, QStringLiteral("123456")},
    };
    for (const Country &c : countries) {
        int valid = 0, byArea = 0;
        QStringList missing;
        for (int code = c.from; code <= c.to; ++code) {
            const QString phone = c.prefix + QString::number(code) + c.rest;
            if (!PhoneNormalizer::normalize(phone, {}, PhoneNormalizer::Path::SlowOnly).ok())
                continue;
            ++valid;
            RecipientZone::Source source = RecipientZone::Source::Campaign;
            if (RecipientZone::fromNumber(phone, &source).isValid() && source == RecipientZone::Source::AreaCode)
                ++byArea;
            else
                missing << QString::number(code);
        }
        const double share = valid > 0 ? double(byArea) / valid : 0;
        qInfo("%s: %d of %d valid area codes map to a zone (%.1f %%); without: %s", c.name, byArea, valid,
              share * 100, qPrintable(missing.join(QLatin1Char(' '))));
        QVERIFY2(valid > 0, c.name);
        QVERIFY2(share >= (c.prefix == QLatin1String("+55") ? 1.0 : 0.9), c.name);
    }
    QVERIFY(RecipientZone::tableSize() > 900);
}

void TestSendWindow::parseRefuses_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("quiet");
    QTest::addColumn<QString>("names");
    QTest::newRow("hour 24") << "24:00" << "" << "--local-time";
    QTest::newRow("no minutes") << "10" << "" << "--local-time";
    QTest::newRow("one time") << "" << "21:00" << "--quiet-hours";
    QTest::newRow("empty range") << "" << "21:00-21:00" << "--quiet-hours";
    QTest::newRow("send time is quiet") << "22:30" << "21:00-09:00" << "quiet hours 21:00-09:00";
}

void TestSendWindow::parseRefuses()
{
    QFETCH(QString, at);
    QFETCH(QString, quiet);
    QFETCH(QString, names);
    QString error;
    QVERIFY(!SendWindow::parse(at, quiet, &error));
    QVERIFY2(error.contains(names), qPrintable(error));
    // The same window round-trips through its JSON when valid.
    const SendWindow ok = window(QStringLiteral("9:05"), QStringLiteral("21:00-08:30"));
    QCOMPARE(ok.toJson().value(QStringLiteral("local_time")).toString(), QStringLiteral("09:05"));
    QCOMPARE(SendWindow::fromJson(ok.toJson(), &error)->quietHoursText(), QStringLiteral("21:00-08:30"));
}

void TestSendWindow::quietToTheMinute_data()
{
    QTest::addColumn<QString>("quiet");
    QTest::addColumn<QString>("local");
    QTest::addColumn<bool>("isQuiet");
    // Crossing midnight.
    QTest::newRow("20:59:59 before") << "21:00-09:00" << "20:59:59" << false;
    QTest::newRow("21:00 starts") << "21:00-09:00" << "21:00:00" << true;
    QTest::newRow("23:59") << "21:00-09:00" << "23:59:00" << true;
    QTest::newRow("00:00") << "21:00-09:00" << "00:00:00" << true;
    QTest::newRow("08:59:59") << "21:00-09:00" << "08:59:59" << true;
    QTest::newRow("09:00 ends") << "21:00-09:00" << "09:00:00" << false;
    // The edges of midnight itself.
    QTest::newRow("until midnight: 23:59") << "23:59-00:00" << "23:59:00" << true;
    QTest::newRow("until midnight: 00:00") << "23:59-00:00" << "00:00:00" << false;
    QTest::newRow("from midnight: 23:59") << "00:00-06:00" << "23:59:00" << false;
    QTest::newRow("from midnight: 00:00") << "00:00-06:00" << "00:00:00" << true;
    // Within one day.
    QTest::newRow("lunch 12:30") << "12:00-13:00" << "12:30:00" << true;
    QTest::newRow("lunch 13:00") << "12:00-13:00" << "13:00:00" << false;
}

void TestSendWindow::quietToTheMinute()
{
    QFETCH(QString, quiet);
    QFETCH(QString, local);
    QFETCH(bool, isQuiet);
    const QTimeZone zone("Asia/Kolkata");
    const SendWindow w = window({}, quiet);
    const qint64 at = QDateTime(QDate(2026, 12, 7), QTime::fromString(local, QStringLiteral("HH:mm:ss")), zone)
                          .toMSecsSinceEpoch();
    QCOMPARE(w.isQuiet(zone, at), isQuiet);
    // A slot never opens inside quiet hours, and never ends before it opens.
    const SendWindow::Slot s = w.plan(zone, at);
    QVERIFY(!w.isQuiet(zone, s.notBefore));
    QVERIFY(s.notAfter > s.notBefore);
    QVERIFY(w.isQuiet(zone, s.notAfter));
    QVERIFY(!w.isQuiet(zone, s.notAfter - 1000));
    QCOMPARE(s.notBefore == at, !isQuiet);
}

void TestSendWindow::wavesAcrossZonesAndDst()
{
    // Planned on Saturday 2026-03-07 16:00 UTC; New York moves to EDT on Sunday 2026-03-08 at 02:00.
    const qint64 planned = utc("2026-03-07T16:00:00Z");
    const SendWindow w = window(QStringLiteral("10:00"), {});
    const struct
    {
        QByteArray zone;
        const char *expected;   // UTC
    } cases[] = {
        {"America/New_York", "2026-03-08T14:00:00Z"},    // 10:00 EDT, not 15:00 (EST)
        {"America/Sao_Paulo", "2026-03-08T13:00:00Z"},   // 10:00 BRT: 13:00 here is already past today's 10:00
        {"Asia/Kolkata", "2026-03-08T04:30:00Z"},
        {"Asia/Tokyo", "2026-03-08T01:00:00Z"},
        {"Europe/London", "2026-03-08T10:00:00Z"},
    };
    for (const auto &c : cases) {
        const SendWindow::Slot s = w.plan(QTimeZone(c.zone), planned);
        QCOMPARE(s.notBefore, utc(c.expected));
        QCOMPARE(localText(s.notBefore, c.zone).right(5), QStringLiteral("10:00"));
        QCOMPARE(s.notAfter, 0);   // no quiet hours: the slot never closes
    }
    // The day before the change New York's 10:00 is 15:00 UTC: the wave moved by the hour DST took.
    QCOMPARE(w.plan(QTimeZone("America/New_York"), utc("2026-03-06T16:00:00Z")).notBefore, utc("2026-03-07T15:00:00Z"));
    // And back in November (fall back on 2026-11-01).
    QCOMPARE(w.plan(QTimeZone("America/New_York"), utc("2026-10-31T16:00:00Z")).notBefore, utc("2026-11-01T15:00:00Z"));
    // Exactly at the time: sent now, not tomorrow.
    QCOMPARE(w.plan(QTimeZone("Asia/Kolkata"), utc("2026-03-08T04:30:00Z")).notBefore, utc("2026-03-08T04:30:00Z"));
}

void TestSendWindow::skippedLocalTimeIsTheJump()
{
    // 02:30 does not exist in New York on 2026-03-08: the wave goes at the jump (03:00 EDT = 07:00 UTC).
    const SendWindow w = window(QStringLiteral("02:30"), {});
    QCOMPARE(w.plan(QTimeZone("America/New_York"), utc("2026-03-08T05:00:00Z")).notBefore, utc("2026-03-08T07:00:00Z"));
    // 01:30 exists twice on 2026-11-01: the first.
    const SendWindow twice = window(QStringLiteral("01:30"), {});
    QCOMPARE(twice.plan(QTimeZone("America/New_York"), utc("2026-11-01T04:00:00Z")).notBefore,
             utc("2026-11-01T05:30:00Z"));
}

void TestSendWindow::quietHoursMoveTheSlot()
{
    const QTimeZone ny("America/New_York");
    const SendWindow w = window({}, QStringLiteral("21:00-09:00"));
    // 23:30 in New York (EST): waits until 09:00, may send until 21:00.
    const SendWindow::Slot s = w.plan(ny, utc("2026-12-08T04:30:00Z"));
    QCOMPARE(s.notBefore, utc("2026-12-08T14:00:00Z"));
    QCOMPARE(s.notAfter, utc("2026-12-09T02:00:00Z"));
    // With a send time: 10:00 the next day, until 21:00.
    const SendWindow both = window(QStringLiteral("10:00"), QStringLiteral("21:00-09:00"));
    const SendWindow::Slot b = both.plan(ny, utc("2026-12-08T04:30:00Z"));
    QCOMPARE(b.notBefore, utc("2026-12-08T15:00:00Z"));
    QCOMPARE(b.notAfter, utc("2026-12-09T02:00:00Z"));
    // Quiet hours across the spring-forward night end at 09:00 EDT (13:00 UTC), not EST.
    QCOMPARE(w.plan(ny, utc("2026-03-08T04:00:00Z")).notBefore, utc("2026-03-08T13:00:00Z"));
}

void TestSendWindow::resumeAfterQuietHoursBegan()
{
    // A recipient planned for 20:58 whose send has not happened when quiet hours begin waits until they end,
    // not for the next send time.
    const QTimeZone sp("America/Sao_Paulo");
    const SendWindow w = window(QStringLiteral("20:58"), QStringLiteral("21:00-09:00"));
    const SendWindow::Slot first = w.plan(sp, utc("2026-12-07T12:00:00Z"));
    QCOMPARE(localText(first.notBefore, "America/Sao_Paulo"), QStringLiteral("2026-12-07 20:58"));
    QCOMPARE(localText(first.notAfter, "America/Sao_Paulo"), QStringLiteral("2026-12-07 21:00"));
    const SendWindow::Slot next = w.resume(sp, first.notAfter);
    QCOMPARE(localText(next.notBefore, "America/Sao_Paulo"), QStringLiteral("2026-12-08 09:00"));
    QCOMPARE(localText(next.notAfter, "America/Sao_Paulo"), QStringLiteral("2026-12-08 21:00"));
}

void TestSendWindow::preflightWaves()
{
    // Five recipients in three zones, at 10:00 their time, planned at 2026-03-07 16:00 UTC.
    const qint64 now = utc("2026-03-07T16:00:00Z");
    SendWindowPlan::Waves waves(window(QStringLiteral("10:00"), {}), QTimeZone("UTC"), now);
    waves.add(QStringLiteral("+12125550143"), {});
    waves.add(QStringLiteral("+12125550144"), {});
    waves.add(QStringLiteral("+5511987654321"), {});
    waves.add(QStringLiteral("+919812345678"), {});
    waves.add(QStringLiteral("+919812345679"), {{QStringLiteral("timezone"), QStringLiteral("America/Sao_Paulo")}});
    const QList<SendWindowPlan::Wave> hours = waves.hours();
    QCOMPARE(hours.size(), 3);
    QCOMPARE(hours.at(0).hourUtc, utc("2026-03-08T04:00:00Z"));   // Kolkata 10:00 = 04:30 UTC
    QCOMPARE(hours.at(0).recipients, 1);
    QCOMPARE(hours.at(1).hourUtc, utc("2026-03-08T13:00:00Z"));   // São Paulo (number and attribute)
    QCOMPARE(hours.at(1).recipients, 2);
    QCOMPARE(hours.at(2).hourUtc, utc("2026-03-08T14:00:00Z"));   // New York, EDT
    QCOMPARE(hours.at(2).recipients, 2);
    // The last send: New York's second message, one pacing step after the first.
    QCOMPARE(waves.lastSendAt(10), utc("2026-03-08T14:00:00Z") + 100);
    // Without a window everyone is one wave now.
    SendWindowPlan::Waves plain(SendWindow{}, QTimeZone("UTC"), now);
    plain.add(QStringLiteral("+12125550143"), {});
    plain.add(QStringLiteral("+919812345678"), {});
    QCOMPARE(plain.hours().size(), 1);
    QCOMPARE(plain.lastSendAt(1), now + 1000);
}

void TestSendWindow::timelineBuckets()
{
    constexpr qint64 kMin = 60'000;
    // A few-minute run is several points, one per minute.
    QCOMPARE(CampaignStats::bucketMsFor(4 * kMin), kMin);
    QCOMPARE(CampaignStats::bucketMsFor(59 * kMin), kMin);
    QCOMPARE(CampaignStats::bucketMsFor(60 * kMin), 2 * kMin);
    QCOMPARE(CampaignStats::bucketMsFor(3 * 60 * kMin), 5 * kMin);
    // Days in hours; a month in days at most.
    QCOMPARE(CampaignStats::bucketMsFor(2 * 24 * 60 * kMin), 60 * kMin);
    QCOMPARE(CampaignStats::bucketMsFor(35LL * 24 * 60 * kMin), 24 * 60 * kMin);
    // Every span: at most 60 points, and at least 20 once the run is 20 minutes long.
    for (qint64 span = 0; span <= 35LL * 24 * 60 * kMin; span += 7 * kMin + 13) {
        const qint64 points = span / CampaignStats::bucketMsFor(span) + 1;
        QVERIFY2(points <= 60 || CampaignStats::bucketMsFor(span) == 24 * 60 * kMin, qPrintable(QString::number(span)));
        if (span >= 20 * kMin && span <= 30LL * 24 * 60 * kMin)
            QVERIFY2(points >= 20, qPrintable(QString::number(span)));
    }
}

QTEST_GUILESS_MAIN(TestSendWindow)
#include "tst_sendwindow.moc"

// Schedule (when scheduled and recurring campaigns fire) and TriggerSpec (which events trigger a campaign):
// wall-clock times across DST changes, short months, end dates, the JSON contract and condition matching.
#include "models/campaigns/schedule.h"
#include "models/campaigns/triggerrecipes.h"
#include "shopeventdata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

qint64 utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occurrences_data();
    void occurrences();
    void wallClockAcrossDst_data();
    void wallClockAcrossDst();
    void invalid_data();
    void invalid();
    void roundTrip();
    void describe();
    void triggerMatches_data();
    void triggerMatches();
    void triggerInvalid();
    void triggerArrayPaths_data();
    void triggerArrayPaths();
    void triggerInvalidPaths_data();
    void triggerInvalidPaths();
    void triggerOnShopOrders_data();
    void triggerOnShopOrders();
    void consentValues_data();
    void consentValues();
    void consentFieldOnShopOrders_data();
    void consentFieldOnShopOrders();
    void consentFieldInJson();
    void recipesOnShopOrders_data();
    void recipesOnShopOrders();
    void recipeMapsTheTemplatesSlots();

private:
    void checkCondition(const QJsonObject &data);
};

// Each row: a schedule, a starting instant and the UTC times of the next occurrences, one after the other.
void TestSchedule::occurrences_data()
{
    QTest::addColumn<QJsonObject>("schedule");
    QTest::addColumn<bool>("recurring");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("daily, Kolkata (+05:30)")
        << json(R"({"every":"daily","time":"09:00","tz":"Asia/Kolkata"})") << true
        << QStringLiteral("2026-03-10T12:00:00")
        << QStringList { QStringLiteral("2026-03-11T03:30"), QStringLiteral("2026-03-12T03:30"),
               QStringLiteral("2026-03-13T03:30") };
    QTest::newRow("daily, the same day when still ahead")
        << json(R"({"every":"daily","time":"18:00","tz":"UTC"})") << true << QStringLiteral("2026-03-10T12:00:00")
        << QStringList { QStringLiteral("2026-03-10T18:00"), QStringLiteral("2026-03-11T18:00") };
    QTest::newRow("weekly mon,wed,fri") << json(R"({"every":"weekly","days":[1,3,5],"time":"10:15","tz":"UTC"})")
                                        << true << QStringLiteral("2026-03-10T00:00:00") // a Tuesday
                                        << QStringList { QStringLiteral("2026-03-11T10:15"),
                                               QStringLiteral("2026-03-13T10:15"), QStringLiteral("2026-03-16T10:15"),
                                               QStringLiteral("2026-03-18T10:15") };
    QTest::newRow("weekly sunday only") << json(R"({"every":"weekly","days":[7],"time":"08:00","tz":"UTC"})") << true
                                        << QStringLiteral("2026-03-10T00:00:00")
                                        << QStringList { QStringLiteral("2026-03-15T08:00"),
                                               QStringLiteral("2026-03-22T08:00") };
    QTest::newRow("monthly on the 31st: short months fire on their last day")
        << json(R"({"every":"monthly","day_of_month":31,"time":"09:00","tz":"UTC"})") << true
        << QStringLiteral("2026-01-01T00:00:00")
        << QStringList { QStringLiteral("2026-01-31T09:00"), QStringLiteral("2026-02-28T09:00"),
               QStringLiteral("2026-03-31T09:00"), QStringLiteral("2026-04-30T09:00"),
               QStringLiteral("2026-05-31T09:00") };
    QTest::newRow("monthly on the 30th in a leap year's February")
        << json(R"({"every":"monthly","day_of_month":30,"time":"09:00","tz":"UTC"})") << true
        << QStringLiteral("2028-02-01T00:00:00")
        << QStringList { QStringLiteral("2028-02-29T09:00"), QStringLiteral("2028-03-30T09:00") };
    QTest::newRow("monthly on the 15th") << json(R"({"every":"monthly","day_of_month":15,"time":"23:30","tz":"UTC"})")
                                         << true << QStringLiteral("2026-01-15T23:31:00")
                                         << QStringList { QStringLiteral("2026-02-15T23:30"),
                                                QStringLiteral("2026-03-15T23:30") };
    QTest::newRow("end date: the last occurrence is on it, then none")
        << json(R"({"every":"daily","time":"09:00","tz":"UTC","end":"2026-03-12"})") << true
        << QStringLiteral("2026-03-10T12:00:00")
        << QStringList { QStringLiteral("2026-03-11T09:00"), QStringLiteral("2026-03-12T09:00"), QString() };
    QTest::newRow("start date: nothing before it")
        << json(R"({"every":"daily","time":"09:00","tz":"UTC","start":"2026-04-01"})") << true
        << QStringLiteral("2026-03-10T12:00:00")
        << QStringList { QStringLiteral("2026-04-01T09:00"), QStringLiteral("2026-04-02T09:00") };
    QTest::newRow("scheduled once in Berlin (winter, +01:00), then none")
        << json(R"({"at":"2026-12-01T09:00","tz":"Europe/Berlin"})") << false << QStringLiteral("2026-11-01T00:00:00")
        << QStringList { QStringLiteral("2026-12-01T08:00"), QString() };
    QTest::newRow("scheduled once, already passed")
        << json(R"({"at":"2026-12-01T09:00","tz":"Europe/Berlin"})") << false << QStringLiteral("2026-12-01T08:01:00")
        << QStringList { QString() };
}

void TestSchedule::occurrences()
{
    QFETCH(QJsonObject, schedule);
    QFETCH(bool, recurring);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    QString error;
    const auto s = Schedule::fromJson(schedule, recurring, &error);
    QVERIFY2(s, qPrintable(error));
    qint64 from = utc(after);
    for (const QString &e : expected) {
        const auto next = s->nextOccurrence(from);
        if (e.isEmpty()) {
            QVERIFY2(!next, qPrintable(isoUtc(next.value_or(0))));
            break;
        }
        QVERIFY(next);
        QCOMPARE(isoUtc(*next), e);
        from = *next + 1;
    }
}

// 09:00 stays 09:00 local across the change; a time that does not exist fires at the first valid instant after
// it; one that exists twice fires once, at the first.
void TestSchedule::wallClockAcrossDst_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected"); // UTC

    QTest::newRow("Berlin spring forward (29 Mar 2026): 09:00 CET then CEST")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("09:00") << QStringLiteral("2026-03-28T00:00:00")
        << QStringList { QStringLiteral("2026-03-28T08:00"), QStringLiteral("2026-03-29T07:00"),
               QStringLiteral("2026-03-30T07:00") };
    QTest::newRow("Berlin fall back (25 Oct 2026): 09:00 CEST then CET")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("09:00") << QStringLiteral("2026-10-24T00:00:00")
        << QStringList { QStringLiteral("2026-10-24T07:00"), QStringLiteral("2026-10-25T08:00"),
               QStringLiteral("2026-10-26T08:00") };
    QTest::newRow("New York spring forward (8 Mar 2026): 09:00 EST then EDT")
        << QStringLiteral("America/New_York") << QStringLiteral("09:00") << QStringLiteral("2026-03-07T00:00:00")
        << QStringList { QStringLiteral("2026-03-07T14:00"), QStringLiteral("2026-03-08T13:00"),
               QStringLiteral("2026-03-09T13:00") };
    QTest::newRow("New York fall back (1 Nov 2026): 09:00 EDT then EST")
        << QStringLiteral("America/New_York") << QStringLiteral("09:00") << QStringLiteral("2026-10-31T00:00:00")
        << QStringList { QStringLiteral("2026-10-31T13:00"), QStringLiteral("2026-11-01T14:00"),
               QStringLiteral("2026-11-02T14:00") };
    QTest::newRow("Berlin 02:30 does not exist on 29 Mar 2026: fires at 03:00 CEST")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("02:30") << QStringLiteral("2026-03-28T12:00:00")
        << QStringList { QStringLiteral("2026-03-29T01:00"), QStringLiteral("2026-03-30T00:30") };
    QTest::newRow("New York 02:30 does not exist on 8 Mar 2026: fires at 03:00 EDT")
        << QStringLiteral("America/New_York") << QStringLiteral("02:30") << QStringLiteral("2026-03-07T12:00:00")
        << QStringList { QStringLiteral("2026-03-08T07:00"), QStringLiteral("2026-03-09T06:30") };
    QTest::newRow("Berlin 02:30 exists twice on 25 Oct 2026: fires once, at the first (CEST)")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("02:30") << QStringLiteral("2026-10-24T12:00:00")
        << QStringList { QStringLiteral("2026-10-25T00:30"), QStringLiteral("2026-10-26T01:30") };
}

void TestSchedule::wallClockAcrossDst()
{
    QFETCH(QString, zone);
    QFETCH(QString, time);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    QString error;
    const auto s = Schedule::fromJson(QJsonObject { { QStringLiteral("every"), QStringLiteral("daily") },
                                          { QStringLiteral("time"), time }, { QStringLiteral("tz"), zone } },
        true, &error);
    QVERIFY2(s, qPrintable(error));
    qint64 from = utc(after);
    const QTimeZone tz(zone.toUtf8());
    for (const QString &e : expected) {
        const auto next = s->nextOccurrence(from);
        QVERIFY(next);
        QCOMPARE(isoUtc(*next), e);
        from = *next + 1;
    }
    // Every occurrence of a time that exists is exactly that wall-clock time.
    if (time == QLatin1String("09:00")) {
        from = utc(after);
        for (int i = 0; i < 5; ++i) {
            const qint64 next = *s->nextOccurrence(from);
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(next, tz).time(), QTime(9, 0));
            from = next + 1;
        }
    }
}

void TestSchedule::invalid_data()
{
    QTest::addColumn<QJsonObject>("schedule");
    QTest::addColumn<bool>("recurring");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown zone") << json(R"({"at":"2026-12-01T09:00","tz":"Mars/Olympus"})") << false
                                  << QStringLiteral("tz");
    QTest::newRow("no zone") << json(R"({"at":"2026-12-01T09:00"})") << false << QStringLiteral("tz");
    QTest::newRow("bad at") << json(R"({"at":"2026-13-01T09:00","tz":"UTC"})") << false << QStringLiteral("at");
    QTest::newRow("bad every") << json(R"({"every":"hourly","time":"09:00","tz":"UTC"})") << true
                               << QStringLiteral("every");
    QTest::newRow("bad time") << json(R"({"every":"daily","time":"25:00","tz":"UTC"})") << true
                              << QStringLiteral("time");
    QTest::newRow("weekly without days") << json(R"({"every":"weekly","time":"09:00","tz":"UTC"})") << true
                                         << QStringLiteral("days");
    QTest::newRow("weekday 8") << json(R"({"every":"weekly","days":[8],"time":"09:00","tz":"UTC"})") << true
                               << QStringLiteral("days");
    QTest::newRow("day 32") << json(R"({"every":"monthly","day_of_month":32,"time":"09:00","tz":"UTC"})") << true
                            << QStringLiteral("day_of_month");
    QTest::newRow("end before start") << json(
        R"({"every":"daily","time":"09:00","tz":"UTC","start":"2026-05-01","end":"2026-04-01"})")
                                      << true << QStringLiteral("end");
    QTest::newRow("negative grace") << json(R"({"at":"2026-12-01T09:00","tz":"UTC","grace_minutes":-5})") << false
                                    << QStringLiteral("grace_minutes");
}

void TestSchedule::invalid()
{
    QFETCH(QJsonObject, schedule);
    QFETCH(bool, recurring);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!Schedule::fromJson(schedule, recurring, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestSchedule::roundTrip()
{
    QString error;
    const QJsonObject in = json(R"({"every":"weekly","days":[5,1],"time":"07:45","tz":"America/New_York",)"
                                R"("start":"2026-01-01","end":"2026-12-31","grace_minutes":30})");
    const auto s = Schedule::fromJson(in, true, &error);
    QVERIFY2(s, qPrintable(error));
    const QJsonObject out = s->toJson();
    QCOMPARE(out.value(QStringLiteral("days")).toArray(), (QJsonArray { 1, 5 }));
    QCOMPARE(out.value(QStringLiteral("time")).toString(), QStringLiteral("07:45"));
    QCOMPARE(out.value(QStringLiteral("grace_minutes")).toInt(), 30);
    const auto again = Schedule::fromJson(out, true, &error);
    QVERIFY(again);
    QCOMPARE(again->toJson(), out);
    QCOMPARE(s->nextOccurrence(utc(QStringLiteral("2026-06-01T00:00:00"))),
        again->nextOccurrence(utc(QStringLiteral("2026-06-01T00:00:00"))));
}

void TestSchedule::describe()
{
    QString error;
    const auto weekly = Schedule::fromJson(
        json(R"({"every":"weekly","days":[1,5],"time":"09:00","tz":"Europe/Berlin"})"), true, &error);
    QVERIFY(weekly);
    const QString text = weekly->describe();
    QVERIFY2(
        text.contains(QStringLiteral("09:00")) && text.contains(QStringLiteral("Europe/Berlin")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().dayName(1)) && text.contains(QLocale().dayName(5)), qPrintable(text));
    const auto trigger = TriggerSpec::fromJson(json(R"({"event":"order_placed","delay_minutes":30})"), &error);
    QVERIFY(trigger);
    QVERIFY(trigger->describe().contains(QStringLiteral("order_placed")));
}

void TestSchedule::triggerMatches_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<bool>("matches");

    const QJsonObject order
        = json(R"({"total": 120.5, "city": "Pune", "note": "Birthday GIFT", "customer": {"tier": "gold"}})");
    QTest::newRow("no conditions") << json(R"({"event":"e"})") << order << true;
    QTest::newRow(">= as numbers") << json(R"({"event":"e","conditions":[{"key":"total","op":">=","value":"100"}]})")
                                   << order << true;
    QTest::newRow("< as numbers, not text")
        << json(R"({"event":"e","conditions":[{"key":"total","op":"<","value":"99"}]})") << order << false;
    QTest::newRow("= text") << json(R"({"event":"e","conditions":[{"key":"city","op":"=","value":"Pune"}]})") << order
                            << true;
    QTest::newRow("!= text") << json(R"({"event":"e","conditions":[{"key":"city","op":"!=","value":"Pune"}]})") << order
                             << false;
    QTest::newRow("contains, any case") << json(
        R"({"event":"e","conditions":[{"key":"note","op":"contains","value":"gift"}]})")
                                        << order << true;
    QTest::newRow("nested key") << json(
        R"({"event":"e","conditions":[{"key":"customer.tier","op":"=","value":"gold"}]})")
                                << order << true;
    QTest::newRow("exists") << json(R"({"event":"e","conditions":[{"key":"coupon","op":"exists"}]})") << order << false;
    QTest::newRow("missing key fails >") << json(
        R"({"event":"e","conditions":[{"key":"missing","op":">","value":"1"}]})")
                                         << order << false;
    QTest::newRow("all: one fails") << json(
        R"({"event":"e","conditions":[{"key":"total","op":">","value":"100"},{"key":"city","op":"=","value":"Delhi"}]})")
                                    << order << false;
    QTest::newRow("any: one holds") << json(
        R"({"event":"e","match":"any","conditions":[{"key":"total","op":">","value":"100"},)"
        R"({"key":"city","op":"=","value":"Delhi"}]})")
                                    << order << true;
}

void TestSchedule::triggerMatches()
{
    QFETCH(QJsonObject, spec);
    QFETCH(QJsonObject, data);
    QFETCH(bool, matches);
    QString error;
    const auto t = TriggerSpec::fromJson(spec, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->matches(data), matches);
    // The JSON survives a round trip.
    const auto again = TriggerSpec::fromJson(t->toJson(), &error);
    QVERIFY(again);
    QCOMPARE(again->matches(data), matches);
}

void TestSchedule::triggerInvalid()
{
    QString error;
    QVERIFY(!TriggerSpec::fromJson(json(R"({"conditions":[]})"), &error));
    QVERIFY(error.contains(QStringLiteral("event")));
    QVERIFY(!TriggerSpec::fromJson(json(R"({"event":"e","conditions":[{"key":"a","op":"~","value":"1"}]})"), &error));
    QVERIFY(error.contains(QStringLiteral("conditions")));
    QVERIFY(!TriggerSpec::fromJson(json(R"({"event":"e","unless":{"event":"x","within_hours":0}})"), &error));
    QVERIFY(error.contains(QStringLiteral("unless")));
    QVERIFY(!TriggerSpec::fromJson(json(R"({"event":"e","cooldown_hours":-1})"), &error));
    QVERIFY(error.contains(QStringLiteral("cooldown_hours")));
    const auto t = TriggerSpec::fromJson(json(R"({"event":"e"})"), &error);
    QVERIFY(t);
    QCOMPARE(t->cooldownHours, 24);
    QVERIFY(t->matchAll);
}

void TestSchedule::triggerArrayPaths_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matches");
    // A shop's order: line items are an array of objects, each possibly with an array of its own.
    const QString any = QStringLiteral("line_items[*].sku");
    QTest::newRow("index: first item") << QStringLiteral("items.0.sku") << QStringLiteral("=") << QStringLiteral("TS-1")
                                       << true;
    QTest::newRow("index: second item") << QStringLiteral("items.1.sku") << QStringLiteral("=")
                                        << QStringLiteral("SH-42") << true;
    QTest::newRow("index: not the first item")
        << QStringLiteral("items.0.sku") << QStringLiteral("=") << QStringLiteral("SH-42") << false;
    QTest::newRow("bracket index") << QStringLiteral("line_items[1].sku") << QStringLiteral("contains")
                                   << QStringLiteral("sh") << true;
    QTest::newRow("index out of range") << QStringLiteral("items.5.sku") << QStringLiteral("exists") << QString()
                                        << false;
    QTest::newRow("index out of range, !=")
        << QStringLiteral("items.5.sku") << QStringLiteral("!=") << QStringLiteral("TS-1") << true;
    QTest::newRow("index, then a key") << QStringLiteral("items.0.qty") << QStringLiteral(">") << QStringLiteral("1")
                                       << true;
    QTest::newRow("wildcard: any element contains")
        << any << QStringLiteral("contains") << QStringLiteral("SH") << true;
    QTest::newRow("wildcard: no element contains")
        << any << QStringLiteral("contains") << QStringLiteral("XL") << false;
    QTest::newRow("wildcard: = one element") << any << QStringLiteral("=") << QStringLiteral("TS-1") << true;
    QTest::newRow("wildcard: != means none equals") << any << QStringLiteral("!=") << QStringLiteral("TS-1") << false;
    QTest::newRow("wildcard: != when none equals") << any << QStringLiteral("!=") << QStringLiteral("ZZ-9") << true;
    QTest::newRow("wildcard: numbers, any above")
        << QStringLiteral("line_items[*].price") << QStringLiteral(">=") << QStringLiteral("50") << true;
    QTest::newRow("wildcard: numbers, none above")
        << QStringLiteral("line_items[*].price") << QStringLiteral(">") << QStringLiteral("100") << false;
    QTest::newRow("dotted wildcard") << QStringLiteral("items.*.sku") << QStringLiteral("=") << QStringLiteral("SH-42")
                                     << true;
    QTest::newRow("nested arrays") << QStringLiteral("line_items[*].tags[*]") << QStringLiteral("=")
                                   << QStringLiteral("gift") << true;
    QTest::newRow("nested index") << QStringLiteral("line_items[1].tags[0]") << QStringLiteral("=")
                                  << QStringLiteral("sale") << true;
    QTest::newRow("nested out of range") << QStringLiteral("line_items[0].tags[0]") << QStringLiteral("exists")
                                         << QString() << false;
    QTest::newRow("wildcard over an empty array")
        << QStringLiteral("coupons[*].code") << QStringLiteral("exists") << QString() << false;
    QTest::newRow("wildcard exists") << QStringLiteral("line_items[*].tags") << QStringLiteral("exists") << QString()
                                     << true;
    QTest::newRow("wildcard on a non-array") << QStringLiteral("customer[*]") << QStringLiteral("=")
                                             << QStringLiteral("gold") << true; // any member of an object
    QTest::newRow("index on a string") << QStringLiteral("city[0]") << QStringLiteral("exists") << QString() << false;
    QTest::newRow("plain dotted path unchanged")
        << QStringLiteral("customer.tier") << QStringLiteral("=") << QStringLiteral("gold") << true;
}

void TestSchedule::triggerArrayPaths()
{
    const QJsonObject order = json(R"({"city": "Pune", "customer": {"tier": "gold"}, "coupons": [],
        "line_items": [{"sku": "TS-1", "price": 20, "tags": []}, {"sku": "SH-42", "price": 55, "tags": ["sale", "gift"]}]})");
    QJsonObject data = order;
    QJsonArray items = order.value(QStringLiteral("line_items")).toArray();
    items.replace(0, QJsonObject { { QStringLiteral("sku"), QStringLiteral("TS-1") }, { QStringLiteral("qty"), 2 } });
    data.insert(QStringLiteral("items"), items);
    checkCondition(data);
}

// One condition (the test's key, op and value) on `data`, as the test's `matches` says, also after a round trip.
void TestSchedule::checkCondition(const QJsonObject &data)
{
    QFETCH(QString, key);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(bool, matches);
    QJsonObject condition { { QStringLiteral("key"), key }, { QStringLiteral("op"), op } };
    if (op != QLatin1String("exists"))
        condition.insert(QStringLiteral("value"), value);
    QString error;
    const auto t = TriggerSpec::fromJson(QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
                                             { QStringLiteral("conditions"), QJsonArray { condition } } },
        &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->matches(data), matches);
    QCOMPARE(TriggerSpec::fromJson(t->toJson(), &error)->matches(data), matches); // the key survives a round trip
}

void TestSchedule::triggerInvalidPaths_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : { "items[", "items[]", "items[x].sku", "items..sku", "items.", "[0]", "items[-1]", "a]b[" })
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestSchedule::triggerInvalidPaths()
{
    QFETCH(QString, key);
    QString error;
    const QJsonObject spec { { QStringLiteral("event"), QStringLiteral("e") },
        { QStringLiteral("conditions"),
            QJsonArray { QJsonObject {
                { QStringLiteral("key"), key }, { QStringLiteral("op"), QStringLiteral("exists") } } } } };
    QVERIFY(!TriggerSpec::fromJson(spec, &error));
    QVERIFY2(error.contains(key) && error.contains(QStringLiteral("path")), qPrintable(error));
}

// Conditions on orders exactly as the relay delivers them (issue 14): Shopify's and WooCommerce's whole order under
// "order", the normalised keys beside it.
void TestSchedule::triggerOnShopOrders_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matches");
    const QJsonObject shopify = ShopEventData::shopify(ShopEventData::payload(QStringLiteral("shopify_order.json")));
    const QJsonObject woo
        = ShopEventData::woocommerce(ShopEventData::payload(QStringLiteral("woocommerce_order.json")));
    const QString sku = QStringLiteral("items[*].sku");
    const QString contains = QStringLiteral("contains");
    QTest::newRow("shopify: items[*].sku contains SH") << shopify << sku << contains << QStringLiteral("SH") << true;
    QTest::newRow("woo: items[*].sku contains SH") << woo << sku << contains << QStringLiteral("SH") << true;
    QTest::newRow("shopify: no item is XL") << shopify << sku << contains << QStringLiteral("XL") << false;
    QTest::newRow("shopify: whole order, line_items") << shopify << QStringLiteral("order.line_items[*].sku")
                                                     << QStringLiteral("=") << QStringLiteral("SO-COT-3") << true;
    QTest::newRow("shopify: a line item costs 999 or more (text prices)")
        << shopify << QStringLiteral("items[*].price") << QStringLiteral(">=") << QStringLiteral("999") << true;
    QTest::newRow("woo: a line item over 20 (number prices)")
        << woo << QStringLiteral("order.line_items[*].price") << QStringLiteral(">") << QStringLiteral("20") << false;
    QTest::newRow("shopify: total as a number") << shopify << QStringLiteral("total") << QStringLiteral(">=")
                                               << QStringLiteral("1000") << true;
    QTest::newRow("shopify: cash on delivery")
        << shopify << QStringLiteral("order.payment_gateway_names[*]") << contains
        << QStringLiteral("cash on delivery") << true;
    QTest::newRow("woo: cash on delivery") << woo << QStringLiteral("order.payment_method") << QStringLiteral("=")
                                           << QStringLiteral("cod") << true;
    QTest::newRow("woo: not Shopify's gateway") << woo << QStringLiteral("order.payment_gateway_names[*]") << contains
                                                << QStringLiteral("cash") << false;
    QTest::newRow("shopify: note attribute by name")
        << shopify << QStringLiteral("order.note_attributes[name=gift_wrap].value") << QStringLiteral("=")
        << QStringLiteral("no") << true;
    QTest::newRow("shopify: note attribute not there")
        << shopify << QStringLiteral("order.note_attributes[name=engraving].value") << QStringLiteral("exists")
        << QString() << false;
    QTest::newRow("woo: meta_data by key") << woo << QStringLiteral("order.meta_data[key=whatsapp_opt_in].value")
                                           << QStringLiteral("=") << QStringLiteral("1") << true;
    QTest::newRow("woo: item meta inside an array")
        << woo << QStringLiteral("order.line_items[*].meta_data[key=pa_color].value") << QStringLiteral("=")
        << QStringLiteral("black") << true;
    QTest::newRow("shopify: country of the shipping address")
        << shopify << QStringLiteral("order.shipping_address.country_code") << QStringLiteral("=")
        << QStringLiteral("IN") << true;
    QTest::newRow("shopify: not yet fulfilled") << shopify << QStringLiteral("tracking_url") << QStringLiteral("=")
                                               << QString() << true;
}

void TestSchedule::triggerOnShopOrders()
{
    QFETCH(QJsonObject, data);
    checkCondition(data);
}

void TestSchedule::consentValues_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("consent");
    QTest::newRow("bool true") << QJsonValue(true) << true;
    QTest::newRow("bool false") << QJsonValue(false) << false;
    QTest::newRow("number 1") << QJsonValue(1) << true;
    QTest::newRow("number 0") << QJsonValue(0) << false;
    for (const char *yes : { "true", "TRUE", "yes", "Yes", "y", "1", "on", "checked", "subscribed", "opted_in",
             "accepted", " yes " })
        QTest::newRow(qPrintable(QStringLiteral("text '%1'").arg(QString::fromLatin1(yes))))
            << QJsonValue(QString::fromLatin1(yes)) << true;
    for (const char *no : { "", "false", "no", "0", "off", "not_subscribed", "unsubscribed", "pending", "maybe" })
        QTest::newRow(qPrintable(QStringLiteral("text '%1'").arg(QString::fromLatin1(no))))
            << QJsonValue(QString::fromLatin1(no)) << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("array") << QJsonValue(QJsonArray { true }) << false;
    QTest::newRow("Shopify consent object, subscribed")
        << QJsonValue(json(R"({"state": "subscribed", "opt_in_level": "single_opt_in"})")) << true;
    QTest::newRow("Shopify consent object, not subscribed")
        << QJsonValue(json(R"({"state": "not_subscribed", "opt_in_level": "single_opt_in"})")) << false;
}

void TestSchedule::consentValues()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, consent);
    QCOMPARE(TriggerSpec::isConsent(value), consent);
}

void TestSchedule::consentFieldOnShopOrders_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("consent");
    using namespace ShopEventData;
    const QJsonObject order = payload(QStringLiteral("shopify_order.json"));
    const QJsonObject woo = payload(QStringLiteral("woocommerce_order.json"));
    const QString accepts = QStringLiteral("order.buyer_accepts_marketing");
    QTest::newRow("shopify: buyer_accepts_marketing true") << shopify(order) << accepts << true;
    QTest::newRow("shopify: buyer_accepts_marketing false")
        << shopify(with(order, QStringLiteral("buyer_accepts_marketing"), false)) << accepts << false;
    QTest::newRow("shopify: note attribute whatsapp_opt_in=yes")
        << shopify(order) << QStringLiteral("order.note_attributes[name=whatsapp_opt_in].value") << true;
    QTest::newRow("shopify: note attribute gift_wrap=no is not consent")
        << shopify(order) << QStringLiteral("order.note_attributes[name=gift_wrap].value") << false;
    QTest::newRow("shopify: no such note attribute")
        << shopify(with(order, QStringLiteral("note_attributes"), QJsonArray()))
        << QStringLiteral("order.note_attributes[name=whatsapp_opt_in].value") << false;
    QTest::newRow("shopify: SMS consent object not subscribed")
        << shopify(order) << QStringLiteral("order.customer.sms_marketing_consent") << false;
    QTest::newRow("shopify: e-mail consent is another field")
        << shopify(order) << QStringLiteral("order.customer.email_marketing_consent") << true;
    QTest::newRow("woo: checkout field in meta_data")
        << woocommerce(woo) << QStringLiteral("order.meta_data[key=whatsapp_opt_in].value") << true;
    QTest::newRow("woo: Shopify's field is missing") << woocommerce(woo) << accepts << false;
    QTest::newRow("no field chosen: never consent") << shopify(order) << QString() << false;
}

void TestSchedule::consentFieldOnShopOrders()
{
    QFETCH(QJsonObject, data);
    QFETCH(QString, field);
    QFETCH(bool, consent);
    QString error;
    QJsonObject json { { QStringLiteral("event"), QStringLiteral("order_placed") } };
    if (!field.isEmpty())
        json.insert(QStringLiteral("consent_field"), field);
    const auto t = TriggerSpec::fromJson(json, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->consentField, field);
    QCOMPARE(t->carriesConsent(data), consent);
    // The field survives a round trip.
    QCOMPARE(TriggerSpec::fromJson(t->toJson(), &error)->carriesConsent(data), consent);
    QCOMPARE(t->toJson().contains(QStringLiteral("consent_field")), !field.isEmpty());
}

void TestSchedule::consentFieldInJson()
{
    QString error;
    QVERIFY(!TriggerSpec::fromJson(json(R"({"event":"e","consent_field":"order..accepts"})"), &error));
    QVERIFY2(error.contains(QStringLiteral("consent_field")) && error.contains(QStringLiteral("order..accepts")),
        qPrintable(error));
    const auto t = TriggerSpec::fromJson(json(R"({"event":"e","consent_field":" order.buyer_accepts_marketing "})"),
        &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->consentField, QStringLiteral("order.buyer_accepts_marketing"));
    QVERIFY2(t->describe().contains(QStringLiteral("order.buyer_accepts_marketing")), qPrintable(t->describe()));
}

void TestSchedule::recipesOnShopOrders_data()
{
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<bool>("matches");
    using namespace ShopEventData;
    const QJsonObject order = payload(QStringLiteral("shopify_order.json"));
    const QJsonObject woo = payload(QStringLiteral("woocommerce_order.json"));
    QJsonObject shipped = order;
    shipped.insert(QStringLiteral("fulfillments"),
        QJsonArray { QJsonObject { { QStringLiteral("tracking_number"), QStringLiteral("1490721583940") },
            { QStringLiteral("tracking_url"), QStringLiteral("https://www.delhivery.com/track/package/1490721583940") } } });
    QTest::newRow("confirmation: any order") << QStringLiteral("order_confirmation") << shopify(order) << true;
    QTest::newRow("shipping: with a tracking link") << QStringLiteral("shipping_update") << shopify(shipped) << true;
    QTest::newRow("shipping: no tracking link") << QStringLiteral("shipping_update") << shopify(order) << false;
    QTest::newRow("cod: Shopify's COD gateway") << QStringLiteral("cod_confirmation") << shopify(order) << true;
    QTest::newRow("cod: WooCommerce's cod") << QStringLiteral("cod_confirmation") << woocommerce(woo) << true;
    QTest::newRow("cod: paid by card on Shopify")
        << QStringLiteral("cod_confirmation")
        << shopify(with(order, QStringLiteral("payment_gateway_names"), QJsonArray { QStringLiteral("shopify_payments") }))
        << false;
    QTest::newRow("cod: paid by card on WooCommerce")
        << QStringLiteral("cod_confirmation") << woocommerce(with(woo, QStringLiteral("payment_method"), QStringLiteral("stripe")))
        << false;
    QTest::newRow("abandoned checkout: any checkout") << QStringLiteral("abandoned_checkout")
                                                      << shopify(payload(QStringLiteral("shopify_checkout.json"))) << true;
}

void TestSchedule::recipesOnShopOrders()
{
    QFETCH(QString, recipe);
    QFETCH(QJsonObject, data);
    QFETCH(bool, matches);
    for (const TriggerRecipe &r : TriggerRecipe::all()) {
        if (r.id != recipe)
            continue;
        QString error;
        const auto spec = TriggerSpec::fromJson(r.trigger, &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->matches(data), matches);
        QCOMPARE(spec->consentField, QStringLiteral("order.buyer_accepts_marketing"));
        return;
    }
    QFAIL("no such recipe");
}

void TestSchedule::recipeMapsTheTemplatesSlots()
{
    const QList<TriggerRecipe> recipes = TriggerRecipe::all();
    QCOMPARE(recipes.size(), 4);
    const TriggerRecipe &shipping = recipes.at(1);
    QCOMPARE(shipping.id, QStringLiteral("shipping_update"));
    QStringList mapped;
    for (const ParamMapping &m : shipping.mappingFor({ QStringLiteral("header.1"), QStringLiteral("body.1"),
             QStringLiteral("body.2"), QStringLiteral("body.3"), QStringLiteral("body.4"), QStringLiteral("body.name"),
             QStringLiteral("button.0") }))
        mapped << m.toString();
    // body.4 and the named body.name are beyond the recipe: left to the owner.
    QCOMPARE(mapped,
        (QStringList { QStringLiteral("header.1=event:order_number"), QStringLiteral("body.1=event:first_name|there"),
            QStringLiteral("body.2=event:order_number"), QStringLiteral("body.3=event:tracking_url"),
            QStringLiteral("button.0=event:tracking_number") }));
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"

// The pre-flight report against a crafted workspace: every number exactly, the rate card, headroom.
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/preflight.h"
#include "models/campaigns/ratecard.h"
#include "models/contacts/contact.h"
#include "models/contacts/contactstore.h"
#include "models/contacts/phonenormalizer.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

QList<ParamMapping> params(const QStringList &texts)
{
    QList<ParamMapping> result;
    for (const QString &t : texts) {
        QString error;
        const auto m = ParamMapping::parse(t, &error);
        if (!m)
            qFatal("bad mapping in test: %s", qPrintable(error));
        result << *m;
    }
    return result;
}

const qint64 kNow = 1790000000000; // 2026-09-21

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void regionOf_data();
    void regionOf();
    void rateCardLookup();
    void rateCardRejects();
    void fullReport();
    void noRateCardNoEstimate();
    void headroomBelowAudience();
    void unlimitedAndUnknownTier();
    void blockingProblems_data();
    void blockingProblems();
    void triggeredHasNoCount();
    void renderTextKeepsMissingVariables();

private:
    void addContact(
        const QString &phone, const QString &name, const QString &order, const QString &eta, const QString &consent);
    void setTier(const QString &tier, int maxRate);
    void addClaimed(int count, qint64 claimedAt);
    Campaign campaign() const;

    std::unique_ptr<TestWorkspace> m_t;
    qint64 m_account = 0;
};

void TestPreflight::addContact(
    const QString &phone, const QString &name, const QString &order, const QString &eta, const QString &consent)
{
    ContactStore store(m_t->workspace().database());
    QString error;
    Contact c;
    c.phone = phone;
    c.name = name;
    if (!order.isEmpty())
        c.attributes.insert(QStringLiteral("order"), order);
    if (!eta.isEmpty())
        c.attributes.insert(QStringLiteral("eta"), eta);
    c.tags = { QStringLiteral("shop") };
    const qint64 id = store.upsert(c, &error);
    QVERIFY2(id > 0, qPrintable(error));
    if (consent != QLatin1String("none"))
        store.optIn({ id }, QStringLiteral("test"), &error);
    if (consent == QLatin1String("out"))
        store.optOut({ id }, QStringLiteral("STOP"), &error);
}

void TestPreflight::setTier(const QString &tier, int maxRate)
{
    QSqlQuery q(m_t->workspace().database());
    q.prepare(QStringLiteral("UPDATE accounts SET messaging_tier = ?, max_rate = ? WHERE id = ?"));
    q.addBindValue(tier);
    q.addBindValue(maxRate);
    q.addBindValue(m_account);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

// `count` unique phones claimed at `claimedAt` in a run of another campaign of the same account.
void TestPreflight::addClaimed(int count, qint64 claimedAt)
{
    QSqlDatabase db = m_t->workspace().database();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, created_at, updated_at) "
                       "VALUES ('earlier', ?, 'order_update', 'en_US', 0, 0)"));
    q.addBindValue(m_account);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const qint64 campaignId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO campaign_runs (campaign_id, planned_at, updated_at) VALUES (?, 0, 0)"));
    q.addBindValue(campaignId);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const qint64 runId = q.lastInsertId().toLongLong();
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO recipients (run_id, phone, state, claimed_at, updated_at) "
                             "VALUES (?, ?, 'sent', ?, 0)"));
    for (int i = 0; i < count; ++i) {
        q.addBindValue(runId);
        q.addBindValue(QStringLiteral("+1555%1%2").arg(campaignId).arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(claimedAt);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    db.commit();
}

Campaign TestPreflight::campaign() const
{
    Campaign c;
    c.name = QStringLiteral("Orders");
    c.accountId = m_account;
    c.templateName = QStringLiteral("order_update");
    c.language = QStringLiteral("en_US");
    c.audience = QStringLiteral("tag:shop");
    c.params = params({ QStringLiteral("header.1=attr:order|n/a"), QStringLiteral("body.1=field:name|friend"),
        QStringLiteral("body.2=text:shipped"), QStringLiteral("body.3=attr:eta"),
        QStringLiteral("button.0=attr:order|0") });
    return c;
}

void TestPreflight::init()
{
    m_t = std::make_unique<TestWorkspace>();
    QString error;
    const auto account = AccountStore(m_t->workspace().database()).defaultAccount(&error);
    QVERIFY2(account, qPrintable(error));
    m_account = account->id;
    QVERIFY(TemplateStore(m_t->workspace().database()).applySync(m_account, builtInSandboxTemplates(), &error));
    // Sendable: three in India, one in Germany. Missing eta (no fallback): one in India, one in Germany.
    // Excluded: one opted out, two never opted in. Not in the audience: an opted-in contact without the tag.
    addContact(QStringLiteral("+919876543210"), QStringLiteral("Asha"), QStringLiteral("A1"), QStringLiteral("Friday"),
        QStringLiteral("in"));
    addContact(QStringLiteral("+919876543211"), QString(), QString(), QStringLiteral("Monday"), QStringLiteral("in"));
    addContact(
        QStringLiteral("+919876543212"), QStringLiteral("Ravi"), QStringLiteral("A3"), QString(), QStringLiteral("in"));
    addContact(QStringLiteral("+919876543213"), QStringLiteral("Meera"), QStringLiteral("A4"), QStringLiteral("today"),
        QStringLiteral("in"));
    addContact(QStringLiteral("+4915112345678"), QStringLiteral("Jonas"), QStringLiteral("B1"),
        QStringLiteral("Dienstag"), QStringLiteral("in"));
    addContact(QStringLiteral("+4915112345679"), QStringLiteral("Lena"), QStringLiteral("B2"), QString(),
        QStringLiteral("in"));
    addContact(QStringLiteral("+34612345678"), QStringLiteral("Out"), QStringLiteral("C1"), QStringLiteral("x"),
        QStringLiteral("out"));
    addContact(QStringLiteral("+34612345679"), QStringLiteral("New1"), QStringLiteral("C2"), QStringLiteral("x"),
        QStringLiteral("none"));
    addContact(QStringLiteral("+34612345670"), QStringLiteral("New2"), QStringLiteral("C3"), QStringLiteral("x"),
        QStringLiteral("none"));
    ContactStore store(m_t->workspace().database());
    Contact other;
    other.phone = QStringLiteral("+5511987654321");
    store.optIn({ store.upsert(other, &error) }, QStringLiteral("test"), &error);
}

void TestPreflight::cleanup()
{
    m_t.reset();
}

void TestPreflight::regionOf_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("region");
    QTest::newRow("IN") << QStringLiteral("+919876543210") << QStringLiteral("IN");
    QTest::newRow("DE") << QStringLiteral("+4915112345678") << QStringLiteral("DE");
    QTest::newRow("US") << QStringLiteral("+12025550123") << QStringLiteral("US");
    QTest::newRow("GB") << QStringLiteral("+442079460000") << QStringLiteral("GB");
    QTest::newRow("garbage") << QStringLiteral("hello") << QString();
}

void TestPreflight::regionOf()
{
    QFETCH(QString, phone);
    QFETCH(QString, region);
    QCOMPARE(PhoneNormalizer::regionOf(phone), region);
}

void TestPreflight::rateCardLookup()
{
    RateCard card(m_t->workspace().database());
    QString error;
    QVERIFY(card.list(&error).isEmpty());
    QVERIFY(!card.lookup(QStringLiteral("MARKETING"), QStringLiteral("IN"), &error));
    QVERIFY(card.set({ QStringLiteral("marketing"), QString(), 0.05, QStringLiteral("usd") }, &error));
    QVERIFY(card.set({ QStringLiteral("MARKETING"), QStringLiteral("in"), 0.0107, QStringLiteral("USD") }, &error));
    QVERIFY(card.set({ QStringLiteral("UTILITY"), QStringLiteral("IN"), 0.0014, QStringLiteral("USD") }, &error));
    // The country's own rate, else the '' rate, else none.
    QCOMPARE(card.lookup(QStringLiteral("MARKETING"), QStringLiteral("IN"), &error)->price, 0.0107);
    QCOMPARE(card.lookup(QStringLiteral("MARKETING"), QStringLiteral("DE"), &error)->price, 0.05);
    QCOMPARE(card.lookup(QStringLiteral("MARKETING"), QStringLiteral("DE"), &error)->country, QString());
    QCOMPARE(card.lookupForPhone(QStringLiteral("MARKETING"), QStringLiteral("+919876543210"), &error)->price, 0.0107);
    QCOMPARE(card.lookupForPhone(QStringLiteral("UTILITY"), QStringLiteral("+919876543210"), &error)->price, 0.0014);
    QVERIFY(!card.lookupForPhone(QStringLiteral("UTILITY"), QStringLiteral("+4915112345678"), &error));
    QVERIFY(!card.lookup(QStringLiteral("AUTHENTICATION"), QStringLiteral("IN"), &error));
    // set() replaces, remove() removes exactly one row.
    QVERIFY(card.set({ QStringLiteral("MARKETING"), QStringLiteral("IN"), 0.02, QStringLiteral("EUR") }, &error));
    QCOMPARE(card.list(&error).size(), 3);
    QCOMPARE(card.lookup(QStringLiteral("MARKETING"), QStringLiteral("IN"), &error)->currency, QStringLiteral("EUR"));
    QVERIFY(card.remove(QStringLiteral("marketing"), QStringLiteral("IN"), &error));
    QCOMPARE(card.lookup(QStringLiteral("MARKETING"), QStringLiteral("IN"), &error)->price, 0.05);
    QVERIFY(!card.remove(QStringLiteral("MARKETING"), QStringLiteral("IN"), &error));
    QVERIFY(!error.isEmpty());
}

void TestPreflight::rateCardRejects()
{
    RateCard card(m_t->workspace().database());
    QString error;
    QVERIFY(!card.set({ QString(), QString(), 0.01, QStringLiteral("USD") }, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!card.set({ QStringLiteral("MARKETING"), QStringLiteral("XX"), 0.01, QStringLiteral("USD") }, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!card.set({ QStringLiteral("MARKETING"), QString(), -1, QStringLiteral("USD") }, &error));
    QVERIFY(card.list(&error).isEmpty());
}

void TestPreflight::fullReport()
{
    setTier(QStringLiteral("TIER_250"), 2);
    addClaimed(3, kNow - 3600 * 1000LL); // within 24 h: counts
    addClaimed(5, kNow - 25 * 3600 * 1000LL); // older: does not
    RateCard card(m_t->workspace().database());
    QString error;
    QVERIFY(card.set({ QStringLiteral("UTILITY"), QString(), 0.01, QStringLiteral("USD") }, &error));
    QVERIFY(card.set({ QStringLiteral("UTILITY"), QStringLiteral("IN"), 0.002, QStringLiteral("USD") }, &error));
    QVERIFY(card.set({ QStringLiteral("MARKETING"), QStringLiteral("IN"), 0.5, QStringLiteral("USD") }, &error));

    Preflight::Options options;
    options.now = kNow;
    options.samples = 2;
    const PreflightReport r = Preflight::check(m_t->workspace().database(), campaign(), options);
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.triggered, false);
    QCOMPARE(r.matched, qint64(9));
    QCOMPARE(r.audience, qint64(6));
    QCOMPARE(r.excludedOptedOut, qint64(1));
    QCOMPARE(r.excludedNotOptedIn, qint64(2));
    QCOMPARE(r.missingParams, qint64(2));
    QCOMPARE(r.missingSample.size(), 2);
    QCOMPARE(r.missingSample.at(0).phone, QStringLiteral("+919876543212"));
    QCOMPARE(r.missingSample.at(0).slot, QStringLiteral("body.3"));
    QCOMPARE(r.missingSample.at(1).phone, QStringLiteral("+4915112345679"));
    QCOMPARE(r.sendable, qint64(4));
    QCOMPARE(r.templateStatus, QStringLiteral("APPROVED"));
    QCOMPARE(r.templateQuality, QStringLiteral("GREEN"));
    QCOMPARE(r.templateCategory, QStringLiteral("UTILITY"));
    QCOMPARE(r.samples.size(), 2);
    QCOMPARE(r.samples.at(0).phone, QStringLiteral("+919876543210"));
    QCOMPARE(r.samples.at(0).text,
        QStringLiteral("Order A1\nHi Asha, your order is now shipped. It should reach you by Friday.\n"
                       "Reply HELP for support"));
    // The second has no name and no order: the fallbacks.
    QCOMPARE(r.samples.at(1).text,
        QStringLiteral("Order n/a\nHi friend, your order is now shipped. It should reach you by Monday.\n"
                       "Reply HELP for support"));
    QCOMPARE(r.tier, QStringLiteral("TIER_250"));
    QCOMPARE(r.tierLimit, qint64(250));
    QCOMPARE(r.tierUsed, qint64(3));
    QCOMPARE(r.tierRemaining, qint64(247));
    QCOMPARE(r.rate, 2);
    QCOMPARE(r.durationSeconds, 2.0);
    QVERIFY(r.hasCost);
    QCOMPARE(r.cost, 0.016); // 3 × 0.002 (IN) + 1 × 0.01 (DE falls back to any country)
    QCOMPARE(r.currency, QStringLiteral("USD"));
    QCOMPARE(r.unpriced, qint64(0));
    QCOMPARE(r.warnings.size(), 1); // the two rows missing a parameter
    QVERIFY(r.warnings.first().contains(QLatin1String("2 recipient")));

    const QJsonObject j = r.toJson();
    QCOMPARE(j.value(QStringLiteral("audience")).toInteger(), 6);
    QCOMPARE(j.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("opted_out")).toInteger(), 1);
    QCOMPARE(j.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("not_opted_in")).toInteger(), 2);
    QCOMPARE(j.value(QStringLiteral("missing_params")).toObject().value(QStringLiteral("count")).toInteger(), 2);
    QCOMPARE(j.value(QStringLiteral("missing_params")).toObject().value(QStringLiteral("sample")).toArray().size(), 2);
    QCOMPARE(j.value(QStringLiteral("template")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("APPROVED"));
    QCOMPARE(j.value(QStringLiteral("samples")).toArray().size(), 2);
    QCOMPARE(j.value(QStringLiteral("headroom")).toObject().value(QStringLiteral("remaining")).toInteger(), 247);
    QCOMPARE(j.value(QStringLiteral("duration_seconds")).toDouble(), 2.0);
    QCOMPARE(j.value(QStringLiteral("cost")).toObject().value(QStringLiteral("amount")).toDouble(), 0.016);
    QCOMPARE(
        j.value(QStringLiteral("cost")).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QVERIFY(j.value(QStringLiteral("problems")).toArray().isEmpty());
}

void TestPreflight::noRateCardNoEstimate()
{
    Preflight::Options options;
    options.now = kNow;
    const PreflightReport r = Preflight::check(m_t->workspace().database(), campaign(), options);
    QVERIFY(r.ok());
    QVERIFY(!r.hasCost);
    QVERIFY(r.toJson().value(QStringLiteral("cost")).isNull());
    QCOMPARE(r.samples.size(), 3);
    // Unknown tier: no limit applied.
    QCOMPARE(r.tierLimit, qint64(-1));
    QCOMPARE(r.durationSeconds, 4.0 / 80);
    // A rate only for another category: still no price for these recipients.
    QString error;
    QVERIFY(RateCard(m_t->workspace().database())
                .set({ QStringLiteral("MARKETING"), QString(), 0.1, QStringLiteral("USD") }, &error));
    const PreflightReport r2 = Preflight::check(m_t->workspace().database(), campaign(), options);
    QVERIFY(!r2.hasCost);
    QCOMPARE(r2.unpriced, qint64(4));
}

void TestPreflight::headroomBelowAudience()
{
    setTier(QStringLiteral("TIER_250"), 80);
    addClaimed(248, kNow - 60 * 1000);
    Preflight::Options options;
    options.now = kNow;
    const PreflightReport r = Preflight::check(m_t->workspace().database(), campaign(), options);
    QVERIFY(r.ok()); // a warning, not a problem
    QCOMPARE(r.tierUsed, qint64(248));
    QCOMPARE(r.tierRemaining, qint64(2));
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(r.warnings.at(1).contains(QLatin1String("2 more")));
}

void TestPreflight::unlimitedAndUnknownTier()
{
    setTier(QStringLiteral("TIER_UNLIMITED"), 1000);
    addClaimed(10, kNow - 60 * 1000);
    Preflight::Options options;
    options.now = kNow;
    const PreflightReport r = Preflight::check(m_t->workspace().database(), campaign(), options);
    QCOMPARE(r.tierLimit, qint64(-1));
    QCOMPARE(r.tierRemaining, qint64(-1));
    QCOMPARE(r.rate, 1000);
    QCOMPARE(r.durationSeconds, 0.004);
    QVERIFY(r.toJson().value(QStringLiteral("headroom")).toObject().value(QStringLiteral("limit")).isNull());
}

void TestPreflight::blockingProblems_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QStringList>("mapping");
    QTest::addColumn<QString>("problemWord");
    QTest::newRow("paused template") << QStringLiteral("flash_sale") << QStringLiteral("tag:shop")
                                     << QStringList { QStringLiteral("body.1=text:40%"),
                                            QStringLiteral("body.2=text:6") }
                                     << QStringLiteral("PAUSED");
    QTest::newRow("rejected template") << QStringLiteral("win_a_prize") << QStringLiteral("tag:shop")
                                       << QStringList { QStringLiteral("body.1=field:name|you") }
                                       << QStringLiteral("REJECTED");
    QTest::newRow("missing template") << QStringLiteral("nope") << QStringLiteral("tag:shop") << QStringList()
                                      << QStringLiteral("nope");
    QTest::newRow("empty audience") << QStringLiteral("order_update") << QStringLiteral("tag:nobody") << QStringList()
                                    << QStringLiteral("empty");
    QTest::newRow("mapping gap") << QStringLiteral("order_update") << QStringLiteral("tag:shop")
                                 << QStringList { QStringLiteral("body.1=field:name|x") } << QStringLiteral("header.1");
    QTest::newRow("bad audience") << QStringLiteral("order_update") << QStringLiteral("tag:shop and") << QStringList()
                                  << QStringLiteral("ends without");
}

void TestPreflight::blockingProblems()
{
    QFETCH(QString, templateName);
    QFETCH(QString, audience);
    QFETCH(QStringList, mapping);
    QFETCH(QString, problemWord);
    Campaign c = campaign();
    c.templateName = templateName;
    c.audience = audience;
    if (!mapping.isEmpty())
        c.params = params(mapping);
    const PreflightReport r = Preflight::check(m_t->workspace().database(), c);
    QVERIFY(!r.ok());
    QVERIFY2(r.problems.join(QLatin1Char('\n')).contains(problemWord), qPrintable(r.problems.join(QLatin1Char('\n'))));
}

void TestPreflight::triggeredHasNoCount()
{
    Campaign c = campaign();
    c.kind = QStringLiteral("triggered");
    c.trigger = QJsonObject { { QStringLiteral("event"), QStringLiteral("order_shipped") } };
    const PreflightReport r = Preflight::check(m_t->workspace().database(), c);
    QVERIFY(r.ok());
    QVERIFY(r.triggered);
    QCOMPARE(r.sendable, qint64(0));
    QCOMPARE(r.missingParams, qint64(0));
    QVERIFY(!r.hasCost);
    QVERIFY(r.toJson().value(QStringLiteral("audience")).isNull());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("per event")));
}

void TestPreflight::renderTextKeepsMissingVariables()
{
    QString error;
    const auto t = TemplateStore(m_t->workspace().database())
                       .find(m_account, QStringLiteral("order_update"), QStringLiteral("en_US"), &error);
    QVERIFY(t);
    Contact c;
    c.name = QStringLiteral("Asha");
    const QString text = Preflight::renderText(*t, params({ QStringLiteral("body.1=field:name") }), c);
    QCOMPARE(text,
        QStringLiteral("Order {{1}}\nHi Asha, your order is now {{2}}. It should reach you by {{3}}.\n"
                       "Reply HELP for support"));
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"

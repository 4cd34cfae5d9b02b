// Orders from the shop start campaigns, end to end (issue 14): a signed Shopify orders/create reaches a running
// herald-relay, `herald-cli sync` brings it into the workspace, and `herald-cli agent --once` sends the triggered
// campaign to that customer with the order number in the message — the request body recorded by a loopback Cloud
// API. Consent gates it both ways (an order that carries the consent field opts a new customer in; one that does not
// is suppressed; an opted-out contact stays out), a retried delivery sends nothing twice, and the abandoned-checkout
// pattern (checkout_started unless order_placed within 2 h) reminds only the customer who did not order.
// Needs a Secret Service (scripts/test.sh runs the suite in a D-Bus session with gnome-keyring).
#include "models/accounts/account.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "shopeventdata.h"
#include "shopfixture.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString kAsha = QStringLiteral("+919740658510");
const QString kRavi = QStringLiteral("+919845012345");
const QString kDev = QStringLiteral("+919845000003");
const QString kConsent = QStringLiteral("order.buyer_accepts_marketing");

QByteArray isoAgo(qint64 minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(Qt::ISODate).toLatin1();
}

} // namespace

class TestShopOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void orderConfirmationReachesTheCustomer();
    void abandonedCheckoutRemindsOnlyWhoDidNotOrder();

private:
    CliRun cli(const QStringList &args) { return ShopTest::cli(m_tw->workspace().path(), args); }
    // campaign create + start for order_update with the order's number and first name; the campaign's id.
    qint64 startCampaign(const QStringList &triggerOptions);
    std::optional<Contact> contact(const QString &phone)
    {
        QString error;
        return ContactStore(m_tw->workspace().database()).byPhone(phone, &error);
    }

    QElapsedTimer m_clock;
    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<ShopTest::CloudApi> m_api;
    std::unique_ptr<RelayTest::Relay> m_relay;
};

void TestShopOrders::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run the suite through scripts/test.sh, which starts gnome-keyring.");
}

void TestShopOrders::init()
{
    m_clock.start();
    m_tw = std::make_unique<TestWorkspace>();
    m_api = std::make_unique<ShopTest::CloudApi>(m_clock);
    QVERIFY(m_api->listen());
    m_relay = std::make_unique<RelayTest::Relay>();
    QVERIFY2(m_relay->start(m_tw->filePath(QStringLiteral("relay.sqlite")), {}, ShopTest::relayEnvironment()),
        m_relay->log().constData());
    QString error;
    QVERIFY2(ShopTest::configureAccount(m_tw->workspace().path(), m_api->url(), m_relay->url({}).toString(), &error),
        qPrintable(error));
    const auto account = AccountStore(m_tw->workspace().database()).byName(QStringLiteral("shop"), &error);
    QVERIFY2(account, qPrintable(error));
    QVERIFY2(TemplateStore(m_tw->workspace().database()).applySync(account->id, builtInSandboxTemplates(), &error),
        qPrintable(error));
}

void TestShopOrders::cleanup()
{
    m_relay.reset();
    m_api.reset();
    m_tw.reset();
}

qint64 TestShopOrders::startCampaign(const QStringList &triggerOptions)
{
    CliRun r = cli(QStringList { QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("From the shop"), QStringLiteral("--template"), QStringLiteral("order_update"),
                       QStringLiteral("--language"), QStringLiteral("en_US"), QStringLiteral("--account"),
                       QStringLiteral("shop"), QStringLiteral("--param"), QStringLiteral("header.1=event:order_number|cart"),
                       QStringLiteral("--param"), QStringLiteral("body.1=event:first_name|there"),
                       QStringLiteral("--param"), QStringLiteral("body.2=text:confirmed"), QStringLiteral("--param"),
                       QStringLiteral("body.3=text:Friday"), QStringLiteral("--param"),
                       QStringLiteral("button.0=event:order_number|cart"), QStringLiteral("--type"),
                       QStringLiteral("triggered"), QStringLiteral("--json") }
        + triggerOptions);
    if (r.exitCode != 0)
        qFatal("campaign create: %s", r.err.constData());
    const qint64 id = r.json().value(QStringLiteral("id")).toInteger();
    r = cli({ QStringLiteral("campaign"), QStringLiteral("start"), QString::number(id) });
    if (r.exitCode != 0)
        qFatal("campaign start: %s", r.err.constData());
    return id;
}

void TestShopOrders::orderConfirmationReachesTheCustomer()
{
    const qint64 id = startCampaign({ QStringLiteral("--event"), QStringLiteral("order_placed"),
        QStringLiteral("--cooldown"), QStringLiteral("0"), QStringLiteral("--consent-field"), kConsent });
    // The trigger JSON keeps the consent field.
    CliRun r = cli({ QStringLiteral("campaign"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
    QCOMPARE(r.json().value(QStringLiteral("trigger")).toObject().value(QStringLiteral("consent_field")).toString(),
        kConsent);
    // Dev once replied STOP.
    QString error;
    ContactStore contacts(m_tw->workspace().database());
    Contact dev;
    dev.phone = kDev;
    dev.name = QStringLiteral("Dev");
    const qint64 devId = contacts.upsert(dev, &error);
    QVERIFY(contacts.optIn({ devId }, QStringLiteral("import"), &error));
    QVERIFY(contacts.optOut({ devId }, QStringLiteral("replied STOP"), &error));

    using ShopTest::postShopify;
    const QString topic = QStringLiteral("orders/create");
    const QByteArray asha = ShopTest::shopifyOrder(1001, QStringLiteral("Asha"), QStringLiteral("+91 97406 58510"), true);
    QCOMPARE(postShopify(*m_relay, topic, asha, {}, "evt-asha-1001"), 200);
    QCOMPARE(postShopify(*m_relay, topic, asha, {}, "evt-asha-1001"), 200); // Shopify's retry: stored once
    // A wrongly signed copy is refused and stores nothing.
    QCOMPARE(postShopify(*m_relay, topic, asha, {}, "evt-forged", "not-the-secret"), 403);
    QCOMPARE(postShopify(*m_relay, topic,
                 ShopTest::shopifyOrder(1002, QStringLiteral("Ravi"), QStringLiteral("098450 12345"), false)),
        200);
    QCOMPARE(postShopify(*m_relay, topic, ShopTest::shopifyOrder(1003, QStringLiteral("Dev"), kDev, true)), 200);

    r = cli({ QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("shop"), QStringLiteral("--until-idle"),
        QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("business_events")).toInt(), 3);

    r = cli({ QStringLiteral("agent"), QStringLiteral("--once"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.json().value(QStringLiteral("runs_started")).toInt() == 1, r.err.constData());
    const auto sends = m_api->sends();
    QCOMPARE(sends.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(sends.first().body).object();
    QCOMPARE(body.value(QStringLiteral("to")).toString(), kAsha);
    QCOMPARE(body.value(QStringLiteral("template")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("order_update"));
    const QByteArray components
        = QJsonDocument(body.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray())
              .toJson(QJsonDocument::Compact);
    QVERIFY2(components.contains(R"("text":"#1001")") && components.contains(R"("text":"Asha")"), components.constData());
    QCOMPARE(sends.first().headers.value("authorization"), QByteArray("Bearer " + ShopTest::kAccessToken));

    // Consent: Asha ticked the box and is opted in from her order; Ravi did not and is a contact who never opted in;
    // Dev stays opted out although his order says yes.
    QCOMPARE(contact(kAsha)->consent(), Contact::Consent::OptedIn);
    QCOMPARE(contact(kAsha)->optInSource, QString(QStringLiteral("shopify order #1001: ") + kConsent));
    QCOMPARE(contact(kRavi)->consent(), Contact::Consent::None);
    QCOMPARE(contact(kRavi)->name, QStringLiteral("Ravi"));
    QCOMPARE(contact(kDev)->consent(), Contact::Consent::OptedOut);
    r = cli({ QStringLiteral("contacts"), QStringLiteral("history"), kRavi });
    QVERIFY2(r.out.contains("never opted in"), r.out.constData());

    // Nothing is ever sent twice: a second pass and a second sync change nothing.
    r = cli({ QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("shop"), QStringLiteral("--until-idle"),
        QStringLiteral("1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("agent"), QStringLiteral("--once"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_api->sends().size(), 1);
}

void TestShopOrders::abandonedCheckoutRemindsOnlyWhoDidNotOrder()
{
    const qint64 id = startCampaign({ QStringLiteral("--event"), QStringLiteral("checkout_started"),
        QStringLiteral("--unless"), QStringLiteral("order_placed:2"), QStringLiteral("--delay"), QStringLiteral("30"),
        QStringLiteral("--consent-field"), kConsent });
    // The campaign has been running for four hours: the checkouts below happened 2.5 h ago, so the unless window has
    // closed now, with no waiting in the test.
    QSqlQuery q(m_tw->workspace().database());
    q.prepare(QStringLiteral("UPDATE trigger_cursors SET started_at = ? WHERE campaign_id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 4 * 3600 * 1000);
    q.addBindValue(id);
    QVERIFY(q.exec() && q.numRowsAffected() == 1);

    QJsonObject checkout = ShopEventData::payload(QStringLiteral("shopify_checkout.json"));
    checkout.insert(QStringLiteral("buyer_accepts_marketing"), true);
    const QString meera = QStringLiteral("+919812345678"); // leaves her cart
    QCOMPARE(ShopTest::postShopify(*m_relay, QStringLiteral("checkouts/create"),
                 QJsonDocument(checkout).toJson(QJsonDocument::Compact), isoAgo(150)),
        200);
    // Ravi starts a checkout too, and orders ten minutes later.
    checkout.insert(QStringLiteral("token"), QStringLiteral("f00dcafe0000ravi"));
    checkout.insert(QStringLiteral("phone"), kRavi);
    for (const char *address : { "billing_address", "shipping_address" }) {
        QJsonObject a = checkout.value(QLatin1String(address)).toObject();
        a.insert(QStringLiteral("phone"), kRavi);
        checkout.insert(QLatin1String(address), a);
    }
    QJsonObject customer = checkout.value(QStringLiteral("customer")).toObject();
    customer.insert(QStringLiteral("phone"), kRavi);
    checkout.insert(QStringLiteral("customer"), customer);
    QCOMPARE(ShopTest::postShopify(*m_relay, QStringLiteral("checkouts/create"),
                 QJsonDocument(checkout).toJson(QJsonDocument::Compact), isoAgo(150)),
        200);
    QCOMPARE(ShopTest::postShopify(*m_relay, QStringLiteral("orders/create"),
                 ShopTest::shopifyOrder(1004, QStringLiteral("Ravi"), kRavi, true), isoAgo(140)),
        200);

    CliRun r = cli({ QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("shop"),
        QStringLiteral("--until-idle"), QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("business_events")).toInt(), 3);
    r = cli({ QStringLiteral("agent"), QStringLiteral("--once"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto sends = m_api->sends();
    QCOMPARE(sends.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(sends.first().body).object().value(QStringLiteral("to")).toString(), meera);
    QVERIFY2(r.err.contains("cancelled") && r.err.contains(kRavi.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestShopOrders)
#include "tst_shoporders.moc"

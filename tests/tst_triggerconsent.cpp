// Consent stays the law when shop orders start campaigns (issue 14): a customer met by an order becomes a contact,
// opted in only when the order carries the consent field the owner chose for the campaign (recorded as the opt-in
// source), never over an opt-out; and the abandoned-checkout pattern (checkout_started unless order_placed within
// 2 h) on Shopify-shaped checkouts. Real SQLite and the Scheduler on a fake clock (runs planned, not sent).
#include "models/campaigns/schedulestore.h"
#include "schedulerfixture.h"
#include "shopeventdata.h"

#include <QTest>

using SchedulerTest::Fixture;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kT0 = 1796637600000; // 2026-12-07T10:00:00Z

const QString kAsha = QStringLiteral("+919740658510");
const QString kAccepts = QStringLiteral("order.buyer_accepts_marketing");

QJsonObject shopifyOrder(bool acceptsMarketing)
{
    return ShopEventData::shopify(ShopEventData::with(ShopEventData::payload(QStringLiteral("shopify_order.json")),
        QStringLiteral("buyer_accepts_marketing"), acceptsMarketing));
}

} // namespace

class TestTriggerConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newCustomerWithConsentIsOptedInAndSent();
    void newCustomerWithoutConsentIsSuppressed();
    void withoutAConsentFieldNoOrderOptsIn();
    void optedOutStaysOptedOut();
    void existingContactIsOptedInByTheField();
    void wooCommerceCheckoutField();
    void abandonedCheckout();

private:
    // A triggered campaign sending order_update with the order's number and first name; its id.
    qint64 campaign(const QJsonObject &trigger);
    // One scheduler pass at `at`.
    void tick(qint64 at);
    ScheduleStore::Fire fireOf(qint64 campaignId, const QString &phone);
    std::optional<Contact> contact(const QString &phone);
    // The components of the recipients of the campaign's runs, one string per recipient.
    QStringList sent(qint64 campaignId);

    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<Scheduler> m_scheduler;
};

void TestTriggerConsent::init()
{
    m_f = std::make_unique<Fixture>();
    QString error;
    QVERIFY2(m_f->setUp(&error), qPrintable(error));
    m_scheduler = std::make_unique<Scheduler>(m_f->ws(), m_f->options(false));
}

void TestTriggerConsent::cleanup()
{
    m_scheduler.reset();
    m_f.reset();
}

qint64 TestTriggerConsent::campaign(const QJsonObject &trigger)
{
    QString error;
    Campaign c;
    c.name = QStringLiteral("order confirmation");
    c.accountId = m_f->accountId;
    c.kind = QStringLiteral("triggered");
    c.trigger = trigger;
    c.templateName = QStringLiteral("order_update");
    c.language = QStringLiteral("en_US");
    // A checkout has no order number yet: the fallbacks fill in.
    for (const char *p : { "header.1=event:order_number|in your cart", "body.1=event:first_name|there",
             "body.2=text:confirmed", "body.3=text:Friday", "button.0=event:order_number|cart" })
        c.params << *ParamMapping::parse(QString::fromLatin1(p), &error);
    const qint64 id = CampaignStore(m_f->ws().database()).create(c, &error);
    if (id <= 0)
        qFatal("campaign: %s", qPrintable(error));
    m_f->clock = kT0 - kMinute;
    qint64 next = 0;
    if (!Scheduler::activate(m_f->ws(), id, true, m_f->clock, &next, &error))
        qFatal("activate: %s", qPrintable(error));
    return id;
}

void TestTriggerConsent::tick(qint64 at)
{
    m_f->clock = at;
    m_scheduler->tick();
}

ScheduleStore::Fire TestTriggerConsent::fireOf(qint64 campaignId, const QString &phone)
{
    QString error;
    for (const ScheduleStore::Fire &f : ScheduleStore(m_f->ws().database()).fires(campaignId, &error)) {
        if (f.phone == phone)
            return f;
    }
    return {};
}

std::optional<Contact> TestTriggerConsent::contact(const QString &phone)
{
    QString error;
    return ContactStore(m_f->ws().database()).byPhone(phone, &error);
}

QStringList TestTriggerConsent::sent(qint64 campaignId)
{
    QStringList result;
    QSqlQuery q(m_f->ws().database());
    q.prepare(QStringLiteral("SELECT r.phone || ' ' || r.components FROM recipients r JOIN campaign_runs cr "
                             "ON cr.id = r.run_id WHERE cr.campaign_id = ? ORDER BY r.id"));
    q.addBindValue(campaignId);
    q.exec();
    while (q.next())
        result << q.value(0).toString();
    return result;
}

void TestTriggerConsent::newCustomerWithConsentIsOptedInAndSent()
{
    const qint64 id = campaign(QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("consent_field"), kAccepts } });
    QVERIFY(!contact(kAsha));
    m_f->addEvent(QStringLiteral("order_placed"), kAsha, kT0, shopifyOrder(true));
    tick(kT0 + kMinute);

    const auto c = contact(kAsha);
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("Asha"));
    QCOMPARE(c->consent(), Contact::Consent::OptedIn);
    QCOMPARE(c->optInSource, QStringLiteral("shopify order #1001: order.buyer_accepts_marketing"));
    QCOMPARE(c->optInAt.toMSecsSinceEpoch(), kT0); // when the customer ticked the box, not when Herald saw it
    QCOMPARE(fireOf(id, kAsha).state, QStringLiteral("sent"));
    const QStringList recipients = sent(id);
    QCOMPARE(recipients.size(), 1);
    QVERIFY2(recipients.first().startsWith(kAsha) && recipients.first().contains(QStringLiteral("#1001"))
            && recipients.first().contains(QStringLiteral("Asha")),
        qPrintable(recipients.first()));
}

void TestTriggerConsent::newCustomerWithoutConsentIsSuppressed()
{
    const qint64 id = campaign(QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("consent_field"), kAccepts } });
    m_f->addEvent(QStringLiteral("order_placed"), kAsha, kT0, shopifyOrder(false));
    tick(kT0 + kMinute);

    const auto c = contact(kAsha);
    QVERIFY(c); // the customer is known now …
    QCOMPARE(c->name, QStringLiteral("Asha"));
    QCOMPARE(c->consent(), Contact::Consent::None); // … but an order is not an opt-in
    const ScheduleStore::Fire f = fireOf(id, kAsha);
    QCOMPARE(f.state, QStringLiteral("suppressed"));
    QVERIFY2(f.reason.contains(QStringLiteral("never opted in")) && f.reason.contains(kAccepts), qPrintable(f.reason));
    QVERIFY(sent(id).isEmpty());
}

void TestTriggerConsent::withoutAConsentFieldNoOrderOptsIn()
{
    const qint64 id = campaign(QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") } });
    m_f->addEvent(QStringLiteral("order_placed"), kAsha, kT0, shopifyOrder(true));
    tick(kT0 + kMinute);
    QCOMPARE(contact(kAsha)->consent(), Contact::Consent::None);
    const ScheduleStore::Fire f = fireOf(id, kAsha);
    QCOMPARE(f.state, QStringLiteral("suppressed"));
    QVERIFY2(f.reason.contains(QStringLiteral("consent field")), qPrintable(f.reason));
    QVERIFY(sent(id).isEmpty());
}

void TestTriggerConsent::optedOutStaysOptedOut()
{
    QString error;
    const qint64 contactId = m_f->addContact(kAsha, QStringLiteral("Asha R"));
    QVERIFY(ContactStore(m_f->ws().database()).optOut({ contactId }, QStringLiteral("replied STOP"), &error));
    const qint64 id = campaign(QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("consent_field"), kAccepts } });
    m_f->addEvent(QStringLiteral("order_placed"), kAsha, kT0, shopifyOrder(true));
    tick(kT0 + kMinute);

    const auto c = contact(kAsha);
    QCOMPARE(c->consent(), Contact::Consent::OptedOut);
    QCOMPARE(c->optOutReason, QStringLiteral("replied STOP"));
    QCOMPARE(c->optInSource, QStringLiteral("test")); // the earlier opt-in, not the order
    QCOMPARE(c->name, QStringLiteral("Asha R"));
    const ScheduleStore::Fire f = fireOf(id, kAsha);
    QCOMPARE(f.state, QStringLiteral("suppressed"));
    QVERIFY2(f.reason.contains(QStringLiteral("opted out")), qPrintable(f.reason));
    QVERIFY(sent(id).isEmpty());
}

void TestTriggerConsent::existingContactIsOptedInByTheField()
{
    m_f->addContact(kAsha, QStringLiteral("A. Rao"), false);
    const QString field = QStringLiteral("order.note_attributes[name=whatsapp_opt_in].value");
    const qint64 id = campaign(QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("consent_field"), field } });
    m_f->addEvent(QStringLiteral("order_placed"), kAsha, kT0, shopifyOrder(false)); // the note attribute says yes
    tick(kT0 + kMinute);
    const auto c = contact(kAsha);
    QCOMPARE(c->consent(), Contact::Consent::OptedIn);
    QCOMPARE(c->optInSource, QString(QStringLiteral("shopify order #1001: ") + field));
    QCOMPARE(c->name, QStringLiteral("A. Rao")); // an existing name is kept
    QCOMPARE(fireOf(id, kAsha).state, QStringLiteral("sent"));
    QCOMPARE(sent(id).size(), 1);
}

void TestTriggerConsent::wooCommerceCheckoutField()
{
    const QString john = QStringLiteral("+14155550132");
    const QString field = QStringLiteral("order.meta_data[key=whatsapp_opt_in].value");
    const qint64 id = campaign(QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
        { QStringLiteral("consent_field"), field } });
    QJsonObject woo = ShopEventData::payload(QStringLiteral("woocommerce_order.json"));
    m_f->addEvent(QStringLiteral("order_placed"), john, kT0, ShopEventData::woocommerce(woo));
    // The same order from a customer who left the box unticked (the field is then "0" or absent).
    const QString jane = QStringLiteral("+14155550177");
    woo.insert(QStringLiteral("meta_data"),
        QJsonArray { QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("key"), QStringLiteral("whatsapp_opt_in") },
            { QStringLiteral("value"), QStringLiteral("0") } } });
    m_f->addEvent(QStringLiteral("order_placed"), jane, kT0, ShopEventData::woocommerce(woo));
    tick(kT0 + kMinute);
    QCOMPARE(contact(john)->consent(), Contact::Consent::OptedIn);
    QCOMPARE(contact(john)->optInSource, QString(QStringLiteral("woocommerce order 727: ") + field));
    QCOMPARE(contact(john)->name, QStringLiteral("John"));
    QCOMPARE(contact(jane)->consent(), Contact::Consent::None);
    QCOMPARE(fireOf(id, john).state, QStringLiteral("sent"));
    QCOMPARE(fireOf(id, jane).state, QStringLiteral("suppressed"));
    QCOMPARE(sent(id).size(), 1);
    QVERIFY(sent(id).first().contains(QStringLiteral("727")));
}

// checkout_started unless order_placed within 2 h, only for carts with a shirt (items[*].sku contains SH): the
// reminder waits until the window has closed and goes only to those who did not order.
void TestTriggerConsent::abandonedCheckout()
{
    const qint64 id = campaign(QJsonObject { { QStringLiteral("event"), QStringLiteral("checkout_started") },
        { QStringLiteral("conditions"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("items[*].sku") },
                { QStringLiteral("op"), QStringLiteral("contains") }, { QStringLiteral("value"), QStringLiteral("SH") } } } },
        { QStringLiteral("delay_minutes"), 30 },
        { QStringLiteral("unless"),
            QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") }, { QStringLiteral("within_hours"), 2 } } },
        { QStringLiteral("consent_field"), QStringLiteral("order.buyer_accepts_sms_marketing") } });
    const QJsonObject checkout = ShopEventData::payload(QStringLiteral("shopify_checkout.json"));
    const QString meera = QStringLiteral("+919812345678"); // leaves the cart
    const QString ravi = QStringLiteral("+919812300001"); // orders 40 minutes later
    const QString dev = QStringLiteral("+919812300002"); // only socks in the cart: no condition met
    m_f->addEvent(QStringLiteral("checkout_started"), meera, kT0, ShopEventData::shopify(checkout));
    m_f->addEvent(QStringLiteral("checkout_started"), ravi, kT0, ShopEventData::shopify(checkout));
    QJsonObject socks = checkout;
    socks.insert(QStringLiteral("line_items"),
        QJsonArray { QJsonObject { { QStringLiteral("sku"), QStringLiteral("SO-COT-3") },
            { QStringLiteral("title"), QStringLiteral("Cotton socks") }, { QStringLiteral("quantity"), 1 },
            { QStringLiteral("price"), QStringLiteral("200.00") } } });
    m_f->addEvent(QStringLiteral("checkout_started"), dev, kT0, ShopEventData::shopify(socks));
    tick(kT0 + kMinute);
    QCOMPARE(fireOf(id, meera).dueAt, kT0 + 2 * kHour); // the delay, extended to the end of the unless window
    QCOMPARE(fireOf(id, dev).id, 0); // not a fire at all
    m_f->addEvent(QStringLiteral("order_placed"), ravi, kT0 + 40 * kMinute, shopifyOrder(true));

    tick(kT0 + 90 * kMinute); // past the delay, the window still open: nothing yet
    QCOMPARE(fireOf(id, meera).state, QStringLiteral("pending"));
    QVERIFY(sent(id).isEmpty());

    tick(kT0 + 2 * kHour + kMinute);
    QCOMPARE(fireOf(id, meera).state, QStringLiteral("sent"));
    const ScheduleStore::Fire r = fireOf(id, ravi);
    QCOMPARE(r.state, QStringLiteral("cancelled"));
    QVERIFY2(r.reason.contains(QStringLiteral("order_placed")), qPrintable(r.reason));
    const QStringList recipients = sent(id);
    QCOMPARE(recipients.size(), 1);
    QVERIFY(recipients.first().startsWith(meera));
    // Meera's cart carried buyer_accepts_sms_marketing: she is a contact now, opted in from the checkout.
    QCOMPARE(contact(meera)->consent(), Contact::Consent::OptedIn);
    QVERIFY(contact(meera)->optInSource.contains(QStringLiteral("order.buyer_accepts_sms_marketing")));
    QVERIFY(!contact(dev)); // no fire, no contact
}

QTEST_GUILESS_MAIN(TestTriggerConsent)
#include "tst_triggerconsent.moc"

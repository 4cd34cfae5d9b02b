// Issue 11 §1 end to end on the sandbox, which names people the way Meta does (models/contacts/waid.h): every Mexican
// number gets the "1" after 52, a seeded share of Brazilian mobiles lose the ninth digit — in the send answer's
// contacts[].wa_id and in every webhook. Campaigns to such contacts must still learn the ids, settle uncertain
// rows by their status, count replies without context, honour "Stop promotions" taps and STOP replies, and file
// everything under the contact in its history.
#include "engine/sandbox/accountendpoint.h"
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/send/campaignrunner.h"
#include "engine/status/relayfeedpoller.h"
#include "models/campaigns/campaign.h"
#include "models/contacts/contacthistory.h"
#include "models/contacts/contactstore.h"
#include "models/contacts/waid.h"
#include "models/ledger/ledger.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "sandboxcampaign.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

constexpr int kPerCountry = 150;   // per country and campaign

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0);
}

qint64 count(QSqlDatabase db, const QString &sql)
{
    return scalar(db, sql).toLongLong();
}

} // namespace

class TestWhatsAppIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idRules();
    void sandboxCampaignsWithRewrittenIds();

private:
    qint64 runCampaign(Workspace &ws, const Account &account, const QString &name, const QString &templateName,
                       const QString &tag, const QStringList &params);
};

void TestWhatsAppIds::initTestCase()
{
    qputenv("HERALD_SANDBOX_SPEED", "600");   // simulated minutes pass in fractions of a second
}

void TestWhatsAppIds::idRules()
{
    // Brazil: a mobile's ninth digit (9 before a 6–9 local number) may go; landlines never change.
    QCOMPARE(WaId::twin(QStringLiteral("+5511987654321")), QStringLiteral("+551187654321"));
    QCOMPARE(WaId::twin(QStringLiteral("551182345678")), QStringLiteral("+5511982345678"));
    QCOMPARE(WaId::twin(QStringLiteral("+551132345678")), QString());   // landline
    // Mexico: 52 + 10 digits ↔ 521 + 10 digits.
    QCOMPARE(WaId::twin(QStringLiteral("+525512345678")), QStringLiteral("+5215512345678"));
    QCOMPARE(WaId::twin(QStringLiteral("5215512345678")), QStringLiteral("+525512345678"));
    // Other countries have none.
    QCOMPARE(WaId::twin(QStringLiteral("+919876543210")), QString());
    QVERIFY(WaId::matches(QStringLiteral("551187654321"), QStringLiteral("+5511987654321")));
    QVERIFY(!WaId::matches(QStringLiteral("551187654322"), QStringLiteral("+5511987654321")));
    QCOMPARE(WaId::asMetaWould(QStringLiteral("525512345678"), false), QStringLiteral("5215512345678"));
    QCOMPARE(WaId::asMetaWould(QStringLiteral("5511987654321"), true), QStringLiteral("551187654321"));
    QCOMPARE(WaId::asMetaWould(QStringLiteral("5511987654321"), false), QStringLiteral("5511987654321"));
    QCOMPARE(WaId::asMetaWould(QStringLiteral("5511912345678"), true), QStringLiteral("5511912345678"));
    QCOMPARE(WaId::asMetaWould(QStringLiteral("919876543210"), true), QStringLiteral("919876543210"));
}

qint64 TestWhatsAppIds::runCampaign(Workspace &ws, const Account &account, const QString &name,
                                    const QString &templateName, const QString &tag, const QStringList &params)
{
    QString error;
    const qint64 id = SandboxCampaign::create(ws.database(), account.id, name, templateName, params, &error,
                                              QStringLiteral("tag:") + tag);
    if (id <= 0)
        qFatal("create: %s", qPrintable(error));
    CampaignStore campaigns(ws.database());
    const auto plan = campaigns.planRun(id, &error);
    if (!plan)
        qFatal("plan: %s", qPrintable(error));
    SendOptions options;
    options.rate = 1000;
    CampaignRunner runner(ws, plan->runId, effectiveAccount(account), effectiveAccessToken(account, {}), options);
    QSignalSpy finished(&runner, &CampaignRunner::finished);
    runner.start();
    if (!finished.wait(60000))
        qFatal("the run did not finish");
    return plan->runId;
}

void TestWhatsAppIds::sandboxCampaignsWithRewrittenIds()
{
    TestWorkspace t;
    Workspace &ws = t.workspace();
    QSqlDatabase db = ws.database();
    QString error;
    SandboxEnvironment *environment = SandboxEnvironment::ensureRunning(ws.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    const auto account = AccountStore(db).defaultAccount(&error);
    QVERIFY(account);
    QVERIFY2(SandboxCampaign::syncTemplates(db, account->id, &error), qPrintable(error));

    // Brazilian mobiles (+55 11 9 8…) and Mexican numbers (+52 55 …): half get the promotion with its
    // "Stop promotions" quick reply, half a utility message (an opt-out is then a typed STOP).
    ContactStore contacts(db);
    QList<qint64> ids;
    for (int i = 0; i < 2 * kPerCountry; ++i) {
        const QString tag = i < kPerCountry ? QStringLiteral("promo") : QStringLiteral("notice");
        for (const QString &phone : {QStringLiteral("+551198%1").arg(7000000 + i, 7, 10, QLatin1Char('0')),
                                     QStringLiteral("+525512%1").arg(300000 + i, 6, 10, QLatin1Char('0'))}) {
            Contact c;
            c.phone = phone;
            c.name = QStringLiteral("Customer %1").arg(ids.size());
            c.tags = {tag};
            const qint64 id = contacts.upsert(c, &error);
            QVERIFY2(id > 0, qPrintable(error));
            ids << id;
        }
    }
    QVERIFY(contacts.optIn(ids, QStringLiteral("test"), &error));

    const qint64 promo = runCampaign(
        ws, *account, QStringLiteral("Promo"), QStringLiteral("festive_offer"), QStringLiteral("promo"),
        {QStringLiteral("header.1=text:https://shop.example.com/b.jpg"), QStringLiteral("body.first_name=field:name"),
         QStringLiteral("body.discount=text:25%"), QStringLiteral("body.code=text:FEST25")});
    const qint64 notice = runCampaign(
        ws, *account, QStringLiteral("Notice"), QStringLiteral("appointment_reminder"), QStringLiteral("notice"),
        {QStringLiteral("body.1=field:name"), QStringLiteral("body.2=text:12 March"), QStringLiteral("body.3=text:10:30")});

    // The send answers taught the ids: every Mexican one with the 1, Brazilian ones both with and without the
    // ninth digit (the sandbox's seeded share), on the rows and on the contacts.
    const QString accepted = QStringLiteral("state = 'accepted'");
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM recipients WHERE ") + accepted
                           + QStringLiteral(" AND (wa_id IS NULL OR wa_id = substr(phone, 2))")
                           + QStringLiteral(" AND phone LIKE '+52%'")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM recipients WHERE phone LIKE '+52%' AND ") + accepted
                           + QStringLiteral(" AND wa_id <> '521' || substr(phone, 4)")),
             0);
    const qint64 brShort = count(db, QStringLiteral("SELECT count(*) FROM recipients WHERE phone LIKE '+55%' AND ")
                                         + accepted + QStringLiteral(" AND length(wa_id) = 12"));
    const qint64 brLong = count(db, QStringLiteral("SELECT count(*) FROM recipients WHERE phone LIKE '+55%' AND ")
                                        + accepted + QStringLiteral(" AND wa_id = substr(phone, 2)"));
    QVERIFY2(brShort > 0 && brLong > 0, qPrintable(QStringLiteral("%1 short, %2 long").arg(brShort).arg(brLong)));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM recipients r JOIN contacts c ON c.phone = r.phone "
                                      "WHERE r.wa_id IS NOT NULL AND c.wa_id IS NOT r.wa_id")),
             0);

    // A lost answer: some rows are uncertain without wamid or id; only their status (by callback data) can settle
    // them, and it names the person by the rewritten id.
    QSqlQuery lose(db);
    QVERIFY(lose.exec(QStringLiteral(
        "UPDATE recipients SET state = 'uncertain', wamid = NULL, wa_id = NULL, accepted_at = NULL, "
        "uncertain_at = claimed_at WHERE id IN (SELECT id FROM recipients WHERE state = 'accepted' "
        "AND substr(phone, 2) <> (SELECT wa_id FROM contacts c WHERE c.phone = recipients.phone) "
        "ORDER BY id LIMIT 40)")));
    QCOMPARE(lose.numRowsAffected(), 40);
    QVERIFY(lose.exec(QStringLiteral("UPDATE contacts SET wa_id = NULL WHERE phone IN "
                                     "(SELECT phone FROM recipients WHERE state = 'uncertain')")));

    // Every simulated webhook reaches the relay; then the poller applies the whole feed.
    QTRY_VERIFY_WITH_TIMEOUT(environment->webhooks()->pending() == 0, 60000);
    RelayFeedPoller::Options o;
    o.accountId = account->id;
    o.relayUrl = environment->relayUrl();
    o.feedToken = QString::fromLatin1(environment->feedToken());
    o.cursorKey = QStringLiteral("sandbox-test");
    RelayFeedPoller poller(ws, o);
    QSignalSpy caught(&poller, &RelayFeedPoller::caughtUp);
    poller.start();
    QVERIFY(caught.wait(60000));
    poller.stop();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // Uncertain rows settled by their status, with the wamid and the id learned.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM recipients WHERE state IN ('uncertain', 'accepted')")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM recipients WHERE uncertain_at IS NOT NULL "
                                      "AND (wamid IS NULL OR wa_id IS NULL)")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM recipients WHERE uncertain_at IS NOT NULL")), 40);
    QCOMPARE(count(db, QStringLiteral("SELECT sum(unmatched) FROM webhook_payloads")), 0);

    // Every inbound message resolved to its contact although it named a WhatsApp id.
    const qint64 inbound = count(db, QStringLiteral("SELECT count(*) FROM inbound_messages"));
    QVERIFY(inbound > 20);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inbound_messages WHERE contact_id IS NULL")), 0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM inbound_messages WHERE wa_id <> substr(phone, 2)")) > 0);

    // Replies without context are counted: every reply dated within 72 h of its message is attributed (only the
    // sandbox's late replies, dated after the window, are not), and some of them came without context.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inbound_messages i JOIN recipients r ON r.phone = i.phone "
                                      "WHERE i.recipient_id IS NULL AND i.message_at - r.sent_at <= 72 * 3600 * 1000")),
             0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM inbound_messages WHERE recipient_id IS NULL")) < inbound);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM inbound_messages i JOIN recipients r ON r.id = "
                                     "i.recipient_id WHERE i.context_id IS NULL AND r.replied_at IS NOT NULL "
                                     "AND i.wa_id <> substr(r.phone, 2)"))
            > 0);

    // "Stop promotions" taps (promotion) and typed STOP (utility) from rewritten ids opted the contacts out, never
    // with a date in the future.
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM inbound_messages i JOIN recipients r ON r.id = "
                                     "i.recipient_id WHERE i.opt_out = 1 AND i.type = 'button' AND r.run_id = %1 "
                                     "AND i.wa_id <> substr(i.phone, 2)")
                           .arg(promo))
            > 0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM inbound_messages i JOIN recipients r ON r.id = "
                                     "i.recipient_id WHERE i.opt_out = 1 AND i.type = 'text' AND r.run_id = %1 "
                                     "AND i.wa_id <> substr(i.phone, 2)")
                           .arg(notice))
            > 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inbound_messages i JOIN contacts c ON c.id = i.contact_id "
                                      "WHERE i.opt_out = 1 AND c.opt_out_at IS NULL")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM contacts WHERE opt_out_at > %1").arg(now)), 0);
    // Stops made in WhatsApp itself (user_preferences, named by the id) opted the contacts out too.
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM contacts WHERE opt_out_reason = "
                                     "'whatsapp user_preferences: stop' AND wa_id <> substr(phone, 2)"))
            > 0);

    // The history of such a contact shows the tap under the contact's number, with both ids.
    const QString phone = scalar(db, QStringLiteral("SELECT phone FROM inbound_messages WHERE opt_out = 1 "
                                                    "AND type = 'button' AND wa_id <> substr(phone, 2) "
                                                    "ORDER BY id LIMIT 1"))
                              .toString();
    const auto h = ContactHistory::load(db, phone, &error);
    QVERIFY2(h, qPrintable(error));
    QVERIFY(h->contact);
    QVERIFY(h->contact->optOutAt.isValid());
    QVERIFY(!h->waId.isEmpty());
    QVERIFY(QLatin1Char('+') + h->waId != phone);
    QVERIFY(WaId::matches(h->waId, phone));
    QCOMPARE(h->messages.size(), 1);
    QCOMPARE(h->messages.first().waId, h->waId);
    QVERIFY(!h->messages.first().statuses.isEmpty());
    QCOMPARE(h->messages.first().replies.size(), 1);
    QVERIFY(h->messages.first().replies.first().optOut);
    QCOMPARE(h->messages.first().replies.first().waId, h->waId);
}

QTEST_GUILESS_MAIN(TestWhatsAppIds)
#include "tst_whatsappids.moc"

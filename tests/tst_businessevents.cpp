// Business events end to end: WebhookApplier turns "business" events of the relay feed into business_events rows
// (deduplicated, bad payloads kept and counted), BusinessEventStore, and `herald-cli events push` both into the
// workspace (no relay) and through a real herald-relay process on loopback with the ingest token in the keychain
// (scripts/test.sh runs the suite in a D-Bus session with gnome-keyring), then back through `herald-cli sync`.
#include "clirun.h"
#include "models/status/businessevents.h"
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "relayfeedsfixture.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace RelayFeedsFixture;

namespace {

const QByteArray kAppSecret = "be-app-secret-1c2d";
const QByteArray kVerifyToken = "be-verify-token-93aa";
const QByteArray kFeedToken = "be-feed-token-70f1";
const QByteArray kIngestToken = "be-ingest-token-4b8e";

QJsonObject businessPayload(const QString &name, const QString &phone, qint64 occurredAt, const QJsonObject &data = {})
{
    return {{QStringLiteral("event"), name},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("occurred_at"), occurredAt},
            {QStringLiteral("data"), data}};
}

using Run = CliRun;

// herald-relay on 127.0.0.1 with an OS-chosen port (read back from its "listening" record).
class RelayProcess
{
public:
    bool start(const QString &database)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HERALD_RELAY_APP_SECRET"), QString::fromLatin1(kAppSecret));
        env.insert(QStringLiteral("HERALD_RELAY_VERIFY_TOKEN"), QString::fromLatin1(kVerifyToken));
        env.insert(QStringLiteral("HERALD_RELAY_FEED_TOKEN"), QString::fromLatin1(kFeedToken));
        env.insert(QStringLiteral("HERALD_RELAY_INGEST_TOKEN"), QString::fromLatin1(kIngestToken));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(HERALD_RELAY_PATH),
                        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database});
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_log += m_process.readAllStandardError();
            for (const QByteArray &line : m_log.split('\n')) {
                const QJsonObject record = QJsonDocument::fromJson(line).object();
                if (record.value(QStringLiteral("event")).toString() == QLatin1String("listening")) {
                    m_port = quint16(record.value(QStringLiteral("port")).toInt());
                    return m_port != 0;
                }
            }
        }
        return false;
    }
    ~RelayProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QByteArray log() { return m_log += m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

} // namespace

class TestBusinessEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void applierTurnsFeedPagesIntoRows();
    void badBusinessPayloadsAreKeptAndReported();
    void businessEventsDoNotDisturbStatuses();
    void fromJson_data();
    void fromJson();
    void storeListsAndFindsByPhone();
    void cliPushRecordsLocallyWithoutRelay();
    void cliPushRefusesBadOptions_data();
    void cliPushRefusesBadOptions();
    void cliPushThroughRelayAndSyncBack();
    void cliPushRelayUnreachable();
    void cliContactsHistory();

private:
    QSqlDatabase db() { return m_tw->workspace().database(); }
    WebhookApplier::Counts apply(const QList<WebhookApplier::FeedEvent> &events, qint64 next)
    {
        QString error;
        const auto counts = m_applier->apply(1, events, QStringLiteral("http://relay.test"), next, &error);
        if (!counts)
            qFatal("apply failed: %s", qPrintable(error));
        return *counts;
    }
    static WebhookApplier::FeedEvent feedEvent(qint64 cursor, const QJsonObject &payload,
                                              const QString &kind = QStringLiteral("business"))
    {
        WebhookApplier::FeedEvent e;
        e.cursor = cursor;
        e.receivedAtMs = 1795600900000;
        e.kind = kind;
        e.payload = payload;
        return e;
    }
    qint64 count(const QString &sql) { return scalar(db(), sql).toLongLong(); }
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return runCli(QStringLiteral(HERALD_CLI_PATH),
                      QStringList{QStringLiteral("--workspace"), m_tw->workspace().path()} + args, stdinData,
                      QProcessEnvironment::systemEnvironment(), 60000);
    }
    bool haveKeychain() const { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<WebhookApplier> m_applier;
};

void TestBusinessEvents::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    m_applier = std::make_unique<WebhookApplier>(db());
}

void TestBusinessEvents::cleanup()
{
    m_applier.reset();
    m_tw.reset();
}

void TestBusinessEvents::applierTurnsFeedPagesIntoRows()
{
    const QJsonObject data{{QStringLiteral("order_id"), QStringLiteral("A-17")}, {QStringLiteral("total"), 42.5}};
    WebhookApplier::Counts c = apply({feedEvent(1, businessPayload(QStringLiteral("order_placed"),
                                                                  QStringLiteral("+14155550123"), 1795600800000, data)),
                                     feedEvent(2, businessPayload(QStringLiteral("cart_abandoned"),
                                                                  QStringLiteral("+447911123456"), 1795600801000))},
                                    2);
    QCOMPARE(c.business, 2);
    QCOMPARE(c.businessRejected, 0);
    c = apply({feedEvent(3, businessPayload(QStringLiteral("order_placed"), QStringLiteral("+14155550123"),
                                            1795600802000))},
              3);
    QCOMPARE(c.business, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM business_events")), 3);
    QCOMPARE(m_applier->cursor(1, QStringLiteral("http://relay.test"), nullptr), 3);

    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT account_id, relay_cursor, name, phone, occurred_at, data, received_at "
                                  "FROM business_events WHERE relay_cursor = 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(q.value(2).toString(), QStringLiteral("order_placed"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("+14155550123"));
    QCOMPARE(q.value(4).toLongLong(), 1795600800000);
    QCOMPARE(QJsonDocument::fromJson(q.value(5).toByteArray()).object(), data);
    QCOMPARE(q.value(6).toLongLong(), 1795600900000);
    // The raw payload is kept like every feed event.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM webhook_payloads WHERE kind = 'business'")), 3);

    // A crash between apply and cursor save re-applies the same page: nothing is added twice.
    c = apply({feedEvent(2, businessPayload(QStringLiteral("cart_abandoned"), QStringLiteral("+447911123456"),
                                            1795600801000)),
               feedEvent(3, businessPayload(QStringLiteral("order_placed"), QStringLiteral("+14155550123"),
                                            1795600802000))},
              3);
    QCOMPARE(c.business, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM business_events")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM webhook_payloads")), 3);

    // The same cursor from another account is another event.
    exec(db(), QStringLiteral("INSERT INTO accounts (id, name, kind, created_at, updated_at) "
                              "VALUES (2, 'second', 'sandbox', 0, 0)"));
    QString error;
    const auto counts = m_applier->apply(
        2, {feedEvent(1, businessPayload(QStringLiteral("order_placed"), QStringLiteral("+14155550123"), 1))},
        QStringLiteral("http://other.test"), 1, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->business, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM business_events")), 4);
}

void TestBusinessEvents::badBusinessPayloadsAreKeptAndReported()
{
    const QList<WebhookApplier::FeedEvent> events{
        feedEvent(1, {{QStringLiteral("phone"), QStringLiteral("+14155550123")}}),                        // no name
        feedEvent(2, businessPayload(QStringLiteral("order_placed"), QStringLiteral("+1"), 1)),            // bad phone: kept
        feedEvent(3, {{QStringLiteral("event"), QStringLiteral("x")},
                      {QStringLiteral("phone"), QStringLiteral("+14155550123")},
                      {QStringLiteral("data"), QStringLiteral("not an object")}}),                          // bad data
        feedEvent(4, {}),                                                                                   // empty
        feedEvent(5, businessPayload(QStringLiteral("order_placed"), QStringLiteral("+14155550123"), 5)),  // good
    };
    const WebhookApplier::Counts c = apply(events, 5);
    QCOMPARE(c.events, 5);
    QCOMPARE(c.businessRejected, 3);
    // Since issue 14 an unreadable phone is an event too, kept with the reason its fires are suppressed with.
    QCOMPARE(c.business, 2);
    // The feed went on: the cursor is past the bad ones and every payload is kept for investigation.
    QCOMPARE(m_applier->cursor(1, QStringLiteral("http://relay.test"), nullptr), 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM webhook_payloads WHERE kind = 'business'")), 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM business_events")), 2);
    QCOMPARE(count(QStringLiteral("SELECT relay_cursor FROM business_events WHERE phone_problem = ''")), 5);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT phone FROM business_events WHERE relay_cursor = 2")).toString(),
             QStringLiteral("+1"));
    QVERIFY(!scalar(db(), QStringLiteral("SELECT phone_problem FROM business_events WHERE relay_cursor = 2"))
                 .toString().isEmpty());
}

void TestBusinessEvents::businessEventsDoNotDisturbStatuses()
{
    // A page mixing a status webhook and a business event applies both.
    const qint64 run = addRun(db());
    const qint64 r = addRecipient(db(), run, QStringLiteral("+14155550123"), QStringLiteral("accepted"),
                                  QStringLiteral("wamid.BE1"), 1795600000000);
    const QJsonObject statuses = statusPayload(
        {status(QStringLiteral("wamid.BE1"), QStringLiteral("delivered"), 1795600100, {}, QStringLiteral("14155550123"))});
    const WebhookApplier::Counts c = apply(
        {feedEvent(1, statuses, QStringLiteral("whatsapp")),
         feedEvent(2, businessPayload(QStringLiteral("order_placed"), QStringLiteral("+14155550123"), 1795600200000))},
        2);
    QCOMPARE(c.statuses, 1);
    QCOMPARE(c.business, 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT state FROM recipients WHERE id = ?"), {r}).toString(),
             QStringLiteral("delivered"));
}

void TestBusinessEvents::fromJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");      // empty: accepted
    QTest::addColumn<QString>("phone");
    QTest::addColumn<qint64>("occurredAt");
    QTest::addColumn<bool>("phoneProblem"); // kept as given with the reason
    const qint64 received = 1795600900000;
    QTest::newRow("full") << businessPayload(QStringLiteral("a"), QStringLiteral("+14155550123"), 1795600800000)
                          << QString() << QStringLiteral("+14155550123") << qint64(1795600800000) << false;
    QTest::newRow("name alias, ISO time")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("a")},
                       {QStringLiteral("phone"), QStringLiteral("+44 7911 123456")},
                       {QStringLiteral("occurred_at"), QStringLiteral("2026-11-25T10:00:00Z")}}
        << QString() << QStringLiteral("+447911123456") << qint64(1795600800000) << false;
    QTest::newRow("no time: received") << QJsonObject{{QStringLiteral("event"), QStringLiteral("a")},
                                                      {QStringLiteral("phone"), QStringLiteral("+14155550123")}}
                                       << QString() << QStringLiteral("+14155550123") << received << false;
    QTest::newRow("no name") << QJsonObject{{QStringLiteral("phone"), QStringLiteral("+14155550123")}}
                             << QStringLiteral("event") << QString() << qint64(0) << false;
    // A national number needs the order's country (issue 14): with it, it is read; without it, kept with the reason.
    const auto shop = [](const char *phone, const char *region) {
        QJsonObject o{{QStringLiteral("event"), QStringLiteral("a")}, {QStringLiteral("phone"), QString::fromUtf8(phone)},
                      {QStringLiteral("occurred_at"), qint64(1795600800000)}};
        if (region)
            o.insert(QStringLiteral("region"), QString::fromLatin1(region));
        return o;
    };
    QTest::newRow("national number, no region") << shop("07911 123456", nullptr) << QString()
                                                << QStringLiteral("07911 123456") << qint64(1795600800000) << true;
    QTest::newRow("national number, region IN") << shop("097406 58510", "IN") << QString()
                                                << QStringLiteral("+919740658510") << qint64(1795600800000) << false;
    QTest::newRow("international with spaces, region IN") << shop("+91 97406 58510", "IN") << QString()
                                                          << QStringLiteral("+919740658510") << qint64(1795600800000)
                                                          << false;
    QTest::newRow("national number, region in lower case") << shop("0612 345678", "nl") << QString()
                                                           << QStringLiteral("+31612345678") << qint64(1795600800000)
                                                           << false;
    QTest::newRow("no phone") << shop("", "IN") << QString() << QString() << qint64(1795600800000) << true;
    QTest::newRow("not a number of the region") << shop("12-34", "IN") << QString() << QStringLiteral("12-34")
                                                << qint64(1795600800000) << true;
    QTest::newRow("bad time") << QJsonObject{{QStringLiteral("event"), QStringLiteral("a")},
                                             {QStringLiteral("phone"), QStringLiteral("+14155550123")},
                                             {QStringLiteral("occurred_at"), QStringLiteral("soon")}}
                              << QStringLiteral("occurred_at") << QString() << qint64(0) << false;
    QTest::newRow("data array") << QJsonObject{{QStringLiteral("event"), QStringLiteral("a")},
                                               {QStringLiteral("phone"), QStringLiteral("+14155550123")},
                                               {QStringLiteral("data"), QJsonArray{}}}
                                << QStringLiteral("data") << QString() << qint64(0) << false;
}

void TestBusinessEvents::fromJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    QFETCH(QString, phone);
    QFETCH(qint64, occurredAt);
    QFETCH(bool, phoneProblem);
    QString error, badField;
    const auto e = BusinessEventStore::fromJson(json, 1795600900000, &error, &badField);
    QCOMPARE(e.has_value(), field.isEmpty());
    QCOMPARE(badField, field);
    if (e) {
        QCOMPARE(e->phone, phone);
        QCOMPARE(e->occurredAtMs, occurredAt);
        QCOMPARE(!e->phoneProblem.isEmpty(), phoneProblem);
        // What is stored is what was read: the E.164 number, or the text with its reason.
        BusinessEvent stored = *e;
        stored.accountId = 1;
        QString insertError;
        const auto id = BusinessEventStore(db()).insert(stored, &insertError);
        QVERIFY2(id, qPrintable(insertError));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT phone FROM business_events WHERE id = ?"), {*id}).toString(), phone);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT phone_problem FROM business_events WHERE id = ?"), {*id})
                     .toString()
                     .isEmpty(),
                 !phoneProblem);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestBusinessEvents::storeListsAndFindsByPhone()
{
    BusinessEventStore store(db());
    QString error;
    BusinessEvent e;
    e.accountId = 1;
    e.name = QStringLiteral("order_placed");
    e.phone = QStringLiteral("+44 7911 123456");
    e.occurredAtMs = 1000;
    bool inserted = false;
    const auto first = store.insert(e, &error, &inserted);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(inserted);
    e.occurredAtMs = 2000;
    QVERIFY(store.insert(e, &error, &inserted)); // local events have no cursor: each is its own event
    QVERIFY(inserted);
    e.name = QStringLiteral("signup");
    e.phone = QStringLiteral("+14155550123");
    QVERIFY(store.insert(e, &error));
    e.phone = QStringLiteral("+999");
    QVERIFY(!store.insert(e, &error));
    QVERIFY(!error.isEmpty());

    const QList<BusinessEvent> mine = store.byPhone(QStringLiteral("+447911123456"), &error);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).occurredAtMs, 2000); // newest first
    QCOMPARE(mine.at(1).id, *first);
    QCOMPARE(store.list({QStringLiteral("order_placed"), 0, 100}, &error).size(), 2);
    QCOMPARE(store.list({QString(), 0, 100}, &error).size(), 3);
    QCOMPARE(store.list({QString(), *first, 100}, &error).size(), 2);
    QCOMPARE(store.list({QString(), 0, 1}, &error).size(), 1);

    // From the relay: stored once per account and cursor.
    e.phone = QStringLiteral("+14155550123");
    e.relayCursor = 77;
    const auto relayed = store.insert(e, &error, &inserted);
    QVERIFY2(relayed && inserted, qPrintable(error));
    const auto again = store.insert(e, &error, &inserted);
    QVERIFY(again && !inserted);
    QCOMPARE(*again, *relayed);
}

void TestBusinessEvents::cliPushRecordsLocallyWithoutRelay()
{
    // The sandbox account has no relay URL: the event goes straight into the workspace.
    Run r = cli({QStringLiteral("events"), QStringLiteral("push"), QStringLiteral("order_placed"), QStringLiteral("--phone"),
                 QStringLiteral("+1 415 555 0123"), QStringLiteral("--data"), QStringLiteral("{\"order_id\":\"A-17\"}"),
                 QStringLiteral("--occurred-at"), QStringLiteral("2026-11-25T10:00:00Z"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("stored")).toBool(), true);
    const qint64 id = r.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QString error;
    const QList<BusinessEvent> events = BusinessEventStore(db()).byPhone(QStringLiteral("+14155550123"), &error);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).id, id);
    QCOMPARE(events.at(0).name, QStringLiteral("order_placed"));
    QCOMPARE(events.at(0).occurredAtMs, 1795600800000);
    QCOMPARE(events.at(0).data.value(QStringLiteral("order_id")).toString(), QStringLiteral("A-17"));
    QCOMPARE(events.at(0).relayCursor, 0);

    // Without --json: a sentence; without --occurred-at: now.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    r = cli({QStringLiteral("events"), QStringLiteral("push"), QStringLiteral("signup"), QStringLiteral("--phone"),
             QStringLiteral("+14155550123"), QStringLiteral("--account"), QStringLiteral("sandbox")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("signup"));
    const auto latest = BusinessEventStore(db()).byPhone(QStringLiteral("+14155550123"), &error).constFirst();
    QCOMPARE(latest.name, QStringLiteral("signup"));
    QVERIFY(latest.occurredAtMs >= before - 1000);

    // A national number with its country (issue 14).
    r = cli({QStringLiteral("events"), QStringLiteral("push"), QStringLiteral("order_placed"), QStringLiteral("--phone"),
             QStringLiteral("097406 58510"), QStringLiteral("--region"), QStringLiteral("in")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(BusinessEventStore(db()).byPhone(QStringLiteral("+919740658510"), &error).size(), 1);

    r = cli({QStringLiteral("events"), QStringLiteral("push"), QStringLiteral("signup"), QStringLiteral("--phone"),
             QStringLiteral("+14155550123"), QStringLiteral("--account"), QStringLiteral("nosuch")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nosuch"));
}

void TestBusinessEvents::cliPushRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString phone = QStringLiteral("+14155550123");
    QTest::newRow("bad data JSON") << QStringList{QStringLiteral("e"), QStringLiteral("--phone"), phone,
                                                  QStringLiteral("--data"), QStringLiteral("{order")}
                                   << QStringLiteral("--data");
    QTest::newRow("data not an object") << QStringList{QStringLiteral("e"), QStringLiteral("--phone"), phone,
                                                       QStringLiteral("--data"), QStringLiteral("[1]")}
                                        << QStringLiteral("--data");
    QTest::newRow("bad phone") << QStringList{QStringLiteral("e"), QStringLiteral("--phone"), QStringLiteral("12")}
                               << QStringLiteral("--phone");
    QTest::newRow("no phone") << QStringList{QStringLiteral("e")} << QStringLiteral("--phone");
    QTest::newRow("national number without region")
        << QStringList{QStringLiteral("e"), QStringLiteral("--phone"), QStringLiteral("097406 58510")}
        << QStringLiteral("--phone");
    QTest::newRow("bad region") << QStringList{QStringLiteral("e"), QStringLiteral("--phone"), QStringLiteral("097406 58510"),
                                               QStringLiteral("--region"), QStringLiteral("India")}
                                << QStringLiteral("--region");
    QTest::newRow("bad time") << QStringList{QStringLiteral("e"), QStringLiteral("--phone"), phone,
                                             QStringLiteral("--occurred-at"), QStringLiteral("tomorrow")}
                              << QStringLiteral("--occurred-at");
    QTest::newRow("no name") << QStringList{QStringLiteral("--phone"), phone} << QStringLiteral("NAME");
}

void TestBusinessEvents::cliPushRefusesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(QStringList{QStringLiteral("events"), QStringLiteral("push")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM business_events")), 0);
}

void TestBusinessEvents::cliPushThroughRelayAndSyncBack()
{
    if (!haveKeychain())
        QSKIP("No D-Bus session: run the suite through scripts/test.sh, which starts gnome-keyring.");
    RelayProcess relay;
    QVERIFY2(relay.start(m_tw->filePath(QStringLiteral("relay.sqlite"))), relay.log().constData());
    Run r = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("shop"),
                 QStringLiteral("--kind"), QStringLiteral("cloud-api"), QStringLiteral("--phone-number-id"),
                 QStringLiteral("106540352242922"), QStringLiteral("--waba-id"), QStringLiteral("102290129340398"),
                 QStringLiteral("--relay-url"), relay.url()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList push{QStringLiteral("events"), QStringLiteral("push"), QStringLiteral("order_placed"),
                           QStringLiteral("--phone"), QStringLiteral("+14155550123"), QStringLiteral("--data"),
                           QStringLiteral("{\"order_id\":\"A-99\"}"), QStringLiteral("--account"), QStringLiteral("shop"),
                           QStringLiteral("--json")};

    // No token stored yet: says which secret to set.
    r = cli(push);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("relay-ingest-token"), r.err.constData());

    // A wrong token: the relay's 401 becomes the sentence naming the fix.
    r = cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("relay-ingest-token"),
             QStringLiteral("--name"), QStringLiteral("shop")},
            "wrong-token\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(push);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("The ingest token was refused; set it with herald-cli account set-secret relay-ingest-token"),
             r.err.constData());

    r = cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("relay-ingest-token"),
             QStringLiteral("--name"), QStringLiteral("shop")},
            kIngestToken + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(push);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("stored")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("cursor")).toInteger(), 1);
    QVERIFY(!r.out.contains(kIngestToken) && !r.err.contains(kIngestToken));
    QVERIFY(!relay.log().contains(kIngestToken));
    // Nothing in the workspace yet: it arrives through the feed.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM business_events")), 0);

    r = cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("relay-feed-token"),
             QStringLiteral("--name"), QStringLiteral("shop")},
            kFeedToken + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("shop"), QStringLiteral("--until-idle"),
             QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("business_events")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("business_rejected")).toInt(), 0);
    QString error;
    const QList<BusinessEvent> events = BusinessEventStore(db()).byPhone(QStringLiteral("+14155550123"), &error);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).name, QStringLiteral("order_placed"));
    QCOMPARE(events.at(0).relayCursor, 1);
    QCOMPARE(events.at(0).data.value(QStringLiteral("order_id")).toString(), QStringLiteral("A-99"));
    // A second sync changes nothing.
    r = cli({QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("shop"), QStringLiteral("--until-idle"),
             QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM business_events")), 1);
}

void TestBusinessEvents::cliPushRelayUnreachable()
{
    if (!haveKeychain())
        QSKIP("No D-Bus session: run the suite through scripts/test.sh, which starts gnome-keyring.");
    // A port nobody listens on.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    Run r = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("gone"),
                 QStringLiteral("--kind"), QStringLiteral("cloud-api"), QStringLiteral("--phone-number-id"),
                 QStringLiteral("106540352242922"), QStringLiteral("--waba-id"), QStringLiteral("102290129340398"),
                 QStringLiteral("--relay-url"), QStringLiteral("http://127.0.0.1:%1").arg(port)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("relay-ingest-token"),
             QStringLiteral("--name"), QStringLiteral("gone")},
            kIngestToken + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("events"), QStringLiteral("push"), QStringLiteral("order_placed"), QStringLiteral("--phone"),
             QStringLiteral("+14155550123"), QStringLiteral("--account"), QStringLiteral("gone")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Cannot reach the relay"), r.err.constData());
    QVERIFY(!r.err.contains(kIngestToken));
}

void TestBusinessEvents::cliContactsHistory()
{
    // A failed message with its status webhook, and a business event pushed from the command line.
    const qint64 run = addRun(db(), QStringLiteral("Black Friday"));
    addRecipient(db(), run, QStringLiteral("+14155550123"), QStringLiteral("accepted"), QStringLiteral("wamid.CH1"),
                 1795600000000);
    apply({feedEvent(1, statusPayload({status(QStringLiteral("wamid.CH1"), QStringLiteral("failed"), 1795600100, {},
                                              QStringLiteral("14155550123"), 131026)}),
                     QStringLiteral("whatsapp"))},
          1);
    Run r = cli({QStringLiteral("events"), QStringLiteral("push"), QStringLiteral("order_placed"), QStringLiteral("--phone"),
                 QStringLiteral("+14155550123")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = cli({QStringLiteral("contacts"), QStringLiteral("history"), QStringLiteral("+1 (415) 555-0123"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject h = r.json();
    QCOMPARE(h.value(QStringLiteral("phone")).toString(), QStringLiteral("+14155550123"));
    QCOMPARE(h.value(QStringLiteral("known")).toBool(), true);
    const QJsonObject message = h.value(QStringLiteral("messages")).toArray().at(0).toObject();
    QCOMPARE(message.value(QStringLiteral("campaign")).toString(), QStringLiteral("Black Friday"));
    QCOMPARE(message.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(message.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 131026);
    QVERIFY(!message.value(QStringLiteral("error")).toObject().value(QStringLiteral("description")).toString().isEmpty());
    const QJsonObject failed = message.value(QStringLiteral("statuses")).toArray().at(0).toObject();
    QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-25T09:48:20.000Z"));
    const QString payloadId = QString::number(failed.value(QStringLiteral("payload_id")).toInteger());
    const QJsonObject payload = h.value(QStringLiteral("payloads")).toObject().value(payloadId).toObject();
    QCOMPARE(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("whatsapp"));
    QVERIFY(QJsonDocument(payload.value(QStringLiteral("body")).toObject()).toJson().contains("wamid.CH1"));
    QCOMPARE(h.value(QStringLiteral("events")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("order_placed"));

    r = cli({QStringLiteral("contacts"), QStringLiteral("history"), QStringLiteral("+14155550123")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Black Friday") && r.out.contains("131026") && r.out.contains("order_placed"));

    r = cli({QStringLiteral("contacts"), QStringLiteral("history"), QStringLiteral("+4915123456789")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("knows nothing"));
    r = cli({QStringLiteral("contacts"), QStringLiteral("history"), QStringLiteral("hello")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestBusinessEvents)
#include "tst_businessevents.moc"

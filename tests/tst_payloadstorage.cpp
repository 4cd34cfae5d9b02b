// Stored raw webhook payloads (issue 17, models/status/storedpayload.h): a large payload is kept compressed, a small one
// as received, and the contact history shows each byte for byte — also the payloads stored before the change, after
// the workspace is migrated.
#include "models/contacts/contacthistory.h"
#include "models/status/storedpayload.h"
#include "models/status/webhookapplier.h"
#include "models/storage/migrations.h"
#include "models/storage/workspace.h"
#include "relayfeedsfixture.h"
#include "testworkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace RelayFeedsFixture;

namespace {

constexpr qint64 T0 = 1750000000;
const QString kPhone = QStringLiteral("+919812345678");

QString wamidOf(int i)
{
    return QStringLiteral("wamid.HBgLOTE5ODEyMzQ1Njc4FQIAERgS%1").arg(i, 6, 10, QLatin1Char('0'));
}

// The payload each of the contact's statuses names in its history, by status.
QHash<QString, QByteArray> shownPayloads(QSqlDatabase db)
{
    QString error;
    const std::optional<ContactHistory> h = ContactHistory::load(db, kPhone, &error);
    if (!h || h->messages.size() != 1)
        qFatal("history: %s", qPrintable(error));
    QHash<QString, QByteArray> shown;
    for (const ContactHistory::StatusEvent &e : h->messages.first().statuses)
        shown.insert(e.status, h->payloads.value(e.payloadId).body);
    return shown;
}

} // namespace

class TestPayloadStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodingRoundTrips_data();
    void encodingRoundTrips();
    void largePayloadCompressedHistoryShowsBytes();
    void payloadsStoredBeforeShownAfterMigration();
};

void TestPayloadStorage::encodingRoundTrips_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("compressed");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("small") << QByteArray(R"({"object":"whatsapp_business_account"})") << false;
    QTest::newRow("large json") << compact(statusPayload([] {
        QJsonArray list;
        for (int i = 0; i < 100; ++i)
            list.append(status(wamidOf(i), QStringLiteral("sent"), T0 + i));
        return list;
    }())) << true;
    QByteArray noise(StoredPayload::kCompressFrom * 2, Qt::Uninitialized);
    quint32 x = 12345;
    for (char &c : noise)
        c = char((x = x * 1103515245u + 12345u) >> 24);
    QTest::newRow("incompressible") << noise << false;
}

void TestPayloadStorage::encodingRoundTrips()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, compressed);
    const StoredPayload::Stored stored = StoredPayload::encode(raw);
    QCOMPARE(stored.encoding == StoredPayload::Encoding::Zlib, compressed);
    if (compressed)
        QVERIFY(stored.body.size() < raw.size() / 4);
    QCOMPARE(StoredPayload::decode(stored.body, int(stored.encoding)), raw);
}

void TestPayloadStorage::largePayloadCompressedHistoryShowsBytes()
{
    TestWorkspace tw;
    QSqlDatabase db = tw.workspace().database();
    const qint64 run = addRun(db);
    addRecipient(db, run, kPhone, QStringLiteral("accepted"), wamidOf(0), (T0 - 5) * 1000);
    // Sent: one webhook of 200 statuses (ours and 199 for other workspaces); delivered: a webhook of its own.
    QJsonArray many;
    for (int i = 0; i < 200; ++i)
        many.append(status(wamidOf(i), QStringLiteral("sent"), T0));
    // Spaces as Meta may send them: what is kept is the bytes received, not a re-serialisation.
    const QByteArray large = QJsonDocument(statusPayload(many)).toJson(QJsonDocument::Indented);
    const QByteArray small = compact(statusPayload({status(wamidOf(0), QStringLiteral("delivered"), T0 + 10)}));
    QVERIFY(large.size() >= StoredPayload::kCompressFrom && small.size() < StoredPayload::kCompressFrom);
    QList<WebhookApplier::FeedEvent> events;
    for (const QByteArray &raw : {large, small}) {
        WebhookApplier::FeedEvent e;
        e.cursor = events.size() + 1;
        e.receivedAtMs = T0 * 1000;
        e.kind = QStringLiteral("whatsapp");
        e.payload = QJsonDocument::fromJson(raw).object();
        e.raw = raw;
        events.append(e);
    }
    WebhookApplier applier(db);
    QString error;
    const auto counts = applier.apply(1, events, QStringLiteral("http://relay"), 2, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->statuses, 2);
    QCOMPARE(counts->unmatched, 199);

    QCOMPARE(scalar(db, QStringLiteral("SELECT body_encoding FROM webhook_payloads WHERE relay_cursor = 1")).toInt(),
             int(StoredPayload::Encoding::Zlib));
    QVERIFY(scalar(db, QStringLiteral("SELECT length(body) FROM webhook_payloads WHERE relay_cursor = 1")).toInt()
            < large.size() / 4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT body_encoding FROM webhook_payloads WHERE relay_cursor = 2")).toInt(),
             int(StoredPayload::Encoding::Raw));
    QCOMPARE(scalar(db, QStringLiteral("SELECT body FROM webhook_payloads WHERE relay_cursor = 2")).toByteArray(), small);

    const QHash<QString, QByteArray> shown = shownPayloads(db);
    QCOMPARE(shown.value(QStringLiteral("sent")), large);
    QCOMPARE(shown.value(QStringLiteral("delivered")), small);
}

void TestPayloadStorage::payloadsStoredBeforeShownAfterMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.herald"));
    // Stored by the schema before this change (the migration that adds body_encoding also adds row_counts): a large
    // payload kept as received, and its status.
    QJsonArray many;
    for (int i = 0; i < 100; ++i)
        many.append(status(wamidOf(i), QStringLiteral("sent"), T0));
    const QByteArray large = compact(statusPayload(many));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        const int before = versionBeforeTable(QStringLiteral("row_counts"));
        QVERIFY(before > 0);
        QVERIFY2(Migrations::migrate(db, &error, before), qPrintable(error));
        exec(db, QStringLiteral("INSERT INTO accounts (name, kind, created_at, updated_at) VALUES ('a', 'sandbox', 0, 0)"));
        const qint64 run = addRun(db);
        const qint64 recipient = addRecipient(db, run, kPhone, QStringLiteral("sent"), wamidOf(0), T0 * 1000);
        const qint64 payload = exec(db, QStringLiteral("INSERT INTO webhook_payloads (account_id, relay_cursor, "
                                                       "received_at, kind, body, stored_at) VALUES (NULL, 7, ?, "
                                                       "'whatsapp', ?, 0)"),
                                    {T0 * 1000, large});
        exec(db, QStringLiteral("INSERT INTO recipient_statuses (recipient_id, status, event_at, payload_id) "
                                "VALUES (?, 'sent', ?, ?)"),
             {recipient, T0 * 1000, payload});
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(path, &error), qPrintable(error));
    QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT body_encoding FROM webhook_payloads")).toInt(),
             int(StoredPayload::Encoding::Raw));
    QCOMPARE(shownPayloads(ws.database()).value(QStringLiteral("sent")), large);
}

QTEST_GUILESS_MAIN(TestPayloadStorage)
#include "tst_payloadstorage.moc"

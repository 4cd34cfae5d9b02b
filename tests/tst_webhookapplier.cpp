// WebhookApplier against a real workspace: every status rule of campaign-stats.md with crafted event orders,
// the 72-hour reply attribution and each opt-out path.
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "relayfeedsfixture.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QSqlRecord>
#include <QTest>
#include <algorithm>

using namespace RelayFeedsFixture;

namespace {

constexpr qint64 T0 = 1750000000;   // seconds
constexpr qint64 H = 3600;

QString phoneDigits(const QString &e164)
{
    return e164.mid(1);
}

} // namespace

class TestWebhookApplier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<WebhookApplier> m_applier;
    qint64 m_cursor = 0;

    QSqlDatabase db() { return m_tw->workspace().database(); }
    WebhookApplier::Counts apply(const QList<QJsonObject> &payloads)
    {
        QList<WebhookApplier::FeedEvent> events;
        for (const QJsonObject &p : payloads) {
            WebhookApplier::FeedEvent e;
            e.cursor = ++m_cursor;
            e.receivedAtMs = T0 * 1000;
            e.kind = QStringLiteral("whatsapp");
            e.payload = p;
            events.append(e);
        }
        QString error;
        const auto counts = m_applier->apply(1, events, QStringLiteral("http://relay.test"), m_cursor, &error);
        if (!counts)
            qFatal("apply failed: %s", qPrintable(error));
        return *counts;
    }
    QSqlRecord row(qint64 id)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT * FROM recipients WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            qFatal("no recipient %lld", id);
        return q.record();
    }
    QVariant col(qint64 id, const char *name) { return row(id).value(QString::fromLatin1(name)); }
    bool optedOut(const QString &phone)
    {
        return !scalar(db(), QStringLiteral("SELECT opt_out_at FROM contacts WHERE phone = ?"), {phone}).isNull();
    }

private Q_SLOTS:
    void init()
    {
        cleanup();
        m_tw = std::make_unique<TestWorkspace>();
        m_applier = std::make_unique<WebhookApplier>(db());
        m_cursor = 0;
    }
    void cleanup()
    {
        m_applier.reset();
        m_tw.reset();
    }

    void statusOrders_data()
    {
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<bool>("onePayload");
        QStringList all{QStringLiteral("delivered"), QStringLiteral("read"), QStringLiteral("sent")};
        std::sort(all.begin(), all.end());
        do {
            for (bool one : {false, true}) {
                const QByteArray name = all.join(QLatin1Char(',')).toUtf8() + (one ? " one payload" : " one per payload");
                QTest::newRow(name.constData()) << all << one;
            }
        } while (std::next_permutation(all.begin(), all.end()));
        // duplicates and missing steps
        QTest::newRow("sent,sent,delivered,delivered,read,read") << QStringList{QStringLiteral("sent"), QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("delivered"), QStringLiteral("read"), QStringLiteral("read")} << false;
        QTest::newRow("read,sent,read,delivered,sent") << QStringList{QStringLiteral("read"), QStringLiteral("sent"), QStringLiteral("read"), QStringLiteral("delivered"), QStringLiteral("sent")} << true;
        QTest::newRow("sent,read (no delivered)") << QStringList{QStringLiteral("sent"), QStringLiteral("read")} << false;
        QTest::newRow("read,sent (no delivered)") << QStringList{QStringLiteral("read"), QStringLiteral("sent")} << false;
        QTest::newRow("read only") << QStringList{QStringLiteral("read")} << false;
        QTest::newRow("delivered,sent") << QStringList{QStringLiteral("delivered"), QStringLiteral("sent")} << false;
        QTest::newRow("sent only") << QStringList{QStringLiteral("sent")} << false;
        QTest::newRow("delivered only") << QStringList{QStringLiteral("delivered")} << false;
    }
    void statusOrders()
    {
        QFETCH(QStringList, order);
        QFETCH(bool, onePayload);
        const qint64 run = addRun(db());
        const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("accepted"),
                                       QStringLiteral("wamid.A"));
        const QHash<QString, qint64> ts{{QStringLiteral("sent"), T0 + 1},
                                        {QStringLiteral("delivered"), T0 + 5},
                                        {QStringLiteral("read"), T0 + 60}};
        QJsonArray statuses;
        QList<QJsonObject> payloads;
        for (const QString &s : order) {
            const QJsonObject st = status(QStringLiteral("wamid.A"), s, ts.value(s));
            statuses.append(st);
            payloads.append(statusPayload(QJsonArray{st}));
        }
        const WebhookApplier::Counts c = apply(onePayload ? QList<QJsonObject>{statusPayload(statuses)} : payloads);
        const QSet<QString> distinct(order.begin(), order.end());
        QCOMPARE(c.statuses, qint64(distinct.size()));
        QCOMPARE(c.duplicates, qint64(order.size() - distinct.size()));

        const bool hasRead = distinct.contains(QStringLiteral("read"));
        const bool hasDelivered = distinct.contains(QStringLiteral("delivered"));
        const bool hasSent = distinct.contains(QStringLiteral("sent"));
        const QString expectedState = hasRead ? QStringLiteral("read")
            : hasDelivered                    ? QStringLiteral("delivered")
                                              : QStringLiteral("sent");
        QCOMPARE(col(id, "state").toString(), expectedState);
        // Each status keeps its own timestamp, from the event, in ms; implied ones take the implying event's.
        const qint64 read = ts.value(QStringLiteral("read")) * 1000;
        const qint64 delivered = hasDelivered ? ts.value(QStringLiteral("delivered")) * 1000 : read;
        const qint64 sent = hasSent ? ts.value(QStringLiteral("sent")) * 1000 : (hasDelivered ? delivered : read);
        QCOMPARE(col(id, "sent_at").toLongLong(), sent);
        if (hasRead || hasDelivered)
            QCOMPARE(col(id, "delivered_at").toLongLong(), delivered);
        else
            QVERIFY(col(id, "delivered_at").isNull());
        if (hasRead)
            QCOMPARE(col(id, "read_at").toLongLong(), read);
        else
            QVERIFY(col(id, "read_at").isNull());
        QVERIFY(col(id, "failed_at").isNull());
        QVERIFY(col(id, "note").isNull());
    }

    void duplicateChangesNothing()
    {
        const qint64 run = addRun(db());
        const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("accepted"),
                                       QStringLiteral("wamid.A"));
        const QJsonObject p = statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("delivered"), T0 + 5)});
        QCOMPARE(apply({p}).statuses, 1);
        const QSqlRecord before = row(id);
        const WebhookApplier::Counts c = apply({p, p});
        QCOMPARE(c.statuses, 0);
        QCOMPARE(c.duplicates, 2);
        const QSqlRecord after = row(id);
        for (int i = 0; i < before.count(); ++i)
            QCOMPARE(after.value(i), before.value(i));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT (SELECT count(*) FROM recipient_statuses) + (SELECT count(*) FROM unmatched_statuses)")).toInt(), 1);
        // The same status with another timestamp is not a duplicate, but the earliest time is kept.
        apply({statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("delivered"), T0 + 9)})});
        QCOMPARE(col(id, "delivered_at").toLongLong(), (T0 + 5) * 1000);
    }

    void lateDeliveredAfterReadOnlyFillsTimestamp()
    {
        const qint64 run = addRun(db());
        const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("sent"),
                                       QStringLiteral("wamid.A"), (T0 + 1) * 1000);
        apply({statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("read"), T0 + 60)})});
        QCOMPARE(col(id, "state").toString(), QStringLiteral("read"));
        QCOMPARE(col(id, "delivered_at").toLongLong(), (T0 + 60) * 1000);   // implied by read
        apply({statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("delivered"), T0 + 5)})});
        QCOMPARE(col(id, "state").toString(), QStringLiteral("read"));
        QCOMPARE(col(id, "delivered_at").toLongLong(), (T0 + 5) * 1000);
        QCOMPARE(col(id, "sent_at").toLongLong(), (T0 + 1) * 1000);
    }

    void failedAfterSent_data()
    {
        QTest::addColumn<bool>("failedFirst");
        QTest::newRow("sent then failed") << false;
        QTest::newRow("failed then sent") << true;
    }
    void failedAfterSent()
    {
        QFETCH(bool, failedFirst);
        const qint64 run = addRun(db());
        const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("accepted"),
                                       QStringLiteral("wamid.A"));
        const QJsonObject sent = statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("sent"), T0 + 1)});
        const QJsonObject failed = statusPayload(
            {status(QStringLiteral("wamid.A"), QStringLiteral("failed"), T0 + 30, {}, {}, 131049)});
        apply(failedFirst ? QList<QJsonObject>{failed, sent} : QList<QJsonObject>{sent, failed});
        QCOMPARE(col(id, "state").toString(), QStringLiteral("failed"));
        QCOMPARE(col(id, "error_code").toInt(), 131049);
        QCOMPARE(col(id, "error_title").toString(), QStringLiteral("Message undeliverable"));
        QCOMPARE(col(id, "error_details").toString(), QStringLiteral("details 131049"));
        QCOMPARE(col(id, "failed_at").toLongLong(), (T0 + 30) * 1000);
        QCOMPARE(col(id, "sent_at").toLongLong(), (T0 + 1) * 1000);
    }

    void failedAfterDeliveredKeepsBetterStatus_data()
    {
        QTest::addColumn<QString>("better");
        QTest::addColumn<bool>("failedFirst");
        for (const char *b : {"delivered", "read"}) {
            QTest::addRow("%s then failed", b) << QString::fromLatin1(b) << false;
            QTest::addRow("failed then %s", b) << QString::fromLatin1(b) << true;
        }
    }
    void failedAfterDeliveredKeepsBetterStatus()
    {
        QFETCH(QString, better);
        QFETCH(bool, failedFirst);
        const qint64 run = addRun(db());
        const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("accepted"),
                                       QStringLiteral("wamid.A"));
        const QJsonObject good = statusPayload({status(QStringLiteral("wamid.A"), better, T0 + 5)});
        const QJsonObject failed = statusPayload(
            {status(QStringLiteral("wamid.A"), QStringLiteral("failed"), T0 + 30, {}, {}, 131026)});
        apply(failedFirst ? QList<QJsonObject>{failed, good} : QList<QJsonObject>{good, failed});
        QCOMPARE(col(id, "state").toString(), better);
        QVERIFY(col(id, "error_code").isNull());
        QVERIFY(col(id, "failed_at").isNull());
        const QString note = col(id, "note").toString();
        QVERIFY2(note.contains(QStringLiteral("131026")) && note.contains(QStringLiteral("details 131026")), qPrintable(note));
        QCOMPARE(note.count(QStringLiteral("Failed status")), 1);
    }

    void callbackDataReconcilesUncertain_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("status");
        QTest::newRow("uncertain → sent") << QStringLiteral("uncertain") << QStringLiteral("sent");
        QTest::newRow("uncertain → read") << QStringLiteral("uncertain") << QStringLiteral("read");
        QTest::newRow("uncertain → failed") << QStringLiteral("uncertain") << QStringLiteral("failed");
        QTest::newRow("claimed → delivered") << QStringLiteral("claimed") << QStringLiteral("delivered");
    }
    void callbackDataReconcilesUncertain()
    {
        QFETCH(QString, state);
        QFETCH(QString, status);
        const qint64 run = addRun(db());
        const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), state, QString());
        apply({statusPayload({RelayFeedsFixture::status(QStringLiteral("wamid.NEW"), status, T0 + 3,
                                                        QStringLiteral("herald:r%1").arg(id), QStringLiteral("919800000001"),
                                                        131026)})});
        QCOMPARE(col(id, "state").toString(), status);
        QCOMPARE(col(id, "wamid").toString(), QStringLiteral("wamid.NEW"));
        // Later statuses find it by wamid.
        if (status != QLatin1String("failed")) {
            apply({statusPayload({RelayFeedsFixture::status(QStringLiteral("wamid.NEW"), QStringLiteral("read"), T0 + 9)})});
            QCOMPARE(col(id, "state").toString(), QStringLiteral("read"));
        }
    }

    void callbackDataForAnotherNumberIsNotMatched()
    {
        const qint64 run = addRun(db());
        const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("uncertain"), QString());
        const auto c = apply({statusPayload({status(QStringLiteral("wamid.X"), QStringLiteral("sent"), T0,
                                                    QStringLiteral("herald:r%1").arg(id), QStringLiteral("15550001111"))})});
        QCOMPARE(c.unmatched, 1);
        QCOMPARE(col(id, "state").toString(), QStringLiteral("uncertain"));
    }

    void unknownWamidIsUnmatchedAndKeptRaw()
    {
        const auto c = apply({statusPayload({status(QStringLiteral("wamid.UNKNOWN"), QStringLiteral("delivered"), T0),
                                             status(QStringLiteral("wamid.UNKNOWN"), QStringLiteral("played"), T0)})});
        QCOMPARE(c.unmatched, 1);
        QCOMPARE(c.ignored, 1);
        QCOMPARE(c.statuses, 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT unmatched FROM webhook_payloads")).toInt(), 1);
        QVERIFY(scalar(db(), QStringLiteral("SELECT body FROM webhook_payloads")).toByteArray().contains("wamid.UNKNOWN"));
        // Kept by its wamid, for no recipient.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM unmatched_statuses WHERE wamid = 'wamid.UNKNOWN'")).toInt(), 1);
    }

    void rawPayloadLinkedToRecipient()
    {
        const qint64 run = addRun(db());
        const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("accepted"),
                                       QStringLiteral("wamid.A"));
        apply({statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("sent"), T0)})});
        const QByteArray body = scalar(db(), QStringLiteral("SELECT p.body FROM recipient_statuses e JOIN webhook_payloads p "
                                                            "ON p.id = e.payload_id WHERE e.recipient_id = ?"),
                                       {id})
                                    .toByteArray();
        QVERIFY(body.contains("\"wamid.A\""));
        QVERIFY(body.contains("\"pricing\""));
    }

    void batchOf1000Statuses()
    {
        const qint64 run = addRun(db());
        QJsonArray statuses;
        for (int i = 0; i < 1000; ++i) {
            addRecipient(db(), run, QStringLiteral("+91980%1").arg(i, 7, 10, QLatin1Char('0')), QStringLiteral("accepted"),
                         QStringLiteral("wamid.%1").arg(i));
            statuses.append(status(QStringLiteral("wamid.%1").arg(i), QStringLiteral("delivered"), T0 + i));
        }
        QCOMPARE(apply({statusPayload(statuses)}).statuses, 1000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE state = 'delivered'")).toInt(), 1000);
    }

    void acceptedWithoutStatusStaysPending()
    {
        const qint64 run = addRun(db());
        const qint64 id = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("accepted"),
                                       QStringLiteral("wamid.A"));
        apply({statusPayload({status(QStringLiteral("wamid.B"), QStringLiteral("sent"), T0)})});
        QCOMPARE(col(id, "state").toString(), QStringLiteral("accepted"));
    }

    void reapplyingIsIdempotent()
    {
        const qint64 run = addRun(db());
        const QString phone = QStringLiteral("+919800000001");
        const qint64 id = addRecipient(db(), run, phone, QStringLiteral("accepted"), QStringLiteral("wamid.A"));
        const QList<QJsonObject> page{
            statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("sent"), T0),
                           status(QStringLiteral("wamid.A"), QStringLiteral("read"), T0 + 10)}),
            messagePayload(phoneDigits(phone), QStringLiteral("wamid.IN1"), T0 + 20, QStringLiteral("text"),
                           QStringLiteral("STOP"))};
        const auto first = apply(page);
        QCOMPARE(first.statuses, 2);
        QCOMPARE(first.replies, 1);
        QCOMPARE(first.optOuts, 1);
        const QSqlRecord before = row(id);
        m_cursor = 0;   // the same cursors again, as after a crash before the cursor was saved
        const auto again = apply(page);
        QCOMPARE(again.statuses, 0);
        QCOMPARE(again.replies, 0);
        QCOMPARE(again.optOuts, 0);
        QCOMPARE(again.duplicates, 2);
        const QSqlRecord after = row(id);
        for (int i = 0; i < before.count(); ++i)
            QCOMPARE(after.value(i), before.value(i));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM webhook_payloads")).toInt(), 2);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM inbound_messages")).toInt(), 1);
    }

    // ---- replies ----

    void replyWindow_data()
    {
        QTest::addColumn<qint64>("offset");   // seconds after sent_at
        QTest::addColumn<bool>("attributed");
        QTest::newRow("72 h - 1 s") << 72 * H - 1 << true;
        QTest::newRow("exactly 72 h") << 72 * H << true;
        QTest::newRow("72 h + 1 s") << 72 * H + 1 << false;
        QTest::newRow("same second") << qint64(0) << true;
        QTest::newRow("1 s before the send") << qint64(-1) << false;
    }
    void replyWindow()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, attributed);
        for (bool withContext : {false, true}) {
            init();
            const qint64 run = addRun(db());
            const QString phone = QStringLiteral("+919800000001");
            const qint64 id = addRecipient(db(), run, phone, QStringLiteral("sent"), QStringLiteral("wamid.A"), T0 * 1000);
            const auto c = apply({messagePayload(phoneDigits(phone), QStringLiteral("wamid.IN"), T0 + offset,
                                                 QStringLiteral("text"), QStringLiteral("Is this still available?"),
                                                 withContext ? QStringLiteral("wamid.A") : QString())});
            QCOMPARE(c.replies, attributed ? 1 : 0);
            QCOMPARE(col(id, "replied_at").isNull(), !attributed);
            if (attributed)
                QCOMPARE(col(id, "replied_at").toLongLong(), (T0 + offset) * 1000);
            QCOMPARE(scalar(db(), QStringLiteral("SELECT text FROM inbound_messages")).toString(),
                     QStringLiteral("Is this still available?"));
            cleanup();
        }
    }

    void replyAcrossTwoCampaigns()
    {
        const QString phone = QStringLiteral("+919800000001");
        const qint64 a = addRecipient(db(), addRun(db(), QStringLiteral("A")), phone, QStringLiteral("delivered"),
                                      QStringLiteral("wamid.A"), T0 * 1000);
        const qint64 b = addRecipient(db(), addRun(db(), QStringLiteral("B")), phone, QStringLiteral("delivered"),
                                      QStringLiteral("wamid.B"), (T0 + 10 * H) * 1000);
        // Most recent wins.
        apply({messagePayload(phoneDigits(phone), QStringLiteral("in1"), T0 + 11 * H, QStringLiteral("text"), QStringLiteral("hi"))});
        QVERIFY(col(a, "replied_at").isNull());
        QCOMPARE(col(b, "replied_at").toLongLong(), (T0 + 11 * H) * 1000);
        // context.id beats recency.
        apply({messagePayload(phoneDigits(phone), QStringLiteral("in2"), T0 + 12 * H, QStringLiteral("text"),
                              QStringLiteral("about A"), QStringLiteral("wamid.A"))});
        QCOMPARE(col(a, "replied_at").toLongLong(), (T0 + 12 * H) * 1000);
        QCOMPARE(col(b, "replied_at").toLongLong(), (T0 + 11 * H) * 1000);
        // A reply sent between the two campaigns goes to A only.
        init();
        const qint64 a2 = addRecipient(db(), addRun(db(), QStringLiteral("A")), phone, QStringLiteral("delivered"),
                                       QStringLiteral("wamid.A"), T0 * 1000);
        const qint64 b2 = addRecipient(db(), addRun(db(), QStringLiteral("B")), phone, QStringLiteral("delivered"),
                                       QStringLiteral("wamid.B"), (T0 + 10 * H) * 1000);
        apply({messagePayload(phoneDigits(phone), QStringLiteral("in3"), T0 + 5 * H, QStringLiteral("text"), QStringLiteral("hi"))});
        QVERIFY(!col(a2, "replied_at").isNull());
        QVERIFY(col(b2, "replied_at").isNull());
        // Context pointing at a message older than 72 h falls back to the most recent one within 72 h.
        apply({messagePayload(phoneDigits(phone), QStringLiteral("in4"), T0 + 80 * H, QStringLiteral("text"),
                              QStringLiteral("late"), QStringLiteral("wamid.A"))});
        QCOMPARE(col(b2, "replied_at").toLongLong(), (T0 + 80 * H) * 1000);
        QCOMPARE(col(a2, "replied_at").toLongLong(), (T0 + 5 * H) * 1000);
    }

    void oneRecipientCountsOnce()
    {
        const QString phone = QStringLiteral("+919800000001");
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("read"), QStringLiteral("wamid.A"), T0 * 1000);
        // Out of order: the later reply arrives first; the same message twice.
        const auto c = apply({messagePayload(phoneDigits(phone), QStringLiteral("in2"), T0 + 200, QStringLiteral("text"), QStringLiteral("second")),
                              messagePayload(phoneDigits(phone), QStringLiteral("in1"), T0 + 100, QStringLiteral("text"), QStringLiteral("first")),
                              messagePayload(phoneDigits(phone), QStringLiteral("in1"), T0 + 100, QStringLiteral("text"), QStringLiteral("first"))});
        QCOMPARE(c.inbound, 2);
        QCOMPARE(col(id, "replied_at").toLongLong(), (T0 + 100) * 1000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE replied_at IS NOT NULL")).toInt(), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM inbound_messages")).toInt(), 2);
    }

    void oneMessageCountsForOneRecipient()
    {
        const QString phone = QStringLiteral("+919800000001");
        addRecipient(db(), addRun(db(), QStringLiteral("A")), phone, QStringLiteral("delivered"), QStringLiteral("wamid.A"), T0 * 1000);
        addRecipient(db(), addRun(db(), QStringLiteral("B")), phone, QStringLiteral("delivered"), QStringLiteral("wamid.B"), (T0 + 1) * 1000);
        apply({messagePayload(phoneDigits(phone), QStringLiteral("in1"), T0 + 100, QStringLiteral("text"), QStringLiteral("hi"))});
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM recipients WHERE replied_at IS NOT NULL")).toInt(), 1);
    }

    void failedRowsAreNotReplied()
    {
        const QString phone = QStringLiteral("+919800000001");
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("failed"), QStringLiteral("wamid.A"), T0 * 1000);
        const auto c = apply({messagePayload(phoneDigits(phone), QStringLiteral("in1"), T0 + 100, QStringLiteral("text"), QStringLiteral("hi"))});
        QCOMPARE(c.unattributed, 1);
        QVERIFY(col(id, "replied_at").isNull());
    }

    void buttonTapIsReply()
    {
        const QString phone = QStringLiteral("+919800000001");
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("delivered"), QStringLiteral("wamid.A"), T0 * 1000);
        apply({messagePayload(phoneDigits(phone), QStringLiteral("in1"), T0 + 100, QStringLiteral("button"),
                              QStringLiteral("Yes, interested"), QStringLiteral("wamid.A"), QStringLiteral("YES"))});
        QCOMPARE(col(id, "replied_at").toLongLong(), (T0 + 100) * 1000);
        QVERIFY(!optedOut(phone));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT payload FROM inbound_messages")).toString(), QStringLiteral("YES"));
    }

    // ---- opt-outs ----

    void optOutKeyword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("optOut");
        const char *const yes[] = {"STOP", "stop", " Stop! ", "UNSUBSCRIBE", "Stop promotions", "STOP ALL",     // en
                                   "रुको", "बंद करो", "अनसब्सक्राइब", "बंद करें",                             // hi
                                   "PARAR", "Sair", "cancelar", "Parar promoções", "PARÁR",                // pt
                                   "BAJA", "alto", "Detener", "darme de baja", "No más",                   // es
                                   "BERHENTI", "berhenti langganan", "Stop."};                             // id
        for (const char *t : yes)
            QTest::newRow(t) << QString::fromUtf8(t) << true;
        const char *const no[] = {"please stop calling at night", "Is this still available?", "stopper",
                                  "क्या यह उपलब्ध है", "quero parar de fumar", "hasta la vista", ""};
        for (const char *t : no)
            QTest::newRow(t) << QString::fromUtf8(t) << false;
    }
    void optOutKeyword()
    {
        QFETCH(QString, text);
        QFETCH(bool, optOut);
        const QString phone = QStringLiteral("+919800000001");
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("delivered"), QStringLiteral("wamid.A"), T0 * 1000);
        const auto c = apply({messagePayload(phoneDigits(phone), QStringLiteral("in1"), T0 + 100, QStringLiteral("text"), text)});
        QCOMPARE(optedOut(phone), optOut);
        QCOMPARE(c.optOuts, optOut ? 1 : 0);
        QCOMPARE(c.replies, 1);   // an opt-out reply is still a reply
        QVERIFY(!col(id, "replied_at").isNull());
        if (optOut) {
            QCOMPARE(scalar(db(), QStringLiteral("SELECT opt_out_at FROM contacts WHERE phone = ?"), {phone}).toLongLong(),
                     (T0 + 100) * 1000);
            QCOMPARE(scalar(db(), QStringLiteral("SELECT opt_out_reason FROM contacts WHERE phone = ?"), {phone}).toString(),
                     WebhookApplier::reasonKeyword());
        }
    }

    void optOutQuickReply_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("optOut");
        QTest::newRow("template button Stop promotions") << QStringLiteral("Stop promotions") << QStringLiteral("btn-2") << true;
        QTest::newRow("Parar promoções") << QStringLiteral("Parar promoções") << QStringLiteral("p") << true;
        QTest::newRow("mapped payload") << QStringLiteral("No thanks") << QStringLiteral("HERALD_OPT_OUT") << true;
        QTest::newRow("mapped payload with suffix") << QStringLiteral("Nope") << QStringLiteral("HERALD_OPT_OUT:42") << true;
        QTest::newRow("interested") << QStringLiteral("Yes, interested") << QStringLiteral("YES") << false;
    }
    void optOutQuickReply()
    {
        QFETCH(QString, text);
        QFETCH(QString, payload);
        QFETCH(bool, optOut);
        const QString phone = QStringLiteral("+919800000001");
        addRecipient(db(), addRun(db()), phone, QStringLiteral("delivered"), QStringLiteral("wamid.A"), T0 * 1000);
        const auto c = apply({messagePayload(phoneDigits(phone), QStringLiteral("in1"), T0 + 100, QStringLiteral("button"),
                                             text, QStringLiteral("wamid.A"), payload)});
        QCOMPARE(optedOut(phone), optOut);
        QCOMPARE(c.replies, 1);
        if (optOut)
            QCOMPARE(scalar(db(), QStringLiteral("SELECT opt_out_reason FROM contacts WHERE phone = ?"), {phone}).toString(),
                     WebhookApplier::reasonQuickReply());
    }

    void optOut131050FromStatus()
    {
        const QString phone = QStringLiteral("+919800000001");
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("accepted"), QStringLiteral("wamid.A"));
        const auto c = apply({statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("failed"), T0 + 7, {}, {}, 131050)})});
        QCOMPARE(col(id, "state").toString(), QStringLiteral("failed"));
        QCOMPARE(col(id, "error_code").toInt(), 131050);
        QVERIFY(optedOut(phone));
        QCOMPARE(c.optOuts, 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT opt_out_at FROM contacts WHERE phone = ?"), {phone}).toLongLong(), (T0 + 7) * 1000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT opt_out_reason FROM contacts WHERE phone = ?"), {phone}).toString(),
                 WebhookApplier::reasonError131050());
    }

    void optOut131050FromLedgerFailure()
    {
        const QString phone = QStringLiteral("+919800000002");
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("failed"), QString());
        exec(db(), QStringLiteral("UPDATE recipients SET error_code = 131050, failed_at = ? WHERE id = ?"), {T0 * 1000, id});
        addRecipient(db(), addRun(db(), QStringLiteral("other")), QStringLiteral("+919800000003"), QStringLiteral("failed"), QString());
        QString error;
        QCOMPARE(m_applier->syncFailureOptOuts(&error), 1);
        QVERIFY(optedOut(phone));
        QVERIFY(!optedOut(QStringLiteral("+919800000003")));
        QCOMPARE(m_applier->syncFailureOptOuts(&error), 0);
    }

    void userPreferencesStopAndResume()
    {
        const QString phone = QStringLiteral("+919800000001");
        addContact(db(), phone);
        auto c = apply({preferencePayload(phoneDigits(phone), QStringLiteral("stop"), T0)});
        QCOMPARE(c.optOuts, 1);
        QVERIFY(optedOut(phone));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT opt_out_reason FROM contacts WHERE phone = ?"), {phone}).toString(),
                 WebhookApplier::reasonUserPreferences());
        c = apply({preferencePayload(phoneDigits(phone), QStringLiteral("resume"), T0 + 100)});
        QCOMPARE(c.optIns, 1);
        QVERIFY(!optedOut(phone));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT opt_in_source FROM contacts WHERE phone = ?"), {phone}).toString(),
                 WebhookApplier::sourceResume());
        // An older stop delivered late does not undo the newer resume.
        apply({preferencePayload(phoneDigits(phone), QStringLiteral("stop"), T0 + 50)});
        QVERIFY(!optedOut(phone));
        // A newer one does.
        apply({preferencePayload(phoneDigits(phone), QStringLiteral("stop"), T0 + 500)});
        QVERIFY(optedOut(phone));
    }

    // --- WhatsApp ids (issue 11 §1): Meta names people by a wa_id that may not be the number sent to ---
    void rewrittenIds_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("waId");
        QTest::newRow("Brazil, ninth digit dropped") << QStringLiteral("+5511987654321") << QStringLiteral("551187654321");
        QTest::newRow("Mexico, 1 inserted") << QStringLiteral("+525512345678") << QStringLiteral("5215512345678");
    }
    // statuses[].recipient_id: matched by wamid; the id is learned by the row and the contact.
    void statusRecipientIdIsLearned_data() { rewrittenIds_data(); }
    void statusRecipientIdIsLearned()
    {
        QFETCH(QString, phone);
        QFETCH(QString, waId);
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("accepted"), QStringLiteral("wamid.A"));
        const auto c = apply({statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("delivered"), T0 + 5, {}, waId)})});
        QCOMPARE(c.statuses, 1);
        QCOMPARE(c.unmatched, 0);
        QCOMPARE(col(id, "state").toString(), QStringLiteral("delivered"));
        QCOMPARE(col(id, "wa_id").toString(), waId);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT wa_id FROM contacts WHERE phone = ?"), {phone}).toString(), waId);
    }
    // statuses[].recipient_id with callback data: an uncertain row (no wamid, no id known) settles by its status.
    void uncertainRowSettlesByRewrittenId_data() { rewrittenIds_data(); }
    void uncertainRowSettlesByRewrittenId()
    {
        QFETCH(QString, phone);
        QFETCH(QString, waId);
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("uncertain"), QString());
        const auto c = apply({statusPayload({status(QStringLiteral("wamid.NEW"), QStringLiteral("sent"), T0 + 3,
                                                    QStringLiteral("herald:r%1").arg(id), waId)})});
        QCOMPARE(c.unmatched, 0);
        QCOMPARE(col(id, "state").toString(), QStringLiteral("sent"));
        QCOMPARE(col(id, "wamid").toString(), QStringLiteral("wamid.NEW"));
        QCOMPARE(col(id, "wa_id").toString(), waId);
    }
    // messages[].from without context: attributed by the 72-hour rule to the contact's message; filed under the
    // contact's number with the id kept.
    void replyFromRewrittenIdIsCounted_data() { rewrittenIds_data(); }
    void replyFromRewrittenIdIsCounted()
    {
        QFETCH(QString, phone);
        QFETCH(QString, waId);
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("delivered"), QStringLiteral("wamid.A"),
                                       T0 * 1000);
        const auto c = apply({messagePayload(waId, QStringLiteral("in1"), T0 + 100, QStringLiteral("text"),
                                             QStringLiteral("Is it still on?"))});
        QCOMPARE(c.replies, 1);
        QCOMPARE(col(id, "replied_at").toLongLong(), (T0 + 100) * 1000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT phone FROM inbound_messages")).toString(), phone);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT wa_id FROM inbound_messages")).toString(), waId);
        QVERIFY(!scalar(db(), QStringLiteral("SELECT contact_id FROM inbound_messages")).isNull());
    }
    // contacts[].wa_id when messages[].from is missing; a STOP keyword opts the contact out.
    void stopFromContactsWaIdOptsOut_data() { rewrittenIds_data(); }
    void stopFromContactsWaIdOptsOut()
    {
        QFETCH(QString, phone);
        QFETCH(QString, waId);
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("delivered"), QStringLiteral("wamid.A"),
                                       T0 * 1000);
        const QJsonObject m{{QStringLiteral("id"), QStringLiteral("in1")},
                            {QStringLiteral("timestamp"), QString::number(T0 + 50)},
                            {QStringLiteral("type"), QStringLiteral("text")},
                            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("STOP")}}}};
        const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("metadata"), metadata()},
                                {QStringLiteral("contacts"), QJsonArray{QJsonObject{{QStringLiteral("wa_id"), waId}}}},
                                {QStringLiteral("messages"), QJsonArray{m}}};
        const auto c = apply({wrap(QStringLiteral("messages"), value)});
        QCOMPARE(c.optOuts, 1);
        QVERIFY(optedOut(phone));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT opt_out_reason FROM contacts WHERE phone = ?"), {phone}).toString(),
                 WebhookApplier::reasonKeyword());
        QCOMPARE(col(id, "replied_at").toLongLong(), (T0 + 50) * 1000);
    }
    // A "Stop promotions" tap (type button) from the id opts the contact out.
    void stopPromotionsTapFromRewrittenIdOptsOut_data() { rewrittenIds_data(); }
    void stopPromotionsTapFromRewrittenIdOptsOut()
    {
        QFETCH(QString, phone);
        QFETCH(QString, waId);
        addRecipient(db(), addRun(db()), phone, QStringLiteral("read"), QStringLiteral("wamid.A"), T0 * 1000);
        const auto c = apply({messagePayload(waId, QStringLiteral("in1"), T0 + 100, QStringLiteral("button"),
                                             QStringLiteral("Stop promotions"), QStringLiteral("wamid.A"),
                                             QStringLiteral("Stop promotions"))});
        QCOMPARE(c.optOuts, 1);
        QCOMPARE(c.replies, 1);
        QVERIFY(optedOut(phone));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT opt_out_reason FROM contacts WHERE phone = ?"), {phone}).toString(),
                 WebhookApplier::reasonQuickReply());
    }
    // user_preferences[].wa_id
    void userPreferencesFromRewrittenId_data() { rewrittenIds_data(); }
    void userPreferencesFromRewrittenId()
    {
        QFETCH(QString, phone);
        QFETCH(QString, waId);
        addContact(db(), phone);
        QCOMPARE(apply({preferencePayload(waId, QStringLiteral("stop"), T0)}).optOuts, 1);
        QVERIFY(optedOut(phone));
        QCOMPARE(apply({preferencePayload(waId, QStringLiteral("resume"), T0 + 60)}).optIns, 1);
        QVERIFY(!optedOut(phone));
    }
    // 131050 in a failed status that names the id.
    void error131050WithRewrittenId_data() { rewrittenIds_data(); }
    void error131050WithRewrittenId()
    {
        QFETCH(QString, phone);
        QFETCH(QString, waId);
        addRecipient(db(), addRun(db()), phone, QStringLiteral("accepted"), QStringLiteral("wamid.A"));
        apply({statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("failed"), T0 + 7, {}, waId, 131050)})});
        QVERIFY(optedOut(phone));
    }
    // A learned id wins, whatever it looks like (a ported number, a new id).
    void learnedIdResolvesFirst()
    {
        const QString phone = QStringLiteral("+447700900123");
        addRecipient(db(), addRun(db()), phone, QStringLiteral("accepted"), QStringLiteral("wamid.A"), T0 * 1000);
        apply({statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("sent"), T0, {}, QStringLiteral("447700900999"))})});
        const auto c = apply({messagePayload(QStringLiteral("447700900999"), QStringLiteral("in1"), T0 + 9,
                                             QStringLiteral("text"), QStringLiteral("stop"))});
        QCOMPARE(c.replies, 1);
        QVERIFY(optedOut(phone));
    }
    // Unknown ids are kept unmatched, and nothing is attributed to a contact that is someone else: here the
    // contact's own id (Meta kept the ninth digit) says the 8-digit twin is another WhatsApp account.
    void unknownIdIsNotAttributed()
    {
        const QString phone = QStringLiteral("+5511987654321");
        const qint64 id = addRecipient(db(), addRun(db()), phone, QStringLiteral("accepted"), QStringLiteral("wamid.A"),
                                       T0 * 1000);
        apply({statusPayload({status(QStringLiteral("wamid.A"), QStringLiteral("sent"), T0, {}, phoneDigits(phone))})});
        QCOMPARE(col(id, "wa_id").toString(), phoneDigits(phone));
        auto c = apply({messagePayload(QStringLiteral("551187654321"), QStringLiteral("in1"), T0 + 9,
                                       QStringLiteral("text"), QStringLiteral("STOP")),
                        messagePayload(QStringLiteral("4915112345678"), QStringLiteral("in2"), T0 + 9,
                                       QStringLiteral("text"), QStringLiteral("STOP")),
                        preferencePayload(QStringLiteral("551187654321"), QStringLiteral("stop"), T0 + 10)});
        QCOMPARE(c.replies, 0);
        QCOMPARE(c.unattributed, 2);
        QVERIFY(!optedOut(phone));
        QVERIFY(col(id, "replied_at").isNull());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM inbound_messages WHERE contact_id IS NULL "
                                             "AND phone = '+' || wa_id")).toInt(), 2);
        // A status for an unknown wamid, or whose callback data names our row but whose id is not that person's.
        const qint64 other = addRecipient(db(), addRun(db(), QStringLiteral("B")), QStringLiteral("+525512345678"),
                                          QStringLiteral("uncertain"), QString());
        c = apply({statusPayload({status(QStringLiteral("wamid.UNKNOWN"), QStringLiteral("sent"), T0, {},
                                         QStringLiteral("5215512345678")),
                                  status(QStringLiteral("wamid.Y"), QStringLiteral("sent"), T0,
                                         QStringLiteral("herald:r%1").arg(other), QStringLiteral("5215512345679"))})});
        QCOMPARE(c.unmatched, 2);
        QCOMPARE(c.statuses, 0);
        QCOMPARE(col(other, "state").toString(), QStringLiteral("uncertain"));
        QVERIFY(col(other, "wa_id").isNull());
        QVERIFY(scalar(db(), QStringLiteral("SELECT wa_id FROM contacts WHERE phone = '+525512345678'")).isNull());
    }
    // Issue 11 §6: an opt-out is never dated after the moment Herald learns of it.
    void optOutNeverDatedInTheFuture()
    {
        const QString phone = QStringLiteral("+919800000001");
        addRecipient(db(), addRun(db()), phone, QStringLiteral("delivered"), QStringLiteral("wamid.A"), T0 * 1000);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 threeDaysAhead = before / 1000 + 3 * 24 * H;
        apply({messagePayload(phoneDigits(phone), QStringLiteral("in1"), threeDaysAhead, QStringLiteral("button"),
                              QStringLiteral("Stop promotions"), QStringLiteral("wamid.A"), QStringLiteral("STOP_PROMO"))});
        QVERIFY(optedOut(phone));
        const qint64 at = scalar(db(), QStringLiteral("SELECT opt_out_at FROM contacts WHERE phone = ?"), {phone}).toLongLong();
        QVERIFY(at >= before);
        QVERIFY(at <= QDateTime::currentMSecsSinceEpoch());
    }

    void optedOutContactsAreSkippedAtClaim()
    {
        const qint64 run = addRun(db());
        const qint64 keep = addRecipient(db(), run, QStringLiteral("+919800000001"), QStringLiteral("planned"), QString());
        const qint64 skip = addRecipient(db(), run, QStringLiteral("+919800000002"), QStringLiteral("planned"), QString());
        apply({preferencePayload(QStringLiteral("919800000002"), QStringLiteral("stop"), T0)});
        QString error;
        QCOMPARE(WebhookApplier::skipOptedOut(db(), run, T0 * 1000, &error), 1);
        QCOMPARE(col(skip, "state").toString(), QStringLiteral("skipped"));
        QCOMPARE(col(skip, "skip_reason").toString(), QStringLiteral("opted out"));
        QCOMPARE(col(keep, "state").toString(), QStringLiteral("planned"));
    }

    void cursorIsStoredPerAccountAndRelay()
    {
        QString error;
        QCOMPARE(m_applier->cursor(1, QStringLiteral("http://relay.test"), &error), 0);
        QVERIFY(m_applier->saveCursor(1, QStringLiteral("http://relay.test"), 42, &error));
        QCOMPARE(m_applier->cursor(1, QStringLiteral("http://relay.test"), &error), 42);
        QCOMPARE(m_applier->cursor(1, QStringLiteral("http://other.test"), &error), 0);
    }
};

QTEST_GUILESS_MAIN(TestWebhookApplier)
#include "tst_webhookapplier.moc"

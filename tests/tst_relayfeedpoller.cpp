// RelayFeedPoller and `herald-cli sync` against a real RelayServer on loopback: webhooks are POSTed signed
// (HMAC computed here, independently of the relay), the poller fetches the feed over HTTP and applies it.
#include "engine/relay/relayserver.h"
#include "engine/status/relayfeedpoller.h"
#include "models/storage/workspace.h"
#include "relayfeedsfixture.h"
#include "testworkspace.h"

#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace RelayFeedsFixture;

namespace {

const QByteArray kAppSecret = "poller-app-secret";
const QByteArray kFeedToken = "poller-feed-token";
constexpr qint64 T0 = 1750000000;

} // namespace

class TestRelayFeedPoller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RelayServer> m_relay;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;

    bool startRelay(quint16 port = 0)
    {
        RelayConfig c;
        c.appSecret = kAppSecret;
        c.verifyToken = "verify";
        c.feedToken = kFeedToken;
        c.databasePath = m_dir.filePath(QStringLiteral("relay.sqlite"));
        c.port = port;
        m_relay = std::make_unique<RelayServer>(c);
        QString error;
        if (!m_relay->start(&error)) {
            qWarning("relay: %s", qPrintable(error));
            return false;
        }
        m_port = m_relay->port();
        return true;
    }
    QUrl relayUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    void post(const QJsonObject &payload) { postRaw(compact(payload)); }
    void postRaw(const QByteArray &body)
    {
        QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/whatsapp").arg(m_port)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        r.setRawHeader("X-Hub-Signature-256",
                       "sha256=" + QMessageAuthenticationCode::hash(body, kAppSecret, QCryptographicHash::Sha256).toHex());
        r.setTransferTimeout(10000);
        QNetworkReply *reply = m_nam.post(r, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    // n recipients of one run, each with a sent + delivered webhook (two payloads each) and every 5th one a reply.
    qint64 seed(QSqlDatabase db, int n)
    {
        const qint64 run = addRun(db);
        for (int i = 0; i < n; ++i) {
            const QString phone = QStringLiteral("+9198%1").arg(i, 8, 10, QLatin1Char('0'));
            addRecipient(db, run, phone, QStringLiteral("accepted"), QStringLiteral("wamid.%1").arg(i));
            post(statusPayload({status(QStringLiteral("wamid.%1").arg(i), QStringLiteral("sent"), T0 + i)}));
            post(statusPayload({status(QStringLiteral("wamid.%1").arg(i), QStringLiteral("delivered"), T0 + i + 5)}));
            if (i % 5 == 0)
                post(messagePayload(phone.mid(1), QStringLiteral("in.%1").arg(i), T0 + i + 60, QStringLiteral("text"),
                                    QStringLiteral("Interested")));
        }
        return run;
    }
    RelayFeedPoller::Options options(int pageSize = 1000) const
    {
        RelayFeedPoller::Options o;
        o.accountId = 1;
        o.accountName = QStringLiteral("sandbox");
        o.relayUrl = relayUrl();
        o.feedToken = QString::fromLatin1(kFeedToken);
        o.pageSize = pageSize;
        o.pollIntervalMs = 200;
        o.minBackoffMs = 100;
        o.maxBackoffMs = 400;
        o.requestTimeoutMs = 5000;
        return o;
    }
    static qint64 storedCursor(QSqlDatabase db)
    {
        return scalar(db, QStringLiteral("SELECT cursor FROM relay_cursors WHERE account_id = 1")).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("relay.sqlite")));
        QVERIFY(startRelay());
    }
    void cleanup() { m_relay.reset(); }

    void pagingAndCursorPersistence()
    {
        TestWorkspace tw;
        seed(tw.workspace().database(), 20);   // 20 × 2 statuses + 4 replies = 44 events
        {
            RelayFeedPoller poller(tw.workspace(), options(10));
            QSignalSpy pages(&poller, &RelayFeedPoller::pageApplied);
            QSignalSpy caught(&poller, &RelayFeedPoller::caughtUp);
            poller.start();
            QTRY_VERIFY_WITH_TIMEOUT(caught.size() >= 1, 10000);
            QCOMPARE(pages.size(), 5);   // 10 + 10 + 10 + 10 + 4
            QCOMPARE(caught.first().first().toLongLong(), 44);
            QCOMPARE(poller.totals().events, 44);
            QCOMPARE(poller.totals().statuses, 40);
            QCOMPARE(poller.totals().replies, 4);
            QCOMPARE(storedCursor(tw.workspace().database()), 44);
            QCOMPARE(scalar(tw.workspace().database(), QStringLiteral("SELECT count(*) FROM recipients WHERE state = 'delivered'")).toInt(), 20);
            // New events while it polls are picked up.
            post(statusPayload({status(QStringLiteral("wamid.3"), QStringLiteral("read"), T0 + 100)}));
            QTRY_COMPARE_WITH_TIMEOUT(poller.cursor(), 45, 5000);
            poller.stop();
        }
        // A new poller (the app restarted) starts from the stored cursor.
        RelayFeedPoller again(tw.workspace(), options(10));
        QSignalSpy caught(&again, &RelayFeedPoller::caughtUp);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(caught.size() >= 1, 5000);
        QCOMPARE(again.totals().events, 0);
        QCOMPARE(again.cursor(), 45);
    }

    void unauthorized()
    {
        TestWorkspace tw;
        RelayFeedPoller::Options o = options();
        o.feedToken = QStringLiteral("wrong-token");
        RelayFeedPoller poller(tw.workspace(), o);
        QSignalSpy errors(&poller, &RelayFeedPoller::errorOccurred);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, 5000);
        QCOMPARE(errors.first().at(0).value<RelayFeedPoller::ErrorKind>(), RelayFeedPoller::ErrorKind::Unauthorized);
        QVERIFY(errors.first().at(1).toString().contains(QStringLiteral("herald-cli account set-secret relay-feed-token")));
        QVERIFY(!errors.first().at(1).toString().contains(QStringLiteral("wrong-token")));
        QCOMPARE(errors.first().at(2).toInt(), -1);
        QVERIFY(!poller.isRunning());
    }

    void relayDownThenUp()
    {
        TestWorkspace tw;
        seed(tw.workspace().database(), 3);
        const quint16 port = m_port;
        m_relay.reset();   // the relay goes away
        RelayFeedPoller poller(tw.workspace(), options());
        QSignalSpy errors(&poller, &RelayFeedPoller::errorOccurred);
        QSignalSpy caught(&poller, &RelayFeedPoller::caughtUp);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 2, 5000);
        QCOMPARE(errors.first().at(0).value<RelayFeedPoller::ErrorKind>(), RelayFeedPoller::ErrorKind::Network);
        QVERIFY(errors.at(0).at(2).toInt() > 0);
        QVERIFY(errors.at(1).at(2).toInt() >= errors.at(0).at(2).toInt());   // backoff grows
        QVERIFY(poller.isRunning());
        QVERIFY(startRelay(port));   // back, same database
        QTRY_VERIFY_WITH_TIMEOUT(caught.size() >= 1, 10000);
        QCOMPARE(poller.totals().statuses, 6);
        QCOMPARE(poller.cursor(), 7);
    }

    // Pages are applied on their own thread while the next ones are fetched and parsed (issue 17). A page that fails
    // holds every page queued behind it: none is applied past it, the stored cursor stays before it, and once the
    // failure is gone each page is applied exactly once.
    void failedPageHoldsThePagesBehindIt()
    {
        TestWorkspace tw;
        QSqlDatabase db = tw.workspace().database();
        seed(db, 6);   // sent, delivered (and a reply for the 1st and the 6th): 14 events, one page each
        const qint64 blocked =
            scalar(db, QStringLiteral("SELECT id FROM recipients WHERE wamid = 'wamid.2'")).toLongLong();
        exec(db, QStringLiteral("CREATE TRIGGER test_block BEFORE INSERT ON recipient_statuses WHEN NEW.recipient_id "
                                "= %1 AND NEW.status = 'delivered' BEGIN SELECT RAISE(ABORT, 'blocked by the test'); "
                                "END")
                     .arg(blocked));
        RelayFeedPoller poller(tw.workspace(), options(1));
        QSignalSpy errors(&poller, &RelayFeedPoller::errorOccurred);
        QSignalSpy caught(&poller, &RelayFeedPoller::caughtUp);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 2, 10000);   // tried, and tried again
        for (const QList<QVariant> &e : std::as_const(errors)) {
            QCOMPARE(e.at(0).value<RelayFeedPoller::ErrorKind>(), RelayFeedPoller::ErrorKind::Database);
            QVERIFY2(e.at(1).toString().contains(QStringLiteral("blocked by the test")), qPrintable(e.at(1).toString()));
        }
        // Events 1–6 are applied; the 7th (wamid.2 delivered) is not, nor any page fetched behind it.
        QCOMPARE(storedCursor(db), 6);
        QCOMPARE(poller.cursor(), 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM recipients WHERE wamid = 'wamid.2'")).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM recipients WHERE state <> 'accepted' "
                                           "AND wamid IN ('wamid.3', 'wamid.4', 'wamid.5')")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM webhook_payloads")).toInt(), 6);
        QVERIFY(caught.isEmpty());

        exec(db, QStringLiteral("DROP TRIGGER test_block"));
        QTRY_VERIFY_WITH_TIMEOUT(caught.size() >= 1, 10000);
        QCOMPARE(caught.first().first().toLongLong(), 14);
        QCOMPARE(storedCursor(db), 14);
        QCOMPARE(poller.totals().statuses, 12);   // each status once
        QCOMPARE(poller.totals().duplicates, 0);
        QCOMPARE(poller.totals().replies, 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM recipients WHERE state = 'delivered'")).toInt(), 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM recipient_statuses")).toInt(), 12);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM webhook_payloads")).toInt(), 14);
    }

    void crashBetweenApplyAndCursorSaveReappliesIdempotently()
    {
        TestWorkspace tw;
        QSqlDatabase db = tw.workspace().database();
        seed(db, 10);
        {
            RelayFeedPoller poller(tw.workspace(), options(7));
            QSignalSpy caught(&poller, &RelayFeedPoller::caughtUp);
            poller.start();
            QTRY_VERIFY_WITH_TIMEOUT(caught.size() >= 1, 10000);
        }
        auto snapshot = [&] {
            QStringList rows;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id, state, wamid, sent_at, delivered_at, read_at, replied_at, note, updated_at "
                                  "FROM recipients ORDER BY id"));
            while (q.next()) {
                QStringList f;
                for (int i = 0; i < 9; ++i)
                    f << q.value(i).toString();
                rows << f.join(QLatin1Char('|'));
            }
            return rows;
        };
        const QStringList before = snapshot();
        const int inbound = scalar(db, QStringLiteral("SELECT count(*) FROM inbound_messages")).toInt();
        // The applied pages were committed but the cursor was lost (the crash window): back to 0.
        exec(db, QStringLiteral("UPDATE relay_cursors SET cursor = 0"));
        RelayFeedPoller poller(tw.workspace(), options(7));
        QSignalSpy caught(&poller, &RelayFeedPoller::caughtUp);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(caught.size() >= 1, 10000);
        QCOMPARE(poller.totals().events, 22);
        QCOMPARE(poller.totals().statuses, 0);
        QCOMPARE(poller.totals().duplicates, 20);
        QCOMPARE(poller.totals().replies, 0);
        QCOMPARE(snapshot(), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM inbound_messages")).toInt(), inbound);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM webhook_payloads")).toInt(), 22);
        QCOMPARE(storedCursor(db), 22);
    }

    // docs/relay.md: the feed carries each webhook byte for byte, and the desktop keeps those bytes, so the stored
    // payload still verifies against Meta's X-Hub-Signature-256 (a re-serialisation would not).
    void payloadsAreKeptByteForByte()
    {
        TestWorkspace tw;
        const QList<QByteArray> bodies {
            // Spacing, key order, escapes and number forms that QJsonDocument would change.
            "{ \"object\" : \"whatsapp_business_account\",\n  \"entry\": [ {\"id\":\"1234\",\"changes\":[{\"value\":"
            "{\"messaging_product\":\"whatsapp\",\"statuses\":[{\"status\":\"delivered\",\"id\":\"wamid.raw1\","
            "\"timestamp\":\"1750000000\",\"recipient_id\":\"15550001111\",\"note\":\"caf\\u00e9 \\/ \\\"q\\\" }]\","
            "\"price\":1.50e0}]},\"field\":\"messages\"}]} ] }\n",
            compact(statusPayload({ status(QStringLiteral("wamid.raw2"), QStringLiteral("sent"), T0) })),
            "[1, 2", // signed but not an object: kept as "invalid", base64 in the feed
            "{\"z\":1,\"a\":[],\"object\":\"whatsapp_business_account\",\"entry\":[]}",
        };
        for (const QByteArray &body : bodies)
            postRaw(body);
        RelayFeedPoller poller(tw.workspace(), options(2)); // two pages: alignment across pages too
        QSignalSpy caught(&poller, &RelayFeedPoller::caughtUp);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(caught.size() >= 1, 10000);
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QByteArray stored = scalar(tw.workspace().database(),
                QStringLiteral("SELECT body FROM webhook_payloads WHERE relay_cursor = %1").arg(i + 1))
                                          .toByteArray();
            QCOMPARE(stored, bodies.at(i)); // so HMAC(stored, app secret) is the signature Meta sent
        }
    }

    void cliSyncUntilIdleJson()
    {
        TestWorkspace tw;
        seed(tw.workspace().database(), 5);   // 10 statuses + 1 reply
        post(statusPayload({status(QStringLiteral("wamid.unknown"), QStringLiteral("sent"), T0)}));
        const QString path = tw.workspace().path();
        QByteArray errOut;   // the last command's stderr
        auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            p.start(QStringLiteral(HERALD_CLI_PATH), QStringList{QStringLiteral("--workspace"), path} + args);
            if (!input.isNull()) {
                p.write(input);
                p.closeWriteChannel();
            }
            // Keep this thread's event loop running: the relay answers from it.
            [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000); }();
            errOut = p.readAllStandardError();
            return std::pair<int, QByteArray>{p.exitCode(), p.readAllStandardOutput()};
        };
        auto r = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("live"),
                      QStringLiteral("--kind"), QStringLiteral("cloud-api"), QStringLiteral("--phone-number-id"),
                      QStringLiteral("106540352242922"), QStringLiteral("--waba-id"), QStringLiteral("102290129340398"),
                      QStringLiteral("--relay-url"), relayUrl().toString()});
        QVERIFY2(r.first == 0, errOut.constData());
        // No feed token yet: a clear error naming the command.
        r = cli({QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("live")});
        QCOMPARE(r.first, 1);
        QVERIFY2(errOut.contains("account set-secret relay-feed-token"), errOut.constData());
        r = cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("relay-feed-token"),
                 QStringLiteral("--name"), QStringLiteral("live")},
                QByteArray(kFeedToken + "\n"));
        QVERIFY2(r.first == 0, errOut.constData());
        QElapsedTimer timer;
        timer.start();
        r = cli({QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("live"), QStringLiteral("--until-idle"),
                 QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.first == 0, errOut.constData());
        QVERIFY(timer.elapsed() >= 1000);
        const QJsonObject o = QJsonDocument::fromJson(r.second).object();
        QCOMPARE(o.value(QStringLiteral("events")).toInt(), 12);
        QCOMPARE(o.value(QStringLiteral("statuses")).toInt(), 10);
        QCOMPARE(o.value(QStringLiteral("replies")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("opt_outs")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("unmatched")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("cursor")).toInt(), 12);
        QVERIFY(!r.second.contains(kFeedToken) && !errOut.contains(kFeedToken));
        // Second run: nothing new, same cursor.
        r = cli({QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("live"), QStringLiteral("--json")});
        QVERIFY2(r.first == 0, errOut.constData());
        QCOMPARE(QJsonDocument::fromJson(r.second).object().value(QStringLiteral("events")).toInt(), 0);
        QCOMPARE(QJsonDocument::fromJson(r.second).object().value(QStringLiteral("cursor")).toInt(), 12);
        // A wrong token: 401 → exit 1 with the fix.
        cli({QStringLiteral("account"), QStringLiteral("set-secret"), QStringLiteral("relay-feed-token"),
             QStringLiteral("--name"), QStringLiteral("live")},
            QByteArray("nope\n"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--name"), QStringLiteral("live")});
        QCOMPARE(r.first, 1);
        QVERIFY2(errOut.contains("HTTP 401") && errOut.contains("set-secret relay-feed-token"), errOut.constData());
    }
};

QTEST_GUILESS_MAIN(TestRelayFeedPoller)
#include "tst_relayfeedpoller.moc"

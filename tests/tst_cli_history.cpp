// herald-cli contacts history, driven as a black box (issue 11 §1 and §6): a test send is part of the number's
// history with the WhatsApp id the sandbox answered; a "Stop promotions" tap that opted the contact out is shown
// in text mode — under the test message it answers, or on its own when it answers no message.
#include "clirun.h"
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "relayfeedsfixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayFeedsFixture;

namespace {

using Run = CliRun;

const QString kMexico = QStringLiteral("+525512345678");       // the sandbox answers 5215512345678
const QString kMexicoId = QStringLiteral("5215512345678");
const QString kBrazil = QStringLiteral("+5511987654321");

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testSendAndStopTapInHistory();

private:
    Run cli(QStringList args) const;
    // Applies Meta-shaped payloads to the workspace the way the status feed does (the CLI process is not running).
    void applyWebhooks(const QList<QJsonObject> &payloads);

    QTemporaryDir m_dir;
};

Run TestCliHistory::cli(QStringList args) const
{
    args.prepend(m_dir.filePath(QStringLiteral("ws.herald")));
    args.prepend(QStringLiteral("--workspace"));
    return runCli(QStringLiteral(HERALD_CLI_PATH), args, 120000);
}

void TestCliHistory::applyWebhooks(const QList<QJsonObject> &payloads)
{
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("ws.herald")), &error), qPrintable(error));
    WebhookApplier applier(ws.database());
    QList<WebhookApplier::FeedEvent> events;
    qint64 cursor = 1000;
    for (const QJsonObject &p : payloads) {
        WebhookApplier::FeedEvent e;
        e.cursor = ++cursor;
        e.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        e.kind = QStringLiteral("whatsapp");
        e.payload = p;
        events.append(e);
    }
    QVERIFY2(applier.apply(1, events, QStringLiteral("http://relay.test"), -1, &error), qPrintable(error));
}

void TestCliHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({QStringLiteral("templates"), QStringLiteral("sync")}).exitCode, 0);
    const QString csv = m_dir.filePath(QStringLiteral("c.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("phone,name\n+525512345678,Lupe\n+5511987654321,Bruna\n");
    f.close();
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("import"), csv, QStringLiteral("--opted-in"),
                  QStringLiteral("--opt-in-source"), QStringLiteral("test")})
                 .exitCode,
             0);
    const Run create = cli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                            QStringLiteral("Fest"), QStringLiteral("--template"), QStringLiteral("festive_offer"),
                            QStringLiteral("--language"), QStringLiteral("en_US"), QStringLiteral("--param"),
                            QStringLiteral("header.1=text:https://shop.example.com/b.jpg"), QStringLiteral("--param"),
                            QStringLiteral("body.first_name=field:name"), QStringLiteral("--param"),
                            QStringLiteral("body.discount=text:25%"), QStringLiteral("--param"),
                            QStringLiteral("body.code=text:FEST25")});
    QVERIFY2(create.exitCode == 0, create.err.constData());
}

void TestCliHistory::testSendAndStopTapInHistory()
{
    // The test send: kept for the history, with the id the sandbox (like Meta) answered.
    const Run sent = cli({QStringLiteral("campaign"), QStringLiteral("test-send"), QStringLiteral("1"),
                          QStringLiteral("--phone"), kMexico, QStringLiteral("--json")});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const QString wamid = sent.json().value(QStringLiteral("wamid")).toString();
    QVERIFY(wamid.startsWith(QLatin1String("wamid.")));
    Run h = cli({QStringLiteral("contacts"), QStringLiteral("history"), kMexico, QStringLiteral("--json")});
    QCOMPARE(h.exitCode, 0);
    QCOMPARE(h.json().value(QStringLiteral("wa_id")).toString(), kMexicoId);
    QJsonArray tests = h.json().value(QStringLiteral("test_sends")).toArray();
    QCOMPARE(tests.size(), 1);
    QCOMPARE(tests.first().toObject().value(QStringLiteral("wamid")).toString(), wamid);
    QCOMPARE(tests.first().toObject().value(QStringLiteral("wa_id")).toString(), kMexicoId);
    QCOMPARE(tests.first().toObject().value(QStringLiteral("template")).toString(), QStringLiteral("festive_offer"));
    QVERIFY(tests.first().toObject().value(QStringLiteral("ok")).toBool());

    // Lupe taps "Stop promotions" on the test message (named by her WhatsApp id); Bruna taps it on a message
    // Herald has no record of (no context Herald knows), dated a little in the past.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    applyWebhooks({messagePayload(kMexicoId, QStringLiteral("wamid.TAP1"), now - 30, QStringLiteral("button"),
                                  QStringLiteral("Stop promotions"), wamid, QStringLiteral("Stop promotions")),
                   messagePayload(QStringLiteral("551187654321"), QStringLiteral("wamid.TAP2"), now - 20,
                                  QStringLiteral("button"), QStringLiteral("Stop promotions"),
                                  QStringLiteral("wamid.ELSEWHERE"), QStringLiteral("Stop promotions"))});
    if (QTest::currentTestFailed())
        return;

    // Text mode shows the tap that caused the opt-out, under the test send, and both ids.
    h = cli({QStringLiteral("contacts"), QStringLiteral("history"), kMexico});
    QCOMPARE(h.exitCode, 0);
    const QString text = QString::fromUtf8(h.out);
    QVERIFY2(text.contains(QStringLiteral("Opted out on")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("WhatsApp names this number 5215512345678.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Test send of festive_offer (en_US)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("reply: tapped “Stop promotions” — opted out (from WhatsApp id 5215512345678)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 test sends, 1 from the customer")), qPrintable(text));
    h = cli({QStringLiteral("contacts"), QStringLiteral("history"), kMexico, QStringLiteral("--json")});
    tests = h.json().value(QStringLiteral("test_sends")).toArray();
    QCOMPARE(tests.first().toObject().value(QStringLiteral("replies")).toArray(), QJsonArray{QStringLiteral("wamid.TAP1")});
    const QJsonObject tap = h.json().value(QStringLiteral("inbound")).toArray().first().toObject();
    QCOMPARE(tap.value(QStringLiteral("wa_id")).toString(), kMexicoId);
    QVERIFY(tap.value(QStringLiteral("opt_out")).toBool());
    // The opt-out is dated by the tap, not in the future.
    const QDateTime optOutAt = QDateTime::fromString(
        h.json().value(QStringLiteral("contact")).toObject().value(QStringLiteral("opt_out_at")).toString(), Qt::ISODateWithMs);
    QCOMPARE(optOutAt.toSecsSinceEpoch(), now - 30);

    // A tap answering no message Herald knows is shown on its own (it was missing from text mode).
    h = cli({QStringLiteral("contacts"), QStringLiteral("history"), kBrazil});
    QCOMPARE(h.exitCode, 0);
    const QString brazil = QString::fromUtf8(h.out);
    QVERIFY2(brazil.contains(QStringLiteral("Opted out on")), qPrintable(brazil));
    QVERIFY2(brazil.contains(QStringLiteral("From the customer, answering no message above:")), qPrintable(brazil));
    QVERIFY2(brazil.contains(QStringLiteral("message: tapped “Stop promotions” — opted out (from WhatsApp id 551187654321)")),
             qPrintable(brazil));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"

// A test send renders the campaign's message for one number and sends it once through the sandbox on loopback,
// with the send worker's request shape, without touching the ledger.
#include "engine/cloudapi/testsend.h"
#include "engine/sandbox/accountendpoint.h"
#include "engine/sandbox/sandboxserver.h"
#include "models/campaigns/campaign.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestTestSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void prepareUsesTheContact();
    void prepareUsesFallbacksForAStranger();
    void prepareRefuses_data();
    void prepareRefuses();
    void requestShape();
    void sendsThroughTheSandbox();
    void reportsTheProvidersError();

private:
    Campaign campaign(const QStringList &mapping, const QString &templateName = QStringLiteral("appointment_reminder"));
    TestSend::Result sendAndWait(const TestSend::Message &m);

    std::unique_ptr<TestWorkspace> m_t;
    Account m_account;
};

void TestTestSend::init()
{
    m_t = std::make_unique<TestWorkspace>();
    QString error;
    m_account = *AccountStore(m_t->workspace().database()).defaultAccount(&error);
    QFile f(qEnvironmentVariable("HERALD_TEST_DATA") + QStringLiteral("/../../resources/sandbox/templates.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<MessageTemplate> templates;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("data")).toArray())
        templates << MessageTemplate::fromGraphJson(v.toObject());
    QVERIFY(TemplateStore(m_t->workspace().database()).applySync(m_account.id, templates, &error));
    ContactStore contacts(m_t->workspace().database());
    Contact c;
    c.phone = QStringLiteral("+919876543210");
    c.name = QStringLiteral("Asha");
    c.attributes.insert(QStringLiteral("doctor"), QStringLiteral("Dr. Rao"));
    // Not opted in: a test goes to the number typed, whoever it is.
    QVERIFY(contacts.upsert(c, &error) > 0);
}

void TestTestSend::cleanup()
{
    m_t.reset();
}

Campaign TestTestSend::campaign(const QStringList &mapping, const QString &templateName)
{
    Campaign c;
    c.id = 1;
    c.name = QStringLiteral("Reminders");
    c.accountId = m_account.id;
    c.templateName = templateName;
    c.language = QStringLiteral("en_US");
    QString error;
    for (const QString &p : mapping)
        c.params << *ParamMapping::parse(p, &error);
    return c;
}

TestSend::Result TestTestSend::sendAndWait(const TestSend::Message &m)
{
    TestSend send(m_account, QString());
    send.setTimeout(10000);
    QSignalSpy done(&send, &TestSend::finished);
    send.send(m);
    if (!done.wait(15000))
        return {};
    return done.first().first().value<TestSend::Result>();
}

void TestTestSend::prepareUsesTheContact()
{
    QString error;
    const auto m = TestSend::prepare(m_t->workspace().database(),
        campaign({ QStringLiteral("body.1=attr:doctor|your doctor"), QStringLiteral("body.2=text:12 March"),
            QStringLiteral("body.3=field:name") }),
        QStringLiteral("+91 98765 43210"), &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->phone, QStringLiteral("+919876543210"));
    QCOMPARE(m->templateName, QStringLiteral("appointment_reminder"));
    QVERIFY2(m->text.startsWith(QLatin1String("Reminder: your appointment with Dr. Rao is on 12 March at Asha.")),
        qPrintable(m->text));
    const QJsonArray body = m->components.first().toObject().value(QStringLiteral("parameters")).toArray();
    QCOMPARE(body.size(), 3);
    QCOMPARE(body.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Dr. Rao"));
}

void TestTestSend::prepareUsesFallbacksForAStranger()
{
    QString error;
    const auto m = TestSend::prepare(m_t->workspace().database(),
        campaign({ QStringLiteral("body.1=attr:doctor|your doctor"), QStringLiteral("body.2=text:12 March"),
            QStringLiteral("body.3=field:phone") }),
        QStringLiteral("+4915112345678"), &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY2(m->text.startsWith(QLatin1String("Reminder: your appointment with your doctor is on 12 March at "
                                              "+4915112345678.")),
        qPrintable(m->text));
}

void TestTestSend::prepareRefuses_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QStringList>("mapping");
    QTest::addColumn<QString>("word");
    const QStringList ok { QStringLiteral("body.1=attr:doctor|x"), QStringLiteral("body.2=text:a"),
        QStringLiteral("body.3=text:b") };
    QTest::newRow("bad number") << QStringLiteral("12345") << QStringLiteral("appointment_reminder") << ok
                                << QStringLiteral("country code");
    QTest::newRow("paused template") << QStringLiteral("+4915112345678") << QStringLiteral("flash_sale")
                                     << QStringList { QStringLiteral("body.1=text:a"), QStringLiteral("body.2=text:b") }
                                     << QStringLiteral("PAUSED");
    QTest::newRow("no value, no fallback") << QStringLiteral("+4915112345678") << QStringLiteral("appointment_reminder")
                                           << QStringList { QStringLiteral("body.1=attr:doctor"),
                                                  QStringLiteral("body.2=text:a"), QStringLiteral("body.3=text:b") }
                                           << QStringLiteral("body.1");
    QTest::newRow("mapping gap") << QStringLiteral("+4915112345678") << QStringLiteral("appointment_reminder")
                                 << QStringList { QStringLiteral("body.1=text:a") } << QStringLiteral("body.2");
}

void TestTestSend::prepareRefuses()
{
    QFETCH(QString, phone);
    QFETCH(QString, templateName);
    QFETCH(QStringList, mapping);
    QFETCH(QString, word);
    QString error;
    QVERIFY(!TestSend::prepare(m_t->workspace().database(), campaign(mapping, templateName), phone, &error));
    QVERIFY2(error.contains(word), qPrintable(error));
}

void TestTestSend::requestShape()
{
    TestSend::Message m { QStringLiteral("+4915112345678"), QStringLiteral("t"), QStringLiteral("de"), QJsonArray {},
        {} };
    const QJsonObject o = TestSend::requestBody(m);
    QCOMPARE(o.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("+4915112345678"));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("template"));
    QCOMPARE(o.value(QStringLiteral("biz_opaque_callback_data")).toString(), QStringLiteral("herald:test"));
    const QJsonObject t = o.value(QStringLiteral("template")).toObject();
    QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("t"));
    QCOMPARE(
        t.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("de"));
    QVERIFY(t.value(QStringLiteral("components")).isArray());
}

void TestTestSend::sendsThroughTheSandbox()
{
    QString error;
    const auto m = TestSend::prepare(m_t->workspace().database(),
        campaign({ QStringLiteral("body.1=attr:doctor|your doctor"), QStringLiteral("body.2=text:12 March"),
            QStringLiteral("body.3=text:10:30") }),
        QStringLiteral("+919876543210"), &error);
    QVERIFY2(m, qPrintable(error));
    const TestSend::Result r = sendAndWait(*m);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.wamid.startsWith(QLatin1String("wamid.")));
    QVERIFY(r.message.contains(r.wamid));
    SandboxServer *sandbox = SandboxServer::instance();
    QVERIFY(sandbox);
    const auto record = sandbox->record(r.wamid);
    QVERIFY(record);
    QCOMPARE(record->to, QStringLiteral("+919876543210"));
    QCOMPARE(record->templateName, QStringLiteral("appointment_reminder"));
    QCOMPARE(record->callbackData, QStringLiteral("herald:test"));
    // Not counted anywhere: no run, no recipient row.
    QSqlQuery q(m_t->workspace().database());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM campaign_runs) + (SELECT count(*) FROM recipients)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestTestSend::reportsTheProvidersError()
{
    // A template the provider does not know (prepare() would refuse it; the provider must too).
    TestSend::Message m { QStringLiteral("+919876543210"), QStringLiteral("no_such_template"), QStringLiteral("en_US"),
        QJsonArray {}, {} };
    const TestSend::Result r = sendAndWait(m);
    QVERIFY(!r.ok);
    QVERIFY(r.wamid.isEmpty());
    QVERIFY(!r.graphError.ok());
    QVERIFY(r.graphError.code != 0);
    QVERIFY(!r.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTestSend)
#include "tst_testsend.moc"

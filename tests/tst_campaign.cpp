// Campaign parameters, rendering to Cloud API components, audiences and planning a run.
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/contacts/contact.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

MessageTemplate sandboxTemplate(const QString &name, const QString &language = QStringLiteral("en_US"))
{
    for (const MessageTemplate &t : builtInSandboxTemplates()) {
        if (t.name == name && t.language == language)
            return t;
    }
    qFatal("no such sandbox template");
}

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

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseMapping_data();
    void parseMapping();
    void resolveWithFallback();
    void renderPositionalWithButtons();
    void renderNamedWithMediaHeader();
    void renderReportsMissingValue();
    void checkMappingNamesTheSlot_data();
    void checkMappingNamesTheSlot();
    void audience_data();
    void audience();
    void planRunFreezesComponents();
    void planRunRefusesUnapprovedTemplate();
    void planRunReportsProgressAndCancelRollsBack();
};

void TestCampaign::parseMapping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("roundTrip");
    QTest::newRow("field name") << QStringLiteral("body.1=field:name") << true << QStringLiteral("body.1=field:name");
    QTest::newRow("fallback") << QStringLiteral("body.1=field:name|there") << true << QStringLiteral("body.1=field:name|there");
    QTest::newRow("attr") << QStringLiteral("header.1=attr:city") << true << QStringLiteral("header.1=attr:city");
    QTest::newRow("text with colon") << QStringLiteral("button.0=text:a:b") << true << QStringLiteral("button.0=text:a:b");
    QTest::newRow("named slot") << QStringLiteral("body.first_name=field:name") << true
                                << QStringLiteral("body.first_name=field:name");
    QTest::newRow("event") << QStringLiteral("body.2=event:order_id") << true << QStringLiteral("body.2=event:order_id");
    QTest::newRow("no equals") << QStringLiteral("body.1") << false << QString();
    QTest::newRow("bad slot") << QStringLiteral("footer.1=text:x") << false << QString();
    QTest::newRow("bad field") << QStringLiteral("body.1=field:email") << false << QString();
    QTest::newRow("bad source") << QStringLiteral("body.1=column:x") << false << QString();
    QTest::newRow("attr without key") << QStringLiteral("body.1=attr:") << false << QString();
}

void TestCampaign::parseMapping()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, roundTrip);
    QString error;
    const auto m = ParamMapping::parse(text, &error);
    QCOMPARE(bool(m), valid);
    if (valid)
        QCOMPARE(m->toString(), roundTrip);
    else
        QVERIFY(!error.isEmpty());
}

void TestCampaign::resolveWithFallback()
{
    Contact c;
    c.name = QStringLiteral("Asha");
    c.phone = QStringLiteral("+919876543210");
    c.attributes.insert(QStringLiteral("city"), QStringLiteral("Pune"));
    c.attributes.insert(QStringLiteral("orders"), 3);
    QCOMPARE(params({QStringLiteral("body.1=attr:city|there")}).first().resolve(c), QStringLiteral("Pune"));
    QCOMPARE(params({QStringLiteral("body.1=attr:zip|00000")}).first().resolve(c), QStringLiteral("00000"));
    QCOMPARE(params({QStringLiteral("body.1=attr:zip")}).first().resolve(c), QString());
    QCOMPARE(params({QStringLiteral("body.1=attr:orders")}).first().resolve(c), QStringLiteral("3"));
    QCOMPARE(params({QStringLiteral("body.1=field:phone")}).first().resolve(c), QStringLiteral("+919876543210"));
    QCOMPARE(params({QStringLiteral("body.1=event:order")}).first().resolve(c, {{QStringLiteral("order"), QStringLiteral("A7")}}),
             QStringLiteral("A7"));
}

void TestCampaign::renderPositionalWithButtons()
{
    const MessageTemplate t = sandboxTemplate(QStringLiteral("order_update"));
    QCOMPARE(MessageRenderer::requiredSlots(t),
             (QStringList{QStringLiteral("header.1"), QStringLiteral("body.1"), QStringLiteral("body.2"),
                          QStringLiteral("body.3"), QStringLiteral("button.0")}));
    Contact c;
    c.name = QStringLiteral("Asha");
    c.attributes.insert(QStringLiteral("order"), QStringLiteral("A-17"));
    const auto p = params({QStringLiteral("header.1=attr:order"), QStringLiteral("body.1=field:name"),
                           QStringLiteral("body.2=text:shipped"), QStringLiteral("body.3=text:Friday"),
                           QStringLiteral("button.0=attr:order")});
    QCOMPARE(MessageRenderer::checkMapping(t, p), QString());
    const RenderedMessage m = MessageRenderer::render(t, p, c);
    QCOMPARE(m.problem, QString());
    QCOMPARE(compact(m.components),
             QByteArray(R"([{"parameters":[{"text":"A-17","type":"text"}],"type":"header"},)"
                        R"({"parameters":[{"text":"Asha","type":"text"},{"text":"shipped","type":"text"},)"
                        R"({"text":"Friday","type":"text"}],"type":"body"},)"
                        R"({"index":"0","parameters":[{"text":"A-17","type":"text"}],"sub_type":"url","type":"button"}])"));
}

void TestCampaign::renderNamedWithMediaHeader()
{
    const MessageTemplate t = sandboxTemplate(QStringLiteral("festive_offer"));
    QCOMPARE(MessageRenderer::requiredSlots(t),
             (QStringList{QStringLiteral("header.1"), QStringLiteral("body.first_name"), QStringLiteral("body.discount"),
                          QStringLiteral("body.code")}));
    Contact c;
    c.name = QStringLiteral("Ravi");
    const auto p = params({QStringLiteral("header.1=text:https://shop.example.com/b.jpg"), QStringLiteral("body.first_name=field:name"),
                           QStringLiteral("body.discount=text:25%"), QStringLiteral("body.code=text:FEST25"),
                           QStringLiteral("button.1=text:STOP_PROMO")});
    QCOMPARE(MessageRenderer::checkMapping(t, p), QString());
    const RenderedMessage m = MessageRenderer::render(t, p, c);
    QCOMPARE(compact(m.components),
             QByteArray(R"([{"parameters":[{"image":{"link":"https://shop.example.com/b.jpg"},"type":"image"}],"type":"header"},)"
                        R"({"parameters":[{"parameter_name":"first_name","text":"Ravi","type":"text"},)"
                        R"({"parameter_name":"discount","text":"25%","type":"text"},)"
                        R"({"parameter_name":"code","text":"FEST25","type":"text"}],"type":"body"},)"
                        R"({"index":"1","parameters":[{"payload":"STOP_PROMO","type":"payload"}],"sub_type":"quick_reply",)"
                        R"("type":"button"}])"));
}

void TestCampaign::renderReportsMissingValue()
{
    const MessageTemplate t = sandboxTemplate(QStringLiteral("appointment_reminder"));
    Contact c;
    const auto p = params({QStringLiteral("body.1=attr:doctor"), QStringLiteral("body.2=text:12 March"),
                           QStringLiteral("body.3=text:10:30")});
    const RenderedMessage m = MessageRenderer::render(t, p, c);
    QVERIFY2(m.problem.contains(QStringLiteral("body.1")), qPrintable(m.problem));
}

void TestCampaign::checkMappingNamesTheSlot_data()
{
    QTest::addColumn<QStringList>("mapping");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing body.3") << QStringList{QStringLiteral("body.1=field:name"), QStringLiteral("body.2=text:x")}
                                    << QStringLiteral("body.3");
    QTest::newRow("unknown slot") << QStringList{QStringLiteral("body.1=field:name"), QStringLiteral("body.2=text:x"),
                                                 QStringLiteral("body.3=text:y"), QStringLiteral("body.4=text:z")}
                                  << QStringLiteral("body.4");
}

void TestCampaign::checkMappingNamesTheSlot()
{
    QFETCH(QStringList, mapping);
    QFETCH(QString, mentions);
    const QString problem = MessageRenderer::checkMapping(sandboxTemplate(QStringLiteral("appointment_reminder")), params(mapping));
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestCampaign::audience_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("valid");
    const QStringList allOptedIn{QStringLiteral("Ana"), QStringLiteral("Bea"), QStringLiteral("Caio")};
    QTest::newRow("default") << QString() << allOptedIn << true;
    QTest::newRow("all") << QStringLiteral("all") << allOptedIn << true;
    QTest::newRow("tag") << QStringLiteral("tag:vip") << QStringList{QStringLiteral("Ana")} << true;
    QTest::newRow("attr") << QStringLiteral("attr:city=Pune") << QStringList{QStringLiteral("Bea")} << true;
    QTest::newRow("or") << QStringLiteral("tag:vip or attr:city=Pune") << QStringList{QStringLiteral("Ana"), QStringLiteral("Bea")}
                        << true;
    QTest::newRow("and not") << QStringLiteral("all and not tag:vip") << QStringList{QStringLiteral("Bea"), QStringLiteral("Caio")}
                             << true;
    QTest::newRow("quoted tag") << QStringLiteral("tag:\"spring sale\"") << QStringList{QStringLiteral("Caio")} << true;
    QTest::newRow("opted-out vip excluded") << QStringLiteral("tag:gone") << QStringList{} << true;
    QTest::newRow("bad term") << QStringLiteral("city=Pune") << QStringList{} << false;
    QTest::newRow("dangling and") << QStringLiteral("tag:vip and") << QStringList{} << false;
}

void TestCampaign::audience()
{
    QFETCH(QString, expr);
    QFETCH(QStringList, names);
    QFETCH(bool, valid);
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    QString error;
    auto add = [&](const QString &phone, const QString &name, const QStringList &tags, const QString &city, bool optedIn) {
        Contact c;
        c.phone = phone;
        c.name = name;
        c.tags = tags;
        if (!city.isEmpty())
            c.attributes.insert(QStringLiteral("city"), city);
        const qint64 id = store.upsert(c, &error);
        if (optedIn)
            store.optIn({id}, QStringLiteral("test"), &error);
        return id;
    };
    add(QStringLiteral("+5511987654321"), QStringLiteral("Ana"), {QStringLiteral("vip")}, QString(), true);
    add(QStringLiteral("+919876543210"), QStringLiteral("Bea"), {}, QStringLiteral("Pune"), true);
    add(QStringLiteral("+34612345678"), QStringLiteral("Caio"), {QStringLiteral("spring sale")}, QString(), true);
    add(QStringLiteral("+12025550123"), QStringLiteral("Never"), {QStringLiteral("vip")}, QStringLiteral("Pune"), false);
    const qint64 gone = add(QStringLiteral("+4915112345678"), QStringLiteral("Gone"), {QStringLiteral("gone")}, QString(), true);
    store.optOut({gone}, QStringLiteral("STOP"), &error);

    QString where;
    QVariantList values;
    error.clear();
    QCOMPARE(Audience::toSql(expr, &where, &values, &error), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QSqlQuery q(t.workspace().database());
    q.prepare(QStringLiteral("SELECT c.name FROM contacts c WHERE ") + where + QStringLiteral(" ORDER BY c.id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList got;
    while (q.next())
        got << q.value(0).toString();
    QCOMPARE(got, names);
}

void TestCampaign::planRunFreezesComponents()
{
    TestWorkspace t;
    QString error;
    const auto account = AccountStore(t.workspace().database()).defaultAccount(&error);
    QVERIFY(TemplateStore(t.workspace().database()).applySync(account->id, builtInSandboxTemplates(), &error));
    ContactStore store(t.workspace().database());
    for (int i = 0; i < 5; ++i) {
        Contact c;
        c.phone = QStringLiteral("+91987654321%1").arg(i);
        c.name = QStringLiteral("C%1").arg(i);
        if (i != 3)
            c.attributes.insert(QStringLiteral("doctor"), QStringLiteral("Dr. %1").arg(i));
        store.optIn({store.upsert(c, &error)}, QStringLiteral("test"), &error);
    }
    Campaign c;
    c.name = QStringLiteral("Reminders");
    c.accountId = account->id;
    c.templateName = QStringLiteral("appointment_reminder");
    c.language = QStringLiteral("en_US");
    c.params = params({QStringLiteral("body.1=attr:doctor"), QStringLiteral("body.2=text:12 March"), QStringLiteral("body.3=text:10:30")});
    CampaignStore campaigns(t.workspace().database());
    const qint64 id = campaigns.create(c, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const auto plan = campaigns.planRun(id, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->planned, 4);
    QCOMPARE(plan->skipped, 1);
    QCOMPARE(campaigns.latestRun(id, &error).value_or(-1), plan->runId);
    QSqlQuery q(t.workspace().database());
    QVERIFY(q.exec(QStringLiteral("SELECT phone, state, components, skip_reason FROM recipients ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("planned"));
    QVERIFY(q.value(2).toString().contains(QStringLiteral("Dr. 0")));
    for (int i = 1; i < 4; ++i)
        QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("skipped"));
    QVERIFY(q.value(3).toString().contains(QStringLiteral("body.1")));
}

void TestCampaign::planRunRefusesUnapprovedTemplate()
{
    TestWorkspace t;
    QString error;
    const auto account = AccountStore(t.workspace().database()).defaultAccount(&error);
    QVERIFY(TemplateStore(t.workspace().database()).applySync(account->id, builtInSandboxTemplates(), &error));
    Campaign c;
    c.name = QStringLiteral("Flash");
    c.accountId = account->id;
    c.templateName = QStringLiteral("flash_sale");
    c.language = QStringLiteral("en_US");
    c.params = params({QStringLiteral("body.1=text:40%"), QStringLiteral("body.2=text:6")});
    CampaignStore campaigns(t.workspace().database());
    const qint64 id = campaigns.create(c, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(!campaigns.planRun(id, &error));
    QVERIFY2(error.contains(QStringLiteral("PAUSED")), qPrintable(error));
}

void TestCampaign::planRunReportsProgressAndCancelRollsBack()
{
    TestWorkspace t;
    QString error;
    QSqlDatabase db = t.workspace().database();
    const auto account = AccountStore(db).defaultAccount(&error);
    QVERIFY(TemplateStore(db).applySync(account->id, builtInSandboxTemplates(), &error));
    ContactStore store(db);
    QList<qint64> ids;
    const int contacts = int(CampaignStore::kPlanProgressRows) * 3 + 5;   // the last report is not a multiple
    for (int i = 0; i < contacts; ++i) {
        Contact c;
        c.phone = QStringLiteral("+9198765%1").arg(i, 5, 10, QLatin1Char('0'));
        c.name = QStringLiteral("C%1").arg(i);
        ids << store.upsert(c, &error);
    }
    QVERIFY(store.optIn(ids, QStringLiteral("test"), &error));
    Campaign c;
    c.name = QStringLiteral("Reminders");
    c.accountId = account->id;
    c.templateName = QStringLiteral("appointment_reminder");
    c.language = QStringLiteral("en_US");
    c.params = params({QStringLiteral("body.1=field:name"), QStringLiteral("body.2=text:12 March"),
                       QStringLiteral("body.3=text:10:30")});
    CampaignStore campaigns(db);
    const qint64 id = campaigns.create(c, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const auto rows = [&](const QString &table) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    };

    // Cancelled once the second report comes: nothing of the run stays, and the error says so.
    QList<std::pair<qint64, qint64>> seen;
    CampaignStore::PlanOptions cancelling;
    cancelling.progress = [&](qint64 done, qint64 total) {
        seen.append({done, total});
        return seen.size() < 2;
    };
    QVERIFY(!campaigns.planRun(id, &error, cancelling));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.first(), std::make_pair(qint64(0), qint64(contacts)));
    QCOMPARE(seen.last().first, CampaignStore::kPlanProgressRows);
    QCOMPARE(rows(QStringLiteral("campaign_runs")), 0);
    QCOMPARE(rows(QStringLiteral("recipients")), 0);
    QCOMPARE(campaigns.latestRun(id, &error).value_or(-1), 0);

    // Planned again to the end: every report counts up, the last one is done == total.
    seen.clear();
    CampaignStore::PlanOptions reporting;
    reporting.progress = [&](qint64 done, qint64 total) {
        seen.append({done, total});
        return true;
    };
    error.clear();
    const auto plan = campaigns.planRun(id, &error, reporting);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->planned, contacts);
    QCOMPARE(seen.last(), std::make_pair(qint64(contacts), qint64(contacts)));
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i).first > seen.at(i - 1).first);
    QCOMPARE(rows(QStringLiteral("recipients")), contacts);
}

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"

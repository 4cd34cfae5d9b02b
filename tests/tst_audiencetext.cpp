// AudienceText: an audience expression in words, for every shape of the grammar (models/campaigns/campaign.h).
#include "models/campaigns/audiencetext.h"
#include "models/storage/workspace.h"

#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>

class TestAudienceText : public QObject
{
    Q_OBJECT

private slots:
    void describe_data();
    void describe();
    void namesFromWorkspace();
    void countHasPlural();
};

namespace {

AudienceText::Names diwaliNames()
{
    AudienceText::Names n;
    n.campaigns.insert(7, QStringLiteral("Diwali"));
    n.campaigns.insert(8, QStringLiteral("Eid sale"));
    n.runs.insert(12, {7, 2});
    return n;
}

} // namespace

void TestAudienceText::describe_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QString() << QStringLiteral("Everyone who opted in");
    QTest::newRow("all") << QStringLiteral("ALL") << QStringLiteral("Everyone who opted in");
    QTest::newRow("tag") << QStringLiteral("tag:vip") << QStringLiteral("Contacts who are tagged “vip”");
    QTest::newRow("quoted tag") << QStringLiteral("\"tag:gold customers\"")
                                << QStringLiteral("Contacts who are tagged “gold customers”");
    QTest::newRow("attribute") << QStringLiteral("attr:city=Pune") << QStringLiteral("Contacts who have city “Pune”");
    QTest::newRow("read but not replied")
        << QStringLiteral("campaign:7:read and not campaign:7:replied")
        << QStringLiteral("Contacts who read campaign “Diwali” but did not reply to it");
    QTest::newRow("run failed with code")
        << QStringLiteral("run:12:failed:131026")
        << QStringLiteral("Contacts who could not be sent run 2 of campaign “Diwali” (error 131026: "
                          "Message undeliverable)");
    QTest::newRow("two campaigns, or")
        << QStringLiteral("campaign:7:replied or campaign:8:delivered")
        << QStringLiteral("Contacts who replied to campaign “Diwali” or received campaign “Eid sale”");
    QTest::newRow("tag and not retarget")
        << QStringLiteral("tag:vip and not campaign:8:read")
        << QStringLiteral("Contacts who are tagged “vip” and did not read campaign “Eid sale”");
    QTest::newRow("unknown campaign") << QStringLiteral("campaign:99:sent")
                                      << QStringLiteral("Contacts who were sent campaign #99");
    QTest::newRow("not tag") << QStringLiteral("not tag:staff") << QStringLiteral("Contacts who are not tagged “staff”");
    QTest::newRow("garbage") << QStringLiteral("tag:vip nand tag:x")
                             << QStringLiteral("Custom audience: tag:vip nand tag:x");
    QTest::newRow("dangling and") << QStringLiteral("tag:vip and")
                                  << QStringLiteral("Custom audience: tag:vip and");
    QTest::newRow("bad stat") << QStringLiteral("campaign:7:opened")
                              << QStringLiteral("Custom audience: campaign:7:opened");
}

void TestAudienceText::describe()
{
    QFETCH(QString, expr);
    QFETCH(QString, words);
    QCOMPARE(AudienceText::describe(expr, diwaliNames()), words);
}

void TestAudienceText::namesFromWorkspace()
{
    TestWorkspace t;
    QSqlQuery q(t.workspace().database());
    // A new workspace has its sandbox account.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (id, name, account_id, template_name, language, created_at, "
                                  "updated_at) VALUES (4, 'Holi offers', (SELECT min(id) FROM accounts), 't', 'en', 0, 0)")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, planned_at, updated_at) VALUES (4, 'finished', 0, 0)")));
    QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM campaign_runs")) && q.next());
    const qint64 third = q.value(0).toLongLong();
    const QString expr = QStringLiteral("run:%1:read and not campaign:4:replied").arg(third);
    QCOMPARE(AudienceText::describe(t.workspace().database(), expr),
             QStringLiteral("Contacts who read run 3 of campaign “Holi offers” but did not reply to campaign "
                            "“Holi offers”"));
}

void TestAudienceText::countHasPlural()
{
    // The English "(s)" becomes a real plural through herald_en.ts; here only the count and the words are pinned.
    const QString words = QStringLiteral("Contacts who are tagged “vip”");
    for (qint64 n : {qint64(1), qint64(2408)}) {
        const QString text = AudienceText::withCount(words, n);
        QVERIFY2(text.startsWith(words + QStringLiteral(" (")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(%1 contact").arg(n)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestAudienceText)
#include "tst_audiencetext.moc"

// CampaignStats: the seven statistics, their identities, failure reasons and drill-down lists
// (../shared/reference/campaign-stats.md) on a crafted run with a row in every state.
#include "models/ledger/failurecatalogue.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QTest>

using namespace SendFixture;
using Stat = CampaignStats::Stat;

Q_DECLARE_METATYPE(Stat)

class TestCampaignStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statNames();
    void counts();
    void identities();
    void replyBeforeStatusReportKeepsIdentities();
    void failureReasons();
    void recipients_data();
    void recipients();
    void reasonFilter();
    void emptyRun();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    void setRow(int index, const QString &state, const QVariant &code = {}, const QVariant &title = {},
                bool replied = false);
    QList<int> indexesOf(Stat stat, std::optional<int> reason = std::nullopt);

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_run = 0;
    QList<qint64> m_ids;
};

void TestCampaignStats::setRow(int index, const QString &state, const QVariant &code, const QVariant &title,
                               bool replied)
{
    const qint64 t = 1'700'000'000'000;
    const bool sentOrLater = state == QLatin1String("sent") || state == QLatin1String("delivered")
        || state == QLatin1String("read");
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE recipients SET state = ?, error_code = ?, error_title = ?, error_details = ?, "
                             "wamid = ?, sent_at = ?, failed_at = ?, replied_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(code.isValid() ? code : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(title.isValid() ? title : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(code.isValid() ? QStringLiteral("details %1").arg(index) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(QStringLiteral("wamid.%1").arg(index));
    q.addBindValue(sentOrLater ? QVariant(t) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(state == QLatin1String("failed") ? QVariant(t) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(replied ? QVariant(t + 3'600'000) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m_ids.at(index));
    exec(q);
}

void TestCampaignStats::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    const Account a = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    m_run = createRun(db(), a.id, 17);
    m_ids = ids(db(), m_run);
    // 0 stays planned.
    setRow(1, QStringLiteral("skipped"));
    setRow(2, QStringLiteral("claimed"));
    setRow(3, QStringLiteral("accepted"));
    setRow(4, QStringLiteral("uncertain"));
    setRow(5, QStringLiteral("sent"));
    setRow(6, QStringLiteral("sent"), {}, {}, true);        // replied although no delivered receipt came
    setRow(7, QStringLiteral("delivered"));
    setRow(8, QStringLiteral("delivered"), {}, {}, true);
    setRow(9, QStringLiteral("read"));
    setRow(10, QStringLiteral("read"));
    setRow(11, QStringLiteral("failed"), 131026);           // no stored title: the catalogue's
    setRow(12, QStringLiteral("failed"), 131026, QStringLiteral("Message undeliverable"));
    setRow(13, QStringLiteral("failed"), 131049, QStringLiteral("This message was not delivered to maintain healthy "
                                                                "ecosystem engagement."));
    setRow(14, QStringLiteral("failed"), 131026, QStringLiteral("Message undeliverable"));
    setRow(15, QStringLiteral("failed"));                   // no provider code (network)
    setRow(16, QStringLiteral("failed"), 987654, QStringLiteral("Something new"));

    // Another run of another campaign must not leak into these numbers.
    const qint64 other = createRun(db(), a.id, 3, 100);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE recipients SET state = 'failed', error_code = 131026 WHERE run_id = ?"));
    q.addBindValue(other);
    exec(q);
}

void TestCampaignStats::cleanup()
{
    m_ws.reset();
}

QList<int> TestCampaignStats::indexesOf(Stat stat, std::optional<int> reason)
{
    QString error;
    const auto rows = CampaignStats::recipients(db(), m_run, stat, reason, &error);
    if (!rows) {
        qWarning("%s", qPrintable(error));
        return {-1};
    }
    QList<int> out;
    for (const CampaignStats::Row &r : *rows)
        out << int(m_ids.indexOf(r.id));
    return out;
}

void TestCampaignStats::statNames()
{
    QCOMPARE(CampaignStats::statNames(),
             QStringList({QStringLiteral("attempted"), QStringLiteral("sent"), QStringLiteral("delivered"),
                          QStringLiteral("read"), QStringLiteral("replied"), QStringLiteral("failed"),
                          QStringLiteral("unqualified"), QStringLiteral("pending")}));
    for (const QString &name : CampaignStats::statNames())
        QCOMPARE(CampaignStats::statName(*CampaignStats::statFromName(name)), name);
    QVERIFY(!CampaignStats::statFromName(QStringLiteral("skipped")));
    QVERIFY(!CampaignStats::statFromName(QString()));
}

void TestCampaignStats::counts()
{
    QString error;
    const auto c = CampaignStats::compute(db(), m_run, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->attempted, 15);    // all but planned and skipped
    QCOMPARE(c->sent, 6);          // sent, delivered, read
    QCOMPARE(c->delivered, 5);     // delivered, read, and the reply on a row only "sent"
    QCOMPARE(c->read, 2);
    QCOMPARE(c->replied, 2);
    QCOMPARE(c->failed, 6);
    QCOMPARE(c->unqualified, 3);
    QCOMPARE(c->pending, 3);       // claimed, accepted, uncertain
    QCOMPARE(c->value(Stat::Unqualified), 3);
}

void TestCampaignStats::identities()
{
    QString error;
    const auto c = CampaignStats::compute(db(), m_run, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->attempted, c->sent + c->failed + c->pending);
    QVERIFY(c->read <= c->delivered);
    QVERIFY(c->delivered <= c->sent);
    QVERIFY(c->unqualified <= c->failed);
    QVERIFY(c->replied <= c->delivered);
    // Each count equals the length of its drill-down list.
    for (const QString &name : CampaignStats::statNames()) {
        const Stat s = *CampaignStats::statFromName(name);
        QCOMPARE(indexesOf(s).size(), c->value(s));
    }
}

void TestCampaignStats::replyBeforeStatusReportKeepsIdentities()
{
    // The accepted row's reply arrives before any status report: it was sent and delivered, not pending.
    setRow(3, QStringLiteral("accepted"), {}, {}, true);
    QString error;
    const auto c = CampaignStats::compute(db(), m_run, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->sent, 7);
    QCOMPARE(c->delivered, 6);
    QCOMPARE(c->replied, 3);
    QCOMPARE(c->pending, 2);
    QCOMPARE(c->attempted, c->sent + c->failed + c->pending);
    QVERIFY(c->read <= c->delivered);
    QVERIFY(c->delivered <= c->sent);
    QVERIFY(c->replied <= c->delivered);
}

void TestCampaignStats::failureReasons()
{
    QString error;
    const auto c = CampaignStats::compute(db(), m_run, &error);
    QVERIFY2(c, qPrintable(error));
    const QList<CampaignStats::Reason> &r = c->failureReasons;
    QCOMPARE(r.size(), 4);
    // Largest first; ties by code.
    QCOMPARE(r.at(0).code, 131026);
    QCOMPARE(r.at(0).count, 3);
    QCOMPARE(r.at(0).title, QStringLiteral("Message undeliverable"));
    QCOMPARE(r.at(0).group, FailureCatalogue::groupKey(FailureCatalogue::Group::Unqualified));
    QCOMPARE(r.at(1).code, FailureCatalogue::kNetworkError);
    QCOMPARE(r.at(1).group, FailureCatalogue::groupKey(FailureCatalogue::Group::Technical));
    QCOMPARE(r.at(1).title, FailureCatalogue::lookup(FailureCatalogue::kNetworkError).title);
    QVERIFY(!r.at(1).title.isEmpty());
    QCOMPARE(r.at(2).code, 131049);
    QCOMPARE(r.at(2).group, FailureCatalogue::groupKey(FailureCatalogue::Group::SpamLimits));
    QVERIFY(r.at(2).title.startsWith(QStringLiteral("This message was not delivered")));
    QCOMPARE(r.at(3).code, 987654);   // unknown codes are kept with the provider's title
    QCOMPARE(r.at(3).title, QStringLiteral("Something new"));
    QCOMPARE(r.at(3).group, FailureCatalogue::groupKey(FailureCatalogue::Group::Other));
    qint64 total = 0;
    for (const CampaignStats::Reason &reason : r)
        total += reason.count;
    QCOMPARE(total, c->failed);

    // A code whose rows carry no title gets the catalogue's.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE recipients SET error_title = NULL WHERE run_id = ?"));
    q.addBindValue(m_run);
    exec(q);
    const auto bare = CampaignStats::compute(db(), m_run, &error);
    QVERIFY2(bare, qPrintable(error));
    QCOMPARE(bare->failureReasons.at(0).title, FailureCatalogue::lookup(131026).title);
    QVERIFY(!bare->failureReasons.at(0).title.isEmpty());
}

void TestCampaignStats::recipients_data()
{
    QTest::addColumn<Stat>("stat");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("attempted") << Stat::Attempted << QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    QTest::newRow("sent") << Stat::Sent << QList<int>{5, 6, 7, 8, 9, 10};
    QTest::newRow("delivered") << Stat::Delivered << QList<int>{6, 7, 8, 9, 10};
    QTest::newRow("read") << Stat::Read << QList<int>{9, 10};
    QTest::newRow("replied") << Stat::Replied << QList<int>{6, 8};
    QTest::newRow("failed") << Stat::Failed << QList<int>{11, 12, 13, 14, 15, 16};
    QTest::newRow("unqualified") << Stat::Unqualified << QList<int>{11, 12, 14};
    QTest::newRow("pending") << Stat::Pending << QList<int>{2, 3, 4};
}

void TestCampaignStats::recipients()
{
    QFETCH(Stat, stat);
    QFETCH(QList<int>, rows);
    QCOMPARE(indexesOf(stat), rows);
}

void TestCampaignStats::reasonFilter()
{
    QCOMPARE(indexesOf(Stat::Failed, 131026), QList<int>({11, 12, 14}));
    QCOMPARE(indexesOf(Stat::Failed, 131049), QList<int>({13}));
    QCOMPARE(indexesOf(Stat::Failed, FailureCatalogue::kNetworkError), QList<int>({15}));
    QCOMPARE(indexesOf(Stat::Failed, 1), QList<int>());
    QCOMPARE(indexesOf(Stat::Sent, 131026), QList<int>());

    QString error;
    const auto rows = CampaignStats::recipients(db(), m_run, Stat::Failed, 131049, &error);
    QVERIFY2(rows && rows->size() == 1, qPrintable(error));
    const CampaignStats::Row &r = rows->first();
    QCOMPARE(r.phone, phoneFor(13));
    QCOMPARE(r.state, QStringLiteral("failed"));
    QCOMPARE(r.wamid, QStringLiteral("wamid.13"));
    QCOMPARE(r.errorCode, std::optional<int>(131049));
    QCOMPARE(r.errorDetails, QStringLiteral("details 13"));
    QVERIFY(r.failedAt > 0);
    QCOMPARE(r.repliedAt, 0);

    const auto replied = CampaignStats::recipients(db(), m_run, Stat::Replied, std::nullopt, &error);
    QVERIFY2(replied && replied->size() == 2, qPrintable(error));
    QCOMPARE(replied->first().repliedAt - replied->first().sentAt, 3'600'000);
    QVERIFY(!replied->first().errorCode);
}

void TestCampaignStats::emptyRun()
{
    QString error;
    const auto c = CampaignStats::compute(db(), 999999, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->attempted, 0);
    QCOMPARE(c->delivered, 0);
    QVERIFY(c->failureReasons.isEmpty());
    QCOMPARE(CampaignStats::campaignOfRun(db(), 999999).valueOr(-1), 0);
    QVERIFY(CampaignStats::campaignOfRun(db(), m_run).valueOr(-1) > 0);
}

QTEST_GUILESS_MAIN(TestCampaignStats)
#include "tst_campaignstats.moc"

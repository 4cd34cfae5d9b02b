// CampaignTableModel: the campaigns table's columns — type, audience size, status, progress, last run and the
// seven statistics of the newest run — under QAbstractItemModelTester.
#include "models/campaigns/audiencetext.h"
#include "models/itemmodels/campaigntablemodel.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace SendFixture;
using State = RecipientLedger::State;

class TestCampaignTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsShowTheSevenStatistics();
    void typesAndScheduledStatus();
    void liveProgressUpdatesStatistics();
    void liveRunStatisticsFollowTheRelayFeeds();
};

namespace {

void run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    q.prepare(sql);
    exec(q);
}

void setStates(QSqlDatabase db, qint64 run, const QStringList &states)
{
    const QList<qint64> rows = ids(db, run);
    for (int i = 0; i < states.size(); ++i) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE recipients SET state = ?, error_code = ? WHERE id = ?"));
        q.addBindValue(states.at(i));
        q.addBindValue(states.at(i) == QLatin1String("failed") ? QVariant(i == 0 ? 131026 : 131049)
                                                               : QVariant(QMetaType(QMetaType::Int)));
        q.addBindValue(rows.at(i));
        exec(q);
    }
}

QString cell(const CampaignTableModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

void TestCampaignTableModel::columnsShowTheSevenStatistics()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    const Account a = createAccount(db, QStringLiteral("http://127.0.0.1:9"));
    const qint64 runId = createRun(db, a.id, 8);
    setStates(db, runId, {QStringLiteral("failed"), QStringLiteral("failed"), QStringLiteral("read"),
                        QStringLiteral("delivered"), QStringLiteral("sent"), QStringLiteral("accepted")});
    run(db, QStringLiteral("UPDATE recipients SET replied_at = 1 WHERE state = 'read'"));

    CampaignTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    const auto rows = CampaignTableModel::load(db, {}, &error);
    QVERIFY2(rows, qPrintable(error));
    model.setRows(*rows);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(CampaignTableModel::ColumnCount));
    QCOMPARE(cell(model, 0, CampaignTableModel::TypeColumn), QStringLiteral("One-time"));
    // The audience in words, with the run's recipient count (issue 15).
    QVERIFY(cell(model, 0, CampaignTableModel::AudienceColumn).startsWith(AudienceText::describe(QString())));
    QVERIFY(cell(model, 0, CampaignTableModel::AudienceColumn).contains(QStringLiteral("(8 contact")));
    // attempted 6 (2 failed + read + delivered + sent + accepted), sent 3, delivered 2, read 1, replied 1,
    // failed 2, unqualified 1 (131026).
    const QList<QPair<int, QString>> expected = {
        {CampaignTableModel::AttemptedColumn, QStringLiteral("6")}, {CampaignTableModel::SentColumn, QStringLiteral("3")},
        {CampaignTableModel::DeliveredColumn, QStringLiteral("2")}, {CampaignTableModel::ReadColumn, QStringLiteral("1")},
        {CampaignTableModel::RepliedColumn, QStringLiteral("1")},   {CampaignTableModel::FailedColumn, QStringLiteral("2")},
        {CampaignTableModel::UnqualifiedColumn, QStringLiteral("1")}};
    for (const auto &[column, text] : expected) {
        QCOMPARE(cell(model, 0, column), text);
        QCOMPARE(model.index(0, column).data(CampaignTableModel::RawValueRole).toLongLong(), text.toLongLong());
        QCOMPARE(CampaignTableModel::statOfColumn(column).has_value(), true);
    }
    QVERIFY(!CampaignTableModel::statOfColumn(CampaignTableModel::NameColumn));
    QCOMPARE(model.headerData(CampaignTableModel::UnqualifiedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Unqualified"));
}

void TestCampaignTableModel::typesAndScheduledStatus()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    const Account a = createAccount(db, QStringLiteral("http://127.0.0.1:9"));
    createRun(db, a.id, 1);
    run(db, QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, kind, active, "
                           "created_at, updated_at) VALUES ('weekly', %1, 't', 'en', 'recurring', 1, 0, 0)")
                .arg(a.id));
    run(db, QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, kind, active, "
                           "created_at, updated_at) VALUES ('orders', %1, 't', 'en', 'triggered', 1, 0, 0)")
                .arg(a.id));
    CampaignTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    model.setRows(*CampaignTableModel::load(db, {}, &error));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 1, CampaignTableModel::TypeColumn), QStringLiteral("Recurring"));
    QCOMPARE(cell(model, 1, CampaignTableModel::StatusColumn), QStringLiteral("Scheduled"));
    QCOMPARE(cell(model, 2, CampaignTableModel::TypeColumn), QStringLiteral("Triggered"));
    QCOMPARE(cell(model, 2, CampaignTableModel::StatusColumn), QStringLiteral("Waiting for events"));
    QCOMPARE(cell(model, 2, CampaignTableModel::SentColumn), QString());   // never ran: no numbers
}

void TestCampaignTableModel::liveProgressUpdatesStatistics()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    const Account a = createAccount(db, QStringLiteral("http://127.0.0.1:9"));
    const qint64 runId = createRun(db, a.id, 10);
    CampaignTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    model.setRows(*CampaignTableModel::load(db, {}, &error));
    RecipientLedger::Counts live;
    live.total = 10;
    live.byState[State::Planned] = 3;
    live.byState[State::Accepted] = 4;
    live.byState[State::Sent] = 2;
    live.byState[State::Failed] = 1;
    model.updateRun(runId, QStringLiteral("running"), live, {}, std::nullopt);
    QCOMPARE(cell(model, 0, CampaignTableModel::AttemptedColumn), QStringLiteral("7"));
    QCOMPARE(cell(model, 0, CampaignTableModel::SentColumn), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, CampaignTableModel::FailedColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, CampaignTableModel::ProgressColumn), QStringLiteral("7 of 10 handled"));
}

// A paused run's sender reports nothing, but delivery reports and replies keep arriving through the status feed:
// a reload shows them while the sender's counts and state stay.
void TestCampaignTableModel::liveRunStatisticsFollowTheRelayFeeds()
{
    TestWorkspace t;
    QSqlDatabase db = t.workspace().database();
    const Account a = createAccount(db, QStringLiteral("http://127.0.0.1:9"));
    const qint64 runId = createRun(db, a.id, 4);
    setStates(db, runId, {QStringLiteral("sent"), QStringLiteral("sent"), QStringLiteral("sent")});
    CampaignTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    const QSet<qint64> live{runId};
    model.setRows(*CampaignTableModel::load(db, live, &error), live);
    RecipientLedger::Counts paused;
    paused.total = 4;
    paused.byState[State::Planned] = 1;
    paused.byState[State::Sent] = 3;
    model.updateRun(runId, QStringLiteral("paused"), paused, {}, std::nullopt);
    QCOMPARE(cell(model, 0, CampaignTableModel::ReadColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, 0, CampaignTableModel::RepliedColumn), QStringLiteral("0"));

    run(db, QStringLiteral("UPDATE recipients SET state = 'read', replied_at = 5 WHERE state = 'sent' AND id = "
                           "(SELECT min(id) FROM recipients)"));
    model.setRows(*CampaignTableModel::load(db, live, &error), live);
    QCOMPARE(cell(model, 0, CampaignTableModel::ReadColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, CampaignTableModel::RepliedColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, CampaignTableModel::ProgressColumn), QStringLiteral("3 of 4 handled"));   // the sender's
}

QTEST_GUILESS_MAIN(TestCampaignTableModel)
#include "tst_campaigntablemodel.moc"

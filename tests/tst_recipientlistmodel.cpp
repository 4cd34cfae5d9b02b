// RecipientListModel: the drill-down list behind a dashboard bar — the rows of one statistic, the reason filter,
// search, sort in SQL and lazy paging — always under QAbstractItemModelTester.
#include "models/itemmodels/recipientlistmodel.h"
#include "models/ledger/failurecatalogue.h"
#include "models/storage/workspace.h"
#include "sendfixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace SendFixture;
using Stat = CampaignStats::Stat;
using Col = RecipientListModel::Column;

class TestRecipientListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsOfEachStat();
    void reasonFilter();
    void search_data();
    void search();
    void sortInSql();
    void pagingReadsRowsLazily();
    void replyTextAndTimes();
    void emptyRun();

private:
    QSqlDatabase db() { return m_ws->workspace().database(); }
    void update(const QString &sql, const QVariantList &binds = {});
    QStringList column(const RecipientListModel &m, int column, int rows = -1) const;

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_run = 0;
    QList<qint64> m_ids;
    static constexpr int kRows = 530; // more than two pages of 200
    static constexpr qint64 kT = 1'700'000'000'000;
};

void TestRecipientListModel::update(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    exec(q);
}

QStringList TestRecipientListModel::column(const RecipientListModel &m, int col, int rows) const
{
    QStringList out;
    const int n = rows < 0 ? m.rowCount() : qMin(rows, m.rowCount());
    for (int r = 0; r < n; ++r)
        out << m.index(r, col).data().toString();
    return out;
}

void TestRecipientListModel::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    const Account a = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    m_run = createRun(db(), a.id, kRows);
    m_ids = ids(db(), m_run);
    db().transaction();
    // Contacts named so that name order differs from row order: "Name 529" … "Name 000".
    for (int i = 0; i < kRows; ++i)
        update(QStringLiteral("INSERT INTO contacts (phone, name, opt_in_at, created_at, updated_at) "
                              "VALUES (?, ?, 1, 1, 1)"),
            { phoneFor(i), QStringLiteral("Name %1").arg(kRows - 1 - i, 3, 10, QLatin1Char('0')) });
    update(QStringLiteral("UPDATE recipients SET contact_id = (SELECT c.id FROM contacts c WHERE c.phone = "
                          "recipients.phone)"));
    // Every row read; every 10th failed (131026 for i % 20 == 0, else 131049); every 7th replied.
    for (int i = 0; i < kRows; ++i) {
        const qint64 id = m_ids.at(i);
        if (i % 10 == 0) {
            const int code = i % 20 == 0 ? 131026 : 131049;
            update(QStringLiteral("UPDATE recipients SET state = 'failed', error_code = ?, error_title = ?, "
                                  "failed_at = ?, wamid = ? WHERE id = ?"),
                { code, FailureCatalogue::providerTitle(code), kT + i, QStringLiteral("wamid.F%1").arg(i), id });
        } else {
            update(QStringLiteral("UPDATE recipients SET state = 'read', sent_at = ?, delivered_at = ?, read_at = ?, "
                                  "wamid = ?, replied_at = ? WHERE id = ?"),
                { kT + i, kT + 1000 + i, kT + 2000 + i, QStringLiteral("wamid.R%1").arg(i),
                    i % 7 == 0 ? QVariant(kT + 5000 + i) : QVariant(QMetaType(QMetaType::LongLong)), id });
        }
    }
    db().commit();
}

void TestRecipientListModel::cleanup()
{
    m_ws.reset();
}

void TestRecipientListModel::rowsOfEachStat()
{
    RecipientListModel model(m_ws->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    const auto counts = CampaignStats::compute(db(), m_run, &error);
    QVERIFY2(counts, qPrintable(error));
    for (const QString &name : CampaignStats::statNames()) {
        const Stat s = *CampaignStats::statFromName(name);
        model.setList(m_run, s);
        QCOMPARE(model.rowCount(), counts->value(s));
    }
    model.setList(m_run, Stat::Failed);
    QCOMPARE(model.rowCount(), 53);
    QCOMPARE(model.index(0, Col::PhoneColumn).data().toString(), phoneFor(0));
    QCOMPARE(model.index(0, Col::StateColumn).data().toString(), QStringLiteral("failed"));
    QCOMPARE(model.index(0, Col::ErrorCodeColumn).data(RecipientListModel::RawValueRole).toInt(), 131026);
    QCOMPARE(model.index(1, Col::ErrorCodeColumn).data().toString(), QStringLiteral("131049"));
    QCOMPARE(model.index(1, Col::WamidColumn).data().toString(), QStringLiteral("wamid.F10"));
    QCOMPARE(model.index(1, Col::PhoneColumn).data(RecipientListModel::PhoneRole).toString(), phoneFor(10));
    QCOMPARE(model.index(1, 0).data(RecipientListModel::IdRole).toLongLong(), m_ids.at(10));
    model.setList(0, Stat::Failed);
    QCOMPARE(model.rowCount(), 0);
}

void TestRecipientListModel::reasonFilter()
{
    RecipientListModel model(m_ws->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setList(m_run, Stat::Failed, 131049);
    QCOMPARE(model.rowCount(), 26);
    for (const QString &code : column(model, Col::ErrorCodeColumn))
        QCOMPARE(code, QStringLiteral("131049"));
    model.setReason(131026);
    QCOMPARE(model.rowCount(), 27);
    model.setReason(FailureCatalogue::kNetworkError);
    QCOMPARE(model.rowCount(), 0);
    model.setReason(std::nullopt);
    QCOMPARE(model.rowCount(), 53);
}

void TestRecipientListModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("stat");
    QTest::addColumn<int>("expected");
    QTest::newRow("name") << QStringLiteral("name 52") << int(Stat::Attempted) << 10; // Name 520 … Name 529
    QTest::newRow("phone") << phoneFor(123) << int(Stat::Attempted) << 1;
    QTest::newRow("wamid") << QStringLiteral("wamid.F1") << int(Stat::Failed) << 11; // F10, F100…F190
    QTest::newRow("error title") << QStringLiteral("undeliverable") << int(Stat::Failed) << 27;
    QTest::newRow("like wildcards are literal") << QStringLiteral("%") << int(Stat::Attempted) << 0;
    QTest::newRow("no match") << QStringLiteral("zzz") << int(Stat::Read) << 0;
}

void TestRecipientListModel::search()
{
    QFETCH(QString, text);
    QFETCH(int, stat);
    QFETCH(int, expected);
    RecipientListModel model(m_ws->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setList(m_run, Stat(stat));
    model.setSearch(text);
    QCOMPARE(model.rowCount(), expected);
    model.setSearch(QString());
    QVERIFY(model.rowCount() > expected);
}

void TestRecipientListModel::sortInSql()
{
    RecipientListModel model(m_ws->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setList(m_run, Stat::Attempted);
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.index(0, Col::NameColumn).data().toString(), QStringLiteral("Name 529")); // row order
    QPersistentModelIndex kept = model.index(3, Col::PhoneColumn);
    const QString keptPhone = kept.data().toString();

    model.sort(Col::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, Col::NameColumn).data().toString(), QStringLiteral("Name 000"));
    QCOMPARE(model.index(kRows - 1, Col::NameColumn).data().toString(), QStringLiteral("Name 529"));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), keptPhone); // persistent indexes follow their rows
    QCOMPARE(kept.row(), kRows - 1 - 3);

    model.sort(Col::PhoneColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, Col::PhoneColumn).data().toString(), phoneFor(kRows - 1));

    // Read times: failed rows have none and come first ascending, last descending.
    model.sort(Col::ReadColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, Col::ReadColumn).data(RecipientListModel::RawValueRole).toLongLong(), kT + 2000 + 529);
    QCOMPARE(model.index(kRows - 1, Col::StateColumn).data().toString(), QStringLiteral("failed"));

    // Error codes within Failed: 131026 before 131049 ascending.
    model.setList(m_run, Stat::Failed);
    model.sort(Col::ErrorCodeColumn, Qt::AscendingOrder);
    const QStringList codes = column(model, Col::ErrorCodeColumn);
    QCOMPARE(codes.first(), QStringLiteral("131026"));
    QCOMPARE(codes.last(), QStringLiteral("131049"));
    QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));
    // The reply text column is not sortable: nothing changes.
    const QList<qint64> before = model.ids();
    model.sort(Col::ReplyTextColumn, Qt::DescendingOrder);
    QCOMPARE(model.ids(), before);
}

void TestRecipientListModel::pagingReadsRowsLazily()
{
    RecipientListModel model(m_ws->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setList(m_run, Stat::Attempted);
    // A row on the third page, then the first again: each page is read when first needed.
    QCOMPARE(model.index(455, Col::PhoneColumn).data().toString(), phoneFor(455));
    QCOMPARE(model.index(199, Col::PhoneColumn).data().toString(), phoneFor(199));
    QCOMPARE(model.index(200, Col::PhoneColumn).data().toString(), phoneFor(200));
    // A row changed behind the model shows after reload; a row deleted keeps the others aligned.
    update(QStringLiteral("UPDATE recipients SET wamid = 'changed' WHERE id = ?"), { m_ids.at(455) });
    QCOMPARE(model.index(455, Col::WamidColumn).data().toString(), QStringLiteral("wamid.R455")); // cached
    update(QStringLiteral("DELETE FROM recipients WHERE id = ?"), { m_ids.at(454) });
    model.reload();
    QCOMPARE(model.rowCount(), kRows - 1);
    QCOMPARE(model.index(454, Col::WamidColumn).data().toString(), QStringLiteral("changed"));
    const auto row = model.rowAt(454);
    QVERIFY(row);
    QCOMPARE(row->phone, phoneFor(455));
    QVERIFY(!model.rowAt(kRows));
}

void TestRecipientListModel::replyTextAndTimes()
{
    // Two replies from recipient 7: the latest is shown.
    for (const auto &[wamid, text, at] : { std::tuple { QStringLiteral("in.1"), QStringLiteral("first"), kT + 6000 },
             std::tuple { QStringLiteral("in.2"), QStringLiteral("Yes please!"), kT + 9000 } })
        update(QStringLiteral("INSERT INTO inbound_messages (wamid, phone, recipient_id, type, text, message_at, "
                              "created_at) VALUES (?, ?, ?, 'text', ?, ?, 0)"),
            { wamid, phoneFor(7), m_ids.at(7), text, at });
    RecipientListModel model(m_ws->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setList(m_run, Stat::Replied);
    QCOMPARE(model.rowCount(), 68); // i % 7 == 0 and not failed (i % 10 != 0)
    QCOMPARE(model.index(0, Col::PhoneColumn).data().toString(), phoneFor(7));
    QCOMPARE(model.index(0, Col::ReplyTextColumn).data().toString(), QStringLiteral("Yes please!"));
    QCOMPARE(model.replyTextAt(0), QStringLiteral("Yes please!"));
    QCOMPARE(model.index(0, Col::RepliedColumn).data(RecipientListModel::RawValueRole).toLongLong(), kT + 5007);
    QVERIFY(!model.index(0, Col::RepliedColumn).data().toString().isEmpty());
    QVERIFY(model.index(0, Col::FailedColumn).data().toString().isEmpty());
    QVERIFY(model.index(1, Col::ReplyTextColumn).data().toString().isEmpty());
    for (int c = 0; c < RecipientListModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestRecipientListModel::emptyRun()
{
    const Account a = createAccount(db(), QStringLiteral("http://127.0.0.1:9"));
    const qint64 run = createRun(db(), a.id, 0, 10'000);
    RecipientListModel model(m_ws->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setList(run, Stat::Failed);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());
    model.setSearch(QStringLiteral("x"));
    model.sort(Col::PhoneColumn);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRecipientListModel)
#include "tst_recipientlistmodel.moc"

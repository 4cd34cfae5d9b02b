#include "models/itemmodels/templatetablemodel.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 kSandbox = 1;

QList<MessageTemplate> sandboxTemplates()
{
    QFile f(TestWorkspace::dataFile(QStringLiteral("../../resources/sandbox/templates.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QList<MessageTemplate> list;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("data")).toArray())
        list.append(MessageTemplate::fromGraphJson(v.toObject()));
    return list;
}

// Syncs the sandbox templates, minus win_a_prize, which is then gone upstream (deleted).
void fill(Workspace &ws)
{
    TemplateStore store(ws.database());
    QString error;
    QList<MessageTemplate> all = sandboxTemplates();
    QVERIFY2(store.applySync(kSandbox, all, &error), qPrintable(error));
    all.removeIf([](const MessageTemplate &t) { return t.name == QLatin1String("win_a_prize"); });
    QVERIFY2(store.applySync(kSandbox, all, &error), qPrintable(error));
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList list;
    for (int r = 0; r < m.rowCount(); ++r)
        list.append(m.index(r, TemplateTableModel::NameColumn).data().toString() + QLatin1Char('/')
                    + m.index(r, TemplateTableModel::LanguageColumn).data().toString());
    return list;
}

} // namespace

class TestTemplateTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void columnsAndRoles();
    void flaggedAndDeletedRows();
    void filters_data();
    void filters();
    void sorting();
    void reloadAfterSync();
    void distinctValues();
};

void TestTemplateTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTemplateTableModel::passesModelTester()
{
    TestWorkspace t;
    fill(t.workspace());
    TemplateTableModel model(t.workspace(), kSandbox);
    TemplateFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), int(TemplateTableModel::ColumnCount));
    proxy.sort(TemplateTableModel::QualityColumn, Qt::DescendingOrder);
    proxy.setSearchText(QStringLiteral("order"));
    proxy.setStatusFilter(QStringLiteral("APPROVED"));
    proxy.setSearchText(QString());
    proxy.setCategoryFilter(QStringLiteral("UTILITY"));
    model.reload();
    model.setAccountId(2);   // no such account: empty
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    model.setAccountId(kSandbox);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestTemplateTableModel::columnsAndRoles()
{
    TestWorkspace t;
    fill(t.workspace());
    TemplateTableModel model(t.workspace(), kSandbox);
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("appointment_reminder/en_US"), QStringLiteral("appointment_reminder/es"),
                          QStringLiteral("festive_offer/en_US"), QStringLiteral("flash_sale/en_US"),
                          QStringLiteral("login_code/en_US"), QStringLiteral("order_update/en_US"),
                          QStringLiteral("store_location/pt_BR"), QStringLiteral("win_a_prize/en_US")}));
    QCOMPARE(model.headerData(TemplateTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(TemplateTableModel::SyncedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last synced"));
    const int row = model.rowOf(QStringLiteral("order_update"), QStringLiteral("en_US"));
    QCOMPARE(row, 5);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(TemplateTableModel::CategoryColumn).toString(), QStringLiteral("UTILITY"));
    QCOMPARE(cell(TemplateTableModel::StatusColumn).toString(), QStringLiteral("Approved"));
    QCOMPARE(cell(TemplateTableModel::StatusColumn, TemplateTableModel::RawValueRole).toString(),
             QStringLiteral("APPROVED"));
    QCOMPARE(cell(TemplateTableModel::QualityColumn).toString(), QStringLiteral("High"));
    QCOMPARE(cell(TemplateTableModel::QualityColumn, TemplateTableModel::RawValueRole).toString(),
             QStringLiteral("GREEN"));
    QVERIFY(cell(TemplateTableModel::SyncedColumn, TemplateTableModel::RawValueRole).toDateTime().isValid());
    QVERIFY(!cell(TemplateTableModel::SyncedColumn).toString().isEmpty());
    QCOMPARE(cell(TemplateTableModel::NameColumn, Qt::ToolTipRole).toString(), model.templateAt(row).body);
    QCOMPARE(cell(TemplateTableModel::CategoryColumn, TemplateTableModel::TemplateRole).toInt(), row);
    QCOMPARE(cell(TemplateTableModel::NameColumn, TemplateTableModel::FlaggedRole).toBool(), false);
    QCOMPARE(model.templateAt(row).name, QStringLiteral("order_update"));
    QVERIFY(!model.index(row, 0).flags().testFlag(Qt::ItemIsEditable));
}

void TestTemplateTableModel::flaggedAndDeletedRows()
{
    TestWorkspace t;
    fill(t.workspace());
    TemplateTableModel model(t.workspace(), kSandbox);
    const QModelIndex paused = model.index(model.rowOf(QStringLiteral("flash_sale"), QStringLiteral("en_US")),
                                           TemplateTableModel::StatusColumn);
    QCOMPARE(paused.data().toString(), QStringLiteral("⚠ Paused"));
    QVERIFY(paused.data(TemplateTableModel::FlaggedRole).toBool());
    QVERIFY(paused.data(Qt::ToolTipRole).toString().contains(QLatin1String("paused")));
    QCOMPARE(model.index(paused.row(), TemplateTableModel::QualityColumn).data().toString(), QStringLiteral("Low"));

    const QModelIndex gone = model.index(model.rowOf(QStringLiteral("win_a_prize"), QStringLiteral("en_US")),
                                         TemplateTableModel::StatusColumn);
    QCOMPARE(gone.data().toString(), QStringLiteral("⚠ Deleted upstream"));
    QCOMPARE(gone.data(TemplateTableModel::RawValueRole).toString(), QStringLiteral("DELETED"));
    QVERIFY(gone.data(TemplateTableModel::FlaggedRole).toBool());
    QVERIFY2(gone.data(Qt::ToolTipRole).toString().contains(QLatin1String("Rejected")),
             qPrintable(gone.data(Qt::ToolTipRole).toString()));   // the last status it had

    const QModelIndex pending = model.index(model.rowOf(QStringLiteral("login_code"), QStringLiteral("en_US")),
                                            TemplateTableModel::QualityColumn);
    QCOMPARE(pending.data().toString(), QStringLiteral("Unknown"));
}

void TestTemplateTableModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything")
        << QString() << QString() << QString() << QString()
        << QStringList{QStringLiteral("appointment_reminder/en_US"), QStringLiteral("appointment_reminder/es"),
                       QStringLiteral("festive_offer/en_US"),        QStringLiteral("flash_sale/en_US"),
                       QStringLiteral("login_code/en_US"),           QStringLiteral("order_update/en_US"),
                       QStringLiteral("store_location/pt_BR"),       QStringLiteral("win_a_prize/en_US")};
    QTest::newRow("search name") << QStringLiteral("APPOINTMENT") << QString() << QString() << QString()
                                 << QStringList{QStringLiteral("appointment_reminder/en_US"),
                                                QStringLiteral("appointment_reminder/es")};
    QTest::newRow("search body") << QStringLiteral("verification code") << QString() << QString() << QString()
                                 << QStringList{QStringLiteral("login_code/en_US")};
    QTest::newRow("search body non-ASCII") << QStringLiteral("ENCOMENDA") << QString() << QString() << QString()
                                           << QStringList{QStringLiteral("store_location/pt_BR")};
    QTest::newRow("status paused") << QString() << QStringLiteral("PAUSED") << QString() << QString()
                                   << QStringList{QStringLiteral("flash_sale/en_US")};
    QTest::newRow("status deleted") << QString() << QStringLiteral("DELETED") << QString() << QString()
                                    << QStringList{QStringLiteral("win_a_prize/en_US")};
    QTest::newRow("category marketing") << QString() << QString() << QStringLiteral("MARKETING") << QString()
                                        << QStringList{QStringLiteral("festive_offer/en_US"),
                                                       QStringLiteral("flash_sale/en_US"),
                                                       QStringLiteral("win_a_prize/en_US")};
    QTest::newRow("language es") << QString() << QString() << QString() << QStringLiteral("es")
                                 << QStringList{QStringLiteral("appointment_reminder/es")};
    QTest::newRow("combined") << QStringLiteral("o") << QStringLiteral("APPROVED") << QStringLiteral("UTILITY")
                              << QStringLiteral("en_US")
                              << QStringList{QStringLiteral("appointment_reminder/en_US"),
                                             QStringLiteral("order_update/en_US")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QString() << QString() << QString() << QStringList();
}

void TestTemplateTableModel::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, status);
    QFETCH(QString, category);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    TestWorkspace t;
    fill(t.workspace());
    TemplateTableModel model(t.workspace(), kSandbox);
    TemplateFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(search);
    proxy.setStatusFilter(status);
    proxy.setCategoryFilter(category);
    proxy.setLanguageFilter(language);
    QCOMPARE(names(proxy), expected);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const int source = proxy.index(r, 0).data(TemplateTableModel::TemplateRole).toInt();
        QCOMPARE(proxy.templateAt(r), &model.templateAt(source));
    }
    // Clearing the filters brings every row back.
    proxy.setSearchText(QString());
    proxy.setStatusFilter(QString());
    proxy.setCategoryFilter(QString());
    proxy.setLanguageFilter(QString());
    QCOMPARE(proxy.rowCount(), 8);
}

void TestTemplateTableModel::sorting()
{
    TestWorkspace t;
    fill(t.workspace());
    TemplateTableModel model(t.workspace(), kSandbox);
    TemplateFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(TemplateTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, TemplateTableModel::NameColumn).data().toString(), QStringLiteral("win_a_prize"));
    // Quality sorts by rank, not by spelling: RED < YELLOW < GREEN; no quality sorts first.
    proxy.setStatusFilter(QStringLiteral("APPROVED"));
    proxy.sort(TemplateTableModel::QualityColumn, Qt::AscendingOrder);
    QStringList qualities;
    for (int r = 0; r < proxy.rowCount(); ++r)
        qualities.append(
            proxy.index(r, TemplateTableModel::QualityColumn).data(TemplateTableModel::RawValueRole).toString());
    QCOMPARE(qualities, (QStringList{QStringLiteral("UNKNOWN"), QStringLiteral("YELLOW"), QStringLiteral("GREEN"),
                                     QStringLiteral("GREEN"), QStringLiteral("GREEN"), QStringLiteral("GREEN")}));
    proxy.setStatusFilter(QString());
    proxy.sort(TemplateTableModel::QualityColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(proxy.rowCount() - 1, TemplateTableModel::NameColumn).data().toString(),
             QStringLiteral("win_a_prize"));   // rejected, never rated
    QCOMPARE(proxy.index(proxy.rowCount() - 3, TemplateTableModel::NameColumn).data().toString(),
             QStringLiteral("flash_sale"));    // RED, above UNKNOWN and none
    proxy.sort(TemplateTableModel::LanguageColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, TemplateTableModel::LanguageColumn).data().toString(), QStringLiteral("en_US"));
    QCOMPARE(proxy.index(7, TemplateTableModel::LanguageColumn).data().toString(), QStringLiteral("pt_BR"));
}

void TestTemplateTableModel::reloadAfterSync()
{
    TestWorkspace t;
    TemplateTableModel model(t.workspace(), kSandbox);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    fill(t.workspace());
    model.reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(model.lastError().isEmpty());
}

void TestTemplateTableModel::distinctValues()
{
    TestWorkspace t;
    fill(t.workspace());
    TemplateTableModel model(t.workspace(), kSandbox);
    QCOMPARE(model.languages(), (QStringList{QStringLiteral("en_US"), QStringLiteral("es"), QStringLiteral("pt_BR")}));
    QCOMPARE(model.categories(),
             (QStringList{QStringLiteral("AUTHENTICATION"), QStringLiteral("MARKETING"), QStringLiteral("UTILITY")}));
    QCOMPARE(model.statuses(),
             (QStringList{QStringLiteral("APPROVED"), QStringLiteral("DELETED"), QStringLiteral("PAUSED")}));
}

QTEST_GUILESS_MAIN(TestTemplateTableModel)
#include "tst_templatetablemodel.moc"

// The dashboard: every bar clicked at its QChart::mapToPosition point opens its recipients, the failure-reason
// dropdown filters, the keyboard reaches the bars, CSV export, retargeting, retry and resolving uncertain rows.
#include "models/itemmodels/recipientlistmodel.h"
#include "models/campaigns/ratecard.h"
#include "models/core/localformat.h"
#include "models/ledger/failurecatalogue.h"
#include "models/stats/campaignstats.h"
#include "models/stats/statsreport.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "sendfixture.h"
#include "testworkspace.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/recipientlistpane.h"
#include "ui/dashboard/statschartview.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"

#include <QAction>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace SendFixture;
using Stat = CampaignStats::Stat;

namespace {

constexpr qint64 kHour = 3'600'000;

void run(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    exec(q);
}

// A sent run of 200 recipients over six hours: planned, uncertain, accepted, failed with five reasons, sent,
// delivered, read and replies with their texts. Returns the run id.
qint64 createSentRun(QSqlDatabase db)
{
    const Account a = createAccount(db, QStringLiteral("http://127.0.0.1:9"));
    const qint64 runId = createRun(db, a.id, 200);
    const QList<qint64> rows = ids(db, runId);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 30 * kHour;
    run(db,
        QStringLiteral("UPDATE campaigns SET name = 'Diwali offer' WHERE id = (SELECT campaign_id FROM "
                       "campaign_runs WHERE id = ?)"),
        { runId });
    run(db, QStringLiteral("UPDATE campaign_runs SET status = 'sent', started_at = ? WHERE id = ?"), { start, runId });
    const QStringList first = { QStringLiteral("Asha"), QStringLiteral("Ravi"), QStringLiteral("Meera"),
        QStringLiteral("Arjun"), QStringLiteral("Priya"), QStringLiteral("Kabir") };
    const QStringList last = { QStringLiteral("Patel"), QStringLiteral("Sharma"), QStringLiteral("Iyer"),
        QStringLiteral("Khan"), QStringLiteral("Das") };
    const QStringList replies
        = { QStringLiteral("Yes please, send the catalogue"), QStringLiteral("What sizes?"), QStringLiteral("STOP") };
    db.transaction();
    for (int i = 0; i < rows.size(); ++i) {
        run(db,
            QStringLiteral("INSERT INTO contacts (phone, name, opt_in_at, created_at, updated_at) VALUES "
                           "(?, ?, 1, 1, 1)"),
            { phoneFor(i), QString(first.at(i % first.size()) + QLatin1Char(' ') + last.at(i % last.size())) });
        const qint64 sent = start + (i % 6) * kHour + i * 1000;
        QString state;
        QVariant code(QMetaType(QMetaType::Int));
        if (i < 4)
            state = QStringLiteral("planned");
        else if (i < 6)
            state = QStringLiteral("uncertain");
        else if (i < 8)
            state = QStringLiteral("accepted");
        else if (i < 28) {
            state = QStringLiteral("failed");
            code = i < 18 ? QVariant(131049)
                : i < 24  ? QVariant(131026)
                : i < 26  ? QVariant(131000)
                : i < 27  ? QVariant(QMetaType(QMetaType::Int))
                          : QVariant(132001);
        } else if (i < 50)
            state = QStringLiteral("sent");
        else if (i < 110)
            state = QStringLiteral("delivered");
        else
            state = QStringLiteral("read");
        const bool isSent = i >= 28;
        const bool replied = i >= 50 && i % 3 == 0;
        const QVariant nul(QMetaType(QMetaType::LongLong));
        run(db,
            QStringLiteral("UPDATE recipients SET state = ?, contact_id = (SELECT id FROM contacts WHERE phone = ?), "
                           "claimed_at = ?, wamid = ?, sent_at = ?, delivered_at = ?, read_at = ?, failed_at = ?, "
                           "replied_at = ?, error_code = ?, error_title = ?, attempts = ? WHERE id = ?"),
            { state, phoneFor(i), i < 4 ? nul : QVariant(sent - 500),
                i >= 6 ? QVariant(QStringLiteral("wamid.HBgM%1").arg(i)) : QVariant(QMetaType(QMetaType::QString)),
                isSent ? QVariant(sent) : nul, i >= 50 ? QVariant(sent + 4 * 60'000) : nul,
                i >= 110 ? QVariant(sent + 35 * 60'000) : nul, state == QLatin1String("failed") ? QVariant(sent) : nul,
                replied ? QVariant(sent + 80 * 60'000) : nul, code,
                code.isNull() ? QVariant(QMetaType(QMetaType::QString))
                              : QVariant(FailureCatalogue::providerTitle(code.toInt())),
                i < 4 ? 0 : 1, rows.at(i) });
        if (replied)
            run(db,
                QStringLiteral("INSERT INTO inbound_messages (wamid, phone, recipient_id, type, text, message_at, "
                               "created_at) VALUES (?, ?, ?, 'text', ?, ?, 0)"),
                { QStringLiteral("in.%1").arg(i), phoneFor(i), rows.at(i), replies.at((i / 3) % replies.size()),
                    sent + 80 * 60'000 });
    }
    db.commit();
    return runId;
}

// Where a test clicks bar `bar`: QChart::mapToPosition of the middle of the bar, in viewport coordinates.
QPoint barPoint(StatsChartView *view, int bar, double value)
{
    QChart *chart = view->statsChart();
    const QPointF inChart = chart->mapToPosition(QPointF(bar, value / 2.0), view->series());
    return view->mapFromScene(chart->mapToScene(inChart));
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyState();
    void clickEachBarOpensItsList();
    void reasonDropdownFilters();
    void keyboardReachesBars();
    void searchAndSort();
    void exportCsv();
    void newCampaignFromList();
    void retryRetryableFailures();
    void resolveUncertain();
    void liveUpdates();
    void costLine();
    void windowedRunShowsNextWaves();
    void screenshots();

private:
    void openPage();
    QSqlDatabase db() { return m_ws->workspace().database(); }

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<DashboardPage> m_page;
    qint64 m_run = 0;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
}

void TestDashboard::init()
{
    MessageBox::clearNextAnswers();
    m_ws = std::make_unique<TestWorkspace>();
    m_run = createSentRun(db());
}

void TestDashboard::cleanup()
{
    m_page.reset();
    m_ws.reset();
}

void TestDashboard::openPage()
{
    m_page = std::make_unique<DashboardPage>(m_ws->workspace());
    m_page->resize(1100, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_page->counts().has_value());
    QCOMPARE(m_page->currentRunId(), m_run);
}

void TestDashboard::emptyState()
{
    TestWorkspace empty;
    DashboardPage page(empty.workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *stack = page.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("dashboardEmpty"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("dashboardEmptyTitle"))
                ->text()
                .contains(QStringLiteral("No campaign has run yet")));
    QSignalSpy go(&page, &DashboardPage::campaignsRequested);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("goToCampaignsButton")), Qt::LeftButton);
    QCOMPARE(go.size(), 1);
    // With a run the board shows.
    openPage();
    QCOMPARE(m_page->findChild<QStackedWidget *>()->currentIndex(), 1);
}

void TestDashboard::clickEachBarOpensItsList()
{
    openPage();
    const CampaignStats::Counts counts = *m_page->counts();
    QCOMPARE(counts.attempted, 196);
    QCOMPARE(counts.failed, 20);
    QCOMPARE(counts.unqualified, 6);
    StatsChartView *chart = m_page->chartView();
    RecipientListPane *pane = m_page->listPane();
    QVERIFY(!pane->isShowingList());
    // The bars show the counts.
    QCOMPARE(chart->series()->barSets().at(5)->at(5), 20.0);

    const QList<Stat> stats = StatsChartView::stats();
    for (int bar = 0; bar < stats.size(); ++bar) {
        const Stat stat = stats.at(bar);
        QSignalSpy clicked(chart, &StatsChartView::statClicked);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, barPoint(chart, bar, double(counts.value(stat))));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().value<Stat>(), stat);
        QVERIFY(pane->isShowingList());
        QCOMPARE(pane->stat(), stat);
        RecipientListModel *model = pane->model();
        QCOMPARE(model->rowCount(), counts.value(stat));
        // The list holds exactly the recipients the statistic counts.
        QString error;
        const auto expected = CampaignStats::recipients(db(), m_run, stat, std::nullopt, &error);
        QVERIFY2(expected, qPrintable(error));
        QList<qint64> expectedIds;
        for (const CampaignStats::Row &r : *expected)
            expectedIds << r.id;
        QCOMPARE(model->ids(), expectedIds);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString state = model->index(r, RecipientListModel::StateColumn).data().toString();
            if (stat == Stat::Failed || stat == Stat::Unqualified)
                QCOMPARE(state, QStringLiteral("failed"));
            if (stat == Stat::Read)
                QCOMPARE(state, QStringLiteral("read"));
            if (stat == Stat::Unqualified)
                QCOMPARE(
                    model->index(r, RecipientListModel::ErrorCodeColumn).data().toString(), QStringLiteral("131026"));
            if (stat == Stat::Replied)
                QVERIFY(!model->index(r, RecipientListModel::ReplyTextColumn).data().toString().isEmpty());
        }
        const QString title = pane->findChild<QLabel *>(QStringLiteral("recipientListTitle"))->text();
        QVERIFY2(title.startsWith(StatsChartView::statTitle(stat)), qPrintable(title));
        // Only the Failed list has the reason dropdown, only failures the retry button.
        QCOMPARE(pane->reasonCombo()->isVisible(), stat == Stat::Failed);
        QCOMPARE(pane->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible(),
            stat == Stat::Failed || stat == Stat::Unqualified);
        QVERIFY(pane->view()->isVisible());
    }
    // Clicking outside the bars opens nothing.
    QSignalSpy none(chart, &StatsChartView::statClicked);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(none.size(), 0);
}

void TestDashboard::reasonDropdownFilters()
{
    openPage();
    StatsChartView *chart = m_page->chartView();
    RecipientListPane *pane = m_page->listPane();
    const CampaignStats::Counts counts = *m_page->counts();
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, barPoint(chart, 5, double(counts.failed)));
    QCOMPARE(pane->stat(), Stat::Failed);
    QComboBox *reasons = pane->reasonCombo();
    // "All reasons" and every reason present with its count, largest first.
    QCOMPARE(reasons->count(), 6);
    QVERIFY(reasons->itemText(0).startsWith(QStringLiteral("All reasons")));
    QVERIFY(reasons->itemText(0).contains(QStringLiteral("20")));
    QCOMPARE(reasons->itemData(1).toInt(), 131049);
    QVERIFY(reasons->itemText(1).endsWith(QStringLiteral("— 10")));
    QCOMPARE(reasons->itemData(2).toInt(), 131026);
    QCOMPARE(reasons->itemData(3).toInt(), 131000);
    QCOMPARE(reasons->itemData(4).toInt(), FailureCatalogue::kNetworkError); // 1, ties by code
    QCOMPARE(reasons->itemData(5).toInt(), 132001);
    QVERIFY(pane->reasonInfo()->isVisible());

    // Pick 131049 the way a user does (keyboard on the closed combo emits activated).
    reasons->setFocus();
    QTest::keyClick(reasons, Qt::Key_Down);
    QCOMPARE(reasons->currentIndex(), 1);
    QCOMPARE(pane->reasonCode(), std::optional<int>(131049));
    QCOMPARE(pane->model()->rowCount(), 10);
    for (int r = 0; r < pane->model()->rowCount(); ++r)
        QCOMPARE(
            pane->model()->index(r, RecipientListModel::ErrorCodeColumn).data().toString(), QStringLiteral("131049"));
    const QString info = pane->reasonInfo()->text();
    const FailureCatalogue::Entry entry = FailureCatalogue::lookup(131049);
    QVERIFY2(info.contains(entry.description.toHtmlEscaped()), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("24 hour")), qPrintable(info));
    QVERIFY2(info.contains(entry.reference.toString(QUrl::FullyEncoded)), qPrintable(info));
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("recipientListTitle"))->text().contains(QStringLiteral("10")));

    // Unqualified: retry does not help.
    QTest::keyClick(reasons, Qt::Key_Down);
    QCOMPARE(pane->model()->rowCount(), 6);
    QVERIFY(pane->reasonInfo()->text().contains(QStringLiteral("does not help")));
    // The network failure has no code: its own filter.
    QTest::keyClick(reasons, Qt::Key_Down);
    QTest::keyClick(reasons, Qt::Key_Down);
    QCOMPARE(pane->reasonCode(), std::optional<int>(FailureCatalogue::kNetworkError));
    QCOMPARE(pane->model()->rowCount(), 1);
    QVERIFY(
        pane->model()->index(0, RecipientListModel::ErrorCodeColumn).data(RecipientListModel::RawValueRole).isNull());
    // Back to all reasons.
    QTest::keyClick(reasons, Qt::Key_Home);
    QCOMPARE(reasons->currentIndex(), 0);
    QCOMPARE(pane->model()->rowCount(), 20);
    QCOMPARE(pane->audienceExpression(), QStringLiteral("run:%1:failed").arg(m_run));
}

void TestDashboard::keyboardReachesBars()
{
    openPage();
    StatsChartView *chart = m_page->chartView();
    QVERIFY(chart->focusPolicy() & Qt::TabFocus);
    QVERIFY(!chart->accessibleName().isEmpty());
    chart->setFocus();
    QCOMPARE(chart->currentBar(), 0);
    QTest::keyClick(chart, Qt::Key_Right);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentBar(), 2);
    QVERIFY2(chart->accessibleDescription().startsWith(QStringLiteral("Delivered: ")),
        qPrintable(chart->accessibleDescription()));
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(m_page->listPane()->stat(), Stat::Delivered);
    QTest::keyClick(chart, Qt::Key_End);
    QCOMPARE(chart->currentBar(), 6);
    QTest::keyClick(chart, Qt::Key_Right); // stays on the last bar
    QCOMPARE(chart->currentBar(), 6);
    QTest::keyClick(chart, Qt::Key_Space);
    QCOMPARE(m_page->listPane()->stat(), Stat::Unqualified);
    // Enter on a row asks for the message history of its phone.
    RecipientListPane *pane = m_page->listPane();
    QSignalSpy investigate(pane, &RecipientListPane::investigateRequested);
    pane->view()->setFocus();
    pane->view()->setCurrentIndex(pane->model()->index(0, 0));
    QTest::keyClick(pane->view(), Qt::Key_Return);
    QCOMPARE(investigate.size(), 1);
    QCOMPARE(investigate.first().first().toString(), phoneFor(18));
    // Ctrl+F in the list goes to its search.
    QTest::keyClick(pane->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(pane->findChild<QLineEdit *>(QStringLiteral("recipientSearch"))->hasFocus());
    // Everything a test touches has an accessible name.
    for (QWidget *w : { static_cast<QWidget *>(pane->view()), static_cast<QWidget *>(pane->reasonCombo()),
             static_cast<QWidget *>(m_page->campaignCombo()), static_cast<QWidget *>(m_page->runCombo()),
             static_cast<QWidget *>(m_page->timelineView()) })
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

void TestDashboard::searchAndSort()
{
    openPage();
    RecipientListPane *pane = m_page->listPane();
    QTest::keyClick(m_page->chartView(), Qt::Key_Return); // Attempted
    QCOMPARE(pane->model()->rowCount(), 196);
    auto *search = pane->findChild<QLineEdit *>(QStringLiteral("recipientSearch"));
    QTest::keyClicks(search, QStringLiteral("Meera Iyer"));
    // i % 6 == 2 and i % 5 == 2 → i % 30 == 2 among the attempted 4..199: 32, 62, 92, 122, 152, 182
    QTRY_COMPARE(pane->model()->rowCount(), 6);
    search->clear();
    QTRY_COMPARE(pane->model()->rowCount(), 196);
    QTest::keyClicks(search, QStringLiteral("undeliverable"));
    QTRY_COMPARE(pane->model()->rowCount(), 6);
    search->clear();
    QTRY_COMPARE(pane->model()->rowCount(), 196);
    // Clicking a header sorts in SQL.
    QHeaderView *header = pane->view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(RecipientListModel::PhoneColumn) + 10, header->height() / 2));
    QCOMPARE(pane->model()->query().sortColumn, int(RecipientListModel::PhoneColumn));
    const QString a = pane->model()->index(0, RecipientListModel::PhoneColumn).data().toString();
    const QString b = pane->model()->index(195, RecipientListModel::PhoneColumn).data().toString();
    QVERIFY(pane->model()->query().order == Qt::AscendingOrder ? a < b : a > b);
}

void TestDashboard::exportCsv()
{
    openPage();
    StatsChartView *chart = m_page->chartView();
    RecipientListPane *pane = m_page->listPane();
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, barPoint(chart, 5, 20));
    QTest::keyClick(pane->reasonCombo(), Qt::Key_Down); // 131049
    QSignalSpy finished(pane, &RecipientListPane::exportFinished);
    const QString path = m_ws->filePath(QStringLiteral("failed.csv"));
    pane->exportCsvTo(path);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), 10);
    QVERIFY(finished.first().at(2).toString().isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    QVERIFY2(lines.first().startsWith(StatsReport::recipientColumns().first()), qPrintable(lines.first()));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).contains(QStringLiteral("131049")), qPrintable(lines.at(i)));
    QVERIFY(lines.at(1).contains(phoneFor(8)));

    // The stats report of the run.
    const QString report = m_ws->filePath(QStringLiteral("report.csv"));
    m_page->exportReportTo(report);
    QFile r(report);
    QVERIFY(r.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(r.readAll());
    QVERIFY2(text.contains(QStringLiteral("131049")), qPrintable(text));
}

void TestDashboard::newCampaignFromList()
{
    openPage();
    StatsChartView *chart = m_page->chartView();
    RecipientListPane *pane = m_page->listPane();
    QSignalSpy requested(m_page.get(), &DashboardPage::newCampaignRequested);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, barPoint(chart, 5, 20));
    QTest::keyClick(pane->reasonCombo(), Qt::Key_Down);
    QTest::keyClick(pane->reasonCombo(), Qt::Key_Down); // 131026
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("newCampaignButton")), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), QStringLiteral("run:%1:failed:131026").arg(m_run));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, barPoint(chart, 4, 10));
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("newCampaignButton")), Qt::LeftButton);
    QCOMPARE(requested.last().first().toString(), QStringLiteral("run:%1:replied").arg(m_run));
}

void TestDashboard::retryRetryableFailures()
{
    openPage();
    StatsChartView *chart = m_page->chartView();
    RecipientListPane *pane = m_page->listPane();
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, barPoint(chart, 5, 20));
    auto *retry = pane->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isEnabled());
    QSignalSpy planned(pane, &RecipientListPane::retryPlanned);
    MessageBox::setNextAnswer(QMessageBox::Yes); // plan it
    MessageBox::setNextAnswer(QMessageBox::Ok); // the summary
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(planned.size(), 1);
    const qint64 retryRun = planned.first().at(1).toLongLong();
    // 131049 failed more than 24 h ago (10), 131000 (2) and the network failure (1); not 131026 or 132001.
    QCOMPARE(count(db(), retryRun, QStringLiteral("planned")), 13);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("13 recipient")), qPrintable(MessageBox::lastText()));
    QTRY_VERIFY(m_page->runCombo()->findData(retryRun) >= 0);
    // A second retry while the first waits is refused with a reason.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(planned.size(), 1);
    QVERIFY(MessageBox::lastText().contains(QString::number(retryRun)));
}

void TestDashboard::resolveUncertain()
{
    openPage();
    RecipientListPane *pane = m_page->listPane();
    QTest::keyClick(m_page->chartView(), Qt::Key_Return); // Attempted
    auto *resolve = pane->findChild<QToolButton *>(QStringLiteral("resolveUncertainButton"));
    QVERIFY(resolve->isVisible());
    QVERIFY(!resolve->isEnabled()); // nothing uncertain selected
    // Why they are still uncertain (UncertainResolver::waitingReason), above the list.
    auto *note = pane->findChild<QLabel *>(QStringLiteral("uncertainNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("2 uncertain")), qPrintable(note->text()));
    // Rows 0 and 1 of the list are recipients 4 and 5, uncertain.
    pane->view()->selectRow(0);
    QVERIFY(resolve->isEnabled());
    const qint64 id = pane->model()->idAt(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    pane->findChild<QAction *>(QStringLiteral("resendUncertainAction"))->trigger();
    QCOMPARE(value(db(), QStringLiteral("SELECT state FROM recipients WHERE id = ?"), { id }).toString(),
        QStringLiteral("planned"));
    // The list was re-read: the resent row is no longer attempted.
    QCOMPARE(pane->model()->rowCount(), 195);
    pane->view()->selectRow(0);
    const qint64 other = pane->model()->idAt(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    pane->findChild<QAction *>(QStringLiteral("failUncertainAction"))->trigger();
    QCOMPARE(value(db(), QStringLiteral("SELECT state FROM recipients WHERE id = ?"), { other }).toString(),
        QStringLiteral("failed"));
    const int before = m_page->refreshCount();
    QTRY_VERIFY(m_page->refreshCount() > before);
    QCOMPARE(m_page->counts()->failed, 21);
}

void TestDashboard::liveUpdates()
{
    openPage();
    QTest::keyClick(m_page->chartView(), Qt::Key_Return); // Attempted list open
    run(db(),
        QStringLiteral("UPDATE recipients SET state = 'failed', error_code = 131026, failed_at = 1 WHERE "
                       "run_id = ? AND state = 'accepted'"),
        { m_run });
    m_page->refresh(); // what RelayFeeds::applied does
    QTRY_COMPARE(m_page->counts()->failed, 22);
    QCOMPARE(m_page->chartView()->series()->barSets().at(5)->at(5), 22.0);
    // The timeline has hours.
    QTRY_VERIFY(!m_page->timelineView()->lines().first()->points().isEmpty());   // its own future, after the counts
}

// Issue 18 §3: "Cost: actual X of estimated Y" from the recipients' recorded pricing and the rate card, and the
// account's month beside it, in the locale's money format.
void TestDashboard::costLine()
{
    QString error;
    QVERIFY2(RateCard(db()).set({ QStringLiteral("MARKETING"), QStringLiteral("IN"), 0.05, QStringLiteral("USD"), {} },
                                &error),
             qPrintable(error));
    run(db(), QStringLiteral("UPDATE campaign_runs SET template_json = '{\"category\":\"MARKETING\"}' WHERE id = ?"),
        { m_run });
    // Meta reported every delivered and read message as billable marketing (150 of them), the rest nothing.
    run(db(),
        QStringLiteral("UPDATE recipients SET pricing_billable = 1, pricing_category = 'marketing', pricing_type = "
                       "'regular', pricing_model = 'PMP', pricing_at = delivered_at WHERE run_id = ? AND "
                       "delivered_at IS NOT NULL"),
        { m_run });
    openPage();
    const QString expected = QStringLiteral("actual %1 of estimated %2")
                                 .arg(LocalFormat::money(150 * 0.05, QStringLiteral("USD")),
                                      LocalFormat::money(200 * 0.05, QStringLiteral("USD")));
    QTRY_VERIFY2(m_page->costLabel()->text().contains(expected), qPrintable(m_page->costLabel()->text()));
    QVERIFY(m_page->costLabel()->text().contains(QStringLiteral("150")));
    // The month: the billable messages of this account sent since the first of this month (UTC).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const qint64 monthStart = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const int inMonth = value(db(),
                              QStringLiteral("SELECT count(*) FROM recipients WHERE run_id = ? AND pricing_billable = 1 "
                                             "AND sent_at >= ?"),
                              { m_run, monthStart })
                            .toInt();
    const QString month = m_page->monthCostLabel()->text();
    if (inMonth > 0)
        QVERIFY2(month.contains(LocalFormat::money(inMonth * 0.05, QStringLiteral("USD"))), qPrintable(month));
    else
        QVERIFY2(month.contains(QStringLiteral("nothing billed")), qPrintable(month));
    Screenshot::save(m_page.get(), QStringLiteral("dashboard-cost"));
}

void TestDashboard::windowedRunShowsNextWaves()
{
    // Issue 18 §2: a run waiting for its send windows shows the waves still to come (dashed), on buckets that fit
    // the run (hours here: 42 hours from the start), and says why it waits.
    const qint64 start = value(db(), QStringLiteral("SELECT started_at FROM campaign_runs WHERE id = ?"), { m_run })
                             .toLongLong();
    const QList<qint64> planned = ids(db(), m_run).mid(0, 4);
    for (int i = 0; i < planned.size(); ++i)
        run(db(), QStringLiteral("UPDATE recipients SET zone = 'America/Sao_Paulo', not_before = ? WHERE id = ?"),
            { start + (i < 2 ? 40 : 42) * kHour + 60'000, planned.at(i) });
    run(db(), QStringLiteral("UPDATE campaign_runs SET status = 'waiting_window', stop_reason = 'The next wave is due "
                             "later.' WHERE id = ?"),
        { m_run });
    openPage();
    QLineSeries *waves = m_page->timelineView()->lines().last();
    QTRY_VERIFY(waves->isVisible());
    double total = 0;
    double lastX = 0;
    for (const QPointF &p : waves->points()) {
        total += p.y();
        if (p.y() > 0)
            lastX = p.x();
    }
    QCOMPARE(total, 4.0);
    QCOMPARE(lastX, 42.0);   // hours since the start
    Screenshot::save(m_page.get(), QStringLiteral("dashboard-next-waves"));
}

void TestDashboard::screenshots()
{
    if (qEnvironmentVariableIsEmpty("HERALD_SCREENSHOT_DIR"))
        QSKIP("set HERALD_SCREENSHOT_DIR to save screenshots");
    MainWindow window(m_ws->workspace());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showDashboard(CampaignStats::campaignOfRun(db(), m_run).valueOr(-1));
    DashboardPage *page = window.dashboardPage();
    QTRY_VERIFY(page->counts().has_value());
    Screenshot::save(&window, QStringLiteral("dashboard-overview"));
    StatsChartView *chart = page->chartView();
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, barPoint(chart, 5, 20));
    Screenshot::save(&window, QStringLiteral("dashboard-failed"));
    QTest::keyClick(page->listPane()->reasonCombo(), Qt::Key_Down);
    Screenshot::save(&window, QStringLiteral("dashboard-failed-131049"));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, barPoint(chart, 4, 10));
    Screenshot::save(&window, QStringLiteral("dashboard-replied"));
    TestWorkspace empty;
    DashboardPage emptyPage(empty.workspace());
    emptyPage.resize(1100, 760);
    emptyPage.show();
    Screenshot::save(&emptyPage, QStringLiteral("dashboard-empty"));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"

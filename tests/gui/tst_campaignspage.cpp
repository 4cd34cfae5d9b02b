// The Campaigns page: table, detail, Start/Pause/Resume/Stop through the real built-in sandbox.
#include "engine/send/campaignrunner.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/contacts/contact.h"
#include "models/contacts/contactstore.h"
#include "models/itemmodels/campaigntablemodel.h"
#include "models/ledger/failurecatalogue.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "sandboxcampaign.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/campaigns/preflightdialog.h"
#include "ui/campaigns/preflightview.h"
#include "ui/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using State = RecipientLedger::State;

namespace {

// The sandbox account with its templates, `contacts` opted-in contacts and one campaign; returns its id.
qint64 createCampaign(TestWorkspace &t, int contacts, const QString &name = QStringLiteral("Order updates"))
{
    QString error;
    QSqlDatabase db = t.workspace().database();
    const auto account = AccountStore(db).defaultAccount(&error);
    if (!account || !SandboxCampaign::syncTemplates(db, account->id, &error))
        qFatal("cannot set up the sandbox account: %s", qPrintable(error));
    if (contacts > 0
        && SandboxCampaign::addOptedIn(db, SandboxCampaign::customers(contacts, QStringLiteral("+91987650"), 4), &error)
               .isEmpty())
        qFatal("cannot opt in: %s", qPrintable(error));
    const qint64 id = SandboxCampaign::create(
        db, account->id, name, QStringLiteral("order_update"),
        {QStringLiteral("header.1=text:#10234"), QStringLiteral("body.1=field:name"),
         QStringLiteral("body.2=text:out for delivery"), QStringLiteral("body.3=attr:city|soon"),
         QStringLiteral("button.0=text:10234")},
        &error);
    if (id <= 0)
        qFatal("cannot create the campaign: %s", qPrintable(error));
    return id;
}

QToolButton *button(CampaignsPage &page, const char *name)
{
    auto *b = page.findChild<QToolButton *>(QString::fromLatin1(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

QString labelText(CampaignsPage &page, const QString &name)
{
    auto *label = page.findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(name);
}

// Start opens the modal pre-flight report; this answers it: waits for the check, looks at its numbers, then Start.
void startThroughPreflight(CampaignsPage &page, qint64 expectedAudience)
{
    bool answered = false;
    QTimer::singleShot(0, &page, [&] {
        PreflightDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<PreflightDialog *>()) != nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isChecked(), 10000);
        QCOMPARE(dialog->view()->report().audience, expectedAudience);
        QVERIFY(dialog->startButton()->isEnabled());
        Screenshot::save(dialog, QStringLiteral("campaigns-preflight"));
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        answered = true;
    });
    QTest::mouseClick(button(page, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(answered);
    // Keyboard shortcuts go to the active window again once the dialog is gone.
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
}

// Start on a campaign whose run was stopped: waits for the pre-flight, returns its note about the recipients not
// reached and its start button's text, then accepts or cancels it.
void answerUnreachedPreflight(CampaignsPage &page, bool accept, QString *note, QString *startText)
{
    bool answered = false;
    QTimer::singleShot(0, &page, [&] {
        PreflightDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<PreflightDialog *>()) != nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isChecked(), 10000);
        *note = dialog->unreachedNote()->isVisibleTo(dialog) ? dialog->unreachedNote()->text() : QString();
        *startText = dialog->startButton()->text();
        if (accept) {
            QVERIFY(dialog->startButton()->isEnabled());
            QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        } else {
            dialog->reject();
        }
        answered = true;
    });
    page.startCampaign();
    QTRY_VERIFY(answered);
}

const CampaignOverview &row(CampaignsPage &page, qint64 id)
{
    const CampaignOverview *r = page.model()->byId(id);
    if (!r)
        qFatal("no row for campaign %lld", id);
    return *r;
}

} // namespace

class TestCampaignsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::clearNextAnswers(); }
    void emptyStateSaysHowToCreate();
    void tableSortsAndSearches();
    void startPauseResumeUntilSent();
    void stopAsksForConfirmation();
    void playbookPauseSaysWhy();
    void neverFinishedWhilePending();
    void startAfterStopOffersNewRunForUnreached();
};

void TestCampaignsPage::emptyStateSaysHowToCreate()
{
    TestWorkspace t;
    CampaignsPage page(t.workspace());
    page.resize(1060, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.objectName(), QStringLiteral("campaignsPage"));
    QWidget *empty = page.findChild<QWidget *>(QStringLiteral("campaignsEmptyState"));
    QVERIFY(empty && empty->isVisible());
    // Issue 15: the empty state speaks of the window, never of the command line; its button is New campaign….
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(QLatin1String("herald-cli")), qPrintable(label->text()));
        QVERIFY2(!label->text().contains(QLatin1String("--")), qPrintable(label->text()));
    }
    auto *create = empty->findChild<QToolButton *>(QStringLiteral("emptyNewCampaign"));
    QVERIFY(create && create->isVisible() && create->isEnabled());
    QCOMPARE(create->defaultAction(), page.findChild<QAction *>(QStringLiteral("newAction")));
    QVERIFY(!labelText(page, QStringLiteral("emptyStateText")).isEmpty());
    QVERIFY(!button(page, "startButton")->isEnabled());
    Screenshot::save(&page, QStringLiteral("campaigns-empty"));

    // A campaign created elsewhere (the CLI) shows up within a second; with nothing selected the detail says so.
    createCampaign(t, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!empty->isVisible(), 3000);
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("campaignNoSelection"))->isVisible());
}

void TestCampaignsPage::tableSortsAndSearches()
{
    TestWorkspace t;
    createCampaign(t, 3, QStringLiteral("Zebra sale"));
    const qint64 alpha = createCampaign(t, 0, QStringLiteral("Alpha reminders"));
    CampaignsPage page(t.workspace());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->columnCount(), int(CampaignTableModel::ColumnCount));
    QTableView *view = page.view();
    view->sortByColumn(CampaignTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, CampaignTableModel::NameColumn).data().toString(), QStringLiteral("Alpha reminders"));
    view->sortByColumn(CampaignTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, CampaignTableModel::NameColumn).data().toString(), QStringLiteral("Zebra sale"));
    QCOMPARE(view->model()->index(0, CampaignTableModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("campaignSearch")), QStringLiteral("alpha"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(CampaignTableModel::CampaignIdRole).toLongLong(), alpha);
}

void TestCampaignsPage::startPauseResumeUntilSent()
{
    TestWorkspace t;
    const qint64 id = createCampaign(t, 300);
    CampaignsPage page(t.workspace());
    page.resize(1060, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.selectCampaign(id);
    QCOMPARE(page.currentCampaignId(), id);
    QVERIFY(button(page, "startButton")->isEnabled());
    QVERIFY(!button(page, "pauseButton")->isEnabled());

    // The GUI thread's worst stall while the campaign sends, seen by a 5 ms timer.
    QElapsedTimer clock;
    qint64 last = -1;
    qint64 worstGap = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    connect(&probe, &QTimer::timeout, &page, [&] {
        const qint64 now = clock.elapsed();
        if (last >= 0)
            worstGap = qMax(worstGap, now - last);
        last = now;
    });

    startThroughPreflight(page, 300);
    clock.start();
    probe.start(5);
    QTRY_VERIFY(page.runnerFor(id));
    QTRY_VERIFY_WITH_TIMEOUT(row(page, id).done() >= 20, 10000);
    QCOMPARE(row(page, id).runStatus, QStringLiteral("running"));
    QVERIFY(page.findChild<QProgressBar *>(QStringLiteral("runProgress"))->value() > 0);
    QVERIFY(labelText(page, QStringLiteral("sendRate")).contains(QStringLiteral("messages/s")));
    QVERIFY(!labelText(page, QStringLiteral("headroom")).isEmpty());
    Screenshot::save(&page, QStringLiteral("campaigns-running"));

    // Pause takes effect within a second, and then nothing more is requested.
    QTest::mouseClick(button(page, "pauseButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(row(page, id).runStatus, QStringLiteral("paused"), 1000);
    CampaignRunner *runner = page.runnerFor(id);
    QVERIFY(runner);
    const qint64 requests = runner->lastProgress().requests;
    const qint64 planned = row(page, id).counts.value(State::Planned);
    QTest::qWait(600);
    QCOMPARE(runner->lastProgress().requests, requests);
    QCOMPARE(RecipientLedger(t.workspace().database()).counts(runner->runId(), nullptr)->value(State::Planned), planned);
    QVERIFY(planned > 0);
    QVERIFY(button(page, "resumeButton")->isEnabled());
    QVERIFY(labelText(page, QStringLiteral("reasonText")).contains(QStringLiteral("Paused by the operator")));

    // Resume continues until every recipient is resolved: "sent", since accepted rows wait for reports.
    QTest::mouseClick(button(page, "resumeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(row(page, id).counts.value(State::Planned) < planned, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.runnerFor(id), 30000);
    probe.stop();
    qInfo("worst GUI event-loop gap while sending 300 recipients: %lld ms", worstGap);

    const CampaignOverview &sent = row(page, id);
    QCOMPARE(sent.runStatus, QStringLiteral("sent"));
    QCOMPARE(sent.counts.value(State::Planned) + sent.counts.value(State::Claimed), 0);
    QVERIFY(sent.accepted() > 250);
    QVERIFY(sent.counts.value(State::Failed) > 0);   // the sandbox's numbers not on WhatsApp
    QCOMPARE(labelText(page, QStringLiteral("runStatus")), QStringLiteral("Sent — waiting for delivery reports"));
    QVERIFY(labelText(page, QStringLiteral("failureReasons")).contains(QStringLiteral("131026")));
    QCOMPARE(page.view()->model()->index(0, CampaignTableModel::ProgressColumn).data().toString(),
             QStringLiteral("300 of 300 handled"));
    Screenshot::save(&page, QStringLiteral("campaigns-sent"));

    // A sent run is never sent again.
    QVERIFY(!button(page, "startButton")->isEnabled());
    const qint64 runId = sent.runId;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.startCampaign();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("already sent")));
    QVERIFY(!page.runnerFor(id));
    QCOMPARE(CampaignStore(t.workspace().database()).latestRun(id, nullptr).value_or(-1), runId);
}

void TestCampaignsPage::stopAsksForConfirmation()
{
    TestWorkspace t;
    const qint64 id = createCampaign(t, 300);
    CampaignsPage page(t.workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.selectCampaign(id);
    startThroughPreflight(page, 300);
    QTRY_VERIFY_WITH_TIMEOUT(row(page, id).done() >= 10, 10000);

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button(page, "stopButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Stop sending")));
    QTest::qWait(300);
    QCOMPARE(row(page, id).runStatus, QStringLiteral("running"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(page.view(), Qt::Key_Period, Qt::ControlModifier);   // the shortcut
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(row(page, id).runStatus, QStringLiteral("stopped"), 1000);
    QTRY_VERIFY(!page.runnerFor(id));
    QVERIFY(row(page, id).counts.value(State::Planned) > 0);
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("reasonBox"))->isVisible());
    QVERIFY(labelText(page, QStringLiteral("reasonText")).contains(QStringLiteral("Stopped by the operator")));
    QCOMPARE(RecipientLedger(t.workspace().database()).runStatus(row(page, id).runId, nullptr), QStringLiteral("stopped"));
}

void TestCampaignsPage::playbookPauseSaysWhy()
{
    TestWorkspace t;
    const qint64 id = createCampaign(t, 40);
    QString error;
    const auto plan = CampaignStore(t.workspace().database()).planRun(id, &error);
    QVERIFY2(plan, qPrintable(error));
    QSqlQuery q(t.workspace().database());
    q.prepare(QStringLiteral("UPDATE campaign_runs SET status = 'paused', stop_code = 132015, stop_reason = ?, "
                             "started_at = planned_at WHERE id = ?"));
    q.addBindValue(QStringLiteral("The template is paused for low quality (code 132015: Template is Paused). The run "
                                  "was paused; resume it when the template is active again."));
    q.addBindValue(plan->runId);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET state = 'accepted', wamid = 'wamid.' || id WHERE id IN "
                                  "(SELECT id FROM recipients ORDER BY id LIMIT 12)")));

    CampaignsPage page(t.workspace());
    page.resize(1060, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.selectCampaign(id);
    QCOMPARE(labelText(page, QStringLiteral("runStatus")), QStringLiteral("Paused"));
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("reasonBox"))->isVisible());
    QCOMPARE(labelText(page, QStringLiteral("reasonTitle")), QStringLiteral("Paused by WhatsApp error 132015"));
    const QString why = labelText(page, QStringLiteral("reasonText"));
    QVERIFY(why.contains(QStringLiteral("low quality")));
    QVERIFY(why.contains(FailureCatalogue::lookup(132015).description.toHtmlEscaped()));
    QVERIFY(button(page, "resumeButton")->isEnabled());
    QVERIFY(!button(page, "pauseButton")->isEnabled());
    Screenshot::save(&page, QStringLiteral("campaigns-paused-by-playbook"));
}

void TestCampaignsPage::neverFinishedWhilePending()
{
    TestWorkspace t;
    const qint64 id = createCampaign(t, 20);
    QString error;
    const auto plan = CampaignStore(t.workspace().database()).planRun(id, &error);
    QVERIFY2(plan, qPrintable(error));
    QSqlQuery q(t.workspace().database());
    // Even a run marked finished reads as sent while a row is uncertain; uncertain rows are explained.
    QVERIFY(q.exec(QStringLiteral("UPDATE campaign_runs SET status = 'finished'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET state = 'delivered'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET state = 'uncertain' WHERE id IN (SELECT MIN(id) FROM recipients)")));
    CampaignsPage page(t.workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.selectCampaign(id);
    QCOMPARE(labelText(page, QStringLiteral("runStatus")), QStringLiteral("Sent — waiting for delivery reports"));
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("uncertainNote"))->isVisible());
    QVERIFY(labelText(page, QStringLiteral("uncertainNote")).startsWith(QStringLiteral("1 recipient")));

    QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET state = 'read'")));
    QTRY_COMPARE_WITH_TIMEOUT(labelText(page, QStringLiteral("runStatus")), QStringLiteral("Finished"), 3000);
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("uncertainNote"))->isVisible());
}

void TestCampaignsPage::startAfterStopOffersNewRunForUnreached()
{
    TestWorkspace t;
    const qint64 id = createCampaign(t, 300);
    QSqlDatabase db = t.workspace().database();
    CampaignsPage page(t.workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.selectCampaign(id);
    startThroughPreflight(page, 300);
    QTRY_VERIFY_WITH_TIMEOUT(row(page, id).done() >= 10, 10000);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button(page, "stopButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.runnerFor(id), 5000);
    const qint64 stopped = row(page, id).runId;
    QCOMPARE(RecipientLedger(db).runStatus(stopped, nullptr), QStringLiteral("stopped"));

    // One of those not reached opts out meanwhile; the others are exactly who a new run may send to.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT contact_id FROM recipients WHERE run_id = %1 AND state = 'planned' "
                                  "ORDER BY id LIMIT 1").arg(stopped)) && q.next());
    const qint64 optedOut = q.value(0).toLongLong();
    q.finish();
    QString error;
    QVERIFY(ContactStore(db).optOut({optedOut}, QStringLiteral("STOP"), &error));
    QSet<QString> expected;
    QVERIFY(q.exec(QStringLiteral("SELECT phone FROM recipients WHERE run_id = %1 AND state = 'planned' AND "
                                  "contact_id <> %2").arg(stopped).arg(optedOut)));
    while (q.next())
        expected.insert(q.value(0).toString());
    q.finish();
    const int n = int(expected.size());
    QVERIFY(n > 0);
    const auto runCount = [&] {
        QSqlQuery c(db);
        c.exec(QStringLiteral("SELECT count(*) FROM campaign_runs WHERE campaign_id = %1").arg(id));
        return c.next() ? c.value(0).toInt() : -1;
    };

    // Cancelling the pre-flight plans nothing; it said how many a new run reaches.
    QString note;
    QString startText;
    answerUnreachedPreflight(page, false, &note, &startText);
    QVERIFY2(note.contains(QStringLiteral("%1 recipient").arg(n)), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("1 who opted out")), qPrintable(note));
    QCOMPARE(startText, QStringLiteral("&New run for the %1 not reached…").arg(n));
    QCOMPARE(runCount(), 1);
    // So does answering No to the confirmation.
    MessageBox::setNextAnswer(QMessageBox::No);
    answerUnreachedPreflight(page, true, &note, &startText);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("%1 recipient").arg(n)), qPrintable(MessageBox::lastText()));
    QCOMPARE(runCount(), 1);
    QVERIFY(!page.runnerFor(id));

    // Confirmed: a linked run with exactly those recipients is sent; the stopped run stays stopped.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    answerUnreachedPreflight(page, true, &note, &startText);
    QTRY_COMPARE_WITH_TIMEOUT(runCount(), 2, 30000);   // planned on RunService's worker thread (issue 17)
    QVERIFY(q.exec(QStringLiteral("SELECT id, parent_run_id, run_kind FROM campaign_runs WHERE campaign_id = %1 "
                                  "ORDER BY id DESC LIMIT 1").arg(id)) && q.next());
    const qint64 linked = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toLongLong(), stopped);
    QCOMPARE(q.value(2).toString(), QStringLiteral("unreached"));
    q.finish();
    QSet<QString> inLinked;
    QVERIFY(q.exec(QStringLiteral("SELECT phone FROM recipients WHERE run_id = %1").arg(linked)));
    while (q.next())
        inLinked.insert(q.value(0).toString());
    q.finish();
    QCOMPARE(inLinked, expected);
    QTRY_VERIFY_WITH_TIMEOUT(!page.runnerFor(id), 30000);
    QCOMPARE(RecipientLedger(db).runStatus(linked, nullptr), QStringLiteral("sent"));
    QCOMPARE(RecipientLedger(db).runStatus(stopped, nullptr), QStringLiteral("stopped"));
}

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"

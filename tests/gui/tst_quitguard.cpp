// Issue 15 §4: closing the window while a run sends asks first (and explains that the agent can continue), closing
// with nothing sending does not; the scheduler's runs are notified (tray) and counted by the guard.
#include "engine/scheduler/scheduler.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/storage/workspace.h"
#include "sandboxcampaign.h"
#include "testworkspace.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/desktop/quitguard.h"
#include "ui/desktop/runnotifier.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

// The sandbox account with its templates, `contacts` opted-in contacts and one campaign named `name`; its id.
qint64 createCampaign(TestWorkspace &t, int contacts, const QString &name)
{
    QString error;
    QSqlDatabase db = t.workspace().database();
    const auto account = AccountStore(db).defaultAccount(&error);
    if (!account || !SandboxCampaign::syncTemplates(db, account->id, &error))
        qFatal("cannot set up the sandbox account: %s", qPrintable(error));
    if (SandboxCampaign::addOptedIn(db, SandboxCampaign::customers(contacts, QStringLiteral("+91987650"), 4), &error)
            .isEmpty())
        qFatal("cannot opt in: %s", qPrintable(error));
    const qint64 id = SandboxCampaign::create(db, account->id, name, QStringLiteral("appointment_reminder"),
                                              SandboxCampaign::appointmentReminderParams(), &error);
    if (id <= 0)
        qFatal("cannot create the campaign: %s", qPrintable(error));
    return id;
}

} // namespace

class TestQuitGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { MessageBox::clearNextAnswers(); }
    void nothingSendingClosesWithoutAQuestion();
    void sendingRunAsksAndKeepsOrStops();
    void handOverOnlyWithAgentAndScheduledRuns();
    void schedulerRunsAreNotifiedAndCounted();
    void outcomesMapToNotices_data();
    void outcomesMapToNotices();
};

void TestQuitGuard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_quitguard"));
}

void TestQuitGuard::init()
{
    QSettings().clear();
    MessageBox::clearNextAnswers();
}

void TestQuitGuard::nothingSendingClosesWithoutAQuestion()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.sending().total(), 0);
    MessageBox::setNextAnswer(QMessageBox::Cancel);   // would keep the window, were a question asked
    QVERIFY(window.close());
    QCOMPARE(MessageBox::pendingAnswers(), 1);        // no question was asked
    QVERIFY(!window.isVisible());
    QVERIFY(!window.handOverChosen());
}

void TestQuitGuard::sendingRunAsksAndKeepsOrStops()
{
    TestWorkspace ws;
    const qint64 id = createCampaign(ws, 300, QStringLiteral("Diwali offer"));
    QString error;
    const auto plan = CampaignStore(ws.workspace().database()).planRun(id, &error);
    QVERIFY2(plan && plan->runId > 0, qPrintable(error));

    MainWindow window(ws.workspace());
    window.setAgentAvailable([] { return false; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::Page::Campaigns);
    auto *page = window.findChild<CampaignsPage *>();
    QVERIFY(page);
    page->sendPlannedRun(id, plan->runId);
    QTRY_VERIFY_WITH_TIMEOUT(page->runnerFor(id), 10000);
    QCOMPARE(window.sending().windowRuns, 1);

    // Keep the window: the close is refused, the run goes on, and the question said what quitting does.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(window.isVisible());
    QVERIFY(page->runnerFor(id));
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(QStringLiteral("sending pauses")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("herald-cli agent")), qPrintable(text));

    // Stop sending and quit: the window closes (main() then quits; the page's runs pause when it is deleted).
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
    QVERIFY(!window.handOverChosen());
}

void TestQuitGuard::handOverOnlyWithAgentAndScheduledRuns()
{
    // An agent and a scheduled run: "Hand over" is offered and chosen.
    MessageBox::setNextAnswer(QMessageBox::Apply);
    QCOMPARE(QuitGuard::ask(nullptr, {0, 1, true}), QuitGuard::Choice::HandOver);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("The Herald agent runs on this computer")));
    // Only runs started by hand: nothing to hand over, so an answer that is not offered keeps the window.
    MessageBox::setNextAnswer(QMessageBox::Apply);
    QCOMPARE(QuitGuard::ask(nullptr, {1, 0, true}), QuitGuard::Choice::KeepWindow);
    // No agent: never handed over.
    MessageBox::setNextAnswer(QMessageBox::Apply);
    QCOMPARE(QuitGuard::ask(nullptr, {0, 2, false}), QuitGuard::Choice::KeepWindow);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(QuitGuard::ask(nullptr, {0, 2, false}), QuitGuard::Choice::StopAndQuit);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("2 campaign run")));
    QCOMPARE(QuitGuard::ask(nullptr, {0, 0, true}), QuitGuard::Choice::Quit);
}

void TestQuitGuard::schedulerRunsAreNotifiedAndCounted()
{
    TestWorkspace ws;
    const qint64 id = createCampaign(ws, 3, QStringLiteral("Weekly bakery news"));
    MainWindow window(ws.workspace());
    window.setAgentAvailable([] { return true; });
    Scheduler scheduler(ws.workspace());   // not started: the test speaks for it
    window.attachScheduler(&scheduler);
    QSignalSpy notices(window.runNotifier(), &RunNotifier::notified);

    Q_EMIT scheduler.runStarted(id, 41);
    QTRY_COMPARE(notices.size(), 1);
    auto notice = notices.at(0).at(0).value<RunNotifier::Notice>();
    QCOMPARE(notice.event, RunNotifier::Event::Started);
    QCOMPARE(notice.campaignId, id);
    QVERIFY2(notice.title.contains(QStringLiteral("Weekly bakery news")), qPrintable(notice.title));
    QCOMPARE(window.sending().scheduledRuns, 1);
    QVERIFY(window.sending().agentAvailable);
    QCOMPARE(window.runNotifier()->lastCampaign(), id);

    // A scheduled run is sending and an agent is there: quitting may hand it over.
    MessageBox::setNextAnswer(QMessageBox::Apply);
    QVERIFY(window.close());
    QVERIFY(window.handOverChosen());

    RunOutcome outcome;
    outcome.runId = 41;
    outcome.status = QStringLiteral("sent");
    outcome.counts.total = 3;
    Q_EMIT scheduler.runFinished(id, outcome);
    QTRY_COMPARE(notices.size(), 2);
    notice = notices.at(1).at(0).value<RunNotifier::Notice>();
    QCOMPARE(notice.event, RunNotifier::Event::Finished);
    QVERIFY2(notice.text.contains(QStringLiteral("3 recipient")), qPrintable(notice.text));
    QCOMPARE(window.sending().scheduledRuns, 0);

    // Clicking a notification (the tray's messageClicked) asks for that campaign's dashboard; the window shows it.
    window.setCurrentPage(MainWindow::Page::Contacts);
    Q_EMIT window.runNotifier()->dashboardRequested(window.runNotifier()->lastCampaign());
    QCOMPARE(window.currentPage(), MainWindow::Page::Dashboard);
}

void TestQuitGuard::outcomesMapToNotices_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("byPlaybook");
    QTest::addColumn<int>("event");   // -1: no notice
    QTest::addColumn<QString>("title");
    using E = RunNotifier::Event;
    QTest::newRow("sent") << QStringLiteral("sent") << false << int(E::Finished) << QStringLiteral("was sent");
    QTest::newRow("finished") << QStringLiteral("finished") << false << int(E::Finished) << QStringLiteral("was sent");
    QTest::newRow("stopped") << QStringLiteral("stopped") << false << int(E::Finished) << QStringLiteral("was stopped");
    QTest::newRow("daily limit") << QStringLiteral("waiting_daily_limit") << false << int(E::Paused)
                                 << QStringLiteral("paused");
    QTest::newRow("paused") << QStringLiteral("paused") << false << int(E::Paused) << QStringLiteral("paused");
    QTest::newRow("paused by provider") << QStringLiteral("paused") << true << int(E::NeedsDecision)
                                        << QStringLiteral("needs your decision");
    QTest::newRow("stopped by provider") << QStringLiteral("stopped") << true << int(E::NeedsDecision)
                                         << QStringLiteral("needs your decision");
    QTest::newRow("error") << QStringLiteral("error") << false << int(E::NeedsDecision)
                           << QStringLiteral("needs your decision");
    QTest::newRow("busy") << QStringLiteral("busy") << false << -1 << QString();
}

void TestQuitGuard::outcomesMapToNotices()
{
    QFETCH(QString, status);
    QFETCH(bool, byPlaybook);
    QFETCH(int, event);
    QFETCH(QString, title);
    RunOutcome outcome;
    outcome.status = status;
    outcome.byPlaybook = byPlaybook;
    outcome.reason = QStringLiteral("Meta paused the template.");
    const auto e = RunNotifier::eventFor(outcome);
    QCOMPARE(e.has_value(), event >= 0);
    if (!e)
        return;
    QCOMPARE(int(*e), event);
    const auto n = RunNotifier::notice(*e, 9, QStringLiteral("Diwali offer"), outcome);
    QVERIFY2(n.title.contains(QStringLiteral("“Diwali offer”")), qPrintable(n.title));
    QVERIFY2(n.title.contains(title), qPrintable(n.title));
    QCOMPARE(n.campaignId, qint64(9));
    if (*e == RunNotifier::Event::NeedsDecision || *e == RunNotifier::Event::Paused)
        QVERIFY2(n.text.contains(outcome.reason), qPrintable(n.text));
}

QTEST_MAIN(TestQuitGuard)
#include "tst_quitguard.moc"

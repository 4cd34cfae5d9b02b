// Start on the Campaigns page plans the run off the GUI thread (issue 17: no event-loop stall while a large audience
// is planned): the page shows how far planning is with Cancel, Cancel leaves nothing planned, and a second Start
// plans and sends.
#include "engine/send/campaignrunner.h"
#include "engine/send/runservice.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/storage/workspace.h"
#include "sandboxcampaign.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/campaigns/campaignruncontrol.h"
#include "ui/campaigns/campaignrunpanel.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/campaigns/preflightdialog.h"
#include "ui/messagebox.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <atomic>

namespace {

constexpr int kContacts = 3000;

qint64 createCampaign(TestWorkspace &t, int contacts)
{
    QString error;
    QSqlDatabase db = t.workspace().database();
    const auto account = AccountStore(db).defaultAccount(&error);
    if (!account || !SandboxCampaign::syncTemplates(db, account->id, &error))
        qFatal("cannot set up the sandbox account: %s", qPrintable(error));
    if (SandboxCampaign::addOptedIn(db, SandboxCampaign::customers(contacts, QStringLiteral("+9198765"), 5), &error)
            .isEmpty())
        qFatal("cannot opt in: %s", qPrintable(error));
    const qint64 id = SandboxCampaign::create(db, account->id, QStringLiteral("Reminders"),
                                              QStringLiteral("appointment_reminder"),
                                              SandboxCampaign::appointmentReminderParams(), &error);
    if (id <= 0)
        qFatal("cannot create the campaign: %s", qPrintable(error));
    return id;
}

template<typename T>
T *child(QObject &parent, const char *name)
{
    auto *w = parent.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

int count(Workspace &ws, const QString &sql, qint64 campaignId)
{
    QSqlQuery q(ws.database());
    q.prepare(sql);
    q.addBindValue(campaignId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int runs(Workspace &ws, qint64 campaignId)
{
    return count(ws, QStringLiteral("SELECT COUNT(*) FROM campaign_runs WHERE campaign_id = ?"), campaignId);
}

int recipients(Workspace &ws, qint64 campaignId)
{
    return count(ws,
                 QStringLiteral("SELECT COUNT(*) FROM recipients r JOIN campaign_runs cr ON cr.id = r.run_id "
                                "WHERE cr.campaign_id = ?"),
                 campaignId);
}

// Start, then the pre-flight report's Start (it opens modally for a run that is not planned yet).
void startThroughPreflight(CampaignsPage &page)
{
    bool answered = false;
    QTimer::singleShot(0, &page, [&] {
        PreflightDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<PreflightDialog *>()) != nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isChecked(), 20000);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        answered = true;
    });
    QTest::mouseClick(child<QToolButton>(page, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(answered);
}

} // namespace

class TestCampaignPlanning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::clearNextAnswers(); }
    void planningRunsBesideTheWindowAndCancelRollsBack();
};

void TestCampaignPlanning::planningRunsBesideTheWindowAndCancelRollsBack()
{
    TestWorkspace t;
    const qint64 id = createCampaign(t, kContacts);
    CampaignsPage page(t.workspace());
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.selectCampaign(id);
    QStringList messages;
    connect(&page, &CampaignsPage::statusMessage, &page, [&](const QString &m) { messages << m; });
    auto *control = page.findChild<CampaignRunControl *>();
    QVERIFY(control);

    // The planning thread is held at its first report until this thread has shown it: the window must go on
    // processing events while a run is planned, half written, in its transaction.
    QSemaphore gate;
    std::atomic_bool hold{true};
    std::atomic<QThread *> planningThread{nullptr};
    bool hooked = false;
    connect(control, &CampaignRunControl::runChanged, &page, [&](qint64) {
        auto *service = control->findChild<RunService *>();
        if (hooked || !service)
            return;
        hooked = true;
        connect(
            service, &RunService::planningProgress, service,
            [&](qint64, qint64) {
                planningThread = QThread::currentThread();
                if (hold.exchange(false))
                    gate.acquire();
            },
            Qt::DirectConnection);
    });
    const auto release = qScopeGuard([&] { gate.release(); });   // never leave the planning thread waiting

    startThroughPreflight(page);
    auto *box = child<QWidget>(page, "planningBox");
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 30000);
    QVERIFY(planningThread.load() != nullptr);
    QVERIFY(planningThread.load() != QThread::currentThread());
    QCOMPARE(child<QLabel>(page, "planningText")->text(),
             CampaignRunPanel::tr("Preparing %1 of %2 recipients…").arg(QLocale().toString(0), QLocale().toString(kContacts)));
    QCOMPARE(child<QProgressBar>(page, "planningProgress")->maximum(), kContacts);
    for (const char *name : {"startButton", "pauseButton", "resumeButton", "stopButton", "editButton"})
        QVERIFY2(!child<QToolButton>(page, name)->isEnabled(), name);
    QVERIFY(control->isSending(id));
    QVERIFY(!page.runnerFor(id));
    Screenshot::save(&page, QStringLiteral("campaigns-planning"));

    // Cancel: the planning thread stops at its next report and rolls back; nothing was planned, nobody asked.
    QTest::mouseClick(child<QPushButton>(page, "cancelPlanningButton"), Qt::LeftButton);
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(!control->isSending(id), 30000);
    QVERIFY(!box->isVisible());
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY2(!messages.isEmpty() && messages.last().contains(QStringLiteral("cancelled")),
             qPrintable(messages.join(QLatin1Char('|'))));
    QCOMPARE(runs(t.workspace(), id), 0);
    QCOMPARE(recipients(t.workspace(), id), 0);
    QVERIFY(child<QToolButton>(page, "startButton")->isEnabled());

    // A second Start plans every recipient and sends.
    startThroughPreflight(page);
    QTRY_VERIFY_WITH_TIMEOUT(page.runnerFor(id), 60000);
    QVERIFY(!box->isVisible());
    QCOMPARE(runs(t.workspace(), id), 1);
    QCOMPARE(recipients(t.workspace(), id), kContacts);
    const QStringList planned = messages.filter(QStringLiteral("Planned"));
    QVERIFY2(planned.size() == 1 && planned.first().contains(QLocale().toString(kContacts)),
             qPrintable(messages.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestCampaignPlanning)
#include "tst_campaignplanning.moc"

// The investigation view: the toolbar's phone search (Ctrl+K, Enter) opens a number's history, which shows each
// message with its statuses and the raw webhook payload; an unknown number says so; the contacts page's
// "Message history…" opens the same view.
#include "models/status/webhookapplier.h"
#include "models/storage/workspace.h"
#include "relayfeedsfixture.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/contacts/contactspage.h"
#include "ui/investigation/contacthistoryview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace RelayFeedsFixture;

namespace {

const QString kPhone = QStringLiteral("+14155550123");
const QString kDigits = QStringLiteral("14155550123");
constexpr qint64 T0 = 1795600000;

// Two campaign messages to kPhone (one read and replied to, one failed with 131026) applied from webhooks.
void seed(QSqlDatabase db)
{
    const qint64 run1 = addRun(db, QStringLiteral("Spring sale"));
    const qint64 run2 = addRun(db, QStringLiteral("Black Friday"));
    addRecipient(db, run1, kPhone, QStringLiteral("accepted"), QStringLiteral("wamid.V1"), T0 * 1000);
    addRecipient(db, run2, kPhone, QStringLiteral("accepted"), QStringLiteral("wamid.V2"), (T0 + 1000) * 1000);
    exec(db, QStringLiteral("UPDATE recipients SET claimed_at = accepted_at"));
    WebhookApplier applier(db);
    qint64 cursor = 0;
    const auto apply = [&](const QJsonObject &payload) {
        WebhookApplier::FeedEvent e;
        e.cursor = ++cursor;
        e.receivedAtMs = (T0 + 5000) * 1000;
        e.kind = QStringLiteral("whatsapp");
        e.payload = payload;
        QString error;
        if (!applier.apply(1, {e}, QStringLiteral("http://relay.test"), cursor, &error))
            qFatal("apply: %s", qPrintable(error));
    };
    apply(statusPayload({status(QStringLiteral("wamid.V1"), QStringLiteral("sent"), T0 + 1, {}, kDigits),
                         status(QStringLiteral("wamid.V1"), QStringLiteral("delivered"), T0 + 2, {}, kDigits)}));
    apply(statusPayload({status(QStringLiteral("wamid.V1"), QStringLiteral("read"), T0 + 60, {}, kDigits)}));
    apply(messagePayload(kDigits, QStringLiteral("wamid.IN1"), T0 + 120, QStringLiteral("text"),
                         QStringLiteral("Is the offer still on?"), QStringLiteral("wamid.V1")));
    apply(statusPayload({status(QStringLiteral("wamid.V2"), QStringLiteral("failed"), T0 + 1001, {}, kDigits, 131026)}));
    // An older "order placed" event that a triggered campaign suppressed.
    WebhookApplier::FeedEvent e;
    e.cursor = ++cursor;
    e.receivedAtMs = (T0 - 1000) * 1000;
    e.kind = QStringLiteral("business");
    e.payload = {{QStringLiteral("event"), QStringLiteral("order_placed")}, {QStringLiteral("phone"), kPhone},
                 {QStringLiteral("occurred_at"), (T0 - 1000) * 1000},
                 {QStringLiteral("data"), QJsonObject{{QStringLiteral("order_id"), QStringLiteral("A-17")}}}};
    QString error;
    if (!applier.apply(1, {e}, QStringLiteral("http://relay.test"), cursor, &error))
        qFatal("apply: %s", qPrintable(error));
    exec(db, QStringLiteral("UPDATE campaigns SET kind = 'triggered' WHERE name = 'Spring sale'"));
    exec(db, QStringLiteral("INSERT INTO trigger_fires (campaign_id, event_id, phone, due_at, state, reason, decided_at, "
                            "created_at) VALUES ((SELECT id FROM campaigns WHERE name = 'Spring sale'), "
                            "(SELECT id FROM business_events), ?, ?, 'suppressed', 'quiet hours', ?, 0)"),
         {kPhone, (T0 - 900) * 1000, (T0 - 900) * 1000});
}

ContactHistoryView *openView(MainWindow &window)
{
    ContactHistoryView *view = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        view = window.findChild<ContactHistoryView *>();
        return view && view->isVisible();
    }, 5000);
    return shown ? view : nullptr;
}

} // namespace

class TestContactHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void toolbarSearchOpensHistory();
    void unknownAndInvalidNumbersSaySo();
    void contactsContextMenuOpensHistory();
};

void TestContactHistoryView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_contacthistoryview"));
}

void TestContactHistoryView::init()
{
    QSettings().clear();
}

void TestContactHistoryView::toolbarSearchOpensHistory()
{
    TestWorkspace ws;
    seed(ws.workspace().database());
    MainWindow window(ws.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("phoneSearch"));
    QVERIFY(search);
    QCOMPARE(search->placeholderText(), QStringLiteral("Find a phone number…"));

    // Ctrl+K focuses it from anywhere in the window.
    window.contactsPage()->setFocus();
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    // A number written with spaces and dashes is normalised before the lookup.
    QTest::keyClicks(search, QStringLiteral("+1 415-555-0123"));
    QTest::keyClick(search, Qt::Key_Return);
    ContactHistoryView *view = openView(window);
    QVERIFY(view);
    QCOMPARE(view->phone(), kPhone);
    QVERIFY(view->windowTitle().contains(kPhone));

    QTreeWidget *tree = view->tree();
    QCOMPARE(tree->objectName(), QStringLiteral("historyTree"));
    QVERIFY(!tree->accessibleName().isEmpty());
    QCOMPARE(tree->topLevelItemCount(), 3);
    // The oldest: the business event with the triggered campaign's decision under it.
    QTreeWidgetItem *event = tree->topLevelItem(2);
    QVERIFY(event->text(0).contains(QStringLiteral("order_placed")));
    QCOMPARE(event->childCount(), 1);
    QVERIFY(event->child(0)->text(2).contains(QStringLiteral("quiet hours")));
    // Newest first: the failed message, then the read one with its statuses and the reply.
    QTreeWidgetItem *failed = tree->topLevelItem(0);
    QVERIFY(failed->text(0).contains(QStringLiteral("Black Friday")));
    QVERIFY(failed->text(2).contains(QStringLiteral("131026")));
    QTreeWidgetItem *read = tree->topLevelItem(1);
    QVERIFY(read->text(0).contains(QStringLiteral("Spring sale")));
    QCOMPARE(read->childCount(), 4);   // sent, delivered, read, reply
    QVERIFY(read->child(0)->text(0).contains(QStringLiteral("sent")));
    QVERIFY(read->child(2)->text(0).contains(QStringLiteral("read")));
    QVERIFY(!read->child(2)->text(1).isEmpty());   // each status with its time
    QVERIFY(read->child(3)->text(0).contains(QStringLiteral("Is the offer still on?")));

    // The failed message explains the error in plain words and shows its payload.
    QCOMPARE(tree->currentItem(), failed);
    QVERIFY(view->details()->toPlainText().contains(QStringLiteral("131026")));
    QVERIFY(view->payloadView()->toPlainText().contains(QStringLiteral("\"code\": 131026")));
    QVERIFY(view->payloadView()->isReadOnly());
    view->resize(1100, 680);
    Screenshot::save(view, QStringLiteral("contact-history-failed"));

    // Keyboard: down arrows walk to the read status; its own payload, pretty-printed.
    tree->setFocus();
    tree->setCurrentItem(read);
    QTest::keyClick(tree, Qt::Key_Down);   // sent
    QTest::keyClick(tree, Qt::Key_Down);   // delivered
    QTest::keyClick(tree, Qt::Key_Down);   // read
    QCOMPARE(tree->currentItem(), read->child(2));
    const QString payload = view->payloadView()->toPlainText();
    QVERIFY2(payload.contains(QStringLiteral("\"status\": \"read\"")), qPrintable(payload));
    QVERIFY(payload.contains(QStringLiteral("wamid.V1")));
    QVERIFY(payload.contains(QLatin1Char('\n')));   // indented, not one line
    QVERIFY(view->details()->toPlainText().contains(QStringLiteral("read")));

    auto *copy = view->findChild<QPushButton *>(QStringLiteral("copyPayload"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), payload);

    view->resize(1100, 680);
    Screenshot::save(view, QStringLiteral("contact-history"));
    view->close();
}

void TestContactHistoryView::unknownAndInvalidNumbersSaySo()
{
    TestWorkspace ws;
    seed(ws.workspace().database());
    MainWindow window(ws.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("phoneSearch"));
    QTest::keyClicks(search, QStringLiteral("+4915123456789"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("+4915123456789")));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("knows nothing")));
    QVERIFY(!window.findChild<ContactHistoryView *>());

    search->clear();
    QTest::keyClicks(search, QStringLiteral("hello"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("not a phone number")));
    QVERIFY(!window.findChild<ContactHistoryView *>());
}

void TestContactHistoryView::contactsContextMenuOpensHistory()
{
    TestWorkspace ws;
    seed(ws.workspace().database());
    MainWindow window(ws.workspace());
    window.setCurrentPage(MainWindow::Page::Contacts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.contactsPage()->view();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    view->setCurrentIndex(view->model()->index(0, 0));
    auto *action = window.contactsPage()->findChild<QAction *>(QStringLiteral("actionMessageHistory"));
    QVERIFY(action);
    action->trigger();
    ContactHistoryView *history = openView(window);
    QVERIFY(history);
    QCOMPARE(history->phone(), kPhone);
    history->close();
}

QTEST_MAIN(TestContactHistoryView)
#include "tst_contacthistoryview.moc"

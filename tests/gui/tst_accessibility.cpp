// Accessibility (issue 15 §5): on every page of the window and of both wizards, each visible interactive control
// (buttons, fields, combo boxes, tables, lists, check boxes, tool buttons, sliders) has a name a screen reader can
// read, found by walking the QAccessible tree as one does; the dashboard's chart announces each bar with its figure;
// and every page has a keyboard path: Tab from the navigation reaches the page's controls in reading order.
#include "engine/sandbox/demoworkspace.h"
#include "screentour.h"
#include "testworkspace.h"
#include "ui/dashboard/statschartview.h"

#include <QListWidget>
#include <QSet>
#include <QStackedWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName();
    void chartAnnouncesItsBars();
    void tabWalksEveryPage();
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings().clear();
    ScreenTour::installLanguage(QStringLiteral("en"));
}

void TestAccessibility::everyControlHasAName()
{
    TestWorkspace ws;
    QString error;
    QVERIFY2(DemoWorkspace::populate(ws.workspace(), &error) >= 0, qPrintable(error));
    QVERIFY(ScreenTour::addSentRun(ws.workspace()));
    QStringList nameless;
    QStringList undescribed;
    int screens = 0;
    ScreenTour::tour(ws.workspace(), QSize(1280, 800), ws.dir(), [&](const QString &name, QWidget *window) {
        ++screens;
        for (const QString &n : ScreenTour::namelessControls(window))
            nameless << name + QStringLiteral(": ") + n;
        for (const QString &n : ScreenTour::namelessControls(window, true))
            undescribed << name + QStringLiteral(": ") + n;
    });
    QCOMPARE(screens, MainWindow::PageCount + 4 + 2);
    if (!undescribed.isEmpty())   // a description helps; a name is required
        qInfo().noquote() << QStringLiteral("Without a description:\n") + undescribed.join(QLatin1Char('\n'));
    if (!nameless.isEmpty())
        qWarning().noquote() << nameless.join(QLatin1Char('\n'));
    QCOMPARE(nameless.size(), 0);
}

// The chart is one control with seven bars: a screen reader gets "Delivered: 1,234, 94.6% of sent" for each,
// as its accessible children and in its description.
void TestAccessibility::chartAnnouncesItsBars()
{
    StatsChartView chart;
    chart.setCounts(ScreenTour::sampleCounts());
    chart.resize(640, 360);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&chart);
    QVERIFY(iface);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    const QList<CampaignStats::Stat> stats = StatsChartView::stats();
    QCOMPARE(iface->childCount(), int(stats.size()));
    const QLocale locale;
    for (int i = 0; i < int(stats.size()); ++i) {
        QAccessibleInterface *bar = iface->child(i);
        QVERIFY(bar);
        const QString text = bar->text(QAccessible::Name);
        QVERIFY2(text.startsWith(StatsChartView::statTitle(stats.at(i)) + QStringLiteral(": ")), qPrintable(text));
        QCOMPARE(text, chart.barDescription(i));
        QVERIFY(bar->rect().isValid());
        QCOMPARE(bar->parent(), iface);
    }
    QVERIFY2(iface->child(2)->text(QAccessible::Name).contains(locale.toString(1234)),
             qPrintable(iface->child(2)->text(QAccessible::Name)));
    chart.setCurrentBar(3);
    QVERIFY(iface->child(3)->state().focused || iface->child(3)->state().selected);
}

// From the navigation list, Tab reaches the controls of each page (the empty dashboard has one) and never gets stuck
// in a table.
void TestAccessibility::tabWalksEveryPage()
{
    TestWorkspace ws;
    QString error;
    QVERIFY2(DemoWorkspace::populate(ws.workspace(), &error) >= 0, qPrintable(error));
    MainWindow window(ws.workspace());
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window.setCurrentPage(static_cast<MainWindow::Page>(i));
        navigation->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(navigation->hasFocus());
        QSet<QWidget *> reached;
        for (int step = 0; step < 60; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            if (!focus || focus == navigation)
                break;
            reached.insert(focus);
        }
        int onPage = 0;
        for (QWidget *w : reached)
            onPage += pages->currentWidget()->isAncestorOf(w) ? 1 : 0;
        QVERIFY2(onPage >= 1, qPrintable(QStringLiteral("page %1: Tab reached %2 of its controls").arg(i).arg(onPage)));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

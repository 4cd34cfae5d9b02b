// Right-to-left readiness: every page of the main window, laid out right to left (as Arabic or Hebrew would), is
// the mirror image of its left-to-right layout. For each visible widget the test compares its place in the window
// both ways: with the same size in a parent of the same size, its left edge right to left must be the parent's width minus its right edge left
// to right. A hard-coded left alignment, a fixed x position or a layout built by hand shows up as a widget that
// does not move. The screenshots (HERALD_SCREENSHOT_DIR) are rtl-<page>.png.
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLayout>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Placement
{
    QRect rect; // in its parent's coordinates
    int parentWidth = 0;
};

// Every visible widget of the current page and the window's frame around it, by a path that names it the same way
// in both layouts (object names where set, else class and index among its siblings).
QHash<QString, Placement> placements(QWidget *window)
{
    QHash<QString, Placement> out;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisibleTo(window) || w->isWindow() || w->width() <= 0)
            continue;
        QString path;
        for (QWidget *p = w; p && p != window; p = p->parentWidget()) {
            const QString name = p->objectName().isEmpty()
                ? QString::fromLatin1(p->metaObject()->className()) + QLatin1Char('#')
                    + QString::number(p->parentWidget() ? p->parentWidget()->children().indexOf(p) : 0)
                : p->objectName();
            path.prepend(name + QLatin1Char('/'));
        }
        out.insert(path, { w->geometry(), w->parentWidget()->width() });
    }
    return out;
}

void settle(QWidget *window)
{
    for (int i = 0; i < 3; ++i) {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
        if (window->layout())
            window->layout()->activate();
    }
}

} // namespace

class TestRtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pageMirrors_data();
    void pageMirrors();
};

void TestRtl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_rtl"));
    QSettings().clear();
}

void TestRtl::cleanup()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestRtl::pageMirrors_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("dashboard") << int(MainWindow::Page::Dashboard);
    QTest::newRow("campaigns") << int(MainWindow::Page::Campaigns);
    QTest::newRow("contacts") << int(MainWindow::Page::Contacts);
    QTest::newRow("templates") << int(MainWindow::Page::Templates);
    QTest::newRow("settings") << int(MainWindow::Page::Settings);
}

void TestRtl::pageMirrors()
{
    QFETCH(int, page);
    TestWorkspace ws;
    QString error;
    Contact c;
    c.phone = QStringLiteral("+5511987650001");
    c.name = QStringLiteral("Renata Alves");
    c.optInAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(ContactStore(ws.workspace().database()).upsert(c, &error) > 0, qPrintable(error));

    MainWindow window(ws.workspace());
    window.resize(1280, 800);
    window.setCurrentPage(static_cast<MainWindow::Page>(page));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle(&window);
    const QHash<QString, Placement> ltr = placements(&window);
    const int width = window.width();

    QApplication::setLayoutDirection(Qt::RightToLeft);
    settle(&window);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.width(), width);
    const QHash<QString, Placement> rtl = placements(&window);

    // The navigation list moves to the right edge, the page to its left.
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(navigation && pages);
    QVERIFY(navigation->mapTo(&window, QPoint(0, 0)).x() > pages->mapTo(&window, QPoint(0, 0)).x());

    QStringList unmirrored;
    int compared = 0;
    for (auto it = ltr.cbegin(); it != ltr.cend(); ++it) {
        const auto other = rtl.constFind(it.key());
        // Each layout is judged on its own: a widget's place in its parent, when neither changed size.
        if (other == rtl.cend() || other->rect.size() != it->rect.size() || other->parentWidth != it->parentWidth)
            continue;
        ++compared;
        const int expected = it->parentWidth - (it->rect.x() + it->rect.width());
        if (qAbs(other->rect.x() - expected) > 2)
            unmirrored << QStringLiteral("%1: x %2 left to right, %3 right to left, %4 expected")
                              .arg(it.key())
                              .arg(it->rect.x())
                              .arg(other->rect.x())
                              .arg(expected);
    }
    QVERIFY2(compared > 10, qPrintable(QString::number(compared)));
    Screenshot::save(&window, QStringLiteral("rtl-") + QString::fromLatin1(QTest::currentDataTag()));
    if (!unmirrored.isEmpty())
        qWarning().noquote() << unmirrored.join(QLatin1Char('\n'));
    QCOMPARE(unmirrored.size(), 0);
}

QTEST_MAIN(TestRtl)
#include "tst_rtl.moc"

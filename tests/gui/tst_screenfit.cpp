// Fits every screen (issue 15 §3): each page of the window and of both wizards, in each language Herald speaks, at
// 1024×700 and at what 1366×768 leaves at 125 % scaling (1092×614), shows no widget clipped by its parent, no two
// visible siblings on top of each other and no label or button too narrow for its text; phone numbers show whole and
// the chart keeps every axis label. The window can be made 1,000 px wide. Registered twice: at 1× and with
// QT_SCALE_FACTOR=2. Screenshots: <HERALD_SCREENSHOT_DIR>/fit-<language>-<size>-<screen>.png.
#include "engine/sandbox/demoworkspace.h"
#include "models/itemmodels/contacttablemodel.h"
#include "screentour.h"
#include "testworkspace.h"
#include "ui/dashboard/statschartview.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QHeaderView>
#include <QIcon>
#include <QPixmap>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QtMath>

class TestScreenFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void windowCanBeNarrow();
    void iconIsSharpAtTwiceTheScale();
    void everyScreenFits_data();
    void everyScreenFits();
};

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenfit"));
    QSettings().clear();
}

void TestScreenFit::cleanup()
{
    ScreenTour::installLanguage(QStringLiteral("en"));
}

// The window's minimum size fits a 1,000 px wide screen, and what 1366×768 at 125 % leaves for it.
void TestScreenFit::windowCanBeNarrow()
{
    TestWorkspace ws;
    QString error;
    QVERIFY2(DemoWorkspace::populate(ws.workspace(), &error) >= 0, qPrintable(error));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("hi")}) {
        ScreenTour::installLanguage(language);
        MainWindow window(ws.workspace());
        window.show();
        ScreenTour::settle(&window);
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QStringList widest;   // which page asks for the width, and which of its parts
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        for (int i = 0; i < pages->count(); ++i) {
            QWidget *page = pages->widget(i);
            widest << QStringLiteral("%1 %2").arg(page->objectName()).arg(page->minimumSizeHint().width());
            for (QWidget *child : page->findChildren<QWidget *>()) {
                if (child->minimumSizeHint().width() > 400 && child->isVisibleTo(page))
                    widest << QStringLiteral("  %1 %2").arg(ScreenTour::pathOf(child)).arg(child->minimumSizeHint().width());
            }
        }
        QVERIFY2(minimum.width() <= 1000, qPrintable(QStringLiteral("%1: %2 px\n%3")
                                                         .arg(language)
                                                         .arg(minimum.width())
                                                         .arg(widest.join(QLatin1Char('\n')))));
        QVERIFY2(minimum.height() <= 600, qPrintable(QStringLiteral("%1: %2 px").arg(language).arg(minimum.height())));
    }
}

// The window's icon has real pixels for a 2× screen: a 64 px icon there is drawn from a 128 px image, not scaled up.
void TestScreenFit::iconIsSharpAtTwiceTheScale()
{
    TestWorkspace ws;
    MainWindow window(ws.workspace());
    const QIcon icon = QApplication::windowIcon();
    QVERIFY(!icon.isNull());
    for (const QSize &size : {QSize(16, 16), QSize(32, 32), QSize(64, 64), QSize(128, 128)}) {
        const QPixmap pixmap = icon.pixmap(size, 2.0);
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.size(), size * 2);
        QVERIFY(icon.availableSizes().contains(size * 2));
    }
}

void TestScreenFit::everyScreenFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    const QStringList languages = QStringList{QStringLiteral("en")} + Languages::available();
    for (const QString &language : languages) {
        for (const QSize &size : {QSize(1024, 700), QSize(1092, 614)}) {
            const QString tag = QStringLiteral("%1@%2x%3").arg(language).arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(tag)) << language << size;
        }
    }
}

void TestScreenFit::everyScreenFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QVERIFY(Languages::available().size() >= 4);   // pt_BR, es_419, id, hi are all judged
    ScreenTour::installLanguage(language);
    TestWorkspace ws;
    QString error;
    QVERIFY2(DemoWorkspace::populate(ws.workspace(), &error) >= 0, qPrintable(error));
    QVERIFY(ScreenTour::addSentRun(ws.workspace()));

    QStringList problems;
    QStringList seen;
    const QString prefix = QStringLiteral("fit-%1-%2x%3-").arg(language).arg(size.width()).arg(size.height());
    ScreenTour::tour(ws.workspace(), size, ws.dir(), [&](const QString &name, QWidget *window) {
        seen << name;
        if (qobject_cast<MainWindow *>(window) && window->size() != size)   // a minimum size larger than the screen
            problems << QStringLiteral("%1: the window is %2×%3, not %4×%5")
                            .arg(name)
                            .arg(window->width())
                            .arg(window->height())
                            .arg(size.width())
                            .arg(size.height());
        for (const QString &p : ScreenTour::layoutProblems(window))
            problems << name + QStringLiteral(": ") + p;
        // Phone numbers show whole: the phone column is at least as wide as its widest number.
        if (name == QLatin1String("contacts")) {
            auto *table = window->findChild<QTableView *>(QStringLiteral("contactsTable"));
            const int column = ContactTableModel::PhoneColumn;
            const int needed = table ? static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column) : 0;
            if (table && table->model()->rowCount() > 0 && table->columnWidth(column) < needed)
                problems << QStringLiteral("contacts: the phone column is %1 px, its numbers need %2")
                                .arg(table->columnWidth(column))
                                .arg(needed);
        }
        // Every bar keeps its label under the chart: each label's box, level or turned, fits the width of its column
        // (Qt Charts hides a label whose box overlaps its neighbour's).
        if (name == QLatin1String("dashboard")) {
            auto *chart = window->findChild<StatsChartView *>();
            if (chart && chart->isVisible()) {
                const auto axes = chart->statsChart()->axes(Qt::Horizontal);
                auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
                const qreal column = chart->statsChart()->plotArea().width() / qMax(1, int(axis ? axis->count() : 1));
                const QFontMetricsF metrics(axis ? axis->labelsFont() : QFont());
                // The box of a turned label: what Qt Charts compares with its neighbour's before hiding it.
                const qreal angle = qDegreesToRadians(qreal(axis ? axis->labelsAngle() : 0));
                for (const QString &label : axis ? axis->categories() : QStringList()) {
                    const qreal footprint = metrics.horizontalAdvance(label) * qAbs(qCos(angle))
                        + metrics.height() * qAbs(qSin(angle));
                    if (footprint > column)
                        problems << QStringLiteral("dashboard: the chart label “%1” needs %2 px, its bar has %3")
                                        .arg(label)
                                        .arg(footprint)
                                        .arg(column);
                }
            }
        }
        QVERIFY(Screenshot::save(window, prefix + name));
    });
    QCOMPARE(seen.size(), MainWindow::PageCount + 4 + 2);   // every page, the wizards' pages
    if (!problems.isEmpty())
        qWarning().noquote() << problems.join(QLatin1Char('\n'));
    QCOMPARE(problems.size(), 0);
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"

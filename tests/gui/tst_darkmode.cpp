// Dark mode (issue 15 §3): the colours Herald picks itself (tone badges and boxes, notes, the charts) come in a light
// and a dark variant chosen by the palette, and text stays readable on its background (WCAG AA: 4.5:1 for text,
// 3:1 for bars). Judged on rendered pixels where a widget draws them, and on the charts' items; the charts follow a
// palette switched while they are shown. Screenshots: <HERALD_SCREENSHOT_DIR>/dark-<screen>.png.
#include "engine/sandbox/demoworkspace.h"
#include "screentour.h"
#include "testworkspace.h"
#include "ui/dashboard/statschartview.h"
#include "ui/tonestyle.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>

#include <cmath>

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

QPalette lightPalette()
{
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}

// The most frequent colour of an image (a badge's background) and the colour that differs most from it (its text).
std::pair<QColor, QColor> backgroundAndInk(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            background = it.key();
        }
    }
    QColor ink;
    double most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double c = contrast(QColor(it.key()), QColor(background));
        if (c > most && it.value() >= 3) {
            most = c;
            ink = QColor(it.key());
        }
    }
    return {QColor(background), ink};
}

} // namespace

class TestDarkMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tonesReadInBothThemes_data();
    void tonesReadInBothThemes();
    void chartFollowsTheTheme();
    void badgesAreDarkAndReadable();
};

void TestDarkMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_darkmode"));
    QSettings().clear();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestDarkMode::cleanup()
{
    QApplication::setPalette(lightPalette());
}

void TestDarkMode::tonesReadInBothThemes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestDarkMode::tonesReadInBothThemes()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : lightPalette();
    QCOMPARE(isDarkPalette(palette), dark);
    for (Tone tone : {Tone::Neutral, Tone::Active, Tone::Warning, Tone::Danger, Tone::Success}) {
        const ToneColors c = toneColors(tone, palette);
        QVERIFY2(contrast(c.text, c.background) >= 4.5,
                 qPrintable(QStringLiteral("tone %1: %2").arg(int(tone)).arg(contrast(c.text, c.background))));
        // A badge belongs to its theme: a dark badge in a dark window, a light one in a light window.
        QCOMPARE(c.background.lightnessF() < 0.5, dark);
        const QColor onWindow = toneText(tone, palette);
        QVERIFY2(contrast(onWindow, palette.color(QPalette::Window)) >= 4.5,
                 qPrintable(QStringLiteral("tone %1 on the window: %2")
                                .arg(int(tone))
                                .arg(contrast(onWindow, palette.color(QPalette::Window)))));
        QVERIFY(toneStyle(tone, palette).contains(c.background.name()));
    }
}

// The statistics chart drawn on a dark palette: a dark background, readable axis labels and figures, bars that stand
// out; switching the palette while it shows re-styles it.
void TestDarkMode::chartFollowsTheTheme()
{
    QApplication::setPalette(lightPalette());
    StatsChartView chart;
    chart.setCounts(ScreenTour::sampleCounts());
    chart.resize(720, 360);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.statsChart()->backgroundBrush().color().lightnessF() > 0.5);

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(chart.statsChart()->backgroundBrush().color().lightnessF() < 0.5);
    const QColor background = chart.statsChart()->backgroundBrush().color();
    QCOMPARE(background, darkPalette().color(QPalette::Base));
    for (QAbstractAxis *axis : chart.statsChart()->axes())
        QVERIFY2(contrast(axis->labelsBrush().color(), background) >= 4.5, qPrintable(axis->objectName()));
    int texts = 0;
    for (QGraphicsItem *item : chart.statsChart()->childItems()) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            ++texts;
            QVERIFY2(contrast(label->brush().color(), background) >= 4.5,
                     qPrintable(label->text() + QStringLiteral(": ")
                                + QString::number(contrast(label->brush().color(), background))));
        }
    }
    QVERIFY(texts >= 2 * int(StatsChartView::stats().size()));   // each bar's count and rate
    for (QBarSet *set : chart.series()->barSets())
        QVERIFY2(contrast(set->color(), background) >= 3.0,
                 qPrintable(set->label() + QStringLiteral(": ") + QString::number(contrast(set->color(), background))));
    // Rendered: the chart's pixels are dark.
    const QImage image = chart.grab().toImage();
    QVERIFY(QColor(image.pixel(4, 4)).lightnessF() < 0.5);
    QVERIFY(Screenshot::save(&chart, QStringLiteral("dark-chart")));

    QApplication::setPalette(lightPalette());
    QTRY_VERIFY(chart.statsChart()->backgroundBrush().color().lightnessF() > 0.5);
}

// Every screen in a dark palette; the Campaigns page's status badge, as drawn, is dark with readable text.
void TestDarkMode::badgesAreDarkAndReadable()
{
    QApplication::setPalette(darkPalette());
    TestWorkspace ws;
    QString error;
    QVERIFY2(DemoWorkspace::populate(ws.workspace(), &error) >= 0, qPrintable(error));
    QVERIFY(ScreenTour::addSentRun(ws.workspace()));
    int badges = 0;
    ScreenTour::tour(ws.workspace(), QSize(1280, 800), ws.dir(), [&](const QString &name, QWidget *window) {
        QVERIFY(Screenshot::save(window, QStringLiteral("dark-") + name));
        if (name != QLatin1String("campaigns"))
            return;
        auto *page = window->findChild<QWidget *>(QStringLiteral("campaignsPage"));
        auto *table = page->findChild<QAbstractItemView *>(QStringLiteral("campaignTable"));
        QVERIFY(table && table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        ScreenTour::settle(window);
        for (auto *label : page->findChildren<QLabel *>(QStringLiteral("runStatus"))) {
            if (!label->isVisible())
                continue;
            ++badges;
            const auto [background, ink] = backgroundAndInk(label->grab().toImage());
            QVERIFY2(background.lightnessF() < 0.5, qPrintable(background.name()));
            QVERIFY2(contrast(background, ink) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: %3")
                                    .arg(ink.name(), background.name())
                                    .arg(contrast(background, ink))));
        }
        QVERIFY(Screenshot::save(window, QStringLiteral("dark-campaigns-selected")));
    });
    QCOMPARE(badges, 1);
}

QTEST_MAIN(TestDarkMode)
#include "tst_darkmode.moc"

#include "screenshot.h"
#include "ui/templates/templatepreview.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace {

TemplateButton button(TemplateButton::Type type, const QString &text)
{
    TemplateButton b;
    b.type = type;
    b.text = text;
    return b;
}

// Every component kind: a text header with a variable, a body with named examples and *bold*, a footer, and
// buttons of every kind (more than three, so the phone's "See all options" row appears).
MessageTemplate fullTemplate()
{
    MessageTemplate t;
    t.name = QStringLiteral("order_update");
    t.language = QStringLiteral("en_US");
    t.category = QStringLiteral("UTILITY");
    t.parameterFormat = MessageTemplate::ParameterFormat::Named;
    t.headerFormat = MessageTemplate::HeaderFormat::Text;
    t.headerText = QStringLiteral("Order {{order_id}}");
    t.headerNamedExamples = {{QStringLiteral("order_id"), QStringLiteral("#10234")}};
    t.body = QStringLiteral("Hi {{first_name}}, your order is *out for delivery* and should reach you by "
                            "{{day}}. _Thank you_ for shopping with us!");
    t.bodyNamedExamples = {{QStringLiteral("first_name"), QStringLiteral("Asha")},
                           {QStringLiteral("day"), QStringLiteral("Friday")}};
    t.footer = QStringLiteral("Reply STOP to opt out");
    t.buttons = {button(TemplateButton::Type::QuickReply, QStringLiteral("Thanks!")),
                 button(TemplateButton::Type::QuickReply, QStringLiteral("Change address")),
                 button(TemplateButton::Type::Url, QStringLiteral("Track order")),
                 button(TemplateButton::Type::PhoneNumber, QStringLiteral("Call us")),
                 button(TemplateButton::Type::CopyCode, QString())};
    t.buttons[2].url = QStringLiteral("https://shop.example.com/track/{{1}}");
    t.buttons[2].examples = {QStringLiteral("10234")};
    t.buttons[3].phoneNumber = QStringLiteral("+15550100");
    t.buttons[4].examples = {QStringLiteral("SAVE20")};
    return t;
}

} // namespace

class TestTemplatePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void substitutesExamples_data();
    void substitutesExamples();
    void formatsLikeWhatsApp();
    void rendersEveryComponent();
    void growsWithContent();
    void narrowerIsTaller();
};

void TestTemplatePreview::substitutesExamples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("named body") << QStringLiteral("Hi {{first_name}}, by {{day}}.") << false
                                << QStringLiteral("Hi Asha, by Friday.");
    QTest::newRow("named header") << QStringLiteral("Order {{order_id}}") << true << QStringLiteral("Order #10234");
    QTest::newRow("no example keeps the variable") << QStringLiteral("Hi {{nobody}}") << false
                                                   << QStringLiteral("Hi {{nobody}}");
}

void TestTemplatePreview::substitutesExamples()
{
    QFETCH(QString, text);
    QFETCH(bool, header);
    QFETCH(QString, expected);
    QCOMPARE(TemplatePreview::substitute(text, fullTemplate(), header), expected);

    MessageTemplate positional;
    positional.body = QStringLiteral("{{2}} then {{1}}");
    positional.bodyExamples = {QStringLiteral("one"), QStringLiteral("two")};
    QCOMPARE(TemplatePreview::substitute(positional.body, positional, false), QStringLiteral("two then one"));
}

void TestTemplatePreview::formatsLikeWhatsApp()
{
    QCOMPARE(TemplatePreview::toHtml(QStringLiteral("a *bold* b")), QStringLiteral("a <b>bold</b> b"));
    QCOMPARE(TemplatePreview::toHtml(QStringLiteral("~gone~")), QStringLiteral("<s>gone</s>"));
    QCOMPARE(TemplatePreview::toHtml(QStringLiteral("<script>")), QStringLiteral("&lt;script&gt;"));
    QCOMPARE(TemplatePreview::toHtml(QStringLiteral("a\nb")), QStringLiteral("a<br>b"));
}

void TestTemplatePreview::rendersEveryComponent()
{
    TemplatePreview preview;
    preview.setTemplate(fullTemplate());
    preview.resize(preview.sizeHint());
    const QImage image = preview.grab().toImage();
    QVERIFY(Screenshot::save(image, QStringLiteral("templatepreview.png")));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), preview.sizeHint() * image.devicePixelRatio());

    // Non-trivial: the wallpaper, white bubbles, dark text, the link colour of the buttons, anti-aliasing.
    QSet<QRgb> colors;
    int white = 0;
    int dark = 0;
    int link = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            colors.insert(c.rgb());
            if (c == Qt::white)
                ++white;
            else if (c.lightness() < 80)
                ++dark;
            if (c.blue() > 150 && c.red() < 80)
                ++link;
        }
    }
    QVERIFY2(colors.size() > 50, qPrintable(QString::number(colors.size())));
    QVERIFY(white > image.width() * image.height() / 10);
    QVERIFY2(dark > 300, "no text drawn (is a font installed?)");
    QVERIFY2(link > 100, "no button labels drawn");

    // The accessible text carries the substituted content and every shown button.
    const QString description = preview.accessibleDescription();
    QVERIFY(description.contains(QStringLiteral("Order #10234")));
    QVERIFY(description.contains(QStringLiteral("Hi Asha")));
    QVERIFY(description.contains(QStringLiteral("Reply STOP to opt out")));
    QVERIFY(description.contains(QStringLiteral("Track order")));
}

void TestTemplatePreview::growsWithContent()
{
    TemplatePreview preview;
    MessageTemplate t;
    t.body = QStringLiteral("Hello");
    preview.setTemplate(t);
    const int bodyOnly = preview.heightForWidth(420);
    const QSize bodyOnlyHint = preview.sizeHint();

    t.headerFormat = MessageTemplate::HeaderFormat::Text;
    t.headerText = QStringLiteral("Header");
    preview.setTemplate(t);
    const int withHeader = preview.heightForWidth(420);
    QVERIFY2(withHeader > bodyOnly, qPrintable(QStringLiteral("%1 vs %2").arg(withHeader).arg(bodyOnly)));

    t.footer = QStringLiteral("Footer");
    preview.setTemplate(t);
    const int withFooter = preview.heightForWidth(420);
    QVERIFY(withFooter > withHeader);

    t.buttons = {button(TemplateButton::Type::QuickReply, QStringLiteral("Yes"))};
    preview.setTemplate(t);
    const int oneButton = preview.heightForWidth(420);
    QVERIFY(oneButton > withFooter);

    t.buttons << button(TemplateButton::Type::QuickReply, QStringLiteral("No"));
    preview.setTemplate(t);
    const int twoButtons = preview.heightForWidth(420);
    QVERIFY(twoButtons > oneButton);

    t.headerFormat = MessageTemplate::HeaderFormat::Image;
    preview.setTemplate(t);
    QVERIFY(preview.heightForWidth(420) > twoButtons);   // the media placeholder is taller than a text line
    QVERIFY(preview.sizeHint().height() > bodyOnlyHint.height());

    // More than three buttons collapse into two plus "See all options": as tall as three rows, never more.
    t.buttons << button(TemplateButton::Type::QuickReply, QStringLiteral("Maybe"));
    preview.setTemplate(t);
    const int three = preview.heightForWidth(420);
    t.buttons << button(TemplateButton::Type::QuickReply, QStringLiteral("Later"))
              << button(TemplateButton::Type::QuickReply, QStringLiteral("Never"));
    preview.setTemplate(t);
    QCOMPARE(preview.heightForWidth(420), three);
}

void TestTemplatePreview::narrowerIsTaller()
{
    TemplatePreview preview;
    MessageTemplate t = fullTemplate();
    t.body = QString(QStringLiteral("A long body that wraps over several lines of the bubble. ")).repeated(8);
    preview.setTemplate(t);
    QVERIFY(preview.heightForWidth(260) > preview.heightForWidth(600));
    QVERIFY(preview.hasHeightForWidth());
}

QTEST_MAIN(TestTemplatePreview)
#include "tst_templatepreview.moc"

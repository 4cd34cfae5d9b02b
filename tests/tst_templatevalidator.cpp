#include "models/templates/templatevalidator.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <functional>

using Mutation = std::function<void(MessageTemplate &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

using Pairs = QList<QPair<QString, QString>>;

TemplateButton qr(const QString &text = QStringLiteral("Yes"))
{
    TemplateButton b;
    b.type = TemplateButton::Type::QuickReply;
    b.typeName = QStringLiteral("QUICK_REPLY");
    b.text = text;
    return b;
}

TemplateButton url(const QString &address = QStringLiteral("https://shop.example.com/track/{{1}}"),
                   const QStringList &examples = {QStringLiteral("10234")})
{
    TemplateButton b;
    b.type = TemplateButton::Type::Url;
    b.typeName = QStringLiteral("URL");
    b.text = QStringLiteral("Track");
    b.url = address;
    b.examples = examples;
    return b;
}

TemplateButton phone(const QString &number = QStringLiteral("+15550100"))
{
    TemplateButton b;
    b.type = TemplateButton::Type::PhoneNumber;
    b.typeName = QStringLiteral("PHONE_NUMBER");
    b.text = QStringLiteral("Call us");
    b.phoneNumber = number;
    return b;
}

TemplateButton copyCode(const QStringList &examples = {QStringLiteral("SAVE25")})
{
    TemplateButton b;
    b.type = TemplateButton::Type::CopyCode;
    b.typeName = QStringLiteral("COPY_CODE");
    b.text = QStringLiteral("Copy code");
    b.examples = examples;
    return b;
}

// A template that breaks no rule; each test row changes one thing.
MessageTemplate base()
{
    MessageTemplate t;
    t.name = QStringLiteral("order_update");
    t.language = QStringLiteral("en_US");
    t.category = QStringLiteral("UTILITY");
    t.headerFormat = MessageTemplate::HeaderFormat::Text;
    t.headerText = QStringLiteral("Order {{1}}");
    t.headerExamples = {QStringLiteral("#10234")};
    t.body = QStringLiteral("Hi {{1}}, your order is {{2}}.");
    t.bodyExamples = {QStringLiteral("Asha"), QStringLiteral("on its way")};
    t.footer = QStringLiteral("Reply STOP to opt out");
    t.buttons = {qr(), url()};
    return t;
}

// Switches the base to named parameters: body "Hi {{first_name}}, your order is {{status}}." and no header.
void makeNamed(MessageTemplate &t)
{
    t.parameterFormat = MessageTemplate::ParameterFormat::Named;
    t.headerFormat = MessageTemplate::HeaderFormat::None;
    t.headerText.clear();
    t.headerExamples.clear();
    t.body = QStringLiteral("Hi {{first_name}}, your order is {{status}}.");
    t.bodyExamples.clear();
    t.bodyNamedExamples = {{QStringLiteral("first_name"), QStringLiteral("Asha")},
                           {QStringLiteral("status"), QStringLiteral("on its way")}};
}

QList<TemplateButton> repeat(const TemplateButton &b, int n)
{
    QList<TemplateButton> list;
    for (int i = 0; i < n; ++i)
        list.append(b);
    return list;
}

QString describe(const QList<TemplateViolation> &violations)
{
    QStringList lines;
    for (const TemplateViolation &v : violations)
        lines.append(
            QStringLiteral("%1 %2 [%3,%4] %5").arg(v.rule, v.partName()).arg(v.start).arg(v.length).arg(v.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTemplateValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baseIsValid();
    void rules_data();
    void rules();
    void messagesAreActionable();
    void sandboxTemplatesAreValid();
    void fixtures();
};

void TestTemplateValidator::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTemplateValidator::baseIsValid()
{
    const QList<TemplateViolation> v = TemplateValidator::validate(base());
    QVERIFY2(v.isEmpty(), qPrintable(describe(v)));
}

void TestTemplateValidator::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("rule");    // empty: the template must be valid
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("total");       // all violations expected

    const auto ok = [](const char *tag, Mutation m) {
        QTest::newRow(tag) << m << QString() << QString() << QString() << -1 << 0 << 0;
    };
    const auto bad = [](const char *tag, Mutation m, const char *rule, const char *part, int start, int length,
                        int total = 1, const char *field = "text") {
        QTest::newRow(tag) << m << QString::fromLatin1(rule) << QString::fromLatin1(part) << QString::fromLatin1(field)
                           << start << length << total;
    };
    using T = MessageTemplate &;

    // --- name, language, category
    bad("name empty", [](T t) { t.name.clear(); }, "name.required", "name", -1, 0);
    ok("name 512", [](T t) { t.name = QString(512, QLatin1Char('a')); });
    bad("name 513", [](T t) { t.name = QString(513, QLatin1Char('a')); }, "name.length", "name", 512, 1);
    ok("name digits underscores", [](T t) { t.name = QStringLiteral("order_update_2"); });
    bad("name upper case", [](T t) { t.name = QStringLiteral("Order_update"); }, "name.characters", "name", 0, 1);
    bad("name dash", [](T t) { t.name = QStringLiteral("order-update"); }, "name.characters", "name", 5, 1);
    bad("name spaces run", [](T t) { t.name = QStringLiteral("order  update"); }, "name.characters", "name", 5, 2);
    bad("language empty", [](T t) { t.language.clear(); }, "language.required", "language", -1, 0);
    ok("language es", [](T t) { t.language = QStringLiteral("es"); });
    bad("category empty", [](T t) { t.category.clear(); }, "category.required", "category", -1, 0);
    bad("category unknown", [](T t) { t.category = QStringLiteral("PROMO"); }, "category.unknown", "category", -1, 0);
    ok("category MARKETING", [](T t) { t.category = QStringLiteral("MARKETING"); });
    ok("category AUTHENTICATION", [](T t) { t.category = QStringLiteral("AUTHENTICATION"); });

    // --- header
    bad("header text empty", [](T t) { t.headerText = QStringLiteral("  "); }, "header.text_required", "header", -1, 0);
    ok("header 60", [](T t) { t.headerText = QStringLiteral("Order {{1}} ").leftJustified(60, QLatin1Char('x')); });
    bad("header 61", [](T t) { t.headerText = QString(61, QLatin1Char('x')); }, "header.length", "header", 60, 1);
    ok("header 60 emoji", [](T t) {
        t.headerText.clear();
        for (int i = 0; i < 60; ++i)
            t.headerText += QString::fromUtf8("\xF0\x9F\x93\xA6");   // 📦, two UTF-16 units
    });
    bad("header 61 emoji", [](T t) {
        t.headerText.clear();
        for (int i = 0; i < 61; ++i)
            t.headerText += QString::fromUtf8("\xF0\x9F\x93\xA6");
    }, "header.length", "header", 120, 2);
    ok("header same variable twice", [](T t) { t.headerText = QStringLiteral("Order {{1}} ({{1}})"); });
    bad("header two variables", [](T t) {
        t.headerText = QStringLiteral("Order {{1}} for {{2}}");
        t.headerExamples = {QStringLiteral("#1"), QStringLiteral("you")};
    }, "header.variable_count", "header", 16, 5);
    bad("header example missing", [](T t) { t.headerExamples.clear(); }, "header.example_missing", "header", 6, 5);
    bad(
        "header sequence", [](T t) { t.headerText = QStringLiteral("Order {{2}}"); }, "variable.sequence", "header", 6,
        5);
    bad(
        "header malformed", [](T t) { t.headerText = QStringLiteral("Order {{1}"); }, "variable.malformed", "header", 6,
        4);
    bad("image header without sample", [](T t) {
        t.headerFormat = MessageTemplate::HeaderFormat::Image;
        t.headerExamples.clear();
    }, "header.example_missing", "header", -1, 0);
    ok("image header with sample", [](T t) {
        t.headerFormat = MessageTemplate::HeaderFormat::Image;
        t.headerExamples = {QStringLiteral("4::aW1hZ2U=")};
    });
    ok("location header", [](T t) {
        t.headerFormat = MessageTemplate::HeaderFormat::Location;
        t.headerExamples.clear();
    });

    // --- body
    bad("body empty", [](T t) { t.body = QStringLiteral(" \n"); }, "body.required", "body", -1, 0);
    ok("body 1024",
       [](T t) { t.body = QStringLiteral("Hi {{1}}, your order is {{2}}.").leftJustified(1024, QLatin1Char('x')); });
    bad(
        "body 1025",
        [](T t) { t.body = QStringLiteral("Hi {{1}}, your order is {{2}}.").leftJustified(1025, QLatin1Char('x')); },
        "body.length", "body", 1024, 1);
    bad("body starts with variable", [](T t) { t.body = QStringLiteral("{{1}} is your code, {{2}}."); },
        "body.leading_variable", "body", 0, 5);
    bad(
        "body starts with variable after spaces",
        [](T t) { t.body = QStringLiteral("\n  {{1}} is your code, {{2}}."); }, "body.leading_variable", "body", 3, 5);
    ok("body starts with punctuation", [](T t) { t.body = QStringLiteral("({{1}}) is your code, {{2}}."); });
    ok("authentication may start with variable", [](T t) {
        t.category = QStringLiteral("AUTHENTICATION");
        t.body = QStringLiteral("{{1}} is your verification code. {{2}}.");
    });
    bad("authentication may not end with variable", [](T t) {
        t.category = QStringLiteral("AUTHENTICATION");
        t.body = QStringLiteral("{{1}} is your verification code, {{2}}");
    }, "body.trailing_variable", "body", 33, 5);
    bad("body ends with variable", [](T t) { t.body = QStringLiteral("Hi {{1}}, your order is {{2}}"); },
        "body.trailing_variable", "body", 24, 5);
    bad("body ends with variable and spaces", [](T t) { t.body = QStringLiteral("Hi {{1}}, your order is {{2}} \n"); },
        "body.trailing_variable", "body", 24, 5);
    ok("body ends with punctuation", [](T t) { t.body = QStringLiteral("Hi {{1}}, your order is {{2}}!"); });
    bad("adjacent variables", [](T t) { t.body = QStringLiteral("Hi {{1}}{{2}} today."); },
        "body.adjacent_variables", "body", 3, 10);
    bad("variables split by a space", [](T t) { t.body = QStringLiteral("Hi {{1}} {{2}} today."); },
        "body.adjacent_variables", "body", 3, 11);
    ok("variables split by a comma", [](T t) { t.body = QStringLiteral("Hi {{1}}, {{2}} today."); });
    bad("body example missing", [](T t) { t.bodyExamples = {QStringLiteral("Asha")}; },
        "body.example_missing", "body", 24, 5);
    bad("body example blank", [](T t) { t.bodyExamples = {QString(), QStringLiteral("x")}; },
        "body.example_missing", "body", 3, 5);
    bad("named body example missing", [](T t) {
        makeNamed(t);
        t.bodyNamedExamples.removeLast();
    }, "body.example_missing", "body", 33, 10);

    // --- variables
    ok("repeated and reordered numbers", [](T t) { t.body = QStringLiteral("Hi {{2}}, {{1}} and {{1}} again."); });
    bad("sequence gap", [](T t) {
        t.body = QStringLiteral("Hi {{1}}, {{2}} and {{5}} ok.");
        t.bodyExamples = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    }, "variable.sequence", "body", 20, 5);
    bad("sequence not from 1", [](T t) {
        t.body = QStringLiteral("Hi {{2}} there.");
        t.bodyExamples = {QStringLiteral("a")};
    }, "variable.sequence", "body", 3, 5);
    bad("spaces inside braces", [](T t) { t.body = QStringLiteral("Hi {{ 1 }}, your order is {{2}}."); },
        "variable.malformed", "body", 3, 7, 2);   // and {{2}} now has no {{1}}
    bad("one closing brace", [](T t) { t.body = QStringLiteral("Hi {{1}, your order is {{1}}."); },
        "variable.malformed", "body", 3, 4);
    bad("special character", [](T t) { t.body = QStringLiteral("Hi {{#x}}, your order is {{1}}."); },
        "variable.malformed", "body", 3, 6);
    bad("empty braces", [](T t) { t.body = QStringLiteral("Hi {{}}, your order is {{1}}."); },
        "variable.malformed", "body", 3, 4);
    bad("stray closing braces", [](T t) { t.body = QStringLiteral("Hi {1}}, your order is {{1}}."); },
        "variable.malformed", "body", 3, 4);
    bad("unclosed", [](T t) { t.body = QStringLiteral("Hi {{1 and your order is {{1}}."); },
        "variable.malformed", "body", 3, 3);
    ok("named template", [](T t) { makeNamed(t); });
    bad("named upper case", [](T t) {
        makeNamed(t);
        t.body = QStringLiteral("Hi {{First_name}}, your order is {{status}}.");
        t.bodyNamedExamples[0].first = QStringLiteral("First_name");
    }, "variable.named_format", "body", 3, 14);
    bad("named with digit", [](T t) {
        makeNamed(t);
        t.body = QStringLiteral("Hi {{name2}}, your order is {{status}}.");
        t.bodyNamedExamples[0].first = QStringLiteral("name2");
    }, "variable.named_format", "body", 3, 9);
    ok("named used twice", [](T t) {
        makeNamed(t);
        t.body = QStringLiteral("Hi {{first_name}}, your order is {{status}}, {{first_name}}.");
    });
    bad("named example twice", [](T t) {
        makeNamed(t);
        t.bodyNamedExamples.append({QStringLiteral("status"), QStringLiteral("late")});
    }, "variable.named_duplicate", "body", 33, 10);
    bad("mixed kinds", [](T t) {
        t.body = QStringLiteral("Hi {{1}}, your order is {{status}}.");
        t.bodyNamedExamples = {{QStringLiteral("status"), QStringLiteral("late")}};
    }, "variable.mixed", "body", 24, 10);
    bad("named in a positional template", [](T t) {
        makeNamed(t);
        t.parameterFormat = MessageTemplate::ParameterFormat::Positional;
    }, "variable.format_mismatch", "body", 3, 14);
    bad("numbers in a named template", [](T t) { t.parameterFormat = MessageTemplate::ParameterFormat::Named; },
        "variable.format_mismatch", "header", 6, 5);

    // --- footer
    ok("footer 60", [](T t) { t.footer = QString(60, QLatin1Char('f')); });
    bad("footer 61", [](T t) { t.footer = QString(61, QLatin1Char('f')); }, "footer.length", "footer", 60, 1);
    bad("footer variable", [](T t) { t.footer = QStringLiteral("Bye {{1}}"); }, "footer.variable", "footer", 4, 5);
    bad("footer broken variable", [](T t) { t.footer = QStringLiteral("Bye {{x"); }, "footer.variable", "footer", 4, 3);

    // --- buttons
    ok("10 buttons", [](T t) { t.buttons = repeat(qr(), 8) + QList<TemplateButton>{url(), url()}; });
    bad("11 buttons", [](T t) { t.buttons = repeat(qr(), 10) + QList<TemplateButton>{url()}; },
        "buttons.count", "buttons", -1, 0);
    bad("11 quick replies", [](T t) { t.buttons = repeat(qr(), 11); }, "buttons.quick_reply_count", "buttons[10]",
        -1, 0, 2);
    ok("2 URL buttons", [](T t) { t.buttons = {url(), url()}; });
    bad("3 URL buttons", [](T t) { t.buttons = {url(), url(), url()}; }, "buttons.url_count", "buttons[2]", -1, 0);
    ok("1 phone button", [](T t) { t.buttons = {phone()}; });
    bad("2 phone buttons", [](T t) { t.buttons = {phone(), phone()}; }, "buttons.phone_count", "buttons[1]", -1, 0);
    ok("1 copy-code button", [](T t) { t.buttons = {copyCode()}; });
    bad("2 copy-code buttons", [](T t) { t.buttons = {copyCode(), copyCode()}; }, "buttons.copy_code_count",
        "buttons[1]", -1, 0);
    ok("QR QR URL PHONE", [](T t) { t.buttons = {qr(), qr(), url(), phone()}; });
    ok("URL QR QR", [](T t) { t.buttons = {url(), qr(), qr()}; });
    bad("QR URL QR", [](T t) { t.buttons = {qr(), url(), qr()}; }, "buttons.quick_reply_grouping", "buttons[2]", -1, 0);
    bad("label empty", [](T t) { t.buttons = {qr(QString())}; }, "button.label_required", "buttons[0]", -1, 0);
    ok("label 25", [](T t) { t.buttons = {qr(QString(25, QLatin1Char('l')))}; });
    bad("label 26", [](T t) { t.buttons = {qr(QString(26, QLatin1Char('l')))}; }, "button.label_length",
        "buttons[0]", 25, 1);
    bad("URL empty", [](T t) { t.buttons = {url(QString())}; }, "button.url_required", "buttons[0]", -1, 0, 1, "url");
    ok("URL 2000", [](T t) {
        t.buttons = {
            url(QStringLiteral("https://a.example/").leftJustified(1995, QLatin1Char('a')) + QStringLiteral("{{1}}"))};
    });
    bad(
        "URL 2001",
        [](T t) { t.buttons = {url(QStringLiteral("https://a.example/").leftJustified(2001, QLatin1Char('a')))}; },
        "button.url_length", "buttons[0]", 2000, 1, 1, "url");
    ok("URL without variable", [](T t) { t.buttons = {url(QStringLiteral("https://shop.example.com/"), {})}; });
    bad("URL variable in the middle", [](T t) { t.buttons = {url(QStringLiteral("https://a.example/{{1}}/track"))}; },
        "button.url_variable_position", "buttons[0]", 18, 5, 1, "url");
    bad("URL two variables", [](T t) { t.buttons = {url(QStringLiteral("https://a.example/{{1}}/{{1}}"))}; },
        "button.url_variable_count", "buttons[0]", 24, 5, 2, "url");   // and the first is not at the end
    bad("URL variable not {{1}}", [](T t) { t.buttons = {url(QStringLiteral("https://a.example/{{2}}"))}; },
        "button.url_variable_format", "buttons[0]", 18, 5, 1, "url");
    bad("URL variable malformed", [](T t) { t.buttons = {url(QStringLiteral("https://a.example/{{1}"))}; },
        "variable.malformed", "buttons[0]", 18, 4, 1, "url");
    bad("URL example missing", [](T t) { t.buttons = {url(QStringLiteral("https://a.example/{{1}}"), {})}; },
        "button.example_missing", "buttons[0]", 18, 5, 1, "url");
    bad("phone empty", [](T t) { t.buttons = {phone(QString())}; }, "button.phone_required", "buttons[0]", -1, 0, 1,
        "phone_number");
    ok("phone 20", [](T t) { t.buttons = {phone(QStringLiteral("+1234567890123456789"))}; });
    bad("phone 21", [](T t) { t.buttons = {phone(QStringLiteral("+12345678901234567890"))}; }, "button.phone_length",
        "buttons[0]", 20, 1, 1, "phone_number");
    ok("copy code 15", [](T t) { t.buttons = {copyCode({QStringLiteral("ABCDEFGHIJKLMNO")})}; });
    bad("copy code 16", [](T t) { t.buttons = {copyCode({QStringLiteral("ABCDEFGHIJKLMNOP")})}; },
        "button.copy_code_length", "buttons[0]", 15, 1, 1, "example");
    bad("copy code without example", [](T t) { t.buttons = {copyCode({})}; }, "button.example_missing", "buttons[0]",
        -1, 0, 1, "example");
    ok("unknown button kinds are not checked", [](T t) {
        TemplateButton otp;
        otp.type = TemplateButton::Type::Other;
        otp.typeName = QStringLiteral("OTP");
        t.buttons = {otp};
    });
}

void TestTemplateValidator::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, rule);
    QFETCH(QString, part);
    QFETCH(QString, field);
    QFETCH(int, start);
    QFETCH(int, length);
    QFETCH(int, total);

    MessageTemplate t = base();
    mutate(t);
    const QList<TemplateViolation> violations = TemplateValidator::validate(t);
    QVERIFY2(violations.size() == total, qPrintable(describe(violations)));
    if (rule.isEmpty())
        return;
    const auto it = std::find_if(violations.begin(), violations.end(),
                                 [&](const TemplateViolation &v) { return v.rule == rule; });
    QVERIFY2(it != violations.end(), qPrintable(describe(violations)));
    QCOMPARE(it->partName(), part);
    QCOMPARE(it->fieldName(), field);
    QCOMPARE(it->start, start);
    QCOMPARE(it->length, length);
    QVERIFY(it->message.endsWith(QLatin1Char('.')));
    QVERIFY(!it->message.contains(QLatin1String("%1")));
    QVERIFY(!it->message.contains(QLatin1String("%n")));
}

void TestTemplateValidator::messagesAreActionable()
{
    MessageTemplate t = base();
    t.body = QStringLiteral("Hi {{1}}, your order is {{2}}.").leftJustified(1105, QLatin1Char('x'));
    QList<TemplateViolation> v = TemplateValidator::validate(t);
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().message,
             QStringLiteral("The body is 1,105 characters long; the limit is 1,024. Shorten it by 81 characters."));

    t = base();
    t.footer = QString(61, QLatin1Char('f'));
    v = TemplateValidator::validate(t);
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().message,
             QStringLiteral("The footer is 61 characters long; the limit is 60. Shorten it by one character."));

    t = base();
    t.name = QStringLiteral("Summer Sale");
    v = TemplateValidator::validate(t);
    QCOMPARE(v.size(), 1);
    QVERIFY2(v.first().message.contains(QLatin1String("summer_sale")), qPrintable(v.first().message));

    t = base();
    t.body = QStringLiteral("Hi {{ 1 }}, your order is {{1}}.");
    v = TemplateValidator::validate(t);
    QCOMPARE(v.size(), 1);
    QVERIFY2(v.first().message.contains(QLatin1String("write it as {{1}}")), qPrintable(v.first().message));
}

void TestTemplateValidator::sandboxTemplatesAreValid()
{
    QFile f(TestWorkspace::dataFile(QStringLiteral("../../resources/sandbox/templates.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray data = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 8);
    for (const QJsonValue &v : data) {
        const MessageTemplate t = MessageTemplate::fromGraphJson(v.toObject());
        const QList<TemplateViolation> violations = TemplateValidator::validate(t);
        QVERIFY2(violations.isEmpty(), qPrintable(t.name + QLatin1Char('\n') + describe(violations)));
    }
}

void TestTemplateValidator::fixtures()
{
    const auto load = [](const QString &name) {
        QFile f(TestWorkspace::dataFile(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        return MessageTemplate::fromGraphJson(QJsonDocument::fromJson(f.readAll()).object());
    };
    const QList<TemplateViolation> valid = TemplateValidator::validate(load(QStringLiteral("template_valid.json")));
    QVERIFY2(valid.isEmpty(), qPrintable(describe(valid)));

    const QList<TemplateViolation> invalid = TemplateValidator::validate(load(QStringLiteral("template_invalid.json")));
    QStringList rules;
    for (const TemplateViolation &v : invalid)
        rules.append(v.partName() + QLatin1Char(' ') + v.rule);
    rules.sort();
    const QStringList expected{
        QStringLiteral("body body.leading_variable"),
        QStringLiteral("body variable.malformed"),
        QStringLiteral("body variable.sequence"),
        QStringLiteral("buttons[1] button.label_length"),
        QStringLiteral("buttons[1] button.url_variable_position"),
        QStringLiteral("buttons[2] buttons.quick_reply_grouping"),
        QStringLiteral("footer footer.variable"),
        QStringLiteral("header header.variable_count"),
        QStringLiteral("name name.characters"),
    };
    QCOMPARE(rules, expected);
}

QTEST_GUILESS_MAIN(TestTemplateValidator)
#include "tst_templatevalidator.moc"

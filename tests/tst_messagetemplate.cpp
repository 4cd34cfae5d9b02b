#include "models/templates/messagetemplate.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

// The sandbox's templates ship in resources/; HERALD_TEST_DATA is tests/data in the source tree.
QJsonArray sandboxTemplates()
{
    QFile f(TestWorkspace::dataFile(QStringLiteral("../../resources/sandbox/templates.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("data")).toArray();
}

QJsonObject dataJson(const QString &name)
{
    QFile f(TestWorkspace::dataFile(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

MessageTemplate sandbox(const QString &name, const QString &language = QStringLiteral("en_US"))
{
    for (const QJsonValue &v : sandboxTemplates()) {
        const MessageTemplate t = MessageTemplate::fromGraphJson(v.toObject());
        if (t.name == name && t.language == language)
            return t;
    }
    qFatal("no sandbox template %s", qPrintable(name));
}

using Pairs = QList<QPair<QString, QString>>;

} // namespace

class TestMessageTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEverySandboxTemplate();
    void parsesPositionalTextHeaderAndButtons();
    void parsesNamedParametersAndMediaHeader();
    void parsesCopyCodeLocationAndRejection();
    void parsesQuirks();
    void roundTrip_data();
    void roundTrip();
    void creationPayloadShape();
    void variables_data();
    void variables();
    void scanVariables_data();
    void scanVariables();
    void isFlagged_data();
    void isFlagged();
};

void TestMessageTemplate::parsesEverySandboxTemplate()
{
    const QJsonArray data = sandboxTemplates();
    QCOMPARE(data.size(), 8);
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        const MessageTemplate t = MessageTemplate::fromGraphJson(o);
        QCOMPARE(t.name, o.value(QLatin1String("name")).toString());
        QCOMPARE(t.language, o.value(QLatin1String("language")).toString());
        QCOMPARE(t.remoteId, o.value(QLatin1String("id")).toString());
        QCOMPARE(t.status, o.value(QLatin1String("status")).toString());
        QCOMPARE(t.category, o.value(QLatin1String("category")).toString());
        QVERIFY2(!t.body.isEmpty(), qPrintable(t.name));
        QCOMPARE(t.id, qint64(0));
        QVERIFY(!t.deleted);
        // Every body variable has its example.
        const QStringList vars = MessageTemplate::variables(t.body);
        QVERIFY(!vars.isEmpty());
        if (t.parameterFormat == MessageTemplate::ParameterFormat::Positional)
            QCOMPARE(t.bodyExamples.size(), vars.size());
        else
            QCOMPARE(t.bodyNamedExamples.size(), vars.size());
    }
}

void TestMessageTemplate::parsesPositionalTextHeaderAndButtons()
{
    const MessageTemplate t = sandbox(QStringLiteral("order_update"));
    QCOMPARE(t.remoteId, QStringLiteral("9000000000001"));
    QCOMPARE(t.quality, QStringLiteral("GREEN"));
    QCOMPARE(t.parameterFormat, MessageTemplate::ParameterFormat::Positional);
    QCOMPARE(t.headerFormat, MessageTemplate::HeaderFormat::Text);
    QCOMPARE(t.headerText, QStringLiteral("Order {{1}}"));
    QCOMPARE(t.headerExamples, QStringList{QStringLiteral("#10234")});
    QCOMPARE(t.body, QStringLiteral("Hi {{1}}, your order is now {{2}}. It should reach you by {{3}}."));
    QCOMPARE(t.bodyExamples,
             (QStringList{QStringLiteral("Asha"), QStringLiteral("out for delivery"), QStringLiteral("Friday")}));
    QCOMPARE(t.footer, QStringLiteral("Reply HELP for support"));
    QCOMPARE(t.buttons.size(), 2);
    QCOMPARE(t.buttons.at(0).type, TemplateButton::Type::Url);
    QCOMPARE(t.buttons.at(0).typeName, QStringLiteral("URL"));
    QCOMPARE(t.buttons.at(0).text, QStringLiteral("Track order"));
    QCOMPARE(t.buttons.at(0).url, QStringLiteral("https://shop.example.com/track/{{1}}"));
    QCOMPARE(t.buttons.at(0).examples, QStringList{QStringLiteral("10234")});
    QCOMPARE(t.buttons.at(1).type, TemplateButton::Type::PhoneNumber);
    QCOMPARE(t.buttons.at(1).phoneNumber, QStringLiteral("+15550100"));
    QVERIFY(t.isSendable());
    QVERIFY(!t.isFlagged());
}

void TestMessageTemplate::parsesNamedParametersAndMediaHeader()
{
    const MessageTemplate t = sandbox(QStringLiteral("festive_offer"));
    QCOMPARE(t.parameterFormat, MessageTemplate::ParameterFormat::Named);
    QCOMPARE(t.headerFormat, MessageTemplate::HeaderFormat::Image);
    QVERIFY(t.headerText.isEmpty());
    QCOMPARE(t.headerExamples, QStringList{QStringLiteral("https://shop.example.com/banner.jpg")});
    QCOMPARE(t.bodyNamedExamples,
             (Pairs{{QStringLiteral("first_name"), QStringLiteral("Ravi")},
                    {QStringLiteral("discount"), QStringLiteral("25%")},
                    {QStringLiteral("code"), QStringLiteral("FEST25")}}));
    QVERIFY(t.bodyExamples.isEmpty());
    QCOMPARE(t.buttons.size(), 2);
    QCOMPARE(t.buttons.at(1).type, TemplateButton::Type::QuickReply);
    QCOMPARE(t.buttons.at(1).text, QStringLiteral("Stop promotions"));
}

void TestMessageTemplate::parsesCopyCodeLocationAndRejection()
{
    const MessageTemplate code = sandbox(QStringLiteral("login_code"));
    QCOMPARE(code.category, QStringLiteral("AUTHENTICATION"));
    QCOMPARE(code.quality, QStringLiteral("UNKNOWN"));
    QCOMPARE(code.headerFormat, MessageTemplate::HeaderFormat::None);
    QCOMPARE(code.buttons.size(), 1);
    QCOMPARE(code.buttons.at(0).type, TemplateButton::Type::CopyCode);
    QCOMPARE(code.buttons.at(0).examples, QStringList{QStringLiteral("482913")});

    const MessageTemplate store = sandbox(QStringLiteral("store_location"), QStringLiteral("pt_BR"));
    QCOMPARE(store.headerFormat, MessageTemplate::HeaderFormat::Location);
    QVERIFY(store.headerExamples.isEmpty());
    QVERIFY(store.body.startsWith(QStringLiteral("Olá {{1}}")));

    const MessageTemplate rejected = sandbox(QStringLiteral("win_a_prize"));
    QCOMPARE(rejected.status, QStringLiteral("REJECTED"));
    QCOMPARE(rejected.rejectedReason, QStringLiteral("PROMOTIONAL"));
    QVERIFY(rejected.quality.isEmpty());
    QVERIFY(!rejected.isSendable());
    QVERIFY(!rejected.isFlagged());

    const MessageTemplate paused = sandbox(QStringLiteral("flash_sale"));
    QCOMPARE(paused.quality, QStringLiteral("RED"));
    QVERIFY(paused.isFlagged());
    QVERIFY(!paused.isSendable());

    const MessageTemplate es = sandbox(QStringLiteral("appointment_reminder"), QStringLiteral("es"));
    QCOMPARE(es.remoteId, QStringLiteral("9000000000004"));
    QVERIFY(es.buttons.isEmpty());
    QVERIFY(es.footer.isEmpty());
}

void TestMessageTemplate::parsesQuirks()
{
    // Numeric id, language as an object, lower-case enums, "NONE" rejection, no parameter_format but named
    // examples, a flat body_text list, an unknown button kind and an unknown component.
    const QJsonObject o = QJsonDocument::fromJson(R"({
        "id": 1304694804498707, "name": "quirky", "language": {"code": "en"}, "status": "approved",
        "category": "marketing", "rejected_reason": "NONE", "quality_score": {"score": "yellow"},
        "components": [
          {"type": "body", "text": "Hi {{first_name}}, see you soon.",
           "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Ana"}]}},
          {"type": "CAROUSEL", "cards": []},
          {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy"}]}
        ]})")
                              .object();
    const MessageTemplate t = MessageTemplate::fromGraphJson(o);
    QCOMPARE(t.remoteId, QStringLiteral("1304694804498707"));
    QCOMPARE(t.language, QStringLiteral("en"));
    QCOMPARE(t.status, QStringLiteral("APPROVED"));
    QCOMPARE(t.category, QStringLiteral("MARKETING"));
    QCOMPARE(t.quality, QStringLiteral("YELLOW"));
    QVERIFY(t.rejectedReason.isEmpty());
    QCOMPARE(t.parameterFormat, MessageTemplate::ParameterFormat::Named);
    QCOMPARE(t.body, QStringLiteral("Hi {{first_name}}, see you soon."));
    QCOMPARE(t.buttons.size(), 1);
    QCOMPARE(t.buttons.at(0).type, TemplateButton::Type::Other);
    QCOMPARE(t.buttons.at(0).typeName, QStringLiteral("OTP"));
    // The unknown button is written back as received.
    const QJsonObject button = t.toGraphJson()
                                   .value(QLatin1String("components"))
                                   .toArray()
                                   .last()
                                   .toObject()
                                   .value(QLatin1String("buttons"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(button.value(QLatin1String("otp_type")).toString(), QStringLiteral("COPY_CODE"));

    const MessageTemplate flat = MessageTemplate::fromGraphJson(QJsonDocument::fromJson(R"({
        "name": "flat", "language": "en",
        "components": [{"type": "BODY", "text": "A {{1}} b {{2}}.", "example": {"body_text": ["x", "y"]}}]})")
                                                                    .object());
    QCOMPARE(flat.bodyExamples, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(flat.parameterFormat, MessageTemplate::ParameterFormat::Positional);
}

void TestMessageTemplate::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("graph");
    for (const QJsonValue &v : sandboxTemplates()) {
        const QJsonObject o = v.toObject();
        const QString tag = o.value(QLatin1String("name")).toString() + QLatin1Char('/')
                          + o.value(QLatin1String("language")).toString();
        QTest::newRow(qPrintable(tag)) << o;
    }
    QTest::newRow("template_valid.json") << dataJson(QStringLiteral("template_valid.json"));
    QTest::newRow("template_invalid.json") << dataJson(QStringLiteral("template_invalid.json"));
}

void TestMessageTemplate::roundTrip()
{
    QFETCH(QJsonObject, graph);
    const MessageTemplate a = MessageTemplate::fromGraphJson(graph);
    const QJsonObject payload = a.toGraphJson();
    const MessageTemplate b = MessageTemplate::fromGraphJson(payload);
    QCOMPARE(b.name, a.name);
    QCOMPARE(b.language, a.language);
    QCOMPARE(b.category, a.category);
    QCOMPARE(b.parameterFormat, a.parameterFormat);
    QCOMPARE(b.headerFormat, a.headerFormat);
    QCOMPARE(b.headerText, a.headerText);
    QCOMPARE(b.headerExamples, a.headerExamples);
    QCOMPARE(b.headerNamedExamples, a.headerNamedExamples);
    QCOMPARE(b.body, a.body);
    QCOMPARE(b.bodyExamples, a.bodyExamples);
    QCOMPARE(b.bodyNamedExamples, a.bodyNamedExamples);
    QCOMPARE(b.footer, a.footer);
    QCOMPARE(b.buttons.size(), a.buttons.size());
    for (qsizetype i = 0; i < a.buttons.size(); ++i) {
        QCOMPARE(b.buttons.at(i).type, a.buttons.at(i).type);
        QCOMPARE(b.buttons.at(i).typeName, a.buttons.at(i).typeName);
        QCOMPARE(b.buttons.at(i).text, a.buttons.at(i).text);
        QCOMPARE(b.buttons.at(i).url, a.buttons.at(i).url);
        QCOMPARE(b.buttons.at(i).phoneNumber, a.buttons.at(i).phoneNumber);
        QCOMPARE(b.buttons.at(i).examples, a.buttons.at(i).examples);
    }
    // The payload is a fixed point.
    QCOMPARE(b.toGraphJson(), payload);
    // Only creation fields: Meta assigns id, status and quality.
    QVERIFY(!payload.contains(QLatin1String("id")));
    QVERIFY(!payload.contains(QLatin1String("status")));
    QVERIFY(!payload.contains(QLatin1String("quality_score")));
}

void TestMessageTemplate::creationPayloadShape()
{
    const QJsonObject p = sandbox(QStringLiteral("order_update")).toGraphJson();
    QCOMPARE(p.value(QLatin1String("name")).toString(), QStringLiteral("order_update"));
    QCOMPARE(p.value(QLatin1String("language")).toString(), QStringLiteral("en_US"));
    QCOMPARE(p.value(QLatin1String("category")).toString(), QStringLiteral("UTILITY"));
    QCOMPARE(p.value(QLatin1String("parameter_format")).toString(), QStringLiteral("POSITIONAL"));
    const QJsonArray c = p.value(QLatin1String("components")).toArray();
    QCOMPARE(c.size(), 4);
    QCOMPARE(c.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("HEADER"));
    QCOMPARE(c.at(0).toObject().value(QLatin1String("format")).toString(), QStringLiteral("TEXT"));
    QCOMPARE(c.at(1).toObject().value(QLatin1String("example")).toObject().value(QLatin1String("body_text")),
             QJsonValue(QJsonArray{QJsonArray{QStringLiteral("Asha"), QStringLiteral("out for delivery"),
                                              QStringLiteral("Friday")}}));
    QCOMPARE(c.at(2).toObject().value(QLatin1String("text")).toString(), QStringLiteral("Reply HELP for support"));
    const QJsonObject url = c.at(3).toObject().value(QLatin1String("buttons")).toArray().at(0).toObject();
    QCOMPARE(url.value(QLatin1String("example")), QJsonValue(QJsonArray{QStringLiteral("10234")}));

    const QJsonArray named
        = sandbox(QStringLiteral("festive_offer")).toGraphJson().value(QLatin1String("components")).toArray();
    QCOMPARE(named.at(0).toObject().value(QLatin1String("example")).toObject().value(QLatin1String("header_handle")),
             QJsonValue(QJsonArray{QStringLiteral("https://shop.example.com/banner.jpg")}));
    QCOMPARE(named.at(1)
                 .toObject()
                 .value(QLatin1String("example"))
                 .toObject()
                 .value(QLatin1String("body_text_named_params"))
                 .toArray()
                 .at(2),
             QJsonValue(QJsonObject{{QStringLiteral("param_name"), QStringLiteral("code")},
                                    {QStringLiteral("example"), QStringLiteral("FEST25")}}));

    // COPY_CODE's creation example is a plain string.
    const QJsonObject copy = sandbox(QStringLiteral("login_code"))
                                 .toGraphJson()
                                 .value(QLatin1String("components"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QLatin1String("buttons"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(copy.value(QLatin1String("type")).toString(), QStringLiteral("COPY_CODE"));
    QCOMPARE(copy.value(QLatin1String("example")).toString(), QStringLiteral("482913"));
}

void TestMessageTemplate::variables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QStringLiteral("Hello there.") << QStringList();
    QTest::newRow("positional") << QStringLiteral("Hi {{1}}, order {{2}} ships {{3}}.")
                                << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    QTest::newRow("appearance order") << QStringLiteral("{{2}} then {{1}}")
                                      << QStringList{QStringLiteral("2"), QStringLiteral("1")};
    QTest::newRow("repeats once") << QStringLiteral("{{1}} and {{1}} and {{2}}")
                                  << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("named") << QStringLiteral("Hello {{first_name}}! {{discount}} off.")
                           << QStringList{QStringLiteral("first_name"), QStringLiteral("discount")};
    QTest::newRow("adjacent") << QStringLiteral("{{1}}{{2}}") << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("malformed left out")
        << QStringLiteral("{{ 1 }} {{2} {{#x}} {{}} {{{3}}} {{04}} x}} {{5}}") << QStringList{QStringLiteral("5")};
    QTest::newRow("single braces are text") << QStringLiteral("{a} {1}") << QStringList();
    QTest::newRow("unclosed then valid") << QStringLiteral("{{1 and {{2}}") << QStringList{QStringLiteral("2")};
}

void TestMessageTemplate::variables()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(MessageTemplate::variables(text), expected);
}

void TestMessageTemplate::scanVariables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("name");
    const int P = int(TemplateVariableToken::Kind::Positional);
    const int N = int(TemplateVariableToken::Kind::Named);
    const int M = int(TemplateVariableToken::Kind::Malformed);
    QTest::newRow("positional") << QStringLiteral("Hi {{12}}.") << P << 3 << 6 << QStringLiteral("12");
    QTest::newRow("named") << QStringLiteral("Hi {{first_name}}.") << N << 3 << 14 << QStringLiteral("first_name");
    QTest::newRow("upper case still named") << QStringLiteral("{{Name}}") << N << 0 << 8 << QStringLiteral("Name");
    QTest::newRow("spaces") << QStringLiteral("Hi {{ 1 }}.") << M << 3 << 7 << QStringLiteral(" 1 ");
    QTest::newRow("one closing brace") << QStringLiteral("Hi {{1} x") << M << 3 << 4 << QStringLiteral("1");
    QTest::newRow("special character") << QStringLiteral("Hi {{#x}}") << M << 3 << 6 << QStringLiteral("#x");
    QTest::newRow("empty") << QStringLiteral("Hi {{}}!") << M << 3 << 4 << QString();
    QTest::newRow("triple") << QStringLiteral("Hi {{{1}}}!") << M << 3 << 7 << QStringLiteral("1");
    QTest::newRow("leading zero") << QStringLiteral("Hi {{01}}") << M << 3 << 6 << QStringLiteral("01");
    QTest::newRow("unclosed") << QStringLiteral("Hi {{1 there") << M << 3 << 3 << QStringLiteral("1");
    QTest::newRow("unclosed at end") << QStringLiteral("Hi {{") << M << 3 << 2 << QString();
    QTest::newRow("stray close") << QStringLiteral("Hi {1}} x") << M << 3 << 4 << QStringLiteral("{1}}");
    QTest::newRow("bare close") << QStringLiteral("Hi 1}} x") << M << 4 << 2 << QStringLiteral("}}");
    QTest::newRow("newline ends it") << QStringLiteral("{{1\n}}") << M << 0 << 3 << QStringLiteral("1");
}

void TestMessageTemplate::scanVariables()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, start);
    QFETCH(int, length);
    QFETCH(QString, name);
    const QList<TemplateVariableToken> tokens = MessageTemplate::scanVariables(text);
    QVERIFY(!tokens.isEmpty());
    QCOMPARE(int(tokens.first().kind), kind);
    QCOMPARE(tokens.first().start, start);
    QCOMPARE(tokens.first().length, length);
    QCOMPARE(tokens.first().name, name);
}

void TestMessageTemplate::isFlagged_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<bool>("sendable");
    for (const char *s : {"PAUSED", "DISABLED", "IN_APPEAL", "PENDING_DELETION", "DELETED", "ARCHIVED",
                          "LIMIT_EXCEEDED", "FLAGGED", "LOCKED"})
        QTest::newRow(s) << QString::fromLatin1(s) << false << true << false;
    QTest::newRow("APPROVED") << QStringLiteral("APPROVED") << false << false << true;
    QTest::newRow("PENDING") << QStringLiteral("PENDING") << false << false << false;
    QTest::newRow("REJECTED") << QStringLiteral("REJECTED") << false << false << false;
    QTest::newRow("REINSTATED") << QStringLiteral("REINSTATED") << false << false << false;
    QTest::newRow("draft") << QString() << false << false << false;
    QTest::newRow("APPROVED but deleted upstream") << QStringLiteral("APPROVED") << true << true << false;
}

void TestMessageTemplate::isFlagged()
{
    QFETCH(QString, status);
    QFETCH(bool, deleted);
    QFETCH(bool, flagged);
    QFETCH(bool, sendable);
    MessageTemplate t;
    t.status = status;
    t.deleted = deleted;
    QCOMPARE(t.isFlagged(), flagged);
    QCOMPARE(t.isSendable(), sendable);
}

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"

#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/messagebox.h"
#include "ui/templates/templateeditor.h"
#include "ui/templates/templatepreview.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// The violations the list shows (the "no problems" line carries -1).
QStringList listedRules(TemplateEditor &editor)
{
    QStringList rules;
    auto *list = child<QListWidget>(&editor, "violationsList");
    for (int i = 0; i < list->count(); ++i) {
        const int index = list->item(i)->data(Qt::UserRole).toInt();
        if (index >= 0)
            rules << editor.violations().at(index).rule;
    }
    return rules;
}

QStringList exampleVariables(TemplateEditor &editor)
{
    QStringList names;
    auto *table = child<QTableWidget>(&editor, "examplesTable");
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, 0)->text();
    return names;
}

void setBody(TemplateEditor &editor, const QString &text)
{
    auto *body = child<QPlainTextEdit>(&editor, "bodyEdit");
    body->selectAll();
    QTest::keyClick(body, Qt::Key_Delete);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, lines.at(i));
    }
}

} // namespace

class TestTemplateEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void leadingVariableIsListedAndHighlighted();
    void clickingViolationSelectsRange();
    void examplesFollowVariables();
    void previewFollowsEdits();
    void fieldsAndButtonsAreMarked();
    void saveDraftStoresWithoutStatus();
    void sandboxSubmissionApproves();
    void loadsExistingTemplate();
    void screenshot();

private:
    std::unique_ptr<TemplateEditor> makeEditor(const MessageTemplate &initial = {});

    std::unique_ptr<TestWorkspace> m_ws;
    Account m_sandbox;
};

void TestTemplateEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTemplateEditor::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QString error;
    const auto sandbox = AccountStore(m_ws->workspace().database()).byName(QStringLiteral("sandbox"), &error);
    QVERIFY2(sandbox, qPrintable(error));
    m_sandbox = *sandbox;
    MessageBox::clearNextAnswers();
}

void TestTemplateEditor::cleanup()
{
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    m_ws.reset();
}

std::unique_ptr<TemplateEditor> TestTemplateEditor::makeEditor(const MessageTemplate &initial)
{
    MessageTemplate t = initial;
    if (t.name.isEmpty())
        t.name = QStringLiteral("login_code");
    if (t.language.isEmpty())
        t.language = QStringLiteral("en_US");
    if (t.category.isEmpty())
        t.category = QStringLiteral("UTILITY");
    auto editor = std::make_unique<TemplateEditor>(m_ws->workspace(), m_sandbox, t);
    editor->resize(1180, 820);
    editor->show();
    return editor;
}

void TestTemplateEditor::leadingVariableIsListedAndHighlighted()
{
    auto editor = makeEditor();
    auto *submit = child<QPushButton>(editor.get(), "submitButton");
    QVERIFY(!submit->isEnabled());   // an empty body is a violation too

    setBody(*editor, QStringLiteral("{{1}} is your code."));
    QVERIFY(listedRules(*editor).contains(QStringLiteral("body.leading_variable")));
    QVERIFY(!submit->isEnabled());

    const auto it = std::find_if(editor->violations().begin(), editor->violations().end(),
                                 [](const TemplateViolation &v) { return v.rule == QLatin1String("body.leading_variable"); });
    QVERIFY(it != editor->violations().end());
    QCOMPARE(it->start, 0);
    QCOMPARE(it->length, 5);

    // The body editor underlines exactly "{{1}}" with a red wave.
    auto *body = child<QPlainTextEdit>(editor.get(), "bodyEdit");
    bool found = false;
    for (const QTextEdit::ExtraSelection &s : body->extraSelections()) {
        if (s.cursor.selectionStart() == 0 && s.cursor.selectionEnd() == 5) {
            found = true;
            QCOMPARE(s.format.underlineStyle(), QTextCharFormat::WaveUnderline);
            QCOMPARE(s.format.underlineColor().red() > 150, true);
            QCOMPARE(s.cursor.selectedText(), QStringLiteral("{{1}}"));
        }
    }
    QVERIFY(found);

    // Fix it: the violation disappears, the highlight with it; with an example the template is submittable.
    setBody(*editor, QStringLiteral("Your code is {{1}}. It expires in 10 minutes."));
    QVERIFY(!listedRules(*editor).contains(QStringLiteral("body.leading_variable")));
    QVERIFY(listedRules(*editor).contains(QStringLiteral("body.example_missing")));
    auto *examples = child<QTableWidget>(editor.get(), "examplesTable");
    QCOMPARE(examples->rowCount(), 1);
    examples->item(0, 2)->setText(QStringLiteral("482913"));
    QVERIFY2(editor->violations().isEmpty(), qPrintable(listedRules(*editor).join(QLatin1Char(','))));
    QVERIFY(body->extraSelections().isEmpty());
    QVERIFY(submit->isEnabled());
    auto *list = child<QListWidget>(editor.get(), "violationsList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toInt(), -1);   // "No problems found"
}

void TestTemplateEditor::clickingViolationSelectsRange()
{
    auto editor = makeEditor();
    QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
    setBody(*editor, QStringLiteral("Hello there {{1}}{{2}} friend"));
    const int index = int(std::find_if(editor->violations().begin(), editor->violations().end(),
                                       [](const TemplateViolation &v) {
                                           return v.rule == QLatin1String("body.adjacent_variables");
                                       })
                          - editor->violations().begin());
    QVERIFY(index < editor->violations().size());
    const TemplateViolation v = editor->violations().at(index);

    auto *list = child<QListWidget>(editor.get(), "violationsList");
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toInt() == index)
            item = list->item(i);
    }
    QVERIFY(item);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    auto *body = child<QPlainTextEdit>(editor.get(), "bodyEdit");
    QCOMPARE(body->textCursor().selectionStart(), v.start);
    QCOMPARE(body->textCursor().selectionEnd(), v.start + v.length);
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("{{1}}{{2}}"));
    QTRY_VERIFY(body->hasFocus());
}

void TestTemplateEditor::examplesFollowVariables()
{
    auto editor = makeEditor();
    setBody(*editor, QStringLiteral("Hi {{1}}, your order {{2}} ships today."));
    QCOMPARE(exampleVariables(*editor), (QStringList{QStringLiteral("{{1}}"), QStringLiteral("{{2}}")}));
    auto *examples = child<QTableWidget>(editor.get(), "examplesTable");
    examples->item(0, 2)->setText(QStringLiteral("Asha"));
    examples->item(1, 2)->setText(QStringLiteral("#10234"));
    QCOMPARE(editor->currentTemplate().bodyExamples, (QStringList{QStringLiteral("Asha"), QStringLiteral("#10234")}));

    // A header variable joins the table; a URL button's variable too.
    auto *format = child<QComboBox>(editor.get(), "headerFormat");
    format->setCurrentIndex(format->findData(int(MessageTemplate::HeaderFormat::Text)));
    QTest::keyClicks(child<QLineEdit>(editor.get(), "headerText"), QStringLiteral("Order {{1}}"));
    editor->addButton(TemplateButton::Type::Url);
    auto *buttons = child<QTableWidget>(editor.get(), "buttonsTable");
    buttons->item(0, 1)->setText(QStringLiteral("Track"));
    buttons->item(0, 2)->setText(QStringLiteral("https://shop.example.com/t/{{1}}"));
    QCOMPARE(exampleVariables(*editor),
             (QStringList{QStringLiteral("{{1}}"), QStringLiteral("{{1}}"), QStringLiteral("{{2}}"), QStringLiteral("{{1}}")}));
    QCOMPARE(examples->item(0, 1)->text(), QStringLiteral("Header"));
    QVERIFY(examples->item(3, 1)->text().contains(QStringLiteral("Track")));
    QVERIFY(listedRules(*editor).contains(QStringLiteral("button.example_missing")));
    QVERIFY(examples->item(3, 2)->background().style() != Qt::NoBrush);   // the missing example is marked
    examples->item(3, 2)->setText(QStringLiteral("10234"));
    QVERIFY(!listedRules(*editor).contains(QStringLiteral("button.example_missing")));
    QCOMPARE(examples->item(3, 2)->background().style(), Qt::NoBrush);
    QCOMPARE(editor->currentTemplate().buttons.at(0).examples, QStringList{QStringLiteral("10234")});

    // Removing a variable drops its row but keeps the others' values.
    setBody(*editor, QStringLiteral("Hi {{1}}, your order ships today."));
    QCOMPARE(exampleVariables(*editor), (QStringList{QStringLiteral("{{1}}"), QStringLiteral("{{1}}"), QStringLiteral("{{1}}")}));
    QCOMPARE(editor->currentTemplate().bodyExamples, QStringList{QStringLiteral("Asha")});

    // Named variables switch the template to NAMED parameters, with (name, example) pairs.
    format->setCurrentIndex(format->findData(int(MessageTemplate::HeaderFormat::None)));
    setBody(*editor, QStringLiteral("Hello {{first_name}}, use {{code}} today."));
    QCOMPARE(exampleVariables(*editor).mid(0, 2), (QStringList{QStringLiteral("{{first_name}}"), QStringLiteral("{{code}}")}));
    examples->item(0, 2)->setText(QStringLiteral("Ravi"));
    examples->item(1, 2)->setText(QStringLiteral("SAVE20"));
    const MessageTemplate t = editor->currentTemplate();
    QCOMPARE(t.parameterFormat, MessageTemplate::ParameterFormat::Named);
    QCOMPARE(t.bodyNamedExamples.size(), 2);
    QCOMPARE(t.bodyNamedExamples.at(0), (QPair<QString, QString>{QStringLiteral("first_name"), QStringLiteral("Ravi")}));
    QVERIFY(!listedRules(*editor).contains(QStringLiteral("body.example_missing")));
}

void TestTemplateEditor::previewFollowsEdits()
{
    auto editor = makeEditor();
    setBody(*editor, QStringLiteral("Your code is {{1}}. Do not share it."));
    child<QTableWidget>(editor.get(), "examplesTable")->item(0, 2)->setText(QStringLiteral("482913"));
    TemplatePreview *preview = editor->preview();
    QCOMPARE(preview->messageTemplate().body, QStringLiteral("Your code is {{1}}. Do not share it."));
    QVERIFY(preview->accessibleDescription().contains(QStringLiteral("Your code is 482913.")));
    const int before = preview->heightForWidth(400);
    QTest::keyClicks(child<QLineEdit>(editor.get(), "footerEdit"), QStringLiteral("Herald Shop"));
    QCOMPARE(preview->messageTemplate().footer, QStringLiteral("Herald Shop"));
    QVERIFY(preview->heightForWidth(400) > before);
}

void TestTemplateEditor::fieldsAndButtonsAreMarked()
{
    auto editor = makeEditor();
    setBody(*editor, QStringLiteral("Thanks for your order."));
    auto *name = child<QLineEdit>(editor.get(), "templateName");
    QVERIFY(!name->property("invalid").toBool());
    name->setText(QStringLiteral("Bad Name!"));
    QVERIFY(name->property("invalid").toBool());
    QVERIFY(!name->toolTip().isEmpty());
    name->setText(QStringLiteral("good_name"));
    QVERIFY(!name->property("invalid").toBool());

    auto *format = child<QComboBox>(editor.get(), "headerFormat");
    format->setCurrentIndex(format->findData(int(MessageTemplate::HeaderFormat::Text)));
    auto *header = child<QLineEdit>(editor.get(), "headerText");
    QVERIFY(header->isVisibleTo(editor.get()));
    header->setText(QString(61, QLatin1Char('x')));
    QVERIFY(header->property("invalid").toBool());
    header->setText(QStringLiteral("Your order"));
    QVERIFY(!header->property("invalid").toBool());

    auto *footer = child<QLineEdit>(editor.get(), "footerEdit");
    footer->setText(QStringLiteral("Footer {{1}}"));
    QVERIFY(footer->property("invalid").toBool());
    footer->clear();

    // An unlabeled quick reply: its row turns red until it gets a label.
    editor->addButton(TemplateButton::Type::QuickReply);
    auto *buttons = child<QTableWidget>(editor.get(), "buttonsTable");
    QCOMPARE(buttons->rowCount(), 1);
    QVERIFY(listedRules(*editor).contains(QStringLiteral("button.label_required")));
    QVERIFY(buttons->item(0, 1)->background().style() != Qt::NoBrush);
    buttons->item(0, 1)->setText(QStringLiteral("Stop"));
    QCOMPARE(buttons->item(0, 1)->background().style(), Qt::NoBrush);
    QVERIFY(editor->violations().isEmpty());

    // Quick replies split by a web button break the grouping rule; moving fixes it.
    editor->addButton(TemplateButton::Type::Url);
    buttons->item(1, 1)->setText(QStringLiteral("Shop"));
    buttons->item(1, 2)->setText(QStringLiteral("https://shop.example.com"));
    editor->addButton(TemplateButton::Type::QuickReply);   // joins the other quick reply
    QCOMPARE(editor->currentTemplate().buttons.at(1).type, TemplateButton::Type::QuickReply);
    buttons->item(1, 1)->setText(QStringLiteral("More"));
    QVERIFY(editor->violations().isEmpty());
    QCOMPARE(editor->currentTemplate().buttons.size(), 3);
}

void TestTemplateEditor::saveDraftStoresWithoutStatus()
{
    auto editor = makeEditor();
    setBody(*editor, QStringLiteral("{{1}} draft with a problem"));
    QVERIFY(!editor->violations().isEmpty());
    auto *save = child<QPushButton>(editor.get(), "saveDraftButton");
    QVERIFY(save->isEnabled());   // drafts may break rules
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(editor->savedTemplate().id > 0);
    QString error;
    const auto stored = TemplateStore(m_ws->workspace().database())
                            .find(m_sandbox.id, QStringLiteral("login_code"), QStringLiteral("en_US"), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->status, QString());
    QCOMPARE(stored->body, QStringLiteral("{{1}} draft with a problem"));
    QVERIFY(!editor->isModified());
}

void TestTemplateEditor::sandboxSubmissionApproves()
{
    auto editor = makeEditor();
    setBody(*editor, QStringLiteral("Your code is {{1}}."));
    child<QTableWidget>(editor.get(), "examplesTable")->item(0, 2)->setText(QStringLiteral("482913"));
    auto *submit = child<QPushButton>(editor.get(), "submitButton");
    QVERIFY(submit->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(editor->result(), int(QDialog::Accepted));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("24 hours")));
    QString error;
    const auto stored = TemplateStore(m_ws->workspace().database())
                            .find(m_sandbox.id, QStringLiteral("login_code"), QStringLiteral("en_US"), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->status, QStringLiteral("APPROVED"));
    QVERIFY(!stored->remoteId.isEmpty());
    QCOMPARE(stored->bodyExamples, QStringList{QStringLiteral("482913")});
}

void TestTemplateEditor::loadsExistingTemplate()
{
    MessageTemplate t;
    t.name = QStringLiteral("order_update");
    t.language = QStringLiteral("en_US");
    t.category = QStringLiteral("UTILITY");
    t.remoteId = QStringLiteral("9000000000001");
    t.status = QStringLiteral("APPROVED");
    t.headerFormat = MessageTemplate::HeaderFormat::Text;
    t.headerText = QStringLiteral("Order {{1}}");
    t.headerExamples = {QStringLiteral("#10234")};
    t.body = QStringLiteral("Hi {{1}}, your order is {{2}}.");
    t.bodyExamples = {QStringLiteral("Asha"), QStringLiteral("out for delivery")};
    TemplateButton url;
    url.type = TemplateButton::Type::Url;
    url.typeName = QStringLiteral("URL");
    url.text = QStringLiteral("Track");
    url.url = QStringLiteral("https://shop.example.com/track/{{1}}");
    url.examples = {QStringLiteral("10234")};
    t.buttons = {url};
    auto editor = makeEditor(t);
    QVERIFY(editor->violations().isEmpty());
    QVERIFY(!editor->isModified());
    QVERIFY(child<QLineEdit>(editor.get(), "templateName")->isReadOnly());   // identity at Meta
    QVERIFY(!child<QPushButton>(editor.get(), "saveDraftButton")->isVisibleTo(editor.get()));
    const MessageTemplate round = editor->currentTemplate();
    QCOMPARE(round.headerExamples, t.headerExamples);
    QCOMPARE(round.bodyExamples, t.bodyExamples);
    QCOMPARE(round.buttons.at(0).examples, url.examples);
    QCOMPARE(round.toGraphJson(), t.toGraphJson());

    // Closing with changes asks first.
    setBody(*editor, QStringLiteral("Hi {{1}}, your order {{2}} moved."));
    QVERIFY(editor->isModified());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    editor->reject();
    QVERIFY(editor->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor->reject();
    QVERIFY(!editor->isVisible());
}

void TestTemplateEditor::screenshot()
{
    auto editor = makeEditor();
    auto *format = child<QComboBox>(editor.get(), "headerFormat");
    format->setCurrentIndex(format->findData(int(MessageTemplate::HeaderFormat::Text)));
    QTest::keyClicks(child<QLineEdit>(editor.get(), "headerText"), QStringLiteral("Your order {{1}}"));
    setBody(*editor, QStringLiteral("{{1}} thanks for shopping with us! Your order is *on its way* and should "
                                    "arrive by {{2}}.\n\nQuestions? Just reply to this message."));
    child<QLineEdit>(editor.get(), "footerEdit")->setText(QStringLiteral("Herald Shop · Reply STOP to opt out"));
    editor->addButton(TemplateButton::Type::Url);
    auto *buttons = child<QTableWidget>(editor.get(), "buttonsTable");
    buttons->item(0, 1)->setText(QStringLiteral("Track order"));
    buttons->item(0, 2)->setText(QStringLiteral("https://shop.example.com/track/{{1}}"));
    editor->addButton(TemplateButton::Type::QuickReply);
    auto *examples = child<QTableWidget>(editor.get(), "examplesTable");
    examples->item(0, 2)->setText(QStringLiteral("#10234"));
    examples->item(1, 2)->setText(QStringLiteral("Asha"));
    QVERIFY(!editor->violations().isEmpty());
    QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
    QVERIFY(Screenshot::save(editor.get(), QStringLiteral("templateeditor.png")));
    child<QScrollArea>(editor.get(), "formScroll")->ensureWidgetVisible(examples);
    QVERIFY(Screenshot::save(editor.get(), QStringLiteral("templateeditor-examples.png")));
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"

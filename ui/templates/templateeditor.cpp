#include "templateeditor.h"

#include "graphclient.h"
#include "messagebox.h"
#include "secretstore.h"
#include "templatepreview.h"
#include "templatestore.h"
#include "ui_templateeditor.h"
#include "workspace.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QSet>
#include <QStyle>
#include <QUuid>
#include <algorithm>

namespace {

using Type = TemplateButton::Type;
using Part = TemplateViolation::Part;
using HF = MessageTemplate::HeaderFormat;

enum ButtonColumn { TypeColumn, TextColumn, ValueColumn, ButtonColumnCount };
enum ExampleColumn { VariableColumn, WhereColumn, ExampleColumn, ExampleColumnCount };
constexpr int TypeNameRole = Qt::UserRole + 1;
constexpr int ExtraRole = Qt::UserRole + 2;
constexpr int UrlExampleRole = Qt::UserRole + 3;
constexpr int KeyRole = Qt::UserRole + 4;

const QColor kBad(0xC6, 0x28, 0x28);
const QColor kBadBackground(0xFD, 0xE7, 0xE9);

QString typeLabel(Type type)
{
    switch (type) {
    case Type::QuickReply:
        return TemplateEditor::tr("Quick reply");
    case Type::Url:
        return TemplateEditor::tr("Visit website");
    case Type::PhoneNumber:
        return TemplateEditor::tr("Call phone number");
    case Type::CopyCode:
        return TemplateEditor::tr("Copy offer code");
    case Type::Other:
        break;
    }
    return {};
}

QString apiTypeName(Type type)
{
    switch (type) {
    case Type::QuickReply:
        return QStringLiteral("QUICK_REPLY");
    case Type::Url:
        return QStringLiteral("URL");
    case Type::PhoneNumber:
        return QStringLiteral("PHONE_NUMBER");
    case Type::CopyCode:
        return QStringLiteral("COPY_CODE");
    case Type::Other:
        break;
    }
    return {};
}

QString partLabel(const TemplateViolation &v)
{
    switch (v.part) {
    case Part::Name:
        return TemplateEditor::tr("Name");
    case Part::Language:
        return TemplateEditor::tr("Language");
    case Part::Category:
        return TemplateEditor::tr("Category");
    case Part::Header:
        return TemplateEditor::tr("Header");
    case Part::Body:
        return TemplateEditor::tr("Body");
    case Part::Footer:
        return TemplateEditor::tr("Footer");
    case Part::Buttons:
        return TemplateEditor::tr("Buttons");
    case Part::Button:
        return TemplateEditor::tr("Button %1").arg(v.buttonIndex + 1);
    }
    return {};
}

int codePoints(const QString &s)
{
    return int(s.toUcs4().size());
}

// The variable a violation's range covers ("{{first_name}}" → "first_name").
QString tokenName(const QString &text, const TemplateViolation &v)
{
    if (v.start < 0 || v.length < 4)
        return {};
    return text.mid(v.start + 2, v.length - 4);
}

bool isExampleRule(const TemplateViolation &v)
{
    return v.rule.endsWith(QLatin1String("example_missing"));
}

// Variables of one part, positional numbers sorted, named ones in order of appearance.
QList<int> positionalNumbers(const QString &text)
{
    QList<int> numbers;
    for (const TemplateVariableToken &t : MessageTemplate::scanVariables(text)) {
        if (t.kind == TemplateVariableToken::Kind::Positional && !numbers.contains(t.name.toInt()))
            numbers.append(t.name.toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QStringList namedVariables(const QString &text)
{
    QStringList names;
    for (const TemplateVariableToken &t : MessageTemplate::scanVariables(text)) {
        if (t.kind == TemplateVariableToken::Kind::Named && !names.contains(t.name))
            names.append(t.name);
    }
    return names;
}

void setInvalid(QWidget *w, bool invalid, const QString &message)
{
    w->setToolTip(message);
    if (w->property("invalid").toBool() == invalid)
        return;
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}

const char *const kLanguages[] = {"en_US", "en_GB", "en", "es", "es_ES", "es_MX", "es_AR", "pt_BR", "pt_PT", "fr",
                                  "de", "it", "nl", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "ur", "id",
                                  "ms", "fil", "th", "vi", "tr", "ru", "uk", "pl", "ar", "he", "zh_CN", "zh_HK",
                                  "zh_TW", "ja", "ko", "sw"};

} // namespace

TemplateEditor::TemplateEditor(Workspace &workspace, const Account &account, const MessageTemplate &initial,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplateEditor>())
    , m_workspace(workspace)
    , m_account(account)
    , m_initial(initial)
{
    m_ui->setupUi(this);
    setupWidgets();
    load(initial);
}

TemplateEditor::~TemplateEditor() = default;

TemplatePreview *TemplateEditor::preview() const
{
    return m_ui->templatePreview;
}

void TemplateEditor::setupWidgets()
{
    setStyleSheet(QStringLiteral(
        "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] { border: 1px solid #c62828; border-radius: 3px;"
        " background: #fff4f4; padding: 2px 4px; }"
        "QPlainTextEdit[invalid=\"true\"], QTableWidget[invalid=\"true\"] { border: 1px solid #c62828; }"
        "QLabel#noticeLabel { background: #eef5fb; border: 1px solid #c6dcef; border-radius: 4px;"
        " padding: 6px 8px; color: #1f3b57; }"));
    QFont heading = font();
    heading.setBold(true);
    m_ui->previewHeading->setFont(heading);
    m_ui->violationsHeading->setFont(heading);
    for (QLabel *hint : {m_ui->bodyHint, m_ui->buttonsHint, m_ui->examplesHint, m_ui->variablesMode}) {
        QPalette p = hint->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        hint->setPalette(p);
    }

    for (const char *code : kLanguages)
        m_ui->templateLanguage->addItem(QString::fromLatin1(code));
    m_ui->templateCategory->addItem(tr("Marketing"), QStringLiteral("MARKETING"));
    m_ui->templateCategory->addItem(tr("Utility"), QStringLiteral("UTILITY"));
    m_ui->templateCategory->addItem(tr("Authentication"), QStringLiteral("AUTHENTICATION"));
    const std::pair<HF, QString> formats[] = {{HF::None, tr("None")},   {HF::Text, tr("Text")},
                                              {HF::Image, tr("Image")}, {HF::Video, tr("Video")},
                                              {HF::Document, tr("Document")}, {HF::Location, tr("Location")}};
    for (const auto &[format, label] : formats)
        m_ui->headerFormat->addItem(label, int(format));

    QTableWidget *buttons = m_ui->buttonsTable;
    buttons->setColumnCount(ButtonColumnCount);
    buttons->setHorizontalHeaderLabels({tr("Type"), tr("Button text"), tr("Web address / phone / code")});
    buttons->verticalHeader()->hide();
    buttons->setWordWrap(false);
    buttons->verticalHeader()->setDefaultSectionSize(buttons->fontMetrics().height() + 16);
    buttons->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Interactive);
    buttons->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    buttons->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    buttons->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    buttons->setColumnWidth(TypeColumn, 165);
    buttons->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    QTableWidget *examples = m_ui->examplesTable;
    examples->setColumnCount(ExampleColumnCount);
    examples->setHorizontalHeaderLabels({tr("Variable"), tr("Used in"), tr("Example value")});
    examples->verticalHeader()->hide();
    examples->horizontalHeader()->setSectionResizeMode(VariableColumn, QHeaderView::ResizeToContents);
    examples->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    examples->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    examples->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    examples->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                              | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    auto *addMenu = new QMenu(m_ui->addButtonButton);
    for (Type type : {Type::QuickReply, Type::Url, Type::PhoneNumber, Type::CopyCode}) {
        QAction *action = addMenu->addAction(typeLabel(type));
        connect(action, &QAction::triggered, this, [this, type] { addButton(type); });
    }
    m_ui->addButtonButton->setMenu(addMenu);
    m_ui->addButtonButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_ui->removeButtonButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_TrashIcon)));
    m_ui->moveUpButton->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_ui->moveDownButton->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    connect(m_ui->removeButtonButton, &QToolButton::clicked, this, [this] { removeButton(); });
    connect(m_ui->moveUpButton, &QToolButton::clicked, this, [this] { moveButton(-1); });
    connect(m_ui->moveDownButton, &QToolButton::clicked, this, [this] { moveButton(1); });

    m_ui->editorSplitter->setStretchFactor(0, 3);
    m_ui->editorSplitter->setStretchFactor(1, 2);
    m_ui->editorSplitter->setSizes({660, 480});
    m_ui->violationsList->setIconSize(QSize(16, 16));
    m_ui->violationsList->setSpacing(1);
    m_ui->busyBar->hide();

    const auto changed = [this] { refresh(); };
    connect(m_ui->templateName, &QLineEdit::textChanged, this, changed);
    connect(m_ui->templateLanguage, &QComboBox::currentTextChanged, this, changed);
    connect(m_ui->templateCategory, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->headerFormat, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->headerText, &QLineEdit::textChanged, this, changed);
    connect(m_ui->headerSample, &QLineEdit::textChanged, this, changed);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->footerEdit, &QLineEdit::textChanged, this, changed);
    connect(buttons, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    connect(buttons, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_ui->removeButtonButton->setEnabled(row >= 0);
        m_ui->moveUpButton->setEnabled(row > 0);
        m_ui->moveDownButton->setEnabled(row >= 0 && row < m_ui->buttonsTable->rowCount() - 1);
    });
    connect(examples, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != ExampleColumn)
            return;
        const QString key = m_ui->examplesTable->item(item->row(), VariableColumn)->data(KeyRole).toString();
        if (key.startsWith(QLatin1String("button:"))) {
            if (QTableWidgetItem *typeItem = m_ui->buttonsTable->item(key.mid(7).toInt(), TypeColumn))
                typeItem->setData(UrlExampleRole, item->text());
        } else {
            m_examples.insert(key, item->text());
        }
        refresh();
    });
    connect(m_ui->violationsList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { focusViolation(item->data(Qt::UserRole).toInt()); });
    connect(m_ui->violationsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { focusViolation(item->data(Qt::UserRole).toInt()); });
    connect(m_ui->saveDraftButton, &QPushButton::clicked, this, [this] { saveDraft(); });
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] { submitForReview(); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { reject(); });
}

void TemplateEditor::load(const MessageTemplate &t)
{
    m_updating = true;
    m_examples.clear();
    const QList<int> headerNumbers = positionalNumbers(t.headerText);
    for (int i = 0; i < headerNumbers.size(); ++i)
        m_examples.insert(QStringLiteral("header:%1").arg(headerNumbers.at(i)), t.headerExamples.value(i));
    const QList<int> bodyNumbers = positionalNumbers(t.body);
    for (int i = 0; i < bodyNumbers.size(); ++i)
        m_examples.insert(QStringLiteral("body:%1").arg(bodyNumbers.at(i)), t.bodyExamples.value(i));
    for (const auto &[name, example] : t.headerNamedExamples)
        m_examples.insert(QStringLiteral("header:") + name, example);
    for (const auto &[name, example] : t.bodyNamedExamples)
        m_examples.insert(QStringLiteral("body:") + name, example);

    m_ui->templateName->setText(t.name);
    m_ui->templateLanguage->setEditText(t.language.isEmpty() ? QStringLiteral("en_US") : t.language);
    const QString category = t.category.isEmpty() ? QStringLiteral("MARKETING") : t.category;
    if (m_ui->templateCategory->findData(category) < 0)
        m_ui->templateCategory->addItem(category, category);
    m_ui->templateCategory->setCurrentIndex(m_ui->templateCategory->findData(category));
    m_ui->headerFormat->setCurrentIndex(m_ui->headerFormat->findData(int(t.headerFormat)));
    m_ui->headerText->setText(t.headerFormat == HF::Text ? t.headerText : QString());
    const bool media = t.headerFormat == HF::Image || t.headerFormat == HF::Video || t.headerFormat == HF::Document;
    m_ui->headerSample->setText(media ? t.headerExamples.value(0) : QString());
    m_ui->bodyEdit->setPlainText(t.body);
    m_ui->footerEdit->setText(t.footer);
    setButtons(t.buttons);

    const bool remote = !t.remoteId.isEmpty();
    m_ui->templateName->setReadOnly(remote);
    m_ui->templateLanguage->setEnabled(!remote);
    m_ui->saveDraftButton->setVisible(!remote);
    QString notice;
    if (m_account.kind == Account::Kind::Sandbox) {
        notice = tr("<b>Sandbox account “%1”.</b> Submitting approves the template at once: the sandbox simulates "
                    "Meta's review and nothing leaves this computer.")
                     .arg(m_account.name.toHtmlEscaped());
    } else if (remote) {
        notice = tr("<b>This template exists at Meta</b> (status %1). Its name and language cannot change. Submitting "
                    "sends the new content for review again; an approved template can be edited once a day and ten "
                    "times in 30 days.")
                     .arg(t.status.isEmpty() ? tr("unknown") : t.status.toHtmlEscaped());
    }
    m_ui->noticeLabel->setText(notice);
    m_ui->noticeLabel->setVisible(!notice.isEmpty());
    setWindowTitle(t.name.isEmpty() ? tr("New Message Template") : tr("Message Template “%1”").arg(t.name));
    m_updating = false;
    refresh();
    m_loadedJson = QString::fromUtf8(QJsonDocument(currentTemplate().toGraphJson()).toJson(QJsonDocument::Compact));
}

MessageTemplate TemplateEditor::currentTemplate() const
{
    MessageTemplate t = m_initial;
    t.accountId = m_account.id;
    t.name = m_ui->templateName->text().trimmed();
    t.language = m_ui->templateLanguage->currentText().trimmed();
    t.category = m_ui->templateCategory->currentData().toString();
    t.headerFormat = static_cast<HF>(m_ui->headerFormat->currentData().toInt());
    t.headerText = t.headerFormat == HF::Text ? m_ui->headerText->text() : QString();
    t.body = m_ui->bodyEdit->toPlainText();
    t.footer = m_ui->footerEdit->text();
    t.buttons = buttons();

    // The parameter format follows the first variable; the validator reports any of the other kind.
    t.parameterFormat = MessageTemplate::ParameterFormat::Positional;
    for (const QString &text : {t.headerText, t.body}) {
        const auto tokens = MessageTemplate::scanVariables(text);
        const auto first = std::find_if(tokens.begin(), tokens.end(), [](const TemplateVariableToken &token) {
            return token.kind != TemplateVariableToken::Kind::Malformed;
        });
        if (first != tokens.end()) {
            if (first->kind == TemplateVariableToken::Kind::Named)
                t.parameterFormat = MessageTemplate::ParameterFormat::Named;
            break;
        }
    }
    t.headerExamples.clear();
    t.headerNamedExamples.clear();
    t.bodyExamples.clear();
    t.bodyNamedExamples.clear();
    for (int n : positionalNumbers(t.headerText))
        t.headerExamples.append(m_examples.value(QStringLiteral("header:%1").arg(n)));
    for (const QString &name : namedVariables(t.headerText))
        t.headerNamedExamples.append({name, m_examples.value(QStringLiteral("header:") + name)});
    for (int n : positionalNumbers(t.body))
        t.bodyExamples.append(m_examples.value(QStringLiteral("body:%1").arg(n)));
    for (const QString &name : namedVariables(t.body))
        t.bodyNamedExamples.append({name, m_examples.value(QStringLiteral("body:") + name)});
    if (t.headerFormat == HF::Image || t.headerFormat == HF::Video || t.headerFormat == HF::Document) {
        const QString sample = m_ui->headerSample->text().trimmed();
        if (!sample.isEmpty())
            t.headerExamples = {sample};
    }
    return t;
}

bool TemplateEditor::isModified() const
{
    return QString::fromUtf8(QJsonDocument(currentTemplate().toGraphJson()).toJson(QJsonDocument::Compact))
        != m_loadedJson;
}

void TemplateEditor::refresh()
{
    if (m_updating)
        return;
    m_updating = true;
    const MessageTemplate t = currentTemplate();
    syncExamples(t);
    m_updating = false;

    m_violations = TemplateValidator::validate(t);
    m_ui->templatePreview->setTemplate(t);

    const bool text = t.headerFormat == HF::Text;
    const bool media = t.headerFormat == HF::Image || t.headerFormat == HF::Video || t.headerFormat == HF::Document;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->headerTextLabel), static_cast<QWidget *>(m_ui->headerText),
                       static_cast<QWidget *>(m_ui->headerCounter)})
        w->setVisible(text);
    m_ui->headerSampleLabel->setVisible(media);
    m_ui->headerSample->setVisible(media);
    const bool hasVariables = !t.headerExamples.isEmpty() || !t.headerNamedExamples.isEmpty()
        || !t.bodyExamples.isEmpty() || !t.bodyNamedExamples.isEmpty();
    m_ui->variablesMode->setText(!hasVariables ? tr("No variables yet.")
                                 : t.parameterFormat == MessageTemplate::ParameterFormat::Named
                                     ? tr("Named variables ({{first_name}}): parameter format NAMED.")
                                     : tr("Numbered variables ({{1}}, {{2}}…): parameter format POSITIONAL."));
    updateCounters(t);
    showViolations();
    applyHighlights();

    const bool clean = m_violations.isEmpty();
    m_ui->submitButton->setEnabled(clean && !m_busy);
    m_ui->submitButton->setToolTip(clean ? tr("Send the template to Meta for review")
                                         : tr("Fix the problems listed on the right first."));
    m_ui->saveDraftButton->setEnabled(!m_busy && !t.name.isEmpty() && !t.language.isEmpty());
    m_ui->saveDraftButton->setToolTip(tr("Keep the template in this workspace without submitting it"));
}

void TemplateEditor::updateCounters(const MessageTemplate &t)
{
    const auto show = [](QLabel *label, int n, int max) {
        label->setText(QStringLiteral("%1 / %2").arg(n).arg(max));
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, n > max ? kBad : p.color(QPalette::PlaceholderText));
        label->setPalette(p);
    };
    show(m_ui->headerCounter, codePoints(t.headerText), 60);
    show(m_ui->bodyCounter, codePoints(t.body), 1024);
    show(m_ui->footerCounter, codePoints(t.footer), 60);
}

void TemplateEditor::syncExamples(const MessageTemplate &t)
{
    struct Row
    {
        QString key, variable, where, value;
    };
    QList<Row> rows;
    if (t.headerFormat == HF::Text) {
        for (const QString &name : MessageTemplate::variables(t.headerText)) {
            const QString key = QStringLiteral("header:") + name;
            rows.append({key, QStringLiteral("{{%1}}").arg(name), tr("Header"), m_examples.value(key)});
        }
    }
    for (const QString &name : MessageTemplate::variables(t.body)) {
        const QString key = QStringLiteral("body:") + name;
        rows.append({key, QStringLiteral("{{%1}}").arg(name), tr("Body"), m_examples.value(key)});
    }
    for (int i = 0; i < t.buttons.size(); ++i) {
        const TemplateButton &b = t.buttons.at(i);
        if (b.type != Type::Url)
            continue;
        for (const QString &name : MessageTemplate::variables(b.url)) {
            const QString where = tr("Button “%1” (web address)").arg(b.text);
            rows.append({QStringLiteral("button:%1").arg(i), QStringLiteral("{{%1}}").arg(name), where,
                         m_ui->buttonsTable->item(i, TypeColumn)->data(UrlExampleRole).toString()});
        }
    }

    QTableWidget *table = m_ui->examplesTable;
    bool same = table->rowCount() == rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = table->item(i, VariableColumn)->data(KeyRole).toString() == rows.at(i).key;
    if (same) {
        for (int i = 0; i < rows.size(); ++i) {
            if (table->item(i, WhereColumn)->text() != rows.at(i).where)
                table->item(i, WhereColumn)->setText(rows.at(i).where);
        }
        return;
    }
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto *variable = new QTableWidgetItem(rows.at(i).variable);
        variable->setData(KeyRole, rows.at(i).key);
        variable->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *where = new QTableWidgetItem(rows.at(i).where);
        where->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *value = new QTableWidgetItem(rows.at(i).value);
        value->setToolTip(tr("What a real customer would see here"));
        table->setItem(i, VariableColumn, variable);
        table->setItem(i, WhereColumn, where);
        table->setItem(i, ExampleColumn, value);
    }
    m_ui->examplesGroup->setTitle(rows.isEmpty() ? tr("Variable examples") : tr("Variable examples (%1)").arg(rows.size()));
}

void TemplateEditor::showViolations()
{
    QListWidget *list = m_ui->violationsList;
    list->clear();
    for (int i = 0; i < m_violations.size(); ++i) {
        const TemplateViolation &v = m_violations.at(i);
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                         QStringLiteral("%1: %2").arg(partLabel(v), v.message), list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(tr("%1 (rule %2). Click to go there.").arg(v.message, v.rule));
    }
    if (m_violations.isEmpty()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No problems found: the template follows Meta's rules."), list);
        item->setData(Qt::UserRole, -1);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(QColor(0x1B, 0x7F, 0x3B));
    }
    m_ui->violationsHeading->setText(m_violations.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(m_violations.size()));
}

void TemplateEditor::applyHighlights()
{
    QHash<QWidget *, QStringList> messages;
    QList<QTextEdit::ExtraSelection> bodySelections;
    QHash<int, QStringList> badRows;
    QSet<QString> badExamples;
    const bool media = m_ui->headerSample->isVisibleTo(this);
    for (const TemplateViolation &v : std::as_const(m_violations)) {
        switch (v.part) {
        case Part::Name:
            messages[m_ui->templateName] << v.message;
            break;
        case Part::Language:
            messages[m_ui->templateLanguage] << v.message;
            break;
        case Part::Category:
            messages[m_ui->templateCategory] << v.message;
            break;
        case Part::Header:
            if (media) {
                messages[m_ui->headerSample] << v.message;
            } else {
                messages[m_ui->headerText] << v.message;
                if (isExampleRule(v))
                    badExamples.insert(QStringLiteral("header:") + tokenName(m_ui->headerText->text(), v));
            }
            break;
        case Part::Body:
            if (isExampleRule(v))
                badExamples.insert(QStringLiteral("body:") + tokenName(m_ui->bodyEdit->toPlainText(), v));
            if (v.start >= 0) {
                QTextEdit::ExtraSelection selection;
                selection.cursor = QTextCursor(m_ui->bodyEdit->document());
                selection.cursor.setPosition(v.start);
                selection.cursor.setPosition(v.start + qMax(v.length, 1), QTextCursor::KeepAnchor);
                selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                selection.format.setUnderlineColor(kBad);
                selection.format.setBackground(kBadBackground);
                selection.format.setToolTip(v.message);
                bodySelections.append(selection);
            } else {
                messages[m_ui->bodyEdit] << v.message;
            }
            break;
        case Part::Footer:
            messages[m_ui->footerEdit] << v.message;
            break;
        case Part::Buttons:
            messages[m_ui->buttonsTable] << v.message;
            break;
        case Part::Button:
            badRows[v.buttonIndex] << v.message;
            // A web address's variable without an example: its row in the examples table.
            if (isExampleRule(v) && buttonAt(v.buttonIndex).type == Type::Url)
                badExamples.insert(QStringLiteral("button:%1").arg(v.buttonIndex));
            break;
        }
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ui->templateName), static_cast<QWidget *>(m_ui->templateLanguage),
                       static_cast<QWidget *>(m_ui->templateCategory), static_cast<QWidget *>(m_ui->headerText),
                       static_cast<QWidget *>(m_ui->headerSample), static_cast<QWidget *>(m_ui->bodyEdit),
                       static_cast<QWidget *>(m_ui->footerEdit), static_cast<QWidget *>(m_ui->buttonsTable)}) {
        const QStringList list = messages.value(w);
        setInvalid(w, !list.isEmpty(), list.join(QLatin1Char('\n')));
    }
    m_ui->bodyEdit->setExtraSelections(bodySelections);

    m_updating = true;
    QTableWidget *buttons = m_ui->buttonsTable;
    for (int row = 0; row < buttons->rowCount(); ++row) {
        const QStringList list = badRows.value(row);
        for (int column = TextColumn; column < ButtonColumnCount; ++column) {
            QTableWidgetItem *item = buttons->item(row, column);
            item->setBackground(list.isEmpty() ? QBrush() : QBrush(kBadBackground));
            item->setToolTip(list.join(QLatin1Char('\n')));
        }
        if (auto *combo = buttons->cellWidget(row, TypeColumn))
            setInvalid(combo, !list.isEmpty(), list.join(QLatin1Char('\n')));
    }
    QTableWidget *examples = m_ui->examplesTable;
    for (int row = 0; row < examples->rowCount(); ++row) {
        const bool bad = badExamples.contains(examples->item(row, VariableColumn)->data(KeyRole).toString());
        examples->item(row, ExampleColumn)->setBackground(bad ? QBrush(kBadBackground) : QBrush());
    }
    m_updating = false;
}

void TemplateEditor::focusViolation(int index)
{
    if (index < 0 || index >= m_violations.size())
        return;
    const TemplateViolation v = m_violations.at(index);
    const auto selectIn = [&v](QLineEdit *edit) {
        edit->setFocus(Qt::OtherFocusReason);
        if (v.start >= 0)
            edit->setSelection(v.start, v.length);
        else
            edit->selectAll();
    };
    const auto focusExample = [this](const QString &key) {
        QTableWidget *table = m_ui->examplesTable;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, VariableColumn)->data(KeyRole).toString() == key) {
                table->setFocus(Qt::OtherFocusReason);
                table->setCurrentCell(row, ExampleColumn);
                m_ui->formScroll->ensureWidgetVisible(table);
                table->editItem(table->item(row, ExampleColumn));
                return true;
            }
        }
        return false;
    };
    switch (v.part) {
    case Part::Name:
        selectIn(m_ui->templateName);
        break;
    case Part::Language:
        m_ui->templateLanguage->setFocus(Qt::OtherFocusReason);
        m_ui->templateLanguage->lineEdit()->selectAll();
        break;
    case Part::Category:
        m_ui->templateCategory->setFocus(Qt::OtherFocusReason);
        break;
    case Part::Header:
        if (m_ui->headerSample->isVisibleTo(this)) {
            selectIn(m_ui->headerSample);
        } else if (!isExampleRule(v) || !focusExample(QStringLiteral("header:") + tokenName(m_ui->headerText->text(), v))) {
            selectIn(m_ui->headerText);
        }
        m_ui->formScroll->ensureWidgetVisible(m_ui->headerGroup);
        break;
    case Part::Body:
        if (isExampleRule(v) && focusExample(QStringLiteral("body:") + tokenName(m_ui->bodyEdit->toPlainText(), v)))
            break;
        m_ui->formScroll->ensureWidgetVisible(m_ui->bodyGroup);
        m_ui->bodyEdit->setFocus(Qt::OtherFocusReason);
        if (v.start >= 0) {
            QTextCursor cursor = m_ui->bodyEdit->textCursor();
            cursor.setPosition(v.start);
            cursor.setPosition(v.start + v.length, QTextCursor::KeepAnchor);
            m_ui->bodyEdit->setTextCursor(cursor);
        }
        break;
    case Part::Footer:
        selectIn(m_ui->footerEdit);
        break;
    case Part::Buttons:
        m_ui->formScroll->ensureWidgetVisible(m_ui->buttonsGroup);
        m_ui->buttonsTable->setFocus(Qt::OtherFocusReason);
        break;
    case Part::Button: {
        const int row = v.buttonIndex;
        if (isExampleRule(v) && buttonAt(row).type == Type::Url
            && focusExample(QStringLiteral("button:%1").arg(row)))
            break;
        m_ui->formScroll->ensureWidgetVisible(m_ui->buttonsGroup);
        m_ui->buttonsTable->setFocus(Qt::OtherFocusReason);
        m_ui->buttonsTable->setCurrentCell(row, v.field == TemplateViolation::Field::Text ? TextColumn : ValueColumn);
        break;
    }
    }
}

// --- buttons table -------------------------------------------------------------------------------------

void TemplateEditor::setButtons(const QList<TemplateButton> &list)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_ui->buttonsTable->setRowCount(0);
    for (int i = 0; i < list.size(); ++i)
        insertButtonRow(i, list.at(i));
    m_updating = wasUpdating;
    const int row = m_ui->buttonsTable->currentRow();
    m_ui->removeButtonButton->setEnabled(row >= 0);
    m_ui->moveUpButton->setEnabled(row > 0);
    m_ui->moveDownButton->setEnabled(row >= 0 && row < list.size() - 1);
}

QList<TemplateButton> TemplateEditor::buttons() const
{
    QList<TemplateButton> list;
    for (int row = 0; row < m_ui->buttonsTable->rowCount(); ++row)
        list.append(buttonAt(row));
    return list;
}

int TemplateEditor::rowOfTypeCombo(const QObject *combo) const
{
    for (int row = 0; row < m_ui->buttonsTable->rowCount(); ++row) {
        if (m_ui->buttonsTable->cellWidget(row, TypeColumn) == combo)
            return row;
    }
    return -1;
}

TemplateButton TemplateEditor::buttonAt(int row) const
{
    TemplateButton b;
    QTableWidget *table = m_ui->buttonsTable;
    const QTableWidgetItem *typeItem = table->item(row, TypeColumn);
    const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, TypeColumn));
    if (!typeItem || !combo)
        return b;
    b.type = static_cast<Type>(combo->currentData().toInt());
    b.typeName = b.type == Type::Other ? typeItem->data(TypeNameRole).toString() : apiTypeName(b.type);
    b.extra = typeItem->data(ExtraRole).toJsonObject();
    const QString value = table->item(row, ValueColumn)->text().trimmed();
    if (b.type != Type::CopyCode)
        b.text = table->item(row, TextColumn)->text();
    switch (b.type) {
    case Type::Url: {
        b.url = value;
        const QString example = typeItem->data(UrlExampleRole).toString();
        if (!MessageTemplate::variables(b.url).isEmpty() && !example.isEmpty())
            b.examples = {example};
        break;
    }
    case Type::PhoneNumber:
        b.phoneNumber = value;
        break;
    case Type::CopyCode:
        if (!value.isEmpty())
            b.examples = {value};
        break;
    case Type::QuickReply:
    case Type::Other:
        break;
    }
    return b;
}

void TemplateEditor::insertButtonRow(int row, const TemplateButton &b)
{
    QTableWidget *table = m_ui->buttonsTable;
    table->insertRow(row);
    auto *typeItem = new QTableWidgetItem;
    typeItem->setData(TypeNameRole, b.typeName);
    typeItem->setData(ExtraRole, b.extra);
    typeItem->setData(UrlExampleRole, b.type == Type::Url ? b.examples.value(0) : QString());
    typeItem->setFlags(Qt::ItemIsEnabled);
    table->setItem(row, TypeColumn, typeItem);
    QString value;
    if (b.type == Type::Url)
        value = b.url;
    else if (b.type == Type::PhoneNumber)
        value = b.phoneNumber;
    else if (b.type == Type::CopyCode)
        value = b.examples.value(0);
    table->setItem(row, TextColumn, new QTableWidgetItem(b.type == Type::CopyCode ? QString() : b.text));
    table->setItem(row, ValueColumn, new QTableWidgetItem(value));

    auto *combo = new QComboBox(table);
    combo->setFrame(false);
    if (b.type == Type::Other) {
        combo->addItem(b.typeName, int(Type::Other));
        combo->setEnabled(false);
        combo->setToolTip(tr("A button kind Herald does not edit; it is kept as it is."));
    } else {
        for (Type type : {Type::QuickReply, Type::Url, Type::PhoneNumber, Type::CopyCode})
            combo->addItem(typeLabel(type), int(type));
        combo->setCurrentIndex(combo->findData(int(b.type)));
    }
    table->setCellWidget(row, TypeColumn, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        const int r = rowOfTypeCombo(combo);
        if (r < 0)
            return;
        m_updating = true;
        m_ui->buttonsTable->item(r, ValueColumn)->setText(QString());
        m_updating = false;
        updateButtonRow(r);
        refresh();
    });
    updateButtonRow(row);
}

void TemplateEditor::updateButtonRow(int row)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    QTableWidget *table = m_ui->buttonsTable;
    const Type type = static_cast<Type>(qobject_cast<QComboBox *>(table->cellWidget(row, TypeColumn))->currentData().toInt());
    QTableWidgetItem *text = table->item(row, TextColumn);
    QTableWidgetItem *value = table->item(row, ValueColumn);
    const Qt::ItemFlags editable = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    const Qt::ItemFlags fixed = Qt::ItemIsSelectable;
    text->setFlags(type == Type::CopyCode || type == Type::Other ? fixed : editable);
    value->setFlags(type == Type::QuickReply || type == Type::Other ? fixed : editable);
    if (type == Type::CopyCode)
        text->setText(tr("Copy offer code"));
    switch (type) {
    case Type::Url:
        value->setToolTip(tr("https://… — may end in {{1}} for a per-recipient part"));
        break;
    case Type::PhoneNumber:
        value->setToolTip(tr("International format, e.g. +15550100"));
        break;
    case Type::CopyCode:
        value->setToolTip(tr("An example code, up to 15 characters"));
        break;
    case Type::QuickReply:
    case Type::Other:
        value->setToolTip(QString());
        break;
    }
    m_updating = wasUpdating;
}

void TemplateEditor::addButton(TemplateButton::Type type)
{
    TemplateButton b;
    b.type = type;
    b.typeName = apiTypeName(type);
    QList<TemplateButton> list = buttons();
    // Quick replies join the other quick replies, so the group stays together.
    int row = int(list.size());
    if (type == Type::QuickReply) {
        for (int i = int(list.size()) - 1; i >= 0; --i) {
            if (list.at(i).type == Type::QuickReply) {
                row = i + 1;
                break;
            }
        }
    }
    m_updating = true;
    insertButtonRow(row, b);
    m_updating = false;
    m_ui->buttonsTable->setCurrentCell(row, type == Type::CopyCode ? ValueColumn : TextColumn);
    m_ui->buttonsTable->setFocus(Qt::OtherFocusReason);
    refresh();
}

void TemplateEditor::removeButton()
{
    const int row = m_ui->buttonsTable->currentRow();
    if (row < 0)
        return;
    QList<TemplateButton> list = buttons();
    list.removeAt(row);
    setButtons(list);
    m_ui->buttonsTable->setCurrentCell(qMin(row, int(list.size()) - 1), TextColumn);
    refresh();
}

void TemplateEditor::moveButton(int delta)
{
    const int row = m_ui->buttonsTable->currentRow();
    const int target = row + delta;
    QList<TemplateButton> list = buttons();
    if (row < 0 || target < 0 || target >= list.size())
        return;
    list.swapItemsAt(row, target);
    setButtons(list);
    m_ui->buttonsTable->setCurrentCell(target, m_ui->buttonsTable->currentColumn() < 0 ? TextColumn
                                                                                      : m_ui->buttonsTable->currentColumn());
    refresh();
}

// --- saving ------------------------------------------------------------------------------------------------

bool TemplateEditor::resolveIdentity(MessageTemplate &t)
{
    QString error;
    const auto existing = TemplateStore(m_workspace.database()).find(m_account.id, t.name, t.language, &error);
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Templates"), tr("The templates could not be read: %1").arg(error));
        return false;
    }
    if (!existing || existing->id == t.id)
        return true;
    if (!existing->remoteId.isEmpty() && existing->remoteId != t.remoteId) {
        MessageBox::warning(this, tr("Name taken"),
                            tr("A template “%1” in %2 already exists at Meta. Choose another name, or edit that "
                               "template instead.")
                                .arg(t.name, t.language));
        return false;
    }
    if (MessageBox::question(this, tr("Replace draft?"),
                             tr("A draft “%1” in %2 already exists. Replace it with this one?").arg(t.name, t.language),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No, tr("Replace"))
        != QMessageBox::Yes)
        return false;
    t.id = existing->id;
    return true;
}

bool TemplateEditor::store(MessageTemplate t, const QString &confirmation)
{
    QString error;
    const qint64 id = TemplateStore(m_workspace.database()).save(t, &error);
    if (!id) {
        MessageBox::critical(this, tr("Not saved"), tr("The template could not be saved: %1").arg(error));
        return false;
    }
    t.id = id;
    m_saved = t;
    m_initial = t;
    m_loadedJson = QString::fromUtf8(QJsonDocument(currentTemplate().toGraphJson()).toJson(QJsonDocument::Compact));
    Q_EMIT templateSaved(t);
    if (!confirmation.isEmpty())
        MessageBox::information(this, tr("Template saved"), confirmation);
    return true;
}

bool TemplateEditor::saveDraft()
{
    MessageTemplate t = currentTemplate();
    if (!t.remoteId.isEmpty() || t.name.isEmpty() || t.language.isEmpty() || m_busy)
        return false;
    t.status.clear();   // a local draft has no status (MessageTemplate::isFlagged, TemplateTableModel: "Draft")
    if (!resolveIdentity(t) || !store(t, {}))
        return false;
    m_ui->busyLabel->setText(tr("Draft saved."));
    return true;
}

void TemplateEditor::submitForReview()
{
    if (!m_violations.isEmpty() || m_busy)
        return;
    MessageTemplate t = currentTemplate();
    if (!resolveIdentity(t))
        return;
    if (m_account.kind == Account::Kind::Sandbox) {
        t.status = QStringLiteral("APPROVED");
        t.rejectedReason.clear();
        if (t.remoteId.isEmpty())
            t.remoteId = QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (store(t, tr("The sandbox approved “%1” at once: it simulates Meta's review. On a WhatsApp Cloud API "
                        "account the review can take up to 24 hours.")
                         .arg(t.name)))
            accept();
        return;
    }
    if (t.remoteId.isEmpty() && m_account.wabaId.isEmpty()) {
        MessageBox::critical(this, tr("Cannot submit"),
                             tr("The account “%1” has no WhatsApp Business Account ID. Set it in Settings → Sending "
                                "accounts.")
                                 .arg(m_account.name));
        return;
    }
    setBusy(true, tr("Reading the access token…"));
    auto *secrets = new SecretStore(m_workspace.workspaceId(), this);
    secrets->read(m_account.id, SecretStore::Secret::AccessToken, this,
                  [this, secrets, t](const SecretStore::Result &r) {
                      secrets->deleteLater();
                      if (!r.ok()) {
                          setBusy(false);
                          MessageBox::critical(this, tr("Cannot submit"),
                                               r.status == SecretStore::Status::NotFound
                                                   ? tr("No access token is stored for “%1”. Set it in Settings → "
                                                        "Sending accounts.")
                                                         .arg(m_account.name)
                                                   : r.message);
                          return;
                      }
                      submitToMeta(t, r.value);
                  });
}

void TemplateEditor::submitToMeta(const MessageTemplate &t, const QString &token)
{
    setBusy(true, tr("Submitting to Meta…"));
    auto *client = new GraphClient(m_account, token, this);
    const bool edit = !t.remoteId.isEmpty();
    QJsonObject body = t.toGraphJson();
    QUrl url;
    if (edit) {
        // Editing an existing template: POST /{template-id} with the new components.
        url = client->url(t.remoteId);
        body = QJsonObject{{QStringLiteral("components"), body.value(QStringLiteral("components"))}};
    } else {
        url = client->url(m_account.wabaId + QStringLiteral("/message_templates"));
    }
    client->post(url, body, [this, client, t, edit](const QJsonObject &reply, const GraphError &error) {
        client->deleteLater();
        setBusy(false);
        if (!error.ok()) {
            MessageBox::critical(this, tr("Submission failed"),
                                 tr("Meta did not accept “%1”.\n\n%2").arg(t.name, error.describe()));
            return;
        }
        MessageTemplate submitted = t;
        if (!edit)
            submitted.remoteId = reply.value(QStringLiteral("id")).toVariant().toString();
        const QString status = reply.value(QStringLiteral("status")).toString().toUpper();
        submitted.status = status.isEmpty() ? QStringLiteral("PENDING") : status;
        const QString category = reply.value(QStringLiteral("category")).toString().toUpper();
        if (!category.isEmpty())
            submitted.category = category;
        submitted.rejectedReason.clear();
        if (store(submitted, tr("“%1” was submitted for review (status %2). Meta reviews templates automatically; "
                                "the answer can take up to 24 hours. Sync the templates to see it.")
                                 .arg(submitted.name, submitted.status)))
            accept();
    });
}

void TemplateEditor::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->busyLabel->setText(message);
    m_ui->formScroll->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(!busy);
    m_ui->submitButton->setEnabled(!busy && m_violations.isEmpty());
    m_ui->saveDraftButton->setEnabled(!busy);
}

void TemplateEditor::reject()
{
    if (m_busy)
        return;
    if (isModified()
        && MessageBox::question(this, tr("Discard changes?"), tr("The template has unsaved changes. Discard them?"),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

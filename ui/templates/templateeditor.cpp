#include "ui/templates/templateeditor.h"

#include "ui/messagebox.h"
#include "ui/templates/templatebuttonseditor.h"
#include "ui/templates/templateeditorstyle.h"
#include "ui/templates/templateexampleseditor.h"
#include "ui/templates/templatepreview.h"
#include "ui/templates/templatesubmitter.h"
#include "ui/templates/templateviolationmarker.h"
#include "ui/tonestyle.h"
#include "ui_templateeditor.h"

#include <QJsonDocument>
#include <algorithm>

namespace {

using HF = MessageTemplate::HeaderFormat;

int codePoints(const QString &s)
{
    return int(s.toUcs4().size());
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
    , m_account(account)
    , m_initial(initial)
{
    m_ui->setupUi(this);
    m_submitter = new TemplateSubmitter(workspace, account, this);
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
    const ToneColors invalid = toneColors(Tone::Danger);
    setStyleSheet(QStringLiteral(
        "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] { border: 1px solid %1; border-radius: 3px;"
        " background: %2; color: %3; padding: 2px 4px; }"
        "QPlainTextEdit[invalid=\"true\"], QTableWidget[invalid=\"true\"] { border: 1px solid %1; }"
        "QLabel#noticeLabel { border-radius: 4px; padding: 6px 8px; %4 }")
                      .arg(cssColor(toneText(Tone::Danger)), cssColor(invalid.background), cssColor(invalid.text),
                           toneStyle(Tone::Active)));
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

    m_buttons = new TemplateButtonsEditor(m_ui->buttonsTable, m_ui->addButtonButton, m_ui->removeButtonButton,
                                          m_ui->moveUpButton, m_ui->moveDownButton, this);
    m_examples = new TemplateExamplesEditor(m_ui->examplesTable, m_ui->examplesGroup, m_ui->formScroll, this);
    m_marker = new TemplateViolationMarker(this, m_ui.get(), m_buttons, m_examples);

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
    connect(m_buttons, &TemplateButtonsEditor::changed, this, changed);
    connect(m_examples, &TemplateExamplesEditor::buttonExampleEdited, m_buttons, &TemplateButtonsEditor::setUrlExample);
    connect(m_examples, &TemplateExamplesEditor::changed, this, changed);
    connect(m_ui->violationsList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { focusViolation(item->data(Qt::UserRole).toInt()); });
    connect(m_ui->violationsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { focusViolation(item->data(Qt::UserRole).toInt()); });
    connect(m_ui->saveDraftButton, &QPushButton::clicked, this, [this] { saveDraft(); });
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] { submitForReview(); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { reject(); });

    connect(m_submitter, &TemplateSubmitter::busyChanged, this,
            [this](bool busy, const QString &message) { setBusy(busy, message); });
    connect(m_submitter, &TemplateSubmitter::stored, this, [this](const MessageTemplate &t) { onStored(t); });
    connect(m_submitter, &TemplateSubmitter::submitted, this, [this] { accept(); });
}

void TemplateEditor::load(const MessageTemplate &t)
{
    m_updating = true;
    m_examples->load(t);

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
    m_buttons->setButtons(t.buttons);

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
    t.buttons = m_buttons->buttons();

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
    m_examples->apply(t);
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
    m_examples->sync(t);
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
                                     ? tr("Named variables, such as {{first_name}}.")
                                     : tr("Numbered variables: {{1}}, {{2}}…."));
    updateCounters(t);
    m_marker->show(m_violations);

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
        p.setColor(QPalette::WindowText, n > max ? TemplateEditorStyle::bad() : p.color(QPalette::PlaceholderText));
        label->setPalette(p);
    };
    show(m_ui->headerCounter, codePoints(t.headerText), 60);
    show(m_ui->bodyCounter, codePoints(t.body), 1024);
    show(m_ui->footerCounter, codePoints(t.footer), 60);
}

void TemplateEditor::focusViolation(int index)
{
    if (index >= 0 && index < m_violations.size())
        m_marker->focus(m_violations.at(index));
}

void TemplateEditor::addButton(TemplateButton::Type type)
{
    m_buttons->addButton(type);
}

bool TemplateEditor::saveDraft()
{
    const MessageTemplate t = currentTemplate();
    if (!t.remoteId.isEmpty() || t.name.isEmpty() || t.language.isEmpty() || m_busy)
        return false;
    if (!m_submitter->saveDraft(t))
        return false;
    m_ui->busyLabel->setText(tr("Draft saved."));
    return true;
}

void TemplateEditor::submitForReview()
{
    if (!m_violations.isEmpty() || m_busy)
        return;
    m_submitter->submit(currentTemplate());
}

void TemplateEditor::onStored(const MessageTemplate &t)
{
    m_saved = t;
    m_initial = t;
    m_loadedJson = QString::fromUtf8(QJsonDocument(currentTemplate().toGraphJson()).toJson(QJsonDocument::Compact));
    Q_EMIT templateSaved(t);
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

#include "ui/templates/templateviolationmarker.h"

#include "ui/templates/templatebuttonseditor.h"
#include "ui/templates/templateeditorstyle.h"
#include "ui/templates/templateexampleseditor.h"
#include "ui/tonestyle.h"
#include "ui_templateeditor.h"

#include <QHash>
#include <QSet>
#include <QStyle>

namespace {

using Part = TemplateViolation::Part;

QString partLabel(const TemplateViolation &v)
{
    switch (v.part) {
    case Part::Name:
        return TemplateViolationMarker::tr("Name");
    case Part::Language:
        return TemplateViolationMarker::tr("Language");
    case Part::Category:
        return TemplateViolationMarker::tr("Category");
    case Part::Header:
        return TemplateViolationMarker::tr("Header");
    case Part::Body:
        return TemplateViolationMarker::tr("Body");
    case Part::Footer:
        return TemplateViolationMarker::tr("Footer");
    case Part::Buttons:
        return TemplateViolationMarker::tr("Buttons");
    case Part::Button:
        return TemplateViolationMarker::tr("Button %1").arg(v.buttonIndex + 1);
    }
    return {};
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

} // namespace

TemplateViolationMarker::TemplateViolationMarker(QDialog *dialog, Ui::TemplateEditor *ui,
                                                 TemplateButtonsEditor *buttons, TemplateExamplesEditor *examples)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_ui(ui)
    , m_buttons(buttons)
    , m_examples(examples)
{
}

void TemplateViolationMarker::show(const QList<TemplateViolation> &violations)
{
    showList(violations);
    highlight(violations);
}

void TemplateViolationMarker::showList(const QList<TemplateViolation> &violations)
{
    QListWidget *list = m_ui->violationsList;
    list->clear();
    for (int i = 0; i < violations.size(); ++i) {
        const TemplateViolation &v = violations.at(i);
        auto *item = new QListWidgetItem(m_dialog->style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                         QStringLiteral("%1: %2").arg(partLabel(v), v.message), list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(tr("%1 (rule %2). Click to go there.").arg(v.message, v.rule));
    }
    if (violations.isEmpty()) {
        auto *item = new QListWidgetItem(m_dialog->style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No problems found: the template follows Meta's rules."), list);
        item->setData(Qt::UserRole, -1);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(toneText(Tone::Success));
    }
    m_ui->violationsHeading->setText(violations.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(violations.size()));
}

void TemplateViolationMarker::highlight(const QList<TemplateViolation> &violations)
{
    QHash<QWidget *, QStringList> messages;
    QList<QTextEdit::ExtraSelection> bodySelections;
    QHash<int, QStringList> badRows;
    QSet<QString> badExamples;
    const bool media = m_ui->headerSample->isVisibleTo(m_dialog);
    for (const TemplateViolation &v : violations) {
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
                selection.format.setUnderlineColor(TemplateEditorStyle::bad());
                selection.format.setBackground(TemplateEditorStyle::badBackground());
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
            if (isExampleRule(v) && m_buttons->buttonAt(v.buttonIndex).type == TemplateButton::Type::Url)
                badExamples.insert(QStringLiteral("button:%1").arg(v.buttonIndex));
            break;
        }
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ui->templateName), static_cast<QWidget *>(m_ui->templateLanguage),
                       static_cast<QWidget *>(m_ui->templateCategory), static_cast<QWidget *>(m_ui->headerText),
                       static_cast<QWidget *>(m_ui->headerSample), static_cast<QWidget *>(m_ui->bodyEdit),
                       static_cast<QWidget *>(m_ui->footerEdit), static_cast<QWidget *>(m_ui->buttonsTable)}) {
        const QStringList list = messages.value(w);
        TemplateEditorStyle::setInvalid(w, !list.isEmpty(), list.join(QLatin1Char('\n')));
    }
    m_ui->bodyEdit->setExtraSelections(bodySelections);
    m_buttons->setRowProblems(badRows);
    m_examples->setProblems(badExamples);
}

void TemplateViolationMarker::focus(const TemplateViolation &v)
{
    const auto selectIn = [&v](QLineEdit *edit) {
        edit->setFocus(Qt::OtherFocusReason);
        if (v.start >= 0)
            edit->setSelection(v.start, v.length);
        else
            edit->selectAll();
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
        if (m_ui->headerSample->isVisibleTo(m_dialog)) {
            selectIn(m_ui->headerSample);
        } else if (!isExampleRule(v)
                   || !m_examples->focusKey(QStringLiteral("header:") + tokenName(m_ui->headerText->text(), v))) {
            selectIn(m_ui->headerText);
        }
        m_ui->formScroll->ensureWidgetVisible(m_ui->headerGroup);
        break;
    case Part::Body:
        if (isExampleRule(v)
            && m_examples->focusKey(QStringLiteral("body:") + tokenName(m_ui->bodyEdit->toPlainText(), v)))
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
        if (isExampleRule(v) && m_buttons->buttonAt(row).type == TemplateButton::Type::Url
            && m_examples->focusKey(QStringLiteral("button:%1").arg(row)))
            break;
        m_ui->formScroll->ensureWidgetVisible(m_ui->buttonsGroup);
        m_ui->buttonsTable->setFocus(Qt::OtherFocusReason);
        m_ui->buttonsTable->setCurrentCell(row, v.field == TemplateViolation::Field::Text
                                                    ? TemplateButtonsEditor::TextColumn
                                                    : TemplateButtonsEditor::ValueColumn);
        break;
    }
    }
}

#include "ui/templates/templatedetailpane.h"

#include "models/itemmodels/templatetablemodel.h"
#include "ui/leadingmargins.h"
#include "ui/templates/templatepreview.h"
#include "ui/tonestyle.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

TemplateDetailPane::TemplateDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("templateDetail"));
    auto *layout = new QVBoxLayout(this);
    LeadingMargins::apply(this, layout, 8, 0, 0, 0);
    layout->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("templateMeta"));
    m_meta->setWordWrap(true);
    QPalette p = m_meta->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_meta->setPalette(p);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("templateWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_preview = new TemplatePreview;
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("previewScroll"));
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(300);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_warning);
    layout->addWidget(scroll, 1);
}

QString TemplateDetailPane::categoryText(const QString &category)
{
    return category.isEmpty() ? QString() : category.left(1) + category.mid(1).toLower();
}

void TemplateDetailPane::showTemplate(const MessageTemplate *t, const QString &statusNote)
{
    if (!t) {
        m_title->setText(tr("No template selected"));
        m_meta->setText(tr("Select a template to see how it looks on a phone."));
        m_warning->hide();
        MessageTemplate placeholder;
        placeholder.body = tr("Select a template in the list to preview it here.");
        m_preview->setTemplate(placeholder);
        return;
    }
    m_title->setText(t->name);
    QStringList meta{t->language, categoryText(t->category),
                     TemplateTableModel::statusText(TemplateTableModel::rawStatus(*t))};
    if (!t->quality.isEmpty())
        meta << tr("quality %1").arg(TemplateTableModel::qualityText(t->quality).toLower());
    meta.removeAll(QString());
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));

    QString warning;
    QString style;
    if (t->isFlagged() || t->status == QLatin1String("REJECTED")) {
        warning = statusNote;
        if (warning.isEmpty())
            warning = tr("Status %1: this template cannot be sent now.").arg(t->status);
        style = toneStyle(Tone::Danger);
        warning = QStringLiteral("⚠ ") + warning;
    } else if (t->status.isEmpty()) {
        warning = tr("Draft: not submitted to Meta yet. Open it and choose “Submit for review”.");
        style = toneStyle(Tone::Active);
    } else if (t->status == QLatin1String("PENDING")) {
        warning = tr("In review at Meta; this can take up to 24 hours. Sync to see the outcome.");
        style = toneStyle(Tone::Active);
    }
    m_warning->setText(warning);
    m_warning->setStyleSheet(style);
    m_warning->setVisible(!warning.isEmpty());
    m_preview->setTemplate(*t);
}

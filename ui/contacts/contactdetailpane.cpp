#include "ui/contacts/contactdetailpane.h"

#include "ui/contacts/consentdelegate.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString attributeText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? ContactDetailPane::tr("yes") : ContactDetailPane::tr("no");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return value.toVariant().toString();
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ContactDetailPane::ContactDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contactDetail"));

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("detailEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setContentsMargins(16, 16, 16, 16);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setMinimumWidth(240);
    refresh();
}

void ContactDetailPane::buildDetails()
{
    auto *details = new QWidget;
    m_title = new QLabel(details);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    m_phone = addField(form, tr("Phone"), QStringLiteral("detailPhone"));
    m_name = addField(form, tr("Name"), QStringLiteral("detailName"));
    m_consent = addField(form, tr("Consent"), QStringLiteral("detailConsent"));
    m_consentDetail = addField(form, QString(), QStringLiteral("detailConsentDetail"));
    m_tags = addField(form, tr("Tags"), QStringLiteral("detailTags"));
    m_created = addField(form, tr("Created"), QStringLiteral("detailCreated"));
    m_updated = addField(form, tr("Updated"), QStringLiteral("detailUpdated"));

    m_attributes = new QTreeWidget(details);
    m_attributes->setObjectName(QStringLiteral("detailAttributes"));
    m_attributes->setColumnCount(2);
    m_attributes->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->setRootIsDecorated(false);
    m_attributes->setUniformRowHeights(true);
    m_attributes->setAlternatingRowColors(true);
    m_attributes->setSelectionMode(QAbstractItemView::NoSelection);
    m_attributes->setFocusPolicy(Qt::NoFocus);
    m_attributes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_attributes->header()->setStretchLastSection(true);
    m_attributes->setMinimumHeight(120);

    m_noAttributes = new QLabel(tr("No attributes."), details);
    m_noAttributes->setForegroundRole(QPalette::PlaceholderText);

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(16, 14, 16, 14);
    detailsLayout->setSpacing(10);
    detailsLayout->addWidget(m_title);
    detailsLayout->addLayout(form);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(sectionLabel(tr("Attributes"), details));
    detailsLayout->addWidget(m_noAttributes);
    detailsLayout->addWidget(m_attributes, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(scroll);
    m_details = scroll;
}

QLabel *ContactDetailPane::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    if (label.isEmpty()) {
        form->addRow(value);
    } else {
        auto *caption = new QLabel(label, form->parentWidget());
        caption->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(caption, value);
    }
    return value;
}

void ContactDetailPane::setContact(const std::optional<Contact> &contact)
{
    m_contact = contact;
    refresh();
}

void ContactDetailPane::setSelectionCount(qint64 count)
{
    m_selectionCount = count;
    refresh();
}

QString ContactDetailPane::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

void ContactDetailPane::refresh()
{
    if (m_selectionCount > 1) {
        m_emptyLabel->setText(tr("%1 contacts selected.").arg(QLocale().toString(m_selectionCount)));
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    if (!m_contact) {
        m_emptyLabel->setText(tr("Select a contact to see its details."));
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }

    if (!m_details)
        buildDetails();
    const Contact &c = *m_contact;
    m_title->setText(c.name.isEmpty() ? c.phone : c.name);
    m_phone->setText(c.phone);
    m_name->setText(c.name.isEmpty() ? tr("(no name)") : c.name);
    m_consent->setText(ConsentDelegate::label(int(c.consent())));

    QString consentDetail;
    switch (c.consent()) {
    case Contact::Consent::OptedOut:
        consentDetail = c.optOutReason.isEmpty()
            ? tr("Opted out on %1.").arg(formatTime(c.optOutAt))
            : tr("Opted out on %1: %2").arg(formatTime(c.optOutAt), c.optOutReason);
        if (c.optInAt.isValid())
            consentDetail += QLatin1Char('\n') + tr("Had opted in on %1.").arg(formatTime(c.optInAt));
        break;
    case Contact::Consent::OptedIn:
        consentDetail = c.optInSource.isEmpty()
            ? tr("Opted in on %1.").arg(formatTime(c.optInAt))
            : tr("Opted in on %1 via %2.").arg(formatTime(c.optInAt), c.optInSource);
        break;
    case Contact::Consent::None:
        consentDetail = tr("No opt-in recorded.");
        break;
    }
    m_consentDetail->setText(consentDetail);

    m_tags->setText(c.tags.isEmpty() ? tr("(none)") : c.tags.join(QStringLiteral(", ")));
    m_created->setText(formatTime(c.createdAt));
    m_updated->setText(formatTime(c.updatedAt));

    m_attributes->clear();
    QList<QTreeWidgetItem *> items;
    for (auto it = c.attributes.constBegin(); it != c.attributes.constEnd(); ++it)
        items.append(new QTreeWidgetItem(QStringList{it.key(), attributeText(it.value())}));
    m_attributes->addTopLevelItems(items);
    m_attributes->setVisible(!items.isEmpty());
    m_noAttributes->setVisible(items.isEmpty());

    m_stack->setCurrentWidget(m_details);
}

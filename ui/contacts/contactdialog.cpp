#include "ui/contacts/contactdialog.h"

#include "models/contacts/contactstore.h"
#include "models/contacts/phonenormalizer.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"
#include "ui/picklistdelegate.h"
#include "ui/settings/regionbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum ConsentChoice { NoConsent, OptedIn, OptedOut };

QString byHand()
{
    return ContactDialog::tr("entered in Herald");
}

} // namespace

ContactDialog::ContactDialog(Workspace &workspace, qint64 contactId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(contactId)
    , m_region(RegionBox::current())
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contactId == 0 ? tr("Add contact") : tr("Edit contact"));

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("e.g. +91 98765 43210, or a national number of the default region"));
    m_phone->setAccessibleName(tr("Phone number"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_consent = new QComboBox(this);
    m_consent->setObjectName(QStringLiteral("consentCombo"));
    m_consent->setAccessibleName(tr("Consent"));
    m_consent->addItem(tr("Not asked yet (never sent to)"), NoConsent);
    m_consent->addItem(tr("Opted in"), OptedIn);
    m_consent->addItem(tr("Opted out (never sent to)"), OptedOut);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("optInSourceEdit"));
    m_source->setAccessibleName(tr("Where they agreed"));
    m_source->setPlaceholderText(tr("Where they agreed, e.g. at the counter"));

    QString ignored;
    const ContactStore store(m_workspace.database());
    m_tags = new QListWidget(this);
    m_tags->setObjectName(QStringLiteral("tagList"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setMaximumHeight(110);
    for (const QString &tag : store.tagNames(&ignored)) {
        auto *item = new QListWidgetItem(tag, m_tags);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_newTags = new QLineEdit(this);
    m_newTags->setObjectName(QStringLiteral("newTagsEdit"));
    m_newTags->setAccessibleName(tr("New tags"));
    m_newTags->setPlaceholderText(tr("New tags, comma-separated"));

    m_attributes = new QTableWidget(0, 2, this);
    m_attributes->setObjectName(QStringLiteral("attributeTable"));
    m_attributes->setAccessibleName(tr("Attributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_attributes->setColumnWidth(0, 160);
    m_attributes->setMinimumHeight(110);
    m_attributes->setTabKeyNavigation(false);
    const QStringList keys = store.attributeKeys(&ignored);
    m_attributes->setItemDelegateForColumn(
        0, new PickListDelegate([keys](const QModelIndex &) { return keys; }, m_attributes));
    auto *addAttribute = new QPushButton(tr("Add attri&bute"), this);
    addAttribute->setObjectName(QStringLiteral("addAttributeButton"));
    auto *removeAttribute = new QPushButton(tr("Remo&ve attribute"), this);
    removeAttribute->setObjectName(QStringLiteral("removeAttributeButton"));
    connect(addAttribute, &QPushButton::clicked, this, [this] {
        addAttributeRow({}, {});
        m_attributes->setCurrentCell(m_attributes->rowCount() - 1, 0);
        m_attributes->editItem(m_attributes->item(m_attributes->rowCount() - 1, 0));
    });
    connect(removeAttribute, &QPushButton::clicked, this, [this] {
        if (m_attributes->currentRow() >= 0)
            m_attributes->removeRow(m_attributes->currentRow());
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("contactError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Consent:"), m_consent);
    form->addRow(tr("Opt-in &source:"), m_source);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), m_newTags);
    auto *attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(addAttribute);
    attributeButtons->addWidget(removeAttribute);
    attributeButtons->addStretch();
    auto *attributeBox = new QVBoxLayout;
    attributeBox->addWidget(m_attributes);
    attributeBox->addLayout(attributeButtons);
    auto *attributesLabel = new QLabel(tr("&Attributes:"), this);
    attributesLabel->setBuddy(m_attributes);
    form->addRow(attributesLabel, attributeBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, 560);

    connect(m_consent, &QComboBox::currentIndexChanged, this,
            [this] { m_source->setEnabled(m_consent->currentData().toInt() == OptedIn); });
    if (m_id != 0) {
        QString error;
        if (const auto c = store.byId(m_id, &error))
            load(*c);
    }
    m_source->setEnabled(m_consent->currentData().toInt() == OptedIn);
}

void ContactDialog::load(const Contact &c)
{
    m_before = c;
    m_phone->setText(c.phone);
    // A contact is its number: changing it is adding another contact.
    m_phone->setReadOnly(true);
    m_phone->setToolTip(tr("The number identifies the contact; to use another number, add a new contact."));
    m_name->setText(c.name);
    const Contact::Consent consent = c.consent();
    if (consent != Contact::Consent::None)   // consent once recorded is changed, never forgotten
        m_consent->removeItem(m_consent->findData(NoConsent));
    m_consent->setCurrentIndex(m_consent->findData(consent == Contact::Consent::OptedOut ? OptedOut
                                                   : consent == Contact::Consent::OptedIn ? OptedIn
                                                                                           : NoConsent));
    m_source->setText(c.optInSource);
    for (int i = 0; i < m_tags->count(); ++i) {
        QListWidgetItem *item = m_tags->item(i);
        item->setCheckState(c.tags.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    for (auto it = c.attributes.constBegin(); it != c.attributes.constEnd(); ++it)
        addAttributeRow(it.key(), it.value().toVariant().toString());
}

void ContactDialog::addAttributeRow(const QString &key, const QString &value)
{
    const int row = m_attributes->rowCount();
    m_attributes->insertRow(row);
    m_attributes->setItem(row, 0, new QTableWidgetItem(key));
    m_attributes->setItem(row, 1, new QTableWidgetItem(value));
}

QString ContactDialog::error() const
{
    return m_error->text();
}

void ContactDialog::accept()
{
    QString error;
    QWidget *field = nullptr;
    if (!save(&error, &field)) {
        m_error->setText(error);
        m_error->show();
        if (field)
            field->setFocus();
        return;
    }
    m_error->clear();
    m_error->hide();
    Q_EMIT saved(m_id);
    QDialog::accept();
}

bool ContactDialog::save(QString *error, QWidget **field)
{
    ContactStore store(m_workspace.database());
    Contact c;
    if (m_id == 0) {
        const PhoneNormalizer::Result number = PhoneNormalizer::normalize(m_phone->text().trimmed(), m_region);
        if (!number.ok()) {
            *error = tr("Phone: %1").arg(m_phone->text().trimmed().isEmpty() ? tr("enter the contact's number.")
                                                                           : number.error);
            *field = m_phone;
            return false;
        }
        QString lookup;
        if (const auto existing = store.byPhone(number.e164, &lookup)) {
            *error = tr("Phone: %1 is already a contact (%2); edit that contact instead.")
                         .arg(number.e164, existing->name.isEmpty() ? tr("no name") : existing->name);
            *field = m_phone;
            return false;
        }
        c.phone = number.e164;
    } else {
        c.phone = m_before.phone;
    }
    c.name = m_name->text().trimmed();

    QSet<QString> keys;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QString key = m_attributes->item(row, 0) ? m_attributes->item(row, 0)->text().trimmed() : QString();
        const QString value = m_attributes->item(row, 1) ? m_attributes->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        if (key.isEmpty()) {
            *error = tr("Attributes, row %1: give the attribute a name, or remove the row.").arg(row + 1);
            *field = m_attributes;
            return false;
        }
        if (keys.contains(key)) {
            *error = tr("Attributes, row %1: “%2” appears twice; keep one row per attribute.").arg(row + 1).arg(key);
            *field = m_attributes;
            return false;
        }
        keys.insert(key);
        c.attributes.insert(key, value);
    }
    for (auto it = m_before.attributes.constBegin(); it != m_before.attributes.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            c.attributes.insert(it.key(), QJsonValue::Null);   // the upsert's json_patch removes it
    }

    QStringList tags;
    for (int i = 0; i < m_tags->count(); ++i) {
        if (m_tags->item(i)->checkState() == Qt::Checked)
            tags << m_tags->item(i)->text();
    }
    for (const QString &tag : m_newTags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed()))
            tags << tag.trimmed();
    }
    c.tags = tags;

    const int consent = m_consent->currentData().toInt();
    const QString source = m_source->text().trimmed().isEmpty() ? byHand() : m_source->text().trimmed();
    if (m_id == 0 && consent == OptedIn) {
        c.optInAt = Clock::nowUtc();
        c.optInSource = source;
    } else if (m_id == 0 && consent == OptedOut) {
        c.optOutAt = Clock::nowUtc();
        c.optOutReason = byHand();
    }
    const qint64 id = store.upsert(c, error);
    if (id == 0) {
        *error = tr("Cannot save the contact: %1").arg(*error);
        return false;
    }
    m_id = id;
    if (!m_before.phone.isEmpty()) {
        for (const QString &tag : std::as_const(m_before.tags)) {
            if (!tags.contains(tag) && !store.removeTag({id}, tag, error))
                return false;
        }
        const Contact::Consent before = m_before.consent();
        if (consent == OptedIn && (before != Contact::Consent::OptedIn || source != m_before.optInSource)
            && !store.optIn({id}, source, error))
            return false;
        if (consent == OptedOut && before != Contact::Consent::OptedOut && !store.optOut({id}, byHand(), error))
            return false;
    }
    return true;
}

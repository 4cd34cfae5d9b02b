// CampaignWizard, page 1: name, account, template and where each of its parameters comes from.
#include "ui/campaigns/campaigntemplatepage.h"

#include "models/accounts/account.h"
#include "models/accounts/headroom.h"
#include "models/campaigns/campaignnumbers.h"
#include "models/campaigns/preflight.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "models/templates/slotcontext.h"
#include "models/templates/templatestore.h"
#include "ui/messagebox.h"
#include "ui/picklistdelegate.h"
#include "ui_campaigntemplatepage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QTableWidget>
#include <QWizard>

namespace {

enum ParamColumn { SlotColumn, SourceColumn, KeyColumn, FallbackColumn };
} // namespace

// The slot's name ("body.1") on the first column's item.
const int CampaignTemplatePage::kSlotRole = Qt::UserRole;

namespace {

QString templateTitle(const MessageTemplate &t)
{
    return QStringLiteral("%1 (%2) — %3").arg(t.name, t.language, t.category.toLower());
}

} // namespace

CampaignTemplatePage::CampaignTemplatePage(Workspace &workspace, std::function<QString()> audience, QWidget *parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_audience(std::move(audience))
    , m_ui(std::make_unique<Ui::CampaignTemplatePage>())
{
    m_ui->setupUi(this);
    m_ui->templateList->setAccessibleName(tr("Templates"));
    m_ui->templateList->setAccessibleDescription(tr("The approved templates of the sending account"));
    m_ui->templateSearch->setAccessibleName(tr("Search templates"));
    m_ui->paramTable->setAccessibleName(tr("Template parameters"));
    m_ui->paramTable->setAccessibleDescription(tr("What fills each {{n}} of the template, for each recipient"));
    m_ui->moreNumbersList->setAccessibleName(tr("More sending numbers"));
    m_ui->paramTable->horizontalHeader()->setSectionResizeMode(SlotColumn, QHeaderView::ResizeToContents);
    m_ui->paramTable->setColumnWidth(SourceColumn, 150);
    m_ui->paramTable->setColumnWidth(KeyColumn, 240);
    // A contact field or an attribute is picked from those that exist (or typed); fixed text is typed.
    QString ignored;
    const QStringList attributeKeys = ContactStore(m_workspace.database()).attributeKeys(&ignored);
    m_ui->paramTable->setItemDelegateForColumn(
        KeyColumn, new PickListDelegate(
                       [this, attributeKeys](const QModelIndex &index) {
                           const auto *source = qobject_cast<QComboBox *>(
                               m_ui->paramTable->cellWidget(index.row(), SourceColumn));
                           const auto kind = ParamMapping::Source(source ? source->currentData().toInt() : -1);
                           if (kind == ParamMapping::Source::Field)
                               return QStringList{QStringLiteral("name"), QStringLiteral("phone")};
                           return kind == ParamMapping::Source::Attribute ? attributeKeys : QStringList();
                       },
                       m_ui->paramTable));
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            loadMoreNumbers({});
            loadTemplates();
        }
    });
    connect(m_ui->templateSearch, &QLineEdit::textChanged, this, &CampaignTemplatePage::filterTemplates);
    connect(m_ui->templateList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            onTemplateChanged();
    });
    connect(m_ui->paramTable, &QTableWidget::itemChanged, this, &CampaignTemplatePage::updatePreview);
    loadAccounts();
    loadMoreNumbers({});
    loadTemplates();
}

CampaignTemplatePage::~CampaignTemplatePage() = default;

void CampaignTemplatePage::load(const Campaign &c)
{
    m_loading = true;
    m_ui->nameEdit->setText(c.name);
    const int account = m_ui->accountCombo->findData(c.accountId);
    if (account >= 0)
        m_ui->accountCombo->setCurrentIndex(account);
    loadMoreNumbers(c.accountIds);
    m_loading = false;
    loadTemplates();
    for (int row = 0; row < m_ui->templateList->count(); ++row) {
        const MessageTemplate &t = m_templates.at(m_ui->templateList->item(row)->data(Qt::UserRole).toInt());
        if (t.name == c.templateName && t.language == c.language) {
            m_loading = true;
            m_ui->templateList->setCurrentRow(row);
            m_loading = false;
            break;
        }
    }
    fillParamTable(c.params);
}

void CampaignTemplatePage::apply(Campaign &c) const
{
    c.name = m_ui->nameEdit->text().trimmed();
    c.accountId = m_ui->accountCombo->currentData().toLongLong();
    c.accountIds.clear();
    for (int row = 0; row < m_ui->moreNumbersList->count(); ++row) {
        const QListWidgetItem *item = m_ui->moreNumbersList->item(row);
        if (item->checkState() == Qt::Checked)
            c.accountIds << item->data(Qt::UserRole).toLongLong();
    }
    if (!c.accountIds.isEmpty())
        c.accountIds.prepend(c.accountId);
    if (const auto t = currentTemplate()) {
        c.templateName = t->name;
        c.language = t->language;
    }
    QString error;
    c.params = params(&error);
}

bool CampaignTemplatePage::validatePage()
{
    QString error;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        error = tr("Give the campaign a name.");
    else if (m_ui->accountCombo->currentIndex() < 0)
        error = tr("Add an account first (Settings → Accounts).");
    else if (!currentTemplate())
        error = tr("Choose an approved template.");
    else
        params(&error);
    if (error.isEmpty()) {
        Campaign c;
        apply(c);
        error = CampaignNumbers::check(m_workspace.database(), c);   // one portfolio, the template on each number
    }
    if (error.isEmpty())
        return true;
    MessageBox::warning(wizard(), wizard()->windowTitle(), error);
    return false;
}

void CampaignTemplatePage::loadMoreNumbers(const QList<qint64> &checked)
{
    m_ui->moreNumbersList->clear();
    QString error;
    const auto own = AccountStore(m_workspace.database()).byId(m_ui->accountCombo->currentData().toLongLong(), &error);
    const QList<qint64> group = own ? Headroom::budgetGroup(m_workspace.database(), *own, &error) : QList<qint64>{};
    for (qint64 id : group.mid(1)) {
        const auto a = AccountStore(m_workspace.database()).byId(id, &error);
        if (!a)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2 msg/s)").arg(a->name).arg(a->sendRate()), m_ui->moreNumbersList);
        item->setData(Qt::UserRole, a->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(a->id) ? Qt::Checked : Qt::Unchecked);
    }
    const bool any = m_ui->moreNumbersList->count() > 0;
    m_ui->moreNumbersList->setVisible(any);
    m_ui->moreNumbersLabel->setVisible(any);
}

void CampaignTemplatePage::loadAccounts()
{
    QString error;
    const QList<Account> accounts = AccountStore(m_workspace.database()).list(&error);
    m_ui->accountCombo->clear();
    for (const Account &a : accounts) {
        m_ui->accountCombo->addItem(a.kind == Account::Kind::Sandbox ? tr("%1 (sandbox)").arg(a.name) : a.name, a.id);
        if (a.isDefault)
            m_ui->accountCombo->setCurrentIndex(m_ui->accountCombo->count() - 1);
    }
}

void CampaignTemplatePage::loadTemplates()
{
    const QString previous = m_ui->templateList->currentItem() ? m_ui->templateList->currentItem()->text() : QString();
    QString error;
    m_templates.clear();
    const qint64 accountId = m_ui->accountCombo->currentData().toLongLong();
    for (const MessageTemplate &t : TemplateStore(m_workspace.database()).list(accountId, &error, false)) {
        if (t.isSendable())
            m_templates << t;
    }
    m_loading = true;
    m_ui->templateList->clear();
    for (int i = 0; i < m_templates.size(); ++i) {
        auto *item = new QListWidgetItem(templateTitle(m_templates.at(i)), m_ui->templateList);
        item->setData(Qt::UserRole, i);
        if (item->text() == previous)
            m_ui->templateList->setCurrentItem(item);
    }
    m_loading = false;
    m_ui->templateInfo->setText(m_templates.isEmpty()
            ? tr("This account has no approved templates. Sync the templates on the Templates "
                 "page, or wait for Meta's review.")
            : tr("%n approved template(s). Paused, rejected and pending templates cannot be "
                 "sent and are not listed.",
                "", int(m_templates.size())));
    filterTemplates();
    onTemplateChanged();
}

void CampaignTemplatePage::filterTemplates()
{
    const QString text = m_ui->templateSearch->text().trimmed();
    for (int row = 0; row < m_ui->templateList->count(); ++row) {
        QListWidgetItem *item = m_ui->templateList->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

std::optional<MessageTemplate> CampaignTemplatePage::currentTemplate() const
{
    const QListWidgetItem *item = m_ui->templateList->currentItem();
    if (!item)
        return std::nullopt;
    return m_templates.value(item->data(Qt::UserRole).toInt());
}

void CampaignTemplatePage::onTemplateChanged()
{
    QString error;
    fillParamTable(params(&error));
}

void CampaignTemplatePage::fillParamTable(const QList<ParamMapping> &existing)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ui->paramTable->setRowCount(0);
    if (const auto t = currentTemplate()) {
        for (const QString &slot : MessageRenderer::requiredSlots(*t)) {
            const ParamMapping *found = nullptr;
            for (const ParamMapping &p : existing) {
                if (p.slot == slot)
                    found = &p;
            }
            addParamRow(slot, found);
        }
    }
    m_loading = wasLoading;
    updatePreview();
}

void CampaignTemplatePage::addParamRow(const QString &slot, const ParamMapping *existing)
{
    const int row = m_ui->paramTable->rowCount();
    m_ui->paramTable->insertRow(row);
    // The slot shows the template text around its {{n}} ("…Hello {{1}}, your order…"); the slot's name is its
    // data (kSlotRole) and tooltip.
    const auto t = currentTemplate();
    const QString context = t ? SlotContext::around(*t, slot) : QString();
    auto *slotItem = new QTableWidgetItem(context.isEmpty() ? slot : context);
    slotItem->setData(kSlotRole, slot);
    slotItem->setToolTip(tr("Parameter %1").arg(slot));
    slotItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_ui->paramTable->setItem(row, SlotColumn, slotItem);
    auto *source = new QComboBox(m_ui->paramTable);
    source->addItem(tr("Contact field"), int(ParamMapping::Source::Field));
    source->addItem(tr("Attribute"), int(ParamMapping::Source::Attribute));
    source->addItem(tr("Fixed text"), int(ParamMapping::Source::Text));
    source->addItem(tr("Event field"), int(ParamMapping::Source::Event));
    // A new row suggests the contact's name for the first body variable, else a fixed text.
    const bool firstBody = slot == QLatin1String("body.1") || slot == QLatin1String("body.first_name");
    const ParamMapping::Source src = existing ? existing->source
        : firstBody                           ? ParamMapping::Source::Field
                                              : ParamMapping::Source::Text;
    source->setCurrentIndex(source->findData(int(src)));
    m_ui->paramTable->setCellWidget(row, SourceColumn, source);
    m_ui->paramTable->setItem(row, KeyColumn,
        new QTableWidgetItem(existing ? existing->key
                : firstBody           ? QStringLiteral("name")
                                      : QString()));
    m_ui->paramTable->setItem(row, FallbackColumn, new QTableWidgetItem(existing ? existing->fallback : QString()));
    connect(source, &QComboBox::currentIndexChanged, this, [this, source] {
        // Switching to a contact field starts from "name"; the other sources keep what was typed.
        for (int r = 0; r < m_ui->paramTable->rowCount(); ++r) {
            if (m_ui->paramTable->cellWidget(r, SourceColumn) == source
                && source->currentData().toInt() == int(ParamMapping::Source::Field)
                && m_ui->paramTable->item(r, KeyColumn)->text().isEmpty())
                m_ui->paramTable->item(r, KeyColumn)->setText(QStringLiteral("name"));
        }
        updatePreview();
    });
}

QStringList CampaignTemplatePage::slotNames() const
{
    QStringList names;
    for (int row = 0; row < m_ui->paramTable->rowCount(); ++row)
        names << m_ui->paramTable->item(row, SlotColumn)->data(kSlotRole).toString();
    return names;
}

void CampaignTemplatePage::applyMapping(const QList<ParamMapping> &mapping)
{
    QString error;
    QList<ParamMapping> merged = params(&error);
    for (const ParamMapping &m : mapping) {
        merged.removeIf([&](const ParamMapping &p) { return p.slot == m.slot; });
        merged << m;
    }
    fillParamTable(merged);
}

QList<ParamMapping> CampaignTemplatePage::params(QString *error) const
{
    QList<ParamMapping> result;
    for (int row = 0; row < m_ui->paramTable->rowCount(); ++row) {
        ParamMapping p;
        p.slot = m_ui->paramTable->item(row, SlotColumn)->data(kSlotRole).toString();
        const auto *source = qobject_cast<QComboBox *>(m_ui->paramTable->cellWidget(row, SourceColumn));
        p.source = ParamMapping::Source(source->currentData().toInt());
        p.key = m_ui->paramTable->item(row, KeyColumn)->text().trimmed();
        if (p.source == ParamMapping::Source::Text)
            p.key = m_ui->paramTable->item(row, KeyColumn)->text();
        p.fallback = m_ui->paramTable->item(row, FallbackColumn)->text();
        p.hasFallback = !p.fallback.isEmpty();
        // The same rules as the CLI's --param: parse what would be stored.
        if (!ParamMapping::parse(p.toString(), error))
            return result;
        result << p;
    }
    return result;
}

void CampaignTemplatePage::updatePreview()
{
    if (m_loading)
        return;
    const auto t = currentTemplate();
    if (!t) {
        m_ui->preview->setTemplate(MessageTemplate {});
        m_ui->previewContactLabel->clear();
        return;
    }
    QString error;
    const QList<ParamMapping> mapping = params(&error);
    const auto contact = Preflight::firstRecipient(m_workspace.database(), m_audience(), &error);
    const Contact c = contact.value_or(Contact {});
    m_ui->preview->setTemplate(Preflight::renderedTemplate(*t, mapping, c));
    if (!error.isEmpty())
        m_ui->previewContactLabel->setText(error);
    else if (contact)
        m_ui->previewContactLabel->setText(
            tr("Preview for %1 (%2), the first recipient; values with no source show the template's examples.")
                .arg(c.name.isEmpty() ? tr("a contact without a name") : c.name, c.phone));
    else
        m_ui->previewContactLabel->setText(tr("No contact in the audience yet: the preview shows fallbacks and fixed "
                                              "texts; the rest shows the template's examples."));
}

#include "ui/settings/accountform.h"

#include "ui/leadingmargins.h"
#include "ui/settings/connectiontestgroup.h"
#include "ui/settings/secretfield.h"
#include "ui/templates/templateeditorstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

bool digitsOnly(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d*$"));
    return re.match(s).hasMatch();
}

} // namespace

AccountForm::AccountForm(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountForm"));
    auto *formLayout = new QVBoxLayout(this);
    LeadingMargins::apply(this, formLayout, 0, 0, 8, 0);
    formLayout->setSpacing(10);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    formLayout->addWidget(m_title);

    auto *general = new QFormLayout;
    general->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setPlaceholderText(tr("e.g. support-line"));
    m_name->setToolTip(tr("The name this number goes by in campaigns and reports"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("accountKind"));
    m_kind->addItem(kindLabel(Account::Kind::Sandbox), Account::kindName(Account::Kind::Sandbox));
    m_kind->addItem(kindLabel(Account::Kind::CloudApi), Account::kindName(Account::Kind::CloudApi));
    general->addRow(tr("&Name:"), m_name);
    general->addRow(tr("&Kind:"), m_kind);
    m_autoResolve = new QCheckBox(tr("Resend &uncertain messages automatically"), this);
    m_autoResolve->setObjectName(QStringLiteral("autoResolve"));
    m_autoResolve->setToolTip(
        tr("A message whose send was interrupted (no answer from WhatsApp) and that has had no delivery report for "
           "30 minutes is sent again, but only while reports for messages sent after it keep arriving. If WhatsApp "
           "did deliver it and its report is only late, the person gets it twice."));
    general->addRow(QString(), m_autoResolve);
    formLayout->addLayout(general);

    m_sandboxNote = NoteLabel::create(this, QStringLiteral("sandboxNote"));
    m_sandboxNote->setText(tr("The sandbox is a simulated WhatsApp Cloud API inside Herald. Campaigns run end to end "
                              "with realistic delivery and read receipts, but no message leaves this computer and no "
                              "token is needed. Use it to rehearse a campaign before sending for real."));
    formLayout->addWidget(m_sandboxNote);

    m_cloudGroup = new QGroupBox(tr("WhatsApp Cloud API"), this);
    m_cloudGroup->setObjectName(QStringLiteral("cloudGroup"));
    auto *cloud = new QFormLayout(m_cloudGroup);
    cloud->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_graphUrl = new QLineEdit(m_cloudGroup);
    m_graphUrl->setObjectName(QStringLiteral("graphUrl"));
    m_graphUrl->setPlaceholderText(QStringLiteral("https://graph.facebook.com"));
    m_apiVersion = new QLineEdit(m_cloudGroup);
    m_apiVersion->setObjectName(QStringLiteral("apiVersion"));
    m_apiVersion->setPlaceholderText(QStringLiteral("v23.0"));
    m_apiVersion->setMaximumWidth(120);
    m_phoneNumberId = new QLineEdit(m_cloudGroup);
    m_phoneNumberId->setObjectName(QStringLiteral("phoneNumberId"));
    m_phoneNumberId->setPlaceholderText(tr("digits, from WhatsApp Manager → Phone numbers"));
    m_wabaId = new QLineEdit(m_cloudGroup);
    m_wabaId->setObjectName(QStringLiteral("wabaId"));
    m_wabaId->setPlaceholderText(tr("digits, from WhatsApp Manager → Account tools"));
    m_portfolioId = new QLineEdit(m_cloudGroup);
    m_portfolioId->setObjectName(QStringLiteral("portfolioId"));
    m_portfolioId->setPlaceholderText(tr("digits, from Business Settings → Business info (optional)"));
    m_portfolioId->setToolTip(tr("Numbers of one business portfolio share one daily messaging limit. Without it, "
                                 "numbers of the same WhatsApp Business Account share it."));
    m_accessToken = new SecretField(secrets, SecretStore::Secret::AccessToken, QStringLiteral("accessToken"),
                                    tr("Paste a permanent system-user token"));
    cloud->addRow(tr("&Graph API URL:"), m_graphUrl);
    cloud->addRow(tr("API &version:"), m_apiVersion);
    cloud->addRow(tr("&Phone number ID:"), m_phoneNumberId);
    cloud->addRow(tr("WhatsApp &Business Account ID:"), m_wabaId);
    cloud->addRow(tr("Business p&ortfolio ID:"), m_portfolioId);
    cloud->addRow(tr("&Access token:"), m_accessToken);
    formLayout->addWidget(m_cloudGroup);

    m_relayGroup = new QGroupBox(tr("Delivery status relay"), this);
    m_relayGroup->setObjectName(QStringLiteral("relayGroup"));
    auto *relay = new QFormLayout(m_relayGroup);
    relay->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_relayUrl = new QLineEdit(m_relayGroup);
    m_relayUrl->setObjectName(QStringLiteral("relayUrl"));
    m_relayUrl->setPlaceholderText(tr("https://relay.example.com (optional)"));
    m_relayUrl->setToolTip(tr("The herald-relay that receives Meta's webhooks and feeds delivery statuses to Herald"));
    m_relayToken = new SecretField(secrets, SecretStore::Secret::RelayFeedToken, QStringLiteral("relayToken"),
                                   tr("The feed token printed by herald-relay"));
    relay->addRow(tr("&Relay URL:"), m_relayUrl);
    relay->addRow(tr("Relay &feed token:"), m_relayToken);
    formLayout->addWidget(m_relayGroup);
    // Both groups' fields start at the same x.
    int labelWidth = 0;
    QList<QWidget *> labels;
    for (QFormLayout *f : {cloud, relay}) {
        for (int row = 0; row < f->rowCount(); ++row) {
            if (QLayoutItem *item = f->itemAt(row, QFormLayout::LabelRole)) {
                labels << item->widget();
                labelWidth = qMax(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);

    m_status = NoteLabel::create(this, QStringLiteral("accountStatus"));
    m_status->setMinimumHeight(m_status->fontMetrics().height());
    formLayout->addWidget(m_status);

    m_connectionTest = new ConnectionTestGroup(secrets, this);
    formLayout->addWidget(m_connectionTest);
    formLayout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(m_autoResolve, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    for (QLineEdit *edit : {m_name, m_graphUrl, m_apiVersion, m_phoneNumberId, m_wabaId, m_portfolioId, m_relayUrl}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    }
}

QString AccountForm::kindLabel(Account::Kind kind)
{
    return kind == Account::Kind::Sandbox ? tr("Sandbox") : tr("WhatsApp Cloud API");
}

void AccountForm::setAccount(const Account &a)
{
    m_loading = true;
    m_title->setText(a.id ? a.name : tr("New account"));
    m_name->setText(a.name);
    m_kind->setCurrentIndex(m_kind->findData(Account::kindName(a.kind)));
    m_graphUrl->setText(a.graphUrl);
    m_apiVersion->setText(a.apiVersion);
    m_phoneNumberId->setText(a.phoneNumberId);
    m_wabaId->setText(a.wabaId);
    m_portfolioId->setText(a.portfolioId);
    m_autoResolve->setChecked(a.autoResolve);
    m_relayUrl->setText(a.relayUrl);
    // Secrets are write-only: the fields always start empty.
    m_accessToken->setAccountId(a.id);
    m_relayToken->setAccountId(a.id);
    m_connectionTest->setAccountId(a.id);
    m_loading = false;
    updateKind();
}

void AccountForm::refreshSecrets(bool sandbox)
{
    m_accessToken->refreshStatus(sandbox);
    m_relayToken->refreshStatus(sandbox);
}

Account AccountForm::account(const Account &base) const
{
    Account a = base;
    a.name = m_name->text().trimmed();
    a.kind = Account::kindFromName(m_kind->currentData().toString()).value_or(Account::Kind::CloudApi);
    a.autoResolve = m_autoResolve->isChecked();
    if (a.kind == Account::Kind::CloudApi) {
        a.graphUrl = m_graphUrl->text().trimmed();
        a.apiVersion = m_apiVersion->text().trimmed();
        a.phoneNumberId = m_phoneNumberId->text().trimmed();
        a.wabaId = m_wabaId->text().trimmed();
        a.portfolioId = m_portfolioId->text().trimmed();
        a.relayUrl = m_relayUrl->text().trimmed();
    }
    return a;
}

void AccountForm::updateKind()
{
    const bool sandbox = m_kind->currentData().toString() == Account::kindName(Account::Kind::Sandbox);
    m_sandboxNote->setVisible(sandbox);
    m_cloudGroup->setVisible(!sandbox);
    m_relayGroup->setVisible(!sandbox);
    if (!sandbox && !m_loading) {
        // A sandbox turned into a Cloud API account starts from Meta's defaults, not "sandbox:".
        const Account defaults;
        if (!m_graphUrl->text().startsWith(QLatin1String("http")))
            m_graphUrl->setText(defaults.graphUrl);
        if (m_apiVersion->text().isEmpty())
            m_apiVersion->setText(defaults.apiVersion);
    }
}

void AccountForm::markFields(const Account &a, bool hasAccount)
{
    // Field by field, so the offending one is marked; the sentence comes from AccountStore::validate().
    const bool cloud = a.kind == Account::Kind::CloudApi;
    TemplateEditorStyle::setInvalid(
        m_name, hasAccount && a.name.isEmpty(), a.name.isEmpty() ? tr("The account needs a name.") : QString());
    const QString graphProblem = cloud ? AccountStore::validateUrl(tr("Graph API URL"), a.graphUrl, true) : QString();
    TemplateEditorStyle::setInvalid(m_graphUrl, !graphProblem.isEmpty(), graphProblem);
    static const QRegularExpression version(QStringLiteral("^v\\d+\\.\\d+$"));
    const bool badVersion = cloud && !version.match(a.apiVersion).hasMatch();
    TemplateEditorStyle::setInvalid(
        m_apiVersion, badVersion, badVersion ? tr("Write the version like v23.0.") : QString());
    TemplateEditorStyle::setInvalid(m_phoneNumberId, !digitsOnly(a.phoneNumberId), tr("Only digits."));
    TemplateEditorStyle::setInvalid(m_wabaId, !digitsOnly(a.wabaId), tr("Only digits."));
    TemplateEditorStyle::setInvalid(m_portfolioId, !digitsOnly(a.portfolioId), tr("Only digits."));
    const QString relayProblem = cloud ? AccountStore::validateUrl(tr("Relay URL"), a.relayUrl, false) : QString();
    TemplateEditorStyle::setInvalid(m_relayUrl, !relayProblem.isEmpty(), relayProblem);
}

void AccountForm::setEditable(bool editable)
{
    m_name->setEnabled(editable);
    m_kind->setEnabled(editable);
    m_autoResolve->setEnabled(editable);
}

void AccountForm::focusName()
{
    m_name->setFocus();
}

void AccountForm::setStatus(const QString &text, NoteLabel::Tone tone)
{
    m_status->setText(text);
    NoteLabel::setTone(m_status, tone);
}

void AccountForm::clearStatus()
{
    m_status->clear();
}

#include "accountspage.h"

#include "messagebox.h"
#include "secretstore.h"
#include "templatesync.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace {

enum class Tone { Normal, Good, Bad, Muted };

void setTone(QLabel *label, Tone tone)
{
    QPalette p = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    switch (tone) {
    case Tone::Good:
        p.setColor(QPalette::WindowText, QColor(0x1B, 0x7F, 0x3B));
        break;
    case Tone::Bad:
        p.setColor(QPalette::WindowText, QColor(0xB3, 0x26, 0x1E));
        break;
    case Tone::Muted:
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        break;
    case Tone::Normal:
        break;
    }
    label->setPalette(p);
}

QLabel *noteLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool digitsOnly(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d*$"));
    return re.match(s).hasMatch();
}

QString kindLabel(Account::Kind kind)
{
    return kind == Account::Kind::Sandbox ? AccountsPage::tr("Sandbox") : AccountsPage::tr("WhatsApp Cloud API");
}

} // namespace

AccountsPage::AccountsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_secrets(new SecretStore(workspace.workspaceId(), this))
{
    setObjectName(QStringLiteral("accountsPage"));
    buildUi();
    reload();
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::buildUi()
{
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"] { border: 1px solid #c62828; border-radius: 2px;"
                                 " background: #fff4f4; padding: 1px 2px; }"
                                 "QLabel#sandboxNote { background: #eef5fb; border: 1px solid #c6dcef;"
                                 " border-radius: 4px; padding: 8px; color: #1f3b57; }"));

    // Left: the accounts.
    auto *heading = new QLabel(tr("Sending accounts"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountsList"));
    m_list->setAccessibleName(tr("Sending accounts"));
    m_list->setMinimumWidth(200);
    m_list->setMaximumWidth(280);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(16, 16));

    m_addButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add account"), this);
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_addButton->setToolTip(tr("Add a sending account"));
    m_defaultButton = new QPushButton(tr("Make default"), this);
    m_defaultButton->setObjectName(QStringLiteral("makeDefaultButton"));
    m_defaultButton->setToolTip(tr("New campaigns and template syncs use the default account"));

    auto *left = new QVBoxLayout;
    left->addWidget(heading);
    auto *intro = noteLabel(this, QStringLiteral("accountsIntro"));
    intro->setText(tr("The WhatsApp numbers Herald sends from."));
    setTone(intro, Tone::Muted);
    left->addWidget(intro);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_defaultButton);
    left->addLayout(listButtons);

    // Right: the selected account.
    auto *form = new QWidget(this);
    form->setObjectName(QStringLiteral("accountForm"));
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 8, 0);
    formLayout->setSpacing(10);

    m_title = new QLabel(form);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    m_title->setFont(headingFont);
    formLayout->addWidget(m_title);

    auto *general = new QFormLayout;
    general->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setPlaceholderText(tr("e.g. support-line"));
    m_name->setToolTip(tr("The name used in campaigns and on the command line (herald-cli --account NAME)"));
    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("accountKind"));
    m_kind->addItem(kindLabel(Account::Kind::Sandbox), Account::kindName(Account::Kind::Sandbox));
    m_kind->addItem(kindLabel(Account::Kind::CloudApi), Account::kindName(Account::Kind::CloudApi));
    general->addRow(tr("&Name:"), m_name);
    general->addRow(tr("&Kind:"), m_kind);
    formLayout->addLayout(general);

    m_sandboxNote = noteLabel(form, QStringLiteral("sandboxNote"));
    m_sandboxNote->setText(tr("The sandbox is a simulated WhatsApp Cloud API inside Herald. Campaigns run end to end "
                              "with realistic delivery and read receipts, but no message leaves this computer and no "
                              "token is needed. Use it to rehearse a campaign before sending for real."));
    formLayout->addWidget(m_sandboxNote);

    m_cloudGroup = new QGroupBox(tr("WhatsApp Cloud API"), form);
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
    cloud->addRow(tr("&Graph API URL:"), m_graphUrl);
    cloud->addRow(tr("API &version:"), m_apiVersion);
    cloud->addRow(tr("&Phone number ID:"), m_phoneNumberId);
    cloud->addRow(tr("WhatsApp &Business Account ID:"), m_wabaId);
    cloud->addRow(tr("&Access token:"),
                  buildSecretRow(&m_accessToken, &m_setToken, &m_tokenStatus, QStringLiteral("accessToken"),
                                 tr("Paste a permanent system-user token")));
    formLayout->addWidget(m_cloudGroup);

    m_relayGroup = new QGroupBox(tr("Delivery status relay"), form);
    m_relayGroup->setObjectName(QStringLiteral("relayGroup"));
    auto *relay = new QFormLayout(m_relayGroup);
    relay->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_relayUrl = new QLineEdit(m_relayGroup);
    m_relayUrl->setObjectName(QStringLiteral("relayUrl"));
    m_relayUrl->setPlaceholderText(tr("https://relay.example.com (optional)"));
    m_relayUrl->setToolTip(tr("The herald-relay that receives Meta's webhooks and feeds delivery statuses to Herald"));
    relay->addRow(tr("&Relay URL:"), m_relayUrl);
    relay->addRow(tr("Relay &feed token:"),
                  buildSecretRow(&m_relayToken, &m_setRelayToken, &m_relayTokenStatus, QStringLiteral("relayToken"),
                                 tr("The feed token printed by herald-relay")));
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

    m_status = noteLabel(form, QStringLiteral("accountStatus"));
    m_status->setMinimumHeight(m_status->fontMetrics().height());
    formLayout->addWidget(m_status);

    auto *testGroup = new QGroupBox(tr("Connection"), form);
    testGroup->setObjectName(QStringLiteral("connectionGroup"));
    auto *testLayout = new QVBoxLayout(testGroup);
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), testGroup);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Ask Meta about this phone number with the stored (or just typed) token"));
    m_testBusy = new QProgressBar(testGroup);
    m_testBusy->setObjectName(QStringLiteral("testBusy"));
    m_testBusy->setRange(0, 0);
    m_testBusy->setMaximumWidth(140);
    m_testBusy->setMaximumHeight(m_testButton->sizeHint().height() / 2);
    m_testBusy->setTextVisible(false);
    m_testBusy->hide();
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testBusy);
    testRow->addStretch(1);
    testLayout->addLayout(testRow);
    m_testResult = noteLabel(testGroup, QStringLiteral("connectionResult"));
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->hide();
    testLayout->addWidget(m_testResult);
    formLayout->addWidget(testGroup);
    formLayout->addStretch(1);


    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertAccountButton"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveAccountButton"));
    m_saveButton->setDefault(true);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_revertButton);
    actions->addWidget(m_saveButton);

    auto *right = new QVBoxLayout;
    right->addWidget(form, 1);
    right->addLayout(actions);

    auto *root = new QHBoxLayout(this);
    root->setContentsMargins(12, 10, 12, 10);
    root->setSpacing(16);
    root->addLayout(left);
    root->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { selectRow(row); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { addAccount(); });
    connect(m_defaultButton, &QPushButton::clicked, this, [this] { makeDefault(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, [this] { revert(); });
    connect(m_testButton, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        updateState();
    });
    for (QLineEdit *edit : {m_name, m_graphUrl, m_apiVersion, m_phoneNumberId, m_wabaId, m_relayUrl})
        connect(edit, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_setToken, &QPushButton::clicked, this, [this] { storeSecret(int(SecretStore::Secret::AccessToken)); });
    connect(m_setRelayToken, &QPushButton::clicked, this,
            [this] { storeSecret(int(SecretStore::Secret::RelayFeedToken)); });
    connect(m_accessToken, &QLineEdit::returnPressed, this,
            [this] { storeSecret(int(SecretStore::Secret::AccessToken)); });
    connect(m_relayToken, &QLineEdit::returnPressed, this,
            [this] { storeSecret(int(SecretStore::Secret::RelayFeedToken)); });
}

QWidget *AccountsPage::buildSecretRow(QLineEdit **edit, QPushButton **button, QLabel **status,
                                      const QString &objectName, const QString &placeholder)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    auto *row = new QHBoxLayout;
    *edit = new QLineEdit(box);
    (*edit)->setObjectName(objectName);
    (*edit)->setEchoMode(QLineEdit::Password);
    (*edit)->setPlaceholderText(placeholder);
    (*edit)->setClearButtonEnabled(true);
    (*edit)->setAttribute(Qt::WA_InputMethodEnabled, false);
    (*edit)->setToolTip(tr("Write-only: a stored secret is never shown. Type a new one to replace it."));
    *button = new QPushButton(tr("Set token"), box);
    (*button)->setObjectName(objectName == QLatin1String("accessToken") ? QStringLiteral("setTokenButton")
                                                                         : QStringLiteral("setRelayTokenButton"));
    (*button)->setToolTip(tr("Store the token in the system keychain"));
    row->addWidget(*edit, 1);
    row->addWidget(*button);
    layout->addLayout(row);
    *status = noteLabel(box, objectName + QStringLiteral("Status"));
    layout->addWidget(*status);
    QLineEdit *e = *edit;
    QPushButton *b = *button;
    connect(e, &QLineEdit::textChanged, b, [this, e, b] { b->setEnabled(!e->text().trimmed().isEmpty() && m_current.id); });
    b->setEnabled(false);
    return box;
}

void AccountsPage::reload(qint64 selectId)
{
    QString error;
    m_accounts = AccountStore(m_workspace.database()).list(&error);
    if (!error.isEmpty()) {
        m_status->setText(tr("Cannot read the accounts: %1").arg(error));
        setTone(m_status, Tone::Bad);
    }
    if (!selectId) {
        for (const Account &a : std::as_const(m_accounts)) {
            if (a.isDefault)
                selectId = a.id;
        }
    }
    m_loading = true;
    m_list->clear();
    int selectRowIndex = m_accounts.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_accounts.size(); ++i) {
        const Account &a = m_accounts.at(i);
        auto *item = new QListWidgetItem(m_list);
        const QString kind = kindLabel(a.kind);
        item->setText(a.isDefault ? tr("%1\n%2 · default").arg(a.name, kind) : a.name + QLatin1Char('\n') + kind);
        item->setData(Qt::UserRole, a.id);
        item->setIcon(a.isDefault ? style()->standardIcon(QStyle::SP_DialogApplyButton) : QIcon());
        item->setToolTip(a.isDefault ? tr("The default account") : QString());
        if (a.isDefault) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (a.id == selectId)
            selectRowIndex = i;
    }
    m_row = -1;
    m_loading = false;
    m_list->setCurrentRow(selectRowIndex);
    if (selectRowIndex < 0)
        showAccount(Account{});
}

void AccountsPage::selectRow(int row)
{
    if (m_loading || row == m_row)
        return;
    if (m_row >= 0 && !confirmLeave()) {
        m_loading = true;
        m_list->setCurrentRow(m_row);
        m_loading = false;
        return;
    }
    // Leaving an unsaved new account drops its placeholder row.
    if (m_row >= 0 && m_row < m_list->count() && !m_list->item(m_row)->data(Qt::UserRole).toLongLong()
        && m_row != row) {
        m_loading = true;
        delete m_list->takeItem(m_row);
        if (row > m_row)
            --row;
        m_list->setCurrentRow(row);
        m_loading = false;
    }
    m_row = row;
    const qint64 id = row >= 0 && row < m_list->count() ? m_list->item(row)->data(Qt::UserRole).toLongLong() : 0;
    Account a;
    for (const Account &candidate : std::as_const(m_accounts)) {
        if (candidate.id == id)
            a = candidate;
    }
    if (!id)
        a.kind = Account::Kind::CloudApi;
    showAccount(a);
}

bool AccountsPage::confirmLeave()
{
    if (!isModified())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("The account “%1” has unsaved changes. Save them?").arg(formAccount().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void AccountsPage::showAccount(const Account &a)
{
    m_current = a;
    m_loading = true;
    m_title->setText(a.id ? a.name : tr("New account"));
    m_name->setText(a.name);
    m_kind->setCurrentIndex(m_kind->findData(Account::kindName(a.kind)));
    m_graphUrl->setText(a.graphUrl);
    m_apiVersion->setText(a.apiVersion);
    m_phoneNumberId->setText(a.phoneNumberId);
    m_wabaId->setText(a.wabaId);
    m_relayUrl->setText(a.relayUrl);
    // Secrets are write-only: the fields always start empty.
    m_accessToken->clear();
    m_relayToken->clear();
    m_testResult->clear();
    m_testResult->hide();
    m_loading = false;
    updateKind();
    updateState();
    refreshSecretStatus();
}

Account AccountsPage::formAccount() const
{
    Account a = m_current;
    a.name = m_name->text().trimmed();
    a.kind = Account::kindFromName(m_kind->currentData().toString()).value_or(Account::Kind::CloudApi);
    if (a.kind == Account::Kind::CloudApi) {
        a.graphUrl = m_graphUrl->text().trimmed();
        a.apiVersion = m_apiVersion->text().trimmed();
        a.phoneNumberId = m_phoneNumberId->text().trimmed();
        a.wabaId = m_wabaId->text().trimmed();
        a.relayUrl = m_relayUrl->text().trimmed();
    }
    return a;
}

bool AccountsPage::isModified() const
{
    if (!m_current.id)
        return m_list->count() > 0 && m_row >= 0;
    const Account a = formAccount();
    return a.name != m_current.name || a.kind != m_current.kind || a.graphUrl != m_current.graphUrl
        || a.apiVersion != m_current.apiVersion || a.phoneNumberId != m_current.phoneNumberId
        || a.wabaId != m_current.wabaId || a.relayUrl != m_current.relayUrl;
}

QString AccountsPage::validationMessage() const
{
    return AccountStore::validate(formAccount());
}

void AccountsPage::updateKind()
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

void AccountsPage::markInvalid(QWidget *w, bool invalid, const QString &message)
{
    w->setToolTip(message);
    if (w->property("invalid").toBool() == invalid)
        return;
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}

void AccountsPage::updateState()
{
    if (m_loading)
        return;
    const Account a = formAccount();
    const bool cloud = a.kind == Account::Kind::CloudApi;
    const bool hasAccount = m_row >= 0;

    // Field by field, so the offending one is marked; the sentence comes from AccountStore::validate().
    markInvalid(m_name, hasAccount && a.name.isEmpty(), a.name.isEmpty() ? tr("The account needs a name.") : QString());
    const QString graphProblem = cloud ? AccountStore::validateUrl(tr("Graph API URL"), a.graphUrl, true) : QString();
    markInvalid(m_graphUrl, !graphProblem.isEmpty(), graphProblem);
    static const QRegularExpression version(QStringLiteral("^v\\d+\\.\\d+$"));
    const bool badVersion = cloud && !version.match(a.apiVersion).hasMatch();
    markInvalid(m_apiVersion, badVersion, badVersion ? tr("Write the version like v23.0.") : QString());
    markInvalid(m_phoneNumberId, !digitsOnly(a.phoneNumberId), tr("Only digits."));
    markInvalid(m_wabaId, !digitsOnly(a.wabaId), tr("Only digits."));
    const QString relayProblem = cloud ? AccountStore::validateUrl(tr("Relay URL"), a.relayUrl, false) : QString();
    markInvalid(m_relayUrl, !relayProblem.isEmpty(), relayProblem);

    const QString problem = hasAccount ? AccountStore::validate(a) : QString();
    const bool modified = hasAccount && isModified();
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        setTone(m_status, Tone::Bad);
    } else if (modified) {
        m_status->setText(m_current.id ? tr("Unsaved changes.") : tr("New account: fill in the fields and save it."));
        setTone(m_status, Tone::Muted);
    } else {
        m_status->clear();
    }
    const bool testing = !m_test.isNull();
    m_saveButton->setEnabled(hasAccount && modified && problem.isEmpty());
    m_revertButton->setEnabled(hasAccount && modified && m_current.id);
    m_defaultButton->setEnabled(m_current.id && !m_current.isDefault);
    m_testButton->setEnabled(hasAccount && problem.isEmpty() && !testing);
    m_name->setEnabled(hasAccount);
    m_kind->setEnabled(hasAccount);
    m_setToken->setEnabled(m_current.id && !m_accessToken->text().trimmed().isEmpty());
    m_setRelayToken->setEnabled(m_current.id && !m_relayToken->text().trimmed().isEmpty());
}

void AccountsPage::setSecretStatus(QLabel *label, TokenState state, const QString &message)
{
    label->setProperty("tokenState", int(state));
    switch (state) {
    case TokenState::Unknown:
        label->setText(message);
        setTone(label, Tone::Muted);
        break;
    case TokenState::Checking:
        label->setText(tr("Checking the system keychain…"));
        setTone(label, Tone::Muted);
        break;
    case TokenState::Stored:
        label->setText(message.isEmpty() ? tr("✔ A token is stored in the system keychain.") : message);
        setTone(label, Tone::Good);
        break;
    case TokenState::Missing:
        label->setText(tr("No token stored yet."));
        setTone(label, Tone::Muted);
        break;
    case TokenState::Error:
        label->setText(message);
        setTone(label, Tone::Bad);
        break;
    }
}

void AccountsPage::refreshSecretStatus()
{
    const qint64 id = m_current.id;
    if (!id || m_current.kind == Account::Kind::Sandbox) {
        const QString note = id ? QString() : tr("Save the account before storing a token.");
        setSecretStatus(m_tokenStatus, TokenState::Unknown, note);
        setSecretStatus(m_relayTokenStatus, TokenState::Unknown, note);
        return;
    }
    for (auto [secret, label] : {std::pair{SecretStore::Secret::AccessToken, m_tokenStatus},
                                 std::pair{SecretStore::Secret::RelayFeedToken, m_relayTokenStatus}}) {
        setSecretStatus(label, TokenState::Checking);
        // Only presence matters here; the value is dropped at once and never reaches a widget.
        m_secrets->read(id, secret, label, [this, id, label](const SecretStore::Result &r) {
            if (m_current.id != id)
                return;
            if (r.ok())
                setSecretStatus(label, TokenState::Stored);
            else if (r.status == SecretStore::Status::NotFound)
                setSecretStatus(label, TokenState::Missing);
            else
                setSecretStatus(label, TokenState::Error, r.message);
        });
    }
}

void AccountsPage::storeSecret(int secretValue)
{
    const auto secret = static_cast<SecretStore::Secret>(secretValue);
    const bool access = secret == SecretStore::Secret::AccessToken;
    QLineEdit *edit = access ? m_accessToken : m_relayToken;
    QPushButton *button = access ? m_setToken : m_setRelayToken;
    QLabel *label = access ? m_tokenStatus : m_relayTokenStatus;
    const QString value = edit->text().trimmed();
    if (value.isEmpty() || !m_current.id) {
        edit->setFocus();
        return;
    }
    const qint64 id = m_current.id;
    button->setEnabled(false);
    edit->setEnabled(false);
    setSecretStatus(label, TokenState::Checking);
    m_secrets->write(id, secret, value, label, [this, id, edit, button, label](const SecretStore::Result &r) {
        edit->setEnabled(true);
        if (m_current.id != id)
            return;
        if (r.ok()) {
            edit->clear();
            setSecretStatus(label, TokenState::Stored, tr("✔ Stored in the system keychain."));
            Q_EMIT statusMessage(tr("Token stored in the system keychain."));
        } else {
            setSecretStatus(label, TokenState::Error, r.message);
            button->setEnabled(true);
        }
    });
}

bool AccountsPage::save()
{
    const Account a = formAccount();
    QString error;
    AccountStore store(m_workspace.database());
    const qint64 id = store.save(a, &error);
    if (!id) {
        m_status->setText(tr("Not saved: %1").arg(error));
        setTone(m_status, Tone::Bad);
        return false;
    }
    if (m_accounts.isEmpty())
        store.setDefault(id, &error);
    reload(id);
    Q_EMIT accountsChanged();
    Q_EMIT statusMessage(tr("Account “%1” saved.").arg(a.name));
    return true;
}

void AccountsPage::revert()
{
    if (!m_current.id)
        return;
    showAccount(m_current);
}

void AccountsPage::addAccount()
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->data(Qt::UserRole).toLongLong()) {
            m_list->setCurrentRow(i);
            m_name->setFocus();
            return;
        }
    }
    if (m_row >= 0 && !confirmLeave())
        return;
    m_loading = true;
    auto *item = new QListWidgetItem(tr("New account\n(not saved)"), m_list);
    item->setData(Qt::UserRole, qint64(0));
    QFont f = item->font();
    f.setItalic(true);
    item->setFont(f);
    m_loading = false;
    m_row = -1;
    m_current = Account{};   // confirmLeave() already asked; the new row must not ask again
    m_list->setCurrentItem(item);
    m_name->setFocus();
}

void AccountsPage::makeDefault()
{
    if (!m_current.id || !confirmLeave())
        return;
    const qint64 id = m_current.id;
    QString error;
    if (!AccountStore(m_workspace.database()).setDefault(id, &error)) {
        MessageBox::warning(this, tr("Make default"), tr("The default account could not be changed: %1").arg(error));
        return;
    }
    reload(id);
    Q_EMIT accountsChanged();
}

void AccountsPage::showTestResult(bool ok, const QString &html)
{
    m_testBusy->hide();
    m_testResult->setText(html);
    setTone(m_testResult, ok ? Tone::Normal : Tone::Bad);
    m_testResult->show();
    updateState();
}

void AccountsPage::testConnection()
{
    if (m_test)
        return;
    const Account account = formAccount();
    const QString typed = m_accessToken->text().trimmed();
    m_testBusy->show();
    m_testButton->setEnabled(false);
    m_testResult->hide();

    auto run = [this, account](const QString &token) {
        m_test = new AccountTest(account, token, this);
        const bool sandbox = account.kind == Account::Kind::Sandbox;
        connect(m_test, &AccountTest::finished, this, [this, sandbox](const AccountTest::Result &r) {
            if (m_test)
                m_test->deleteLater();
            m_test = nullptr;
            if (!r.ok) {
                showTestResult(false, tr("<b>✘ The connection failed.</b><br>%1").arg(r.message.toHtmlEscaped()));
                return;
            }
            const auto value = [&r](const char *key) {
                const QString v = r.phone.value(QLatin1String(key)).toString();
                return v.isEmpty() ? QStringLiteral("—") : v.toHtmlEscaped();
            };
            const QString throughput =
                r.phone.value(QLatin1String("throughput")).toObject().value(QLatin1String("level")).toString();
            const QString row = QStringLiteral("<tr><td style=\"padding-right:12px; color:#5f6b73\">%1</td><td>%2</td></tr>");
            QString html = QStringLiteral("<p style=\"color:#1b7f3b\"><b>✔ %1</b></p><table>").arg(tr("Connected"));
            html += row.arg(tr("Display number"), value("display_phone_number"));
            html += row.arg(tr("Verified name"), value("verified_name"));
            html += row.arg(tr("Quality rating"), value("quality_rating"));
            html += row.arg(tr("Throughput"), throughput.isEmpty() ? QStringLiteral("—") : throughput.toHtmlEscaped());
            html += QStringLiteral("</table>");
            if (sandbox)
                html += QStringLiteral("<p>%1</p>").arg(r.message.toHtmlEscaped());
            showTestResult(true, html);
        });
        m_test->start();
        updateState();
    };

    if (account.kind == Account::Kind::Sandbox || !typed.isEmpty()) {
        run(typed);
        return;
    }
    if (!account.id) {
        showTestResult(false, tr("Paste the access token into “Access token” to test before saving."));
        return;
    }
    m_secrets->read(account.id, SecretStore::Secret::AccessToken, this,
                    [this, run, id = account.id](const SecretStore::Result &r) {
                        if (m_current.id != id) {
                            showTestResult(false, QString());
                            return;
                        }
                        if (r.ok()) {
                            run(r.value);
                        } else if (r.status == SecretStore::Status::NotFound) {
                            showTestResult(false, tr("No access token is stored for this account. Paste it into "
                                                     "“Access token” and press “Set token”."));
                        } else {
                            showTestResult(false, r.message.toHtmlEscaped());
                        }
                    });
}

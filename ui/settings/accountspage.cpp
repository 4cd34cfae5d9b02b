#include "ui/settings/accountspage.h"

#include "models/storage/workspace.h"
#include "ui/messagebox.h"
#include "ui/settings/accountform.h"
#include "ui/settings/connectiontestgroup.h"
#include "ui/settings/languagebox.h"
#include "ui/settings/regionbox.h"
#include "ui/settings/secretfield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using NoteLabel::Tone;

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
    setStyleSheet(NoteLabel::pageStyleSheet());   // light or dark, from ui/tonestyle.*

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
    auto *intro = NoteLabel::create(this, QStringLiteral("accountsIntro"));
    intro->setText(tr("The WhatsApp numbers Herald sends from."));
    NoteLabel::setTone(intro, Tone::Muted);
    left->addWidget(intro);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_defaultButton);
    left->addLayout(listButtons);
    left->addWidget(new LanguageBox(this));
    left->addWidget(new RegionBox(this));

    // Right: the selected account.
    m_form = new AccountForm(m_secrets, this);

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
    right->addWidget(m_form, 1);
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
    connect(m_form, &AccountForm::edited, this, [this] { updateState(); });
    ConnectionTestGroup *test = m_form->connectionTest();
    connect(test, &ConnectionTestGroup::testRequested, this, [this] { testConnection(); });
    connect(test, &ConnectionTestGroup::runningChanged, this, [this] { updateState(); });
    for (SecretField *field : {m_form->accessToken(), m_form->relayToken()})
        connect(field, &SecretField::stored, this, &AccountsPage::statusMessage);
}

void AccountsPage::reload(qint64 selectId)
{
    QString error;
    m_accounts = AccountStore(m_workspace.database()).list(&error);
    if (!error.isEmpty())
        m_form->setStatus(tr("Cannot read the accounts: %1").arg(error), Tone::Bad);
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
        const QString kind = AccountForm::kindLabel(a.kind);
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
    m_form->setAccount(a);
    updateState();
    m_form->refreshSecrets(a.kind == Account::Kind::Sandbox);
}

Account AccountsPage::formAccount() const
{
    return m_form->account(m_current);
}

bool AccountsPage::isModified() const
{
    if (!m_current.id)
        return m_list->count() > 0 && m_row >= 0;
    const Account a = formAccount();
    return a.name != m_current.name || a.kind != m_current.kind || a.graphUrl != m_current.graphUrl
        || a.apiVersion != m_current.apiVersion || a.phoneNumberId != m_current.phoneNumberId
        || a.wabaId != m_current.wabaId || a.relayUrl != m_current.relayUrl || a.portfolioId != m_current.portfolioId
        || a.autoResolve != m_current.autoResolve;
}

QString AccountsPage::validationMessage() const
{
    return AccountStore::validate(formAccount());
}

void AccountsPage::updateState()
{
    if (m_loading)
        return;
    const Account a = formAccount();
    const bool hasAccount = m_row >= 0;
    m_form->markFields(a, hasAccount);

    const QString problem = hasAccount ? AccountStore::validate(a) : QString();
    const bool modified = hasAccount && isModified();
    if (!problem.isEmpty())
        m_form->setStatus(problem, Tone::Bad);
    else if (modified)
        m_form->setStatus(m_current.id ? tr("Unsaved changes.") : tr("New account: fill in the fields and save it."),
                          Tone::Muted);
    else
        m_form->clearStatus();
    m_saveButton->setEnabled(hasAccount && modified && problem.isEmpty());
    m_revertButton->setEnabled(hasAccount && modified && m_current.id);
    m_defaultButton->setEnabled(m_current.id && !m_current.isDefault);
    m_form->connectionTest()->setTestable(hasAccount && problem.isEmpty());
    m_form->setEditable(hasAccount);
    m_form->accessToken()->updateButton();
    m_form->relayToken()->updateButton();
}

bool AccountsPage::save()
{
    const Account a = formAccount();
    if (const QString warning = AccountStore::graphHostWarning(a);
        !warning.isEmpty() && a.graphUrl != m_current.graphUrl
        && MessageBox::warning(this, tr("Not Meta's Graph API"), warning + QLatin1Char('\n') + tr("Save anyway?"),
                               QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Save) {
        m_form->setStatus(tr("Not saved: the Graph API URL was not confirmed."), Tone::Muted);
        return false;
    }
    QString error;
    AccountStore store(m_workspace.database());
    const qint64 id = store.save(a, &error);
    if (!id) {
        m_form->setStatus(tr("Not saved: %1").arg(error), Tone::Bad);
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
            m_form->focusName();
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
    m_form->focusName();
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

void AccountsPage::testConnection()
{
    m_form->connectionTest()->run(formAccount(), m_form->accessToken()->typedValue());
}

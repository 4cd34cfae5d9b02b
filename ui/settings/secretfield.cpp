#include "ui/settings/secretfield.h"

#include "ui/settings/notelabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using NoteLabel::Tone;

SecretField::SecretField(SecretStore *secrets, SecretStore::Secret secret, const QString &objectName,
                         const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_secret(secret)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    auto *row = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectName);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(placeholder);
    m_edit->setClearButtonEnabled(true);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_edit->setToolTip(tr("Write-only: a stored secret is never shown. Type a new one to replace it."));
    m_button = new QPushButton(tr("Set token"), this);
    m_button->setObjectName(objectName == QLatin1String("accessToken") ? QStringLiteral("setTokenButton")
                                                                       : QStringLiteral("setRelayTokenButton"));
    m_button->setToolTip(tr("Store the token in the system keychain"));
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    layout->addLayout(row);
    m_status = NoteLabel::create(this, objectName + QStringLiteral("Status"));
    layout->addWidget(m_status);
    connect(m_edit, &QLineEdit::textChanged, m_button, [this] { updateButton(); });
    m_button->setEnabled(false);

    connect(m_button, &QPushButton::clicked, this, [this] { store(); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { store(); });
}

QString SecretField::typedValue() const
{
    return m_edit->text().trimmed();
}

void SecretField::setAccountId(qint64 id)
{
    m_accountId = id;
    m_edit->clear();
}

void SecretField::updateButton()
{
    m_button->setEnabled(m_accountId && !typedValue().isEmpty());
}

void SecretField::setStatus(State state, const QString &message)
{
    m_status->setProperty("tokenState", int(state));
    switch (state) {
    case State::Unknown:
        m_status->setText(message);
        NoteLabel::setTone(m_status, Tone::Muted);
        break;
    case State::Checking:
        m_status->setText(tr("Checking the system keychain…"));
        NoteLabel::setTone(m_status, Tone::Muted);
        break;
    case State::Stored:
        m_status->setText(message.isEmpty() ? tr("✔ A token is stored in the system keychain.") : message);
        NoteLabel::setTone(m_status, Tone::Good);
        break;
    case State::Missing:
        m_status->setText(tr("No token stored yet."));
        NoteLabel::setTone(m_status, Tone::Muted);
        break;
    case State::Error:
        m_status->setText(message);
        NoteLabel::setTone(m_status, Tone::Bad);
        break;
    }
}

void SecretField::refreshStatus(bool sandbox)
{
    const qint64 id = m_accountId;
    if (!id || sandbox) {
        setStatus(State::Unknown, id ? QString() : tr("Save the account before storing a token."));
        return;
    }
    setStatus(State::Checking);
    // Only presence matters here; the value is dropped at once and never reaches a widget.
    m_secrets->read(id, m_secret, m_status, [this, id](const SecretStore::Result &r) {
        if (m_accountId != id)
            return;
        if (r.ok())
            setStatus(State::Stored);
        else if (r.status == SecretStore::Status::NotFound)
            setStatus(State::Missing);
        else
            setStatus(State::Error, r.message);
    });
}

void SecretField::store()
{
    const QString value = typedValue();
    if (value.isEmpty() || !m_accountId) {
        m_edit->setFocus();
        return;
    }
    const qint64 id = m_accountId;
    m_button->setEnabled(false);
    m_edit->setEnabled(false);
    setStatus(State::Checking);
    m_secrets->write(id, m_secret, value, m_status, [this, id](const SecretStore::Result &r) {
        m_edit->setEnabled(true);
        if (m_accountId != id)
            return;
        if (r.ok()) {
            m_edit->clear();
            setStatus(State::Stored, tr("✔ Stored in the system keychain."));
            Q_EMIT stored(tr("Token stored in the system keychain."));
        } else {
            setStatus(State::Error, r.message);
            m_button->setEnabled(true);
        }
    });
}

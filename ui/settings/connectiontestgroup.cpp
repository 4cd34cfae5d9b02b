#include "ui/settings/connectiontestgroup.h"

#include "engine/cloudapi/accounttest.h"
#include "engine/secrets/accesstoken.h"
#include "engine/secrets/secretstore.h"
#include "ui/settings/notelabel.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using NoteLabel::Tone;

ConnectionTestGroup::ConnectionTestGroup(SecretStore *secrets, QWidget *parent)
    : QGroupBox(tr("Connection"), parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("connectionGroup"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_button = new QPushButton(tr("&Test connection"), this);
    m_button->setObjectName(QStringLiteral("testConnectionButton"));
    m_button->setToolTip(tr("Ask Meta about this phone number with the stored (or just typed) token"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setMaximumHeight(m_button->sizeHint().height() / 2);
    m_busy->setTextVisible(false);
    m_busy->hide();
    row->addWidget(m_button);
    row->addWidget(m_busy);
    row->addStretch(1);
    layout->addLayout(row);
    m_result = NoteLabel::create(this, QStringLiteral("connectionResult"));
    m_result->setTextFormat(Qt::RichText);
    m_result->hide();
    layout->addWidget(m_result);

    connect(m_button, &QPushButton::clicked, this, [this] { Q_EMIT testRequested(); });
}

void ConnectionTestGroup::setTestable(bool testable)
{
    m_button->setEnabled(testable && !isRunning());
}

void ConnectionTestGroup::setAccountId(qint64 id)
{
    m_accountId = id;
    m_result->clear();
    m_result->hide();
}

void ConnectionTestGroup::showResult(bool ok, const QString &html)
{
    m_busy->hide();
    m_result->setText(html);
    NoteLabel::setTone(m_result, ok ? Tone::Normal : Tone::Bad);
    m_result->show();
    Q_EMIT runningChanged();
}

void ConnectionTestGroup::start(const Account &account, const QString &token)
{
    m_test = new AccountTest(account, token, this);
    const bool sandbox = account.kind == Account::Kind::Sandbox;
    connect(m_test, &AccountTest::finished, this, [this, sandbox](const AccountTest::Result &r) {
        if (m_test)
            m_test->deleteLater();
        m_test = nullptr;
        if (!r.ok) {
            showResult(false, tr("<b>✘ The connection failed.</b><br>%1").arg(r.message.toHtmlEscaped()));
            return;
        }
        const auto value = [&r](const char *key) {
            const QString v = r.phone.value(QLatin1String(key)).toString();
            return v.isEmpty() ? QStringLiteral("—") : v.toHtmlEscaped();
        };
        const QString throughput =
            r.phone.value(QLatin1String("throughput")).toObject().value(QLatin1String("level")).toString();
        const QString row = QStringLiteral("<tr><td style=\"padding-right:12px; color:%1\">%2</td><td>%3</td></tr>")
                                .arg(NoteLabel::color(Tone::Muted, palette()).name());
        QString html = QStringLiteral("<p style=\"color:%1\"><b>✔ %2</b></p><table>")
                           .arg(NoteLabel::color(Tone::Good, palette()).name(), tr("Connected"));
        html += row.arg(tr("Display number"), value("display_phone_number"));
        html += row.arg(tr("Verified name"), value("verified_name"));
        html += row.arg(tr("Quality rating"), value("quality_rating"));
        html += row.arg(tr("Throughput"), throughput.isEmpty() ? QStringLiteral("—") : throughput.toHtmlEscaped());
        html += QStringLiteral("</table>");
        if (sandbox)
            html += QStringLiteral("<p>%1</p>").arg(r.message.toHtmlEscaped());
        showResult(true, html);
    });
    m_test->start();
    Q_EMIT runningChanged();
}

void ConnectionTestGroup::run(const Account &account, const QString &typedToken)
{
    if (m_test)
        return;
    m_busy->show();
    m_button->setEnabled(false);
    m_result->hide();

    if (account.kind == Account::Kind::Sandbox || !typedToken.isEmpty()) {
        start(account, typedToken);
        return;
    }
    if (!account.id) {
        showResult(false, tr("Paste the access token into “Access token” to test before saving."));
        return;
    }
    AccessToken::fetch(*m_secrets, account, this, [this, account](const AccessToken::Result &r) {
        if (m_accountId != account.id) {
            showResult(false, QString());
            return;
        }
        if (r.ok())
            start(account, r.token);
        else
            showResult(false, r.message.toHtmlEscaped());
    });
}

#include "ui/campaigns/preflightview.h"

#include "engine/cloudapi/testsend.h"
#include "engine/secrets/accesstoken.h"
#include "engine/secrets/secretstore.h"
#include "models/campaigns/ratecard.h"
#include "models/core/localformat.h"
#include "models/contacts/phonenormalizer.h"
#include "models/storage/workspace.h"
#include "ui/messagebox.h"
#include "ui/tonestyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
}

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.999);
    if (s < 60)
        return PreflightView::tr("about %n second(s)", "", int(s));
    if (s < 3600)
        return PreflightView::tr("about %1 min %2 s").arg(s / 60).arg(s % 60);
    return PreflightView::tr("about %1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

PreflightView::PreflightView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("preflightText"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void PreflightView::setReport(const PreflightReport &report)
{
    m_report = report;
    m_browser->setHtml(toHtml(report));
}

void PreflightView::setChecking()
{
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(tr("Checking the campaign…").toHtmlEscaped()));
}

QString PreflightView::toHtml(const PreflightReport &r)
{
    QString html;
    const QString danger = cssColor(toneText(Tone::Danger));
    if (!r.problems.isEmpty()) {
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p><ul>").arg(danger, esc(tr("Cannot start yet:")));
        for (const QString &p : r.problems)
            html += QStringLiteral("<li style='color:%1'>%2</li>").arg(danger, esc(p));
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg(cssColor(toneText(Tone::Success)), esc(tr("Ready to start.")));
    }
    if (!r.warnings.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &w : r.warnings)
            html += QStringLiteral("<li style='color:%1'>%2</li>").arg(cssColor(toneText(Tone::Warning)), esc(w));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    html += row(tr("Audience"),
        r.triggered ? esc(tr("decided per event (triggered campaign)"))
                    : esc(tr("%n contact(s)", "", int(r.audience))));
    html += row(
        tr("Excluded"), esc(tr("%1 opted out, %2 never opted in").arg(QLocale().toString(r.excludedOptedOut), QLocale().toString(r.excludedNotOptedIn))));
    if (!r.triggered) {
        QString missing = esc(tr("%n recipient(s) without a value and no fallback", "", int(r.missingParams)));
        for (const PreflightReport::MissingParam &m : r.missingSample)
            missing += QStringLiteral("<br>&nbsp;&nbsp;%1 — %2").arg(esc(m.phone), esc(m.slot));
        html += row(tr("Missing parameters"), missing);
    }
    html += row(tr("Template"),
        r.templateFound
            ? esc(tr("%1, quality %2, category %3")
                      .arg(r.templateStatus, r.templateQuality.isEmpty() ? tr("unknown") : r.templateQuality,
                          r.templateCategory))
            : esc(tr("not found")));
    if (r.tierLimit < 0)
        html += row(tr("Daily limit"),
            esc(r.tier.isEmpty() ? tr("tier not known yet: no limit applied") : tr("%1: no limit").arg(r.tier)));
    else
        html += row(tr("Daily limit"),
            esc(tr("%1 of %2 left in the last 24 hours (%3, %4 used)")
                    .arg(QLocale().toString(r.tierRemaining), QLocale().toString(r.tierLimit), r.tier,
                         QLocale().toString(r.tierUsed))));
    if (!r.triggered) {
        html += row(tr("Duration"), esc(tr("%1 at %2 messages/s").arg(duration(r.durationSeconds), QLocale().toString(r.rate))));
        html += row(tr("Cost"),
            r.hasCost ? esc(LocalFormat::money(r.cost, r.currency))
                      : esc(tr("no estimate (add prices to the rate card)")));
        // Send windows (issue 18 §2): the waves by the hour they start, in this computer's time (its zone named).
        const auto local = [](qint64 ms) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
        };
        if (!r.sendWindow.isEmpty()) {
            QStringList waves;
            for (const SendWindowPlan::Wave &w : r.waves)
                waves << esc(tr("%1: %n recipient(s)", "", int(w.recipients)).arg(local(w.hourUtc)));
            html += row(tr("Send window"), esc(r.sendWindow));
            html += row(tr("Waves (%1 time)").arg(esc(QString::fromUtf8(QTimeZone::systemTimeZoneId()))),
                        waves.join(QStringLiteral("<br>")));
        }
        if (r.lastSendAt > 0)
            html += row(tr("Last send"), esc(local(r.lastSendAt)));
    }
    html += QStringLiteral("</table>");
    if (!r.samples.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("The message for the first recipients")));
        for (const PreflightReport::Sample &s : r.samples)
            html += QStringLiteral("<p style='margin-left:12px'><i>%1</i><br>%2</p>")
                        .arg(esc(s.phone), esc(s.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return html;
}

// ---- RateCardDialog -----------------------------------------------------------------------------

RateCardDialog::RateCardDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("rateCardDialog"));
    setWindowTitle(tr("Rate card"));
    auto *note = new QLabel(tr("The price of one message by template category and recipient country. A row without "
                               "a country applies to every country without its own row. With no rows, the pre-flight "
                               "check gives no cost estimate. A row valid from a date (YYYY-MM-DD, UTC) prices the "
                               "messages sent from that day on; older runs keep the price of their day."),
        this);
    note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("rateTable"));
    m_table->setHorizontalHeaderLabels({ tr("Category"), tr("Country"), tr("Price"), tr("Currency"), tr("Valid from") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *add = new QPushButton(tr("&Add rate"), this);
    add->setObjectName(QStringLiteral("addRateButton"));
    auto *remove = new QPushButton(tr("&Remove rate"), this);
    remove->setObjectName(QStringLiteral("removeRateButton"));
    connect(add, &QPushButton::clicked, this,
        [this] { addRow(QStringLiteral("MARKETING"), QString(), 0, QStringLiteral("USD")); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RateCardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RateCardDialog::reject);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);
    resize(560, 360);

    QString error;
    for (const RateCard::Rate &r : RateCard(m_workspace.database()).list(&error))
        addRow(r.category, r.country, r.price, r.currency, r.validFrom);
}

void RateCardDialog::addRow(const QString &category, const QString &country, double price, const QString &currency,
                            const QDate &validFrom)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *categoryCombo = new QComboBox(m_table);
    categoryCombo->addItems({ QStringLiteral("MARKETING"), QStringLiteral("UTILITY"), QStringLiteral("AUTHENTICATION"),
        QStringLiteral("SERVICE") });
    categoryCombo->setCurrentText(category);
    m_table->setCellWidget(row, 0, categoryCombo);
    m_table->setItem(row, 1, new QTableWidgetItem(country));
    auto *priceSpin = new QDoubleSpinBox(m_table);
    priceSpin->setDecimals(4);
    priceSpin->setRange(0, 1000);
    priceSpin->setSingleStep(0.001);
    priceSpin->setValue(price);
    m_table->setCellWidget(row, 2, priceSpin);
    m_table->setItem(row, 3, new QTableWidgetItem(currency));
    m_table->setItem(row, 4, new QTableWidgetItem(RateCard::dateKey(validFrom)));
}

void RateCardDialog::accept()
{
    QList<RateCard::Rate> rates;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        RateCard::Rate r;
        r.category = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0))->currentText();
        r.country = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed().toUpper() : QString();
        r.price = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, 2))->value();
        r.currency = m_table->item(row, 3) ? m_table->item(row, 3)->text() : QString();
        const QString from = m_table->item(row, 4) ? m_table->item(row, 4)->text().trimmed() : QString();
        r.validFrom = RateCard::dateFromKey(from);
        if (!from.isEmpty() && !r.validFrom.isValid()) {
            MessageBox::warning(this, tr("Rate card"),
                tr("Row %1: “%2” is not a date; write Valid from like 2025-07-01, or leave it empty for a price "
                   "that always applied.")
                    .arg(row + 1)
                    .arg(from));
            return;
        }
        if (!r.country.isEmpty() && !PhoneNormalizer::isKnownRegion(r.country)) {
            MessageBox::warning(this, tr("Rate card"),
                tr("“%1” is not a country code; use a two-letter ISO code such as IN or DE, or leave it "
                   "empty for any country.")
                    .arg(r.country));
            return;
        }
        rates << r;
    }
    RateCard card(m_workspace.database());
    QString error;
    QSqlDatabase db = m_workspace.database();
    db.transaction();
    bool ok = card.clear(&error);
    for (const RateCard::Rate &r : std::as_const(rates))
        ok = ok && card.set(r, &error);
    if (!ok) {
        db.rollback();
        MessageBox::warning(this, tr("Rate card"), tr("The rate card was not saved: %1").arg(error));
        return;
    }
    db.commit();
    QDialog::accept();
}

// ---- TestSendDialog -----------------------------------------------------------------------------

TestSendDialog::TestSendDialog(Workspace &workspace, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaign(campaign)
    , m_secrets(new SecretStore(workspace.workspaceId(), this))
    , m_phone(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_result(new QLabel(this))
    , m_send(new QPushButton(tr("&Send test"), this))
{
    setObjectName(QStringLiteral("testSendDialog"));
    setWindowTitle(tr("Send a test message"));
    m_phone->setObjectName(QStringLiteral("testPhoneEdit"));
    m_phone->setPlaceholderText(tr("+91 98765 43210"));
    m_preview->setObjectName(QStringLiteral("testPreviewLabel"));
    m_preview->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("testResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send->setObjectName(QStringLiteral("sendTestNowButton"));
    m_send->setDefault(true);
    auto *note = new QLabel(tr("The message goes once to this number, with the contact's values if it is a contact and "
                               "the fallbacks otherwise. It does not count in the campaign's statistics."),
        this);
    note->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &TestSendDialog::send);
    auto *form = new QFormLayout;
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_send);
    auto *phoneLabel = new QLabel(tr("&Number:"), this);
    phoneLabel->setBuddy(m_phone);
    form->addRow(phoneLabel, phoneRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(close);
    resize(480, 300);
}

void TestSendDialog::send()
{
    QString error;
    const auto message = TestSend::prepare(m_workspace.database(), m_campaign, m_phone->text(), &error);
    if (!message) {
        m_result->setText(error);
        return;
    }
    m_preview->setText(tr("To %1:\n%2").arg(message->phone, message->text));
    const auto account = AccountStore(m_workspace.database()).byId(m_campaign.accountId, &error);
    if (!account) {
        m_result->setText(error);
        return;
    }
    m_send->setEnabled(false);
    m_result->setText(tr("Sending…"));
    if (account->kind == Account::Kind::Sandbox) {
        sendWithToken(*account, QString());
        return;
    }
    AccessToken::fetch(*m_secrets, *account, this, [this, a = *account](const AccessToken::Result &r) {
        if (!r.ok()) {
            m_send->setEnabled(true);
            m_result->setText(r.message);
            return;
        }
        sendWithToken(a, r.token);
    });
}

void TestSendDialog::sendWithToken(const Account &account, const QString &token)
{
    QString error;
    const auto message = TestSend::prepare(m_workspace.database(), m_campaign, m_phone->text(), &error);
    if (!message) {
        m_send->setEnabled(true);
        m_result->setText(error);
        return;
    }
    auto *sender = new TestSend(account, token, this);
    sender->setLog(m_workspace.database(), m_campaign.id);
    connect(sender, &TestSend::finished, this, [this, sender](const TestSend::Result &r) {
        m_send->setEnabled(true);
        m_result->setText(r.message);
        sender->deleteLater();
    });
    sender->send(*message);
}

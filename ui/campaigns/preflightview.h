#pragma once

#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/preflight.h"

#include <QDate>
#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class SecretStore;
class Workspace;

// The pre-flight report on one page: audience and exclusions, missing parameters, the template, sample
// messages, headroom, duration and cost, then problems (red) and warnings (amber).
class PreflightView : public QWidget
{
    Q_OBJECT

public:
    explicit PreflightView(QWidget *parent = nullptr);

    void setReport(const PreflightReport &report);
    // Shows that a check is running (the last report is kept until the new one arrives).
    void setChecking();
    const PreflightReport &report() const { return m_report; }
    // The report as the HTML the view shows (tests read it).
    static QString toHtml(const PreflightReport &report);
    QTextBrowser *browser() const { return m_browser; }

private:
    PreflightReport m_report;
    QTextBrowser *m_browser = nullptr;
};

// Edits the rate card: price per message by template category and country ('' = any country).
class RateCardDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RateCardDialog(Workspace &workspace, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    void accept() override;

private:
    void addRow(const QString &category, const QString &country, double price, const QString &currency,
                const QDate &validFrom = {});

    Workspace &m_workspace;
    QTableWidget *m_table = nullptr;
};

// Sends the campaign's message once to a number typed here, and says what came of it.
class TestSendDialog : public QDialog
{
    Q_OBJECT

public:
    TestSendDialog(Workspace &workspace, const Campaign &campaign, QWidget *parent = nullptr);
    QLineEdit *phoneEdit() const { return m_phone; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *sendButton() const { return m_send; }

private:
    void send();
    void sendWithToken(const Account &account, const QString &token);

    Workspace &m_workspace;
    Campaign m_campaign;
    SecretStore *m_secrets = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_send = nullptr;
};

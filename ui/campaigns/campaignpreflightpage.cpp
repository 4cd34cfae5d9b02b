// CampaignWizard, page 4: the pre-flight report, the rate card, a test send and "start when I click Finish".
#include "ui/campaigns/campaignpreflightpage.h"

#include "models/storage/workspace.h"
#include "ui/campaigns/preflightview.h"
#include "ui_campaignpreflightpage.h"

#include <QPushButton>
#include <QtConcurrent>

CampaignPreflightPage::CampaignPreflightPage(Workspace &workspace, std::function<Campaign()> campaign, QWidget *parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_campaign(std::move(campaign))
    , m_ui(std::make_unique<Ui::CampaignPreflightPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &CampaignPreflightPage::runPreflight);
    connect(&m_preflight, &QFutureWatcher<PreflightReport>::finished, this,
        &CampaignPreflightPage::onPreflightFinished);
    connect(m_ui->rateCardButton, &QPushButton::clicked, this, [this] {
        RateCardDialog dialog(m_workspace, wizard());
        if (dialog.exec() == QDialog::Accepted)
            runPreflight();
    });
    connect(m_ui->testSendButton, &QPushButton::clicked, this, [this] {
        TestSendDialog dialog(m_workspace, m_campaign(), wizard());
        dialog.exec();
    });
}

CampaignPreflightPage::~CampaignPreflightPage()
{
    // The worker reads through m_workspace; it must end before the page does.
    m_again = false;
    m_preflight.waitForFinished();
}

const PreflightReport &CampaignPreflightPage::report() const
{
    return m_ui->preflightView->report();
}

bool CampaignPreflightPage::startRequested() const
{
    return m_ui->startNowCheck->isChecked();
}

void CampaignPreflightPage::initializePage()
{
    runPreflight();
}

bool CampaignPreflightPage::isComplete() const
{
    return !m_pending;
}

void CampaignPreflightPage::runPreflight()
{
    if (m_preflight.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_pending = true;
    m_ui->preflightView->setChecking();
    m_ui->testSendButton->setEnabled(false);
    Q_EMIT completeChanged();
    Workspace *workspace = &m_workspace;
    const Campaign c = m_campaign();
    m_preflight.setFuture(QtConcurrent::run([workspace, c] {
        PreflightReport report = Preflight::check(workspace->database(), c);
        workspace->releaseThreadConnection();
        return report;
    }));
}

void CampaignPreflightPage::onPreflightFinished()
{
    if (m_again) {
        runPreflight();
        return;
    }
    m_pending = false;
    m_ui->preflightView->setReport(m_preflight.result());
    m_ui->testSendButton->setEnabled(m_ui->preflightView->report().templateFound);
    Q_EMIT completeChanged();
}

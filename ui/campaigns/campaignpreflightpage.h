#pragma once

#include "models/campaigns/campaign.h"
#include "models/campaigns/preflight.h"

#include <functional>
#include <memory>
#include <QFutureWatcher>
#include <QWizardPage>

class Workspace;

namespace Ui {
class CampaignPreflightPage;
}

// The campaign wizard's last page (campaignpreflightpage.ui): the pre-flight report (PreflightView) for the
// campaign that `campaign` returns, the rate card, a test send and "Start sending when I click Finish".
// The check runs on a worker thread (it renders every recipient); the page is not complete (Finish is
// disabled) until its report is shown.
class CampaignPreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    CampaignPreflightPage(Workspace &workspace, std::function<Campaign()> campaign, QWidget *parent = nullptr);
    ~CampaignPreflightPage() override;

    // True from the start of a check until its report is shown.
    bool isChecking() const { return m_pending; }
    const PreflightReport &report() const;
    // "Start sending when I click Finish" is checked.
    bool startRequested() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    void runPreflight();
    void onPreflightFinished();

    Workspace &m_workspace;
    std::function<Campaign()> m_campaign;
    std::unique_ptr<Ui::CampaignPreflightPage> m_ui;
    QFutureWatcher<PreflightReport> m_preflight;
    bool m_again = false; // the campaign changed while a check was running
    bool m_pending = false; // from runPreflight() until its report is shown
};

#pragma once

#include "models/campaigns/campaign.h"

#include <QWizard>

class CampaignAudiencePage;
class CampaignPreflightPage;
class CampaignTemplatePage;
class CampaignTypePage;
class Workspace;

// Creates or edits a campaign in four pages, each a class of its own that owns its fields, checks and
// initialisation (KeePassXC's src/gui/wizard/ is the model):
//  1. CampaignTemplatePage — name, account, an APPROVED template and where each of its parameters comes from,
//     with a live preview for the first recipient;
//  2. CampaignAudiencePage — all opted-in contacts, a segment, a retarget of an earlier campaign or an
//     expression, with the live count and the contacts excluded by consent;
//  3. CampaignTypePage — once, scheduled, recurring or triggered by an event (models/campaigns/schedule.h);
//  4. CampaignPreflightPage — the pre-flight report (PreflightView), the rate card and a test send.
// The wizard assembles them: campaign() asks every page for its part; Finish saves the campaign
// (CampaignStore::create / update); with "Start sending" checked it then emits startRequested() — whoever
// opened the wizard starts the run.
class CampaignWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { TemplatePage, AudiencePage, TypePage, PreflightPage };

    // A new campaign.
    explicit CampaignWizard(Workspace &workspace, QWidget *parent = nullptr);
    // Edits campaign `campaignId`.
    CampaignWizard(Workspace &workspace, qint64 campaignId, QWidget *parent = nullptr);
    ~CampaignWizard() override;

    // Presets the audience page (e.g. "new campaign from these recipients": run:12:read and not run:12:replied).
    void setAudience(const QString &expression);
    QString audience() const;
    // The campaign as the pages describe it now (id 0 until saved, for a new one).
    Campaign campaign() const;
    qint64 campaignId() const { return m_campaignId; }
    // The pre-flight check runs on a worker thread (it renders every recipient): true until its report is shown.
    bool isCheckingPreflight() const;

    void accept() override;

Q_SIGNALS:
    void saved(qint64 campaignId);
    void startRequested(qint64 campaignId);

private:
    void setup();
    bool save(QString *error);

    Workspace &m_workspace;
    qint64 m_campaignId = 0;
    CampaignTemplatePage *m_templatePage = nullptr;
    CampaignAudiencePage *m_audiencePage = nullptr;
    CampaignTypePage *m_typePage = nullptr;
    CampaignPreflightPage *m_preflightPage = nullptr;
};

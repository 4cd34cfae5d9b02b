#pragma once

#include "campaign.h"
#include "messagetemplate.h"
#include "preflight.h"

#include <memory>
#include <optional>
#include <QFutureWatcher>
#include <QWizard>

class QTimer;
class Workspace;

namespace Ui {
class CampaignWizard;
}

// Creates or edits a campaign (Designer form campaignwizard.ui) in four pages:
//  1. name, account, an APPROVED template (searchable) and where each of its parameters comes from, with a
//     live preview for the first recipient;
//  2. the audience: every opted-in contact, a segment (tag / attribute conditions joined with and/or), the
//     recipients behind a statistic of an earlier campaign (optionally "but not" a second one), or an
//     expression; with the live count and the contacts excluded by consent;
//  3. when: once, scheduled, recurring or triggered by an event (models/schedule.h);
//  4. the pre-flight report (PreflightView), the rate card and a test send.
// Finish saves the campaign (CampaignStore::create / update); with "Start sending" checked it then emits
// startRequested() — whoever opened the wizard starts the run.
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
    bool isCheckingPreflight() const { return m_preflightPending; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void accept() override;

Q_SIGNALS:
    void saved(qint64 campaignId);
    void startRequested(qint64 campaignId);

private:
    void setup();
    void load(const Campaign &c);
    // Page 1 (campaignwizard.cpp)
    void loadAccounts();
    void loadTemplates();
    void filterTemplates();
    void onTemplateChanged();
    void fillParamTable(const QList<ParamMapping> &existing);
    void addParamRow(const QString &slot, const ParamMapping *existing);
    QList<ParamMapping> params(QString *error) const;
    std::optional<MessageTemplate> currentTemplate() const;
    void updatePreview();
    // Page 2 (campaignwizardaudience.cpp)
    void setupAudiencePage();
    void addSegmentRow(const QString &join, bool negate, bool attribute, const QString &key, const QString &value);
    QString segmentExpression() const;
    QString retargetExpression() const;
    bool loadSegment(const QString &expression);
    bool loadRetarget(const QString &expression);
    void updateAudienceMode();
    void scheduleAudienceCount();
    void updateAudienceCount();
    // Page 3 (campaignwizardtype.cpp)
    void setupTypePage();
    QString kind() const;
    QJsonObject scheduleJson() const;
    QJsonObject triggerJson() const;
    void loadType(const Campaign &c);
    void addConditionRow(const QString &key, const QString &op, const QString &value);
    void updateTypePage();
    bool checkType(QString *error) const;
    // Page 4
    void runPreflight();
    void onPreflightFinished();
    bool save(QString *error);

    Workspace &m_workspace;
    std::unique_ptr<Ui::CampaignWizard> m_ui;
    qint64 m_campaignId = 0;
    QList<MessageTemplate> m_templates; // the account's APPROVED templates
    QTimer *m_countTimer = nullptr;
    bool m_loading = false;
    QFutureWatcher<PreflightReport> m_preflight;
    bool m_preflightAgain = false; // the campaign changed while a check was running
    bool m_preflightPending = false; // from runPreflight() until its report is shown
};

#pragma once

#include "models/campaigns/campaign.h"

#include <memory>
#include <QStringList>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class Workspace;

namespace Ui {
class CampaignAudiencePage;
}

// The campaign wizard's second page (campaignaudiencepage.ui): who gets the message — every opted-in contact,
// a segment (tag / attribute conditions joined with and/or), the recipients behind a statistic of an earlier
// campaign (optionally "but not" a second one), or (Advanced) an expression; with the audience in words
// (AudienceText), the live count and the contacts excluded by consent. Tags and attribute keys are picked from
// those in the workspace (PickListDelegate) or typed.
class CampaignAudiencePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CampaignAudiencePage(Workspace &workspace, QWidget *parent = nullptr);
    ~CampaignAudiencePage() override;

    // Shows `expression` in the form that fits it: all, retarget, segment rows, else the expression itself.
    void setAudience(const QString &expression);
    // The audience expression the page describes ("" = every opted-in contact).
    QString audience() const;
    // Shows campaign `c`'s audience; `c` itself is no longer offered for retargeting.
    void load(const Campaign &c);

    void initializePage() override;
    bool validatePage() override;

Q_SIGNALS:
    // The live count was updated for a valid audience (the preview of the first recipient may change).
    void audienceCounted();

private:
    void addSegmentRow(const QString &join, bool negate, bool attribute, const QString &key, const QString &value);
    QString segmentExpression() const;
    QString retargetExpression() const;
    bool loadSegment(const QString &expression);
    bool loadRetarget(const QString &expression);
    void updateAudienceMode();
    void scheduleAudienceCount();
    void updateAudienceCount();

    Workspace &m_workspace;
    std::unique_ptr<Ui::CampaignAudiencePage> m_ui;
    QTimer m_countTimer;
    QLabel *m_words = nullptr;   // the audience in words (AudienceText), above the count
    QStringList m_tags;          // the workspace's tags and attribute keys, the segment's pick-lists
    QStringList m_attributeKeys;
    bool m_loading = false;
};

#pragma once

#include "models/campaigns/campaign.h"

#include <memory>
#include <QJsonObject>
#include <QWizardPage>

namespace Ui {
class CampaignTypePage;
}

// The campaign wizard's third page (campaigntypepage.ui): when the campaign sends — once when started, at a
// set time, on a repeating schedule or whenever an event happens — as the JSON of models/campaigns/schedule.h, with a
// one-line summary of the schedule or trigger, or what is wrong with it.
class CampaignTypePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CampaignTypePage(QWidget *parent = nullptr);
    ~CampaignTypePage() override;

    // Shows campaign `c`'s kind with its schedule or trigger.
    void load(const Campaign &c);
    // Writes the kind, the schedule and the trigger into `c`.
    void apply(Campaign &c) const;

    void initializePage() override;
    bool validatePage() override;

private:
    QString kind() const;
    QJsonObject scheduleJson() const;
    QJsonObject triggerJson() const;
    void addConditionRow(const QString &key, const QString &op, const QString &value);
    void updateTypePage();
    bool checkType(QString *error) const;

    std::unique_ptr<Ui::CampaignTypePage> m_ui;
};

#pragma once

#include "models/campaigns/campaign.h"
#include "models/campaigns/triggerrecipes.h"

#include <memory>
#include <QJsonObject>
#include <QWizardPage>

namespace Ui {
class CampaignTypePage;
}

// The campaign wizard's third page (campaigntypepage.ui): when the campaign sends — once when started, at a
// set time, on a repeating schedule or whenever an event happens — as the JSON of models/campaigns/schedule.h, with a
// one-line summary of the schedule or trigger, or what is wrong with it.
class QComboBox;
class SendWindowBox;

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

    // Fills in the trigger from a ready recipe (TriggerRecipe::all()) and says so with recipeApplied, so the wizard
    // maps the template's parameters to the event's keys. The "Use recipe" button calls it.
    void applyRecipe(const TriggerRecipe &recipe);

Q_SIGNALS:
    void recipeApplied(const TriggerRecipe &recipe);

private:
    void loadTrigger(const QJsonObject &trigger);
    QString kind() const;
    QJsonObject scheduleJson() const;
    QJsonObject triggerJson() const;
    void addConditionRow(const QString &key, const QString &op, const QString &value);
    void updateTypePage();
    bool checkType(QString *error) const;

    std::unique_ptr<Ui::CampaignTypePage> m_ui;
    SendWindowBox *m_sendWindow = nullptr; // send at / quiet hours in the recipient's own time
    QComboBox *m_recipeCombo = nullptr;  // the ready recipes, above the event
    QComboBox *m_consentCombo = nullptr; // editable: the consent field's path, with the common shop set-ups
};

#pragma once

#include "models/campaigns/campaign.h"
#include "models/templates/messagetemplate.h"

#include <functional>
#include <memory>
#include <optional>
#include <QWizardPage>

class Workspace;

namespace Ui {
class CampaignTemplatePage;
}

// The campaign wizard's first page (campaigntemplatepage.ui): the campaign's name, its account, an APPROVED
// template (searchable) and where each of the template's parameters comes from, with a live preview for the
// first recipient of the audience that `audience` returns (the audience page's expression).
class CampaignTemplatePage : public QWizardPage
{
    Q_OBJECT

public:
    CampaignTemplatePage(Workspace &workspace, std::function<QString()> audience, QWidget *parent = nullptr);
    ~CampaignTemplatePage() override;

    // Shows campaign `c`'s name, account, template and parameter mapping.
    void load(const Campaign &c);
    // Writes the name, account, template and parameters into `c`.
    void apply(Campaign &c) const;
    // The current template's parameter slots (header.1, body.1, button.0 …), in the table's order.
    QStringList slotNames() const;
    // The role of the parameter table's first column that holds the slot ("body.1"); its text is the template
    // around the slot (SlotContext).
    static const int kSlotRole;
    // Replaces the mapping of the slots in `mapping` (a trigger recipe's event keys); other slots keep theirs.
    void applyMapping(const QList<ParamMapping> &mapping);
    // Renders the preview again (the audience changed).
    void updatePreview();

    bool validatePage() override;

private:
    void loadAccounts();
    // The other numbers of the chosen account's portfolio, checkable (CampaignNumbers); `checked` are ticked.
    void loadMoreNumbers(const QList<qint64> &checked);
    void loadTemplates();
    void filterTemplates();
    void onTemplateChanged();
    void fillParamTable(const QList<ParamMapping> &existing);
    void addParamRow(const QString &slot, const ParamMapping *existing);
    QList<ParamMapping> params(QString *error) const;
    std::optional<MessageTemplate> currentTemplate() const;

    Workspace &m_workspace;
    std::function<QString()> m_audience;
    std::unique_ptr<Ui::CampaignTemplatePage> m_ui;
    QList<MessageTemplate> m_templates; // the account's APPROVED templates
    bool m_loading = false;
};

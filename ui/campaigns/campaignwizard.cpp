#include "ui/campaigns/campaignwizard.h"

#include "models/storage/workspace.h"
#include "ui/accessibility.h"
#include "ui/campaigns/campaignaudiencepage.h"
#include "ui/campaigns/campaignpreflightpage.h"
#include "ui/campaigns/campaigntemplatepage.h"
#include "ui/campaigns/campaigntypepage.h"
#include "ui/messagebox.h"

#include <QTimer>

CampaignWizard::CampaignWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setup();
    setWindowTitle(tr("New campaign"));
}

CampaignWizard::CampaignWizard(Workspace &workspace, qint64 campaignId, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setup();
    QString error;
    const auto c = CampaignStore(m_workspace.database()).byId(campaignId, &error);
    if (!c) {
        QTimer::singleShot(0, this, [this, error] {
            MessageBox::warning(this, tr("Edit campaign"), error);
            reject();
        });
        return;
    }
    m_campaignId = campaignId;
    setWindowTitle(tr("Edit campaign “%1”").arg(c->name));
    m_templatePage->load(*c);
    m_audiencePage->load(*c);
    m_typePage->load(*c);
}

CampaignWizard::~CampaignWizard() = default;

void CampaignWizard::setup()
{
    // In the order the single form used to set them up (the pages, then the buttons' options and texts).
    resize(900, 680);
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage);
    // The audience page is built first: the template page's preview reads its expression. The pages are built
    // without a parent; setPage() adds each one's widgets to the tab chain in page order.
    m_audiencePage = new CampaignAudiencePage(m_workspace);
    m_typePage = new CampaignTypePage;
    m_templatePage = new CampaignTemplatePage(m_workspace, [this] { return audience(); });
    m_preflightPage = new CampaignPreflightPage(m_workspace, [this] { return campaign(); });
    setPage(TemplatePage, m_templatePage);
    setPage(AudiencePage, m_audiencePage);
    setPage(TypePage, m_typePage);
    setPage(PreflightPage, m_preflightPage);
    Accessibility::leaveTablesWithTab(this);
    Accessibility::nameFieldsByTheirLabels(this);
    setWindowTitle(tr("Campaign"));
    setObjectName(QStringLiteral("campaignWizard"));
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setButtonText(QWizard::FinishButton, tr("&Save"));
    connect(m_audiencePage, &CampaignAudiencePage::audienceCounted, m_templatePage,
        &CampaignTemplatePage::updatePreview);
    // A trigger recipe maps the template's parameters to the event's keys (event:order_number …).
    connect(m_typePage, &CampaignTypePage::recipeApplied, this, [this](const TriggerRecipe &recipe) {
        m_templatePage->applyMapping(recipe.mappingFor(m_templatePage->slotNames()));
    });
}

void CampaignWizard::setAudience(const QString &expression)
{
    m_audiencePage->setAudience(expression);
}

QString CampaignWizard::audience() const
{
    return m_audiencePage->audience();
}

bool CampaignWizard::isCheckingPreflight() const
{
    return m_preflightPage->isChecking();
}

Campaign CampaignWizard::campaign() const
{
    Campaign c;
    c.id = m_campaignId;
    m_templatePage->apply(c);
    c.audience = audience();
    m_typePage->apply(c);
    return c;
}

bool CampaignWizard::save(QString *error)
{
    const Campaign c = campaign();
    CampaignStore store(m_workspace.database());
    if (m_campaignId > 0)
        return store.update(c, error);
    m_campaignId = store.create(c, error);
    return m_campaignId > 0;
}

void CampaignWizard::accept()
{
    if (isCheckingPreflight())
        return; // Save is disabled meanwhile; a queued click is ignored
    const bool start = m_preflightPage->startRequested();
    if (start && !m_preflightPage->report().ok()) {
        MessageBox::warning(this, windowTitle(),
            tr("The pre-flight check found problems; fix them before starting, or save without "
               "starting."));
        return;
    }
    QString error;
    if (!save(&error)) {
        MessageBox::warning(this, windowTitle(), tr("The campaign was not saved: %1").arg(error));
        return;
    }
    Q_EMIT saved(m_campaignId);
    if (start)
        Q_EMIT startRequested(m_campaignId);
    QWizard::accept();
}

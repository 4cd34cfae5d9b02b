#include "ui/campaigns/preflightdialog.h"

#include "models/storage/workspace.h"
#include "ui/campaigns/preflightview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

PreflightDialog::PreflightDialog(Workspace &workspace, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaign(campaign)
{
    setObjectName(QStringLiteral("preflightDialog"));
    setWindowTitle(tr("Pre-flight check — %1").arg(campaign.name));
    resize(720, 640);
    m_view = new PreflightView(this);
    m_view->setObjectName(QStringLiteral("preflightView"));
    auto *buttons = new QDialogButtonBox(this);
    const bool once = campaign.kind == QLatin1String("once");
    m_start = buttons->addButton(once ? tr("&Start sending") : tr("&Activate schedule"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("preflightStart"));
    m_start->setEnabled(false);
    m_test = buttons->addButton(tr("Send &test…"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("preflightTestSend"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] {
        auto *dialog = new TestSendDialog(m_workspace, m_campaign, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_unreached = new QLabel(this);
    m_unreached->setObjectName(QStringLiteral("preflightUnreached"));
    m_unreached->setWordWrap(true);
    m_unreached->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unreached);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    m_view->setChecking();
    connect(&m_watcher, &QFutureWatcher<PreflightReport>::finished, this, &PreflightDialog::onFinished);
    Workspace *ws = &m_workspace;
    const Campaign c = m_campaign;
    m_watcher.setFuture(QtConcurrent::run([ws, c] {
        PreflightReport report = Preflight::check(ws->database(), c);
        ws->releaseThreadConnection();
        return report;
    }));
}

PreflightDialog::~PreflightDialog()
{
    m_watcher.waitForFinished();
}

void PreflightDialog::onFinished()
{
    const PreflightReport report = m_watcher.result();
    m_view->setReport(report);
    m_start->setEnabled(report.ok());
    m_start->setToolTip(report.ok() ? QString() : tr("Fix the problems listed in red first."));
    m_checked = true;
    if (report.ok())
        m_start->setFocus();
}

void PreflightDialog::offerUnreached(qint64 stoppedRunId, const CampaignStore::Unreached &unreached)
{
    QString text = tr("Run %1 was stopped and stays stopped: a stopped run is never continued. A new run sends the "
                      "message to the %n recipient(s) it did not reach.",
                      nullptr, int(unreached.sendable))
                       .arg(stoppedRunId);
    if (unreached.optedOut > 0)
        text += QLatin1Char(' ')
            + tr("%n who opted out or were deleted since are left out.", nullptr, int(unreached.optedOut));
    m_unreached->setText(text);
    m_unreached->show();
    m_start->setText(tr("&New run for the %n not reached…", nullptr, int(unreached.sendable)));
}

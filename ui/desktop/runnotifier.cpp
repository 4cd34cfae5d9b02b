#include "ui/desktop/runnotifier.h"

#include "models/campaigns/campaign.h"
#include "models/storage/workspace.h"

#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

RunNotifier::RunNotifier(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    setObjectName(QStringLiteral("runNotifier"));
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    const QIcon icon = qApp->windowIcon().isNull() ? window->style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                                   : qApp->windowIcon();
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("Herald"));
    m_menu = new QMenu(window);
    QAction *show = m_menu->addAction(tr("Show Herald"));
    connect(show, &QAction::triggered, this, &RunNotifier::showWindow);
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &RunNotifier::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (m_lastCampaign > 0)
            Q_EMIT dashboardRequested(m_lastCampaign);
    });
    m_tray->show();
}

RunNotifier::~RunNotifier() = default;

bool RunNotifier::hasTrayIcon() const
{
    return m_tray && m_tray->isVisible();
}

std::optional<RunNotifier::Event> RunNotifier::eventFor(const RunOutcome &outcome)
{
    const RunStatus status = RunStatuses::fromString(outcome.status);
    if (status == RunStatus::Busy)
        return std::nullopt;   // another sender holds the campaign: its run is that sender's to tell
    if (status == RunStatus::Error || (outcome.byPlaybook && RunStatuses::isHalted(status)))
        return Event::NeedsDecision;
    if (RunStatuses::isDone(status) || RunStatuses::isFinal(status))
        return Event::Finished;
    return Event::Paused;   // paused, waiting for the daily limit or a send window
}

RunNotifier::Notice RunNotifier::notice(Event event, qint64 campaignId, const QString &name, const RunOutcome &outcome)
{
    Notice n{event, campaignId, {}, {}};
    const QString reason = outcome.reason.trimmed();
    switch (event) {
    case Event::Started:
        n.title = tr("“%1” is being sent").arg(name);
        n.text = tr("Herald started sending this campaign. Click to follow it on the dashboard.");
        break;
    case Event::Finished:
        if (RunStatuses::isFinal(RunStatuses::fromString(outcome.status))) {
            n.title = tr("“%1” was stopped").arg(name);
            n.text = reason.isEmpty() ? tr("The run was stopped; the people it did not reach were not messaged.")
                                      : reason;
        } else {
            n.title = tr("“%1” was sent").arg(name);
            n.text = tr("%Ln recipient(s) handed to WhatsApp. Click to see who received and read it.", nullptr,
                        int(outcome.counts.total));
        }
        break;
    case Event::Paused:
        n.title = tr("“%1” paused").arg(name);
        n.text = reason.isEmpty() ? RunStatuses::label(outcome.status) : reason;
        break;
    case Event::NeedsDecision:
        n.title = tr("“%1” needs your decision").arg(name);
        n.text = (reason.isEmpty() ? RunStatuses::label(outcome.status) : reason) + QLatin1Char(' ')
                 + tr("Open Campaigns to resume or stop it.");
        break;
    }
    return n;
}

QString RunNotifier::campaignName(qint64 campaignId) const
{
    QString error;
    const auto campaign = CampaignStore(m_workspace.database()).byId(campaignId, &error);
    return campaign ? campaign->name : tr("Campaign %1").arg(campaignId);
}

void RunNotifier::runStarted(qint64 campaignId, qint64 runId)
{
    Q_UNUSED(runId)
    notify(notice(Event::Started, campaignId, campaignName(campaignId)));
}

void RunNotifier::runFinished(qint64 campaignId, const RunOutcome &outcome)
{
    if (const auto event = eventFor(outcome))
        notify(notice(*event, campaignId, campaignName(campaignId), outcome));
}

void RunNotifier::notify(const Notice &notice)
{
    m_lastCampaign = notice.campaignId;
    if (m_tray && m_tray->isVisible()) {
        const QSystemTrayIcon::MessageIcon icon =
            notice.event == Event::NeedsDecision ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information;
        m_tray->showMessage(notice.title, notice.text, icon, 10000);
    }
    Q_EMIT notified(notice);
}

void RunNotifier::showWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

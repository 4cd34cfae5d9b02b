#pragma once

#include "engine/send/runprogress.h"

#include <QObject>
#include <QString>
#include <optional>

class QMenu;
class QSystemTrayIcon;
class QWidget;
class Workspace;

// Herald in the system tray, and a system notification when a scheduled or triggered run starts, finishes, pauses or
// needs a decision (the Scheduler's runStarted/runFinished, see MainWindow::attachScheduler). Clicking the
// notification opens that campaign's dashboard; clicking the icon shows the window. Without a system tray (some
// desktops, the offscreen platform) nothing is shown, but notified() still tells what would have been.
class RunNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Event { Started, Finished, Paused, NeedsDecision };
    Q_ENUM(Event)

    struct Notice
    {
        Event event = Event::Started;
        qint64 campaignId = 0;
        QString title;
        QString text;
    };

    // `window` is shown and raised from the tray.
    RunNotifier(Workspace &workspace, QWidget *window);
    ~RunNotifier() override;

    // Whether the icon is in a system tray (a tray exists on this desktop).
    bool hasTrayIcon() const;
    // What an ended run means for a person: nothing to say (another sender holds the campaign), finished or stopped,
    // paused or waiting (daily limit, send window), or needs a decision (the provider stopped or paused it, an error).
    static std::optional<Event> eventFor(const RunOutcome &outcome);
    // The notice for an event of campaign `name` (pure; tested).
    static Notice notice(Event event, qint64 campaignId, const QString &name, const RunOutcome &outcome = {});
    // The campaign the last notification was about (what clicking it opens), 0 if none.
    qint64 lastCampaign() const { return m_lastCampaign; }

public Q_SLOTS:
    void runStarted(qint64 campaignId, qint64 runId);
    void runFinished(qint64 campaignId, const RunOutcome &outcome);
    // Shows the window (raised and active).
    void showWindow();

Q_SIGNALS:
    // Every notice, whether a tray could show it or not.
    void notified(const RunNotifier::Notice &notice);
    // The person clicked a notification about this campaign.
    void dashboardRequested(qint64 campaignId);
    // Quit from the tray menu (MainWindow closes, which asks if runs are sending).
    void quitRequested();

private:
    void notify(const Notice &notice);
    QString campaignName(qint64 campaignId) const;

    Workspace &m_workspace;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    qint64 m_lastCampaign = 0;
};

Q_DECLARE_METATYPE(RunNotifier::Notice)

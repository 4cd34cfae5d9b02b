#pragma once

#include "ui/desktop/quitguard.h"

#include <QMainWindow>
#include <QSet>

#include <functional>

using QuitGuardSending = QuitGuard::Sending;

class ContactsPage;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class Workspace;

// The main window: a navigation list on the left (Dashboard, Campaigns, Contacts, Templates, Settings)
// switching the pages of a stack, the menus, and a status bar with the workspace and its counts.
// Window geometry, the last page and the contacts table layout are remembered in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Dashboard, Campaigns, Contacts, Templates, Portfolio, Settings };
    static constexpr int PageCount = 6;

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void setCurrentPage(Page page);
    ContactsPage *contactsPage() const { return m_contactsPage; }
    class DashboardPage *dashboardPage() const { return m_dashboardPage; }

    // Shows what the delivery-report feed applies: the campaigns refresh, its messages go to the status bar.
    void attachRelayFeeds(class RelayFeeds *feed);
    // The scheduler of this window (in its own thread): its runs are notified (tray) and counted by the quit guard.
    void attachScheduler(class Scheduler *scheduler);
    class RunNotifier *runNotifier() const { return m_notifier; }
    // The person chose "Hand over to the agent" when quitting (main() then hands the scheduler's runs over).
    bool handOverChosen() const { return m_handOver; }
    // What the quit guard is told (tests may replace whether an agent is available).
    QuitGuardSending sending() const;
    void setAgentAvailable(std::function<bool()> available) { m_agentAvailable = std::move(available); }

public Q_SLOTS:
    void showAbout();
    // Switches to the dashboard of this campaign (its newest run).
    void showDashboard(qint64 campaignId);
    void refreshStatus();
    // Opens the message history of a phone number (normalised with the default region); says so in the status
    // bar when the number is not a number or the workspace knows nothing about it. Lists call it.
    void investigate(const QString &phone);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void createSearchBar();
    void readSettings();
    void writeSettings() const;

    Workspace &m_workspace;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ContactsPage *m_contactsPage = nullptr;
    class TemplatesPage *m_templatesPage = nullptr;
    class AccountsPage *m_accountsPage = nullptr;
    class CampaignsPage *m_campaignsPage = nullptr;
    class DashboardPage *m_dashboardPage = nullptr;
    class PortfolioPage *m_portfolioPage = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    class QTimer *m_statusRefresh = nullptr;   // coalesces the status feed's pages into one count refresh
    class QLineEdit *m_phoneSearch = nullptr;
    class RunNotifier *m_notifier = nullptr;
    QSet<qint64> m_schedulerRuns;         // runs the attached scheduler is sending, by run id
    bool m_schedulerStandingBy = false;   // another process (the agent) runs this workspace's scheduler
    std::function<bool()> m_agentAvailable;
    bool m_handOver = false;
};

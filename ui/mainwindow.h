#pragma once

#include <QMainWindow>

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
};

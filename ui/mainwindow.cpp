#include "ui/mainwindow.h"

#include "engine/scheduler/scheduler.h"
#include "engine/status/relayfeeds.h"
#include "models/contacts/contacthistory.h"
#include "models/contacts/contactstore.h"
#include "models/contacts/phonenormalizer.h"
#include "models/storage/workspace.h"
#include "ui/aboutdialog.h"
#include "ui/accessibility.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/contacts/contactspage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/desktop/runnotifier.h"
#include "ui/help/helpmenu.h"
#include "ui/investigation/contacthistoryview.h"
#include "ui/portfolio/portfoliopage.h"
#include "ui/placeholderpage.h"
#include "ui/settings/accountspage.h"
#include "ui/settings/regionbox.h"
#include "ui/templates/templatespage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");

struct PageInfo
{
    const char *title;
    QStyle::StandardPixmap icon;
    const char *themeIcon;
};

constexpr PageInfo kPages[MainWindow::PageCount] = {
    {QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), QStyle::SP_ComputerIcon, "view-statistics"},
    {QT_TRANSLATE_NOOP("MainWindow", "Campaigns"), QStyle::SP_MediaPlay, "mail-send"},
    {QT_TRANSLATE_NOOP("MainWindow", "Contacts"), QStyle::SP_DirHomeIcon, "x-office-address-book"},
    {QT_TRANSLATE_NOOP("MainWindow", "Templates"), QStyle::SP_FileDialogDetailedView, "text-x-generic-template"},
    {QT_TRANSLATE_NOOP("MainWindow", "Numbers"), QStyle::SP_DriveNetIcon, "call-start"},
    {QT_TRANSLATE_NOOP("MainWindow", "Settings"), QStyle::SP_FileDialogInfoView, "preferences-system"},
};

} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Herald"));
    if (QApplication::windowIcon().isNull()) {
        // Every size, so 1× and 2× screens (and the About box) pick a sharp one.
        QIcon icon;
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/herald-%1.png").arg(size), QSize(size, size));
        QApplication::setWindowIcon(icon);
    }
    createPages();
    createMenus();
    createStatusBar();
    createSearchBar();
    Accessibility::leaveTablesWithTab(this);
    Accessibility::nameFieldsByTheirLabels(this);
    readSettings();
    refreshStatus();
    m_notifier = new RunNotifier(m_workspace, this);
    connect(m_notifier, &RunNotifier::dashboardRequested, this, &MainWindow::showDashboard);
    connect(m_notifier, &RunNotifier::quitRequested, this, &QWidget::close);
    m_agentAvailable = [this] { return m_schedulerStandingBy || QuitGuard::agentInstalled(); };
}

MainWindow::~MainWindow() = default;

void MainWindow::attachRelayFeeds(RelayFeeds *feed)
{
    connect(feed, &RelayFeeds::applied, m_campaignsPage, &CampaignsPage::reload);
    connect(feed, &RelayFeeds::applied, m_dashboardPage, &DashboardPage::refresh);
    connect(feed, &RelayFeeds::applied, m_portfolioPage, [this] {
        if (m_portfolioPage->isVisible())   // quality webhooks arrive through the feed too
            m_portfolioPage->reload();
    });
    // Opt-outs (a STOP reply, "Stop promotions") arrive through the feed too: the status bar's counts follow, at
    // most once a second however fast pages are applied.
    connect(feed, &RelayFeeds::applied, this, [this] {
        if (!m_statusRefresh->isActive())   // not restarted: a steady stream of pages still refreshes every second
            m_statusRefresh->start();
    });
    connect(feed, &RelayFeeds::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
}

void MainWindow::attachScheduler(Scheduler *scheduler)
{
    // Queued: the scheduler lives in a thread of its own.
    connect(scheduler, &Scheduler::runStarted, this, [this](qint64 campaignId, qint64 runId) {
        m_schedulerRuns.insert(runId);
        m_notifier->runStarted(campaignId, runId);
    }, Qt::QueuedConnection);
    connect(scheduler, &Scheduler::runFinished, this, [this](qint64 campaignId, const RunOutcome &outcome) {
        m_schedulerRuns.remove(outcome.runId);
        m_notifier->runFinished(campaignId, outcome);
    }, Qt::QueuedConnection);
    connect(scheduler, &Scheduler::stateChanged, this, [this](Scheduler::State state, const QString &) {
        m_schedulerStandingBy = state == Scheduler::State::StandingBy;
    }, Qt::QueuedConnection);
}

QuitGuard::Sending MainWindow::sending() const
{
    return {m_campaignsPage->sendingRuns(), int(m_schedulerRuns.size()), m_agentAvailable && m_agentAvailable()};
}

void MainWindow::showDashboard(qint64 campaignId)
{
    setCurrentPage(Page::Dashboard);
    m_dashboardPage->showCampaign(campaignId);
}

void MainWindow::createPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(176);
    // A side bar, not a list of data: the window background, not the base colour.
    m_navigation->setAutoFillBackground(false);
    m_navigation->viewport()->setAutoFillBackground(false);
    m_navigation->setFocusPolicy(Qt::TabFocus);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setAccessibleDescription(tr("Choose a page with the Up and Down keys; Ctrl+1 to Ctrl+6 from anywhere."));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    const QString descriptions[PageCount] = {
        tr("Delivery, read and reply rates of your campaigns, and how your audience grows and opts out over time."),
        QString(),   // Campaigns, Contacts, Templates, Numbers and Settings are real pages
        QString(),
        QString(),
        QString(),
    };

    for (int i = 0; i < PageCount; ++i) {
        const PageInfo &info = kPages[i];
        const QIcon icon = QIcon::fromTheme(QString::fromLatin1(info.themeIcon), style()->standardIcon(info.icon));
        auto *item = new QListWidgetItem(icon, tr(info.title), m_navigation);
        item->setSizeHint(QSize(0, 34));
        QWidget *page = nullptr;
        if (static_cast<Page>(i) == Page::Dashboard) {
            m_dashboardPage = new DashboardPage(m_workspace, m_pages);
            page = m_dashboardPage;
        } else if (static_cast<Page>(i) == Page::Campaigns) {
            m_campaignsPage = new CampaignsPage(m_workspace, m_pages);
            page = m_campaignsPage;
        } else if (static_cast<Page>(i) == Page::Contacts) {
            m_contactsPage = new ContactsPage(m_workspace, m_pages);
            page = m_contactsPage;
        } else if (static_cast<Page>(i) == Page::Templates) {
            m_templatesPage = new TemplatesPage(m_workspace, m_pages);
            page = m_templatesPage;
        } else if (static_cast<Page>(i) == Page::Portfolio) {
            m_portfolioPage = new PortfolioPage(m_workspace, m_pages);
            page = m_portfolioPage;
        } else if (static_cast<Page>(i) == Page::Settings) {
            m_accountsPage = new AccountsPage(m_workspace, m_pages);
            page = m_accountsPage;
        } else {
            page = new PlaceholderPage(icon, tr(info.title), descriptions[i], m_pages);
            page->setObjectName(QString::fromLatin1(info.title).toLower() + QStringLiteral("Page"));
        }
        page->setWindowTitle(tr(info.title));   // where Help → Keyboard shortcuts places the page's own actions
        m_pages->addWidget(page);
    }

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    // A page wider or taller than the screen leaves (a long translation, 1366×768 at 125 %) scrolls instead of
    // making the window larger than the screen: the window's minimum stays under 1,000 px.
    auto *scroller = new QScrollArea(this);
    scroller->setObjectName(QStringLiteral("pageScroller"));
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setWidgetResizable(true);
    scroller->setWidget(m_pages);
    layout->addWidget(scroller, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (m_pageActions && row < m_pageActions->actions().size())
            m_pageActions->actions().at(row)->setChecked(true);
    });
    connect(m_contactsPage, &ContactsPage::contactsChanged, this, [this] { refreshStatus(); });
    const auto showMessage = [this](const QString &message) { statusBar()->showMessage(message, 8000); };
    connect(m_contactsPage, &ContactsPage::statusMessage, this, showMessage);
    connect(m_contactsPage, &ContactsPage::investigateRequested, this, &MainWindow::investigate);
    connect(m_templatesPage, &TemplatesPage::statusMessage, this, showMessage);
    connect(m_accountsPage, &AccountsPage::statusMessage, this, showMessage);
    connect(m_campaignsPage, &CampaignsPage::statusMessage, this, showMessage);
    connect(m_dashboardPage, &DashboardPage::statusMessage, this, showMessage);
    connect(m_dashboardPage, &DashboardPage::campaignsRequested, this, [this] { setCurrentPage(Page::Campaigns); });
    connect(m_dashboardPage, &DashboardPage::investigateRequested, this, &MainWindow::investigate);
    connect(m_dashboardPage, &DashboardPage::newCampaignRequested, this, [this](const QString &audience) {
        setCurrentPage(Page::Campaigns);
        m_campaignsPage->newCampaignWithAudience(audience);
    });
    connect(m_dashboardPage, &DashboardPage::retryPlanned, this, [this](qint64 campaignId, qint64 runId) {
        setCurrentPage(Page::Campaigns);
        m_campaignsPage->sendPlannedRun(campaignId, runId);
    });
    connect(m_campaignsPage, &CampaignsPage::dashboardRequested, this, &MainWindow::showDashboard);
    connect(m_accountsPage, &AccountsPage::accountsChanged, m_templatesPage, &TemplatesPage::reloadAccounts);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(m_contactsPage->importAction()->icon(), tr("&Import Contacts…"));
    importAction->setObjectName(QStringLiteral("actionImport"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(importAction, &QAction::triggered, this, [this] {
        setCurrentPage(Page::Contacts);
        m_contactsPage->importContacts();
    });
    QAction *exportAction = file->addAction(m_contactsPage->exportAction()->icon(), tr("&Export Contacts…"));
    exportAction->setObjectName(QStringLiteral("actionExport"));
    // Ctrl+E is the Campaigns page's Edit; export takes the usual Ctrl+Shift+E (tst_mainwindow: no shortcut twice).
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] {
        setCurrentPage(Page::Contacts);
        m_contactsPage->exportContacts();
    });
    connect(m_contactsPage->exportAction(), &QAction::changed, exportAction,
            [this, exportAction] { exportAction->setEnabled(m_contactsPage->exportAction()->isEnabled()); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = view->addAction(tr(kPages[i].title));
        action->setObjectName(QStringLiteral("actionPage%1").arg(i + 1));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentPage(static_cast<Page>(i)); });
    }

    // One Find for the window: Ctrl+F goes to the search field of the page shown. The pages' own Find actions
    // (they work when a page stands alone) give up their key here, so no key is bound twice in one window.
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find in This Page"));
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    QList<QAction *> pageFinds;
    for (QAction *a : m_pages->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Find)) {
            a->setShortcut({});
            pageFinds.append(a);
        }
    }
    connect(find, &QAction::triggered, this, [this, pageFinds] {
        QWidget *page = m_pages->currentWidget();
        for (QAction *a : pageFinds) {
            auto *owner = qobject_cast<QWidget *>(a->parent());
            if (owner && (owner == page || page->isAncestorOf(owner)) && owner->isVisible()) {
                a->trigger();
                return;
            }
        }
    });

    // The Campaigns page's actions, window-wide: they act on the campaign selected there.
    QMenu *campaign = menuBar()->addMenu(tr("&Campaign"));
    campaign->setObjectName(QStringLiteral("campaignMenu"));
    for (QAction *action : m_campaignsPage->campaignActions()) {
        if (action)
            campaign->addAction(action);
        else
            campaign->addSeparator();
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    HelpMenu::addTo(help, this);   // Getting started, Keyboard shortcuts, Open log folder
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Herald"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { showAbout(); });
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusRefresh = new QTimer(this);
    m_statusRefresh->setObjectName(QStringLiteral("statusRefreshTimer"));
    m_statusRefresh->setSingleShot(true);
    m_statusRefresh->setInterval(1000);
    connect(m_statusRefresh, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);
}

void MainWindow::createSearchBar()
{
    QToolBar *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_phoneSearch = new QLineEdit(bar);
    m_phoneSearch->setObjectName(QStringLiteral("phoneSearch"));
    m_phoneSearch->setPlaceholderText(tr("Find a phone number…"));
    m_phoneSearch->setAccessibleName(tr("Find a phone number"));
    m_phoneSearch->setAccessibleDescription(tr("Type a phone number and press Enter to see its full message history"));
    m_phoneSearch->setToolTip(tr("Type a phone number and press Enter to see its full message history (Ctrl+K)"));
    m_phoneSearch->setClearButtonEnabled(true);
    m_phoneSearch->setMaximumWidth(260);
    bar->addWidget(m_phoneSearch);
    auto *focusSearch = new QAction(tr("Find a phone number"), this);
    focusSearch->setObjectName(QStringLiteral("actionFindPhone"));
    focusSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    focusSearch->setShortcutContext(Qt::WindowShortcut);
    addAction(focusSearch);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_phoneSearch->setFocus(Qt::ShortcutFocusReason);
        m_phoneSearch->selectAll();
    });
    connect(m_phoneSearch, &QLineEdit::returnPressed, this, [this] {
        if (!m_phoneSearch->text().trimmed().isEmpty())
            investigate(m_phoneSearch->text());
    });
}

void MainWindow::investigate(const QString &phone)
{
    // The region people type national numbers in: Settings → Default region, else the computer's.
    const QString region = RegionBox::current();
    const PhoneNormalizer::Result number = PhoneNormalizer::normalize(phone.trimmed(), region);
    if (!number.ok()) {
        statusBar()->showMessage(tr("“%1” is not a phone number: %2").arg(phone.trimmed(), number.error), 15000);
        return;
    }
    QString error;
    const auto history = ContactHistory::load(m_workspace.database(), number.e164, &error);
    if (!history) {
        statusBar()->showMessage(tr("Cannot read the history of %1: %2").arg(number.e164, error), 15000);
        return;
    }
    if (history->isEmpty()) {
        statusBar()->showMessage(
            tr("Herald knows nothing about %1: no contact, message, reply or event has this number.").arg(number.e164),
            15000);
        return;
    }
    auto *view = new ContactHistoryView(m_workspace, number.e164, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    view->raise();
    view->activateWindow();
}

void MainWindow::refreshStatus()
{
    const QString path = QDir::toNativeSeparators(m_workspace.path());
    m_workspaceLabel->setText(tr("Workspace: %1").arg(path));
    m_workspaceLabel->setToolTip(path);

    QString error;
    const auto counts = ContactStore(m_workspace.database()).counts(&error);
    if (!counts) {
        m_countsLabel->setText(tr("Contacts unavailable"));
        m_countsLabel->setToolTip(error);
        return;
    }
    const QLocale locale;
    const QString contacts = counts->contacts == 1 ? tr("1 contact")
                                                   : tr("%1 contacts").arg(locale.toString(counts->contacts));
    m_countsLabel->setText(tr("%1 · %2 opted in · %3 opted out")
                               .arg(contacts, locale.toString(counts->optedIn), locale.toString(counts->optedOut)));
    m_countsLabel->setToolTip({});
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::setCurrentPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: a comfortable size, centred, never larger than the screen.
        QSize size(1240, 780);
        if (const QScreen *s = screen()) {
            const QRect available = s->availableGeometry();
            size = size.boundedTo(available.size() * 0.9);
            resize(size);
            move(available.center() - rect().center());
        } else {
            resize(size);
        }
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_contactsPage->restoreState(settings);
    const int page = settings.value(kPageKey, int(Page::Contacts)).toInt();
    setCurrentPage(page >= 0 && page < PageCount ? static_cast<Page>(page) : Page::Contacts);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, int(currentPage()));
    m_contactsPage->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Runs sending from this window: ask (stop and quit, keep the window, hand over to the agent).
    const QuitGuard::Choice choice = QuitGuard::ask(this, sending());
    if (choice == QuitGuard::Choice::KeepWindow) {
        event->ignore();
        return;
    }
    m_handOver = choice == QuitGuard::Choice::HandOver;
    writeSettings();
    QMainWindow::closeEvent(event);
}

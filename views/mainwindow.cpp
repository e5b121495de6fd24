#include "mainwindow.h"

#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"

#include "contracts/contractspanel.h"
#include "discovery/discoverypanel.h"
#include "domain/timeformat.h"
#include "itemmodels/diagnosticlistmodel.h"
#include "itemmodels/runlistmodel.h"
#include "itemmodels/servicetablemodel.h"
#include "itemmodels/sourcestatusmodel.h"
#include "plans/planspanel.h"
#include "rollout/rolloutpanel.h"
#include "servicedetailspanel.h"
#include "sources/sourcespanel.h"
#include "teamlead/teamleadpanel.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {
const auto GeometryKey = "window/geometry"_L1;
const auto StateKey = "window/state"_L1;
// Versioned: a header saved with other columns must not be applied to these.
const auto HeaderKey = "window/serviceHeader-v2"_L1;
const auto ThemeKey = "view/theme"_L1;
const auto TabKey = "view/tab"_L1;
constexpr int WindowStateVersion = 1;
} // namespace

MainWindow::MainWindow(ServiceTableModel *services, RunListModel *runs,
                       DiagnosticListModel *diagnostics, SourceStatusModel *sources,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_runs(runs)
    , m_diagnostics(diagnostics)
    , m_sources(sources)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Signalbox"));
    setWindowIcon(QIcon(u":/icons/signalbox.svg"_s));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_services);
    m_proxy->setSortRole(ServiceTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_pages);
    m_pages->addWidget(m_welcome);

    m_overview = new QTabWidget(m_pages);
    m_overview->setObjectName(u"workspaceTabs"_s);
    m_overview->setDocumentMode(true);
    m_graphPage = new GraphPage(m_overview);
    m_overview->addTab(m_graphPage, tr("&Graph"));
    auto *servicesPage = new QWidget(m_overview);
    auto *layout = new QVBoxLayout(servicesPage);
    layout->setContentsMargins(6, 6, 6, 0);
    m_filter = new QLineEdit(servicesPage);
    m_filter->setObjectName(u"serviceFilter"_s);
    m_filter->setPlaceholderText(tr("Filter services by name, owner or status (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter services"));
    layout->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_serviceView = new QTableView(servicesPage);
    m_serviceView->setObjectName(u"serviceTable"_s);
    m_serviceView->setAccessibleName(tr("Services"));
    m_serviceView->setModel(m_proxy);
    m_serviceView->setSortingEnabled(true);
    m_serviceView->sortByColumn(ServiceTableModel::NameColumn, Qt::AscendingOrder);
    m_serviceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_serviceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_serviceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_serviceView->setAlternatingRowColors(true);
    m_serviceView->setShowGrid(false);
    m_serviceView->setWordWrap(false);
    m_serviceView->verticalHeader()->hide();
    m_serviceView->horizontalHeader()->setStretchLastSection(true);
    m_serviceView->horizontalHeader()->setHighlightSections(false);
    m_serviceView->setColumnWidth(ServiceTableModel::NameColumn, 160);
    m_serviceView->setColumnWidth(ServiceTableModel::OwnerColumn, 115);
    m_serviceView->setColumnWidth(ServiceTableModel::TierColumn, 40);
    m_serviceView->setColumnWidth(ServiceTableModel::TriageColumn, 210);
    m_serviceView->setColumnWidth(ServiceTableModel::NextDeployColumn, 140);
    m_serviceView->setColumnWidth(ServiceTableModel::PipelineColumn, 165);
    m_serviceView->setColumnWidth(ServiceTableModel::DeploymentColumn, 230);
    layout->addWidget(m_serviceView, 1);
    m_overview->addTab(servicesPage, tr("&Services"));
    m_teamLeadPanel = new TeamLeadPanel(m_overview);
    m_teamLeadPanel->setObjectName(u"teamLeadPanel"_s);
    m_overview->addTab(m_teamLeadPanel, tr("&Delivery"));
    m_plansPanel = new PlansPanel(m_overview);
    m_plansPanel->setObjectName(u"plansPanel"_s);
    m_overview->addTab(m_plansPanel, tr("P&lans"));
    connect(m_overview, &QTabWidget::currentChanged, this, [this] {
        if (isTeamLeadPageShown())
            Q_EMIT teamLeadPageShown();
        if (isPlansPageShown())
            Q_EMIT plansPageShown();
        updateActiveUndoStack();
    });
    m_pages->addWidget(m_overview);
    setCentralWidget(m_pages);

    connect(m_serviceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString name = current.data(ServiceTableModel::ServiceNameRole).toString();
                m_graphPage->setCurrentService(name);
                Q_EMIT currentServiceChanged(name);
            });
    // The graph and the table share one selection; the table's drives the details dock.
    connect(m_graphPage, &GraphPage::currentServiceChanged, this, [this](const QString &name) {
        if (name.isEmpty() || name == currentServiceName())
            return;
        if (!selectService(name)) {
            // Filtered out of the table: show it anyway rather than keep stale details.
            m_filter->clear();
            selectService(name);
        }
    });
    // A new snapshot resets the model; keep the person's selection when the service still exists.
    connect(m_services, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_serviceView->setProperty("pendingSelection", currentServiceName()); });
    connect(m_services, &QAbstractItemModel::modelReset, this, [this] {
        const QString previous = m_serviceView->property("pendingSelection").toString();
        if (!previous.isEmpty() && selectService(previous))
            return;
        if (m_proxy->rowCount() > 0)
            m_serviceView->selectRow(0);
        else
            Q_EMIT currentServiceChanged({});
    });

    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoRequested);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::chooseWorkspaceFile);
    connect(m_welcome, &WelcomePage::openRecentRequested, this,
            &MainWindow::openWorkspaceRequested);

    createDocks();
    createActions();

    m_lastSyncLabel = new QLabel(this);
    m_problemsButton = new QToolButton(this);
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setAccessibleName(tr("Problems"));
    connect(m_problemsButton, &QToolButton::clicked, this,
            [this] { m_problemsDock->setVisible(!m_problemsDock->isVisible()); });
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_syncButton = new QToolButton(this);
    m_syncButton->setObjectName(u"syncStatusButton"_s);
    m_syncButton->setAutoRaise(true);
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncButton->setAccessibleName(tr("Sources"));
    m_syncButton->hide();
    connect(m_syncButton, &QToolButton::clicked, this, [this] {
        m_sourcesDock->show();
        m_sourcesDock->raise();
    });
    connect(m_sources, &QAbstractItemModel::dataChanged, this, &MainWindow::updateSyncStatus);
    connect(m_sources, &QAbstractItemModel::modelReset, this, &MainWindow::updateSyncStatus);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_syncButton);
    statusBar()->addPermanentWidget(m_problemsButton);
    statusBar()->addPermanentWidget(m_lastSyncLabel);
    updateProblems();
    setLastSync(NoTime);

    // Keeps "synced 3 min ago" true while the window stays open.
    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(30 * 1000);
    connect(ageTimer, &QTimer::timeout, this, [this] {
        setLastSync(m_lastSync);
        m_services->setReferenceTime(QDateTime::currentMSecsSinceEpoch());
    });
    ageTimer->start();

    m_serviceView->viewport()->installEventFilter(this);
    m_graphPage->view()->viewport()->installEventFilter(this);
    restoreWindowState();
    showWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_detailsPanel = new ServiceDetailsPanel(m_runs, this);
    // One service's facts, its rollout and its contracts: each a tab, since a person reads one at
    // a time and the dock is narrow.
    m_detailsTabs = new QTabWidget(this);
    m_detailsTabs->setObjectName(u"detailsTabs"_s);
    m_detailsTabs->setDocumentMode(true);
    m_detailsTabs->addTab(m_detailsPanel, tr("Overview"));
    m_rolloutPanel = new RolloutPanel(this);
    m_detailsTabs->addTab(m_rolloutPanel, tr("Rollout"));
    m_contractsPanel = new ContractsPanel(this);
    m_detailsTabs->addTab(m_contractsPanel, tr("Contracts"));
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(u"detailsDock"_s);
    m_detailsDock->setWidget(m_detailsTabs);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    auto *problemsView = new QTableView(this);
    problemsView->setObjectName(u"problemsTable"_s);
    problemsView->setAccessibleName(tr("Problems"));
    problemsView->setModel(m_diagnostics);
    problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    problemsView->setShowGrid(false);
    problemsView->setWordWrap(false);
    problemsView->verticalHeader()->hide();
    problemsView->horizontalHeader()->setStretchLastSection(true);
    problemsView->setColumnWidth(DiagnosticListModel::SeverityColumn, 90);
    problemsView->setColumnWidth(DiagnosticListModel::LocationColumn, 200);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsDock->setWidget(problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    m_sourcesPanel = new SourcesPanel(m_sources, this);
    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(u"sourcesDock"_s);
    m_sourcesDock->setWidget(m_sourcesPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    tabifyDockWidget(m_problemsDock, m_sourcesDock);
    m_sourcesDock->hide();

    m_discoveryPanel = new DiscoveryPanel(this);
    m_discoveryDock = new QDockWidget(tr("Repositories"), this);
    m_discoveryDock->setObjectName(u"discoveryDock"_s);
    m_discoveryDock->setWidget(m_discoveryPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_discoveryDock);
    tabifyDockWidget(m_sourcesDock, m_discoveryDock);
    m_discoveryDock->hide();
    connect(m_discoveryPanel, &DiscoveryPanel::serviceActivated, this,
            [this](const QString &name) { selectService(name); });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceFile);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *demo
        = file->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemoRequested);
    demo->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    file->addSeparator();
    m_refreshAction = file->addAction(tr("Re&fresh"), this, &MainWindow::refreshRequested);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(
        tr("Read the workspace again and sync every source now, ignoring backoff"));
    m_cancelSyncAction
        = file->addAction(tr("S&top Refreshing"), this, &MainWindow::cancelSyncRequested);
    m_cancelSyncAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_cancelSyncAction->setEnabled(false);
    QMenu *autoRefresh = file->addMenu(tr("Refresh &Automatically"));
    m_autoRefreshGroup = new QActionGroup(this);
    for (const int minutes : {0, 1, 5, 15, 60}) {
        QAction *action = autoRefresh->addAction(
            minutes == 0 ? tr("&Never (only F5)") : tr("Every %n minute(s)", nullptr, minutes),
            this, [this, minutes] { Q_EMIT autoRefreshChanged(minutes); });
        action->setCheckable(true);
        action->setData(minutes);
        m_autoRefreshGroup->addAction(action);
    }
    QAction *editSources
        = file->addAction(tr("&Sources…"), this, &MainWindow::sourcesDialogRequested);
    editSources->setObjectName(u"editSourcesAction"_s);
    editSources->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_S);
    m_reloadAction = file->addAction(tr("Re&load Workspace"), this, &MainWindow::reloadRequested);
    m_reloadAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_rebuildAction = file->addAction(tr("Re&build Cache…"), this, [this] {
        if (confirmRebuildCache(
                tr("Rebuild the cache from the sources? The current cache file is kept "
                   "beside the new one.")))
            Q_EMIT rebuildCacheRequested();
    });
    QAction *rescan = file->addAction(tr("Rescan Re&positories"), this, [this] {
        m_discoveryDock->show();
        m_discoveryDock->raise();
        m_discoveryPanel->rescanAction()->trigger();
    });
    rescan->setObjectName(u"rescanAction"_s);
    rescan->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_R);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_discoveryPanel->undoStack());
    m_undoGroup->addStack(m_plansPanel->undoStack());
    updateActiveUndoStack();
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    QAction *details = m_detailsDock->toggleViewAction();
    details->setText(tr("&Details"));
    details->setShortcut(Qt::CTRL | Qt::Key_I);
    view->addAction(details);
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    problems->setShortcut(Qt::CTRL | Qt::Key_P);
    view->addAction(problems);
    QAction *sourcesToggle = m_sourcesDock->toggleViewAction();
    sourcesToggle->setText(tr("&Sources"));
    sourcesToggle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    view->addAction(sourcesToggle);
    QAction *discoveryToggle = m_discoveryDock->toggleViewAction();
    discoveryToggle->setText(tr("&Repositories"));
    discoveryToggle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    view->addAction(discoveryToggle);
    view->addSeparator();
    QMenu *graphModes = view->addMenu(tr("Graph &Mode"));
    for (QAction *action : m_graphPage->modeActions())
        graphModes->addAction(action);
    QAction *showGraph = view->addAction(tr("Show &Graph"), this,
                                         [this] { m_overview->setCurrentWidget(m_graphPage); });
    showGraph->setShortcut(Qt::CTRL | Qt::Key_G);
    QAction *showTable = view->addAction(tr("Show Service &Table"), this, [this] {
        m_overview->setCurrentIndex(1);
        m_serviceView->setFocus();
    });
    showTable->setShortcut(Qt::CTRL | Qt::Key_T);
    QAction *showDelivery = view->addAction(tr("Show &Delivery Metrics"), this, [this] {
        m_overview->setCurrentWidget(m_teamLeadPanel);
        m_teamLeadPanel->tabs()->setFocus();
    });
    showDelivery->setShortcut(Qt::CTRL | Qt::Key_D);
    QAction *showPlans = view->addAction(tr("Show P&lans"), this, [this] {
        m_overview->setCurrentWidget(m_plansPanel);
        m_plansPanel->planList()->setFocus();
    });
    showPlans->setShortcut(Qt::CTRL | Qt::Key_L);
    QAction *find = view->addAction(tr("&Find Service"), this, [this] {
        // In the graph: find and centre; in the table: filter.
        QLineEdit *field
            = m_overview->currentWidget() == m_graphPage ? m_graphPage->searchField() : m_filter;
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *fullScreen = view->addAction(tr("F&ull Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<Theme, QString> themes[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, label] : themes) {
        QAction *action
            = themeMenu->addAction(label, this, [this, theme = theme] { setTheme(theme); });
        action->setCheckable(true);
        action->setData(toWord(theme));
        m_themeGroup->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *about = help->addAction(tr("&About Signalbox"), this, [this] {
        QMessageBox::about(this, tr("About Signalbox"),
                           tr("<h3>Signalbox %1</h3><p>Coordinates deployments across many "
                              "microservices: which failing service is the root cause, which "
                              "deployments are blocked and why, and the safe order to ship them "
                              "in.</p><p>%2</p>")
                               .arg(QApplication::applicationVersion(),
                                    qApp->property("signalboxLibraryVersions").toString()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
    updateRecentMenu();
}

void MainWindow::chooseWorkspaceFile()
{
    const QString start = m_recentPaths.isEmpty() || m_recentPaths.constFirst().startsWith(u':')
        ? QDir::homePath()
        : QFileInfo(m_recentPaths.constFirst()).absolutePath();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start,
                                       tr("Signalbox workspaces (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openWorkspaceRequested(path);
}

void MainWindow::showWelcome(const QString &reason)
{
    m_welcome->setReason(reason);
    m_pages->setCurrentWidget(m_welcome);
    m_reloadAction->setEnabled(false);
    m_rebuildAction->setEnabled(false);
    setWindowTitle(tr("Signalbox"));
    if (m_workspaceShown)
        m_workspaceDockState = saveState(WindowStateVersion);
    m_workspaceShown = false;
    m_detailsDock->hide();
    m_problemsDock->hide();
}

void MainWindow::showWorkspace(const QString &title, const QString &path)
{
    if (!m_workspaceShown) {
        // Docks come back the way the person left them the last time a workspace was open.
        if (m_workspaceDockState.isEmpty()
            || !restoreState(m_workspaceDockState, WindowStateVersion)) {
            m_detailsDock->show();
            resizeDocks({m_detailsDock}, {width() * 7 / 20}, Qt::Horizontal);
        }
    }
    m_workspaceShown = true;
    m_pages->setCurrentWidget(m_overview);
    m_reloadAction->setEnabled(true);
    m_rebuildAction->setEnabled(true);
    setWindowTitle(tr("%1 — Signalbox").arg(title));
    setWindowFilePath(path.startsWith(u':') ? QString() : path);
    if (m_overview->currentWidget() == m_graphPage)
        m_graphPage->view()->setFocus();
    else
        m_serviceView->setFocus();
}

void MainWindow::setGraph(GraphDataPtr graph)
{
    m_graphPage->setGraph(std::move(graph));
    m_graphPage->setCurrentService(currentServiceName());
}

void MainWindow::setRecentWorkspaces(const QStringList &paths)
{
    m_recentPaths = paths;
    m_welcome->setRecentWorkspaces(paths);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    int number = 1;
    for (const QString &path : std::as_const(m_recentPaths)) {
        const QString label
            = path.startsWith(u':') ? tr("Demo workspace") : QDir::toNativeSeparators(path);
        QAction *action = m_recentMenu->addAction(
            number < 10 ? u'&' + QString::number(number) + u' ' + label : label);
        connect(action, &QAction::triggered, this,
                [this, path] { Q_EMIT openWorkspaceRequested(path); });
        ++number;
    }
    if (!m_recentPaths.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, &MainWindow::clearRecentRequested);
    }
    m_recentMenu->setEnabled(!m_recentPaths.isEmpty());
}

void MainWindow::setBusy(bool busy, const QString &message)
{
    m_busyBar->setVisible(busy);
    if (busy)
        statusBar()->showMessage(message);
    else
        statusBar()->clearMessage();
    // The cursor is pushed once per busy period, however many loads overlap.
    if (busy != m_busy) {
        if (busy)
            QApplication::setOverrideCursor(Qt::BusyCursor);
        else
            QApplication::restoreOverrideCursor();
        m_busy = busy;
    }
}

void MainWindow::setLastSync(EpochMs at)
{
    m_lastSync = at;
    if (at == NoTime) {
        m_lastSyncLabel->setText(tr("Not synced yet"));
        m_lastSyncLabel->setToolTip({});
        return;
    }
    m_lastSyncLabel->setText(
        tr("Last sync: %1").arg(formatAge(at, QDateTime::currentMSecsSinceEpoch())));
    m_lastSyncLabel->setToolTip(formatLocalTime(at));
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    for (QAction *action : m_autoRefreshGroup->actions())
        action->setChecked(action->data().toInt() == minutes);
}

void MainWindow::updateSyncStatus()
{
    int syncing = 0;
    int stale = 0;
    EpochMs staleSince = NoTime;
    for (const SourceSyncState &s : m_sources->states()) {
        if (s.syncing) {
            ++syncing;
        } else if (s.isStale()) {
            ++stale;
            if (staleSince == NoTime || (s.lastSuccessAt != NoTime && s.lastSuccessAt < staleSince))
                staleSince = s.lastSuccessAt;
        }
    }
    m_cancelSyncAction->setEnabled(syncing > 0);
    if (syncing > 0) {
        m_syncButton->setIcon(healthIcon(Health::InProgress));
        m_syncButton->setText(tr("Syncing %n source(s)…", nullptr, syncing));
        m_syncButton->setToolTip(tr("Show the Sources panel; Shift+F5 stops"));
    } else if (stale > 0) {
        m_syncButton->setIcon(healthIcon(Health::Failing));
        m_syncButton->setText(tr("%n source(s) failing", nullptr, stale));
        m_syncButton->setToolTip(
            staleSince == NoTime
                ? tr("Their data has never arrived; see the Sources panel")
                : tr("Their data is kept but stale since %1; see the Sources panel")
                      .arg(formatLocalTime(staleSince)));
    }
    m_syncButton->setVisible(syncing > 0 || stale > 0);
}

void MainWindow::setStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::updateProblems()
{
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : m_diagnostics->diagnostics())
        (d.isError() ? errors : warnings)++;
    if (errors + warnings == 0) {
        m_problemsButton->hide();
        m_problemsDock->hide();
        return;
    }
    m_problemsButton->setIcon(healthIcon(errors > 0 ? Health::Failing : Health::Warning));
    m_problemsButton->setText(
        errors > 0 ? tr("%n error(s)", nullptr, errors)
                + (warnings > 0 ? tr(", %n warning(s)", nullptr, warnings) : QString())
                   : tr("%n warning(s)", nullptr, warnings));
    m_problemsButton->setToolTip(tr("Show or hide the Problems panel (Ctrl+P)"));
    m_problemsButton->show();
    if (errors > 0)
        m_problemsDock->show();
}

void MainWindow::showDetailsLoading(const QString &serviceName)
{
    m_detailsPanel->showLoading(serviceName);
    if (serviceName != m_contractsPanel->service())
        m_contractsPanel->showNothing();
}

void MainWindow::showDetails(const ServiceDetails &details)
{
    m_detailsPanel->showDetails(details, m_services->triageOf(details.service.name),
                                m_services->pendingOf(details.service.name));
    m_rolloutPanel->showRollouts(details.service.name, details.recentRollouts,
                                 QDateTime::currentMSecsSinceEpoch());
    m_contractsPanel->showDetails(details);
    m_contractsPanel->showPending(m_services->pendingOf(details.service.name));
}

void MainWindow::showDetailsError(const QString &message)
{
    m_detailsPanel->showError(message);
    m_rolloutPanel->showNothing();
    m_contractsPanel->showNothing();
}

bool MainWindow::confirmRebuildCache(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Rebuild the cache?"), message, QMessageBox::Cancel,
                    this);
    QPushButton *rebuild = box.addButton(tr("&Rebuild from Sources"), QMessageBox::AcceptRole);
    box.setDefaultButton(rebuild);
    box.exec();
    return box.clickedButton() == rebuild;
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

QString MainWindow::currentServiceName() const
{
    return m_serviceView->currentIndex().data(ServiceTableModel::ServiceNameRole).toString();
}

bool MainWindow::selectService(const QString &name)
{
    const QModelIndex source = m_services->indexOfService(name);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_serviceView->setCurrentIndex(index);
    m_serviceView->scrollTo(index);
    return true;
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    applyTheme(theme);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == toWord(theme));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    m_workspaceDockState = settings.value(StateKey).toByteArray();
    m_serviceView->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    setTheme(themeFromWord(settings.value(ThemeKey).toString()));
    m_overview->setCurrentIndex(std::clamp(settings.value(TabKey, 0).toInt(), 0, 1));
}

void MainWindow::saveWindowState()
{
    if (m_workspaceShown)
        m_workspaceDockState = saveState(WindowStateVersion);
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    if (!m_workspaceDockState.isEmpty())
        settings.setValue(StateKey, m_workspaceDockState);
    settings.setValue(HeaderKey, m_serviceView->horizontalHeader()->saveState());
    settings.setValue(ThemeKey, toWord(m_theme));
    settings.setValue(TabKey, m_overview->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The first paint that shows services: the table's, or the graph's once it is laid out.
    const bool graphReady = watched == m_graphPage->view()->viewport()
        && !m_graphPage->scene()->nodeItems().empty() && !m_graphPage->scene()->isLayingOut();
    if ((watched == m_serviceView->viewport() || graphReady) && event->type() == QEvent::Paint
        && m_workspaceShown && !m_firstPaintReported && m_services->rowCount() > 0) {
        m_firstPaintReported = true;
        // Queued, so that the paint this event starts has finished when listeners hear of it.
        QMetaObject::invokeMethod(this, &MainWindow::firstWorkspacePaint, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showServiceInGraph(const QString &name)
{
    m_overview->setCurrentWidget(m_graphPage);
    if (!selectService(name)) {
        m_filter->clear();
        selectService(name);
    }
}

bool MainWindow::isTeamLeadPageShown() const
{
    return m_pages->currentWidget() == m_overview && m_overview->currentWidget() == m_teamLeadPanel;
}

bool MainWindow::isPlansPageShown() const
{
    return m_pages->currentWidget() == m_overview && m_overview->currentWidget() == m_plansPanel;
}

void MainWindow::updateActiveUndoStack()
{
    if (!m_undoGroup)
        return;
    m_undoGroup->setActiveStack(m_overview->currentWidget() == m_plansPanel
                                    ? m_plansPanel->undoStack()
                                    : m_discoveryPanel->undoStack());
}

} // namespace Signalbox

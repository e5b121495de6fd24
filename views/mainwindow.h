#pragma once

#include "domain/entities.h"
#include "graph/graphdata.h"
#include "store/snapshot.h"
#include "theme.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoGroup;

namespace Signalbox {

class ContractsPanel;
class DiagnosticListModel;
class DiscoveryPanel;
class GraphPage;
class RunListModel;
class RolloutPanel;
class ServiceDetailsPanel;
class ServiceTableModel;
class SourceStatusModel;
class SourcesPanel;
class PlansPanel;
class TeamLeadPanel;
class WelcomePage;

// The shell every view plugs into: the service list, the details and problems docks, menus and
// the status bar. It shows what its models hold and asks for work through signals; it never
// loads anything itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ServiceTableModel *services, RunListModel *runs, DiagnosticListModel *diagnostics,
               SourceStatusModel *sources, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showWelcome(const QString &reason = {});
    void showWorkspace(const QString &title, const QString &path);
    void setGraph(GraphDataPtr graph);
    void setRecentWorkspaces(const QStringList &paths);
    void setBusy(bool busy, const QString &message = {});
    void setLastSync(EpochMs at);
    // The sync engine's activity, for the status bar: a count while syncing, stale sources after.
    void updateSyncStatus();
    void setAutoRefreshMinutes(int minutes); // 0: only on F5
    void setStatusMessage(const QString &message);
    // Shows the problems dock when there are errors; keeps the count in the status bar.
    void updateProblems();

    void showDetailsLoading(const QString &serviceName);
    void showDetails(const ServiceDetails &details);
    void showDetailsError(const QString &message);

    bool confirmRebuildCache(const QString &message);
    void showError(const QString &title, const QString &message);

    QString currentServiceName() const;
    bool selectService(const QString &name);
    // Brings the graph to the front with the service selected and centred.
    void showServiceInGraph(const QString &name);
    QTableView *serviceView() const { return m_serviceView; }
    GraphPage *graphPage() const { return m_graphPage; }
    QTabWidget *workspaceTabs() const { return m_overview; }
    ServiceDetailsPanel *detailsPanel() const { return m_detailsPanel; }
    QTabWidget *detailsTabs() const { return m_detailsTabs; }
    RolloutPanel *rolloutPanel() const { return m_rolloutPanel; }
    SourcesPanel *sourcesPanel() const { return m_sourcesPanel; }
    QDockWidget *sourcesDock() const { return m_sourcesDock; }
    DiscoveryPanel *discoveryPanel() const { return m_discoveryPanel; }
    TeamLeadPanel *teamLeadPanel() const { return m_teamLeadPanel; }
    ContractsPanel *contractsPanel() const { return m_contractsPanel; }
    bool isTeamLeadPageShown() const;
    PlansPanel *plansPanel() const { return m_plansPanel; }
    bool isPlansPageShown() const;
    // Edit › Undo / Redo act on the stack of the page in front: the Plans page's, else the
    // Repositories dock's.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QDockWidget *discoveryDock() const { return m_discoveryDock; }
    Theme theme() const { return m_theme; }

Q_SIGNALS:
    void openWorkspaceRequested(const QString &path);
    void openDemoRequested();
    void reloadRequested();
    // F5: read the workspace and local files again and sync every source now.
    void refreshRequested();
    void cancelSyncRequested();
    void autoRefreshChanged(int minutes);
    void sourcesDialogRequested();
    void rebuildCacheRequested();
    void clearRecentRequested();
    void currentServiceChanged(const QString &serviceName);
    // The Delivery page came to the front: its report is computed only while someone looks.
    void teamLeadPageShown();
    // The Plans page came to the front.
    void plansPageShown();
    // Emitted once, the first time the window is painted with a workspace shown (startup timing).
    void firstWorkspacePaint();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void restoreWindowState();
    void saveWindowState();
    void chooseWorkspaceFile();
    void setTheme(Theme theme);
    void updateRecentMenu();
    void updateActiveUndoStack();

    ServiceTableModel *m_services;
    RunListModel *m_runs;
    DiagnosticListModel *m_diagnostics;
    SourceStatusModel *m_sources;
    QSortFilterProxyModel *m_proxy;

    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QTabWidget *m_overview;
    GraphPage *m_graphPage;
    QLineEdit *m_filter;
    QTableView *m_serviceView;
    ServiceDetailsPanel *m_detailsPanel;
    QTabWidget *m_detailsTabs;
    RolloutPanel *m_rolloutPanel;
    ContractsPanel *m_contractsPanel;
    QDockWidget *m_detailsDock;
    QDockWidget *m_problemsDock;
    SourcesPanel *m_sourcesPanel;
    QDockWidget *m_sourcesDock;
    DiscoveryPanel *m_discoveryPanel;
    TeamLeadPanel *m_teamLeadPanel;
    PlansPanel *m_plansPanel;
    QUndoGroup *m_undoGroup = nullptr;
    QDockWidget *m_discoveryDock;
    QToolButton *m_syncButton;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
    QActionGroup *m_autoRefreshGroup = nullptr;

    QLabel *m_lastSyncLabel;
    QToolButton *m_problemsButton;
    QProgressBar *m_busyBar;

    QMenu *m_recentMenu = nullptr;
    QStringList m_recentPaths;
    QAction *m_reloadAction = nullptr;
    QAction *m_rebuildAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    Theme m_theme = Theme::System;
    QByteArray m_workspaceDockState;
    EpochMs m_lastSync = NoTime;
    bool m_workspaceShown = false;
    bool m_busy = false;
    bool m_firstPaintReported = false;
};

} // namespace Signalbox

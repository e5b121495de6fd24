#pragma once

#include "workspace/workspaceload.h"

#include <QObject>

namespace Signalbox {

class ContractChecker;
class DiagnosticListModel;
class RepositoryScanner;
class MainWindow;
class PlanTracker;
class RunListModel;
class ServiceTableModel;
class SourceStatusModel;
class SyncEngine;
class TeamLeadReporter;
class WorkspaceLoader;

// Wires the parts together: the loader (services) fills the models (models) that the main window
// (views) shows, and the window's requests go back to the loader. Owns all of them.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(const QString &cacheDirectory, QObject *parent = nullptr);
    ~Application() override;

    static QString demoWorkspacePath();

    MainWindow *window() const { return m_window; }
    ServiceTableModel *serviceModel() const { return m_services; }
    RunListModel *runModel() const { return m_runs; }
    DiagnosticListModel *diagnosticModel() const { return m_diagnostics; }
    WorkspaceLoader *loader() const { return m_loader; }
    SyncEngine *syncEngine() const { return m_sync; }
    SourceStatusModel *sourceModel() const { return m_sourceStates; }
    RepositoryScanner *repositoryScanner() const { return m_scanner; }
    TeamLeadReporter *teamLeadReporter() const { return m_teamLead; }
    ContractChecker *contractChecker() const { return m_contracts; }
    PlanTracker *planTracker() const { return m_plans; }
    const LoadResult &lastLoad() const { return m_lastLoad; }

    void openWorkspace(const QString &path, bool rebuildCache = false);
    // F5: the workspace and its files read again, then every network source synced now.
    void refresh();
    // Opens the last workspace of the previous session; the welcome page when there was none.
    void restoreLastWorkspace();

Q_SIGNALS:
    // After every load, successful or not, once the window shows its result.
    void workspaceLoaded(bool ok);

private:
    void handleLoaded(const LoadResult &result);
    void applySyncSettings();
    // The Sources dialog on the open workspace: to add, edit (name) or remove (name) a source.
    enum class SourcesAction { List, Add, Edit, Remove };
    void openSourcesDialog(SourcesAction action, const QString &name = {});
    void reloadQuietly();
    // Scans the open workspace's repositories into its cache (incremental; cheap when nothing
    // moved), then reloads when anything changed.
    void scanRepositories();
    void handleScanFinished(const QString &cachePath,
                            const QList<struct RepositoryScanOutcome> &outcomes);
    void applyDiscoveryEdit(const struct DiscoveryEdit &edit);
    void startNextDiscoveryEdit();
    void handleCurrentServiceChanged(const QString &serviceName);
    void rememberRecent(const QString &path);
    // Computes the Delivery page's report for the open workspace, off the GUI thread.
    void requestTeamLeadReport();
    QStringList recentWorkspaces() const;

    WorkspaceLoader *m_loader;
    SyncEngine *m_sync;
    RepositoryScanner *m_scanner;
    TeamLeadReporter *m_teamLead;
    ContractChecker *m_contracts;
    PlanTracker *m_plans;
    SourceStatusModel *m_sourceStates;
    ServiceTableModel *m_services;
    RunListModel *m_runs;
    DiagnosticListModel *m_diagnostics;
    MainWindow *m_window;
    LoadResult m_lastLoad;
    QString m_loadingPath;
    bool m_syncAfterLoad = false; // a refresh: sync every network source once the load is in
    bool m_reloadAfterLoad = false;
    bool m_quietLoad = false; // a reload after a sync: no busy cursor, no "Opened" message
    // Decisions are written one at a time, each reading the file the previous one wrote.
    QList<struct DiscoveryEdit> m_discoveryEdits;
    bool m_discoveryEditRunning = false;
    bool m_rescanAfterScan = false; // asked to scan while a scan ran
    bool m_teamLeadStale = true;
    qint64 m_pendingPlanSelection = 0; // a plan just created, to select once it is shown // the
                                       // cache changed since the Delivery page's report was made
};

} // namespace Signalbox

#include "application.h"

#include "contracts/contractchecker.h"
#include "contracts/contractspanel.h"
#include "discovery/discoverypanel.h"
#include "discovery/repositoryscanner.h"
#include "itemmodels/diagnosticlistmodel.h"
#include "itemmodels/runlistmodel.h"
#include "itemmodels/servicetablemodel.h"
#include "itemmodels/sourcestatusmodel.h"
#include "mainwindow.h"
#include "osuser.h"
#include "plans/planexport.h"
#include "plans/planspanel.h"
#include "plans/plantracker.h"
#include "rollout/rolloutpanel.h"
#include "servicedetailspanel.h"
#include "sourceoperations.h"
#include "sources/sourcesdialog.h"
#include "sources/sourcespanel.h"
#include "sync/syncengine.h"
#include "teamlead/teamleadpanel.h"
#include "workspace/teamleadreporter.h"
#include "workspace/workspacediscoveryeditor.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QSettings>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcApp, "signalbox.app", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {
const auto RecentKey = "workspaces/recent"_L1;
const auto LastKey = "workspaces/last"_L1;
const auto AutoRefreshKey = "sync/intervalMinutes"_L1; // 0: only on F5
constexpr int DefaultRefreshMinutes = 5;
constexpr int MaxRecent = 8;
} // namespace

Application::Application(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_loader(new WorkspaceLoader(cacheDirectory, this))
    , m_sync(new SyncEngine(this))
    , m_scanner(new RepositoryScanner(this))
    , m_teamLead(new TeamLeadReporter(this))
    , m_contracts(new ContractChecker(this))
    , m_plans(new PlanTracker(this))
    , m_sourceStates(new SourceStatusModel(this))
    , m_services(new ServiceTableModel(this))
    , m_runs(new RunListModel(this))
    , m_diagnostics(new DiagnosticListModel(this))
    , m_window(new MainWindow(m_services, m_runs, m_diagnostics, m_sourceStates))
{
    m_window->setRecentWorkspaces(recentWorkspaces());

    DiscoveryPanel *discovery = m_window->discoveryPanel();
    connect(discovery, &DiscoveryPanel::rescanRequested, this, &Application::scanRepositories);
    connect(discovery, &DiscoveryPanel::cancelScanRequested, m_scanner, &RepositoryScanner::cancel);
    connect(discovery, &DiscoveryPanel::editRequested, this, &Application::applyDiscoveryEdit);
    connect(discovery, &DiscoveryPanel::editRefused, this,
            [this](const QString &message) { m_window->showError(tr("Repositories"), message); });
    connect(m_scanner, &RepositoryScanner::started, discovery,
            [discovery] { discovery->setScanning(true); });
    connect(m_scanner, &RepositoryScanner::progress, discovery, &DiscoveryPanel::setScanProgress);
    connect(m_scanner, &RepositoryScanner::finished, this, &Application::handleScanFinished);

    TeamLeadPanel *teamLead = m_window->teamLeadPanel();
    connect(m_window, &MainWindow::teamLeadPageShown, this, [this] {
        if (m_teamLeadStale)
            requestTeamLeadReport();
    });
    connect(teamLead, &TeamLeadPanel::windowDaysChanged, this, &Application::requestTeamLeadReport);
    connect(teamLead, &TeamLeadPanel::overrideRequested, this, [this](ChecklistOverride decision) {
        if (m_lastLoad.cachePath.isEmpty())
            return;
        decision.author = osUserName();
        decision.decidedAt = QDateTime::currentMSecsSinceEpoch();
        m_window->teamLeadPanel()->setBusy(true);
        m_teamLead->addOverride(m_lastLoad.cachePath, decision);
    });
    connect(teamLead, &TeamLeadPanel::serviceActivated, this,
            [this](const QString &name) { m_window->showServiceInGraph(name); });
    connect(teamLead, &TeamLeadPanel::exported, this, [this](const QString &path) {
        m_window->setStatusMessage(path.isEmpty()
                                       ? tr("Copied the delivery report as Markdown.")
                                       : tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(teamLead, &TeamLeadPanel::exportFailed, this,
            [this](const QString &message) { m_window->showError(tr("Export"), message); });
    connect(m_teamLead, &TeamLeadReporter::reportReady, teamLead, &TeamLeadPanel::setReport);
    connect(m_teamLead, &TeamLeadReporter::reportFailed, teamLead, &TeamLeadPanel::setError);
    connect(m_teamLead, &TeamLeadReporter::overrideFailed, this, [this](const QString &message) {
        m_window->teamLeadPanel()->setBusy(false);
        m_window->showError(tr("Checklist"), tr("The override was not saved: %1").arg(message));
    });

    PlansPanel *plans = m_window->plansPanel();
    plans->setAuthor(osUserName());
    connectPlanExports(plans);
    connect(plans, &PlansPanel::createPlanRequested, m_plans, &PlanTracker::createPlan);
    connect(plans, &PlansPanel::addItemRequested, m_plans, &PlanTracker::addItem);
    connect(plans, &PlansPanel::removeItemRequested, m_plans, &PlanTracker::removeItem);
    connect(plans, &PlansPanel::addNoteRequested, m_plans, &PlanTracker::addNote);
    connect(plans, &PlansPanel::removeNoteRequested, m_plans, &PlanTracker::removeNote);
    connect(plans, &PlansPanel::finishRequested, m_plans, &PlanTracker::setFinished);
    connect(plans, &PlansPanel::lookedAt, m_plans, &PlanTracker::recordLook);
    connect(plans, &PlansPanel::serviceActivated, this,
            [this](const QString &name) { m_window->showServiceInGraph(name); });
    connect(plans, &PlansPanel::exported, this, [this](const QString &path) {
        m_window->setStatusMessage(path.isEmpty()
                                       ? tr("Copied the wave as a checklist.")
                                       : tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(plans, &PlansPanel::exportFailed, this,
            [this](const QString &message) { m_window->showError(tr("Export"), message); });
    connect(m_plans, &PlanTracker::boardReady, plans, [plans](const PlanBoardPtr &board) {
        plans->setBoard(board);
        // "Checked 14:02" under the page, replacing a failed check's message.
        plans->setBusy(false);
    });
    connect(m_plans, &PlanTracker::checkFailed, plans, &PlansPanel::setError);
    connect(m_plans, &PlanTracker::planCreated, this, [this](qint64 id, const QString &name) {
        m_pendingPlanSelection = id;
        m_window->setStatusMessage(tr("Saved the release plan %1.").arg(name));
    });
    connect(m_plans, &PlanTracker::boardReady, this, [this] {
        // A plan just created is shown once the board that holds it arrives.
        if (m_pendingPlanSelection != 0)
            m_window->plansPanel()->selectPlan(std::exchange(m_pendingPlanSelection, 0));
    });
    connect(m_plans, &PlanTracker::editFailed, this, [this](const QString &message) {
        m_window->showError(tr("Release plan"), tr("The change was not saved: %1").arg(message));
    });

    connect(m_window, &MainWindow::openWorkspaceRequested, this,
            [this](const QString &path) { openWorkspace(path); });
    connect(m_window, &MainWindow::openDemoRequested, this,
            [this] { openWorkspace(demoWorkspacePath()); });
    connect(m_window, &MainWindow::reloadRequested, this, [this] {
        if (!m_lastLoad.workspacePath.isEmpty())
            openWorkspace(m_lastLoad.workspacePath);
    });
    connect(m_window, &MainWindow::rebuildCacheRequested, this, [this] {
        if (!m_lastLoad.workspacePath.isEmpty())
            openWorkspace(m_lastLoad.workspacePath, true);
    });
    connect(m_window, &MainWindow::clearRecentRequested, this, [this] {
        QSettings().remove(RecentKey);
        m_window->setRecentWorkspaces({});
    });
    connect(m_window, &MainWindow::currentServiceChanged, this,
            &Application::handleCurrentServiceChanged);
    connect(m_loader, &WorkspaceLoader::loaded, this, &Application::handleLoaded);

    connect(m_window, &MainWindow::refreshRequested, this, &Application::refresh);
    connect(m_window, &MainWindow::cancelSyncRequested, m_sync, &SyncEngine::cancelAll);
    connect(m_window, &MainWindow::autoRefreshChanged, this, [this](int minutes) {
        QSettings().setValue(AutoRefreshKey, minutes);
        applySyncSettings();
    });
    SourcesPanel *panel = m_window->sourcesPanel();
    connect(panel, &SourcesPanel::refreshRequested, this, [this](const QString &source) {
        if (source.isEmpty())
            refresh();
        else
            m_sync->syncSource(source, true);
    });
    connect(panel, &SourcesPanel::addRequested, this,
            [this] { openSourcesDialog(SourcesAction::Add); });
    connect(panel, &SourcesPanel::editRequested, this,
            [this](const QString &source) { openSourcesDialog(SourcesAction::Edit, source); });
    connect(panel, &SourcesPanel::removeRequested, this,
            [this](const QString &source) { openSourcesDialog(SourcesAction::Remove, source); });
    connect(m_window, &MainWindow::sourcesDialogRequested, this,
            [this] { openSourcesDialog(SourcesAction::List); });
    connect(panel, &SourcesPanel::cancelRequested, this, [this](const QString &source) {
        if (source.isEmpty())
            m_sync->cancelAll();
        else
            m_sync->cancel(source);
    });
    connect(m_sync, &SyncEngine::stateChanged, this, [this](const QString &source) {
        if (m_sourceStates->rowOf(source) < 0)
            m_sourceStates->setStates(m_sync->states());
        else
            m_sourceStates->updateState(m_sync->state(source));
    });
    connect(m_sync, &SyncEngine::sourceFinished, this, [this](const SourceSyncOutcome &outcome) {
        if (outcome.cancelled)
            m_window->setStatusMessage(
                tr("Stopped syncing %1; nothing of it was written.").arg(outcome.source));
        else if (outcome.ran && !outcome.ok)
            m_window->setStatusMessage(tr("%1 failed: %2").arg(outcome.source, outcome.error));
    });
    // New data in the cache: read the snapshot again, quietly, as the graph keeps its layout.
    connect(m_sync, &SyncEngine::dataChanged, this, &Application::reloadQuietly);
    applySyncSettings();
    connect(m_loader, &WorkspaceLoader::detailsLoaded, m_window, &MainWindow::showDetails);
    connect(
        m_loader, &WorkspaceLoader::detailsFailed, m_window,
        [this](const QString &, const QString &message) { m_window->showDetailsError(message); });
    ContractsPanel *contracts = m_window->contractsPanel();
    connect(contracts, &ContractsPanel::canIDeployRequested, m_contracts, &ContractChecker::check);
    connect(contracts, &ContractsPanel::canIDeployCancelled, m_contracts, &ContractChecker::cancel);
    connect(m_contracts, &ContractChecker::answered, contracts,
            &ContractsPanel::showCanIDeployAnswer);
}

Application::~Application()
{
    m_sync->waitForIdle();
    m_scanner->waitForIdle();
    m_teamLead->waitForIdle();
    m_contracts->waitForIdle();
    m_plans->waitForIdle();
    m_loader->waitForIdle();
    delete m_window;
}

QString Application::demoWorkspacePath()
{
    return u":/demo/workspace.yaml"_s;
}

void Application::openWorkspace(const QString &path, bool rebuildCache)
{
    m_loadingPath = path;
    const QString shown
        = path == demoWorkspacePath() ? tr("the demo workspace") : QDir::toNativeSeparators(path);
    m_quietLoad = false;
    m_window->setBusy(true,
                      rebuildCache ? tr("Rebuilding the cache of %1…").arg(shown)
                                   : tr("Opening %1…").arg(shown));
    // Network sources are the sync engine's: opening shows the cache at once and never waits
    // for a server.
    m_loader->load(path, rebuildCache, LoadRequest::Sources::LocalOnly);
}

void Application::refresh()
{
    if (m_lastLoad.workspacePath.isEmpty())
        return;
    m_syncAfterLoad = true;
    openWorkspace(m_lastLoad.workspacePath);
}

void Application::reloadQuietly()
{
    if (m_lastLoad.workspacePath.isEmpty())
        return;
    if (m_loader->isBusy()) {
        // The running load may have read the cache before this sync wrote: read it once more
        // when it is done.
        m_reloadAfterLoad = true;
        return;
    }
    m_quietLoad = true;
    m_loader->load(m_lastLoad.workspacePath, false, LoadRequest::Sources::None);
}

void Application::scanRepositories()
{
    if (m_lastLoad.cachePath.isEmpty() || m_lastLoad.workspace.repositories.isEmpty())
        return;
    if (m_scanner->isScanning()) {
        m_rescanAfterScan = true;
        return;
    }
    m_scanner->start(m_lastLoad.cachePath, m_lastLoad.workspace);
}

void Application::handleScanFinished(const QString &cachePath,
                                     const QList<RepositoryScanOutcome> &outcomes)
{
    m_window->discoveryPanel()->setScanning(false);
    if (std::exchange(m_rescanAfterScan, false))
        QMetaObject::invokeMethod(this, &Application::scanRepositories, Qt::QueuedConnection);
    // A scan of the workspace that was open before: its cache is written, nothing to show.
    if (cachePath != m_lastLoad.cachePath)
        return;
    bool changed = false;
    QStringList failures;
    int commits = 0;
    for (const RepositoryScanOutcome &o : outcomes) {
        if (o.ok && !o.unchanged)
            changed = true;
        if (!o.ok && !o.cancelled)
            failures.append(o.error);
        commits += o.newCommits;
        // A failure is recorded in the cache too: the Repositories tab shows it after a reload.
        changed |= !o.ok && !o.cancelled;
    }
    const bool stopped = std::any_of(outcomes.cbegin(), outcomes.cend(),
                                     [](const RepositoryScanOutcome &o) { return o.cancelled; });
    if (!failures.isEmpty())
        m_window->setStatusMessage(failures.join(u"  "_s));
    else if (stopped && changed)
        m_window->setStatusMessage(
            tr("Repository scan stopped; the repositories read before it were kept."));
    else if (stopped)
        m_window->setStatusMessage(tr("Repository scan stopped; nothing was changed."));
    else if (changed)
        m_window->setStatusMessage(tr("Repositories scanned: %n new commit(s).", nullptr, commits));
    if (changed)
        reloadQuietly();
}

void Application::applyDiscoveryEdit(const DiscoveryEdit &edit)
{
    m_discoveryEdits.append(edit);
    startNextDiscoveryEdit();
}

void Application::startNextDiscoveryEdit()
{
    if (m_discoveryEditRunning || m_discoveryEdits.isEmpty())
        return;
    const QString path = m_lastLoad.workspacePath;
    const DiscoveryEdit edit = m_discoveryEdits.takeFirst();
    if (path.isEmpty() || path.startsWith(u':')) {
        m_window->discoveryPanel()->editFinished(false);
        return;
    }
    m_discoveryEditRunning = true;
    auto *watcher = new QFutureWatcher<DiscoveryFileEdit>(this);
    connect(watcher, &QFutureWatcher<DiscoveryFileEdit>::finished, this, [this, watcher] {
        const DiscoveryFileEdit result = watcher->result();
        watcher->deleteLater();
        m_discoveryEditRunning = false;
        DiscoveryPanel *panel = m_window->discoveryPanel();
        panel->editFinished(result.ok);
        if (!result.ok) {
            // The edits queued behind it assumed it was written: drop them too.
            for (qsizetype i = 0; i < m_discoveryEdits.size(); ++i)
                panel->editFinished(false);
            m_discoveryEdits.clear();
            m_window->showError(tr("Repositories"), result.error);
            return;
        }
        if (m_discoveryEdits.isEmpty())
            reloadQuietly();
        else
            startNextDiscoveryEdit();
    });
    watcher->setFuture(QtConcurrent::run(applyDiscoveryEditToFile, path, edit));
}

void Application::applySyncSettings()
{
    const int minutes = QSettings().value(AutoRefreshKey, DefaultRefreshMinutes).toInt();
    m_window->setAutoRefreshMinutes(minutes);
    m_sync->setAutomatic(minutes > 0);
    if (minutes > 0)
        m_sync->setIntervalMs(minutes * 60'000);
}

void Application::openSourcesDialog(SourcesAction action, const QString &name)
{
    if (m_lastLoad.workspacePath.isEmpty())
        return;
    if (m_lastLoad.workspacePath.startsWith(u':')) {
        m_window->showError(tr("Sources"),
                            tr("The demo workspace is built in and cannot be changed. Save a "
                               "copy of it (or write your own workspace file) to add sources."));
        return;
    }
    auto *dialog = new SourcesDialog(m_lastLoad.workspacePath, m_lastLoad.workspace,
                                     sourceOperationsFromServices(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The file changed: read it again and sync what is new in it right away.
    connect(dialog, &SourcesDialog::workspaceFileChanged, this, &Application::refresh);
    switch (action) {
    case SourcesAction::List:
        break;
    case SourcesAction::Add:
        dialog->startAdding();
        break;
    case SourcesAction::Edit:
        dialog->startEditing(name);
        break;
    case SourcesAction::Remove:
        dialog->startRemoving(name);
        break;
    }
    dialog->open();
}

void Application::restoreLastWorkspace()
{
    const QString last = QSettings().value(LastKey).toString();
    if (last.isEmpty())
        m_window->showWelcome();
    else
        openWorkspace(last);
}

void Application::handleLoaded(const LoadResult &result)
{
    const bool quiet = std::exchange(m_quietLoad, false);
    const bool syncAfter = std::exchange(m_syncAfterLoad, false);
    if (std::exchange(m_reloadAfterLoad, false))
        QMetaObject::invokeMethod(this, &Application::reloadQuietly, Qt::QueuedConnection);
    m_window->setBusy(false);
    m_diagnostics->setDiagnostics(result.diagnostics);
    const QString shown = result.workspacePath == demoWorkspacePath()
        ? tr("the demo workspace")
        : QDir::toNativeSeparators(result.workspacePath);

    if (!result.workspaceReadable) {
        QString reason;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.isError()) {
                reason = d.message;
                break;
            }
        }
        // A reload that breaks on a mistake in the file keeps what is on screen; the mistake
        // is listed in the Problems panel.
        if (result.workspacePath == m_lastLoad.workspacePath && m_lastLoad.snapshot) {
            m_window->updateProblems();
            m_window->setStatusMessage(tr("Could not reload %1: %2").arg(shown, reason));
            Q_EMIT workspaceLoaded(false);
            return;
        }
        m_window->showWelcome(tr("Could not open %1: %2").arg(shown, reason));
        m_window->updateProblems();
        Q_EMIT workspaceLoaded(false);
        return;
    }

    if (result.cacheError && result.workspacePath == m_lastLoad.workspacePath && m_lastLoad.snapshot
        && *result.cacheError != StoreError::Kind::Corrupt) {
        // A reload that could not reach the cache (busy, say) keeps the picture already shown.
        m_window->updateProblems();
        m_window->setStatusMessage(result.cacheErrorMessage);
        Q_EMIT workspaceLoaded(false);
        return;
    }
    if (result.cacheError) {
        m_services->setSnapshot({});
        m_services->setAnalysis({});
        m_window->setGraph({});
        m_window->showWelcome(result.cacheErrorMessage);
        m_window->updateProblems();
        Q_EMIT workspaceLoaded(false);
        // A damaged cache is never deleted silently: the person decides, and the old file is kept.
        if (*result.cacheError == StoreError::Kind::Corrupt && m_window->isVisible()) {
            // Asked from the event loop, not from inside this slot, so the question's own event
            // loop never runs in the middle of delivering a result.
            QMetaObject::invokeMethod(
                this,
                [this, path = result.workspacePath, message = result.cacheErrorMessage] {
                    if (m_window->confirmRebuildCache(message))
                        openWorkspace(path, true);
                },
                Qt::QueuedConnection);
        }
        return;
    }

    const bool newWorkspace = result.workspacePath != m_lastLoad.workspacePath;
    if (newWorkspace) {
        m_sync->clear();
        // Never waits: the old scan stops at its next step and its result is ignored.
        m_scanner->cancel();
        m_rescanAfterScan = false;
        m_discoveryEdits.clear();
        m_window->discoveryPanel()->resetEdits();
        // Cancels a can-i-deploy question about the old workspace's service.
        m_window->contractsPanel()->showNothing();
        m_window->plansPanel()->resetEdits();
        m_window->plansPanel()->setBoard(nullptr);
    }
    m_lastLoad = result;
    if (const QString reason = m_contracts->setWorkspace(result.workspace); reason.isEmpty())
        m_window->contractsPanel()->showCanIDeployAvailable();
    else
        m_window->contractsPanel()->showCanIDeployUnavailable(reason);
    m_window->discoveryPanel()->setOverview(result.discovery);
    m_window->discoveryPanel()->setEditable(!result.workspacePath.startsWith(u':'));
    if (newWorkspace || syncAfter)
        QMetaObject::invokeMethod(this, &Application::scanRepositories, Qt::QueuedConnection);
    m_sync->setWorkspace(result.workspace, result.cachePath, result.snapshot->sources);
    m_sourceStates->setStates(m_sync->states());
    if (syncAfter)
        m_sync->syncAll(false, true);
    m_services->setSnapshot(result.snapshot);
    m_services->setAnalysis(result.analysis);
    m_window->setGraph(result.graph);
    m_window->showWorkspace(result.workspace.name, result.workspacePath);
    m_window->setLastSync(result.snapshot->lastSyncAt());
    m_window->updateProblems();
    QString message
        = tr("Opened %1: %n service(s) in %2 ms", nullptr, int(result.snapshot->services.size()))
              .arg(result.workspace.name, QString::number(result.elapsedMs));
    if (!result.setAsideCachePath.isEmpty())
        message += u' '
            + tr("The previous cache was kept as %1.")
                  .arg(QDir::toNativeSeparators(result.setAsideCachePath));
    if (!quiet)
        m_window->setStatusMessage(message);
    rememberRecent(result.workspacePath);
    // Every load is new state (a sync, a scan, an edit of the workspace): the plans are checked
    // against it.
    m_plans->setWorkspace(result.cachePath, result.workspace.releasePolicy());
    m_plans->refresh();
    m_teamLeadStale = true;
    if (newWorkspace)
        m_window->teamLeadPanel()->setReport(nullptr);
    if (m_window->isTeamLeadPageShown())
        requestTeamLeadReport();
    Q_EMIT workspaceLoaded(true);
}

void Application::requestTeamLeadReport()
{
    if (m_lastLoad.cachePath.isEmpty() || !m_lastLoad.snapshot)
        return;
    m_teamLeadStale = false;
    m_window->teamLeadPanel()->setBusy(true);
    m_teamLead->request(m_lastLoad.cachePath,
                        teamLeadRequestFor(m_lastLoad.workspace.name,
                                           m_lastLoad.workspace.environments,
                                           m_window->teamLeadPanel()->windowDays(),
                                           QDateTime::currentMSecsSinceEpoch()));
}

void Application::handleCurrentServiceChanged(const QString &serviceName)
{
    if (serviceName.isEmpty() || m_lastLoad.cachePath.isEmpty()) {
        m_window->detailsPanel()->showNothing();
        m_window->rolloutPanel()->showNothing();
        return;
    }
    m_window->showDetailsLoading(serviceName);
    m_loader->requestDetails(m_lastLoad.cachePath, serviceName);
}

QStringList Application::recentWorkspaces() const
{
    return QSettings().value(RecentKey).toStringList();
}

void Application::rememberRecent(const QString &path)
{
    const QString stored = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(stored);
    recent.prepend(stored);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings settings;
    settings.setValue(RecentKey, recent);
    settings.setValue(LastKey, stored);
    m_window->setRecentWorkspaces(recent);
}

} // namespace Signalbox

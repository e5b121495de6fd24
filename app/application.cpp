#include "application.h"

#include "itemmodels/diagnosticlistmodel.h"
#include "itemmodels/runlistmodel.h"
#include "itemmodels/servicetablemodel.h"
#include "mainwindow.h"
#include "servicedetailspanel.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcApp, "signalbox.app", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {
const auto RecentKey = "workspaces/recent"_L1;
const auto LastKey = "workspaces/last"_L1;
constexpr int MaxRecent = 8;
} // namespace

Application::Application(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_loader(new WorkspaceLoader(cacheDirectory, this))
    , m_services(new ServiceTableModel(this))
    , m_runs(new RunListModel(this))
    , m_diagnostics(new DiagnosticListModel(this))
    , m_window(new MainWindow(m_services, m_runs, m_diagnostics))
{
    m_window->setRecentWorkspaces(recentWorkspaces());

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
    connect(m_loader, &WorkspaceLoader::detailsLoaded, m_window, &MainWindow::showDetails);
    connect(
        m_loader, &WorkspaceLoader::detailsFailed, m_window,
        [this](const QString &, const QString &message) { m_window->showDetailsError(message); });
}

Application::~Application()
{
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
    m_window->setBusy(true,
                      rebuildCache ? tr("Rebuilding the cache of %1…").arg(shown)
                                   : tr("Opening %1…").arg(shown));
    m_loader->load(path, rebuildCache);
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

    m_lastLoad = result;
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
    m_window->setStatusMessage(message);
    rememberRecent(result.workspacePath);
    Q_EMIT workspaceLoaded(true);
}

void Application::handleCurrentServiceChanged(const QString &serviceName)
{
    if (serviceName.isEmpty() || m_lastLoad.cachePath.isEmpty()) {
        m_window->detailsPanel()->showNothing();
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

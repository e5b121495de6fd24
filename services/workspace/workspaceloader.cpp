#include "workspaceloader.h"

#include "domain/tr.h"
#include "store/store.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Signalbox {

namespace {

struct LoaderTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Services)
};

} // namespace

WorkspaceLoader::WorkspaceLoader(QString cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_cacheDirectory(std::move(cacheDirectory))
{
    qRegisterMetaType<Signalbox::LoadResult>();
    qRegisterMetaType<Signalbox::ServiceDetails>();
}

WorkspaceLoader::~WorkspaceLoader()
{
    waitForIdle();
}

void WorkspaceLoader::waitForIdle()
{
    // A job that has not started yet would be run right here, on this (the GUI) thread, by
    // waitForFinished(): cancel those first; a cancelled job that has not started does nothing.
    m_waiting.reset();
    if (m_cancelRunning)
        m_cancelRunning->store(true);
    if (m_cancelDetails)
        m_cancelDetails->store(true);
    if (m_detailsFuture.isValid())
        m_detailsFuture.waitForFinished();
    if (m_loadFuture.isValid())
        m_loadFuture.waitForFinished();
}

void WorkspaceLoader::load(const QString &workspacePath, bool rebuildCache,
                           LoadRequest::Sources sources)
{
    Job job {{workspacePath, m_cacheDirectory, rebuildCache, NoTime, {}, sources},
             ++m_loadGeneration};
    ++m_detailsGeneration; // details of the old workspace are no longer wanted
    Q_EMIT loadStarted(workspacePath);
    if (m_running) {
        m_cancelRunning->store(true);
        m_waiting = std::move(job);
        return;
    }
    start(std::move(job));
}

void WorkspaceLoader::start(Job job)
{
    m_cancelRunning = std::make_shared<std::atomic_bool>(false);
    job.request.cancelled = m_cancelRunning;
    m_running = job;
    const LoadRequest request = job.request;
    const quint64 generation = job.generation;
    m_loadFuture = QtConcurrent::run([request] {
        try {
            return loadWorkspace(request);
        } catch (const std::exception &e) {
            // loadWorkspace reports every expected problem itself; this is the last line, so that
            // an unforeseen failure still ends the load with a message instead of a busy window.
            LoadResult result;
            result.workspacePath = request.workspacePath;
            result.workspaceReadable = true;
            result.cacheError = StoreError::Kind::Failed;
            result.cacheErrorMessage = LoaderTr::tr("Loading stopped on an internal error: %1")
                                           .arg(QString::fromLocal8Bit(e.what()));
            return result;
        }
    });
    // A watcher owned by this object reports through the event loop: never from inside load(),
    // and never after this object is gone (a continuation with a context object asserts in
    // Qt 6.4 when the context dies while the work finishes).
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const LoadResult result = watcher->result();
        watcher->deleteLater();
        finished(generation, result);
    });
    watcher->setFuture(m_loadFuture);
}

void WorkspaceLoader::finished(quint64 generation, const LoadResult &result)
{
    m_running.reset();
    if (m_waiting) {
        Job next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
        return;
    }
    if (generation == m_loadGeneration && !result.cancelled)
        Q_EMIT loaded(result);
}

void WorkspaceLoader::requestDetails(const QString &cachePath, const QString &serviceName)
{
    const quint64 generation = ++m_detailsGeneration;
    struct Outcome
    {
        ServiceDetails details;
        QString error;
    };
    // Only the newest selection matters: a read that has not started yet does nothing. (A flag of
    // our own rather than QFuture::cancel(), which crashes in Qt 6.4 on a future with a
    // continuation attached.)
    if (m_cancelDetails)
        m_cancelDetails->store(true);
    m_cancelDetails = std::make_shared<std::atomic_bool>(false);
    QFuture<Outcome> work
        = QtConcurrent::run([cachePath, serviceName, cancelled = m_cancelDetails] {
              Outcome outcome;
              if (cancelled->load())
                  return outcome;
              try {
                  Store store(cachePath, Database::Mode::ReadOnly);
                  outcome.details = store.readServiceDetails(serviceName);
              } catch (const StoreError &e) {
                  outcome.error = e.message();
              } catch (const std::exception &e) {
                  outcome.error = QString::fromLocal8Bit(e.what());
              }
              return outcome;
          });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, serviceName] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation != m_detailsGeneration)
            return;
        if (outcome.error.isEmpty())
            Q_EMIT detailsLoaded(outcome.details);
        else
            Q_EMIT detailsFailed(serviceName, outcome.error);
    });
    watcher->setFuture(work);
    m_detailsFuture = QFuture<void>(work);
}

} // namespace Signalbox

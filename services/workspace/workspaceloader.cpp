#include "workspaceloader.h"

#include "store/store.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Signalbox {

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
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
    m_running.clear();
}

void WorkspaceLoader::load(const QString &workspacePath, bool rebuildCache)
{
    const quint64 generation = ++m_loadGeneration;
    ++m_pendingLoads;
    Q_EMIT loadStarted(workspacePath);
    LoadRequest request {workspacePath, m_cacheDirectory, rebuildCache, NoTime};
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    // The worker's own future is kept for waitForIdle(); waiting on the continuation instead would
    // deadlock, since the continuation needs this thread's event loop.
    QFuture<LoadResult> work = QtConcurrent::run([request] { return loadWorkspace(request); });
    // then() runs its continuation at once when the work has already finished; the explicit
    // queued hop makes delivery always asynchronous, so a caller never hears of a result from
    // inside its own call to load().
    work.then(this, [this, generation](const LoadResult &result) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, result] {
                --m_pendingLoads;
                if (generation == m_loadGeneration)
                    Q_EMIT loaded(result);
            },
            Qt::QueuedConnection);
    });
    m_running.append(QFuture<void>(work));
}

void WorkspaceLoader::requestDetails(const QString &cachePath, const QString &serviceName)
{
    const quint64 generation = ++m_detailsGeneration;
    struct Outcome
    {
        ServiceDetails details;
        QString error;
    };
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    QFuture<Outcome> work = QtConcurrent::run([cachePath, serviceName] {
        Outcome outcome;
        try {
            Store store(cachePath, Database::Mode::ReadOnly);
            outcome.details = store.readServiceDetails(serviceName);
        } catch (const StoreError &e) {
            outcome.error = e.message();
        }
        return outcome;
    });
    work.then(this, [this, generation, serviceName](const Outcome &outcome) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, serviceName, outcome] {
                if (generation != m_detailsGeneration)
                    return;
                if (outcome.error.isEmpty())
                    Q_EMIT detailsLoaded(outcome.details);
                else
                    Q_EMIT detailsFailed(serviceName, outcome.error);
            },
            Qt::QueuedConnection);
    });
    m_running.append(QFuture<void>(work));
}

} // namespace Signalbox

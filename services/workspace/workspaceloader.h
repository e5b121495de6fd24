#pragma once

#include "workspaceload.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace Signalbox {

// Runs workspace loads and detail reads on worker threads and hands the results back to the
// thread this object lives in, by value, through signals.
//
// Loads run one at a time: a load writes to the cache, and two overlapping loads could undo each
// other's work (the older one forgetting a source the newer one just added). A new request
// cancels the running load at its next step and waits its turn; of several waiting requests only
// the newest runs. Only the result of the newest request is delivered.
class WorkspaceLoader : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceLoader(QString cacheDirectory, QObject *parent = nullptr);
    ~WorkspaceLoader() override;

    QString cacheDirectory() const { return m_cacheDirectory; }
    bool isBusy() const { return m_running.has_value(); }

    // The window loads with LocalOnly: network sources are the SyncEngine's, and a finished sync
    // reloads with None.
    void load(const QString &workspacePath, bool rebuildCache = false,
              LoadRequest::Sources sources = LoadRequest::Sources::All);
    // Reads one service's recent runs, deployments, rollouts and contracts from the cache.
    void requestDetails(const QString &cachePath, const QString &serviceName);

    // Tells running and queued work to stop and blocks until it has (shutdown, tests).
    void waitForIdle();

Q_SIGNALS:
    void loadStarted(const QString &workspacePath);
    void loaded(const Signalbox::LoadResult &result);
    void detailsLoaded(const Signalbox::ServiceDetails &details);
    void detailsFailed(const QString &serviceName, const QString &message);

private:
    struct Job
    {
        LoadRequest request;
        quint64 generation = 0;
    };
    void start(Job job);
    void finished(quint64 generation, const LoadResult &result);

    QString m_cacheDirectory;
    quint64 m_loadGeneration = 0;
    quint64 m_detailsGeneration = 0;
    std::optional<Job> m_running;
    std::optional<Job> m_waiting;
    std::shared_ptr<std::atomic_bool> m_cancelRunning;
    std::shared_ptr<std::atomic_bool> m_cancelDetails;
    QFuture<LoadResult> m_loadFuture;
    QFuture<void> m_detailsFuture;
};

} // namespace Signalbox

#pragma once

#include "workspaceload.h"

#include <QFuture>
#include <QObject>

namespace Signalbox {

// Runs workspace loads and detail reads on worker threads and hands the results back to the
// thread this object lives in, by value, through signals. A newer request makes older results
// stale; stale results are dropped, never delivered.
class WorkspaceLoader : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceLoader(QString cacheDirectory, QObject *parent = nullptr);
    ~WorkspaceLoader() override;

    QString cacheDirectory() const { return m_cacheDirectory; }
    bool isBusy() const { return m_pendingLoads > 0; }

    void load(const QString &workspacePath, bool rebuildCache = false);
    // Reads one service's recent runs, deployments, rollouts and contracts from the cache.
    void requestDetails(const QString &cachePath, const QString &serviceName);

    // Blocks until every started job has finished (shutdown, tests).
    void waitForIdle();

Q_SIGNALS:
    void loadStarted(const QString &workspacePath);
    void loaded(const Signalbox::LoadResult &result);
    void detailsLoaded(const Signalbox::ServiceDetails &details);
    void detailsFailed(const QString &serviceName, const QString &message);

private:
    QString m_cacheDirectory;
    quint64 m_loadGeneration = 0;
    quint64 m_detailsGeneration = 0;
    int m_pendingLoads = 0;
    QList<QFuture<void>> m_running;
};

} // namespace Signalbox

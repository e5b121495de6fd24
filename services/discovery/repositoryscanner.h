#pragma once

#include "domain/repositoryscan.h"
#include "domain/workspace.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace Signalbox {

class Store;

struct RepositoryScanOptions
{
    EpochMs now = NoTime; // NoTime: the current time
    bool full = false; // read everything again, ignoring what the cache holds
    std::function<bool()> isCancelled;
    // phase: "files" (files read of total) or "history" (commits walked; total 0: unknown)
    std::function<void(const QString &repository, const QString &phase, int done, int total)>
        progress;
};

struct RepositoryScanOutcome
{
    QString repository;
    QString commit;
    bool ok = false;
    bool unchanged = false; // the revision was still at the scanned commit: nothing read
    bool incrementalHistory = false; // only commits after the previous tip were walked
    int newCommits = 0;
    int filesRead = 0;
    int servicesFound = 0;
    int dependenciesFound = 0;
    QList<ScanProblem> problems;
    QString error; // translated, names the repository; the previous scan is kept
    qint64 elapsedMs = 0;
    bool cancelled = false; // nothing was written
};

// Scans one repository of the workspace into the cache: discovery at the configured revision
// (reusing the formats whose files did not change since the last scanned commit), pipeline
// templates, and the history since the last scanned tip, written in one transaction. A broken
// repository records its error and keeps what was found before. Blocking: call it on a worker,
// with a Store that thread owns.
RepositoryScanOutcome scanRepository(Store &store, const Workspace &workspace,
                                     const RepositoryConfig &repository,
                                     const RepositoryScanOptions &options = {});

// Every repository of the workspace, one after the other.
QList<RepositoryScanOutcome> scanRepositories(Store &store, const Workspace &workspace,
                                              const RepositoryScanOptions &options = {});

// Runs scans on a worker thread and reports back on the thread it lives in. One scan at a time;
// a new request while one runs is refused (the window disables its Rescan action meanwhile).
class RepositoryScanner : public QObject
{
    Q_OBJECT

public:
    explicit RepositoryScanner(QObject *parent = nullptr);
    ~RepositoryScanner() override;

    bool isScanning() const { return m_future.isRunning(); }
    // Scans every repository of the workspace into the cache at cachePath.
    bool start(const QString &cachePath, const Workspace &workspace, bool full = false);
    void cancel();
    void waitForIdle();

Q_SIGNALS:
    void started();
    void progress(const QString &repository, const QString &phase, int done, int total);
    // Always emitted once per start(); cancelled outcomes have wrote nothing.
    void finished(const QString &cachePath,
                  const QList<Signalbox::RepositoryScanOutcome> &outcomes);

private:
    // Its own pool: libgit2 keeps per-thread state that is freed when the thread ends, and this
    // pool's thread ends with the scanner rather than lingering in the global pool until exit.
    QThreadPool m_pool;
    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::RepositoryScanOutcome)

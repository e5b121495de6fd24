#pragma once

#include "sourcesync.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Signalbox {

// Runs the workspace's sources on worker threads and keeps them fresh: network sources every
// interval, a failing one after its backoff, any of them on request (F5). Each source writes
// through its own Store connection in its own transactions, so one slow or broken source never
// holds up or damages another. Results come back to this object's thread by queued calls.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(QObject *parent = nullptr);
    ~SyncEngine() override;

    // From a finished workspace load: the sources, the cache they write to, and what the cache
    // remembers about them. Sources no longer in the workspace are cancelled and dropped.
    void setWorkspace(const Workspace &workspace, const QString &cachePath,
                      const QList<SourceHealth> &health);
    void clear();

    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setAutomatic(bool on); // periodic refresh of network sources
    bool isAutomatic() const { return m_automatic; }
    void setHttpTuning(const HttpTuning &tuning) { m_tuning = tuning; }

    // includeLocal: file sources too (a load already reads them); manual: now, ignoring backoff.
    void syncAll(bool includeLocal = true, bool manual = true);
    void syncSource(const QString &name, bool manual = true);
    void cancel(const QString &name);
    void cancelAll();

    // Sources that can follow changes (Kubernetes watches) do so after each successful sync while
    // refreshes are automatic; their deliveries are written as they come and announced by
    // dataChanged at most once per liveRefreshMs.
    bool isWatching(const QString &name) const { return m_watching.contains(name); }
    void setLiveRefreshMs(int ms) { m_liveRefreshMs = std::max(50, ms); }
    void stopWatching();

    QList<SourceSyncState> states() const;
    SourceSyncState state(const QString &name) const;
    bool isBusy() const;
    // Cancels and blocks until every worker has returned (shutdown, tests).
    void waitForIdle();

    // Runs the sources one after another on this thread's pool and waits (the CLI).
    static QList<SourceSyncOutcome> syncBlocking(const Workspace &workspace,
                                                 const QString &cachePath, const QStringList &only,
                                                 const SourceSyncOptions &options);

Q_SIGNALS:
    void stateChanged(const QString &source);
    void sourceFinished(const Signalbox::SourceSyncOutcome &outcome);
    // A watching source wrote a delivery (on its own thread; this arrives queued).
    void liveDelivery(const QString &source, int rows, qint64 writeMs);
    // At least one source wrote new data since the last emission; coalesced while others run.
    void dataChanged();
    void busyChanged(bool busy);

private:
    struct Running
    {
        std::shared_ptr<std::atomic_bool> cancelled;
        QFuture<void> future;
        quint64 generation = 0;
    };
    struct Watching
    {
        std::shared_ptr<std::atomic_bool> cancelled;
        quint64 generation = 0;
        QVariantMap settings; // a changed configuration restarts the watch
    };
    void startWatch(const QString &name);
    void watchDelivered(const QString &name, quint64 generation, int rows, qint64 writeMs);
    void watchEnded(const QString &name, quint64 generation, const QString &error);
    void stopWatch(const QString &name);
    void start(const QString &name, bool manual);
    void finished(const QString &name, quint64 generation, const SourceSyncOutcome &outcome);
    void progressed(const QString &name, quint64 generation, int done, int total);
    void scheduleNext();
    void tick();
    EpochMs dueAt(const SourceSyncState &state) const;

    Workspace m_workspace;
    QString m_cachePath;
    QList<QString> m_order;
    QHash<QString, SourceSyncState> m_states;
    QHash<QString, Running> m_running;
    QThreadPool m_pool;
    QTimer m_timer;
    QHash<QString, Watching> m_watching;
    QThreadPool m_watchPool; // a thread per watching source, for as long as it watches
    QTimer m_liveTimer; // coalesces deliveries into one dataChanged
    int m_liveRefreshMs = 1'000;
    HttpTuning m_tuning;
    int m_intervalMs = 5 * 60'000;
    bool m_automatic = true;
    bool m_wroteSinceIdle = false;
    quint64 m_generation = 0;
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::SourceSyncOutcome)

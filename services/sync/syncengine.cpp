#include "syncengine.h"

#include "domain/tr.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QtConcurrent>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct EngineTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Sync)
};

EpochMs currentTime()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// One source's sync on a worker, with a Store of its own: SQLite connections are per thread.
SourceSyncOutcome runOne(const Workspace &workspace, const QString &cachePath,
                         const SourceConfig &config, const SourceSyncOptions &options)
{
    try {
        Store store(cachePath);
        return syncSource(store, workspace, config, options);
    } catch (const StoreError &e) {
        SourceSyncOutcome outcome;
        outcome.source = config.name;
        outcome.ran = true;
        outcome.error = EngineTr::tr("the cache could not be used: %1").arg(e.message());
        return outcome;
    }
}

} // namespace

SyncEngine::SyncEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SourceSyncOutcome>();
    // Network sources mostly wait on servers; a few at once keep a refresh of many short.
    m_pool.setMaxThreadCount(4);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::tick);
    m_watchPool.setMaxThreadCount(64);
    m_watchPool.setExpiryTimeout(-1);
    m_liveTimer.setSingleShot(true);
    connect(&m_liveTimer, &QTimer::timeout, this, &SyncEngine::dataChanged);
}

SyncEngine::~SyncEngine()
{
    waitForIdle();
}

void SyncEngine::clear()
{
    cancelAll();
    stopWatching();
    m_states.clear();
    m_order.clear();
    m_workspace = {};
    m_cachePath.clear();
    m_timer.stop();
}

void SyncEngine::setWorkspace(const Workspace &workspace, const QString &cachePath,
                              const QList<SourceHealth> &health)
{
    if (cachePath != m_cachePath) {
        // Another workspace: nothing of the old one carries over.
        cancelAll();
        stopWatching();
        m_states.clear();
    }
    m_workspace = workspace;
    m_cachePath = cachePath;
    m_order.clear();
    QHash<QString, SourceSyncState> kept;
    for (const SourceConfig &config : std::as_const(workspace.sources)) {
        m_order.append(config.name);
        SourceSyncState state = m_states.value(config.name);
        state.name = config.name;
        state.kind = config.kind;
        if (const SourceDescription *d = SourceRegistry::describe(config.kind)) {
            state.displayName = d->displayName;
            state.network = d->network;
        }
        for (const SourceHealth &h : health) {
            // A snapshot read while this source was syncing knows less than this object does.
            if (h.source != config.name || state.syncing || h.lastAttemptAt < state.lastAttemptAt)
                continue;
            state.lastAttemptAt = h.lastAttemptAt;
            state.lastSuccessAt = h.lastSuccessAt;
            state.lastError = h.lastError;
            state.lastErrorAt = h.lastErrorAt;
            state.failureCount = h.failureCount;
            state.rateLimitRemaining = h.rateLimitRemaining;
            state.rateLimitResetAt = h.rateLimitResetAt;
            state.nextSyncAt = h.nextAttemptAt;
        }
        state.nextSyncAt = state.network ? dueAt(state) : NoTime;
        kept.insert(config.name, state);
    }
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (!kept.contains(it.key()))
            it->cancelled->store(true);
    }
    // A removed source stops watching; a changed one watches again after its next sync.
    const QStringList watching = m_watching.keys();
    for (const QString &name : watching) {
        const auto config = std::find_if(workspace.sources.cbegin(), workspace.sources.cend(),
                                         [&](const SourceConfig &c) { return c.name == name; });
        if (config == workspace.sources.cend() || config->settings != m_watching[name].settings)
            stopWatch(name);
    }
    m_states = std::move(kept);
    for (const QString &name : std::as_const(m_order))
        Q_EMIT stateChanged(name);
    tick();
}

void SyncEngine::setIntervalMs(int ms)
{
    m_intervalMs = std::max(10'000, ms);
    for (SourceSyncState &state : m_states) {
        if (state.network)
            state.nextSyncAt = dueAt(state);
    }
    scheduleNext();
}

void SyncEngine::setAutomatic(bool on)
{
    m_automatic = on;
    if (on) {
        tick();
    } else {
        m_timer.stop();
        stopWatching(); // a person who turned refreshes off wants the cache to stay still
    }
}

EpochMs SyncEngine::dueAt(const SourceSyncState &state) const
{
    if (state.failureCount > 0 && state.nextSyncAt != NoTime && state.isStale())
        return state.nextSyncAt;
    if (state.lastAttemptAt == NoTime)
        return currentTime();
    return std::max(state.lastAttemptAt, state.lastSuccessAt) + m_intervalMs;
}

void SyncEngine::syncAll(bool includeLocal, bool manual)
{
    for (const QString &name : std::as_const(m_order)) {
        const SourceSyncState &state = m_states[name];
        if (includeLocal || state.network)
            start(name, manual);
    }
}

void SyncEngine::syncSource(const QString &name, bool manual)
{
    if (m_states.contains(name))
        start(name, manual);
}

void SyncEngine::start(const QString &name, bool manual)
{
    if (m_running.contains(name) || m_cachePath.isEmpty())
        return;
    const auto config = std::find_if(m_workspace.sources.cbegin(), m_workspace.sources.cend(),
                                     [&](const SourceConfig &c) { return c.name == name; });
    if (config == m_workspace.sources.cend())
        return;
    const bool wasBusy = isBusy();
    Running running;
    running.cancelled = std::make_shared<std::atomic_bool>(false);
    running.generation = ++m_generation;

    SourceSyncOptions options;
    options.ignoreBackoff = manual;
    options.intervalMs = m_intervalMs;
    options.http = m_tuning;
    options.isCancelled = [flag = running.cancelled] {
        return flag->load();
    };
    const quint64 generation = running.generation;
    options.progress = [this, name, generation](int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, name, generation, done, total] { progressed(name, generation, done, total); },
            Qt::QueuedConnection);
    };
    running.future = QtConcurrent::run(&m_pool,
                                       [this, workspace = m_workspace, cachePath = m_cachePath,
                                        config = *config, options, generation] {
                                           const SourceSyncOutcome outcome
                                               = runOne(workspace, cachePath, config, options);
                                           QMetaObject::invokeMethod(
                                               this,
                                               [this, name = config.name, generation, outcome] {
                                                   finished(name, generation, outcome);
                                               },
                                               Qt::QueuedConnection);
                                       });
    m_running.insert(name, running);
    SourceSyncState &state = m_states[name];
    state.syncing = true;
    state.progressDone = 0;
    state.progressTotal = -1;
    Q_EMIT stateChanged(name);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void SyncEngine::progressed(const QString &name, quint64 generation, int done, int total)
{
    const auto running = m_running.constFind(name);
    if (running == m_running.cend() || running->generation != generation)
        return;
    SourceSyncState &state = m_states[name];
    state.progressDone = done;
    state.progressTotal = total;
    Q_EMIT stateChanged(name);
}

void SyncEngine::finished(const QString &name, quint64 generation, const SourceSyncOutcome &outcome)
{
    const auto running = m_running.constFind(name);
    if (running == m_running.cend() || running->generation != generation)
        return;
    m_running.erase(running);
    const auto it = m_states.find(name);
    if (it != m_states.end()) {
        SourceSyncState &state = *it;
        state.syncing = false;
        if (outcome.ran && !outcome.cancelled) {
            const EpochMs now = currentTime();
            state.lastAttemptAt = now;
            state.lastStats = outcome.stats;
            state.lastElapsedMs = outcome.elapsedMs;
            if (outcome.rateLimitRemaining >= 0)
                state.rateLimitRemaining = outcome.rateLimitRemaining;
            if (outcome.ok) {
                state.lastSuccessAt = now;
                state.lastError.clear();
                state.lastErrorAt = NoTime;
                state.failureCount = 0;
                state.nextSyncAt = NoTime;
            } else {
                state.lastError = outcome.error;
                state.lastErrorAt = now;
                ++state.failureCount;
                state.nextSyncAt = outcome.nextAttemptAt;
            }
        }
        state.nextSyncAt = state.network ? dueAt(state) : NoTime;
        Q_EMIT stateChanged(name);
    }
    Q_EMIT sourceFinished(outcome);
    if (outcome.ok && !outcome.unchanged)
        Q_EMIT dataChanged();
    if (outcome.ok && m_automatic && !m_watching.contains(name))
        startWatch(name);
    if (!isBusy())
        Q_EMIT busyChanged(false);
    scheduleNext();
}

void SyncEngine::cancel(const QString &name)
{
    const auto running = m_running.constFind(name);
    if (running != m_running.cend())
        running->cancelled->store(true);
}

void SyncEngine::cancelAll()
{
    for (const Running &running : std::as_const(m_running))
        running.cancelled->store(true);
}

void SyncEngine::startWatch(const QString &name)
{
    const auto config = std::find_if(m_workspace.sources.cbegin(), m_workspace.sources.cend(),
                                     [&](const SourceConfig &c) { return c.name == name; });
    if (config == m_workspace.sources.cend() || m_cachePath.isEmpty() || !canWatch(*config))
        return;
    Watching watching;
    watching.cancelled = std::make_shared<std::atomic_bool>(false);
    watching.generation = ++m_generation;
    watching.settings = config->settings;
    SourceSyncOptions options;
    options.http = m_tuning;
    options.intervalMs = m_intervalMs;
    options.isCancelled = [flag = watching.cancelled] {
        return flag->load();
    };
    const quint64 generation = watching.generation;
    m_watching.insert(name, watching);
    (void)QtConcurrent::run(
        &m_watchPool,
        [this, workspace = m_workspace, cachePath = m_cachePath, config = *config, options,
         generation] {
            QString error;
            try {
                Store store(cachePath);
                error = watchSource(
                    store, workspace, config, options, [&](const WatchProgress &progress) {
                        const IngestCounts &c = progress.counts;
                        const int rows = c.services + c.dependencies + c.runs + c.jobs
                            + c.deployments + c.environments + c.rollouts + c.verifications
                            + c.flags + c.incidents;
                        QMetaObject::invokeMethod(
                            this,
                            [this, name = config.name, generation, rows, ms = progress.writeMs] {
                                watchDelivered(name, generation, rows, ms);
                            },
                            Qt::QueuedConnection);
                    });
            } catch (const StoreError &e) {
                error = EngineTr::tr("the cache could not be used: %1").arg(e.message());
            }
            QMetaObject::invokeMethod(
                this,
                [this, name = config.name, generation, error] {
                    watchEnded(name, generation, error);
                },
                Qt::QueuedConnection);
        });
    SourceSyncState &state = m_states[name];
    state.watching = true;
    Q_EMIT stateChanged(name);
}

void SyncEngine::watchDelivered(const QString &name, quint64 generation, int rows, qint64 writeMs)
{
    const auto watching = m_watching.constFind(name);
    if (watching == m_watching.cend() || watching->generation != generation)
        return;
    if (const auto it = m_states.find(name); it != m_states.end()) {
        it->lastSuccessAt = currentTime();
        it->lastError.clear();
        it->lastErrorAt = NoTime;
        it->failureCount = 0;
        Q_EMIT stateChanged(name);
    }
    Q_EMIT liveDelivery(name, rows, writeMs);
    if (rows > 0 && !m_liveTimer.isActive())
        m_liveTimer.start(m_liveRefreshMs);
}

void SyncEngine::watchEnded(const QString &name, quint64 generation, const QString &error)
{
    const auto watching = m_watching.constFind(name);
    if (watching == m_watching.cend() || watching->generation != generation)
        return;
    m_watching.erase(watching);
    const auto it = m_states.find(name);
    if (it == m_states.end())
        return;
    SourceSyncState &state = *it;
    state.watching = false;
    if (!error.isEmpty()) {
        // The data of the last sync and deliveries stays; a sync after the backoff lists afresh
        // and, when it succeeds, watches again.
        const EpochMs now = currentTime();
        state.lastError = error;
        state.lastErrorAt = now;
        ++state.failureCount;
        state.nextSyncAt = nextAttemptAfterFailure(state.failureCount, now, NoTime, m_intervalMs,
                                                   QRandomGenerator::global()->generateDouble());
    }
    Q_EMIT stateChanged(name);
    scheduleNext();
}

void SyncEngine::stopWatch(const QString &name)
{
    const auto watching = m_watching.constFind(name);
    if (watching == m_watching.cend())
        return;
    watching->cancelled->store(true);
    m_watching.erase(watching);
    if (const auto it = m_states.find(name); it != m_states.end()) {
        it->watching = false;
        Q_EMIT stateChanged(name);
    }
}

void SyncEngine::stopWatching()
{
    const QStringList names = m_watching.keys();
    for (const QString &name : names)
        stopWatch(name);
}

bool SyncEngine::isBusy() const
{
    return !m_running.isEmpty();
}

void SyncEngine::waitForIdle()
{
    cancelAll();
    stopWatching();
    m_pool.waitForDone();
    m_watchPool.waitForDone();
    // Their queued results are for an engine that is going away or starting afresh.
    m_running.clear();
    for (SourceSyncState &state : m_states)
        state.syncing = false;
}

QList<SourceSyncState> SyncEngine::states() const
{
    QList<SourceSyncState> result;
    for (const QString &name : m_order)
        result.append(m_states.value(name));
    return result;
}

SourceSyncState SyncEngine::state(const QString &name) const
{
    return m_states.value(name);
}

void SyncEngine::tick()
{
    if (m_automatic) {
        const EpochMs now = currentTime();
        for (const QString &name : std::as_const(m_order)) {
            const SourceSyncState &state = m_states[name];
            if (state.network && !m_running.contains(name) && dueAt(state) <= now)
                start(name, false);
        }
    }
    scheduleNext();
}

void SyncEngine::scheduleNext()
{
    if (!m_automatic)
        return;
    EpochMs next = NoTime;
    for (const QString &name : std::as_const(m_order)) {
        const SourceSyncState &state = m_states[name];
        if (!state.network || m_running.contains(name))
            continue;
        const EpochMs due = dueAt(state);
        if (next == NoTime || due < next)
            next = due;
    }
    if (next == NoTime) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(next - currentTime(), 1'000, m_intervalMs);
    m_timer.start(int(wait));
}

QList<SourceSyncOutcome> SyncEngine::syncBlocking(const Workspace &workspace,
                                                  const QString &cachePath, const QStringList &only,
                                                  const SourceSyncOptions &options)
{
    QList<SourceConfig> chosen;
    for (const SourceConfig &config : workspace.sources) {
        if (only.isEmpty() || only.contains(config.name))
            chosen.append(config);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QList<QFuture<SourceSyncOutcome>> futures;
    for (const SourceConfig &config : std::as_const(chosen)) {
        futures.append(QtConcurrent::run(&pool, [&workspace, &cachePath, config, options] {
            return runOne(workspace, cachePath, config, options);
        }));
    }
    QList<SourceSyncOutcome> outcomes;
    for (QFuture<SourceSyncOutcome> &future : futures)
        outcomes.append(future.result());
    return outcomes;
}

} // namespace Signalbox

#include "flaggersource.h"

#include "domain/workspace.h"
#include "flaggercanary.h"
#include "kube/kubeclient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcFlagger, "signalbox.sources.flagger", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

const QString Group = u"flagger.app"_s;
const QString Version = u"v1beta1"_s;
const QString Plural = u"canaries"_s;

struct Settings
{
    QString kubeconfig; // absolute; empty: as kubectl finds it
    QStringList contexts; // empty: the current one
    QStringList namespaces; // empty: each context's own
    QString labelSelector;
    CanaryServiceRules rules;
};

Settings settingsOf(const SourceConfig &config, const Workspace &workspace)
{
    const QVariantMap &s = config.settings;
    Settings settings;
    if (const QString path = s.value(u"kubeconfig"_s).toString(); !path.isEmpty())
        settings.kubeconfig = workspace.resolvePath(path);
    settings.contexts = s.value(u"contexts"_s).toStringList();
    settings.namespaces = s.value(u"namespaces"_s).toStringList();
    settings.labelSelector = s.value(u"labelSelector"_s).toString();
    const QString label = s.value(u"serviceLabel"_s).toString();
    if (!label.isEmpty())
        settings.rules.serviceLabel = label;
    const QVariantMap services = s.value(u"services"_s).toMap();
    for (auto it = services.constBegin(); it != services.constEnd(); ++it)
        settings.rules.services.insert(it.key(), it.value().toString());
    return settings;
}

// One collection read: a namespace of a context.
struct Target
{
    KubeConnection connection;
    QString namespaceName;

    QString context() const { return connection.contextName; }
    QString cursorKey() const { return context() + u'/' + namespaceName + u'/' + Plural; }
    QString path() const
    {
        return KubeClient::collectionPath(Group, Version, namespaceName, Plural);
    }
    QString describe() const
    {
        return FlaggerTr::tr("context %1, namespace %2").arg(context(), namespaceName);
    }
};

// Every context × namespace the settings name; nullopt and error naming the context and the
// kubeconfig file when one cannot be used, since reading only some of them would look like the
// others' canaries were gone.
std::optional<QList<Target>> resolveTargets(const Settings &settings, QString *error)
{
    const KubeConfig kubeconfig = settings.kubeconfig.isEmpty()
        ? KubeConfig::loadDefault()
        : KubeConfig::load({settings.kubeconfig});
    if (!kubeconfig.error().isEmpty()) {
        *error = kubeconfig.error();
        return std::nullopt;
    }
    const QStringList contexts
        = settings.contexts.isEmpty() ? QStringList {QString()} : settings.contexts;
    QList<Target> targets;
    for (const QString &name : contexts) {
        QString problem;
        const std::optional<KubeConnection> connection = kubeconfig.resolveContext(name, &problem);
        if (!connection) {
            *error = problem;
            return std::nullopt;
        }
        const QStringList namespaces = settings.namespaces.isEmpty()
            ? QStringList {connection->namespaceName.isEmpty() ? u"default"_s
                                                               : connection->namespaceName}
            : settings.namespaces;
        for (const QString &namespaceName : namespaces)
            targets.append({*connection, namespaceName});
    }
    return targets;
}

KubeClientOptions kubeOptions(const HttpTuning &http, const FlaggerWatchOptions &watch)
{
    KubeClientOptions options;
    options.http = http;
    options.reconnectBaseMs = watch.reconnectBaseMs;
    options.reconnectMaxMs = watch.reconnectMaxMs;
    return options;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString nameOf(const QJsonObject &object)
{
    return object.value("metadata"_L1).toObject().value("name"_L1).toString();
}

QString resourceVersionOf(const QJsonObject &object)
{
    return object.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
}

Diagnostic badCanary(const SourceConfig &config, const Target &target, const QString &name,
                     const QString &problem)
{
    const QString key = target.context() + u'/' + target.namespaceName + u'/' + name;
    return {Diagnostic::Severity::Warning,
            config.name,
            0,
            0,
            key,
            FlaggerTr::tr("the canary %1 in %2 cannot be read: %3")
                .arg(key, target.describe(), problem)};
}

// What the watches saw, shared by their threads and the delivering one.
struct WatchState
{
    std::mutex mutex;
    std::condition_variable changed;
    QHash<QString, QHash<QString, QJsonObject>> objects; // by cursor key, then by name
    QSet<std::pair<QString, QString>> dirty; // (cursor key, name) changed since the last delivery
    QJsonObject cursor;
    bool cursorChanged = false;
    QString firstError;

    bool pending() const { return !dirty.isEmpty() || cursorChanged; }

    void setVersion(const QString &key, const QString &version)
    {
        if (version.isEmpty() || cursor.value(key).toString() == version)
            return;
        cursor.insert(key, version);
        cursorChanged = true;
    }

    // A list replaces what the stream knew: whatever it no longer has was deleted meanwhile.
    void replace(const QString &key, const KubeList &list)
    {
        std::lock_guard lock(mutex);
        QHash<QString, QJsonObject> &known = objects[key];
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            dirty.remove({key, it.key()});
        known.clear();
        for (const QJsonObject &item : list.items) {
            const QString name = nameOf(item);
            known.insert(name, item);
            dirty.insert({key, name});
        }
        setVersion(key, list.resourceVersion);
        changed.notify_all();
    }

    void apply(const QString &key, const KubeWatchEvent &event)
    {
        std::lock_guard lock(mutex);
        const QString name = nameOf(event.object);
        switch (event.type) {
        case KubeWatchEvent::Type::Added:
        case KubeWatchEvent::Type::Modified:
            objects[key].insert(name, event.object);
            dirty.insert({key, name});
            break;
        case KubeWatchEvent::Type::Deleted:
            // The rollout it was stays in the cache as it was last seen; nothing is delivered.
            objects[key].remove(name);
            dirty.remove({key, name});
            break;
        case KubeWatchEvent::Type::Bookmark:
            break;
        }
        setVersion(key, resourceVersionOf(event.object));
        changed.notify_all();
    }
};

} // namespace

SourceDescription FlaggerSource::staticDescription()
{
    using Type = SettingDescription::Type;
    SourceDescription d;
    d.kind = u"flagger"_s;
    d.displayName = FlaggerTr::tr("Flagger");
    d.network = true;
    d.acceptsToken = false;
    d.settings = {
        {u"kubeconfig"_s,
         Type::Path,
         false,
         {},
         FlaggerTr::tr("kubeconfig file, relative to the workspace file; empty: KUBECONFIG or "
                       "~/.kube/config, as kubectl reads them")},
        {u"contexts"_s,
         Type::StringList,
         false,
         {},
         FlaggerTr::tr("kubeconfig contexts to read, several at once; empty: the current context")},
        {u"namespaces"_s,
         Type::StringList,
         false,
         {},
         FlaggerTr::tr("Namespaces to read in each context; empty: the context's namespace, else "
                       "default")},
        {u"labelSelector"_s,
         Type::String,
         false,
         {},
         FlaggerTr::tr("Kubernetes label selector the canaries must match, e.g. team=checkout")},
        {u"serviceLabel"_s, Type::String, false, u"app.kubernetes.io/name"_s,
         FlaggerTr::tr("Label of a canary naming its service; without it the app label, then the "
                       "target workload's name, then the canary's name")},
        {u"services"_s,
         Type::Map,
         false,
         {},
         FlaggerTr::tr("Canary name or label value to service name, where they differ")},
        {u"watch"_s, Type::Bool, false, true,
         FlaggerTr::tr("Follow changes as they happen instead of only at each refresh")},
    };
    return d;
}

FetchResult FlaggerSource::fetch(const SourceConfig &config, const Workspace &workspace,
                                 const FetchContext &context)
{
    FetchResult result;
    const Settings settings = settingsOf(config, workspace);
    QString error;
    const std::optional<QList<Target>> targets = resolveTargets(settings, &error);
    if (!targets) {
        result.error = error;
        return result;
    }
    QJsonObject cursor;
    int done = 0;
    context.progress(done, int(targets->size()));
    for (const Target &target : *targets) {
        KubeClient client(target.connection, kubeOptions(context.http, m_options),
                          context.isCancelled);
        const KubeList list = client.list(target.path(), settings.labelSelector);
        if (list.cancelled || context.isCancelled()) {
            result.error = FlaggerTr::tr("cancelled");
            return result;
        }
        if (!list.ok()) {
            result.error = FlaggerTr::tr("%1: %2").arg(target.describe(), list.error);
            return result;
        }
        for (qsizetype i = 0; i < list.items.size(); ++i) {
            QString problem;
            std::optional<Rollout> rollout
                = rolloutFromCanary(list.items[i], target.context(), settings.rules, &problem);
            if (rollout) {
                result.batch.rollouts.append(std::move(*rollout));
            } else {
                const QString name = nameOf(list.items[i]);
                result.diagnostics.append(badCanary(
                    config, target, name.isEmpty() ? u"items[%1]"_s.arg(i) : name, problem));
            }
        }
        cursor.insert(target.cursorKey(), list.resourceVersion);
        context.progress(++done, int(targets->size()));
    }
    result.cursor = compactJson(cursor);
    return result;
}

ConnectionCheck FlaggerSource::checkConnection(const SourceConfig &config,
                                               const FetchContext &context)
{
    ConnectionCheck check;
    // No workspace here: a relative kubeconfig path is taken as given, as the Pact Broker
    // source takes its caBundle.
    const Settings settings = settingsOf(config, Workspace {});
    QString error;
    const std::optional<QList<Target>> targets = resolveTargets(settings, &error);
    if (!targets) {
        check.message = error;
        return check;
    }
    QStringList reached;
    for (const Target &target : *targets) {
        KubeClient client(target.connection, kubeOptions(context.http, m_options),
                          context.isCancelled);
        const KubeList list = client.list(target.path(), settings.labelSelector, 1);
        if (!list.ok()) {
            // A status means the server answered: the cluster is there, the access is not.
            check.reached = list.status != 0;
            check.authenticated = false;
            check.message = FlaggerTr::tr("%1: %2").arg(target.describe(), list.error);
            return check;
        }
        reached.append(target.describe());
    }
    check.reached = true;
    check.authenticated = true;
    check.message = FlaggerTr::tr("Canaries can be read in %1.").arg(reached.join(u"; "_s));
    return check;
}

QString FlaggerSource::watch(const SourceConfig &config, const Workspace &workspace,
                             const FetchContext &context,
                             const std::function<void(WatchDelivery &&)> &deliver)
{
    const Settings settings = settingsOf(config, workspace);
    QString error;
    const std::optional<QList<Target>> targets = resolveTargets(settings, &error);
    if (!targets)
        return error;

    WatchState state;
    state.cursor = QJsonDocument::fromJson(context.previousCursor.toUtf8()).object();
    const QJsonObject startCursor = state.cursor;
    std::atomic<bool> stop = false;
    const std::function<bool()> stopped = [&] {
        return stop.load() || context.isCancelled();
    };

    std::vector<std::thread> streams;
    streams.reserve(size_t(targets->size()));
    for (const Target &target : *targets) {
        streams.emplace_back([&, target] {
            const QString key = target.cursorKey();
            KubeClient client(target.connection, kubeOptions(context.http, m_options), stopped);
            KubeWatchHandlers handlers;
            handlers.snapshot = [&](const KubeList &list) {
                state.replace(key, list);
            };
            handlers.event = [&](const KubeWatchEvent &event) {
                state.apply(key, event);
            };
            handlers.interrupted = [&](const QString &reason, int retryInMs) {
                qCInfo(lcFlagger).noquote()
                    << target.describe() << reason << "; resuming in" << retryInMs << "ms";
            };
            const QString problem = client.watch(target.path(), settings.labelSelector,
                                                 startCursor.value(key).toString(), handlers);
            if (!problem.isEmpty()) {
                std::lock_guard lock(state.mutex);
                if (state.firstError.isEmpty())
                    state.firstError = FlaggerTr::tr("%1: %2").arg(target.describe(), problem);
                stop = true;
                state.changed.notify_all();
            }
        });
    }

    // Only this thread delivers, so deliveries never overlap; the rows of a delivery are built
    // under the lock, as they and the cursor stand at that moment.
    const auto interval = std::chrono::milliseconds(m_options.flushIntervalMs);
    const auto poll = std::chrono::milliseconds(20); // how soon a cancel is noticed
    auto lastFlush = std::chrono::steady_clock::now() - interval;
    std::unique_lock lock(state.mutex);
    while (!stopped()) {
        if (!state.pending()) {
            state.changed.wait_for(lock, poll);
            continue;
        }
        const auto due = lastFlush + interval;
        if (std::chrono::steady_clock::now() < due) {
            state.changed.wait_for(lock,
                                   std::min<std::chrono::steady_clock::duration>(
                                       due - std::chrono::steady_clock::now(), poll));
            continue;
        }
        WatchDelivery delivery;
        for (const Target &target : *targets) {
            const QString key = target.cursorKey();
            const QHash<QString, QJsonObject> &known = state.objects[key];
            for (auto it = known.cbegin(); it != known.cend(); ++it) {
                if (!state.dirty.contains({key, it.key()}))
                    continue;
                QString problem;
                std::optional<Rollout> rollout
                    = rolloutFromCanary(*it, target.context(), settings.rules, &problem);
                if (rollout)
                    delivery.batch.rollouts.append(std::move(*rollout));
                else
                    delivery.diagnostics.append(badCanary(config, target, it.key(), problem));
            }
        }
        state.dirty.clear();
        state.cursorChanged = false;
        delivery.cursor = compactJson(state.cursor);
        lastFlush = std::chrono::steady_clock::now();
        lock.unlock();
        deliver(std::move(delivery));
        lock.lock();
    }
    const QString firstError = state.firstError;
    lock.unlock();
    stop = true;
    for (std::thread &stream : streams)
        stream.join();
    return firstError;
}

} // namespace Signalbox

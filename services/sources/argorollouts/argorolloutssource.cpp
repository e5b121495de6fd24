#include "argorolloutssource.h"

#include "argorolloutsmapping.h"
#include "domain/workspace.h"
#include "kube/kubeclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <atomic>
#include <list>
#include <thread>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct ArgoTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ArgoRolloutsSource)
};

const QString Group = u"argoproj.io"_s;
const QString Version = u"v1alpha1"_s;
const QString RolloutsPlural = u"rollouts"_s;
const QString RunsPlural = u"analysisruns"_s;

struct Settings
{
    QString kubeconfig; // absolute, or empty for kubectl's default
    QStringList contexts;
    QStringList namespaces;
    QString labelSelector;
    ArgoRollouts::ServiceNaming naming;
};

Settings readSettings(const SourceConfig &config, const Workspace *workspace)
{
    Settings s;
    const QVariantMap &values = config.settings;
    s.kubeconfig = values.value(u"kubeconfig"_s).toString();
    if (!s.kubeconfig.isEmpty() && workspace)
        s.kubeconfig = workspace->resolvePath(s.kubeconfig);
    s.contexts = values.value(u"contexts"_s).toStringList();
    s.namespaces = values.value(u"namespaces"_s).toStringList();
    s.labelSelector = values.value(u"labelSelector"_s).toString();
    s.naming.serviceLabel = values.value(u"serviceLabel"_s, u"app.kubernetes.io/name"_s).toString();
    const QVariantMap services = values.value(u"services"_s).toMap();
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        s.naming.services.insert(it.key(), it.value().toString());
    return s;
}

KubeConfig loadKubeConfig(const Settings &settings)
{
    return settings.kubeconfig.isEmpty() ? KubeConfig::loadDefault()
                                         : KubeConfig::load({settings.kubeconfig});
}

KubeClientOptions clientOptions(const FetchContext &context)
{
    KubeClientOptions options;
    options.http = context.http;
    return options;
}

QStringList namespacesOf(const Settings &settings, const KubeConnection &connection)
{
    return settings.namespaces.isEmpty() ? QStringList {connection.namespaceName}
                                         : settings.namespaces;
}

QString cursorKey(const QString &context, const QString &namespaceName, const QString &plural)
{
    return context + u'/' + namespaceName + u'/' + plural;
}

QString nameOf(const QJsonObject &object)
{
    return object.value("metadata"_L1).toObject().value("name"_L1).toString();
}

QString ownerOf(const QJsonObject &run)
{
    const QJsonArray owners
        = run.value("metadata"_L1).toObject().value("ownerReferences"_L1).toArray();
    for (const QJsonValue &o : owners) {
        if (o.toObject().value("kind"_L1) == "Rollout"_L1)
            return o.toObject().value("name"_L1).toString();
    }
    return {};
}

// The objects of one namespace of one context, as last seen.
struct NamespaceObjects
{
    QString context;
    QString namespaceName;
    QString where; // the rollouts' collection URL, for messages
    QMap<QString, QJsonObject> rollouts; // by name
    QMap<QString, QJsonObject> runs;

    QString key() const { return context + u'/' + namespaceName; }
};

void buildRows(const NamespaceObjects &objects, const QStringList &names,
               const ArgoRollouts::ServiceNaming &naming, const QString &sourceName,
               QList<Rollout> &rows, Diagnostics &diagnostics)
{
    const QList<QJsonObject> runs = objects.runs.values();
    for (const QString &name : names) {
        const auto it = objects.rollouts.constFind(name);
        if (it == objects.rollouts.cend())
            continue; // deleted: nothing to deliver
        QString problem;
        std::optional<Rollout> row
            = ArgoRollouts::rolloutFromObject(*it, runs, naming, objects.context, &problem);
        if (row) {
            rows.append(std::move(*row));
            continue;
        }
        diagnostics.append(
            {Diagnostic::Severity::Warning, sourceName, 0, 0,
             objects.key() + u'/' + (name.isEmpty() ? u"?"_s : name),
             ArgoTr::tr("the Rollout in %1 cannot be read: %2").arg(objects.where, problem)});
    }
}

QString collectionUrl(const KubeConnection &connection, const QString &path)
{
    QUrl url = connection.server;
    url.setPath(url.path() + path);
    return url.toString(QUrl::RemoveUserInfo);
}

QString inContext(const QString &context, const QString &error)
{
    return ArgoTr::tr("Argo Rollouts, context %1: %2").arg(context, error);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Lists both resources of one namespace into objects, recording where the lists ended.
QString listNamespace(KubeClient &client, const Settings &settings, NamespaceObjects &objects,
                      QJsonObject &cursor, bool *cancelled)
{
    for (const QString &plural : {RolloutsPlural, RunsPlural}) {
        const QString path
            = KubeClient::collectionPath(Group, Version, objects.namespaceName, plural);
        // AnalysisRuns do not carry their Rollout's labels: all of them are read, and matched to
        // the Rollouts by their owner.
        const KubeList list
            = client.list(path, plural == RolloutsPlural ? settings.labelSelector : QString());
        if (list.cancelled) {
            *cancelled = true;
            return ArgoTr::tr("cancelled");
        }
        if (!list.ok())
            return inContext(objects.context, list.error);
        QMap<QString, QJsonObject> &into
            = plural == RolloutsPlural ? objects.rollouts : objects.runs;
        into.clear();
        for (const QJsonObject &item : list.items)
            into.insert(nameOf(item), item);
        cursor.insert(cursorKey(objects.context, objects.namespaceName, plural),
                      list.resourceVersion);
    }
    return {};
}

} // namespace

ArgoRolloutsSource::ArgoRolloutsSource(std::chrono::milliseconds flushInterval)
    : m_flushInterval(flushInterval)
{ }

SourceDescription ArgoRolloutsSource::staticDescription()
{
    using Type = SettingDescription::Type;
    SourceDescription d;
    d.kind = u"argo-rollouts"_s;
    d.displayName = ArgoTr::tr("Argo Rollouts");
    d.network = true;
    d.acceptsToken = false;
    d.settings = {
        {u"kubeconfig"_s,
         Type::Path,
         false,
         {},
         ArgoTr::tr("kubeconfig file, relative to the workspace file; empty: KUBECONFIG or "
                    "~/.kube/config, as kubectl reads them")},
        {u"contexts"_s,
         Type::StringList,
         false,
         {},
         ArgoTr::tr("kubeconfig contexts to read, several at once; empty: the current context")},
        {u"namespaces"_s,
         Type::StringList,
         false,
         {},
         ArgoTr::tr("Namespaces to read in each context; empty: the context's namespace, else "
                    "default")},
        {u"labelSelector"_s,
         Type::String,
         false,
         {},
         ArgoTr::tr("Kubernetes label selector for the Rollouts read, e.g. team=checkout")},
        {u"serviceLabel"_s, Type::String, false, u"app.kubernetes.io/name"_s,
         ArgoTr::tr("The Rollout's label naming its service; without it the app label, then the "
                    "Rollout's name")},
        {u"services"_s,
         Type::Map,
         false,
         {},
         ArgoTr::tr("Rollout name (or label value) to service name, overriding the labels")},
        {u"watch"_s, Type::Bool, false, true,
         ArgoTr::tr("Follow changes as they happen after each sync")},
    };
    return d;
}

FetchResult ArgoRolloutsSource::fetch(const SourceConfig &config, const Workspace &workspace,
                                      const FetchContext &context)
{
    FetchResult result;
    const Settings settings = readSettings(config, &workspace);
    const KubeConfig kube = loadKubeConfig(settings);
    if (!kube.error().isEmpty()) {
        result.error = ArgoTr::tr("Argo Rollouts: %1").arg(kube.error());
        return result;
    }
    const QStringList contexts
        = settings.contexts.isEmpty() ? QStringList {QString()} : settings.contexts;
    QJsonObject cursor;
    int done = 0;
    context.progress(done, -1);
    for (const QString &contextName : contexts) {
        QString error;
        const std::optional<KubeConnection> connection = kube.resolveContext(contextName, &error);
        if (!connection) {
            result.error = ArgoTr::tr("Argo Rollouts: %1").arg(error);
            return result;
        }
        KubeClient client(*connection, clientOptions(context), context.isCancelled);
        for (const QString &namespaceName : namespacesOf(settings, *connection)) {
            NamespaceObjects objects {
                connection->contextName,
                namespaceName,
                collectionUrl(
                    *connection,
                    KubeClient::collectionPath(Group, Version, namespaceName, RolloutsPlural)),
                {},
                {}};
            bool cancelled = false;
            const QString problem = listNamespace(client, settings, objects, cursor, &cancelled);
            if (!problem.isEmpty()) {
                result.error = problem;
                return result;
            }
            buildRows(objects, objects.rollouts.keys(), settings.naming, config.name,
                      result.batch.rollouts, result.diagnostics);
            context.progress(++done, -1);
        }
    }
    result.cursor = compact(cursor);
    return result;
}

ConnectionCheck ArgoRolloutsSource::checkConnection(const SourceConfig &config,
                                                    const FetchContext &context)
{
    ConnectionCheck check;
    const Settings settings = readSettings(config, nullptr);
    const KubeConfig kube = loadKubeConfig(settings);
    if (!kube.error().isEmpty()) {
        check.message = kube.error();
        return check;
    }
    const QStringList contexts
        = settings.contexts.isEmpty() ? QStringList {QString()} : settings.contexts;
    QStringList verdicts;
    bool allReached = true;
    bool allAuthenticated = true;
    for (const QString &contextName : contexts) {
        QString error;
        const std::optional<KubeConnection> connection = kube.resolveContext(contextName, &error);
        if (!connection) {
            verdicts.append(error);
            allReached = allAuthenticated = false;
            continue;
        }
        KubeClientOptions options = clientOptions(context);
        options.pageLimit = 1;
        KubeClient client(*connection, options, context.isCancelled);
        const QString path = KubeClient::collectionPath(
            Group, Version, namespacesOf(settings, *connection).constFirst(), RolloutsPlural);
        const KubeList list = client.list(path, settings.labelSelector, 1);
        const bool reached = list.ok() || list.status != 0;
        const bool authenticated
            = list.ok() || (list.status != 401 && list.status != 403 && reached);
        allReached = allReached && reached;
        allAuthenticated = allAuthenticated && authenticated;
        verdicts.append(list.ok()
                            ? ArgoTr::tr("context %1: Rollouts can be read at %2")
                                  .arg(connection->contextName, collectionUrl(*connection, path))
                            : inContext(connection->contextName, list.error));
    }
    check.reached = allReached;
    check.authenticated = allAuthenticated;
    check.message = verdicts.join(u"; "_s);
    return check;
}

namespace {

// What the watch streams share: every object seen, the rows changed since the last delivery,
// and where each stream is.
class WatchState
{
public:
    QMutex mutex;
    std::list<NamespaceObjects> namespaces; // stable addresses for the stream threads
    QSet<std::pair<NamespaceObjects *, QString>> dirty;
    QJsonObject cursor;
    bool cursorChanged = false;
    QString firstError;
    std::atomic<bool> stop = false;

    void markRun(NamespaceObjects &objects, const QJsonObject &run)
    {
        const QString owner = ownerOf(run);
        if (!owner.isEmpty() && objects.rollouts.contains(owner))
            dirty.insert({&objects, owner});
    }

    void apply(NamespaceObjects &objects, const QString &plural, const KubeWatchEvent &e)
    {
        const QMutexLocker lock(&mutex);
        const QString version
            = e.object.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
        if (!version.isEmpty()) {
            cursor.insert(cursorKey(objects.context, objects.namespaceName, plural), version);
            cursorChanged = true;
        }
        if (e.type == KubeWatchEvent::Type::Bookmark)
            return;
        const QString name = nameOf(e.object);
        const bool deleted = e.type == KubeWatchEvent::Type::Deleted;
        if (plural == RolloutsPlural) {
            if (deleted) {
                objects.rollouts.remove(name);
                dirty.remove({&objects, name});
            } else {
                objects.rollouts.insert(name, e.object);
                dirty.insert({&objects, name});
            }
            return;
        }
        const QJsonObject before = objects.runs.value(name);
        if (deleted)
            objects.runs.remove(name);
        else
            objects.runs.insert(name, e.object);
        markRun(objects, before);
        markRun(objects, e.object);
    }

    void replace(NamespaceObjects &objects, const QString &plural, const KubeList &list)
    {
        const QMutexLocker lock(&mutex);
        cursor.insert(cursorKey(objects.context, objects.namespaceName, plural),
                      list.resourceVersion);
        cursorChanged = true;
        QMap<QString, QJsonObject> fresh;
        for (const QJsonObject &item : list.items)
            fresh.insert(nameOf(item), item);
        if (plural == RolloutsPlural) {
            for (const QString &gone : objects.rollouts.keys()) {
                if (!fresh.contains(gone))
                    dirty.remove({&objects, gone});
            }
            objects.rollouts = fresh;
            for (const QString &name : fresh.keys())
                dirty.insert({&objects, name});
            return;
        }
        const QList<QJsonObject> before = objects.runs.values();
        objects.runs = fresh;
        for (const QJsonObject &run : before)
            markRun(objects, run);
        for (const QJsonObject &run : fresh)
            markRun(objects, run);
    }

    void fail(const QString &error)
    {
        const QMutexLocker lock(&mutex);
        if (firstError.isEmpty())
            firstError = error;
        stop = true;
    }

    // The delivery of what changed since the last one; nullopt when nothing did.
    std::optional<WatchDelivery> take(const ArgoRollouts::ServiceNaming &naming,
                                      const QString &sourceName)
    {
        const QMutexLocker lock(&mutex);
        if (dirty.isEmpty() && !cursorChanged)
            return std::nullopt;
        WatchDelivery delivery;
        QHash<NamespaceObjects *, QStringList> names;
        for (const auto &[objects, name] : std::as_const(dirty))
            names[objects].append(name);
        for (auto it = names.begin(); it != names.end(); ++it) {
            it.value().sort();
            buildRows(*it.key(), it.value(), naming, sourceName, delivery.batch.rollouts,
                      delivery.diagnostics);
        }
        dirty.clear();
        cursorChanged = false;
        delivery.cursor = compact(cursor);
        return delivery;
    }
};

} // namespace

QString ArgoRolloutsSource::watch(const SourceConfig &config, const Workspace &workspace,
                                  const FetchContext &context,
                                  const std::function<void(WatchDelivery &&)> &deliver)
{
    const Settings settings = readSettings(config, &workspace);
    const KubeConfig kube = loadKubeConfig(settings);
    if (!kube.error().isEmpty())
        return ArgoTr::tr("Argo Rollouts: %1").arg(kube.error());
    const QJsonObject previous = QJsonDocument::fromJson(context.previousCursor.toUtf8()).object();
    const QStringList contexts
        = settings.contexts.isEmpty() ? QStringList {QString()} : settings.contexts;
    WatchState state;
    state.cursor = previous;
    const auto isStopped = [&state, &context] {
        return state.stop.load() || context.isCancelled();
    };

    struct Stream
    {
        KubeConnection connection;
        NamespaceObjects *objects;
        QString plural;
        QString resourceVersion;
    };
    QList<Stream> streams;
    for (const QString &contextName : contexts) {
        QString error;
        const std::optional<KubeConnection> connection = kube.resolveContext(contextName, &error);
        if (!connection)
            return ArgoTr::tr("Argo Rollouts: %1").arg(error);
        KubeClient client(*connection, clientOptions(context), isStopped);
        for (const QString &namespaceName : namespacesOf(settings, *connection)) {
            NamespaceObjects &objects = state.namespaces.emplace_back();
            objects.context = connection->contextName;
            objects.namespaceName = namespaceName;
            objects.where = collectionUrl(
                *connection,
                KubeClient::collectionPath(Group, Version, namespaceName, RolloutsPlural));
            QStringList versions;
            for (const QString &plural : {RolloutsPlural, RunsPlural}) {
                versions.append(
                    previous.value(cursorKey(objects.context, namespaceName, plural)).toString());
            }
            // A change of either resource needs the other's objects to make a row, so where the
            // watch resumes from the cursor, both are read first. The changes between the cursor
            // and these lists then come again, in order, ending at the newest state.
            if (!versions[0].isEmpty() && !versions[1].isEmpty()) {
                QJsonObject seeded;
                bool cancelled = false;
                const QString problem
                    = listNamespace(client, settings, objects, seeded, &cancelled);
                if (cancelled || context.isCancelled())
                    return {};
                if (!problem.isEmpty())
                    return problem;
            } else {
                versions = {QString(), QString()}; // each stream lists first
            }
            streams.append({*connection, &objects, RolloutsPlural, versions[0]});
            streams.append({*connection, &objects, RunsPlural, versions[1]});
        }
    }

    std::vector<std::thread> threads;
    threads.reserve(size_t(streams.size()));
    for (const Stream &stream : std::as_const(streams)) {
        threads.emplace_back([&state, &settings, &context, isStopped, stream] {
            KubeClient client(stream.connection, clientOptions(context), isStopped);
            NamespaceObjects &objects = *stream.objects;
            KubeWatchHandlers handlers;
            handlers.snapshot = [&](const KubeList &list) {
                state.replace(objects, stream.plural, list);
            };
            handlers.event = [&](const KubeWatchEvent &e) {
                state.apply(objects, stream.plural, e);
            };
            const QString error = client.watch(
                KubeClient::collectionPath(Group, Version, objects.namespaceName, stream.plural),
                stream.plural == RolloutsPlural ? settings.labelSelector : QString(),
                stream.resourceVersion, handlers);
            if (!error.isEmpty())
                state.fail(inContext(objects.context, error));
        });
    }

    // This thread delivers: at most once per interval, everything that changed meanwhile.
    QElapsedTimer sinceDelivery;
    bool delivered = false;
    const qint64 intervalMs = m_flushInterval.count();
    const ulong pollMs = ulong(std::clamp<qint64>(intervalMs / 5, 1, 25));
    while (!isStopped()) {
        if (!delivered || sinceDelivery.elapsed() >= intervalMs) {
            if (std::optional<WatchDelivery> delivery = state.take(settings.naming, config.name)) {
                deliver(std::move(*delivery));
                sinceDelivery.start();
                delivered = true;
            }
        }
        QThread::msleep(pollMs);
    }
    state.stop = true;
    for (std::thread &thread : threads)
        thread.join();
    if (context.isCancelled())
        return {};
    const QMutexLocker lock(&state.mutex);
    return state.firstError;
}

} // namespace Signalbox

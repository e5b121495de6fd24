#include "catalogdiscoverer.h"

#include "discoveryyaml.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

// An entity reference: [kind:][namespace/]name.
struct EntityRef
{
    QString kind;
    QString name;
};

EntityRef parseRef(const QString &text, const QString &defaultKind)
{
    EntityRef ref {defaultKind, text.trimmed()};
    const qsizetype colon = ref.name.indexOf(u':');
    if (colon >= 0) {
        ref.kind = ref.name.left(colon).toLower();
        ref.name = ref.name.mid(colon + 1);
    }
    const qsizetype slash = ref.name.lastIndexOf(u'/');
    if (slash >= 0)
        ref.name = ref.name.mid(slash + 1);
    return ref;
}

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
}

ServiceKind componentKind(const QString &type)
{
    const QString t = type.toLower();
    if (t == u"website"_s || t == u"frontend"_s || t == u"web"_s)
        return ServiceKind::Frontend;
    if (t == u"gateway"_s || t == u"api-gateway"_s)
        return ServiceKind::Gateway;
    if (t == u"service"_s || t == u"backend"_s)
        return ServiceKind::Service;
    return ServiceKind::Unknown;
}

ServiceKind resourceKind(const QString &type)
{
    static const QStringList datastores {u"database"_s,  u"db"_s,     u"datastore"_s, u"cache"_s,
                                         u"postgres"_s,  u"mysql"_s,  u"redis"_s,     u"mongodb"_s,
                                         u"s3-bucket"_s, u"storage"_s};
    static const QStringList brokers {u"queue"_s,       u"topic"_s,    u"broker"_s,
                                      u"kafka"_s,       u"rabbitmq"_s, u"message-broker"_s,
                                      u"kafka-topic"_s, u"sqs"_s,      u"pubsub"_s};
    static const QStringList observability {u"observability"_s, u"monitoring"_s, u"logging"_s,
                                            u"metrics"_s, u"tracing"_s};
    const QString t = type.toLower();
    if (datastores.contains(t))
        return ServiceKind::Datastore;
    if (brokers.contains(t))
        return ServiceKind::Broker;
    if (observability.contains(t))
        return ServiceKind::Observability;
    return ServiceKind::Unknown;
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

// A reference made by a service, resolved once every file is read: the provider may be declared
// in another catalog file, and an API's provider is known only from its providesApis.
struct PendingEdge
{
    QString consumer;
    EntityRef provider;
    Evidence evidence;
};

struct Catalog
{
    DiscoveryResult result;
    QHash<QString, qsizetype> serviceIndex;
    QHash<QString, QPair<QString, Evidence>> apiProviders; // API -> component, providesApis line
    QList<PendingEdge> pending;

    void readRefs(const SourceFile &file, const QString &consumer, const YAML::Node &list,
                  const QString &defaultKind)
    {
        if (!list)
            return;
        const auto add = [&](const YAML::Node &item) {
            const QString text = scalar(item);
            if (!text.isEmpty())
                pending.append(
                    {consumer, parseRef(text, defaultKind), evidenceAt(file, lineOf(item))});
        };
        if (list.IsSequence()) {
            for (const YAML::Node &item : list)
                add(item);
        } else {
            add(list);
        }
    }

    void readEntity(const SourceFile &file, const YAML::Node &doc)
    {
        if (!doc.IsMap())
            return;
        const QString kind = scalar(doc["kind"]);
        if (kind != u"Component"_s && kind != u"Resource"_s && kind != u"API"_s
            && kind != u"System"_s)
            return; // Group, User, Location, Template…: not part of the service map
        const YAML::Node metadata = doc["metadata"];
        const YAML::Node nameNode = metadata && metadata.IsMap() ? metadata["name"] : YAML::Node();
        const QString name = scalar(nameNode);
        if (name.isEmpty()) {
            result.problems.append({file.repository, file.path,
                                    DiscoveryTr::tr("line %1: a %2 without metadata.name")
                                        .arg(lineOf(doc))
                                        .arg(kind)});
            return;
        }
        const YAML::Node spec = doc["spec"].IsMap() ? doc["spec"] : YAML::Node();
        const auto field = [&](const char *key) {
            return spec ? scalar(spec[key]) : QString();
        };
        if (kind == u"System"_s)
            return; // a service names its system itself
        if (kind == u"API"_s)
            return; // its provider is known from the components' providesApis
        DiscoveredService service;
        service.name = name;
        service.owner = parseRef(field("owner"), {}).name;
        service.system = parseRef(field("system"), {}).name;
        service.lifecycle = field("lifecycle");
        service.origin = DiscoveryOrigin::Catalog;
        service.evidence = {evidenceAt(file, lineOf(nameNode))};
        if (kind == u"Component"_s) {
            service.kind = componentKind(field("type"));
            service.path = folderOf(file.path);
        } else {
            service.kind = resourceKind(field("type"));
        }
        if (serviceIndex.contains(name)) {
            result.services[serviceIndex.value(name)].evidence.append(service.evidence);
        } else {
            serviceIndex.insert(name, result.services.size());
            result.services.append(service);
        }
        if (!spec)
            return;
        readRefs(file, name, spec["dependsOn"], u"component"_s);
        readRefs(file, name, spec["consumesApis"], u"api"_s);
        if (const YAML::Node provides = spec["providesApis"]; provides && kind == u"Component"_s) {
            const auto add = [&](const YAML::Node &item) {
                const QString api = parseRef(scalar(item), u"api"_s).name;
                if (!api.isEmpty() && !apiProviders.contains(api))
                    apiProviders.insert(api, {name, evidenceAt(file, lineOf(item))});
            };
            if (provides.IsSequence()) {
                for (const YAML::Node &item : provides)
                    add(item);
            } else {
                add(provides);
            }
        }
    }

    void resolve()
    {
        for (const PendingEdge &p : std::as_const(pending)) {
            DiscoveredDependency edge;
            edge.consumer = p.consumer;
            edge.origin = DiscoveryOrigin::Catalog;
            edge.evidence = {p.evidence};
            if (p.provider.kind == u"api"_s) {
                const auto provider = apiProviders.constFind(p.provider.name);
                if (provider == apiProviders.constEnd()) {
                    qCDebug(lcDiscovery) << "no component provides the API" << p.provider.name;
                    continue;
                }
                edge.provider = provider->first;
                edge.kind = DependencyKind::Sync;
                edge.evidence.append(provider->second);
            } else {
                edge.provider = p.provider.name;
                const auto index = serviceIndex.constFind(p.provider.name);
                const ServiceKind providerKind = index == serviceIndex.constEnd()
                    ? ServiceKind::Unknown
                    : result.services.at(*index).kind;
                if (providerKind == ServiceKind::Datastore)
                    edge.kind = DependencyKind::Datastore;
                else if (providerKind == ServiceKind::Broker)
                    edge.kind = DependencyKind::Async;
                else if (p.provider.kind == u"component"_s)
                    edge.kind = DependencyKind::Sync;
                else if (p.provider.kind == u"resource"_s)
                    edge.kind = DependencyKind::Datastore;
            }
            if (edge.provider == edge.consumer)
                continue;
            // the same edge from dependsOn and consumesApis: one edge, both lines as evidence
            bool merged = false;
            for (DiscoveredDependency &existing : result.dependencies) {
                if (existing.consumer == edge.consumer && existing.provider == edge.provider) {
                    existing.evidence.append(edge.evidence);
                    merged = true;
                    break;
                }
            }
            if (!merged)
                result.dependencies.append(edge);
        }
    }
};

} // namespace

bool isCatalogFile(const QString &path)
{
    const QString name = path.mid(path.lastIndexOf(u'/') + 1);
    return name == u"catalog-info.yaml"_s || name == u"catalog-info.yml"_s;
}

DiscoveryResult discoverCatalog(const QList<SourceFile> &files)
{
    Catalog catalog;
    for (const SourceFile &file : files) {
        std::vector<YAML::Node> documents;
        try {
            documents = YAML::LoadAll(file.content.toStdString());
        } catch (const YAML::Exception &e) {
            catalog.result.problems.append(yamlProblem(file, e));
            continue;
        }
        for (const YAML::Node &doc : documents) {
            try {
                catalog.readEntity(file, doc);
            } catch (const YAML::Exception &e) {
                catalog.result.problems.append(yamlProblem(file, e));
            }
        }
    }
    catalog.resolve();
    return catalog.result;
}

} // namespace Signalbox

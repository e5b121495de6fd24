#include "kubernetesdiscoverer.h"

#include "composediscoverer.h"
#include "discoverysupport.h"

#include <QDir>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Signalbox {

using namespace DiscoverySupport;

namespace {

struct EnvValue
{
    QString key;
    QString value;
    Evidence evidence;
};

struct ConfigMapRef
{
    QString name;
    QString key; // empty: every entry (envFrom)
};

struct Workload
{
    QString name;
    QString ns;
    QString folder;
    QMap<QString, QString> podLabels;
    ServiceKind kind = ServiceKind::Service;
    QList<Evidence> evidence;
    QList<EnvValue> env;
    QList<ConfigMapRef> configMaps;
};

struct KubeService
{
    QString name;
    QString ns;
    QString folder;
    QMap<QString, QString> selector;
    QList<Evidence> evidence;
    QString workload; // the workload it selects, when there is one here
};

struct ConfigMap
{
    QString name;
    QString ns;
    QList<EnvValue> data;
};

struct Chart
{
    QString repository;
    QString folder;
    QString name;
    Evidence evidence;
    const SourceFile *values = nullptr;
    std::optional<YamlFile> valuesYaml;
    ServiceKind kind = ServiceKind::Service;
};

const QStringList kustomizationNames
    = {u"kustomization.yaml"_s, u"kustomization.yml"_s, u"Kustomization"_s};

QString fileKey(const QString &repository, const QString &path)
{
    return repository + u'\n' + path;
}

bool namespacesAgree(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || a == b;
}

bool isRemote(const QString &entry)
{
    return entry.contains(u"://"_s) || entry.startsWith(u"github.com/"_s)
        || entry.startsWith(u"git@"_s) || entry.contains(u"?ref="_s);
}

class KubernetesReader
{
public:
    KubernetesReader(const QList<SourceFile> &files, DiscoveryResult &result)
        : m_files(files)
        , m_result(result)
    { }

    void run()
    {
        for (const SourceFile &file : m_files)
            m_byKey.insert(fileKey(file.repository, file.path), &file);
        for (const SourceFile &file : m_files) {
            if (fileNameOf(file.path) == u"Chart.yaml")
                guarded(file, [&] { readChart(file); });
        }
        for (const SourceFile &file : m_files) {
            if (kustomizationNames.contains(fileNameOf(file.path)))
                guarded(file, [&] {
                    QStringList stack;
                    walkKustomization(file, stack);
                });
        }
        for (const SourceFile &file : m_files) {
            if (isManifestCandidate(file))
                guarded(file, [&] { readManifests(file); });
        }
        for (Chart &chart : m_charts) {
            if (chart.values)
                guarded(*chart.values, [&] { readValues(chart); });
        }
        mapServices();
        publishServices();
        publishWorkloadEdges();
        for (const Chart &chart : std::as_const(m_charts)) {
            if (chart.valuesYaml)
                guarded(*chart.values, [&] { publishValueEdges(chart); });
        }
    }

private:
    // yaml-cpp throws on conversions the checks should have ruled out; a scan goes on whatever
    // a file holds.
    template<typename F>
    void guarded(const SourceFile &file, F &&f)
    {
        try {
            f();
        } catch (const YAML::Exception &e) {
            m_result.problems.append(
                problemFor(file, Tr::tr("could not read: %1").arg(QString::fromStdString(e.msg))));
        }
    }

    const Chart *chartAt(const QString &repository, const QString &folder) const
    {
        for (const Chart &chart : m_charts) {
            if (chart.repository == repository && chart.folder == folder)
                return &chart;
        }
        return nullptr;
    }

    bool isInChartTemplates(const SourceFile &file) const
    {
        const QStringList segments = file.path.split(u'/');
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            if (segments.at(i) == u"templates"
                && chartAt(file.repository, segments.mid(0, i).join(u'/')))
                return true;
        }
        return false;
    }

    bool isManifestCandidate(const SourceFile &file) const
    {
        const QString name = fileNameOf(file.path);
        if (!name.endsWith(u".yaml"_s) && !name.endsWith(u".yml"_s))
            return false;
        if (isComposeFileName(name) || kustomizationNames.contains(name) || name == u"Chart.yaml"
            || name == u".gitlab-ci.yml" || name == u"catalog-info.yaml"
            || name == u"catalog-info.yml")
            return false;
        if ((name == u"values.yaml" || name == u"values.yml")
            && chartAt(file.repository, folderOf(file.path)))
            return false;
        for (const QString &segment : file.path.split(u'/')) {
            if (segment == u".github" || segment == u".circleci" || segment == u".tekton")
                return false;
        }
        return !isInChartTemplates(file);
    }

    // Helm ----------------------------------------------------------------------------------

    void readChart(const SourceFile &file)
    {
        const std::optional<YamlFile> yaml = YamlFile::load(file, m_result.problems);
        if (!yaml || yaml->documents().isEmpty())
            return;
        const YAML::Node root = yaml->documents().first();
        const YAML::Node name = child(root, "name");
        const std::optional<QString> text = scalar(name);
        if (!text || text->isEmpty()) {
            yaml->problem(root, Tr::tr("a Helm chart without a name"), m_result.problems);
            return;
        }
        Chart chart;
        chart.repository = file.repository;
        chart.folder = folderOf(file.path);
        chart.name = *text;
        chart.evidence = yaml->evidenceAt(name);
        const QString prefix = chart.folder.isEmpty() ? QString() : chart.folder + u'/';
        chart.values = m_byKey.value(fileKey(file.repository, prefix + u"values.yaml"_s));
        if (!chart.values)
            chart.values = m_byKey.value(fileKey(file.repository, prefix + u"values.yml"_s));
        m_charts.append(chart);
    }

    void readValues(Chart &chart)
    {
        chart.valuesYaml = YamlFile::load(*chart.values, m_result.problems);
        if (!chart.valuesYaml || chart.valuesYaml->documents().isEmpty())
            return;
        const YAML::Node image = child(chart.valuesYaml->documents().first(), "image");
        std::optional<QString> name = scalar(image);
        if (!name)
            name = scalar(child(image, "repository"));
        if (name && !name->contains(u"{{"_s))
            chart.kind = kindFromImage(*name);
    }

    void publishValueEdges(const Chart &chart)
    {
        for (const YAML::Node &document : chart.valuesYaml->documents())
            walkValues(*chart.valuesYaml, chart, document, QString());
    }

    void walkValues(const YamlFile &yaml, const Chart &chart, const YAML::Node &node,
                    const QString &key)
    {
        if (node.IsMap()) {
            for (const auto &entry : node)
                walkValues(yaml, chart, entry.second, scalar(entry.first).value_or(QString()));
        } else if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                walkValues(yaml, chart, item, key);
        } else if (const std::optional<QString> text = scalar(node)) {
            if (text->contains(u"{{"_s))
                return;
            for (const QString &host : hostsIn(key, *text)) {
                const QString provider = resolveHost(host, QString());
                if (!provider.isEmpty())
                    edge(chart.name, provider, yaml.evidenceAt(node), DiscoveryOrigin::Helm);
            }
        }
    }

    // Kustomize -------------------------------------------------------------------------------

    const SourceFile *kustomizationIn(const QString &repository, const QString &folder) const
    {
        for (const QString &name : kustomizationNames) {
            if (const SourceFile *file = m_byKey.value(fileKey(repository, folder + u'/' + name)))
                return file;
        }
        return nullptr;
    }

    bool hasFilesUnder(const QString &repository, const QString &folder) const
    {
        const QString prefix = folder + u'/';
        for (const SourceFile &file : m_files) {
            if (file.repository == repository && file.path.startsWith(prefix))
                return true;
        }
        return false;
    }

    void walkKustomization(const SourceFile &file, QStringList &stack)
    {
        const QString key = fileKey(file.repository, file.path);
        if (m_visitedKustomizations.contains(key))
            return;
        m_visitedKustomizations.insert(key);
        stack.append(key);
        const std::optional<YamlFile> yaml = YamlFile::load(file, m_result.problems);
        if (yaml && !yaml->documents().isEmpty()) {
            const YAML::Node root = yaml->documents().first();
            if (!root.IsMap() && !root.IsNull())
                yaml->problem(root,
                              Tr::tr("expected a map at the top, found %1").arg(describe(root)),
                              m_result.problems);
            for (const char *field : {"resources", "bases", "components"}) {
                const YAML::Node list = child(root, field);
                if (!list.IsDefined() || list.IsNull())
                    continue;
                if (!list.IsSequence()) {
                    yaml->problem(list,
                                  Tr::tr("%1: expected a list, found %2")
                                      .arg(QLatin1StringView(field), describe(list)),
                                  m_result.problems);
                    continue;
                }
                for (const YAML::Node &item : list)
                    followEntry(*yaml, QLatin1StringView(field), item, stack);
            }
        }
        stack.removeLast();
    }

    void followEntry(const YamlFile &yaml, QLatin1StringView field, const YAML::Node &item,
                     QStringList &stack)
    {
        const SourceFile &file = yaml.file();
        const std::optional<QString> entry = scalar(item);
        if (!entry || entry->isEmpty()) {
            yaml.problem(item, Tr::tr("%1: expected a path, found %2").arg(field, describe(item)),
                         m_result.problems);
            return;
        }
        if (isRemote(*entry)) {
            yaml.problem(item, Tr::tr("%1: %2 is remote and was not read").arg(field, *entry),
                         m_result.problems);
            return;
        }
        const QString folder = folderOf(file.path);
        const QString target = QDir::cleanPath(folder.isEmpty() ? *entry : folder + u'/' + *entry);
        if (target == u".." || target.startsWith(u"../"_s) || target.startsWith(u'/')) {
            yaml.problem(item, Tr::tr("%1: %2 is outside the repository").arg(field, *entry),
                         m_result.problems);
            return;
        }
        if (m_byKey.contains(fileKey(file.repository, target)))
            return; // a manifest: every manifest is read anyway, once
        if (const SourceFile *base = kustomizationIn(file.repository, target)) {
            const QString baseKey = fileKey(base->repository, base->path);
            if (stack.contains(baseKey)) {
                yaml.problem(
                    item,
                    Tr::tr("%1: %2 leads back to this kustomization (a cycle)").arg(field, *entry),
                    m_result.problems);
                return;
            }
            walkKustomization(*base, stack);
            return;
        }
        if (hasFilesUnder(file.repository, target)) {
            yaml.problem(item, Tr::tr("%1: the folder %2 has no kustomization").arg(field, *entry),
                         m_result.problems);
            return;
        }
        yaml.problem(item, Tr::tr("%1: %2 is not in the repository").arg(field, *entry),
                     m_result.problems);
    }

    // Manifests -------------------------------------------------------------------------------

    void readManifests(const SourceFile &file)
    {
        const std::optional<YamlFile> yaml = YamlFile::load(file, m_result.problems);
        if (!yaml)
            return;
        for (const YAML::Node &document : yaml->documents())
            readObject(*yaml, document);
    }

    void readObject(const YamlFile &yaml, const YAML::Node &node)
    {
        const std::optional<QString> kind = scalar(child(node, "kind"));
        if (!kind)
            return; // not a Kubernetes object: some other YAML file
        if (*kind == u"List") {
            const YAML::Node items = child(node, "items");
            if (items.IsSequence()) {
                for (const YAML::Node &item : items)
                    readObject(yaml, item);
            } else if (items.IsDefined() && !items.IsNull()) {
                yaml.problem(items, Tr::tr("items: expected a list, found %1").arg(describe(items)),
                             m_result.problems);
            }
        } else if (*kind == u"Deployment" || *kind == u"StatefulSet" || *kind == u"DaemonSet") {
            readWorkload(yaml, *kind, node);
        } else if (*kind == u"Service") {
            readService(yaml, node);
        } else if (*kind == u"ConfigMap") {
            readConfigMap(yaml, node);
        }
    }

    // Reports and returns nothing unless the node is a map (or absent).
    bool expectMap(const YamlFile &yaml, const YAML::Node &node, const QString &what)
    {
        if (!node.IsDefined() || node.IsNull() || node.IsMap())
            return true;
        yaml.problem(node, Tr::tr("%1: expected a map, found %2").arg(what, describe(node)),
                     m_result.problems);
        return false;
    }

    bool expectList(const YamlFile &yaml, const YAML::Node &node, const QString &what)
    {
        if (!node.IsDefined() || node.IsNull() || node.IsSequence())
            return true;
        yaml.problem(node, Tr::tr("%1: expected a list, found %2").arg(what, describe(node)),
                     m_result.problems);
        return false;
    }

    QMap<QString, QString> labelsOf(const YamlFile &yaml, const YAML::Node &node,
                                    const QString &what)
    {
        QMap<QString, QString> labels;
        if (!expectMap(yaml, node, what) || !node.IsMap())
            return labels;
        for (const auto &entry : node) {
            const std::optional<QString> key = scalar(entry.first);
            const std::optional<QString> value = scalar(entry.second);
            if (key && value)
                labels.insert(*key, *value);
        }
        return labels;
    }

    void readWorkload(const YamlFile &yaml, const QString &kind, const YAML::Node &node)
    {
        const YAML::Node metadata = child(node, "metadata");
        if (!metadata.IsMap()) {
            yaml.problem(
                metadata.IsDefined() ? metadata : node,
                Tr::tr("%1: metadata: expected a map, found %2").arg(kind, describe(metadata)),
                m_result.problems);
            return;
        }
        const YAML::Node spec = child(node, "spec");
        const YAML::Node tmpl = child(spec, "template");
        if (!expectMap(yaml, spec, kind + u".spec"_s)
            || !expectMap(yaml, tmpl, kind + u".spec.template"_s))
            return;
        const QMap<QString, QString> labels
            = labelsOf(yaml, child(metadata, "labels"), kind + u".metadata.labels"_s);
        const QMap<QString, QString> podLabels
            = labelsOf(yaml, child(child(tmpl, "metadata"), "labels"),
                       kind + u".spec.template.metadata.labels"_s);

        YAML::Node nameNode = child(metadata, "name");
        std::optional<QString> name = scalar(nameNode);
        if (!name || name->isEmpty()) {
            for (const YAML::Node &labelMap :
                 {child(metadata, "labels"), child(child(tmpl, "metadata"), "labels")}) {
                for (const char *label : {"app.kubernetes.io/name", "app"}) {
                    if (!name || name->isEmpty()) {
                        nameNode = child(labelMap, label);
                        name = scalar(nameNode);
                    }
                }
            }
        }
        if (!name || name->isEmpty()) {
            yaml.problem(metadata, Tr::tr("a %1 without a name").arg(kind), m_result.problems);
            return;
        }

        Workload &w = workload(*name);
        if (w.folder.isEmpty())
            w.folder = folderOf(yaml.file().path);
        if (const std::optional<QString> ns = scalar(child(metadata, "namespace")))
            w.ns = *ns;
        for (auto it = podLabels.begin(); it != podLabels.end(); ++it)
            w.podLabels.insert(it.key(), it.value());
        const Evidence evidence = yaml.evidenceAt(nameNode);
        if (!w.evidence.contains(evidence))
            w.evidence.append(evidence);

        const YAML::Node podSpec = child(tmpl, "spec");
        if (!expectMap(yaml, podSpec, kind + u".spec.template.spec"_s))
            return;
        for (const char *field : {"initContainers", "containers"}) {
            const YAML::Node containers = child(podSpec, field);
            if (!expectList(yaml, containers, QLatin1StringView(field)) || !containers.IsSequence())
                continue;
            for (const YAML::Node &container : containers) {
                if (!expectMap(yaml, container, QLatin1StringView(field)) || !container.IsMap())
                    continue;
                readContainer(yaml, w, container);
            }
        }
    }

    void readContainer(const YamlFile &yaml, Workload &w, const YAML::Node &container)
    {
        if (const std::optional<QString> image = scalar(child(container, "image"))) {
            const ServiceKind kind = kindFromImage(*image);
            if (w.kind == ServiceKind::Service)
                w.kind = kind;
        }
        const YAML::Node env = child(container, "env");
        if (expectList(yaml, env, u"env"_s) && env.IsSequence()) {
            for (const YAML::Node &item : env) {
                if (!expectMap(yaml, item, u"env"_s) || !item.IsMap())
                    continue;
                const QString key = scalar(child(item, "name")).value_or(QString());
                const YAML::Node value = child(item, "value");
                if (const std::optional<QString> text = scalar(value)) {
                    w.env.append(EnvValue {key, *text, yaml.evidenceAt(value)});
                    continue;
                }
                const YAML::Node ref = child(child(item, "valueFrom"), "configMapKeyRef");
                const std::optional<QString> map = scalar(child(ref, "name"));
                const std::optional<QString> mapKey = scalar(child(ref, "key"));
                if (map && mapKey)
                    w.configMaps.append(ConfigMapRef {*map, *mapKey});
            }
        }
        const YAML::Node envFrom = child(container, "envFrom");
        if (expectList(yaml, envFrom, u"envFrom"_s) && envFrom.IsSequence()) {
            for (const YAML::Node &item : envFrom) {
                if (const std::optional<QString> map
                    = scalar(child(child(item, "configMapRef"), "name")))
                    w.configMaps.append(ConfigMapRef {*map, QString()});
            }
        }
    }

    Workload &workload(const QString &name)
    {
        for (Workload &w : m_workloads) {
            if (w.name == name)
                return w;
        }
        Workload w;
        w.name = name;
        m_workloads.append(w);
        return m_workloads.last();
    }

    void readService(const YamlFile &yaml, const YAML::Node &node)
    {
        const YAML::Node metadata = child(node, "metadata");
        const YAML::Node nameNode = child(metadata, "name");
        const std::optional<QString> name = scalar(nameNode);
        if (!name || name->isEmpty()) {
            yaml.problem(metadata.IsDefined() ? metadata : node, Tr::tr("a Service without a name"),
                         m_result.problems);
            return;
        }
        const QString ns = scalar(child(metadata, "namespace")).value_or(QString());
        const YAML::Node spec = child(node, "spec");
        if (!expectMap(yaml, spec, u"Service.spec"_s))
            return;
        const QMap<QString, QString> selector
            = labelsOf(yaml, child(spec, "selector"), u"Service.spec.selector"_s);
        KubeService *service = nullptr;
        for (KubeService &known : m_services) {
            if (known.name == *name && known.ns == ns)
                service = &known;
        }
        if (!service) {
            m_services.append(KubeService {*name, ns, folderOf(yaml.file().path), {}, {}, {}});
            service = &m_services.last();
        }
        for (auto it = selector.begin(); it != selector.end(); ++it)
            service->selector.insert(it.key(), it.value());
        const Evidence evidence = yaml.evidenceAt(nameNode);
        if (!service->evidence.contains(evidence))
            service->evidence.append(evidence);
    }

    void readConfigMap(const YamlFile &yaml, const YAML::Node &node)
    {
        const YAML::Node metadata = child(node, "metadata");
        const std::optional<QString> name = scalar(child(metadata, "name"));
        if (!name)
            return;
        ConfigMap map {*name, scalar(child(metadata, "namespace")).value_or(QString()), {}};
        const YAML::Node data = child(node, "data");
        if (!expectMap(yaml, data, u"ConfigMap.data"_s) || !data.IsMap())
            return;
        for (const auto &entry : data) {
            const std::optional<QString> key = scalar(entry.first);
            const std::optional<QString> value = scalar(entry.second);
            if (key && value)
                map.data.append(EnvValue {*key, *value, yaml.evidenceAt(entry.first)});
        }
        m_configMaps.append(map);
    }

    // Resolution ------------------------------------------------------------------------------

    void mapServices()
    {
        for (KubeService &service : m_services) {
            if (service.selector.isEmpty())
                continue;
            for (const Workload &w : std::as_const(m_workloads)) {
                if (!namespacesAgree(service.ns, w.ns))
                    continue;
                bool selects = true;
                for (auto it = service.selector.begin(); it != service.selector.end() && selects;
                     ++it)
                    selects = w.podLabels.value(it.key()) == it.value();
                if (selects) {
                    service.workload = w.name;
                    break;
                }
            }
        }
    }

    void publishServices()
    {
        for (const Workload &w : std::as_const(m_workloads)) {
            DiscoveredService out;
            out.name = w.name;
            out.kind = w.kind;
            out.path = w.folder;
            out.origin = DiscoveryOrigin::Kubernetes;
            out.evidence = w.evidence;
            for (const KubeService &service : std::as_const(m_services)) {
                if (service.workload == w.name)
                    out.evidence.append(service.evidence);
            }
            addService(m_result, std::move(out));
        }
        for (const KubeService &service : std::as_const(m_services)) {
            if (!service.workload.isEmpty())
                continue;
            addService(m_result,
                       DiscoveredService {service.name,
                                          ServiceKind::Service,
                                          {},
                                          {},
                                          {},
                                          service.folder,
                                          DiscoveryOrigin::Kubernetes,
                                          service.evidence});
        }
        for (const Chart &chart : std::as_const(m_charts)) {
            addService(m_result,
                       DiscoveredService {chart.name,
                                          chart.kind,
                                          {},
                                          {},
                                          {},
                                          chart.folder,
                                          DiscoveryOrigin::Helm,
                                          {chart.evidence}});
        }
    }

    // The service a DNS name inside the cluster points at: <svc>, <svc>.<ns> or
    // <svc>.<ns>.svc[.<cluster domain>]; empty when it names nothing known.
    QString resolveHost(const QString &host, const QString &consumerNs) const
    {
        const QStringList parts = host.split(u'.');
        if (parts.size() >= 3 && parts.at(2) != u"svc")
            return {};
        const QString name = parts.first();
        const QString ns = parts.value(1);
        const KubeService *best = nullptr;
        for (const KubeService &service : m_services) {
            if (service.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            // "<svc>.<ns>" could be any domain: only a Service that states its namespace counts.
            if (parts.size() == 2 ? service.ns != ns : !namespacesAgree(service.ns, ns))
                continue;
            if (!best || (ns.isEmpty() && service.ns == consumerNs && best->ns != consumerNs))
                best = &service;
        }
        if (best)
            return best->workload.isEmpty() ? best->name : best->workload;
        if (parts.size() == 2)
            return {};
        for (const Workload &w : m_workloads) {
            if (w.name.compare(name, Qt::CaseInsensitive) == 0 && namespacesAgree(w.ns, ns))
                return w.name;
        }
        for (const Chart &chart : m_charts) {
            if (chart.name.compare(name, Qt::CaseInsensitive) == 0)
                return chart.name;
        }
        return {};
    }

    void publishWorkloadEdges()
    {
        for (const Workload &w : std::as_const(m_workloads)) {
            QList<EnvValue> values = w.env;
            for (const ConfigMapRef &ref : w.configMaps) {
                for (const ConfigMap &map : std::as_const(m_configMaps)) {
                    if (map.name != ref.name || !namespacesAgree(map.ns, w.ns))
                        continue;
                    for (const EnvValue &entry : map.data) {
                        if (ref.key.isEmpty() || ref.key == entry.key)
                            values.append(entry);
                    }
                }
            }
            for (const EnvValue &value : std::as_const(values)) {
                for (const QString &host : hostsIn(value.key, value.value)) {
                    const QString provider = resolveHost(host, w.ns);
                    if (!provider.isEmpty())
                        edge(w.name, provider, value.evidence, DiscoveryOrigin::Kubernetes);
                }
            }
        }
    }

    void edge(const QString &consumer, const QString &provider, const Evidence &evidence,
              DiscoveryOrigin origin)
    {
        if (consumer == provider)
            return;
        ServiceKind kind = ServiceKind::Service;
        for (const DiscoveredService &s : std::as_const(m_result.services)) {
            if (s.name == provider)
                kind = s.kind;
        }
        addDependency(
            m_result,
            DiscoveredDependency {consumer, provider, dependencyKindFor(kind), origin, {evidence}});
    }

    const QList<SourceFile> &m_files;
    DiscoveryResult &m_result;
    QHash<QString, const SourceFile *> m_byKey;
    QSet<QString> m_visitedKustomizations;
    QList<Chart> m_charts;
    QList<Workload> m_workloads;
    QList<KubeService> m_services;
    QList<ConfigMap> m_configMaps;
};

} // namespace

DiscoveryResult discoverKubernetes(const QList<SourceFile> &files)
{
    DiscoveryResult result;
    KubernetesReader(files, result).run();
    return result;
}

} // namespace Signalbox

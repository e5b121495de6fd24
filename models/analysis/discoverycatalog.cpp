#include "discoverycatalog.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

void addEvidence(QList<Evidence> &into, const QList<Evidence> &more)
{
    for (const Evidence &e : more) {
        if (!into.contains(e))
            into.append(e);
    }
}

void fillEmpty(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value;
}

bool containsKey(const QList<DependencyKey> &keys, const QString &consumer, const QString &provider)
{
    return keys.contains(DependencyKey {consumer, provider});
}

} // namespace

QString toWord(CatalogState state)
{
    switch (state) {
    case CatalogState::Declared:
        return u"declared"_s;
    case CatalogState::Added:
        return u"added"_s;
    case CatalogState::Confirmed:
        return u"confirmed"_s;
    case CatalogState::Discovered:
        return u"discovered"_s;
    case CatalogState::Hidden:
        return u"hidden"_s;
    }
    return {};
}

QString evidenceLine(const Evidence &e)
{
    QString where = e.repository.isEmpty() ? e.path : e.repository + u'/' + e.path;
    if (e.line > 0)
        where += u':' + QString::number(e.line) + u": "_s + e.text;
    return where;
}

QList<Service> EffectiveCatalog::visibleServices() const
{
    QList<Service> list;
    for (const CatalogService &s : services) {
        if (s.state != CatalogState::Hidden)
            list.append(s.service);
    }
    return list;
}

QList<Dependency> EffectiveCatalog::visibleDependencies() const
{
    QList<Dependency> list;
    for (const CatalogDependency &d : dependencies) {
        if (d.state != CatalogState::Hidden)
            list.append(d.dependency);
    }
    return list;
}

const CatalogService *EffectiveCatalog::findService(const QString &name) const
{
    for (const CatalogService &s : services) {
        if (s.service.name == name)
            return &s;
    }
    return nullptr;
}

EffectiveCatalog buildEffectiveCatalog(const Workspace &workspace,
                                       const QList<RepositoryScan> &scans)
{
    EffectiveCatalog catalog;
    const DiscoveryDecisions &decisions = workspace.discovery;
    QHash<QString, qsizetype> serviceIndex;
    for (const Service &s : workspace.services) {
        serviceIndex.insert(s.name, catalog.services.size());
        catalog.services.append({s, CatalogState::Declared, {}, {}});
    }
    for (Service s : decisions.addedServices) {
        if (serviceIndex.contains(s.name))
            continue;
        s.inCatalog = true;
        serviceIndex.insert(s.name, catalog.services.size());
        catalog.services.append({s, CatalogState::Added, {}, {}});
    }

    // What every scan found, each repository's findings merged by name in workspace order.
    QList<CatalogService> found;
    QHash<QString, qsizetype> foundIndex;
    QList<CatalogDependency> foundEdges;
    QHash<QString, qsizetype> edgeIndex;
    QHash<QString, QString> serviceOfRepository;
    for (const RepositoryConfig &r : workspace.repositories) {
        if (!r.service.isEmpty())
            serviceOfRepository.insert(r.name, r.service);
    }
    for (const RepositoryScan &scan : scans) {
        for (const DiscoveredService &d : scan.result.services) {
            if (const auto it = serviceIndex.constFind(d.name); it != serviceIndex.constEnd()) {
                CatalogService &declared = catalog.services[*it];
                fillEmpty(declared.service.owner, d.owner);
                fillEmpty(declared.service.system, d.system);
                fillEmpty(declared.service.pathInRepo, d.path);
                fillEmpty(declared.repository, scan.repository);
                addEvidence(declared.evidence, d.evidence);
                continue;
            }
            if (const auto it = foundIndex.constFind(d.name); it != foundIndex.constEnd()) {
                CatalogService &existing = found[*it];
                fillEmpty(existing.service.owner, d.owner);
                fillEmpty(existing.service.system, d.system);
                addEvidence(existing.evidence, d.evidence);
                continue;
            }
            CatalogService s;
            s.service.name = d.name;
            s.service.kind = d.kind == ServiceKind::Unknown ? ServiceKind::Service : d.kind;
            s.service.owner = d.owner;
            s.service.system = d.system;
            s.service.pathInRepo = d.path;
            s.service.repository = scan.repository;
            s.repository = scan.repository;
            s.evidence = d.evidence;
            foundIndex.insert(d.name, found.size());
            found.append(s);
        }
        // A one-service repository: its pipelines build that service, whatever the heuristics
        // made of them.
        if (const QString owner = serviceOfRepository.value(scan.repository); !owner.isEmpty()) {
            if (const auto it = serviceIndex.constFind(owner); it != serviceIndex.constEnd())
                fillEmpty(catalog.services[*it].repository, scan.repository);
        }
        for (const DiscoveredDependency &d : scan.result.dependencies) {
            const QString key = d.consumer + u'\n' + d.provider;
            if (const auto it = edgeIndex.constFind(key); it != edgeIndex.constEnd()) {
                addEvidence(foundEdges[*it].evidence, d.evidence);
                continue;
            }
            CatalogDependency edge;
            edge.dependency.consumer = d.consumer;
            edge.dependency.provider = d.provider;
            edge.dependency.kind
                = d.kind == DependencyKind::Unknown ? DependencyKind::Sync : d.kind;
            edge.evidence = d.evidence;
            edgeIndex.insert(key, foundEdges.size());
            foundEdges.append(edge);
        }
    }

    std::sort(found.begin(), found.end(), [](const CatalogService &a, const CatalogService &b) {
        return a.service.name < b.service.name;
    });
    QSet<QString> hiddenServices;
    for (CatalogService &s : found) {
        if (decisions.hiddenServices.contains(s.service.name)) {
            s.state = CatalogState::Hidden;
            hiddenServices.insert(s.service.name);
        } else if (decisions.confirmedServices.contains(s.service.name)) {
            s.state = CatalogState::Confirmed;
            s.service.inCatalog = true;
        } else {
            s.state = CatalogState::Discovered;
            s.service.discovered = true;
        }
        catalog.services.append(s);
    }

    // Declared edges first; a scan confirms one by adding its evidence.
    QSet<QString> declaredEdges;
    for (const Dependency &d : workspace.dependencies) {
        declaredEdges.insert(d.consumer + u'\n' + d.provider);
        catalog.dependencies.append({d, CatalogState::Declared, {}});
    }
    for (const Dependency &d : decisions.addedDependencies) {
        const QString key = d.consumer + u'\n' + d.provider;
        if (declaredEdges.contains(key))
            continue;
        declaredEdges.insert(key);
        catalog.dependencies.append({d, CatalogState::Added, {}});
    }
    std::sort(foundEdges.begin(), foundEdges.end(),
              [](const CatalogDependency &a, const CatalogDependency &b) {
                  return std::pair(a.dependency.consumer, a.dependency.provider)
                      < std::pair(b.dependency.consumer, b.dependency.provider);
              });
    for (CatalogDependency &edge : foundEdges) {
        Dependency &d = edge.dependency;
        const QString key = d.consumer + u'\n' + d.provider;
        if (declaredEdges.contains(key)) {
            for (CatalogDependency &declared : catalog.dependencies) {
                if (declared.dependency.consumer == d.consumer
                    && declared.dependency.provider == d.provider)
                    addEvidence(declared.evidence, edge.evidence);
            }
            continue;
        }
        if (!edge.evidence.isEmpty())
            d.evidence = evidenceLine(edge.evidence.constFirst());
        if (containsKey(decisions.hiddenDependencies, d.consumer, d.provider)
            || hiddenServices.contains(d.consumer) || hiddenServices.contains(d.provider)) {
            edge.state = CatalogState::Hidden;
        } else if (containsKey(decisions.confirmedDependencies, d.consumer, d.provider)) {
            edge.state = CatalogState::Confirmed;
        } else {
            edge.state = CatalogState::Discovered;
            d.discovered = true;
        }
        catalog.dependencies.append(edge);
    }
    return catalog;
}

} // namespace Signalbox

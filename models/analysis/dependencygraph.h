#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace Signalbox {

// The service dependency graph as compact adjacency arrays (CSR), both directions, built once per
// snapshot. Nodes are services by index; an edge points from a consumer to the provider it needs.
// Self-edges are dropped (a service does not wait for itself) and parallel edges of different
// kinds are kept once, with the strongest kind. Plain data: safe to share between threads.
class DependencyGraph
{
public:
    DependencyGraph() = default;
    DependencyGraph(const QStringList &services, const QList<Dependency> &dependencies);
    // For benchmarks and tests: nodes 0..count-1, edges as (consumer, provider) index pairs.
    // Without names, nodes are named by their number.
    static DependencyGraph fromIndexEdges(int count, const std::vector<std::pair<int, int>> &edges,
                                          QStringList names = {});

    int nodeCount() const { return int(m_names.size()); }
    int edgeCount() const { return int(m_providerTargets.size()); }
    const QString &name(int node) const { return m_names.at(node); }
    int indexOf(const QString &name) const;

    // Direct neighbours, as index ranges into flat arrays.
    struct Range
    {
        const int *first;
        const int *last;
        const int *begin() const { return first; }
        const int *end() const { return last; }
        int size() const { return int(last - first); }
    };
    Range providers(int node) const;
    Range consumers(int node) const;
    DependencyKind kind(int consumer, int provider) const;
    QString evidence(int consumer, int provider) const;
    bool hasEdge(int consumer, int provider) const;

    // Everything a node needs (transitively), and everything that needs it.
    std::vector<int> transitiveProviders(int node) const;
    std::vector<int> transitiveConsumers(int node) const;

    // Strongly connected components (Tarjan, iterative). componentOf()[node] is the component id;
    // ids are in reverse topological order of the condensation: a component's providers have
    // smaller ids than the component itself.
    const std::vector<int> &componentOf() const { return m_component; }
    int componentCount() const { return m_componentCount; }
    int componentSize(int component) const { return m_componentSizes.at(std::size_t(component)); }
    QList<Dependency> selfEdges() const { return m_selfEdges; }

private:
    template<typename Neighbours>
    std::vector<int> reachable(int node, Neighbours neighbours) const;
    void build(int count, std::vector<std::pair<int, int>> edges);
    const QHash<QString, int> &nameIndex() const;
    void computeComponents();

    QStringList m_names;
    // Built on first use: the analyses walk nodes by number and only name lookups need it. Shared
    // by copies of the graph, filled once even when threads ask at the same time.
    struct NameIndex
    {
        std::once_flag once;
        QHash<QString, int> byName;
    };
    std::shared_ptr<NameIndex> m_index = std::make_shared<NameIndex>();
    std::vector<int> m_providerOffsets {0};
    std::vector<int> m_providerTargets;
    std::vector<DependencyKind> m_providerKinds;
    std::vector<int> m_consumerOffsets {0};
    std::vector<int> m_consumerTargets;
    QHash<quint64, QString> m_evidence;
    std::vector<int> m_component;
    std::vector<int> m_componentSizes;
    int m_componentCount = 0;
    QList<Dependency> m_selfEdges;
};

} // namespace Signalbox

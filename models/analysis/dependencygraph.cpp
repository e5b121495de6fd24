#include "dependencygraph.h"

#include <algorithm>

namespace Signalbox {

namespace {

quint64 edgeKey(int consumer, int provider)
{
    return (quint64(quint32(consumer)) << 32) | quint32(provider);
}

// Synchronous calls are the strongest coupling: they decide an edge's kind when the same pair is
// declared more than once.
int strength(DependencyKind kind)
{
    switch (kind) {
    case DependencyKind::Sync:
        return 3;
    case DependencyKind::Datastore:
        return 2;
    case DependencyKind::Async:
        return 1;
    case DependencyKind::Unknown:
        break;
    }
    return 0;
}

} // namespace

DependencyGraph::DependencyGraph(const QStringList &services, const QList<Dependency> &dependencies)
{
    m_names = services;
    m_index.reserve(services.size());
    for (int i = 0; i < services.size(); ++i)
        m_index.insert(services.at(i), i);
    std::vector<std::pair<int, int>> edges;
    edges.reserve(std::size_t(dependencies.size()));
    QHash<quint64, DependencyKind> kinds;
    for (const Dependency &d : dependencies) {
        const int consumer = m_index.value(d.consumer, -1);
        const int provider = m_index.value(d.provider, -1);
        if (consumer < 0 || provider < 0)
            continue;
        if (consumer == provider) {
            m_selfEdges.append(d);
            continue;
        }
        const quint64 key = edgeKey(consumer, provider);
        auto it = kinds.find(key);
        if (it == kinds.end()) {
            kinds.insert(key, d.kind);
            m_evidence.insert(key, d.evidence);
            edges.emplace_back(consumer, provider);
        } else if (strength(d.kind) > strength(*it)) {
            *it = d.kind;
        }
    }
    build(int(services.size()), std::move(edges));
    m_providerKinds.resize(m_providerTargets.size());
    for (int c = 0; c < nodeCount(); ++c) {
        for (int i = m_providerOffsets[std::size_t(c)]; i < m_providerOffsets[std::size_t(c) + 1];
             ++i)
            m_providerKinds[std::size_t(i)]
                = kinds.value(edgeKey(c, m_providerTargets[std::size_t(i)]));
    }
}

DependencyGraph DependencyGraph::fromIndexEdges(int count,
                                                const std::vector<std::pair<int, int>> &edges)
{
    DependencyGraph graph;
    graph.m_names.reserve(count);
    graph.m_index.reserve(count);
    for (int i = 0; i < count; ++i) {
        graph.m_names.append(QString::number(i));
        graph.m_index.insert(graph.m_names.constLast(), i);
    }
    std::vector<std::pair<int, int>> clean;
    clean.reserve(edges.size());
    for (const auto &e : edges) {
        if (e.first != e.second)
            clean.push_back(e);
    }
    std::sort(clean.begin(), clean.end());
    clean.erase(std::unique(clean.begin(), clean.end()), clean.end());
    graph.build(count, std::move(clean));
    graph.m_providerKinds.assign(graph.m_providerTargets.size(), DependencyKind::Sync);
    return graph;
}

void DependencyGraph::build(int count, std::vector<std::pair<int, int>> edges)
{
    if (!std::is_sorted(edges.begin(), edges.end()))
        std::sort(edges.begin(), edges.end());
    m_providerOffsets.assign(std::size_t(count) + 1, 0);
    m_consumerOffsets.assign(std::size_t(count) + 1, 0);
    for (const auto &[consumer, provider] : edges) {
        ++m_providerOffsets[std::size_t(consumer) + 1];
        ++m_consumerOffsets[std::size_t(provider) + 1];
    }
    for (std::size_t i = 1; i <= std::size_t(count); ++i) {
        m_providerOffsets[i] += m_providerOffsets[i - 1];
        m_consumerOffsets[i] += m_consumerOffsets[i - 1];
    }
    m_providerTargets.resize(edges.size());
    m_consumerTargets.resize(edges.size());
    std::vector<int> fill(m_consumerOffsets.begin(), m_consumerOffsets.end() - 1);
    std::size_t i = 0;
    for (const auto &[consumer, provider] : edges) {
        m_providerTargets[i++] = provider; // edges are sorted by consumer: providers fill in order
        m_consumerTargets[std::size_t(fill[std::size_t(provider)]++)] = consumer;
    }
    computeComponents();
}

DependencyGraph::Range DependencyGraph::providers(int node) const
{
    const int *base = m_providerTargets.data();
    return {base + m_providerOffsets[std::size_t(node)],
            base + m_providerOffsets[std::size_t(node) + 1]};
}

DependencyGraph::Range DependencyGraph::consumers(int node) const
{
    const int *base = m_consumerTargets.data();
    return {base + m_consumerOffsets[std::size_t(node)],
            base + m_consumerOffsets[std::size_t(node) + 1]};
}

DependencyKind DependencyGraph::kind(int consumer, int provider) const
{
    const Range range = providers(consumer);
    const int *it = std::lower_bound(range.first, range.last, provider);
    if (it == range.last || *it != provider)
        return DependencyKind::Unknown;
    return m_providerKinds.empty() ? DependencyKind::Sync
                                   : m_providerKinds[std::size_t(it - m_providerTargets.data())];
}

QString DependencyGraph::evidence(int consumer, int provider) const
{
    return m_evidence.value(edgeKey(consumer, provider));
}

bool DependencyGraph::hasEdge(int consumer, int provider) const
{
    const Range range = providers(consumer);
    return std::binary_search(range.first, range.last, provider);
}

template<typename Neighbours>
std::vector<int> DependencyGraph::reachable(int node, Neighbours neighbours) const
{
    std::vector<char> seen(static_cast<std::size_t>(nodeCount()), 0);
    std::vector<int> result;
    std::vector<int> stack {node};
    seen[std::size_t(node)] = 1;
    while (!stack.empty()) {
        const int current = stack.back();
        stack.pop_back();
        for (int next : (this->*neighbours)(current)) {
            if (!seen[std::size_t(next)]) {
                seen[std::size_t(next)] = 1;
                result.push_back(next);
                stack.push_back(next);
            }
        }
    }
    return result;
}

std::vector<int> DependencyGraph::transitiveProviders(int node) const
{
    return reachable(node, &DependencyGraph::providers);
}

std::vector<int> DependencyGraph::transitiveConsumers(int node) const
{
    return reachable(node, &DependencyGraph::consumers);
}

void DependencyGraph::computeComponents()
{
    // Iterative Tarjan over provider edges; a component is numbered when it is complete, which
    // happens after all components it depends on: ids come out providers-first.
    const int n = nodeCount();
    m_component.assign(std::size_t(n), -1);
    m_componentSizes.clear();
    m_componentCount = 0;
    std::vector<int> index(std::size_t(n), -1);
    std::vector<int> low(std::size_t(n), 0);
    std::vector<char> onStack(std::size_t(n), 0);
    std::vector<int> stack;
    std::vector<std::pair<int, int>> frames; // (node, next provider offset)
    int counter = 0;
    for (int start = 0; start < n; ++start) {
        if (index[std::size_t(start)] >= 0)
            continue;
        frames.emplace_back(start, m_providerOffsets[std::size_t(start)]);
        index[std::size_t(start)] = low[std::size_t(start)] = counter++;
        stack.push_back(start);
        onStack[std::size_t(start)] = 1;
        while (!frames.empty()) {
            auto &[node, next] = frames.back();
            if (next < m_providerOffsets[std::size_t(node) + 1]) {
                const int w = m_providerTargets[std::size_t(next++)];
                if (index[std::size_t(w)] < 0) {
                    index[std::size_t(w)] = low[std::size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[std::size_t(w)] = 1;
                    frames.emplace_back(w, m_providerOffsets[std::size_t(w)]);
                } else if (onStack[std::size_t(w)]) {
                    low[std::size_t(node)]
                        = std::min(low[std::size_t(node)], index[std::size_t(w)]);
                }
                continue;
            }
            const int finished = node;
            frames.pop_back();
            if (!frames.empty()) {
                const int parent = frames.back().first;
                low[std::size_t(parent)]
                    = std::min(low[std::size_t(parent)], low[std::size_t(finished)]);
            }
            if (low[std::size_t(finished)] == index[std::size_t(finished)]) {
                int size = 0;
                int member = -1;
                do {
                    member = stack.back();
                    stack.pop_back();
                    onStack[std::size_t(member)] = 0;
                    m_component[std::size_t(member)] = m_componentCount;
                    ++size;
                } while (member != finished);
                m_componentSizes.push_back(size);
                ++m_componentCount;
            }
        }
    }
}

} // namespace Signalbox

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
    const QHash<QString, int> &index = nameIndex();
    std::vector<std::pair<int, int>> edges;
    edges.reserve(std::size_t(dependencies.size()));
    QHash<quint64, DependencyKind> kinds;
    for (const Dependency &d : dependencies) {
        const int consumer = index.value(d.consumer, -1);
        const int provider = index.value(d.provider, -1);
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
                                                const std::vector<std::pair<int, int>> &edges,
                                                QStringList names)
{
    DependencyGraph graph;
    if (names.size() != count) {
        names.clear();
        names.reserve(count);
        for (int i = 0; i < count; ++i)
            names.append(QString::number(i));
    }
    graph.m_names = std::move(names);
    std::vector<std::pair<int, int>> clean;
    clean.reserve(edges.size());
    for (const auto &e : edges) {
        if (e.first != e.second)
            clean.push_back(e);
    }
    graph.build(count, std::move(clean));
    graph.m_providerKinds.assign(graph.m_providerTargets.size(), DependencyKind::Sync);
    return graph;
}

int DependencyGraph::indexOf(const QString &name) const
{
    return nameIndex().value(name, -1);
}

const QHash<QString, int> &DependencyGraph::nameIndex() const
{
    std::call_once(m_index->once, [this] {
        m_index->byName.reserve(m_names.size());
        for (int i = 0; i < m_names.size(); ++i)
            m_index->byName.insert(m_names.at(i), i);
    });
    return m_index->byName;
}

void DependencyGraph::build(int count, std::vector<std::pair<int, int>> edges)
{
    // Counting sort by consumer, then each (short) row sorted and cleared of repeats: linear in
    // the edges, where sorting all pairs at once was the largest cost of the whole analysis.
    const std::size_t n = std::size_t(count);
    std::vector<int> offsets(n + 1, 0);
    for (const auto &edge : edges)
        ++offsets[std::size_t(edge.first) + 1];
    for (std::size_t i = 1; i <= n; ++i)
        offsets[i] += offsets[i - 1];
    std::vector<int> targets(edges.size());
    {
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (const auto &[consumer, provider] : edges)
            targets[std::size_t(fill[std::size_t(consumer)]++)] = provider;
    }
    edges = {};
    m_providerOffsets.assign(n + 1, 0);
    m_consumerOffsets.assign(n + 1, 0);
    std::size_t kept = 0;
    for (std::size_t node = 0; node < n; ++node) {
        int *first = targets.data() + offsets[node];
        int *last = targets.data() + offsets[node + 1];
        std::sort(first, last);
        last = std::unique(first, last);
        for (const int *it = first; it != last; ++it) {
            targets[kept++] = *it;
            ++m_consumerOffsets[std::size_t(*it) + 1];
        }
        m_providerOffsets[node + 1] = int(kept);
    }
    targets.resize(kept);
    m_providerTargets = std::move(targets);
    for (std::size_t i = 1; i <= n; ++i)
        m_consumerOffsets[i] += m_consumerOffsets[i - 1];
    m_consumerTargets.resize(kept);
    std::vector<int> fill(m_consumerOffsets.begin(), m_consumerOffsets.end() - 1);
    for (std::size_t consumer = 0; consumer < n; ++consumer) {
        // Consumers are visited in order, so every consumer row comes out sorted.
        for (int i = m_providerOffsets[consumer]; i < m_providerOffsets[consumer + 1]; ++i) {
            const int provider = m_providerTargets[std::size_t(i)];
            m_consumerTargets[std::size_t(fill[std::size_t(provider)]++)] = int(consumer);
        }
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

#include "layeredlayout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <tuple>

namespace Signalbox {

namespace {

// Long edges are threaded through one of these per layer crossed: narrow, so that a route takes a
// slot between real nodes instead of pushing them apart by a node's width.
constexpr qreal DummyWidth = 10;
// Crossing reduction, with dot's numbers: a few sweeps from each start, then up to MaxSweeps from
// the best one, stopping after MinQuit sweeps without a real (Convergence) improvement.
constexpr int SweepsPerStart = 4;
constexpr int MaxSweeps = 24;
constexpr int MinQuit = 8;
constexpr double Convergence = 0.995;
constexpr int MaxTransposePasses = 4;
// Transposing after every sweep removes another 2 to 4% of the crossings on small drawings, but on
// large ones it takes longer than all the rest for under 1%; past this many segments between
// layers (about 2,500 services) it runs once, at the end.
constexpr std::size_t TransposeEverySweepUpTo = 16'384;
// Sifting comes last and is what closes most of the gap to dot on small drawings (7 to 8% fewer
// crossings up to 1,000 services, 1% at 5,000); it gets this many neighbour-pair evaluations in
// all, in at most SiftRounds rounds, and tries at least MinSiftWindow places on each side however
// large the drawing.
constexpr long long SiftBudget = 2'500'000;
constexpr int SiftRounds = 2;
constexpr int MinSiftWindow = 8;
// Coordinate assignment: rounds of (top-down, bottom-up) layer solves.
constexpr int CoordinateRounds = 12;
// Edge weights of the coordinate objective, as in dot: straight long edges matter most.
constexpr double DummyDummyWeight = 8;
constexpr double DummyRealWeight = 2;
constexpr double RealRealWeight = 1;
// An item without neighbours in its band stays where it is, with a weight this small.
constexpr double IdleWeight = 1e-3;

template<typename T>
T &at(std::vector<T> &values, int index)
{
    return values[std::size_t(index)];
}

template<typename T>
const T &at(const std::vector<T> &values, int index)
{
    return values[std::size_t(index)];
}

int sizeOf(const auto &container)
{
    return int(container.size());
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Adjacency in compressed rows: the neighbours of v are targets[offsets[v] .. offsets[v + 1]).
struct Adjacency
{
    std::vector<int> offsets;
    std::vector<int> targets;
    std::vector<double> weights;

    int begin(int v) const { return at(offsets, v); }
    int end(int v) const { return at(offsets, v + 1); }
    int degree(int v) const { return end(v) - begin(v); }
};

struct Arc
{
    int from;
    int to;
    double weight;
};

// A counting sort by source: rows keep the order of the arcs.
Adjacency buildAdjacency(int count, const std::vector<Arc> &arcs)
{
    Adjacency adjacency;
    adjacency.offsets.assign(std::size_t(count) + 1, 0);
    for (const Arc &arc : arcs)
        ++at(adjacency.offsets, arc.from + 1);
    std::partial_sum(adjacency.offsets.begin(), adjacency.offsets.end(), adjacency.offsets.begin());
    adjacency.targets.resize(arcs.size());
    adjacency.weights.resize(arcs.size());
    std::vector<int> fill(adjacency.offsets.begin(), adjacency.offsets.end() - 1);
    for (const Arc &arc : arcs) {
        const int slot = at(fill, arc.from)++;
        at(adjacency.targets, slot) = arc.to;
        at(adjacency.weights, slot) = arc.weight;
    }
    return adjacency;
}

// Counts i < j with values[i] > values[j]; sorts values on the way.
long long countInversions(std::vector<double> &values, std::vector<double> &scratch)
{
    const std::size_t n = values.size();
    scratch.resize(n);
    long long inversions = 0;
    for (std::size_t width = 1; width < n; width *= 2) {
        for (std::size_t left = 0; left < n; left += 2 * width) {
            const std::size_t middle = std::min(left + width, n);
            const std::size_t right = std::min(left + 2 * width, n);
            std::size_t i = left, j = middle, out = left;
            while (i < middle && j < right) {
                // Equal values are not a swap: the left one goes first.
                if (values[j] < values[i]) {
                    inversions += (long long)(middle - i);
                    scratch[out++] = values[j++];
                } else {
                    scratch[out++] = values[i++];
                }
            }
            while (i < middle)
                scratch[out++] = values[i++];
            while (j < right)
                scratch[out++] = values[j++];
        }
        values.swap(scratch);
    }
    return inversions;
}

// Minimises sum w[i] * (x[i] - target[i])^2 subject to x[i + 1] - x[i] >= gap[i], exactly, in
// linear time: with y[i] = x[i] - (gap[0] + ... + gap[i - 1]) the constraints become y
// non-decreasing, which is isotonic regression (pool adjacent violators).
class LayerSolver
{
public:
    void solve(const double *target, const double *weight, const double *gap, double *x, int count)
    {
        m_blocks.clear();
        double shift = 0;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                shift += gap[i - 1];
            Block block {weight[i], weight[i] * (target[i] - shift), 1};
            while (!m_blocks.empty()
                   && m_blocks.back().weighted * block.weight
                       >= block.weighted * m_blocks.back().weight) {
                const Block &last = m_blocks.back();
                block.weight += last.weight;
                block.weighted += last.weighted;
                block.count += last.count;
                m_blocks.pop_back();
            }
            m_blocks.push_back(block);
        }
        int i = 0;
        shift = 0;
        for (const Block &block : m_blocks) {
            const double value = block.weighted / block.weight;
            for (int k = 0; k < block.count; ++k, ++i) {
                if (i > 0)
                    shift += gap[i - 1];
                x[i] = value + shift;
            }
        }
    }

private:
    struct Block
    {
        double weight;
        double weighted;
        int count;
    };
    std::vector<Block> m_blocks;
};

class LayeredLayouter
{
public:
    LayeredLayouter(const LayoutInput &input, const std::atomic_bool *cancel)
        : m_input(input)
        , m_cancel(cancel)
    { }

    LayoutResult run()
    {
        LayoutResult result;
        readInput();
        assignLayers();
        if (isCancelled(m_cancel))
            return cancelled();
        buildItems();
        if (isCancelled(m_cancel))
            return cancelled();
        if (!orderLayers())
            return cancelled();
        if (!assignCoordinates())
            return cancelled();
        writeResult(result);
        return result;
    }

private:
    static LayoutResult cancelled()
    {
        LayoutResult result;
        result.cancelled = true;
        return result;
    }

    // --- input -----------------------------------------------------------------------------

    void readInput()
    {
        m_nodeCount = std::max(0, m_input.nodeCount);
        const std::size_t n = std::size_t(m_nodeCount);
        m_sizes.assign(n, m_input.defaultSize);
        for (std::size_t i = 0; i < std::min(n, m_input.sizes.size()); ++i) {
            if (m_input.sizes[i].isValid())
                m_sizes[i] = m_input.sizes[i];
        }
        m_groupOf.assign(n, -1);
        for (std::size_t i = 0; i < std::min(n, m_input.groups.size()); ++i) {
            const int group = m_input.groups[i];
            if (group >= 0 && group < m_input.groupCount)
                m_groupOf[i] = group;
        }
        m_previousX.assign(n, std::numeric_limits<double>::quiet_NaN());
        for (std::size_t i = 0; i < std::min(n, m_input.previous.size()); ++i) {
            const double x = m_input.previous[i].x();
            if (std::isfinite(x) && std::isfinite(m_input.previous[i].y())) {
                m_previousX[i] = x;
                m_usePrevious = true;
            }
        }
        std::vector<std::uint64_t> keys;
        keys.reserve(m_input.edges.size());
        for (const auto &[consumer, provider] : m_input.edges) {
            if (consumer < 0 || provider < 0 || consumer >= m_nodeCount || provider >= m_nodeCount
                || consumer == provider)
                continue;
            keys.push_back(std::uint64_t(consumer) << 32 | std::uint64_t(provider));
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        m_edges.reserve(keys.size());
        for (std::uint64_t key : keys)
            m_edges.emplace_back(int(key >> 32), int(key & 0xffffffffu));
    }

    // --- layering --------------------------------------------------------------------------

    // Iterative Tarjan over provider edges. A component gets its id when it is complete, which is
    // after every component it needs: ids come out providers first.
    void findComponents(const Adjacency &providers)
    {
        const int n = m_nodeCount;
        m_componentOf.assign(std::size_t(n), -1);
        std::vector<int> index(std::size_t(n), -1), low(std::size_t(n), 0), stack;
        std::vector<char> onStack(std::size_t(n), 0);
        std::vector<std::pair<int, int>> frames; // node, next row entry
        int counter = 0;
        m_componentCount = 0;
        for (int root = 0; root < n; ++root) {
            if (at(index, root) >= 0)
                continue;
            const auto enter = [&](int v) {
                at(index, v) = at(low, v) = counter++;
                stack.push_back(v);
                at(onStack, v) = 1;
                frames.emplace_back(v, providers.begin(v));
            };
            enter(root);
            while (!frames.empty()) {
                const int v = frames.back().first;
                const int next = frames.back().second;
                if (next < providers.end(v)) {
                    ++frames.back().second;
                    const int w = at(providers.targets, next);
                    if (at(index, w) < 0)
                        enter(w);
                    else if (at(onStack, w))
                        at(low, v) = std::min(at(low, v), at(index, w));
                    continue;
                }
                frames.pop_back();
                if (!frames.empty()) {
                    const int parent = frames.back().first;
                    at(low, parent) = std::min(at(low, parent), at(low, v));
                }
                if (at(low, v) == at(index, v)) {
                    int member;
                    do {
                        member = stack.back();
                        stack.pop_back();
                        at(onStack, member) = 0;
                        at(m_componentOf, member) = m_componentCount;
                    } while (member != v);
                    ++m_componentCount;
                }
            }
        }
    }

    // Heights count up from the providers; the layer is counted down from the highest one.
    void assignLayers()
    {
        std::vector<Arc> arcs;
        arcs.reserve(m_edges.size());
        for (const auto &[consumer, provider] : m_edges)
            arcs.push_back({consumer, provider, 1});
        const Adjacency providers = buildAdjacency(m_nodeCount, arcs);
        findComponents(providers);
        std::vector<int> componentSize(std::size_t(m_componentCount), 0);
        for (int v = 0; v < m_nodeCount; ++v)
            ++at(componentSize, at(m_componentOf, v));
        m_inCycle.resize(std::size_t(m_nodeCount));
        for (int v = 0; v < m_nodeCount; ++v)
            at(m_inCycle, v) = at(componentSize, at(m_componentOf, v)) > 1;

        // Component-level edges; repeats between the same two components are harmless here.
        std::vector<Arc> componentArcs; // consumer component -> provider component
        componentArcs.reserve(m_edges.size());
        for (const auto &[consumer, provider] : m_edges) {
            const int from = at(m_componentOf, consumer), to = at(m_componentOf, provider);
            if (from != to)
                componentArcs.push_back({from, to, 1});
        }
        const int components = m_componentCount;
        const Adjacency needs = buildAdjacency(components, componentArcs);
        for (Arc &arc : componentArcs)
            std::swap(arc.from, arc.to);
        const Adjacency neededBy = buildAdjacency(components, componentArcs);

        // Longest path from the providers: as low as the providers allow.
        std::vector<int> height(std::size_t(components), 0);
        for (int c = 0; c < components; ++c) {
            for (int i = needs.begin(c); i < needs.end(c); ++i)
                at(height, c) = std::max(at(height, c), at(height, at(needs.targets, i)) + 1);
        }
        // Then a component with more consumer edges than provider edges rises to just below its
        // lowest consumer: that shortens more edges than it lengthens, so fewer dummies. Consumers
        // are final before their providers (higher ids first), which makes the result independent
        // of the component numbering.
        for (int c = components - 1; c >= 0; --c) {
            if (neededBy.degree(c) <= needs.degree(c))
                continue;
            int ceiling = std::numeric_limits<int>::max();
            for (int i = neededBy.begin(c); i < neededBy.end(c); ++i)
                ceiling = std::min(ceiling, at(height, at(neededBy.targets, i)) - 1);
            at(height, c) = std::max(at(height, c), ceiling);
        }
        const int top = components > 0 ? *std::max_element(height.begin(), height.end()) : -1;
        m_layerCount = top + 1;
        m_layerOf.resize(std::size_t(m_nodeCount));
        for (int v = 0; v < m_nodeCount; ++v)
            at(m_layerOf, v) = top - at(height, at(m_componentOf, v));
    }

    // --- items: real nodes and long-edge dummies ------------------------------------------------

    void buildItems()
    {
        const int n = m_nodeCount;
        m_itemLayer = m_layerOf;
        m_itemWidth.resize(std::size_t(n));
        m_itemGroup = m_groupOf;
        for (int v = 0; v < n; ++v)
            at(m_itemWidth, v) = at(m_sizes, v).width();
        m_edgeFirstDummy.assign(m_edges.size(), -1);
        m_edgeFlat.assign(m_edges.size(), 0);
        std::vector<Arc> down;
        down.reserve(m_edges.size() * 2);
        for (int e = 0; e < sizeOf(m_edges); ++e) {
            const auto [consumer, provider] = at(m_edges, e);
            if (at(m_componentOf, consumer) == at(m_componentOf, provider)) {
                at(m_edgeFlat, e) = 1;
                continue;
            }
            const int first = at(m_layerOf, consumer), last = at(m_layerOf, provider);
            const int group
                = at(m_groupOf, consumer) == at(m_groupOf, provider) ? at(m_groupOf, consumer) : -1;
            int upper = consumer;
            for (int layer = first + 1; layer < last; ++layer) {
                const int dummy = sizeOf(m_itemLayer);
                if (layer == first + 1)
                    at(m_edgeFirstDummy, e) = dummy;
                m_itemLayer.push_back(layer);
                m_itemWidth.push_back(DummyWidth);
                m_itemGroup.push_back(group);
                m_dummyEdge.push_back(e);
                down.push_back({upper, dummy, upper < n ? DummyRealWeight : DummyDummyWeight});
                upper = dummy;
            }
            down.push_back({upper, provider, upper < n ? RealRealWeight : DummyRealWeight});
        }
        m_itemCount = sizeOf(m_itemLayer);
        m_down = buildAdjacency(m_itemCount, down);
        for (Arc &arc : down)
            std::swap(arc.from, arc.to);
        m_up = buildAdjacency(m_itemCount, down);

        m_layersByIndex.assign(std::size_t(m_layerCount), {});
        for (int item = 0; item < m_itemCount; ++item)
            at(m_layersByIndex, at(m_itemLayer, item)).push_back(item);
        m_layers = m_layersByIndex;
        m_layerHasCycle.assign(std::size_t(m_layerCount), 0);
        for (int v = 0; v < m_nodeCount; ++v) {
            if (at(m_inCycle, v))
                at(m_layerHasCycle, at(m_layerOf, v)) = 1;
        }
        m_position.assign(std::size_t(m_itemCount), 0);
        m_band.assign(std::size_t(m_itemCount), 0);
    }

    bool isDummy(int item) const { return item >= m_nodeCount; }

    // --- ordering ------------------------------------------------------------------------------

    void updatePositions(int layer)
    {
        const std::vector<int> &items = at(m_layers, layer);
        for (int i = 0; i < sizeOf(items); ++i)
            at(m_position, at(items, i)) = i;
    }

    double normalisedPosition(int item) const
    {
        return (at(m_position, item) + 0.5) / double(at(m_layers, at(m_itemLayer, item)).size());
    }

    // Classic dot start: depth-first from one end, each item appended to its layer when first
    // met, so that what hangs together starts together.
    void depthFirstOrder(bool fromTop)
    {
        const Adjacency &onwards = fromTop ? m_down : m_up;
        std::vector<char> seen(std::size_t(m_itemCount), 0);
        std::vector<std::vector<int>> ordered(static_cast<std::size_t>(m_layerCount));
        std::vector<std::pair<int, int>> stack;
        for (int step = 0; step < m_layerCount; ++step) {
            const int layer = fromTop ? step : m_layerCount - 1 - step;
            for (int root : at(m_layersByIndex, layer)) {
                if (at(seen, root))
                    continue;
                at(seen, root) = 1;
                at(ordered, at(m_itemLayer, root)).push_back(root);
                stack.emplace_back(root, onwards.begin(root));
                while (!stack.empty()) {
                    auto &[item, next] = stack.back();
                    if (next == onwards.end(item)) {
                        stack.pop_back();
                        continue;
                    }
                    const int child = at(onwards.targets, next++);
                    if (!at(seen, child)) {
                        at(seen, child) = 1;
                        at(ordered, at(m_itemLayer, child)).push_back(child);
                        stack.emplace_back(child, onwards.begin(child));
                    }
                }
            }
        }
        m_layers = std::move(ordered);
        m_initialKey.resize(std::size_t(m_itemCount));
        for (int layer = 0; layer < m_layerCount; ++layer) {
            updatePositions(layer);
            for (int item : at(m_layers, layer))
                at(m_initialKey, item) = normalisedPosition(item);
        }
    }

    // Where each item was, or would have been, in the previous drawing: real nodes their own x,
    // new nodes the mean of their known neighbours, dummies on the line between their edge's ends.
    void previousOrderKeys()
    {
        const double unknown = std::numeric_limits<double>::quiet_NaN();
        m_initialKey.assign(std::size_t(m_itemCount), unknown);
        m_fixed.assign(std::size_t(m_itemCount), 0);
        std::vector<double> sum(std::size_t(m_nodeCount), 0);
        std::vector<int> count(std::size_t(m_nodeCount), 0);
        for (const auto &[consumer, provider] : m_edges) {
            for (auto [node, other] :
                 {std::pair {consumer, provider}, std::pair {provider, consumer}}) {
                if (std::isfinite(at(m_previousX, other))) {
                    at(sum, node) += at(m_previousX, other);
                    ++at(count, node);
                }
            }
        }
        for (int v = 0; v < m_nodeCount; ++v) {
            if (std::isfinite(at(m_previousX, v))) {
                at(m_initialKey, v) = at(m_previousX, v);
                at(m_fixed, v) = 1;
            } else if (at(count, v) > 0) {
                at(m_initialKey, v) = at(sum, v) / at(count, v);
            }
        }
        for (int dummy = m_nodeCount; dummy < m_itemCount; ++dummy) {
            const auto [consumer, provider] = at(m_edges, at(m_dummyEdge, dummy - m_nodeCount));
            double top = at(m_initialKey, consumer), bottom = at(m_initialKey, provider);
            if (!std::isfinite(top))
                top = bottom;
            if (!std::isfinite(bottom))
                bottom = top;
            const double t = double(at(m_itemLayer, dummy) - at(m_layerOf, consumer))
                / double(at(m_layerOf, provider) - at(m_layerOf, consumer));
            at(m_initialKey, dummy) = top + (bottom - top) * t;
        }
    }

    // Groups keep one left-to-right order in every layer; ungrouped items sit in the bands
    // between them (band 2k lies left of the group of rank k, whose band is 2k + 1).
    void rankGroups()
    {
        const int groups = std::max(0, m_input.groupCount);
        std::vector<double> sum(std::size_t(groups), 0);
        std::vector<int> known(std::size_t(groups), 0), members(std::size_t(groups), 0);
        for (int v = 0; v < m_nodeCount; ++v) {
            const int group = at(m_groupOf, v);
            if (group < 0)
                continue;
            m_hasGroups = true;
            ++at(members, group);
            if (std::isfinite(at(m_initialKey, v))) {
                at(sum, group) += at(m_initialKey, v);
                ++at(known, group);
            }
        }
        // Groups with nothing known (all new) go right of the others.
        std::vector<double> value(std::size_t(groups), std::numeric_limits<double>::infinity());
        std::vector<int> ranked;
        for (int g = 0; g < groups; ++g) {
            if (at(known, g) > 0)
                at(value, g) = at(sum, g) / at(known, g);
            if (at(members, g) > 0)
                ranked.push_back(g);
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [&](int a, int b) { return at(value, a) < at(value, b); });
        m_groupRank.assign(std::size_t(groups), -1);
        for (int r = 0; r < sizeOf(ranked); ++r)
            at(m_groupRank, at(ranked, r)) = r;
        m_rankedGroups = sizeOf(ranked);
        m_rankValue.resize(ranked.size());
        for (int r = 0; r < sizeOf(ranked); ++r)
            at(m_rankValue, r) = at(value, at(ranked, r));
        monotoneRankValues();
    }

    void monotoneRankValues()
    {
        for (int r = 1; r < sizeOf(m_rankValue); ++r)
            at(m_rankValue, r) = std::max(at(m_rankValue, r), at(m_rankValue, r - 1));
    }

    // Mean normalised position of each group, in rank order, for placing ungrouped items.
    void updateRankValues()
    {
        std::vector<double> sum(std::size_t(m_rankedGroups), 0);
        std::vector<int> count(std::size_t(m_rankedGroups), 0);
        for (int v = 0; v < m_nodeCount; ++v) {
            const int group = at(m_groupOf, v);
            if (group < 0)
                continue;
            const int rank = at(m_groupRank, group);
            at(sum, rank) += normalisedPosition(v);
            ++at(count, rank);
        }
        for (int r = 0; r < m_rankedGroups; ++r)
            at(m_rankValue, r) = at(sum, r) / at(count, r);
        monotoneRankValues();
    }

    int bandFor(int item, double normalisedKey) const
    {
        const int group = at(m_itemGroup, item);
        if (group >= 0)
            return 2 * at(m_groupRank, group) + 1;
        if (!std::isfinite(normalisedKey))
            return 2 * m_rankedGroups;
        return 2
            * int(std::upper_bound(m_rankValue.begin(), m_rankValue.end(), normalisedKey)
                  - m_rankValue.begin());
    }

    void initialOrder(bool fromTop)
    {
        if (m_usePrevious)
            previousOrderKeys();
        else
            depthFirstOrder(fromTop);
        m_fixed.resize(std::size_t(m_itemCount), 0);
        rankGroups();
        for (int item = 0; item < m_itemCount; ++item) {
            at(m_band, item) = bandFor(item, at(m_initialKey, item));
            at(m_key, item) = std::isfinite(at(m_initialKey, item))
                ? at(m_initialKey, item)
                : std::numeric_limits<double>::infinity();
            // Ties go by item number here, so that the start depends on the input only.
            at(m_position, item) = item;
        }
        // Previous positions win over keeping cycles together: the drawing had its reasons.
        for (int layer = 0; layer < m_layerCount; ++layer)
            sortLayer(layer, !m_usePrevious);
    }

    bool isCycleMate(int u, int v) const
    {
        return inCycle(u) && inCycle(v) && at(m_componentOf, u) == at(m_componentOf, v);
    }

    bool inCycle(int item) const { return item < m_nodeCount && at(m_inCycle, item); }

    // Sorts a layer by band, then key, then current position. The members of a cycle sort as one
    // block at their mean key, so that their flat edges run side to side, not across the layer.
    void sortLayer(int layer, bool keepCyclesTogether)
    {
        std::vector<int> &items = at(m_layers, layer);
        keepCyclesTogether = keepCyclesTogether && at(m_layerHasCycle, layer);
        if (!keepCyclesTogether && !m_hasGroups) {
            // The common case, kept lean: this sort is most of a sweep.
            m_plainEntries.clear();
            for (int item : items)
                m_plainEntries.push_back({at(m_key, item), at(m_position, item), item});
            std::sort(m_plainEntries.begin(), m_plainEntries.end());
            for (std::size_t i = 0; i < items.size(); ++i)
                items[i] = m_plainEntries[i].item;
            updatePositions(layer);
            return;
        }
        if (keepCyclesTogether) {
            for (int item : items) {
                if (inCycle(item)) {
                    at(m_cycleKeySum, at(m_componentOf, item)) += at(m_key, item);
                    ++at(m_cycleKeyCount, at(m_componentOf, item));
                }
            }
        }
        m_sortEntries.clear();
        for (int item : items) {
            SortEntry entry {at(m_band, item), at(m_key, item),      -1,
                             at(m_key, item),  at(m_position, item), item};
            if (keepCyclesTogether && inCycle(item)) {
                entry.block = at(m_componentOf, item);
                entry.blockKey = at(m_cycleKeySum, entry.block) / at(m_cycleKeyCount, entry.block);
            }
            m_sortEntries.push_back(entry);
        }
        std::sort(m_sortEntries.begin(), m_sortEntries.end());
        for (std::size_t i = 0; i < items.size(); ++i) {
            const int item = m_sortEntries[i].item;
            items[i] = item;
            if (inCycle(item)) {
                at(m_cycleKeySum, at(m_componentOf, item)) = 0;
                at(m_cycleKeyCount, at(m_componentOf, item)) = 0;
            }
        }
        updatePositions(layer);
    }

    // Bilayer crossings by inversion counting: segments in order of their upper end, each counting
    // the earlier ones whose lower end lies further right. An item asks for all its segments before
    // adding any, so segments sharing an end never count.
    long long countLayerCrossings(int layer)
    {
        const int lowerCount = sizeOf(at(m_layers, layer + 1));
        m_fenwick.assign(std::size_t(lowerCount) + 1, 0);
        long long crossings = 0;
        int inserted = 0;
        for (int item : at(m_layers, layer)) {
            for (int i = m_down.begin(item); i < m_down.end(item); ++i) {
                int atMost = 0;
                for (int k = at(m_position, at(m_down.targets, i)) + 1; k > 0; k -= k & -k)
                    atMost += at(m_fenwick, k);
                crossings += inserted - atMost;
            }
            for (int i = m_down.begin(item); i < m_down.end(item); ++i) {
                for (int k = at(m_position, at(m_down.targets, i)) + 1; k <= lowerCount;
                     k += k & -k)
                    ++at(m_fenwick, k);
                ++inserted;
            }
        }
        return crossings;
    }

    long long countCrossings()
    {
        long long crossings = 0;
        for (int layer = 0; layer + 1 < m_layerCount; ++layer)
            crossings += countLayerCrossings(layer);
        return crossings;
    }

    // The median position of an item's neighbours in the reference layer (the mean of the middle
    // two for an even count); without neighbours, its own position scaled to that layer, so that it
    // stays about where it is.
    double medianKey(int item, const Adjacency &towardsReference, double scale)
    {
        const int degree = towardsReference.degree(item);
        if (degree == 0)
            return (at(m_position, item) + 0.5) * scale - 0.5;
        m_scratch.clear();
        for (int i = towardsReference.begin(item); i < towardsReference.end(item); ++i)
            m_scratch.push_back(at(m_position, at(towardsReference.targets, i)));
        std::sort(m_scratch.begin(), m_scratch.end());
        const int middle = degree / 2;
        return degree % 2 == 1 ? at(m_scratch, middle)
                               : (at(m_scratch, middle - 1) + at(m_scratch, middle)) / 2.0;
    }

    // Reorders one layer by the median of its neighbours in the reference layer. Items with a
    // previous position keep their relative order; the others are merged in by median.
    void reorderLayer(int layer, int reference, const Adjacency &towardsReference)
    {
        std::vector<int> &items = at(m_layers, layer);
        const double referenceSize = double(at(m_layers, reference).size());
        const double scale = referenceSize / double(items.size());
        for (int item : items) {
            const double key = medianKey(item, towardsReference, scale);
            at(m_key, item) = key;
            if (m_hasGroups && !at(m_fixed, item))
                at(m_band, item) = bandFor(item, (key + 0.5) / referenceSize);
        }
        if (!m_usePrevious) {
            sortLayer(layer, true);
            return;
        }
        // Fixed items are already in their order; merge the free ones in, band by band.
        std::vector<int> fixed, free;
        for (int item : items)
            (at(m_fixed, item) ? fixed : free).push_back(item);
        std::stable_sort(fixed.begin(), fixed.end(),
                         [&](int a, int b) { return at(m_band, a) < at(m_band, b); });
        // A free item goes after every fixed item of its band whose running-max key is not
        // above its own.
        std::vector<double> runningMax(fixed.size());
        for (int i = 0; i < sizeOf(fixed); ++i) {
            const int item = at(fixed, i);
            const bool sameBand = i > 0 && at(m_band, at(fixed, i - 1)) == at(m_band, item);
            at(runningMax, i)
                = sameBand ? std::max(at(runningMax, i - 1), at(m_key, item)) : at(m_key, item);
        }
        for (int item : free) {
            const auto bandBegin
                = std::lower_bound(fixed.begin(), fixed.end(), at(m_band, item),
                                   [&](int f, int band) { return at(m_band, f) < band; });
            const auto bandEnd
                = std::upper_bound(bandBegin, fixed.end(), at(m_band, item),
                                   [&](int band, int f) { return band < at(m_band, f); });
            const auto first = runningMax.begin() + (bandBegin - fixed.begin());
            const auto last = runningMax.begin() + (bandEnd - fixed.begin());
            at(m_slot, item) = int(std::upper_bound(first, last, at(m_key, item)) - first
                                   + (bandBegin - fixed.begin()));
        }
        std::sort(free.begin(), free.end(), [&](int a, int b) {
            return std::tuple(at(m_slot, a), at(m_band, a), at(m_key, a), at(m_position, a))
                < std::tuple(at(m_slot, b), at(m_band, b), at(m_key, b), at(m_position, b));
        });
        items.clear();
        std::size_t nextFree = 0;
        const auto takeFreeWhile = [&](auto condition) {
            while (nextFree < free.size() && condition(free[nextFree]))
                items.push_back(free[nextFree++]);
        };
        for (int i = 0; i < sizeOf(fixed); ++i) {
            const int f = at(fixed, i);
            takeFreeWhile([&](int item) {
                return at(m_slot, item) < i
                    || (at(m_slot, item) == i && at(m_band, item) <= at(m_band, f));
            });
            items.push_back(f);
        }
        takeFreeWhile([](int) { return true; });
        updatePositions(layer);
    }

    // Crossings between u and v (u left of v) against one neighbouring layer, from their sorted
    // neighbour positions: pairs where u's neighbour is right of v's.
    static std::pair<long long, long long> pairCrossings(const int *a, const int *aEnd,
                                                         const int *b, const int *bEnd)
    {
        long long asPlaced = 0, swapped = 0;
        for (const int *x = a, *y = b; x != aEnd; ++x) {
            while (y != bEnd && *y < *x)
                ++y;
            asPlaced += y - b;
        }
        for (const int *y = b, *x = a; y != bEnd; ++y) {
            while (x != aEnd && *x < *y)
                ++x;
            swapped += x - a;
        }
        return {asPlaced, swapped};
    }

    // Per row entry of the adjacency, the sorted positions of the item's neighbours.
    void sortNeighbourPositions(const std::vector<int> &items, const Adjacency &adjacency,
                                std::vector<int> &sorted) const
    {
        for (int item : items) {
            for (int i = adjacency.begin(item); i < adjacency.end(item); ++i)
                at(sorted, i) = at(m_position, at(adjacency.targets, i));
            std::sort(sorted.begin() + adjacency.begin(item), sorted.begin() + adjacency.end(item));
        }
    }

    // Crossings between u and v against both neighbouring layers, with u left of v and the other
    // way round. Needs the sorted neighbour positions of the layer.
    std::pair<long long, long long> pairCost(int u, int v) const
    {
        long long asPlaced = 0, swapped = 0;
        for (const auto &[adjacency, sorted] :
             {std::pair {&m_up, &m_sortedUp}, std::pair {&m_down, &m_sortedDown}}) {
            const int *base = sorted->data();
            const auto [placed, otherWay]
                = pairCrossings(base + adjacency->begin(u), base + adjacency->end(u),
                                base + adjacency->begin(v), base + adjacency->end(v));
            asPlaced += placed;
            swapped += otherWay;
        }
        return {asPlaced, swapped};
    }

    // One scan of a layer swapping neighbours where that removes crossings (dot's transpose step).
    // The other layers stand still meanwhile, so their positions are sorted once per item.
    long long transposeLayer(int layer, bool acceptTies)
    {
        std::vector<int> &items = at(m_layers, layer);
        sortNeighbourPositions(items, m_up, m_sortedUp);
        sortNeighbourPositions(items, m_down, m_sortedDown);
        long long gained = 0;
        for (int i = 0; i + 1 < sizeOf(items); ++i) {
            const int u = at(items, i), v = at(items, i + 1);
            if (at(m_band, u) != at(m_band, v) || (at(m_fixed, u) && at(m_fixed, v)))
                continue;
            if ((inCycle(u) || inCycle(v)) && !m_usePrevious && !isCycleMate(u, v))
                continue;
            const auto [asPlaced, swapped] = pairCost(u, v);
            if (swapped < asPlaced || (acceptTies && swapped == asPlaced && asPlaced > 0)) {
                std::swap(at(items, i), at(items, i + 1));
                at(m_position, u) = i + 1;
                at(m_position, v) = i;
                gained += asPlaced - swapped;
            }
        }
        return gained;
    }

    // Sifting: each item in turn tries the slots of its band up to window places away and takes
    // the one with the fewest crossings.
    long long siftLayer(int layer, int window)
    {
        const bool keepCyclesTogether = !m_usePrevious;
        std::vector<int> &items = at(m_layers, layer);
        sortNeighbourPositions(items, m_up, m_sortedUp);
        sortNeighbourPositions(items, m_down, m_sortedDown);
        const std::vector<int> candidates = items;
        const auto splitsBlock = [&](int left, int right) {
            return keepCyclesTogether && left >= 0 && right < sizeOf(items)
                && isCycleMate(at(items, left), at(items, right));
        };
        long long gained = 0;
        for (int u : candidates) {
            if (at(m_fixed, u) || (keepCyclesTogether && inCycle(u)))
                continue;
            const int from = at(m_position, u);
            long long delta = 0, bestDelta = 0;
            int best = from;
            for (int q = from - 1;
                 q >= std::max(0, from - window) && at(m_band, at(items, q)) == at(m_band, u);
                 --q) {
                const auto [uLeft, vLeft] = pairCost(u, at(items, q));
                delta += uLeft - vLeft;
                if (delta < bestDelta && !splitsBlock(q - 1, q)) {
                    bestDelta = delta;
                    best = q;
                }
            }
            delta = 0;
            for (int q = from + 1; q < std::min(sizeOf(items), from + window + 1)
                 && at(m_band, at(items, q)) == at(m_band, u);
                 ++q) {
                const auto [uLeft, vLeft] = pairCost(u, at(items, q));
                delta += vLeft - uLeft;
                if (delta < bestDelta && !splitsBlock(q, q + 1)) {
                    bestDelta = delta;
                    best = q;
                }
            }
            if (best == from)
                continue;
            if (best < from)
                std::rotate(items.begin() + best, items.begin() + from, items.begin() + from + 1);
            else
                std::rotate(items.begin() + from, items.begin() + from + 1,
                            items.begin() + best + 1);
            for (int i = std::min(from, best); i <= std::max(from, best); ++i)
                at(m_position, at(items, i)) = i;
            gained -= bestDelta;
        }
        return gained;
    }

    bool transposeAll(bool acceptTies = false)
    {
        for (int pass = 0; pass < MaxTransposePasses; ++pass) {
            if (isCancelled(m_cancel))
                return false;
            long long gained = 0;
            for (int layer = 0; layer < m_layerCount; ++layer)
                gained += transposeLayer(layer, acceptTies);
            if (gained == 0)
                break;
        }
        return true;
    }

    struct Order
    {
        std::vector<std::vector<int>> layers;
        std::vector<int> band;
        std::vector<int> groupRank;
        std::vector<double> rankValue;
        long long crossings = std::numeric_limits<long long>::max();
    };

    void keepIfNotWorse(Order &best, long long crossings) const
    {
        if (crossings > best.crossings)
            return;
        best.layers = m_layers;
        best.band = m_band;
        best.groupRank = m_groupRank;
        best.rankValue = m_rankValue;
        best.crossings = crossings;
    }

    void restore(const Order &best)
    {
        m_layers = best.layers;
        m_band = best.band;
        m_groupRank = best.groupRank;
        m_rankValue = best.rankValue;
        for (int layer = 0; layer < m_layerCount; ++layer)
            updatePositions(layer);
    }

    void sweep(bool down)
    {
        if (m_hasGroups)
            updateRankValues();
        if (down) {
            for (int layer = 1; layer < m_layerCount; ++layer)
                reorderLayer(layer, layer - 1, m_up);
        } else {
            for (int layer = m_layerCount - 2; layer >= 0; --layer)
                reorderLayer(layer, layer + 1, m_down);
        }
    }

    // As dot does it: a few sweeps from each of two starts (depth-first from the top and from
    // the bottom), then more from the better one until they stop paying; the best order seen
    // wins. With previous positions there is one start, the previous order.
    bool orderLayers()
    {
        m_key.assign(std::size_t(m_itemCount), 0);
        m_slot.assign(std::size_t(m_itemCount), 0);
        m_cycleKeySum.assign(std::size_t(m_componentCount), 0);
        m_cycleKeyCount.assign(std::size_t(m_componentCount), 0);
        m_sortedUp.resize(m_up.targets.size());
        m_sortedDown.resize(m_down.targets.size());
        Order best;
        const int starts = m_usePrevious ? 1 : 2;
        for (int start = 0; start < starts; ++start) {
            initialOrder(start == 0);
            keepIfNotWorse(best, countCrossings());
            for (int i = 0; i < SweepsPerStart && best.crossings > 0; ++i) {
                if (isCancelled(m_cancel))
                    return false;
                sweep((i % 2 == 0) == (start == 0));
                keepIfNotWorse(best, countCrossings());
            }
        }
        restore(best);
        const bool transposeEverySweep = m_down.targets.size() <= TransposeEverySweepUpTo;
        for (int i = 0, trying = 0; i < MaxSweeps && trying < MinQuit && best.crossings > 0; ++i) {
            if (isCancelled(m_cancel))
                return false;
            sweep(i % 2 == 0);
            // Like dot, every other pair of sweeps also takes swaps that change nothing, which
            // gets the order off plateaus.
            if (transposeEverySweep && !transposeAll(i % 4 < 2))
                return false;
            const long long crossings = countCrossings();
            ++trying;
            if (crossings < Convergence * double(best.crossings))
                trying = 0;
            keepIfNotWorse(best, crossings);
        }
        restore(best);
        if (!transposeAll())
            return false;
        // The window spreads a fixed amount of work over the items: whole layers on small
        // drawings, a neighbourhood on large ones.
        const int window = int(std::max<long long>(
            MinSiftWindow, SiftBudget / (4LL * SiftRounds * std::max(1, m_itemCount))));
        for (int round = 0; round < SiftRounds; ++round) {
            if (isCancelled(m_cancel))
                return false;
            long long gained = 0;
            for (int layer = 0; layer < m_layerCount; ++layer)
                gained += siftLayer(layer, window);
            for (int layer = m_layerCount - 1; layer >= 0; --layer)
                gained += siftLayer(layer, window);
            if (gained == 0)
                break;
        }
        m_crossings = countCrossings();
        return true;
    }

    // --- coordinates ---------------------------------------------------------------------------

    double gapBetween(int left, int right) const
    {
        // Parallel long edges may run closer together than nodes stand, never closer to a node.
        const double gap = isDummy(left) && isDummy(right) ? m_input.nodeGap / 2 : m_input.nodeGap;
        return (at(m_itemWidth, left) + at(m_itemWidth, right)) / 2 + std::max(0.0, gap);
    }

    // Solves one layer for x given its neighbours: each band's run of items separately, as bands
    // are placed side by side afterwards.
    void placeLayer(int layer)
    {
        const std::vector<int> &items = at(m_layers, layer);
        const int count = sizeOf(items);
        m_target.resize(std::size_t(count));
        m_weight.resize(std::size_t(count));
        m_gap.resize(std::size_t(count));
        m_solved.resize(std::size_t(count));
        for (int i = 0; i < count; ++i) {
            const int item = at(items, i);
            double weight = 0, weighted = 0;
            for (const Adjacency *adjacency : {&m_up, &m_down}) {
                for (int k = adjacency->begin(item); k < adjacency->end(item); ++k) {
                    const int other = at(adjacency->targets, k);
                    if (at(m_band, other) != at(m_band, item))
                        continue;
                    const double w = at(adjacency->weights, k);
                    weight += w;
                    weighted += w * at(m_x, other);
                }
            }
            if (weight > 0) {
                at(m_target, i) = weighted / weight;
                at(m_weight, i) = weight;
            } else {
                at(m_target, i) = at(m_x, item);
                at(m_weight, i) = IdleWeight;
            }
            if (i + 1 < count)
                at(m_gap, i) = gapBetween(item, at(items, i + 1));
        }
        for (int first = 0; first < count;) {
            int last = first + 1;
            while (last < count && at(m_band, at(items, last)) == at(m_band, at(items, first)))
                ++last;
            m_solver.solve(m_target.data() + first, m_weight.data() + first, m_gap.data() + first,
                           m_solved.data() + first, last - first);
            first = last;
        }
        for (int i = 0; i < count; ++i)
            at(m_x, at(items, i)) = at(m_solved, i);
    }

    bool assignCoordinates()
    {
        m_x.assign(std::size_t(m_itemCount), 0);
        // Start packed and centred on zero, band by band.
        for (const std::vector<int> &items : m_layers) {
            for (int first = 0; first < sizeOf(items);) {
                int last = first + 1;
                double x = 0;
                while (last < sizeOf(items)
                       && at(m_band, at(items, last)) == at(m_band, at(items, first))) {
                    x += gapBetween(at(items, last - 1), at(items, last));
                    at(m_x, at(items, last)) = x;
                    ++last;
                }
                for (int i = first; i < last; ++i)
                    at(m_x, at(items, i)) -= x / 2;
                first = last;
            }
        }
        // Block coordinate descent on sum w * (x_u - x_v)^2 over the edges within each band: every
        // layer solve is exact, so each one lowers the objective and the rounds converge.
        for (int round = 0; round < CoordinateRounds; ++round) {
            if (isCancelled(m_cancel))
                return false;
            for (int layer = 0; layer < m_layerCount; ++layer)
                placeLayer(layer);
            for (int layer = m_layerCount - 1; layer >= 0; --layer)
                placeLayer(layer);
        }

        // Bands side by side: each group's band is a column of its own, so boxes cannot overlap.
        const int bands = 2 * m_rankedGroups + 1;
        std::vector<double> left(std::size_t(bands), std::numeric_limits<double>::infinity());
        std::vector<double> right(std::size_t(bands), -std::numeric_limits<double>::infinity());
        for (int item = 0; item < m_itemCount; ++item) {
            const double half = at(m_itemWidth, item) / 2;
            at(left, at(m_band, item)) = std::min(at(left, at(m_band, item)), at(m_x, item) - half);
            at(right, at(m_band, item))
                = std::max(at(right, at(m_band, item)), at(m_x, item) + half);
        }
        std::vector<double> shift(std::size_t(bands), 0);
        m_bandLeft.assign(std::size_t(bands), 0);
        m_bandRight.assign(std::size_t(bands), 0);
        double cursor = 0;
        bool first = true;
        for (int band = 0; band < bands; ++band) {
            if (!std::isfinite(at(left, band)))
                continue;
            const double padding = band % 2 == 1 ? std::max(0.0, m_input.groupPadding) : 0;
            if (!first)
                cursor += std::max(0.0, m_input.nodeGap);
            first = false;
            at(m_bandLeft, band) = cursor;
            at(shift, band) = cursor + padding - at(left, band);
            cursor += at(right, band) - at(left, band) + 2 * padding;
            at(m_bandRight, band) = cursor;
        }
        for (int item = 0; item < m_itemCount; ++item)
            at(m_x, item) += at(shift, at(m_band, item));

        m_layerHeight.assign(std::size_t(m_layerCount), 0);
        for (int v = 0; v < m_nodeCount; ++v) {
            double &height = at(m_layerHeight, at(m_layerOf, v));
            height = std::max(height, at(m_sizes, v).height());
        }
        m_layerCentre.resize(std::size_t(m_layerCount));
        double top = 0;
        for (int layer = 0; layer < m_layerCount; ++layer) {
            at(m_layerCentre, layer) = top + at(m_layerHeight, layer) / 2;
            top += at(m_layerHeight, layer) + std::max(0.0, m_input.layerGap);
        }
        return true;
    }

    // --- result --------------------------------------------------------------------------------

    QRectF nodeRect(int v) const
    {
        const QSizeF size = at(m_sizes, v);
        const double y = at(m_layerCentre, at(m_layerOf, v));
        return {at(m_x, v) - size.width() / 2, y - size.height() / 2, size.width(), size.height()};
    }

    // Side to side; around through the gap above the layer when something stands in between.
    std::vector<QPointF> flatRoute(int consumer, int provider, bool reverseExists) const
    {
        const QRectF from = nodeRect(consumer), to = nodeRect(provider);
        const bool rightwards = at(m_position, consumer) < at(m_position, provider);
        // With both directions present the two routes keep apart, one above the other.
        const double offset
            = reverseExists ? (rightwards ? -1 : 1) * std::min(from.height(), to.height()) / 5 : 0;
        const QPointF start(rightwards ? from.right() : from.left(), from.center().y() + offset);
        const QPointF end(rightwards ? to.left() : to.right(), to.center().y() + offset);
        const std::vector<int> &items = at(m_layers, at(m_layerOf, consumer));
        const int low = std::min(at(m_position, consumer), at(m_position, provider));
        const int high = std::max(at(m_position, consumer), at(m_position, provider));
        bool blocked = false;
        for (int i = low + 1; i < high && !blocked; ++i)
            blocked = !isDummy(at(items, i));
        if (!blocked)
            return {start, end};
        const int layer = at(m_layerOf, consumer);
        const double above = at(m_layerCentre, layer) - at(m_layerHeight, layer) / 2
            - std::max(0.0, m_input.layerGap) * (reverseExists && !rightwards ? 0.2 : 0.35);
        return {start, QPointF(start.x(), above), QPointF(end.x(), above), end};
    }

    void writeResult(LayoutResult &result) const
    {
        result.layerCount = m_layerCount;
        result.layer = m_layerOf;
        result.centres.resize(std::size_t(m_nodeCount));
        for (int v = 0; v < m_nodeCount; ++v)
            at(result.centres, v) = QPointF(at(m_x, v), at(m_layerCentre, at(m_layerOf, v)));
        QRectF bounds;
        for (int v = 0; v < m_nodeCount; ++v)
            bounds = bounds.united(nodeRect(v));

        double routeLeft = std::numeric_limits<double>::infinity(), routeTop = routeLeft;
        double routeRight = -routeLeft, routeBottom = -routeLeft;
        result.routes.reserve(m_edges.size());
        for (int e = 0; e < sizeOf(m_edges); ++e) {
            const auto [consumer, provider] = at(m_edges, e);
            EdgeRoute route;
            route.consumer = consumer;
            route.provider = provider;
            if (at(m_edgeFlat, e)) {
                const bool reverseExists = std::binary_search(m_edges.begin(), m_edges.end(),
                                                              std::pair {provider, consumer});
                route.points = flatRoute(consumer, provider, reverseExists);
            } else {
                const QRectF from = nodeRect(consumer), to = nodeRect(provider);
                route.points.emplace_back(from.center().x(), from.bottom());
                const int first = at(m_edgeFirstDummy, e);
                const int span = at(m_layerOf, provider) - at(m_layerOf, consumer);
                for (int k = 0; first >= 0 && k < span - 1; ++k)
                    route.points.emplace_back(at(m_x, first + k),
                                              at(m_layerCentre, at(m_itemLayer, first + k)));
                route.points.emplace_back(to.center().x(), to.top());
            }
            // united() skips empty rectangles, and a point is one.
            for (const QPointF &point : route.points) {
                routeLeft = std::min(routeLeft, point.x());
                routeRight = std::max(routeRight, point.x());
                routeTop = std::min(routeTop, point.y());
                routeBottom = std::max(routeBottom, point.y());
            }
            result.routes.push_back(std::move(route));
        }

        if (routeLeft <= routeRight)
            bounds = bounds.united(
                QRectF(QPointF(routeLeft, routeTop), QPointF(routeRight, routeBottom)));

        result.groupBoxes.assign(std::size_t(std::max(0, m_input.groupCount)), QRectF());
        std::vector<int> firstLayer(result.groupBoxes.size(), std::numeric_limits<int>::max());
        std::vector<int> lastLayer(result.groupBoxes.size(), -1);
        for (int v = 0; v < m_nodeCount; ++v) {
            const int group = at(m_groupOf, v);
            if (group < 0)
                continue;
            at(firstLayer, group) = std::min(at(firstLayer, group), at(m_layerOf, v));
            at(lastLayer, group) = std::max(at(lastLayer, group), at(m_layerOf, v));
        }
        const double padding = std::max(0.0, m_input.groupPadding);
        for (int group = 0; group < sizeOf(result.groupBoxes); ++group) {
            if (at(lastLayer, group) < 0)
                continue;
            const int band = 2 * at(m_groupRank, group) + 1;
            const int top = at(firstLayer, group), bottom = at(lastLayer, group);
            const double y0 = at(m_layerCentre, top) - at(m_layerHeight, top) / 2 - padding;
            const double y1 = at(m_layerCentre, bottom) + at(m_layerHeight, bottom) / 2 + padding;
            at(result.groupBoxes, group)
                = QRectF(QPointF(at(m_bandLeft, band), y0), QPointF(at(m_bandRight, band), y1));
            bounds = bounds.united(at(result.groupBoxes, group));
        }
        result.bounds = bounds;
        result.crossings = int(std::min<long long>(m_crossings, std::numeric_limits<int>::max()));
    }

    const LayoutInput &m_input;
    const std::atomic_bool *m_cancel;

    int m_nodeCount = 0;
    std::vector<QSizeF> m_sizes;
    std::vector<int> m_groupOf;
    std::vector<double> m_previousX;
    bool m_usePrevious = false;
    std::vector<std::pair<int, int>> m_edges; // distinct, no self-edges, sorted

    std::vector<int> m_componentOf;
    int m_componentCount = 0;
    std::vector<int> m_layerOf;
    int m_layerCount = 0;

    // Items are the real nodes (0 .. nodeCount - 1) followed by the dummies.
    int m_itemCount = 0;
    std::vector<int> m_itemLayer;
    std::vector<double> m_itemWidth;
    std::vector<int> m_itemGroup;
    std::vector<int> m_dummyEdge; // per dummy
    std::vector<int> m_edgeFirstDummy; // per edge; a chain's dummies have consecutive ids
    std::vector<char> m_edgeFlat;
    Adjacency m_down, m_up; // between items of neighbouring layers

    std::vector<std::vector<int>> m_layers;
    std::vector<std::vector<int>> m_layersByIndex;
    std::vector<int> m_position;
    std::vector<double> m_initialKey;
    std::vector<char> m_fixed;
    std::vector<double> m_key;
    std::vector<int> m_slot;
    std::vector<int> m_band;
    bool m_hasGroups = false;
    int m_rankedGroups = 0;
    std::vector<int> m_groupRank;
    std::vector<double> m_rankValue;
    long long m_crossings = 0;
    std::vector<int> m_fenwick, m_scratch, m_sortedUp, m_sortedDown;
    struct SortEntry
    {
        int band;
        double blockKey;
        int block; // a cycle's component, or -1
        double key;
        int position;
        int item;
        bool operator<(const SortEntry &other) const
        {
            return std::tie(band, blockKey, block, key, position)
                < std::tie(other.band, other.blockKey, other.block, other.key, other.position);
        }
    };
    std::vector<SortEntry> m_sortEntries;
    struct PlainSortEntry
    {
        double key;
        int position;
        int item;
        bool operator<(const PlainSortEntry &other) const
        {
            return key < other.key || (key == other.key && position < other.position);
        }
    };
    std::vector<PlainSortEntry> m_plainEntries;
    std::vector<char> m_layerHasCycle;
    std::vector<char> m_inCycle; // per node: its component has other members
    std::vector<double> m_cycleKeySum;
    std::vector<int> m_cycleKeyCount;

    std::vector<double> m_x;
    std::vector<double> m_target, m_weight, m_gap, m_solved;
    LayerSolver m_solver;
    std::vector<double> m_bandLeft, m_bandRight;
    std::vector<double> m_layerHeight, m_layerCentre;
};

} // namespace

LayoutResult layeredLayout(const LayoutInput &input, const std::atomic_bool *cancel)
{
    if (isCancelled(cancel)) {
        LayoutResult result;
        result.cancelled = true;
        return result;
    }
    return LayeredLayouter(input, cancel).run();
}

long long countCrossingsAtLines(const std::vector<std::vector<QPointF>> &routes,
                                const std::vector<qreal> &lines)
{
    if (lines.size() < 2)
        return 0;
    // Per strip between lines k and k + 1: where each route that spans it cuts the two lines.
    std::vector<std::vector<std::pair<double, double>>> strips(lines.size() - 1);
    std::vector<double> cut(lines.size());
    std::vector<char> hasCut(lines.size(), 0);
    std::vector<std::size_t> touched;
    for (const std::vector<QPointF> &route : routes) {
        touched.clear();
        for (std::size_t i = 0; i + 1 < route.size(); ++i) {
            const QPointF a = route[i], b = route[i + 1];
            const double low = std::min(a.y(), b.y()), high = std::max(a.y(), b.y());
            for (auto line = std::lower_bound(lines.begin(), lines.end(), low);
                 line != lines.end() && *line <= high; ++line) {
                const std::size_t k = std::size_t(line - lines.begin());
                if (hasCut[k])
                    continue; // the first time the route reaches a line is where it cuts it
                hasCut[k] = 1;
                touched.push_back(k);
                cut[k] = a.y() == b.y()
                    ? a.x()
                    : a.x() + (b.x() - a.x()) * (*line - a.y()) / (b.y() - a.y());
            }
        }
        for (std::size_t k : touched) {
            if (k + 1 < lines.size() && hasCut[k + 1])
                strips[k].emplace_back(cut[k], cut[k + 1]);
        }
        for (std::size_t k : touched)
            hasCut[k] = 0;
    }
    long long crossings = 0;
    std::vector<double> lower, scratch;
    for (std::vector<std::pair<double, double>> &strip : strips) {
        // Sorted by the upper cut, with ties by the lower one so that routes leaving one point are
        // never counted; then every inversion of the lower cuts is a swap.
        std::sort(strip.begin(), strip.end());
        lower.clear();
        for (const auto &[upper, bottom] : strip)
            lower.push_back(bottom);
        crossings += countInversions(lower, scratch);
    }
    return crossings;
}

} // namespace Signalbox

#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <atomic>
#include <vector>

namespace Signalbox {

// A layered (Sugiyama-style) drawing of the dependency graph: consumers above the providers they
// need, few crossings, long edges routed through the gaps between nodes. Pure geometry, no
// widgets: the graph view lays out on a worker thread and hands the result to the scene.
//
// The drawing depends only on structure (nodes, edges, sizes, groups) and on the previous
// positions it is given, never on status: a status change cannot move a node, and a relayout
// after a service was added keeps the others where they were as far as the new one allows.
struct LayoutInput
{
    int nodeCount = 0;
    // consumer -> provider, by node index. Repeats and self-edges are allowed and ignored.
    std::vector<std::pair<int, int>> edges;
    // Per node; empty means every node is defaultSize.
    std::vector<QSizeF> sizes;
    QSizeF defaultSize {160, 44};
    // Per node: a group id (0..groupCount-1) whose members are kept side by side in one box, or
    // -1. Empty means no groups.
    std::vector<int> groups;
    int groupCount = 0;
    // Per node: the centre it had in the previous drawing, to keep the order of each layer; NaN
    // (or an empty vector) for nodes that are new.
    std::vector<QPointF> previous;

    qreal layerGap = 90; // vertical space between layers
    qreal nodeGap = 28; // horizontal space between neighbours in a layer
    qreal groupPadding = 14; // between a group's box and its members
};

struct EdgeRoute
{
    int consumer = -1;
    int provider = -1;
    // From the consumer's bottom centre to the provider's top centre, through one point per layer
    // crossed. Flat edges (inside a cycle, same layer) go from side to side.
    std::vector<QPointF> points;
};

struct LayoutResult
{
    std::vector<QPointF> centres; // per node
    std::vector<int> layer; // per node; 0 is the top (consumers nobody needs)
    int layerCount = 0;
    std::vector<EdgeRoute> routes; // one per distinct edge, sorted by (consumer, provider)
    std::vector<QRectF> groupBoxes; // per group id; empty rect for groups without members
    QRectF bounds;
    // Between adjacent layers, counted on the final order: the same number countCrossingsAtLines
    // gives for the routes extended to their nodes' centres, cut at the layers' centre lines.
    // Flat edges (inside cycles) are not counted.
    int crossings = 0;
    bool cancelled = false;
};

// cancel, when given, is polled between phases and sweeps; a cancelled layout returns early with
// cancelled set and no other guarantee.
LayoutResult layeredLayout(const LayoutInput &input, const std::atomic_bool *cancel = nullptr);

// Crossings of straight or polyline drawings measured the same way for any layout engine: each
// route is cut at the given horizontal lines (sorted by y) and, between each pair of neighbouring
// lines, pairs of routes whose order swaps count as one crossing. Used to compare with dot.
long long countCrossingsAtLines(const std::vector<std::vector<QPointF>> &routes,
                                const std::vector<qreal> &lines);

} // namespace Signalbox

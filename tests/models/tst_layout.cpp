#include "layout/layeredlayout.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <thread>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

// Test graphs in a few words: "a>b b>c d" is a needs b, b needs c, and d on its own. Nodes are
// numbered in order of first mention.
struct Graph
{
    QStringList names;
    LayoutInput input;

    explicit Graph(const QString &spec)
    {
        for (const QString &word : spec.split(u' ', Qt::SkipEmptyParts)) {
            const QStringList ends = word.split(u'>');
            for (const QString &end : ends) {
                if (!names.contains(end))
                    names.append(end);
            }
            if (ends.size() == 2)
                input.edges.emplace_back(int(names.indexOf(ends.at(0))),
                                         int(names.indexOf(ends.at(1))));
        }
        input.nodeCount = int(names.size());
    }

    int operator[](const QString &name) const
    {
        const qsizetype index = names.indexOf(name);
        Q_ASSERT(index >= 0);
        return int(index);
    }
};

// Like a real workspace: services in bands, each needing one to three services in deeper bands,
// mostly nearby ones, and a few calls back up that close cycles.
LayoutInput randomGraph(int count, unsigned seed, int cycles = 3)
{
    std::mt19937 rng(seed);
    const int bands = 8;
    LayoutInput input;
    input.nodeCount = count;
    for (int node = 0; node < count; ++node) {
        const int band = node * bands / count;
        if (band == bands - 1)
            continue;
        const int first = ((band + 1) * count + bands - 1) / bands;
        std::uniform_int_distribution<int> deeper(first, std::min(count - 1, first + count / 3));
        const int needs = std::uniform_int_distribution<int>(1, 3)(rng);
        for (int k = 0; k < needs; ++k)
            input.edges.emplace_back(node, deeper(rng));
    }
    const std::vector<std::pair<int, int>> forward = input.edges;
    for (int c = 0; c < cycles; ++c) {
        const auto [consumer, provider] = forward[rng() % forward.size()];
        input.edges.emplace_back(provider, consumer);
    }
    return input;
}

void addGroups(LayoutInput &input, int groupCount)
{
    input.groupCount = groupCount;
    input.groups.resize(std::size_t(input.nodeCount));
    for (int node = 0; node < input.nodeCount; ++node)
        input.groups[std::size_t(node)] = node % 3 == 0 ? -1 : (node / 5) % groupCount;
}

void varySizes(LayoutInput &input)
{
    input.sizes.resize(std::size_t(input.nodeCount));
    for (int node = 0; node < input.nodeCount; ++node)
        input.sizes[std::size_t(node)] = QSizeF(80 + (node * 37) % 200, 30 + (node * 13) % 40);
}

QSizeF sizeOf(const LayoutInput &input, int node)
{
    return std::size_t(node) < input.sizes.size() ? input.sizes[std::size_t(node)]
                                                  : input.defaultSize;
}

QRectF rectOf(const LayoutInput &input, const LayoutResult &result, int node)
{
    const QSizeF size = sizeOf(input, node);
    const QPointF centre = result.centres[std::size_t(node)];
    return {centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
            size.height()};
}

bool near(qreal a, qreal b)
{
    return std::abs(a - b) < 1e-6;
}

// QPointF and QRectF compare fuzzily; determinism means the very same numbers.
bool sameNumbers(const std::vector<QPointF> &a, const std::vector<QPointF> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](QPointF p, QPointF q) { return p.x() == q.x() && p.y() == q.y(); });
}

bool sameNumbers(const QRectF &a, const QRectF &b)
{
    return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height();
}

bool strictlyInside(const QRectF &rect, const QPointF &point)
{
    return rect.adjusted(0.01, 0.01, -0.01, -0.01).contains(point);
}

// What the test knows independently of the layout: which nodes reach which.
std::vector<std::vector<char>> reachability(const LayoutInput &input)
{
    const std::size_t n = std::size_t(input.nodeCount);
    std::vector<std::vector<int>> providers(n);
    for (const auto &[consumer, provider] : input.edges)
        providers[std::size_t(consumer)].push_back(provider);
    std::vector<std::vector<char>> reaches(n, std::vector<char>(n, 0));
    for (std::size_t start = 0; start < n; ++start) {
        std::vector<int> stack {int(start)};
        while (!stack.empty()) {
            const int node = stack.back();
            stack.pop_back();
            for (int next : providers[std::size_t(node)]) {
                if (!reaches[start][std::size_t(next)]) {
                    reaches[start][std::size_t(next)] = 1;
                    stack.push_back(next);
                }
            }
        }
    }
    return reaches;
}

std::set<std::pair<int, int>> distinctEdges(const LayoutInput &input)
{
    std::set<std::pair<int, int>> edges;
    for (const auto &edge : input.edges) {
        if (edge.first != edge.second)
            edges.insert(edge);
    }
    return edges;
}

// Each check returns the first problem it finds, or nothing.

QString layeringProblem(const LayoutInput &input, const LayoutResult &result)
{
    const auto reaches = reachability(input);
    for (const auto &[consumer, provider] : distinctEdges(input)) {
        const int above = result.layer[std::size_t(consumer)];
        const int below = result.layer[std::size_t(provider)];
        const bool cycle = reaches[std::size_t(provider)][std::size_t(consumer)];
        if (cycle && above != below)
            return u"%1 and %2 are in a cycle but on layers %3 and %4"_s.arg(consumer)
                .arg(provider)
                .arg(above)
                .arg(below);
        if (!cycle && above >= below)
            return u"%1 (layer %2) needs %3 (layer %4)"_s.arg(consumer)
                .arg(above)
                .arg(provider)
                .arg(below);
    }
    for (int node = 0; node < input.nodeCount; ++node) {
        const int layer = result.layer[std::size_t(node)];
        if (layer < 0 || layer >= result.layerCount)
            return u"node %1 on layer %2 of %3"_s.arg(node).arg(layer).arg(result.layerCount);
    }
    // One y per layer, growing downwards.
    std::map<int, qreal> yOfLayer;
    for (int node = 0; node < input.nodeCount; ++node) {
        const auto [it, added] = yOfLayer.emplace(result.layer[std::size_t(node)],
                                                  result.centres[std::size_t(node)].y());
        if (!added && it->second != result.centres[std::size_t(node)].y())
            return u"layer %1 has two heights"_s.arg(it->first);
    }
    qreal previous = -1e300;
    for (const auto &[layer, y] : yOfLayer) {
        if (y <= previous)
            return u"layer %1 is not below the one above it"_s.arg(layer);
        previous = y;
    }
    return {};
}

QString overlapProblem(const LayoutInput &input, const LayoutResult &result)
{
    for (int a = 0; a < input.nodeCount; ++a) {
        for (int b = a + 1; b < input.nodeCount; ++b) {
            if (rectOf(input, result, a).intersects(rectOf(input, result, b)))
                return u"nodes %1 and %2 overlap"_s.arg(a).arg(b);
        }
    }
    return {};
}

QString routeProblem(const LayoutInput &input, const LayoutResult &result)
{
    const std::set<std::pair<int, int>> edges = distinctEdges(input);
    if (result.routes.size() != edges.size())
        return u"%1 routes for %2 distinct edges"_s.arg(result.routes.size()).arg(edges.size());
    auto edge = edges.begin();
    for (const EdgeRoute &route : result.routes) {
        if (std::pair {route.consumer, route.provider} != *edge++)
            return u"route %1>%2 out of order or unknown"_s.arg(route.consumer).arg(route.provider);
        if (route.points.size() < 2)
            return u"route %1>%2 has %3 points"_s.arg(route.consumer)
                .arg(route.provider)
                .arg(route.points.size());
        const QRectF from = rectOf(input, result, route.consumer);
        const QRectF to = rectOf(input, result, route.provider);
        const bool flat = result.layer[std::size_t(route.consumer)]
            == result.layer[std::size_t(route.provider)];
        if (flat) {
            const QPointF start = route.points.front(), end = route.points.back();
            if (!(near(start.x(), from.left()) || near(start.x(), from.right()))
                || !(near(end.x(), to.left()) || near(end.x(), to.right())))
                return u"flat route %1>%2 does not go side to side"_s.arg(route.consumer)
                    .arg(route.provider);
        } else {
            if (route.points.front() != QPointF(from.center().x(), from.bottom())
                || route.points.back() != QPointF(to.center().x(), to.top()))
                return u"route %1>%2 does not run bottom centre to top centre"_s.arg(route.consumer)
                    .arg(route.provider);
            const int crossed = result.layer[std::size_t(route.provider)]
                - result.layer[std::size_t(route.consumer)] - 1;
            if (int(route.points.size()) != crossed + 2)
                return u"route %1>%2 crosses %3 layers with %4 points"_s.arg(route.consumer)
                    .arg(route.provider)
                    .arg(crossed)
                    .arg(route.points.size());
            for (std::size_t i = 1; i < route.points.size(); ++i) {
                if (route.points[i].y() <= route.points[i - 1].y())
                    return u"route %1>%2 does not run downwards"_s.arg(route.consumer)
                        .arg(route.provider);
            }
        }
        for (const QPointF &point : route.points) {
            for (int node = 0; node < input.nodeCount; ++node) {
                if (strictlyInside(rectOf(input, result, node), point))
                    return u"route %1>%2 runs through node %3"_s.arg(route.consumer)
                        .arg(route.provider)
                        .arg(node);
            }
        }
    }
    return {};
}

QString groupProblem(const LayoutInput &input, const LayoutResult &result)
{
    if (int(result.groupBoxes.size()) != input.groupCount)
        return u"%1 group boxes for %2 groups"_s.arg(result.groupBoxes.size())
            .arg(input.groupCount);
    const auto groupOf = [&](int node) {
        return std::size_t(node) < input.groups.size() ? input.groups[std::size_t(node)] : -1;
    };
    std::vector<std::vector<int>> layers(std::size_t(result.layerCount));
    for (int node = 0; node < input.nodeCount; ++node)
        layers[std::size_t(result.layer[std::size_t(node)])].push_back(node);
    std::set<std::pair<int, int>> leftOf; // (g, h): g left of h somewhere
    for (std::vector<int> &layer : layers) {
        std::sort(layer.begin(), layer.end(), [&](int a, int b) {
            return result.centres[std::size_t(a)].x() < result.centres[std::size_t(b)].x();
        });
        std::set<int> closed;
        for (std::size_t i = 0; i < layer.size(); ++i) {
            const int group = groupOf(layer[i]);
            if (group >= 0 && closed.contains(group))
                return u"group %1 is split in layer %2"_s.arg(group).arg(
                    result.layer[std::size_t(layer[i])]);
            if (i + 1 < layer.size() && groupOf(layer[i + 1]) != group && group >= 0)
                closed.insert(group);
        }
        int last = -1;
        for (int node : layer) {
            const int group = groupOf(node);
            if (group < 0 || group == last)
                continue;
            if (last >= 0)
                leftOf.emplace(last, group);
            last = group;
        }
    }
    for (const auto &[g, h] : leftOf) {
        if (leftOf.contains({h, g}))
            return u"groups %1 and %2 swap sides between layers"_s.arg(g).arg(h);
    }
    for (int node = 0; node < input.nodeCount; ++node) {
        const QRectF rect = rectOf(input, result, node);
        for (int group = 0; group < input.groupCount; ++group) {
            const QRectF box = result.groupBoxes[std::size_t(group)];
            if (group == groupOf(node) && !box.contains(rect))
                return u"group %1's box does not contain its node %2"_s.arg(group).arg(node);
            if (group != groupOf(node) && box.intersects(rect))
                return u"node %1 lies in the box of group %2"_s.arg(node).arg(group);
        }
    }
    for (int g = 0; g < input.groupCount; ++g) {
        for (int h = g + 1; h < input.groupCount; ++h) {
            if (result.groupBoxes[std::size_t(g)].intersects(result.groupBoxes[std::size_t(h)]))
                return u"group boxes %1 and %2 overlap"_s.arg(g).arg(h);
        }
    }
    return {};
}

QString boundsProblem(const LayoutInput &input, const LayoutResult &result)
{
    const QRectF bounds = result.bounds.adjusted(-0.01, -0.01, 0.01, 0.01);
    for (int node = 0; node < input.nodeCount; ++node) {
        if (!bounds.contains(rectOf(input, result, node)))
            return u"node %1 is out of bounds"_s.arg(node);
    }
    for (const EdgeRoute &route : result.routes) {
        for (const QPointF &point : route.points) {
            if (!bounds.contains(point))
                return u"route %1>%2 leaves the bounds"_s.arg(route.consumer).arg(route.provider);
        }
    }
    for (const QRectF &box : result.groupBoxes) {
        if (!box.isEmpty() && !bounds.contains(box))
            return u"a group box is out of bounds"_s;
    }
    return {};
}

// Routes extended to the node centres and cut at the layers' centre lines: the measure the
// result's crossings are documented to equal.
long long crossingsAtLayerLines(const LayoutResult &result)
{
    std::vector<std::vector<QPointF>> routes;
    for (const EdgeRoute &route : result.routes) {
        std::vector<QPointF> points {result.centres[std::size_t(route.consumer)]};
        points.insert(points.end(), route.points.begin(), route.points.end());
        points.push_back(result.centres[std::size_t(route.provider)]);
        routes.push_back(std::move(points));
    }
    std::vector<qreal> lines;
    for (const QPointF &centre : result.centres)
        lines.push_back(centre.y());
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return countCrossingsAtLines(routes, lines);
}

// The order of the given nodes in each layer, left to right.
std::map<int, std::vector<int>> orderByLayer(const LayoutResult &result,
                                             const std::vector<int> &nodes, int layerShift = 0)
{
    std::map<int, std::vector<int>> layers;
    for (int node : nodes)
        layers[result.layer[std::size_t(node)] - layerShift].push_back(node);
    for (auto &[layer, members] : layers) {
        std::sort(members.begin(), members.end(), [&](int a, int b) {
            return result.centres[std::size_t(a)].x() < result.centres[std::size_t(b)].x();
        });
    }
    return layers;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariants_data();
    void invariants();
    void chainIsStraight();
    void diamondIsBalanced();
    void cycleSharesOneLayer();
    void longEdgeGetsOnePointPerLayer();
    void repeatsAndSelfEdgesAreDropped();
    void emptyGraph();
    void zeroCrossingsWhenPossible_data();
    void zeroCrossingsWhenPossible();
    void groupsSmall();
    void deterministic();
    void previousOwnPositionsKeepOrder();
    void addingALeafKeepsTheRest_data();
    void addingALeafKeepsTheRest();
    void newNodeSlotsInByNeighbours();
    void cancelBeforeStart();
    void cancelWhileRunning();
    void crossingsAtLines_data();
    void crossingsAtLines();
};

void TestLayout::invariants_data()
{
    QTest::addColumn<QString>("edges");
    QTest::addColumn<int>("randomNodes"); // > 0: a random workspace instead of edges
    QTest::addColumn<int>("groups");
    QTest::addColumn<bool>("variedSizes");

    QTest::newRow("chain") << u"a>b b>c c>d"_s << 0 << 0 << false;
    QTest::newRow("diamond") << u"a>b a>c b>d c>d"_s << 0 << 0 << false;
    QTest::newRow("cycle") << u"a>b b>c c>a x>a c>y"_s << 0 << 0 << false;
    QTest::newRow("two cycles sharing a node") << u"a>b b>a b>c c>b d>a c>e"_s << 0 << 0 << false;
    QTest::newRow("disconnected") << u"a>b b>c d>e f g>h g>i"_s << 0 << 0 << false;
    QTest::newRow("self edge") << u"a>a a>b"_s << 0 << 0 << false;
    QTest::newRow("repeated edges") << u"a>b a>b b>c a>b"_s << 0 << 0 << false;
    QTest::newRow("long edges") << u"a>b b>c c>d d>e a>e a>d b>e x>e"_s << 0 << 0 << false;
    QTest::newRow("wide fan") << u"r>a r>b r>c r>d r>e r>f r>g r>h a>z h>z"_s << 0 << 0 << false;
    QTest::newRow("isolated only") << u"a b c"_s << 0 << 0 << false;
    QTest::newRow("random 60") << QString() << 60 << 0 << false;
    QTest::newRow("random 250") << QString() << 250 << 0 << false;
    QTest::newRow("random 120, sizes") << QString() << 120 << 0 << true;
    QTest::newRow("random 150, groups") << QString() << 150 << 4 << false;
    QTest::newRow("random 200, groups, sizes") << QString() << 200 << 7 << true;
    QTest::newRow("random 80, one group") << QString() << 80 << 1 << false;
}

void TestLayout::invariants()
{
    QFETCH(QString, edges);
    QFETCH(int, randomNodes);
    QFETCH(int, groups);
    QFETCH(bool, variedSizes);
    LayoutInput input = randomNodes > 0 ? randomGraph(randomNodes, 7 + unsigned(randomNodes))
                                        : Graph(edges).input;
    if (groups > 0)
        addGroups(input, groups);
    if (variedSizes)
        varySizes(input);

    const LayoutResult result = layeredLayout(input);
    QVERIFY(!result.cancelled);
    QCOMPARE(int(result.centres.size()), input.nodeCount);
    QCOMPARE(int(result.layer.size()), input.nodeCount);
    for (const auto &problem :
         {layeringProblem(input, result), overlapProblem(input, result),
          routeProblem(input, result), groupProblem(input, result), boundsProblem(input, result)})
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(result.crossings, crossingsAtLayerLines(result));
}

void TestLayout::chainIsStraight()
{
    const Graph g(u"a>b b>c c>d"_s);
    const LayoutResult result = layeredLayout(g.input);
    QCOMPARE(result.layerCount, 4);
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
        QCOMPARE(result.layer[std::size_t(g[name])], int(g[name]));
        QCOMPARE(result.centres[std::size_t(g[name])].x(), result.centres[0].x());
    }
    // Layers sit the gap apart.
    QCOMPARE(result.centres[1].y() - result.centres[0].y(),
             g.input.defaultSize.height() + g.input.layerGap);
}

void TestLayout::diamondIsBalanced()
{
    const Graph g(u"a>b a>c b>d c>d"_s);
    const LayoutResult result = layeredLayout(g.input);
    const auto x = [&](const QString &name) {
        return result.centres[std::size_t(g[name])].x();
    };
    QCOMPARE(result.layer, (std::vector<int> {0, 1, 1, 2}));
    QVERIFY(std::abs(x(u"b"_s) - x(u"c"_s)) >= g.input.defaultSize.width() + g.input.nodeGap);
    QVERIFY(near(x(u"a"_s), (x(u"b"_s) + x(u"c"_s)) / 2));
    QVERIFY(near(x(u"d"_s), x(u"a"_s)));
    QCOMPARE(result.crossings, 0);
}

void TestLayout::cycleSharesOneLayer()
{
    const Graph g(u"top>a a>b b>c c>a c>bottom"_s);
    const LayoutResult result = layeredLayout(g.input);
    const auto layer = [&](const QString &name) {
        return result.layer[std::size_t(g[name])];
    };
    QCOMPARE(layer(u"a"_s), layer(u"b"_s));
    QCOMPARE(layer(u"b"_s), layer(u"c"_s));
    QVERIFY(layer(u"top"_s) < layer(u"a"_s));
    QVERIFY(layer(u"c"_s) < layer(u"bottom"_s));
    QCOMPARE(result.layerCount, 3);
    // The members sit together, so at least the edges between neighbours go straight across.
    int sideToSide = 0;
    for (const EdgeRoute &route : result.routes) {
        if (layer(g.names.at(route.consumer)) == layer(g.names.at(route.provider))) {
            if (route.points.size() == 2) {
                QCOMPARE(route.points.front().y(), route.points.back().y());
                ++sideToSide;
            }
        }
    }
    QVERIFY(sideToSide >= 2);

    // Both directions between two nodes: two routes that do not coincide.
    const Graph pair(u"a>b b>a"_s);
    const LayoutResult both = layeredLayout(pair.input);
    QCOMPARE(both.routes.size(), std::size_t(2));
    QVERIFY(both.routes[0].points.front().y() != both.routes[1].points.back().y());
}

void TestLayout::longEdgeGetsOnePointPerLayer()
{
    const Graph g(u"a>b b>c c>d a>d"_s);
    const LayoutResult result = layeredLayout(g.input);
    const auto route = std::find_if(result.routes.begin(), result.routes.end(), [&](auto &r) {
        return r.consumer == g[u"a"_s] && r.provider == g[u"d"_s];
    });
    QVERIFY(route != result.routes.end());
    QCOMPARE(route->points.size(), std::size_t(4));
    // The bends sit on the layer lines of b and c, beside them.
    QCOMPARE(route->points[1].y(), result.centres[std::size_t(g[u"b"_s])].y());
    QCOMPARE(route->points[2].y(), result.centres[std::size_t(g[u"c"_s])].y());
    const qreal clearance = g.input.defaultSize.width() / 2;
    QVERIFY(std::abs(route->points[1].x() - result.centres[std::size_t(g[u"b"_s])].x())
            > clearance);
    QVERIFY(std::abs(route->points[2].x() - result.centres[std::size_t(g[u"c"_s])].x())
            > clearance);
}

void TestLayout::repeatsAndSelfEdgesAreDropped()
{
    Graph g(u"a>b a>b a>a b>b b>c a>b"_s);
    g.input.edges.emplace_back(0, 7); // out of range: ignored
    g.input.edges.emplace_back(-1, 1);
    const LayoutResult result = layeredLayout(g.input);
    QCOMPARE(result.routes.size(), std::size_t(2));
    QCOMPARE(result.routes[0].consumer, g[u"a"_s]);
    QCOMPARE(result.routes[0].provider, g[u"b"_s]);
    QCOMPARE(result.routes[1].consumer, g[u"b"_s]);
    QCOMPARE(result.routes[1].provider, g[u"c"_s]);
    QCOMPARE(result.layerCount, 3);

    const Graph selfOnly(u"a>a"_s);
    const LayoutResult alone = layeredLayout(selfOnly.input);
    QCOMPARE(alone.layerCount, 1);
    QVERIFY(alone.routes.empty());
    QCOMPARE(alone.bounds.size(), selfOnly.input.defaultSize);
}

void TestLayout::emptyGraph()
{
    LayoutInput input;
    input.groupCount = 2;
    const LayoutResult result = layeredLayout(input);
    QVERIFY(!result.cancelled);
    QVERIFY(result.centres.empty());
    QVERIFY(result.layer.empty());
    QVERIFY(result.routes.empty());
    QCOMPARE(result.layerCount, 0);
    QCOMPARE(result.crossings, 0);
    QCOMPARE(result.groupBoxes.size(), std::size_t(2));
    QVERIFY(result.groupBoxes[0].isNull() && result.groupBoxes[1].isNull());
    QVERIFY(result.bounds.isNull());
}

void TestLayout::zeroCrossingsWhenPossible_data()
{
    QTest::addColumn<QString>("edges");
    QTest::addColumn<int>("fewest");

    // Numbered so that the order of first mention crosses every pair.
    QTest::newRow("crossed pair") << u"a>y b>x a>z"_s << 0;
    QTest::newRow("K2,2 minus one edge") << u"a>d b>c b>d"_s << 0;
    QTest::newRow("K2,2 apart") << u"a>d b>c e>f e>g f>c g>d"_s << 0;
    QTest::newRow("ladder") << u"a>y b>x b>z c>y c>w d>z"_s << 0;
    QTest::newRow("tree in reverse") << u"r>b r>a b>d b>c a>f a>e c>h e>g"_s << 0;
    QTest::newRow("two trees interleaved") << u"p>x1 q>y1 p>x2 q>y2 x1>x3 y1>y3 x2>x4 y2>y4"_s << 0;
    QTest::newRow("K2,2") << u"a>c a>d b>c b>d"_s << 1;
    QTest::newRow("K3,3") << u"a>x a>y a>z b>x b>y b>z c>x c>y c>z"_s << 9;
}

void TestLayout::zeroCrossingsWhenPossible()
{
    QFETCH(QString, edges);
    QFETCH(int, fewest);
    const Graph g(edges);
    const LayoutResult result = layeredLayout(g.input);
    QCOMPARE(result.crossings, fewest);
    QCOMPARE(crossingsAtLayerLines(result), fewest);
}

void TestLayout::groupsSmall()
{
    Graph g(u"a>c a>d b>c b>e d>f e>f u>c"_s);
    // a, c, d in group 0; b, e in group 1; f and u ungrouped.
    g.input.groupCount = 3;
    g.input.groups = {0, 0, 0, 1, 1, -1, -1};
    const LayoutResult result = layeredLayout(g.input);
    const QString problem = groupProblem(g.input, result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(result.groupBoxes[2].isNull()); // no members
    // The box is padded around its members.
    const QRectF box = result.groupBoxes[0];
    QCOMPARE(box.top(), rectOf(g.input, result, g[u"a"_s]).top() - g.input.groupPadding);
    QCOMPARE(box.bottom(), rectOf(g.input, result, g[u"c"_s]).bottom() + g.input.groupPadding);
}

void TestLayout::deterministic()
{
    LayoutInput input = randomGraph(300, 11);
    addGroups(input, 5);
    varySizes(input);
    const LayoutResult first = layeredLayout(input);
    const LayoutResult second = layeredLayout(input);
    QVERIFY(sameNumbers(first.centres, second.centres));
    QCOMPARE(first.layer, second.layer);
    QCOMPARE(first.groupBoxes.size(), second.groupBoxes.size());
    for (std::size_t i = 0; i < first.groupBoxes.size(); ++i)
        QVERIFY(sameNumbers(first.groupBoxes[i], second.groupBoxes[i]));
    QVERIFY(sameNumbers(first.bounds, second.bounds));
    QCOMPARE(first.crossings, second.crossings);
    QCOMPARE(first.routes.size(), second.routes.size());
    for (std::size_t i = 0; i < first.routes.size(); ++i)
        QVERIFY(sameNumbers(first.routes[i].points, second.routes[i].points));
}

void TestLayout::previousOwnPositionsKeepOrder()
{
    for (int groups : {0, 4}) {
        LayoutInput input = randomGraph(200, 3);
        if (groups > 0)
            addGroups(input, groups);
        const LayoutResult first = layeredLayout(input);
        input.previous = first.centres;
        const LayoutResult again = layeredLayout(input);
        std::vector<int> all(std::size_t(input.nodeCount));
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(again.layer, first.layer);
        QCOMPARE(orderByLayer(again, all), orderByLayer(first, all));
        const QString problem = groupProblem(input, again);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestLayout::addingALeafKeepsTheRest_data()
{
    QTest::addColumn<int>("groups");
    QTest::addColumn<bool>("newConsumer"); // else a new provider
    QTest::addColumn<int>("neighbourLayer"); // from the top; -1 the bottom one
    QTest::addColumn<int>("layerShift"); // how far the old drawing must move down

    QTest::newRow("consumer of a middle service") << 0 << true << 4 << 0;
    QTest::newRow("consumer of a bottom service") << 0 << true << -1 << 0;
    QTest::newRow("provider of a middle service") << 0 << false << 4 << 0;
    QTest::newRow("provider of a top service") << 0 << false << 0 << 0;
    QTest::newRow("consumer of a middle service, groups") << 5 << true << 3 << 0;
    QTest::newRow("provider of a middle service, groups") << 5 << false << 5 << 0;
    // A consumer of a top service is a new top layer: every old layer number grows by one,
    // though nothing moves relative to the rest.
    QTest::newRow("consumer of a top service") << 0 << true << 0 << 1;
}

void TestLayout::addingALeafKeepsTheRest()
{
    QFETCH(int, groups);
    QFETCH(bool, newConsumer);
    QFETCH(int, neighbourLayer);
    QFETCH(int, layerShift);

    LayoutInput input = randomGraph(200, 5);
    if (groups > 0)
        addGroups(input, groups);
    const LayoutResult before = layeredLayout(input);
    const int layer = neighbourLayer < 0 ? before.layerCount - 1 : neighbourLayer;
    // The neighbour: the middle one of that layer, left to right.
    std::vector<int> all(std::size_t(input.nodeCount));
    std::iota(all.begin(), all.end(), 0);
    const std::vector<int> candidates = orderByLayer(before, all).at(layer);
    const int neighbour = candidates[candidates.size() / 2];

    const int leaf = input.nodeCount++;
    input.edges.emplace_back(newConsumer ? leaf : neighbour, newConsumer ? neighbour : leaf);
    if (groups > 0)
        input.groups.push_back(input.groups[std::size_t(neighbour)]);
    input.previous = before.centres;
    input.previous.emplace_back(qQNaN(), qQNaN());
    const LayoutResult after = layeredLayout(input);
    for (const auto &problem : {layeringProblem(input, after), overlapProblem(input, after),
                                routeProblem(input, after), groupProblem(input, after)})
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A node keeps its place if it is on the same layer (after the shift) and has the same rank
    // among the old nodes that stayed on that layer.
    std::vector<int> staying;
    for (int node : all) {
        if (after.layer[std::size_t(node)] - layerShift == before.layer[std::size_t(node)])
            staying.push_back(node);
    }
    const auto orderBefore = orderByLayer(before, staying);
    const auto orderAfter = orderByLayer(after, staying, layerShift);
    int kept = 0;
    for (const auto &[l, members] : orderBefore) {
        const std::vector<int> &now = orderAfter.at(l);
        for (std::size_t i = 0; i < members.size(); ++i)
            kept += members[i] == now[i] ? 1 : 0;
    }
    const double share = double(kept) / double(all.size());
    qInfo("%d of %d nodes kept layer and order (%.1f%%), the new one is on layer %d", kept,
          int(all.size()), 100 * share, after.layer[std::size_t(leaf)]);
    QVERIFY2(share >= 0.9,
             qPrintable(u"only %1 of %2 kept their place"_s.arg(kept).arg(all.size())));
}

void TestLayout::newNodeSlotsInByNeighbours()
{
    // Three columns; a new consumer of the right column's top lands on the right.
    const Graph g(u"a>b c>d e>f"_s);
    LayoutInput input = g.input;
    const LayoutResult before = layeredLayout(input);
    std::vector<int> byX {0, 2, 4};
    std::sort(byX.begin(), byX.end(), [&](int a, int b) {
        return before.centres[std::size_t(a)].x() < before.centres[std::size_t(b)].x();
    });
    const int rightmost = byX.back();
    input.previous = before.centres;
    input.nodeCount += 1;
    input.edges.emplace_back(6, rightmost);
    const LayoutResult after = layeredLayout(input);
    std::vector<int> old {0, 1, 2, 3, 4, 5};
    QCOMPARE(orderByLayer(after, old, after.layer[0] - before.layer[0]), orderByLayer(before, old));
    // Directly above the one it needs.
    QVERIFY(near(after.centres[6].x(), after.centres[std::size_t(rightmost)].x()));
}

void TestLayout::cancelBeforeStart()
{
    const std::atomic_bool cancel = true;
    const LayoutResult result = layeredLayout(randomGraph(500, 1), &cancel);
    QVERIFY(result.cancelled);
    QVERIFY(result.centres.empty());

    const std::atomic_bool keepGoing = false;
    const LayoutResult done = layeredLayout(randomGraph(50, 1), &keepGoing);
    QVERIFY(!done.cancelled);
    QCOMPARE(done.centres.size(), std::size_t(50));
}

void TestLayout::cancelWhileRunning()
{
    // Large enough to take far longer than the wait, in any build.
    LayoutInput input = randomGraph(20'000, 2, 20);
    std::atomic_bool cancel = false;
    QElapsedTimer timer;
    LayoutResult result;
    std::thread worker([&] { result = layeredLayout(input, &cancel); });
    QThread::msleep(20);
    cancel = true;
    timer.start();
    worker.join();
    QVERIFY(result.cancelled);
    qInfo("returned %lld ms after the cancel", timer.elapsed());
}

void TestLayout::crossingsAtLines_data()
{
    QTest::addColumn<QString>("routes"); // routes split by '|', points "x,y" split by ' '
    QTest::addColumn<QString>("lines");
    QTest::addColumn<long long>("crossings");

    QTest::newRow("none") << QString() << u"0 10"_s << 0LL;
    QTest::newRow("one line") << u"0,0 10,10 | 10,0 0,10"_s << u"5"_s << 0LL;
    QTest::newRow("cross") << u"0,0 10,10 | 10,0 0,10"_s << u"0 10"_s << 1LL;
    QTest::newRow("parallel") << u"0,0 0,10 | 5,0 5,10"_s << u"0 10"_s << 0LL;
    QTest::newRow("shared end") << u"0,0 0,10 | 0,0 5,10"_s << u"0 10"_s << 0LL;
    QTest::newRow("meeting at the bottom") << u"0,0 5,10 | 9,0 5,10"_s << u"0 10"_s << 0LL;
    QTest::newRow("cut between points") << u"0,-5 10,15 | 10,-5 0,15"_s << u"0 10"_s << 1LL;
    QTest::newRow("short route ignored") << u"0,0 10,10 | 10,0 0,4"_s << u"0 10"_s << 0LL;
    QTest::newRow("two strips") << u"0,0 10,10 0,20 | 5,0 5,10 5,20"_s << u"0 10 20"_s << 2LL;
    QTest::newRow("swap and back counts twice")
        << u"0,0 10,10 0,20 | 10,0 0,10 10,20"_s << u"0 10 20"_s << 2LL;
    QTest::newRow("three reversed") << u"0,0 2,10 | 1,0 1,10 | 2,0 0,10"_s << u"0 10"_s << 3LL;
    QTest::newRow("upward route") << u"0,10 10,0 | 10,10 0,0"_s << u"0 10"_s << 1LL;
}

void TestLayout::crossingsAtLines()
{
    QFETCH(QString, routes);
    QFETCH(QString, lines);
    QFETCH(long long, crossings);
    std::vector<std::vector<QPointF>> parsed;
    for (const QString &route : routes.split(u'|', Qt::SkipEmptyParts)) {
        std::vector<QPointF> points;
        for (const QString &point : route.split(u' ', Qt::SkipEmptyParts))
            points.emplace_back(point.section(u',', 0, 0).toDouble(),
                                point.section(u',', 1, 1).toDouble());
        parsed.push_back(std::move(points));
    }
    std::vector<qreal> cuts;
    for (const QString &line : lines.split(u' ', Qt::SkipEmptyParts))
        cuts.push_back(line.toDouble());
    QCOMPARE(countCrossingsAtLines(parsed, cuts), crossings);
}

QTEST_APPLESS_MAIN(TestLayout)

#include "tst_layout.moc"

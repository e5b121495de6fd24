// Layout figures, printed; not a pass/fail test.
//
// layeredLayout on synthetic layered graphs of 200, 1,000, 2,000 and 5,000 services (each needs
// three services in deeper layers, twelve layers, a few cycles), beside Graphviz dot on the same
// graph when dot is installed. Crossings of both drawings are counted the same way: each edge as
// a polyline from its consumer's centre to its provider's centre through the engine's own route,
// cut at the engine's own rank lines (the distinct node centre heights).
// Targets: 2,000 services < 0.3 s, 5,000 services < 1 s.
#include "layout/layeredlayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <random>
#include <set>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr int DotTimeoutMs = 60'000;
// dot works in inches, we work in pixels at 72 per inch.
constexpr double PointsPerInch = 72;

struct Synthetic
{
    int count = 0;
    std::vector<std::pair<int, int>> edges; // consumer, provider; distinct
};

// Twelve bands of services; each service needs three services in deeper bands, and a few deep
// services call back up, which closes cycles.
Synthetic makeGraph(int count, std::mt19937 &rng)
{
    const int bands = 12;
    const auto bandOf = [&](int node) {
        return int(qint64(node) * bands / count);
    };
    const auto firstOf = [&](int band) {
        return int((qint64(band) * count + bands - 1) / bands);
    };
    std::set<std::pair<int, int>> edges;
    for (int node = 0; node < count; ++node) {
        const int band = bandOf(node);
        if (band == bands - 1)
            continue;
        std::uniform_int_distribution<int> deeper(firstOf(band + 1), count - 1);
        for (int k = 0; k < 3; ++k)
            edges.emplace(node, deeper(rng));
    }
    std::vector<std::pair<int, int>> forward(edges.begin(), edges.end());
    std::uniform_int_distribution<std::size_t> pick(0, forward.size() - 1);
    const int cycles = std::max(2, count / 500);
    for (int c = 0; c < cycles; ++c) {
        const auto [consumer, provider] = forward[pick(rng)];
        edges.emplace(provider, consumer);
    }
    return {count, std::vector<std::pair<int, int>>(edges.begin(), edges.end())};
}

struct Measured
{
    double ms = 0;
    long long crossings = 0;
    int ranks = 0;
};

std::vector<qreal> distinctHeights(std::vector<qreal> ys)
{
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    return ys;
}

Measured measureOurs(const Synthetic &g, int &largestCycle, int &bends)
{
    LayoutInput input;
    input.nodeCount = g.count;
    input.edges = g.edges;
    Measured measured;
    measured.ms = 1e9;
    LayoutResult result;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        result = layeredLayout(input);
        measured.ms = std::min(measured.ms, timer.nsecsElapsed() / 1e6);
    }
    std::vector<std::vector<QPointF>> routes;
    bends = 0;
    for (const EdgeRoute &route : result.routes) {
        std::vector<QPointF> points {result.centres[std::size_t(route.consumer)]};
        points.insert(points.end(), route.points.begin(), route.points.end());
        points.push_back(result.centres[std::size_t(route.provider)]);
        routes.push_back(std::move(points));
        if (result.layer[std::size_t(route.consumer)] != result.layer[std::size_t(route.provider)])
            bends += int(route.points.size()) - 2;
    }
    std::vector<qreal> ys;
    for (const QPointF &centre : result.centres)
        ys.push_back(centre.y());
    const std::vector<qreal> lines = distinctHeights(ys);
    measured.crossings = countCrossingsAtLines(routes, lines);
    measured.ranks = int(lines.size());
    std::vector<int> perLayer(std::size_t(result.layerCount), 0);
    // Cycle members share a layer and have flat edges; the largest set joined that way.
    QHash<int, int> flatDegree;
    largestCycle = 0;
    for (const EdgeRoute &route : result.routes) {
        if (result.layer[std::size_t(route.consumer)] == result.layer[std::size_t(route.provider)])
            flatDegree[route.consumer] += 1;
    }
    largestCycle = int(flatDegree.size());
    if (result.crossings != measured.crossings)
        std::printf("note: result.crossings %d differs from the line count %lld\n",
                    result.crossings, measured.crossings);
    return measured;
}

QPointF cubic(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d, double t)
{
    const double s = 1 - t;
    return s * s * s * a + 3 * s * s * t * b + 3 * s * t * t * c + t * t * t * d;
}

// dot -Tplain: "node name x y w h ..." and "edge tail head n x1 y1 ... xn yn ...", in inches with
// y growing upwards; splines are cubic Bézier pieces sharing their ends.
std::optional<Measured> measureDot(const QString &dot, const Synthetic &g)
{
    QString text = u"digraph G {\nrankdir=TB;\nnodesep=%1;\nranksep=%2;\n"_s.arg(28 / PointsPerInch)
                       .arg(90 / PointsPerInch)
        + u"node [shape=box, fixedsize=true, label=\"\", width=%1, height=%2];\n"_s
              .arg(160 / PointsPerInch)
              .arg(44 / PointsPerInch);
    for (int node = 0; node < g.count; ++node)
        text += u"n%1;\n"_s.arg(node);
    for (const auto &[consumer, provider] : g.edges)
        text += u"n%1 -> n%2;\n"_s.arg(consumer).arg(provider);
    text += u"}\n"_s;

    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(dot, {u"-Tplain"_s});
    process.write(text.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(DotTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    const QByteArray output = process.readAllStandardOutput();
    Measured measured;
    measured.ms = timer.nsecsElapsed() / 1e6;

    QHash<QByteArray, QPointF> centres;
    std::vector<std::vector<QPointF>> routes;
    std::vector<std::pair<QByteArray, QByteArray>> ends;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        const auto point = [&](qsizetype i) {
            return QPointF(f.at(i).toDouble() * PointsPerInch,
                           -f.at(i + 1).toDouble() * PointsPerInch);
        };
        if (f.size() >= 4 && f.at(0) == "node") {
            centres.insert(f.at(1), point(2));
        } else if (f.size() >= 4 && f.at(0) == "edge") {
            const qsizetype n = f.at(3).toInt();
            std::vector<QPointF> control;
            for (qsizetype i = 0; i < n && 5 + 2 * i < f.size(); ++i)
                control.push_back(point(4 + 2 * i));
            std::vector<QPointF> route;
            for (std::size_t i = 0; i + 3 < control.size(); i += 3) {
                for (int s = 0; s <= 8; ++s)
                    route.push_back(
                        cubic(control[i], control[i + 1], control[i + 2], control[i + 3], s / 8.0));
            }
            routes.push_back(std::move(route));
            ends.emplace_back(f.at(1), f.at(2));
        }
    }
    std::vector<qreal> ys;
    for (const QPointF &centre : std::as_const(centres))
        ys.push_back(centre.y());
    for (std::size_t i = 0; i < routes.size(); ++i) {
        routes[i].insert(routes[i].begin(), centres.value(ends[i].first));
        routes[i].push_back(centres.value(ends[i].second));
    }
    const std::vector<qreal> lines = distinctHeights(ys);
    measured.crossings = countCrossingsAtLines(routes, lines);
    measured.ranks = int(lines.size());
    if (centres.size() != g.count)
        std::printf("note: dot placed %lld of %d nodes\n", qint64(centres.size()), g.count);
    return measured;
}

long peakRssMb(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::mt19937 rng(20261126);
    const QString dot = QStandardPaths::findExecutable(u"dot"_s);
    if (dot.isEmpty())
        std::printf("dot not found: Graphviz columns left empty\n");
    std::printf("%8s %6s %6s %6s %6s | %9s %10s | %9s %10s %6s | %6s\n", "services", "edges",
                "cycle", "layers", "bends", "ours ms", "crossings", "dot ms", "crossings", "ranks",
                "ratio");
    for (int count : {200, 1'000, 2'000, 5'000}) {
        const Synthetic g = makeGraph(count, rng);
        int largestCycle = 0, bends = 0;
        const Measured ours = measureOurs(g, largestCycle, bends);
        std::printf("%8d %6zu %6d %6d %6d | %9.1f %10lld |", count, g.edges.size(), largestCycle,
                    ours.ranks, bends, ours.ms, ours.crossings);
        if (dot.isEmpty()) {
            std::printf(" %9s %10s %6s | %6s\n", "-", "-", "-", "-");
            continue;
        }
        std::fflush(stdout);
        const std::optional<Measured> theirs = measureDot(dot, g);
        if (!theirs) {
            std::printf(" %9s %10s %6s | %6s\n", "timeout", "-", "-", "-");
            continue;
        }
        std::printf(" %9.1f %10lld %6d | %6.2f\n", theirs->ms, theirs->crossings, theirs->ranks,
                    theirs->crossings > 0 ? double(ours.crossings) / double(theirs->crossings)
                                          : 0.0);
    }
    std::printf("cycle = nodes with a flat (same-layer) edge; bends = dummy points; ratio = ours / "
                "dot crossings\n");
    std::printf("peak RSS: bench %ld MB, dot %ld MB\n", peakRssMb(RUSAGE_SELF),
                peakRssMb(RUSAGE_CHILDREN));
    return 0;
}

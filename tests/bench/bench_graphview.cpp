// Graph view figures, printed; not a pass/fail test. Run with QT_QPA_PLATFORM=offscreen.
//
// At 1,000, 2,000 and 5,000 services (out-degree about 3, a dozen layers, a few cycles): scene
// build time, layout time (on the worker, as the app runs it) and the memory both add, then frame
// times of a 1600×1000 view fitting everything, half way in, and close up, still and panning.
// Target: under 16 ms per frame at 5,000 services and 15,000 edges.
#include "graph/graphscene.h"
#include "graph/graphview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <string>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

long currentRssMb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6)) / 1024;
    }
    return -1;
}

GraphDataPtr makeGraph(int count, std::mt19937 &rng)
{
    auto graph = std::make_shared<GraphData>();
    const int layers = 12;
    const auto layerOf = [&](int node) {
        return int(qint64(node) * layers / count);
    };
    const auto firstOf = [&](int layer) {
        return int((qint64(layer) * count + layers - 1) / layers);
    };
    std::uniform_int_distribution<int> health(0, 19);
    for (int i = 0; i < count; ++i) {
        GraphNode node;
        node.name = u"service-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        node.owner = u"team-%1"_s.arg(i % 40);
        node.tier = 1 + i % 3;
        const int h = health(rng);
        node.health = h == 0 ? Health::Failing : h == 1 ? Health::Warning : Health::Healthy;
        node.pipeline = node.health;
        graph->byName.insert(node.name, i);
        graph->nodes.push_back(node);
    }
    // Services mostly call neighbours of their own domain in the next layer or two (their
    // position in the layer stands for the domain), and now and then a shared platform service.
    std::set<std::pair<int, int>> edges;
    std::normal_distribution<double> nearby(0.0, 0.04);
    std::uniform_int_distribution<int> percent(0, 99);
    for (int node = 0; node < count; ++node) {
        const int layer = layerOf(node);
        if (layer == layers - 1)
            continue;
        const double place = double(node - firstOf(layer)) / (firstOf(layer + 1) - firstOf(layer));
        for (int k = 0; k < 3; ++k) {
            const int target = std::min(layers - 1, layer + 1 + (percent(rng) < 25 ? 1 : 0));
            const int first = firstOf(target);
            const int size = firstOf(target + 1) - first;
            double at = percent(rng) < 8 ? double(percent(rng) % 5) / 5.0 : place + nearby(rng);
            at = std::clamp(at, 0.0, 0.999);
            edges.insert({node, first + int(at * size)});
        }
    }
    std::uniform_int_distribution<int> any(0, count - 1);
    for (int c = 0; c < 5; ++c) {
        auto it = edges.begin();
        std::advance(it, any(rng) % int(edges.size()));
        edges.insert({it->second, it->first});
    }
    std::uniform_int_distribution<int> contract(0, 9);
    for (const auto &[consumer, provider] : edges) {
        GraphEdge edge;
        edge.consumer = consumer;
        edge.provider = provider;
        edge.kind = DependencyKind::Sync;
        const int c = contract(rng);
        edge.contract = c == 0 ? ContractState::Failing
            : c < 3            ? ContractState::Unverified
            : c < 6            ? ContractState::Verified
                               : ContractState::None;
        graph->edges.push_back(edge);
    }
    return graph;
}

struct FrameStats
{
    double median = 0;
    double p95 = 0;
};

enum class Motion { Still, Pan, Zoom };

FrameStats frames(GraphView &view, Motion motion)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < 30; ++i) {
        if (motion == Motion::Pan) {
            QScrollBar *bar = view.horizontalScrollBar();
            bar->setValue(bar->value() + ((i / 10) % 2 ? -40 : 40));
        } else if (motion == Motion::Zoom) {
            // A wheel notch in, then out again, around the same point.
            view.zoomBy(i % 2 ? 1.0 / 1.2 : 1.2);
        }
        timer.start();
        view.viewport()->repaint();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[times.size() * 95 / 100]};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    std::mt19937 rng(20261126);
    std::printf("%8s %7s | %8s %8s %7s | %-30s %-30s %-30s\n", "services", "edges", "scene",
                "layout", "memory", "fit all: still / pan / zoom", "zoom 0.45: still / pan / zoom",
                "zoom 1.0: still / pan / zoom");
    std::vector<int> counts {1'000, 2'000, 5'000};
    if (argc > 1) {
        counts.clear();
        for (int i = 1; i < argc; ++i)
            counts.push_back(std::atoi(argv[i]));
    }
    for (int count : counts) {
        const GraphDataPtr graph = makeGraph(count, rng);
        const long rssBefore = currentRssMb();
        GraphScene scene;
        GraphView view(&scene);
        view.resize(1600, 1000);
        view.show();
        QSignalSpy laidOut(&scene, &GraphScene::layoutFinished);
        QElapsedTimer timer;
        timer.start();
        scene.setGraph(graph);
        const double sceneMs = timer.nsecsElapsed() / 1e6;
        if (!laidOut.wait(120'000)) {
            std::printf("%8d: layout did not finish\n", count);
            continue;
        }
        const double layoutMs = timer.nsecsElapsed() / 1e6 - sceneMs;
        const long memory = currentRssMb() - rssBefore;
        QCoreApplication::processEvents();

        const auto measure = [&](auto place) {
            place();
            const FrameStats still = frames(view, Motion::Still);
            const FrameStats pan = frames(view, Motion::Pan);
            place();
            const FrameStats zoom = frames(view, Motion::Zoom);
            return QString::asprintf("%5.1f / %5.1f / %5.1f (p95 %5.1f)", still.median, pan.median,
                                     zoom.median, std::max({still.p95, pan.p95, zoom.p95}));
        };
        const QString fit = measure([&] {
            view.fitAll();
            view.settle();
        });
        const QString mid = measure([&] {
            view.setZoom(0.45);
            view.centerOn(scene.sceneRect().center());
        });
        const QString close = measure([&] {
            view.setZoom(1.0);
            view.centerOn(scene.sceneRect().center());
        });
        std::printf("%8d %7zu | %6.0fms %6.0fms %4ld MB | %-30s %-30s %-30s\n", count,
                    graph->edges.size(), sceneMs, layoutMs, memory, qPrintable(fit),
                    qPrintable(mid), qPrintable(close));
    }
    std::printf(
        "frame times in ms: median of 30 repaints still, panning 40 px, and zooming a wheel "
        "notch in and out; p95 over all three; target < 16 at 5,000\n");
    return 0;
}

// The graph view on the demo workspace: items, the marks of each mode, keyboard navigation,
// export, stability under status changes, and collapsing groups. Asserted on item state.
#include "graph/graphexport.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "workspace/workspaceload.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

using Names = std::set<QString>;

Names namesWith(const GraphScene &scene, Mark mark)
{
    Names names;
    for (const NodeItem *item : scene.nodeItems()) {
        if (item->marks() & mark)
            names.insert(item->name());
    }
    return names;
}

Names visibleNames(const GraphScene &scene)
{
    Names names;
    for (const NodeItem *item : scene.nodeItems()) {
        if (item->isVisible())
            names.insert(item->name());
    }
    return names;
}

// Transitive walk over the graph data itself, independent of the scene's own bookkeeping.
Names reachableFrom(const GraphData &graph, const QString &start, bool towardsProviders)
{
    Names seen;
    QStringList stack {start};
    while (!stack.isEmpty()) {
        const QString node = stack.takeLast();
        for (const GraphEdge &e : graph.edges) {
            const QString &from
                = graph.nodes[std::size_t(towardsProviders ? e.consumer : e.provider)].name;
            const QString &to
                = graph.nodes[std::size_t(towardsProviders ? e.provider : e.consumer)].name;
            if (from == node && to != start && seen.insert(to).second)
                stack.append(to);
        }
    }
    return seen;
}

bool waitForLayout(GraphScene &scene)
{
    QSignalSpy spy(&scene, &GraphScene::layoutFinished);
    return spy.wait(20'000);
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    GraphDataPtr m_graph;

    void showDemo(GraphScene &scene)
    {
        scene.setGraph(m_graph);
        QVERIFY(waitForLayout(scene));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LoadRequest request;
        request.workspacePath = u":/demo/workspace.yaml"_s;
        request.cacheDirectory = m_dir.path();
        const LoadResult result = loadWorkspace(request);
        QVERIFY(result.ok());
        QVERIFY(result.graph);
        m_graph = result.graph;
        QCOMPARE(qsizetype(m_graph->nodes.size()), result.snapshot->services.size());
    }

    void oneItemPerServiceAndPerEdge()
    {
        GraphScene scene;
        showDemo(scene);
        QCOMPARE(scene.nodeItems().size(), m_graph->nodes.size());
        QCOMPARE(scene.edgeItems().size(), m_graph->edges.size());
        QVERIFY(m_graph->edges.size() > 30);
        // Every service placed, none on top of another, every edge routed.
        for (std::size_t i = 0; i < scene.nodeItems().size(); ++i) {
            const QRectF a = scene.nodeItems()[i]->sceneBoundingRect().adjusted(10, 12, -10, -10);
            for (std::size_t j = i + 1; j < scene.nodeItems().size(); ++j)
                QVERIFY2(!a.intersects(
                             scene.nodeItems()[j]->sceneBoundingRect().adjusted(10, 12, -10, -10)),
                         qPrintable(scene.nodeItems()[i]->name() + u" overlaps "_s
                                    + scene.nodeItems()[j]->name()));
        }
        for (const EdgeItem *edge : scene.edgeItems()) {
            QVERIFY(!edge->path().isEmpty());
            QVERIFY(edge->isVisible());
            // Consumers are drawn above their providers, except inside the demo's cycle.
            const NodeItem *consumer = scene.nodeItems()[std::size_t(edge->data().consumer)];
            const NodeItem *provider = scene.nodeItems()[std::size_t(edge->data().provider)];
            if (consumer->data().deployGroup < 0
                || consumer->data().deployGroup != provider->data().deployGroup)
                QVERIFY2(consumer->pos().y() < provider->pos().y(),
                         qPrintable(consumer->name() + u" → "_s + provider->name()));
        }
    }

    void triageMarksTheRootCauseItsVictimsAndTheirPaths()
    {
        GraphScene scene;
        showDemo(scene);
        scene.setMode(GraphMode::Triage);
        QCOMPARE(namesWith(scene, Mark::RootCause), Names {u"pricing"_s});
        QCOMPARE(namesWith(scene, Mark::Victim),
                 (Names {u"cart"_s, u"catalog"_s, u"checkout"_s, u"mobile-bff"_s, u"promotions"_s,
                         u"web-frontend"_s}));
        // Every marked edge lies on some victim's path to the root cause, and every victim's path
        // is drawn edge by edge.
        std::set<std::pair<QString, QString>> pathEdges;
        for (const GraphNode &node : m_graph->nodes) {
            if (node.verdict != Verdict::Victim)
                continue;
            QVERIFY(node.pathToRootCause.size() >= 2);
            QCOMPARE(node.pathToRootCause.constLast(), u"pricing"_s);
            for (qsizetype k = 0; k + 1 < node.pathToRootCause.size(); ++k)
                pathEdges.insert({node.pathToRootCause.at(k), node.pathToRootCause.at(k + 1)});
        }
        std::set<std::pair<QString, QString>> marked;
        for (const EdgeItem *edge : scene.edgeItems()) {
            if (edge->marks() & Mark::OnRootCausePath)
                marked.insert({m_graph->nodes[std::size_t(edge->data().consumer)].name,
                               m_graph->nodes[std::size_t(edge->data().provider)].name});
        }
        QCOMPARE(marked, pathEdges);
        QVERIFY(namesWith(scene, Mark::BlastRadius).empty());

        // Clicking the root cause lights up everything that needs it, and fades the rest.
        scene.setCurrentService(u"pricing"_s);
        const Names blast = reachableFrom(*m_graph, u"pricing"_s, false);
        QCOMPARE(namesWith(scene, Mark::BlastRadius), blast);
        for (const NodeItem *item : scene.nodeItems()) {
            const bool lit = blast.count(item->name()) || item->name() == u"pricing"_s;
            QCOMPARE(bool(item->marks() & Mark::Faded), !lit);
        }
        QVERIFY(scene.modeSummary().contains(u"pricing"_s));
    }

    void planMarksWavesBlockedServicesAndTheCycle()
    {
        GraphScene scene;
        showDemo(scene);
        scene.setMode(GraphMode::Plan);
        Names blocked;
        Names planned;
        for (const GraphNode &node : m_graph->nodes) {
            if (node.blocked)
                blocked.insert(node.name);
            else if (node.wave > 0)
                planned.insert(node.name);
        }
        // With every pending change planned, orders follows payments in a later wave; catalog's
        // red pipeline holds it and everything that needs it.
        QVERIFY(blocked.count(u"catalog"_s));
        QVERIFY(blocked.count(u"search"_s));
        QVERIFY(!planned.empty());
        QCOMPARE(namesWith(scene, Mark::Blocked), blocked);
        QCOMPARE(namesWith(scene, Mark::Planned), planned);
        QVERIFY(scene.nodeItem(u"catalog"_s)->toolTip().contains(u"pipeline"_s));
        QVERIFY(scene.nodeItem(u"search"_s)->toolTip().contains(u"wait for catalog"_s));
        // The cycle is boxed as one deploy-together group.
        QCOMPARE(namesWith(scene, Mark::DeployTogether), (Names {u"inventory"_s, u"warehouse"_s}));
        QCOMPARE(scene.deployGroupItems().size(), 1);
        const QRectF box = scene.deployGroupItems().constFirst()->sceneBoundingRect();
        QVERIFY(box.contains(scene.nodeItem(u"inventory"_s)->pos()));
        QVERIFY(box.contains(scene.nodeItem(u"warehouse"_s)->pos()));
        // Numbered bands, and every planned service sits in a band that names its wave.
        QVERIFY(!scene.bandItems().isEmpty());
        for (const QString &name : planned) {
            const NodeItem *item = scene.nodeItem(name);
            bool inBand = false;
            for (const BandItem *band : scene.bandItems())
                inBand = inBand
                    || (band->sceneBoundingRect().contains(item->pos())
                        && band->label().contains(QString::number(item->data().wave)));
            QVERIFY2(inBand, qPrintable(name));
        }
        scene.setMode(GraphMode::Overview);
        QVERIFY(scene.bandItems().isEmpty());
        QVERIFY(namesWith(scene, Mark::Blocked).empty());
    }

    void impactLightsWhatASelectionNeedsAndWhoNeedsIt()
    {
        GraphScene scene;
        showDemo(scene);
        scene.setMode(GraphMode::Impact);
        QVERIFY(namesWith(scene, Mark::Faded).empty()); // nothing selected yet
        scene.setCurrentService(u"checkout"_s);
        const Names needs = reachableFrom(*m_graph, u"checkout"_s, true);
        const Names neededBy = reachableFrom(*m_graph, u"checkout"_s, false);
        QVERIFY(!needs.empty());
        QVERIFY(!neededBy.empty());
        QCOMPARE(namesWith(scene, Mark::Needs), needs);
        QCOMPARE(namesWith(scene, Mark::NeededBy), neededBy);
        for (const NodeItem *item : scene.nodeItems()) {
            const bool lit = needs.count(item->name()) || neededBy.count(item->name())
                || item->name() == u"checkout"_s;
            QCOMPARE(bool(item->marks() & Mark::Faded), !lit);
        }
    }

    void arrowKeysFollowEdges()
    {
        GraphScene scene;
        GraphView view(&scene);
        view.resize(1000, 700);
        showDemo(scene);
        scene.setCurrentService(u"checkout"_s);
        const auto providers = [&](const QString &name) {
            Names out;
            for (const NodeItem *p : scene.providersOf(scene.nodeItem(name)))
                out.insert(p->name());
            return out;
        };
        const auto consumers = [&](const QString &name) {
            Names out;
            for (const NodeItem *c : scene.consumersOf(scene.nodeItem(name)))
                out.insert(c->name());
            return out;
        };
        QTest::keyClick(&view, Qt::Key_Down);
        const QString provider = scene.currentService();
        QVERIFY(providers(u"checkout"_s).count(provider));
        QTest::keyClick(&view, Qt::Key_Up);
        QVERIFY(consumers(provider).count(scene.currentService()));
        const QString before = scene.currentService();
        const int layer = scene.layerOf(scene.nodeItem(before));
        if (scene.neighbourInLayer(scene.nodeItem(before), 1)) {
            QTest::keyClick(&view, Qt::Key_Right);
            QVERIFY(scene.currentService() != before);
            QCOMPARE(scene.layerOf(scene.currentNode()), layer);
            QVERIFY(scene.currentNode()->pos().x() > scene.nodeItem(before)->pos().x());
        }
        QTest::keyClick(&view, Qt::Key_Escape);
        QVERIFY(scene.currentService().isEmpty());
        // The selection is announced to screen readers through the view's description.
        scene.setCurrentService(u"pricing"_s);
        QVERIFY(view.accessibleDescription().startsWith(u"pricing: "_s));
        // Far out the items are put away and blocks drawn instead; the selection stays.
        view.setZoom(0.1);
        QVERIFY(scene.blockDetail());
        QCOMPARE(scene.currentService(), u"pricing"_s);
        QCOMPARE(scene.nodeAt(scene.nodeItem(u"checkout"_s)->pos()), scene.nodeItem(u"checkout"_s));
        view.setZoom(1.0);
        QVERIFY(!scene.blockDetail());
        QVERIFY(scene.nodeItem(u"pricing"_s)->isSelected());
    }

    void svgExportHoldsEveryVisibleServiceName()
    {
        GraphScene scene;
        showDemo(scene);
        scene.setMode(GraphMode::Triage);
        const QString path = m_dir.filePath(u"graph.svg"_s);
        QString error;
        QVERIFY2(exportGraphSvg(&scene, scene.itemsBoundingRect(), path, u"demo"_s, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text() + u'\n';
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const QString &name : visibleNames(scene))
            QVERIFY2(text.contains(name), qPrintable(name));

        const QString png = m_dir.filePath(u"graph.png"_s);
        QVERIFY2(exportGraphPng(&scene, scene.itemsBoundingRect(), png, 1.0, &error),
                 qPrintable(error));
        QVERIFY(QImage(png).width() > 200);
        QVERIFY(!exportGraphPng(&scene, scene.itemsBoundingRect(),
                                m_dir.filePath(u"missing/folder/graph.png"_s), 1.0, &error));
        QVERIFY(error.contains(u"missing"_s));
    }

    void aStatusChangeMovesNoNode()
    {
        GraphScene scene;
        showDemo(scene);
        std::vector<QPointF> before;
        for (const NodeItem *item : scene.nodeItems())
            before.push_back(item->pos());
        auto changed = std::make_shared<GraphData>(*m_graph);
        const int i = changed->indexOf(u"search"_s);
        QVERIFY(i >= 0);
        changed->nodes[std::size_t(i)].health = Health::Failing;
        changed->nodes[std::size_t(i)].pipeline = Health::Failing;
        QSignalSpy layouts(&scene, &GraphScene::layoutFinished);
        scene.setGraph(changed);
        QVERIFY(!scene.isLayingOut());
        QCOMPARE(layouts.size(), 0);
        for (std::size_t k = 0; k < before.size(); ++k)
            QCOMPARE(scene.nodeItems()[k]->pos(), before[k]);
        // The changed node says so for a moment; the others do not.
        QVERIFY(scene.nodeItem(u"search"_s)->changeGlow() > 0);
        QVERIFY(scene.nodeItem(u"search"_s)->toolTip().contains(u"Just changed"_s));
        QCOMPARE(scene.nodeItem(u"pricing"_s)->changeGlow(), 0.0);
        QTRY_COMPARE_WITH_TIMEOUT(scene.nodeItem(u"search"_s)->changeGlow(), 0.0, 10'000);
    }

    void collapsingAGroupHidesItsMembersAndReroutesTheirEdges()
    {
        GraphScene scene;
        showDemo(scene);
        scene.setGrouping(Grouping::Team);
        QVERIFY(waitForLayout(scene));
        const QString team = scene.nodeItem(u"pricing"_s)->data().owner;
        QVERIFY(!team.isEmpty());
        GroupItem *group = scene.groupItem(u"team:"_s + team);
        QVERIFY(group);
        QVERIFY(group->isVisible());
        QVERIFY(!group->isCollapsed());
        for (int member : group->members())
            QVERIFY(group->sceneBoundingRect().contains(
                scene.nodeItems()[std::size_t(member)]->sceneBoundingRect()));

        scene.setGroupCollapsed(team, true);
        QVERIFY(waitForLayout(scene));
        QVERIFY(group->isCollapsed());
        QVERIFY(group->isVisible());
        std::set<int> members(group->members().cbegin(), group->members().cend());
        for (int member : members)
            QVERIFY(!scene.nodeItems()[std::size_t(member)]->isVisible());
        int rerouted = 0;
        for (const EdgeItem *edge : scene.edgeItems()) {
            const bool fromInside = members.count(edge->data().consumer);
            const bool toInside = members.count(edge->data().provider);
            if (fromInside && toInside) {
                QVERIFY(!edge->isVisible());
                continue;
            }
            if (fromInside) {
                QCOMPARE(edge->shownConsumer(), static_cast<QGraphicsItem *>(group));
                ++rerouted;
            }
            if (toInside) {
                QCOMPARE(edge->shownProvider(), static_cast<QGraphicsItem *>(group));
                ++rerouted;
            }
            if (fromInside || toInside)
                QVERIFY(edge->isVisible());
        }
        QVERIFY(rerouted > 0);

        scene.setGroupCollapsed(team, false);
        QVERIFY(waitForLayout(scene));
        for (int member : members)
            QVERIFY(scene.nodeItems()[std::size_t(member)]->isVisible());
    }

    void filtersAndFocusHideWithoutMoving()
    {
        GraphScene scene;
        showDemo(scene);
        const QPointF pricing = scene.nodeItem(u"pricing"_s)->pos();
        const QString team = scene.nodeItem(u"pricing"_s)->data().owner;
        scene.setFilter({team, std::nullopt, 0});
        Names ofTeam;
        for (const GraphNode &node : m_graph->nodes) {
            if (node.owner == team)
                ofTeam.insert(node.name);
        }
        QCOMPARE(visibleNames(scene), ofTeam);
        scene.setFilter({});
        scene.setFilter({{}, Health::Failing, 0});
        for (const NodeItem *item : scene.nodeItems())
            QCOMPARE(item->isVisible(), item->data().health == Health::Failing);
        scene.setFilter({});
        // Datastores, brokers and observability left out, and every edge to them with them.
        GraphFilter noInfrastructure;
        noInfrastructure.hideInfrastructure = true;
        scene.setFilter(noInfrastructure);
        int hiddenInfrastructure = 0;
        for (const NodeItem *item : scene.nodeItems()) {
            const ServiceKind kind = item->data().kind;
            const bool infrastructure = kind == ServiceKind::Datastore
                || kind == ServiceKind::Broker || kind == ServiceKind::Observability;
            QCOMPARE(item->isVisible(), !infrastructure);
            hiddenInfrastructure += infrastructure ? 1 : 0;
        }
        QVERIFY(hiddenInfrastructure >= 5); // the demo's databases, Kafka, Redis, …
        for (const EdgeItem *edge : scene.edgeItems()) {
            if (edge->data().kind == DependencyKind::Datastore)
                QVERIFY(!edge->isVisible());
        }
        scene.setFilter({});

        scene.setCurrentService(u"checkout"_s);
        scene.setFocusHops(1);
        Names near {u"checkout"_s};
        for (const GraphEdge &e : m_graph->edges) {
            if (m_graph->nodes[std::size_t(e.consumer)].name == u"checkout"_s)
                near.insert(m_graph->nodes[std::size_t(e.provider)].name);
            if (m_graph->nodes[std::size_t(e.provider)].name == u"checkout"_s)
                near.insert(m_graph->nodes[std::size_t(e.consumer)].name);
        }
        QCOMPARE(visibleNames(scene), near);
        for (const EdgeItem *edge : scene.edgeItems())
            QCOMPARE(edge->isVisible(),
                     near.count(m_graph->nodes[std::size_t(edge->data().consumer)].name)
                         && near.count(m_graph->nodes[std::size_t(edge->data().provider)].name));
        scene.setFocusHops(-1);
        QCOMPARE(visibleNames(scene).size(), m_graph->nodes.size());
        QCOMPARE(scene.nodeItem(u"pricing"_s)->pos(), pricing);
    }

    void planAsMarkdown()
    {
        const QString markdown = planMarkdown(*m_graph, u"Release"_s);
        QVERIFY(markdown.startsWith(u"# Release\n"_s));
        QVERIFY(markdown.contains(u"## Wave 1"_s));
        const qsizetype blocked = markdown.indexOf(u"## Blocked"_s);
        QVERIFY(blocked > 0);
        QVERIFY(markdown.indexOf(u"**catalog**"_s, blocked) > blocked);
        for (const GraphNode &node : m_graph->nodes) {
            if (node.wave > 0)
                QVERIFY(
                    markdown.contains(u"- [ ] **"_s + node.name + u"** "_s + node.pendingVersion));
            for (const QString &reason : node.blockedReasons)
                QVERIFY(markdown.contains(reason));
        }
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"

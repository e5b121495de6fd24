#include "graphscene.h"

#include "domain/status.h"

#include <QDateTime>
#include <QGraphicsView>
#include <QPalette>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

constexpr qint64 GlowMs = 4000;

// Within N steps of the start, following dependencies in either direction.
std::vector<char> withinHops(int start, int hops, const std::vector<std::vector<int>> &providers,
                             const std::vector<std::vector<int>> &consumers,
                             const std::vector<GraphEdge> &edges)
{
    std::vector<char> seen(providers.size(), 0);
    std::vector<int> distance(providers.size(), 0);
    std::deque<int> queue {start};
    seen[std::size_t(start)] = 1;
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        if (distance[std::size_t(node)] >= hops)
            continue;
        const auto visit = [&](int next) {
            if (!seen[std::size_t(next)]) {
                seen[std::size_t(next)] = 1;
                distance[std::size_t(next)] = distance[std::size_t(node)] + 1;
                queue.push_back(next);
            }
        };
        for (int e : providers[std::size_t(node)])
            visit(edges[std::size_t(e)].provider);
        for (int e : consumers[std::size_t(node)])
            visit(edges[std::size_t(e)].consumer);
    }
    return seen;
}

// Every node reachable from start along one direction (providers or consumers), start excluded.
std::vector<char> reachable(int start, const std::vector<std::vector<int>> &adjacency,
                            const std::vector<GraphEdge> &edges, bool towardsProviders)
{
    std::vector<char> seen(adjacency.size(), 0);
    std::vector<int> stack {start};
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        for (int e : adjacency[std::size_t(node)]) {
            const int next = towardsProviders ? edges[std::size_t(e)].provider
                                              : edges[std::size_t(e)].consumer;
            if (next != start && !seen[std::size_t(next)]) {
                seen[std::size_t(next)] = 1;
                stack.push_back(next);
            }
        }
    }
    return seen;
}

QString describeChange(const GraphNode &before, const GraphNode &after)
{
    QStringList parts;
    if (before.health != after.health)
        parts << GraphScene::tr("%1 → %2").arg(displayName(before.health),
                                               displayName(after.health));
    if (before.rolloutWeight != after.rolloutWeight && after.rolloutWeight >= 0)
        parts << GraphScene::tr("rollout at %1 %").arg(after.rolloutWeight);
    if (before.blocked != after.blocked)
        parts << (after.blocked ? GraphScene::tr("now blocked")
                                : GraphScene::tr("no longer blocked"));
    if (before.contracts != after.contracts)
        parts << GraphScene::tr("contracts %1").arg(displayName(after.contracts));
    if (parts.isEmpty())
        parts << GraphScene::tr("status changed");
    return parts.join(u"; "_s);
}

QString toolTipFor(const GraphNode &node, const QString &change)
{
    QString tip = u"<b>"_s + node.name.toHtmlEscaped() + u"</b>"_s;
    if (!node.owner.isEmpty())
        tip += u" — "_s + node.owner.toHtmlEscaped();
    tip += u"<br>"_s + node.summary().section(u": "_s, 1).toHtmlEscaped();
    if (!node.triageReason.isEmpty())
        tip += u"<br>"_s + node.triageReason.toHtmlEscaped();
    for (const QString &reason : node.blockedReasons)
        tip += u"<br>• "_s + reason.toHtmlEscaped();
    if (node.discovered)
        tip += u"<br><i>"_s
            + GraphScene::tr("Found in the repositories and not confirmed yet: confirm or hide "
                             "it in the Repositories panel (Ctrl+Shift+R).")
                  .toHtmlEscaped()
            + u"</i>"_s;
    if (!change.isEmpty())
        tip += u"<br><i>"_s + GraphScene::tr("Just changed: %1").arg(change).toHtmlEscaped()
            + u"</i>"_s;
    return tip;
}

} // namespace

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_glowTimer(new QTimer(this))
{
    useIndex();
    m_glowTimer->setInterval(50);
    connect(m_glowTimer, &QTimer::timeout, this, &GraphScene::tickGlow);
    connect(&m_watcher, &QFutureWatcher<LayoutResult>::finished, this, [this] {
        if (m_watcher.isCanceled())
            return;
        applyLayout(m_watcher.result());
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::handleSelectionChanged);
}

GraphScene::~GraphScene()
{
    if (m_pending.cancel)
        m_pending.cancel->store(true);
    m_watcher.waitForFinished();
    // The base destructor deletes the items and would report a selection change to a scene that
    // is half gone.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    const QSignalBlocker blocker(this);
    deleteUnplacedItems();
    clear();
}

QColor GraphScene::accentColor() const
{
    // Violet reads apart from every status colour, on light and dark backgrounds.
    return QColor(0x8e, 0x5c, 0xd9);
}

void GraphScene::setGraph(GraphDataPtr graph)
{
    if (!graph)
        graph = std::make_shared<GraphData>();
    const quint64 key = graph->structureKey();
    if (m_graph && key == m_structureKey) {
        // Same services and dependencies: nothing moves, changed nodes light up in place.
        const GraphDataPtr previous = m_graph;
        m_graph = std::move(graph);
        flashChanges(*previous);
        updateMarks();
        updatePlanDecorations();
        for (NodeItem *item : m_nodes)
            item->update();
        return;
    }
    // The items read their names from the graph they were made for: ask them before it goes.
    const QHash<QString, QPointF> oldPositions = itemPositions();
    m_graph = std::move(graph);
    m_structureKey = key;
    rebuildItems(oldPositions);
    requestLayout();
}

QHash<QString, QPointF> GraphScene::itemPositions() const
{
    QHash<QString, QPointF> positions;
    for (NodeItem *item : m_nodes)
        positions.insert(item->name(), item->pos());
    return positions;
}

void GraphScene::rebuildItems(const QHash<QString, QPointF> &oldPositions)
{
    const QString current = m_current;
    {
        const QSignalBlocker blocker(this);
        deleteUnplacedItems();
        clear();
    }
    m_chunkByKey.clear();
    m_nodes.clear();
    m_edges.clear();
    m_groups.clear();
    m_chunks.clear();
    m_edgeOverview = nullptr;
    m_bands.clear();
    m_deployGroups.clear();

    const GraphData &g = *m_graph;
    const std::size_t n = g.nodes.size();
    m_providers.assign(n, {});
    m_consumers.assign(n, {});
    m_layer.assign(n, 0);
    m_nodes.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto *item = new NodeItem(this, int(i));
        const auto old = oldPositions.constFind(g.nodes[i].name);
        if (old != oldPositions.cend())
            item->setPos(*old);
        // Joins the scene when the layout puts it into its cell: adding it at the top level
        // first and moving it later costs a linear search per item (seconds at 5,000).
        m_nodes.push_back(item);
    }
    m_edges.reserve(g.edges.size());
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        auto *item = new EdgeItem(this, int(e));
        m_edges.push_back(item);
        m_providers[std::size_t(g.edges[e].consumer)].push_back(int(e));
        m_consumers[std::size_t(g.edges[e].provider)].push_back(int(e));
    }
    if (m_grouping != Grouping::None) {
        QMap<QString, QList<int>> members;
        for (std::size_t i = 0; i < n; ++i) {
            const QString key = groupKeyOf(int(i));
            if (!key.isEmpty())
                members[key].append(int(i));
        }
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            auto *group = new GroupItem(this, it.key().section(u':', 1), it.value());
            group->setVisible(false);
            addItem(group);
            m_groups.insert(it.key(), group);
        }
    }
    m_edgeOverview = new EdgeOverviewItem(this);
    m_edgeOverview->setResolution(m_overviewZoom);
    addItem(m_edgeOverview);
    applyBlockDetail();
    m_current = nodeItem(current) ? current : QString();
}

void GraphScene::deleteUnplacedItems()
{
    for (NodeItem *item : m_nodes) {
        if (!item->scene())
            delete item;
    }
    for (EdgeItem *item : m_edges) {
        if (!item->scene())
            delete item;
    }
}

QString GraphScene::groupKeyOf(int node) const
{
    const GraphNode &n = m_graph->nodes[std::size_t(node)];
    switch (m_grouping) {
    case Grouping::Team:
        return n.owner.isEmpty() ? QString() : u"team:"_s + n.owner;
    case Grouping::System:
        return n.system.isEmpty() ? QString() : u"system:"_s + n.system;
    case Grouping::None:
        break;
    }
    return {};
}

void GraphScene::requestLayout()
{
    if (m_pending.cancel)
        m_pending.cancel->store(true);
    const GraphData &g = *m_graph;
    const std::size_t n = g.nodes.size();
    Pending pending;
    pending.cancel = std::make_shared<std::atomic_bool>(false);
    pending.layoutNodeOfService.assign(n, -1);

    LayoutInput input;
    input.defaultSize = NodeItem::size();
    QHash<QString, int> collapsedNode;
    QHash<QString, int> groupId;
    std::vector<QPointF> previous;
    const qreal nan = std::numeric_limits<qreal>::quiet_NaN();
    for (std::size_t i = 0; i < n; ++i) {
        const QString key = groupKeyOf(int(i));
        if (!key.isEmpty() && m_collapsed.contains(key)) {
            auto it = collapsedNode.find(key);
            if (it == collapsedNode.end()) {
                it = collapsedNode.insert(key, input.nodeCount++);
                pending.collapsedGroupOfLayoutNode.append(key);
                input.groups.push_back(-1);
                GroupItem *group = m_groups.value(key);
                previous.push_back(group && group->isCollapsed() && m_everLaidOut
                                       ? group->pos()
                                       : QPointF(nan, nan));
            }
            pending.layoutNodeOfService[i] = *it;
            continue;
        }
        pending.layoutNodeOfService[i] = input.nodeCount++;
        pending.collapsedGroupOfLayoutNode.append(QString());
        int id = -1;
        if (!key.isEmpty()) {
            auto it = groupId.find(key);
            if (it == groupId.end())
                it = groupId.insert(key, input.groupCount++);
            id = *it;
        }
        input.groups.push_back(id);
        previous.push_back(m_everLaidOut ? m_nodes[i]->pos() : QPointF(nan, nan));
    }
    if (input.groupCount == 0)
        input.groups.clear();
    for (const GraphEdge &e : g.edges) {
        const int from = pending.layoutNodeOfService[std::size_t(e.consumer)];
        const int to = pending.layoutNodeOfService[std::size_t(e.provider)];
        if (from != to)
            input.edges.emplace_back(from, to);
    }
    input.previous = std::move(previous);
    // Group boxes come back by id: remember which key each id stands for.
    pending.groupKeys = QStringList(input.groupCount);
    for (auto it = groupId.cbegin(); it != groupId.cend(); ++it)
        pending.groupKeys[*it] = it.key();
    m_pending = std::move(pending);

    const std::shared_ptr<std::atomic_bool> cancel = m_pending.cancel;
    m_watcher.setFuture(QtConcurrent::run(
        [input = std::move(input), cancel] { return layeredLayout(input, cancel.get()); }));
}

void GraphScene::applyLayout(const LayoutResult &result)
{
    if (result.cancelled)
        return;
    const GraphData &g = *m_graph;
    const QStringList &groupKeys = m_pending.groupKeys;

    for (GroupItem *group : std::as_const(m_groups)) {
        group->setCollapsed(false);
        group->setVisible(false);
    }
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const int ln = m_pending.layoutNodeOfService[i];
        m_layer[i] = result.layer[std::size_t(ln)];
        const QString collapsedKey = m_pending.collapsedGroupOfLayoutNode.value(ln);
        if (collapsedKey.isEmpty()) {
            m_nodes[i]->setPos(result.centres[std::size_t(ln)]);
            continue;
        }
        GroupItem *group = m_groups.value(collapsedKey);
        group->setCollapsed(true);
        const QSizeF s = NodeItem::size();
        group->setBox(
            QRectF(result.centres[std::size_t(ln)] - QPointF(s.width() / 2, s.height() / 2), s));
        m_nodes[i]->setPos(result.centres[std::size_t(ln)]);
    }
    for (qsizetype id = 0; id < groupKeys.size(); ++id) {
        if (GroupItem *group = m_groups.value(groupKeys.at(id)); group
            && std::size_t(id) < result.groupBoxes.size()
            && !result.groupBoxes[std::size_t(id)].isEmpty())
            group->setBox(result.groupBoxes[std::size_t(id)]);
    }
    const auto shownItem = [&](int service) -> QGraphicsItem * {
        const QString key = m_pending.collapsedGroupOfLayoutNode.value(
            m_pending.layoutNodeOfService[std::size_t(service)]);
        return key.isEmpty() ? static_cast<QGraphicsItem *>(m_nodes[std::size_t(service)])
                             : m_groups.value(key);
    };
    for (EdgeItem *item : m_edges) {
        const GraphEdge &e = item->data();
        const int from = m_pending.layoutNodeOfService[std::size_t(e.consumer)];
        const int to = m_pending.layoutNodeOfService[std::size_t(e.provider)];
        if (from == to) {
            item->setRoute(shownItem(e.consumer), shownItem(e.provider), {});
            continue;
        }
        const auto it
            = std::lower_bound(result.routes.begin(), result.routes.end(), std::make_pair(from, to),
                               [](const EdgeRoute &r, const std::pair<int, int> &key) {
                                   return std::make_pair(r.consumer, r.provider) < key;
                               });
        const bool found = it != result.routes.end() && it->consumer == from && it->provider == to;
        item->setRoute(shownItem(e.consumer), shownItem(e.provider),
                       found ? it->points : std::vector<QPointF> {});
    }
    setSceneRect(result.bounds.adjusted(-140, -60, 60, 60));
    rebuildChunks();
    m_everLaidOut = true;
    updateVisibility();
    updateMarks();
    updatePlanDecorations();
    Q_EMIT layoutFinished();
}

void GraphScene::setMode(GraphMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    updateMarks();
    updatePlanDecorations();
    for (NodeItem *item : m_nodes)
        item->update();
}

void GraphScene::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    if (!m_graph)
        return;
    rebuildItems(itemPositions());
    requestLayout();
}

void GraphScene::setGroupCollapsed(const QString &group, bool collapsed)
{
    const QString key = (m_grouping == Grouping::Team ? u"team:"_s : u"system:"_s) + group;
    if (!m_groups.contains(key) || m_collapsed.contains(key) == collapsed)
        return;
    if (collapsed)
        m_collapsed.insert(key);
    else
        m_collapsed.remove(key);
    requestLayout();
}

void GraphScene::setFilter(const GraphFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    updateVisibility();
    updatePlanDecorations();
}

void GraphScene::setFocusHops(int hops)
{
    if (hops == m_focusHops)
        return;
    m_focusHops = hops;
    updateVisibility();
    updatePlanDecorations();
}

QString GraphScene::currentService() const
{
    return m_current;
}

NodeItem *GraphScene::nodeItem(const QString &name) const
{
    if (!m_graph)
        return nullptr;
    const int i = m_graph->indexOf(name);
    return i < 0 || std::size_t(i) >= m_nodes.size() ? nullptr : m_nodes[std::size_t(i)];
}

NodeItem *GraphScene::currentNode() const
{
    return nodeItem(m_current);
}

void GraphScene::setCurrentService(const QString &name)
{
    if (name == m_current)
        return;
    NodeItem *item = nodeItem(name);
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        if (item)
            item->setSelected(true);
    }
    m_current = item ? name : QString();
    if (m_focusHops >= 0)
        updateVisibility();
    updateMarks();
    updatePlanDecorations();
    Q_EMIT currentServiceChanged(m_current);
}

void GraphScene::handleSelectionChanged()
{
    const QList<QGraphicsItem *> selected = selectedItems();
    QString name;
    for (QGraphicsItem *item : selected) {
        if (item->type() == NodeItem::Type) {
            name = static_cast<NodeItem *>(item)->name();
            break;
        }
    }
    if (name.isEmpty() && !selected.isEmpty())
        return; // a group was selected: keep the current service
    if (name == m_current)
        return;
    m_current = name;
    if (m_focusHops >= 0)
        updateVisibility();
    updateMarks();
    updatePlanDecorations();
    Q_EMIT currentServiceChanged(m_current);
}

int GraphScene::layerOf(const NodeItem *item) const
{
    return m_layer[std::size_t(item->node())];
}

QList<NodeItem *> GraphScene::consumersOf(const NodeItem *item) const
{
    QList<NodeItem *> result;
    for (int e : m_consumers[std::size_t(item->node())]) {
        NodeItem *other = m_nodes[std::size_t(m_graph->edges[std::size_t(e)].consumer)];
        if (isShown(other))
            result.append(other);
    }
    return result;
}

QList<NodeItem *> GraphScene::providersOf(const NodeItem *item) const
{
    QList<NodeItem *> result;
    for (int e : m_providers[std::size_t(item->node())]) {
        NodeItem *other = m_nodes[std::size_t(m_graph->edges[std::size_t(e)].provider)];
        if (isShown(other))
            result.append(other);
    }
    return result;
}

NodeItem *GraphScene::neighbourInLayer(const NodeItem *item, int direction) const
{
    NodeItem *best = nullptr;
    const int layer = layerOf(item);
    const qreal x = item->pos().x();
    for (NodeItem *other : m_nodes) {
        if (other == item || !isShown(other) || m_layer[std::size_t(other->node())] != layer)
            continue;
        const qreal d = (other->pos().x() - x) * direction;
        if (d <= 0)
            continue;
        if (!best || d < (best->pos().x() - x) * direction)
            best = other;
    }
    return best;
}

void GraphScene::updateVisibility()
{
    if (!m_graph)
        return;
    const GraphData &g = *m_graph;
    std::vector<char> near;
    const NodeItem *current = currentNode();
    if (m_focusHops >= 0 && current)
        near = withinHops(current->node(), m_focusHops, m_providers, m_consumers, g.edges);
    // A filter that hides the current service does not choose another one.
    const QSignalBlocker blocker(this);
    std::vector<char> passes(g.nodes.size(), 0);
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const GraphNode &n = g.nodes[i];
        bool show = (m_filter.team.isEmpty() || n.owner == m_filter.team)
            && (!m_filter.health || n.health == *m_filter.health)
            && (m_filter.tier == 0 || n.tier == m_filter.tier) && (near.empty() || near[i])
            && !(m_filter.hideInfrastructure
                 && (n.kind == ServiceKind::Datastore || n.kind == ServiceKind::Broker
                     || n.kind == ServiceKind::Observability));
        passes[i] = show;
        const QString key = groupKeyOf(int(i));
        if (!key.isEmpty() && m_collapsed.contains(key))
            show = false;
        m_nodes[i]->setShown(show);
    }
    for (GroupItem *group : std::as_const(m_groups)) {
        bool any = false;
        for (int member : group->members())
            any = any || passes[std::size_t(member)];
        group->setVisible(any && !group->boundingRect().isEmpty());
    }
    for (EdgeItem *edge : m_edges) {
        const GraphEdge &e = edge->data();
        const bool show = !edge->path().isEmpty() && edge->shownConsumer()
            && isShown(edge->shownConsumer()) && edge->shownProvider()
            && isShown(edge->shownProvider()) && passes[std::size_t(e.consumer)]
            && passes[std::size_t(e.provider)];
        edge->setShown(show);
    }
    if (m_edgeOverview)
        m_edgeOverview->invalidate();
}

void GraphScene::updateMarks()
{
    if (!m_graph)
        return;
    const GraphData &g = *m_graph;
    const std::size_t n = g.nodes.size();
    std::vector<Marks> nodeMarks(n);
    std::vector<Marks> edgeMarks(g.edges.size());
    const NodeItem *current = currentNode();
    const int cur = current ? current->node() : -1;

    const auto edgeBetween = [&](int consumer, int provider) {
        for (int e : m_providers[std::size_t(consumer)]) {
            if (g.edges[std::size_t(e)].provider == provider)
                return e;
        }
        return -1;
    };
    // Light the given nodes (and the current one); fade the rest and the edges outside.
    const auto light = [&](const std::vector<char> &lit, Mark mark) {
        for (std::size_t i = 0; i < n; ++i) {
            if (lit[i])
                nodeMarks[i] |= mark;
            else if (int(i) != cur)
                nodeMarks[i] |= Mark::Faded;
        }
        for (std::size_t e = 0; e < g.edges.size(); ++e) {
            const int a = g.edges[e].consumer;
            const int b = g.edges[e].provider;
            const bool inA = lit[std::size_t(a)] || a == cur;
            const bool inB = lit[std::size_t(b)] || b == cur;
            edgeMarks[e] |= inA && inB ? Mark::Highlighted : Mark::Faded;
        }
    };

    switch (m_mode) {
    case GraphMode::Overview:
        break;
    case GraphMode::Triage: {
        for (std::size_t i = 0; i < n; ++i) {
            const GraphNode &node = g.nodes[i];
            if (node.verdict == Verdict::RootCause)
                nodeMarks[i] |= Mark::RootCause;
            if (node.verdict != Verdict::Victim)
                continue;
            nodeMarks[i] |= Mark::Victim;
            for (qsizetype k = 0; k + 1 < node.pathToRootCause.size(); ++k) {
                const int a = g.indexOf(node.pathToRootCause.at(k));
                const int b = g.indexOf(node.pathToRootCause.at(k + 1));
                if (a < 0 || b < 0)
                    continue;
                const int e = edgeBetween(a, b);
                if (e >= 0)
                    edgeMarks[std::size_t(e)] |= Mark::OnRootCausePath;
            }
        }
        if (cur >= 0 && g.nodes[std::size_t(cur)].verdict == Verdict::RootCause)
            light(reachable(cur, m_consumers, g.edges, false), Mark::BlastRadius);
        break;
    }
    case GraphMode::Plan:
        for (std::size_t i = 0; i < n; ++i) {
            const GraphNode &node = g.nodes[i];
            if (node.blocked)
                nodeMarks[i] |= Mark::Blocked;
            else if (node.wave > 0)
                nodeMarks[i] |= Mark::Planned;
            if (node.deployGroup >= 0)
                nodeMarks[i] |= Mark::DeployTogether;
            if (!node.pending)
                nodeMarks[i] |= Mark::Faded;
        }
        for (std::size_t e = 0; e < g.edges.size(); ++e) {
            if (!g.nodes[std::size_t(g.edges[e].consumer)].pending
                || !g.nodes[std::size_t(g.edges[e].provider)].pending)
                edgeMarks[e] |= Mark::Faded;
        }
        break;
    case GraphMode::Impact:
        if (cur >= 0) {
            const std::vector<char> needs = reachable(cur, m_providers, g.edges, true);
            const std::vector<char> neededBy = reachable(cur, m_consumers, g.edges, false);
            std::vector<char> lit(n, 0);
            for (std::size_t i = 0; i < n; ++i) {
                if (needs[i])
                    nodeMarks[i] |= Mark::Needs;
                if (neededBy[i])
                    nodeMarks[i] |= Mark::NeededBy;
                lit[i] = needs[i] || neededBy[i];
            }
            // Edges between two providers, or two consumers, of the selection are part of its
            // picture; an edge from a consumer to a provider that bypasses it is not.
            for (std::size_t i = 0; i < n; ++i) {
                if (!lit[i] && int(i) != cur)
                    nodeMarks[i] |= Mark::Faded;
            }
            for (std::size_t e = 0; e < g.edges.size(); ++e) {
                const std::size_t a = std::size_t(g.edges[e].consumer);
                const std::size_t b = std::size_t(g.edges[e].provider);
                const bool down = (int(a) == cur || needs[a]) && needs[b];
                const bool up = neededBy[a] && (int(b) == cur || neededBy[b]);
                edgeMarks[e] |= down || up ? Mark::Highlighted : Mark::Faded;
            }
        }
        break;
    }
    for (std::size_t i = 0; i < n; ++i) {
        m_nodes[i]->setMarks(nodeMarks[i]);
        m_nodes[i]->setToolTip(toolTipFor(g.nodes[i], m_nodes[i]->changeText()));
    }
    for (std::size_t e = 0; e < m_edges.size(); ++e)
        m_edges[e]->setMarks(edgeMarks[e]);
    if (m_edgeOverview)
        m_edgeOverview->invalidate();
    Q_EMIT marksChanged();
}

void GraphScene::updatePlanDecorations()
{
    for (BandItem *band : std::as_const(m_bands))
        delete band;
    for (DeployGroupItem *box : std::as_const(m_deployGroups))
        delete box;
    m_bands.clear();
    m_deployGroups.clear();
    if (m_mode != GraphMode::Plan || !m_graph || !m_everLaidOut)
        return;
    const GraphData &g = *m_graph;
    // One band per layer that holds planned services, labelled with their waves: providers'
    // waves sit lower than their consumers', as in the drawing.
    QMap<int, QPair<int, int>> wavesOfLayer; // layer -> (min wave, max wave)
    QMap<int, QPair<qreal, qreal>> extentOfLayer; // layer -> (top, bottom)
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        if (g.nodes[i].wave <= 0 || !isShown(m_nodes[i]))
            continue;
        const int layer = m_layer[i];
        const int wave = g.nodes[i].wave;
        auto it = wavesOfLayer.find(layer);
        if (it == wavesOfLayer.end())
            wavesOfLayer.insert(layer, {wave, wave});
        else
            *it = {std::min(it->first, wave), std::max(it->second, wave)};
        const QRectF r = m_nodes[i]->sceneBoundingRect();
        auto ex = extentOfLayer.find(layer);
        if (ex == extentOfLayer.end())
            extentOfLayer.insert(layer, {r.top(), r.bottom()});
        else
            *ex = {std::min(ex->first, r.top()), std::max(ex->second, r.bottom())};
    }
    const QRectF scene = sceneRect();
    bool shaded = false;
    for (auto it = wavesOfLayer.cbegin(); it != wavesOfLayer.cend(); ++it) {
        const auto [top, bottom] = extentOfLayer.value(it.key());
        const QString label = it->first == it->second
            ? tr("Wave %1").arg(it->first)
            : tr("Waves %1–%2").arg(it->first).arg(it->second);
        auto *band = new BandItem(QRectF(scene.left(), top - 8, scene.width(), bottom - top + 16),
                                  label, shaded);
        shaded = !shaded;
        addItem(band);
        m_bands.append(band);
    }
    for (const DeployGroup &group : g.deployGroups) {
        QRectF box;
        for (const QString &service : group.services) {
            if (const NodeItem *item = nodeItem(service); item && isShown(item))
                box = box.united(item->sceneBoundingRect());
        }
        if (box.isEmpty())
            continue;
        auto *item = new DeployGroupItem(box.adjusted(-6, -4, 6, 4), group.services);
        addItem(item);
        m_deployGroups.append(item);
    }
}

void GraphScene::flashChanges(const GraphData &previous)
{
    bool any = false;
    for (std::size_t i = 0; i < m_nodes.size() && i < previous.nodes.size(); ++i) {
        const GraphNode &before = previous.nodes[i];
        const GraphNode &after = m_graph->nodes[i];
        if (before.sameLook(after))
            continue;
        m_nodes[i]->setChangeText(describeChange(before, after));
        m_nodes[i]->setChangeGlow(1.0);
        any = true;
    }
    if (any) {
        m_glowStarted = QDateTime::currentMSecsSinceEpoch();
        m_glowTimer->start();
    }
}

void GraphScene::tickGlow()
{
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_glowStarted;
    const qreal strength = elapsed >= GlowMs ? 0.0 : 1.0 - qreal(elapsed) / GlowMs;
    for (NodeItem *item : m_nodes) {
        if (item->changeGlow() > 0)
            item->setChangeGlow(strength);
    }
    if (strength <= 0)
        m_glowTimer->stop();
}

void GraphScene::setBlockDetail(bool on)
{
    if (on == m_blockDetail)
        return;
    m_blockDetail = on;
    applyBlockDetail();
}

void GraphScene::applyBlockDetail()
{
    if (!m_edgeOverview)
        return;
    const bool block = m_blockDetail && !m_fullDetail;
    {
        // Hiding an item deselects it; that is not the person choosing another service.
        const QSignalBlocker blocker(this);
        for (ChunkItem *chunk : std::as_const(m_chunks))
            chunk->setVisible(!block);
        m_edgeOverview->setVisible(block);
        if (NodeItem *current = currentNode(); current && current->isVisible())
            current->setSelected(true);
    }
}

void GraphScene::rebuildChunks()
{
    const QSignalBlocker blocker(this);
    // Cells about a screen in size: close up a frame touches a handful of them.
    constexpr qreal CellWidth = 1600;
    constexpr qreal CellHeight = 1000;
    const auto cellFor = [&](const QPointF &at, qreal z) {
        const qint32 cx = qint32(std::floor(at.x() / CellWidth));
        const qint32 cy = qint32(std::floor(at.y() / CellHeight));
        const quint64 key
            = (quint64(quint32(cx)) << 33) | (quint64(quint32(cy)) << 1) | (z > 1 ? 1 : 0);
        ChunkItem *&chunk = m_chunkByKey[key];
        if (!chunk) {
            chunk = new ChunkItem;
            chunk->setZValue(z);
            addItem(chunk);
            m_chunks.append(chunk);
        }
        return chunk;
    };
    // Only items whose cell changed move: after a relayout that is few of them.
    for (NodeItem *item : m_nodes) {
        ChunkItem *cell = cellFor(item->pos(), 2);
        if (item->parentItem() != cell)
            item->setParentItem(cell);
    }
    for (EdgeItem *item : m_edges) {
        ChunkItem *cell = cellFor(item->boundingRect().center(), 1);
        if (item->parentItem() != cell)
            item->setParentItem(cell);
    }
    for (auto it = m_chunkByKey.begin(); it != m_chunkByKey.end();) {
        if ((*it)->childItems().isEmpty()) {
            m_chunks.removeOne(*it);
            delete *it;
            it = m_chunkByKey.erase(it);
        } else {
            (*it)->fitChildren();
            ++it;
        }
    }
    applyBlockDetail();
    if (NodeItem *item = currentNode())
        item->setSelected(true);
}

void GraphScene::useIndex()
{
    // No BSP tree: measured at 5,000 services it made every frame slower (it sorts what it finds,
    // and far out it finds everything; long edges sit in many leaves, 1.7 GB uncapped). The
    // linear index keeps its items in stacking order and a frame only tests rectangles.
    setItemIndexMethod(NoIndex);
}

void GraphScene::setFullDetail(bool on)
{
    m_fullDetail = on;
    applyBlockDetail();
}

void GraphScene::setOverviewResolution(qreal zoom)
{
    m_overviewZoom = zoom;
    if (m_edgeOverview)
        m_edgeOverview->setResolution(zoom);
}

NodeItem *GraphScene::nodeAt(const QPointF &scenePos) const
{
    for (NodeItem *item : m_nodes) {
        if (isShown(item) && item->sceneBoundingRect().contains(scenePos)
            && item->shape().contains(item->mapFromScene(scenePos)))
            return item;
    }
    return nullptr;
}

QString GraphScene::modeSummary() const
{
    if (!m_graph || m_graph->nodes.empty())
        return {};
    const GraphData &g = *m_graph;
    switch (m_mode) {
    case GraphMode::Overview: {
        int failing = 0;
        for (const GraphNode &n : g.nodes)
            failing += n.health == Health::Failing;
        return tr("%n service(s), %1 failing", nullptr, int(g.nodes.size())).arg(failing);
    }
    case GraphMode::Triage: {
        QStringList roots;
        int victims = 0;
        for (const GraphNode &n : g.nodes) {
            if (n.verdict == Verdict::RootCause)
                roots << n.name;
            victims += n.verdict == Verdict::Victim;
        }
        if (roots.isEmpty())
            return tr("No cascading failure.");
        return tr("Root cause: %1; %n victim(s)", nullptr, victims).arg(roots.join(u", "_s));
    }
    case GraphMode::Plan: {
        int blocked = 0;
        for (const GraphNode &n : g.nodes)
            blocked += n.blocked;
        return tr("%n wave(s) to %1", nullptr, int(g.waves.size())).arg(g.environment) + u"; "_s
            + tr("%n blocked", nullptr, blocked);
    }
    case GraphMode::Impact: {
        const NodeItem *item = currentNode();
        if (!item)
            return tr("Select a service to see what it needs and who needs it.");
        int needs = 0;
        int neededBy = 0;
        for (const NodeItem *node : m_nodes) {
            needs += bool(node->marks() & Mark::Needs);
            neededBy += bool(node->marks() & Mark::NeededBy);
        }
        return tr("%1 needs %n service(s)", nullptr, needs).arg(item->name()) + u"; "_s
            + tr("%n need(s) it", nullptr, neededBy);
    }
    }
    return {};
}

} // namespace Signalbox

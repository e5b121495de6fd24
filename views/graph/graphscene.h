#pragma once

#include "graph/graphdata.h"
#include "graphitems.h"
#include "layout/layeredlayout.h"

#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>

class QTimer;

namespace Signalbox {

enum class GraphMode { Overview, Triage, Plan, Impact };
enum class Grouping { None, Team, System };

// What is shown; nodes outside it are hidden, never moved.
struct GraphFilter
{
    QString team; // empty: every team
    std::optional<Health> health;
    int tier = 0; // 0: every tier
    // Datastores, brokers and observability components (and the edges to them) left out: the
    // services a release is about stand out.
    bool hideInfrastructure = false;
    bool operator==(const GraphFilter &) const = default;
};

// The service graph as scene items: one NodeItem per service and one EdgeItem per dependency,
// placed by the layered layout, which runs on a worker thread. Modes, filters, focus and
// grouping only change marks and visibility; only a change of structure or grouping lays out
// again, and then with the previous positions as a guide.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    void setGraph(GraphDataPtr graph);
    const GraphData *graph() const { return m_graph.get(); }
    GraphDataPtr graphPtr() const { return m_graph; }

    void setMode(GraphMode mode);
    GraphMode mode() const { return m_mode; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setGroupCollapsed(const QString &group, bool collapsed);
    void setFilter(const GraphFilter &filter);
    GraphFilter filter() const { return m_filter; }
    // Show only services within this many dependency steps (either direction) of the current
    // one; -1 shows everything.
    void setFocusHops(int hops);
    int focusHops() const { return m_focusHops; }

    QString currentService() const;
    void setCurrentService(const QString &name);
    NodeItem *currentNode() const;

    const std::vector<NodeItem *> &nodeItems() const { return m_nodes; }
    const std::vector<EdgeItem *> &edgeItems() const { return m_edges; }
    NodeItem *nodeItem(const QString &name) const;
    GroupItem *groupItem(const QString &name) const { return m_groups.value(name); }
    QList<GroupItem *> groupItems() const { return m_groups.values(); }
    QList<BandItem *> bandItems() const { return m_bands; }
    QList<DeployGroupItem *> deployGroupItems() const { return m_deployGroups; }
    int layerOf(const NodeItem *item) const;

    // The services a node connects to, as the keyboard walks them: consumers are above,
    // providers below, neighbours in the same layer left and right.
    QList<NodeItem *> consumersOf(const NodeItem *item) const;
    QList<NodeItem *> providersOf(const NodeItem *item) const;
    NodeItem *neighbourInLayer(const NodeItem *item, int direction) const;

    bool isLayingOut() const { return m_watcher.isRunning(); }
    // Export draws labels at any scale.
    void setFullDetail(bool on);
    // Far out the overview layer draws every node and edge in one pass instead of the items.
    void setBlockDetail(bool on);
    bool blockDetail() const { return m_blockDetail; }
    NodeItem *nodeAt(const QPointF &scenePos) const;
    // The zoom the far-out picture is drawn for; the view calls it once zooming has settled.
    void setOverviewResolution(qreal zoom);
    bool fullDetail() const { return m_fullDetail; }
    // Below this scale nodes are blocks without text and edges are drawn by one overview item.
    static constexpr qreal BlockDetail = 0.3;
    static constexpr qreal FullDetail = 0.6;

    // A one-line account of the mode, for the page's status label.
    QString modeSummary() const;
    QColor accentColor() const;

Q_SIGNALS:
    void currentServiceChanged(const QString &name);
    void layoutFinished();
    void marksChanged();

private:
    QHash<QString, QPointF> itemPositions() const;
    void rebuildItems(const QHash<QString, QPointF> &oldPositions);
    void requestLayout();
    void applyLayout(const LayoutResult &result);
    void updateMarks();
    void updateVisibility();
    void updatePlanDecorations();
    void flashChanges(const GraphData &previous);
    void tickGlow();
    QString groupKeyOf(int node) const;
    void handleSelectionChanged();
    void applyBlockDetail();
    void useIndex();
    void rebuildChunks();
    void deleteUnplacedItems();

    GraphDataPtr m_graph;
    quint64 m_structureKey = 0;
    GraphMode m_mode = GraphMode::Overview;
    Grouping m_grouping = Grouping::None;
    QSet<QString> m_collapsed; // "team:checkout" or "system:shop"
    GraphFilter m_filter;
    int m_focusHops = -1;
    bool m_fullDetail = false;

    std::vector<NodeItem *> m_nodes;
    std::vector<EdgeItem *> m_edges;
    std::vector<std::vector<int>> m_providers; // by node: edge indices where it is the consumer
    std::vector<std::vector<int>> m_consumers; // by node: edge indices where it is the provider
    QHash<QString, GroupItem *> m_groups;
    QList<BandItem *> m_bands;
    QList<DeployGroupItem *> m_deployGroups;
    EdgeOverviewItem *m_edgeOverview = nullptr;
    QList<ChunkItem *> m_chunks;
    QHash<quint64, ChunkItem *> m_chunkByKey;
    bool m_blockDetail = false;
    qreal m_overviewZoom = 0.05;
    std::vector<int> m_layer; // by node, from the last layout
    QString m_current;

    // The layout running now: its input mapping and cancel flag.
    struct Pending
    {
        std::vector<int> layoutNodeOfService; // service -> layout node
        QStringList collapsedGroupOfLayoutNode; // layout node -> group key, or empty
        QStringList groupKeys; // layout group id -> group key
        std::shared_ptr<std::atomic_bool> cancel;
    };
    Pending m_pending;
    QFutureWatcher<LayoutResult> m_watcher;
    bool m_layoutAgain = false;
    bool m_everLaidOut = false;

    QTimer *m_glowTimer;
    qint64 m_glowStarted = 0;
};

} // namespace Signalbox

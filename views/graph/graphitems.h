#pragma once

#include "graph/graphdata.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace Signalbox {

class GraphScene;

// What a mode marks on a node or an edge. Tests read these; the painter draws from them.
enum class Mark : quint32 {
    None = 0,
    RootCause = 1 << 0,
    Victim = 1 << 1,
    BlastRadius = 1 << 2, // needs the selected root cause, directly or not
    Blocked = 1 << 3, // held in the plan
    Planned = 1 << 4, // in a wave of the plan
    DeployTogether = 1 << 5,
    Needs = 1 << 6, // impact: a provider the selection needs
    NeededBy = 1 << 7, // impact: a consumer that needs the selection
    Faded = 1 << 8,
    OnRootCausePath = 1 << 9, // edges from a victim towards its root cause
    Highlighted = 1 << 10, // edges inside the lit part of the graph
    Changed = 1 << 11, // status changed by the last sync; shown for a few seconds
};
Q_DECLARE_FLAGS(Marks, Mark)

// One service. Paints by level of detail: a coloured block when zoomed far out, glyph and name
// closer in, badges when close enough to read them.
class NodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    NodeItem(GraphScene *scene, int node);

    int type() const override { return Type; }
    int node() const { return m_node; }
    const GraphNode &data() const;
    QString name() const { return data().name; }
    Marks marks() const { return m_marks; }
    void setMarks(Marks marks);
    // Shown by the filters and the focus; far out the cell holding the item is put away and the
    // overview layer draws it instead.
    bool shown() const { return m_shown; }
    void setShown(bool shown);
    void setChangeGlow(qreal strength); // 0..1, fades after a live change
    qreal changeGlow() const { return m_glow; }
    QString changeText() const { return m_changeText; }
    void setChangeText(const QString &text) { m_changeText = text; }

    static QSizeF size() { return {168, 46}; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    GraphScene *m_scene;
    int m_node;
    Marks m_marks;
    bool m_shown = true;
    qreal m_glow = 0;
    QString m_changeText;
};

// A dependency, consumer to provider. Routed by the layout; redrawn as a smooth curve close up,
// left to the overview layer when zoomed far out.
class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    EdgeItem(GraphScene *scene, int edge);

    int type() const override { return Type; }
    int edge() const { return m_edge; }
    const GraphEdge &data() const;
    Marks marks() const { return m_marks; }
    void setMarks(Marks marks);
    bool shown() const { return m_shown; }
    void setShown(bool shown);
    // The items the edge is drawn between: the services, or the collapsed groups they are in.
    QGraphicsItem *shownConsumer() const { return m_from; }
    QGraphicsItem *shownProvider() const { return m_to; }
    void setRoute(QGraphicsItem *from, QGraphicsItem *to, const std::vector<QPointF> &points);
    const QPainterPath &path() const { return m_path; }
    QColor color() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    GraphScene *m_scene;
    int m_edge;
    Marks m_marks;
    bool m_shown = true;
    QGraphicsItem *m_from = nullptr;
    QGraphicsItem *m_to = nullptr;
    QPainterPath m_path; // smooth
    QPainterPath m_polyline; // cheap
    QPolygonF m_arrow;
    QRectF m_bounds;
};

// A team or system: a labelled box around its members, or, collapsed, one node standing for
// all of them.
class GroupItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    GroupItem(GraphScene *scene, const QString &name, QList<int> members);

    int type() const override { return Type; }
    QString name() const { return m_name; }
    const QList<int> &members() const { return m_members; }
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    void setBox(const QRectF &box); // expanded: the box around the members, in scene coordinates
    Health worstHealth() const;
    QRectF headerRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    GraphScene *m_scene;
    QString m_name;
    QList<int> m_members;
    bool m_collapsed = false;
    QRectF m_rect; // local
};

// Plan mode: a numbered band behind one layer, and boxes around deploy-together groups.
class BandItem final : public QGraphicsItem
{
public:
    BandItem(const QRectF &rect, const QString &label, bool shaded);
    QRectF boundingRect() const override { return m_rect; }
    QString label() const { return m_label; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
    QString m_label;
    bool m_shaded;
};

class DeployGroupItem final : public QGraphicsItem
{
public:
    DeployGroupItem(const QRectF &rect, const QStringList &services);
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -20, 2, 2); }
    QStringList services() const { return m_services; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
    QStringList m_services;
};

// A cell of the drawing that holds the nodes or the edges inside it. It clips its children to its
// rectangle, which lets the view skip a whole cell that is out of sight instead of testing each of
// thousands of items every frame; far out, the cells are put away all at once.
class ChunkItem final : public QGraphicsItem
{
public:
    ChunkItem() { setFlag(ItemClipsChildrenToShape); }
    void fitChildren();
    QRectF boundingRect() const override { return m_rect; }
    QPainterPath shape() const override;
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { }

private:
    QRectF m_rect;
};

// Far out, thousands of separate items cost more to visit than to draw (a plain scene measured
// 70-80 ms a frame at 5,000 services): this one item draws every shown node as a block and every
// shown edge as a few combined paths, one per colour, in a single pass.
class EdgeOverviewItem final : public QGraphicsItem
{
public:
    explicit EdgeOverviewItem(GraphScene *scene);
    void invalidate();
    void setResolution(qreal zoom);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void rebuild();
    GraphScene *m_scene;
    QList<QPair<QColor, QList<QLineF>>> m_layers; // edges, straight, by colour
    QList<QPair<QColor, QList<QRectF>>> m_fills; // nodes, by colour
    struct Block
    {
        QRectF rect;
        QColor fill;
        Marks marks;
        bool selected;
    };
    std::vector<Block> m_blocks;
    QRectF m_bounds;
    QSize m_cacheSize;
};

} // namespace Signalbox

// Outside the namespace, or it hides the global operators for Qt::Modifier | Qt::Key.
Q_DECLARE_OPERATORS_FOR_FLAGS(Signalbox::Marks)

namespace Signalbox {
// Whether an item is shown by the filters, whatever the level of detail.
inline bool isShown(const QGraphicsItem *item)
{
    if (item->type() == NodeItem::Type)
        return static_cast<const NodeItem *>(item)->shown();
    if (item->type() == EdgeItem::Type)
        return static_cast<const EdgeItem *>(item)->shown();
    return item->isVisible();
}
} // namespace Signalbox

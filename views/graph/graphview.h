#pragma once

#include <QGraphicsView>
#include <QTimer>

namespace Signalbox {

class GraphScene;
class NodeItem;

// The graph's viewport: zoom (wheel, pinch, keys), pan (drag, Ctrl+arrows), fit, and keyboard
// navigation along edges. Detail is decided per item from the zoom; this view only switches the
// expensive render hints off when far out.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(GraphScene *scene, QWidget *parent = nullptr);

    GraphScene *graphScene() const { return m_scene; }
    qreal zoom() const;
    void setZoom(qreal zoom, const QPointF &anchorInView = {});
    void zoomBy(qreal factor);
    void fitAll();
    void centreOnService(const QString &name);
    // Up: a consumer; Down: a provider; Left/Right: the neighbour in the layer. Returns whether
    // the selection moved.
    bool moveSelection(int key);

    static constexpr qreal MinZoom = 0.04;
    static constexpr qreal MaxZoom = 3.0;

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    void viewportMoved();
    void contextMenuRequestedFor(const QString &service, const QPoint &globalPos);
    void groupToggleRequested(const QString &group);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void updateRenderHints();

public:
    // Draws the far-out picture for the current zoom now rather than after the pause (tests,
    // benchmarks).
    void settle();

private:
    void announce(const NodeItem *item);

    GraphScene *m_scene;
    qreal m_pinchStart = 1.0;
    QTimer m_settle;
};

} // namespace Signalbox

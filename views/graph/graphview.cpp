#include "graphview.h"

#include "graphscene.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Signalbox {

GraphView::GraphView(GraphScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(u"graphView"_s);
    setAccessibleName(tr("Service graph"));
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Whole-viewport updates: while panning nearly everything moves anyway, and one paint is
    // cheaper than many region paints.
    setViewportUpdateMode(FullViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &GraphView::settle);
    updateRenderHints();
    connect(scene, &GraphScene::currentServiceChanged, this,
            [this] { announce(m_scene->currentNode()); });
}

void GraphView::settle()
{
    m_scene->setOverviewResolution(zoom() * devicePixelRatioF());
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(qreal zoom, const QPointF &anchorInView)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    const qreal factor = zoom / this->zoom();
    if (qFuzzyCompare(factor, 1.0))
        return;
    if (!anchorInView.isNull()) {
        const QPointF before = mapToScene(anchorInView.toPoint());
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(NoAnchor);
        scale(factor, factor);
        const QPointF after = mapToScene(anchorInView.toPoint());
        translate(after.x() - before.x(), after.y() - before.y());
        setTransformationAnchor(anchor);
    } else {
        scale(factor, factor);
    }
    updateRenderHints();
    Q_EMIT zoomChanged(this->zoom());
    Q_EMIT viewportMoved();
}

void GraphView::zoomBy(qreal factor)
{
    setZoom(zoom() * factor, viewport()->rect().center());
}

void GraphView::fitAll()
{
    QRectF bounds;
    for (QGraphicsItem *item : scene()->items()) {
        if (isShown(item) && (item->type() == NodeItem::Type || item->type() == GroupItem::Type))
            bounds = bounds.united(item->sceneBoundingRect());
    }
    if (bounds.isEmpty())
        bounds = sceneRect();
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    if (zoom() < MinZoom)
        setZoom(MinZoom);
    updateRenderHints();
    Q_EMIT zoomChanged(zoom());
    Q_EMIT viewportMoved();
}

void GraphView::centreOnService(const QString &name)
{
    NodeItem *item = m_scene->nodeItem(name);
    if (!item)
        return;
    if (zoom() < GraphScene::FullDetail)
        setZoom(0.9);
    centerOn(item);
    Q_EMIT viewportMoved();
}

void GraphView::updateRenderHints()
{
    // Far out antialiasing costs more than it shows.
    setRenderHint(QPainter::Antialiasing, zoom() >= GraphScene::FullDetail);
    m_scene->setBlockDetail(zoom() < GraphScene::BlockDetail);
    setRenderHint(QPainter::TextAntialiasing, true);
    // While the wheel turns, the far-out picture is scaled; once it rests, drawn sharp again.
    m_settle.start();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    // Touchpads send pixel deltas for two-finger scrolling: pan with them unless Ctrl is held,
    // the usual convention of map-like views.
    if (!event->pixelDelta().isNull() && !(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(1.2, steps), event->position());
    event->accept();
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        // macOS trackpads and Wayland touchpads.
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(zoom() * (1.0 + gesture->value()), gesture->position());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        // Touch screens.
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStart = zoom();
            setZoom(m_pinchStart * pinch->totalScaleFactor(),
                    viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

bool GraphView::moveSelection(int key)
{
    NodeItem *current = m_scene->currentNode();
    if (!current || !isShown(current)) {
        // Nothing selected yet: start at the top-left service in view.
        NodeItem *first = nullptr;
        for (NodeItem *item : m_scene->nodeItems()) {
            if (!isShown(item))
                continue;
            if (!first || item->pos().y() < first->pos().y()
                || (item->pos().y() == first->pos().y() && item->pos().x() < first->pos().x()))
                first = item;
        }
        if (!first)
            return false;
        m_scene->setCurrentService(first->name());
        ensureVisible(first);
        return true;
    }
    NodeItem *next = nullptr;
    const auto closest = [current](const QList<NodeItem *> &candidates) -> NodeItem * {
        NodeItem *best = nullptr;
        for (NodeItem *c : candidates) {
            if (!best
                || std::abs(c->pos().x() - current->pos().x())
                    < std::abs(best->pos().x() - current->pos().x()))
                best = c;
        }
        return best;
    };
    switch (key) {
    case Qt::Key_Up:
        next = closest(m_scene->consumersOf(current));
        break;
    case Qt::Key_Down:
        next = closest(m_scene->providersOf(current));
        break;
    case Qt::Key_Left:
        next = m_scene->neighbourInLayer(current, -1);
        break;
    case Qt::Key_Right:
        next = m_scene->neighbourInLayer(current, 1);
        break;
    default:
        break;
    }
    if (!next)
        return false;
    m_scene->setCurrentService(next->name());
    ensureVisible(next, 60, 60);
    Q_EMIT viewportMoved();
    return true;
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (ctrl) {
            // Ctrl+arrows pan, like scrolling.
            const int step = 80;
            QScrollBar *bar = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down
                ? verticalScrollBar()
                : horizontalScrollBar();
            const int sign = event->key() == Qt::Key_Up || event->key() == Qt::Key_Left ? -1 : 1;
            bar->setValue(bar->value() + sign * step);
        } else {
            moveSelection(event->key());
        }
        event->accept();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        event->accept();
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        event->accept();
        return;
    case Qt::Key_0:
        fitAll();
        event->accept();
        return;
    case Qt::Key_Escape:
        m_scene->setCurrentService({});
        event->accept();
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    if (NodeItem *node = m_scene->nodeAt(mapToScene(event->pos()))) {
        m_scene->setCurrentService(node->name());
        Q_EMIT contextMenuRequestedFor(node->name(), event->globalPos());
        event->accept();
        return;
    }
    if (NodeItem *current = m_scene->currentNode();
        current && event->reason() == QContextMenuEvent::Keyboard) {
        Q_EMIT contextMenuRequestedFor(current->name(),
                                       viewport()->mapToGlobal(mapFromScene(current->pos())));
        event->accept();
    }
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    // Far out the node items are put away; pick the service under the pointer ourselves.
    if (m_scene->blockDetail() && event->button() == Qt::LeftButton) {
        if (NodeItem *node = m_scene->nodeAt(mapToScene(event->position().toPoint()))) {
            m_scene->setCurrentService(node->name());
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->pos())) {
        if (item->type() == GroupItem::Type) {
            auto *group = static_cast<GroupItem *>(item);
            if (group->isCollapsed()
                || group->headerRect().contains(group->mapFromScene(mapToScene(event->pos())))) {
                Q_EMIT groupToggleRequested(group->name());
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewportMoved();
}

void GraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Base));
}

void GraphView::announce(const NodeItem *item)
{
    // Screen readers get the selected service's state as the view's description.
    setAccessibleDescription(item ? item->data().summary() : QString());
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace Signalbox

#include "overviewmap.h"

#include "graphscene.h"
#include "graphview.h"

#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Signalbox {

OverviewMap::OverviewMap(GraphView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(u"graphOverviewMap"_s);
    setAccessibleName(tr("Graph overview map"));
    setToolTip(tr("The whole graph; click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(120);
    connect(&m_refresh, &QTimer::timeout, this, &OverviewMap::refresh);
    GraphScene *scene = view->graphScene();
    connect(scene, &GraphScene::layoutFinished, this, &OverviewMap::scheduleRefresh);
    connect(scene, &GraphScene::marksChanged, this, &OverviewMap::scheduleRefresh);
    connect(view, &GraphView::viewportMoved, this, qOverload<>(&QWidget::update));
}

void OverviewMap::scheduleRefresh()
{
    m_refresh.start();
}

QRectF OverviewMap::mapRect() const
{
    const QRectF scene = m_view->sceneRect();
    if (scene.isEmpty())
        return {};
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const qreal scale = std::min(area.width() / scene.width(), area.height() / scene.height());
    const QSizeF size = scene.size() * scale;
    return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void OverviewMap::refresh()
{
    const QRectF target = mapRect();
    if (target.isEmpty() || !isVisible())
        return;
    const qreal ratio = devicePixelRatioF();
    QPixmap picture(size() * ratio);
    picture.setDevicePixelRatio(ratio);
    picture.fill(Qt::transparent);
    {
        // Drawn as blocks, as the main view draws itself far out: one pass, not one per item.
        GraphScene *scene = m_view->graphScene();
        const bool wasBlock = scene->blockDetail();
        scene->setBlockDetail(true);
        QPainter painter(&picture);
        scene->render(&painter, target, m_view->sceneRect(), Qt::KeepAspectRatio);
        scene->setBlockDetail(wasBlock);
    }
    m_picture = picture;
    update();
}

void OverviewMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor background = palette().color(QPalette::Base);
    background.setAlphaF(0.92f);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.drawPixmap(0, 0, m_picture);
    const QRectF scene = m_view->sceneRect();
    const QRectF target = mapRect();
    if (scene.isEmpty() || target.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal scale = target.width() / scene.width();
    const QRectF frame((visible.left() - scene.left()) * scale + target.left(),
                       (visible.top() - scene.top()) * scale + target.top(),
                       visible.width() * scale, visible.height() * scale);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.15f);
    painter.setBrush(fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawRect(frame.intersected(QRectF(rect())));
}

void OverviewMap::centreAt(const QPointF &widgetPos)
{
    const QRectF scene = m_view->sceneRect();
    const QRectF target = mapRect();
    if (scene.isEmpty() || target.isEmpty())
        return;
    const qreal scale = target.width() / scene.width();
    m_view->centerOn(QPointF((widgetPos.x() - target.left()) / scale + scene.left(),
                             (widgetPos.y() - target.top()) / scale + scene.top()));
    update();
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    centreAt(event->position());
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreAt(event->position());
}

void OverviewMap::resizeEvent(QResizeEvent *)
{
    scheduleRefresh();
}

} // namespace Signalbox

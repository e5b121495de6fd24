#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace Signalbox {

class GraphView;

// A small map of the whole graph with the visible part framed; click or drag to move there.
// The picture is rendered once per change of the drawing, not on every pan.
class OverviewMap : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewMap(GraphView *view, QWidget *parent = nullptr);
    void scheduleRefresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    QRectF mapRect() const; // where the scene lands inside the widget
    void centreAt(const QPointF &widgetPos);

    GraphView *m_view;
    QPixmap m_picture;
    QTimer m_refresh;
};

} // namespace Signalbox

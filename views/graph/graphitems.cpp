#include "graphitems.h"

#include "domain/status.h"
#include "graphscene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

qreal detailOf(const QStyleOptionGraphicsItem *option, const QPainter *painter,
               const GraphScene *scene)
{
    if (scene->fullDetail())
        return 1.0;
    return option->levelOfDetailFromTransform(painter->worldTransform());
}

QColor contractColor(ContractState state, const QPalette &palette)
{
    switch (state) {
    case ContractState::Verified:
        return healthColor(Health::Healthy);
    case ContractState::Unverified:
        return healthColor(Health::Warning);
    case ContractState::Failing:
        return healthColor(Health::Failing);
    case ContractState::None:
        break;
    }
    QColor neutral = palette.color(QPalette::Text);
    neutral.setAlphaF(0.35f);
    return neutral;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString rolloutBadge(const GraphNode &node)
{
    if (node.rolloutPhase == RolloutPhase::Unknown || node.rolloutPhase == RolloutPhase::Healthy)
        return {};
    if (node.rolloutWeight >= 0)
        return GraphScene::tr("canary %1 %").arg(node.rolloutWeight);
    return displayName(node.rolloutPhase).toLower();
}

} // namespace

// ---- NodeItem

NodeItem::NodeItem(GraphScene *scene, int node)
    : m_scene(scene)
    , m_node(node)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(2);
    setAcceptHoverEvents(true);
}

const GraphNode &NodeItem::data() const
{
    return m_scene->graph()->nodes[std::size_t(m_node)];
}

void NodeItem::setMarks(Marks marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    setOpacity(marks & Mark::Faded ? 0.22 : 1.0);
    update();
}

void NodeItem::setShown(bool shown)
{
    m_shown = shown;
    setVisible(shown);
}

void NodeItem::setChangeGlow(qreal strength)
{
    if (qFuzzyCompare(strength + 1, m_glow + 1))
        return;
    m_glow = strength;
    update();
}

QRectF NodeItem::boundingRect() const
{
    const QSizeF s = size();
    // Room for the outline, the rank or wave badge above the corner and the change glow.
    return QRectF(-s.width() / 2 - 10, -s.height() / 2 - 12, s.width() + 20, s.height() + 22);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    const QSizeF s = size();
    path.addRect(QRectF(-s.width() / 2, -s.height() / 2, s.width(), s.height()));
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const GraphNode &n = data();
    const QPalette palette = m_scene->palette();
    const QSizeF s = size();
    const QRectF body(-s.width() / 2, -s.height() / 2, s.width(), s.height());
    const QColor status = healthColor(n.health);
    const qreal lod = detailOf(option, painter, m_scene);
    const bool selected = isSelected();

    if (lod < GraphScene::BlockDetail) {
        // Far out the colour block and its outline are all one can see; the shape of a failing
        // node (its heavy frame) keeps it readable without colour.
        painter->fillRect(body, status);
        if (selected
            || (m_marks & (Mark::RootCause | Mark::Needs | Mark::NeededBy | Mark::BlastRadius))) {
            painter->setPen(
                QPen(selected ? palette.color(QPalette::Highlight) : m_scene->accentColor(), 8));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(body.adjusted(-6, -6, 6, 6));
        }
        if (m_marks & Mark::Blocked)
            painter->fillRect(body, QBrush(palette.color(QPalette::Text), Qt::BDiagPattern));
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing, lod >= GraphScene::FullDetail);
    if (m_glow > 0) {
        QColor glow = m_scene->accentColor();
        glow.setAlphaF(float(0.55 * m_glow));
        painter->setPen(Qt::NoPen);
        painter->setBrush(glow);
        painter->drawRoundedRect(body.adjusted(-9, -9, 9, 9), 12, 12);
    }

    QColor fill = mix(palette.color(QPalette::Base), status, 0.12);
    // A service only the repositories know of, not confirmed by anyone: a dashed frame.
    painter->setPen(QPen(mix(palette.color(QPalette::Base), palette.color(QPalette::Text),
                             n.discovered ? 0.6 : 0.35),
                         n.discovered ? 1.5 : 1, n.discovered ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(body, 6, 6);
    // The status strip on the left.
    painter->setPen(Qt::NoPen);
    painter->setBrush(status);
    painter->drawRoundedRect(QRectF(body.left(), body.top(), 6, body.height()), 3, 3);

    if (m_marks & Mark::Blocked) {
        painter->setBrush(
            QBrush(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45),
                   Qt::BDiagPattern));
        painter->drawRoundedRect(body, 6, 6);
    }

    // Outlines by mode: a root cause gets a heavy red frame, a victim a dashed one, the lit part
    // of the graph the accent colour, the selection the palette's highlight.
    painter->setBrush(Qt::NoBrush);
    if (m_marks & Mark::RootCause) {
        painter->setPen(QPen(healthColor(Health::Failing), 4));
        painter->drawRoundedRect(body.adjusted(-3, -3, 3, 3), 8, 8);
    } else if (m_marks & Mark::Victim) {
        painter->setPen(QPen(healthColor(Health::Warning), 2.5, Qt::DashLine));
        painter->drawRoundedRect(body.adjusted(-3, -3, 3, 3), 8, 8);
    }
    if (m_marks & (Mark::Needs | Mark::NeededBy | Mark::BlastRadius)) {
        painter->setPen(
            QPen(m_scene->accentColor(), 2.5, m_marks & Mark::Needs ? Qt::DotLine : Qt::SolidLine));
        painter->drawRoundedRect(body.adjusted(-5, -5, 5, 5), 9, 9);
    }
    if (selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3));
        painter->drawRoundedRect(body.adjusted(-6, -6, 6, 6), 10, 10);
    }

    if (lod < GraphScene::FullDetail) {
        // Zoomed out: glyph and name only, the name drawn larger so it stays about 10 pixels
        // high on screen.
        const QRectF glyph(body.left() + 10, body.center().y() - 10, 20, 20);
        paintHealthGlyph(painter, glyph, n.health);
        QFont font = m_scene->font();
        font.setBold(true);
        const QRectF nameRect(glyph.right() + 5, body.top(), body.right() - glyph.right() - 8,
                              body.height());
        // Aim for about 9 pixels on screen, smaller rather than cut when the name is long.
        font.setPixelSize(int(std::clamp(9.0 / lod, 13.0, 30.0)));
        const qreal width = QFontMetricsF(font).horizontalAdvance(n.name);
        if (width > nameRect.width())
            font.setPixelSize(std::max(13, int(font.pixelSize() * nameRect.width() / width)));
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(n.name, Qt::ElideRight, nameRect.width()));
        return;
    }
    const QRectF glyph(body.left() + 12, body.top() + 7, 16, 16);
    paintHealthGlyph(painter, glyph, n.health);

    QFont font = m_scene->font();
    font.setBold(true);
    const QRectF nameRect(glyph.right() + 6, body.top() + 5, body.right() - glyph.right() - 12, 20);
    // Long names shrink a little before they are cut short.
    for (int px = 13; px >= 10; --px) {
        font.setPixelSize(px);
        if (QFontMetricsF(font).horizontalAdvance(n.name) <= nameRect.width())
            break;
    }
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetricsF metrics(font);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(n.name, Qt::ElideRight, nameRect.width()));

    // Second line: pipeline glyph, rollout progress, contract state, then the plan's version.
    font.setBold(false);
    font.setPixelSize(11);
    painter->setFont(font);
    QColor dim = palette.color(QPalette::Text);
    dim.setAlphaF(0.75f);
    qreal x = body.left() + 12;
    const qreal y = body.bottom() - 17;
    paintHealthGlyph(painter, QRectF(x, y + 1, 11, 11), n.pipeline);
    x += 15;
    const QString rollout = rolloutBadge(n);
    if (!rollout.isEmpty()) {
        // A progress ring: how far the canary has come.
        const QRectF ring(x, y + 1, 11, 11);
        painter->setPen(QPen(dim, 1.2));
        painter->drawEllipse(ring);
        if (n.rolloutWeight > 0) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(healthColor(Health::InProgress));
            painter->drawPie(ring, 90 * 16, -int(360 * 16 * n.rolloutWeight / 100));
            painter->setBrush(Qt::NoBrush);
        }
        x += 14;
        painter->setPen(dim);
        const qreal w = QFontMetricsF(font).horizontalAdvance(rollout);
        painter->drawText(QPointF(x, y + 10), rollout);
        x += w + 6;
    }
    if (n.contracts != ContractState::None) {
        const QColor c = contractColor(n.contracts, palette);
        painter->setPen(QPen(c, 1.4));
        // A small document with a tick or a cross: the contract.
        const QRectF doc(x, y, 9, 12);
        painter->drawRect(doc);
        if (n.contracts == ContractState::Failing) {
            painter->drawLine(doc.topLeft() + QPointF(2, 3), doc.bottomRight() - QPointF(2, 3));
            painter->drawLine(doc.topRight() + QPointF(-2, 3), doc.bottomLeft() + QPointF(2, -3));
        } else if (n.contracts == ContractState::Verified) {
            painter->drawLine(doc.left() + 2, doc.center().y(), doc.center().x(), doc.bottom() - 3);
            painter->drawLine(QPointF(doc.center().x(), doc.bottom() - 3),
                              doc.topRight() + QPointF(-2, 3));
        } else {
            painter->drawText(doc, Qt::AlignCenter, u"?"_s);
        }
        x += 14;
    }
    QString tail;
    if (m_scene->mode() == GraphMode::Plan && n.pending)
        tail = n.pendingVersion;
    else if (m_marks & Mark::Victim)
        tail = GraphScene::tr("← %1").arg(n.rootCause);
    else if (n.discovered)
        tail = GraphScene::tr("not confirmed");
    else if (n.tier > 0)
        tail = GraphScene::tr("tier %1").arg(n.tier);
    if (!tail.isEmpty()) {
        painter->setPen(dim);
        const QRectF tailRect(x, y - 2, body.right() - x - 6, 16);
        painter->drawText(tailRect, Qt::AlignRight | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(tail, Qt::ElideLeft, tailRect.width()));
    }

    // A badge on the top-right corner: the root cause's rank or the plan's wave.
    QString badge;
    QColor badgeColor;
    if ((m_marks & Mark::RootCause) && n.rootCauseRank > 0) {
        badge = u"#"_s + QString::number(n.rootCauseRank);
        badgeColor = healthColor(Health::Failing);
    } else if (m_marks & Mark::Planned) {
        badge = GraphScene::tr("W%1").arg(n.wave);
        badgeColor = healthColor(Health::InProgress);
    } else if (m_marks & Mark::Blocked) {
        badge = GraphScene::tr("blocked");
        badgeColor = healthColor(Health::Failing);
    }
    if (!badge.isEmpty()) {
        font.setBold(true);
        painter->setFont(font);
        const qreal w = QFontMetricsF(font).horizontalAdvance(badge) + 12;
        const QRectF pill(body.right() - w + 4, body.top() - 9, w, 17);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor);
        painter->drawRoundedRect(pill, 8, 8);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, badge);
    }
}

// ---- EdgeItem

EdgeItem::EdgeItem(GraphScene *scene, int edge)
    : m_scene(scene)
    , m_edge(edge)
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
}

const GraphEdge &EdgeItem::data() const
{
    return m_scene->graph()->edges[std::size_t(m_edge)];
}

void EdgeItem::setMarks(Marks marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    update();
}

void EdgeItem::setShown(bool shown)
{
    m_shown = shown;
    setVisible(shown);
}

void EdgeItem::setRoute(QGraphicsItem *from, QGraphicsItem *to, const std::vector<QPointF> &points)
{
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    m_path = QPainterPath();
    m_polyline = QPainterPath();
    m_arrow.clear();
    if (points.size() < 2) {
        m_bounds = {};
        return;
    }
    m_polyline.moveTo(points.front());
    for (std::size_t i = 1; i < points.size(); ++i)
        m_polyline.lineTo(points[i]);
    // Smooth through the layout's points: vertical tangents at every bend keep the curves calm
    // between layers.
    m_path.moveTo(points.front());
    for (std::size_t i = 1; i < points.size(); ++i) {
        const QPointF a = points[i - 1];
        const QPointF b = points[i];
        const qreal dy = (b.y() - a.y()) * 0.5;
        if (std::abs(dy) < 1)
            m_path.lineTo(b);
        else
            m_path.cubicTo(a + QPointF(0, dy), b - QPointF(0, dy), b);
    }
    const QPointF tip = points.back();
    const QPointF before = points[points.size() - 2];
    QPointF dir = tip - before;
    const qreal len = std::hypot(dir.x(), dir.y());
    if (len > 0)
        dir /= len;
    if (std::abs(tip.y() - before.y()) >= 1)
        dir = QPointF(0, tip.y() > before.y() ? 1 : -1);
    const QPointF normal(-dir.y(), dir.x());
    m_arrow << tip << tip - dir * 9 + normal * 4.5 << tip - dir * 9 - normal * 4.5;
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
}

QColor EdgeItem::color() const
{
    const QPalette palette = m_scene->palette();
    if (m_marks & (Mark::OnRootCausePath))
        return healthColor(Health::Failing);
    if (m_marks & Mark::Highlighted)
        return m_scene->accentColor();
    QColor c = contractColor(data().contract, palette);
    if (m_marks & Mark::Faded)
        c.setAlphaF(c.alphaF() * 0.25f);
    return c;
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    return m_polyline;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = detailOf(option, painter, m_scene);
    if (lod < GraphScene::BlockDetail || m_path.isEmpty())
        return; // the overview item draws it
    const bool strong = m_marks & (Mark::OnRootCausePath | Mark::Highlighted);
    // Ordinary edges use a one-pixel cosmetic pen: the raster engine draws those straight into
    // the pixels, where a scaled pen is outlined and filled, at many times the cost.
    QColor c = color();
    if (data().discovered && !strong)
        c.setAlphaF(0.5f); // found in a repository, not confirmed yet
    QPen pen(c, strong ? 3.0 : 0);
    pen.setCosmetic(!strong);
    if (data().kind == DependencyKind::Async)
        pen.setStyle(Qt::DashLine);
    else if (data().kind == DependencyKind::Datastore)
        pen.setStyle(Qt::DotLine);
    painter->setRenderHint(QPainter::Antialiasing, lod >= GraphScene::FullDetail);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(lod >= GraphScene::FullDetail ? m_path : m_polyline);
    if (lod >= GraphScene::FullDetail) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(m_arrow);
    }
}

// ---- GroupItem

GroupItem::GroupItem(GraphScene *scene, const QString &name, QList<int> members)
    : m_scene(scene)
    , m_name(name)
    , m_members(std::move(members))
{
    setZValue(0);
    setFlags(ItemIsSelectable);
}

void GroupItem::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    setZValue(collapsed ? 2 : 0);
    update();
}

void GroupItem::setBox(const QRectF &box)
{
    prepareGeometryChange();
    setPos(box.center());
    m_rect = QRectF(-box.width() / 2, -box.height() / 2, box.width(), box.height());
}

Health GroupItem::worstHealth() const
{
    Health worst = Health::Healthy;
    bool any = false;
    for (int member : m_members) {
        const Health h = m_scene->graph()->nodes[std::size_t(member)].health;
        if (!any || int(h) > int(worst) || (h == Health::Unknown && worst == Health::Healthy))
            worst = h;
        any = true;
    }
    return any ? worst : Health::Unknown;
}

QRectF GroupItem::headerRect() const
{
    return QRectF(m_rect.left(), m_rect.top(), m_rect.width(), 20);
}

QRectF GroupItem::boundingRect() const
{
    return m_rect.adjusted(-4, -4, 4, 4);
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = m_scene->palette();
    const qreal lod = detailOf(option, painter, m_scene);
    QColor text = palette.color(QPalette::Text);
    painter->setRenderHint(QPainter::Antialiasing, lod >= GraphScene::FullDetail);
    QFont font = m_scene->font();
    font.setPixelSize(12);
    font.setBold(true);
    painter->setFont(font);
    if (m_collapsed) {
        const Health worst = worstHealth();
        painter->setPen(
            QPen(mix(palette.color(QPalette::Base), text, 0.45), isSelected() ? 3 : 1.5));
        painter->setBrush(mix(palette.color(QPalette::Base), healthColor(worst), 0.15));
        painter->drawRoundedRect(m_rect, 8, 8);
        // Stacked edges say "more than one service in here".
        painter->drawLine(QPointF(m_rect.left() + 6, m_rect.bottom() + 3),
                          QPointF(m_rect.right() - 6, m_rect.bottom() + 3));
        if (lod < GraphScene::BlockDetail)
            return;
        paintHealthGlyph(painter, QRectF(m_rect.left() + 10, m_rect.top() + 8, 16, 16), worst);
        if (lod < GraphScene::FullDetail)
            return;
        painter->setPen(text);
        painter->drawText(
            m_rect.adjusted(32, 4, -6, -22), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(m_name, Qt::ElideRight, m_rect.width() - 40));
        font.setBold(false);
        font.setPixelSize(11);
        painter->setFont(font);
        painter->drawText(m_rect.adjusted(32, 22, -6, -4), Qt::AlignLeft | Qt::AlignVCenter,
                          GraphScene::tr("%n service(s) — double-click to expand", nullptr,
                                         int(m_members.size())));
        return;
    }
    QColor frame = text;
    frame.setAlphaF(0.3f);
    QColor fill = text;
    fill.setAlphaF(0.035f);
    painter->setPen(QPen(frame, 1, Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 10, 10);
    if (lod < GraphScene::BlockDetail)
        return;
    QColor label = text;
    label.setAlphaF(0.7f);
    painter->setPen(label);
    painter->drawText(headerRect().adjusted(10, 2, -10, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      m_name + u"  ▾"_s);
}

// ---- BandItem and DeployGroupItem

BandItem::BandItem(const QRectF &rect, const QString &label, bool shaded)
    : m_rect(rect)
    , m_label(label)
    , m_shaded(shaded)
{
    setZValue(-2);
    setAcceptedMouseButtons(Qt::NoButton);
}

void BandItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QPalette();
    QColor fill = healthColor(Health::InProgress);
    fill.setAlphaF(m_shaded ? 0.09f : 0.04f);
    painter->fillRect(m_rect, fill);
    QFont font = painter->font();
    font.setPixelSize(14);
    font.setBold(true);
    painter->setFont(font);
    QColor text = healthColor(Health::InProgress);
    painter->setPen(text);
    painter->drawText(QRectF(m_rect.left() + 8, m_rect.top(), 110, m_rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, m_label);
    Q_UNUSED(palette);
}

DeployGroupItem::DeployGroupItem(const QRectF &rect, const QStringList &services)
    : m_rect(rect)
    , m_services(services)
{
    setZValue(-1);
    setAcceptedMouseButtons(Qt::NoButton);
}

void DeployGroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = healthColor(Health::Warning);
    painter->setPen(QPen(c, 2.5, Qt::DashDotLine));
    QColor fill = c;
    fill.setAlphaF(0.08f);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 12, 12);
    QFont font = painter->font();
    font.setPixelSize(12);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(c);
    painter->drawText(QRectF(m_rect.left() + 8, m_rect.top() - 19, m_rect.width(), 18),
                      Qt::AlignLeft | Qt::AlignVCenter, GraphScene::tr("Deploy together"));
}

// ---- ChunkItem

void ChunkItem::fitChildren()
{
    // Not childrenBoundingRect(): with the clip flag set that is cut to the (old) rectangle.
    QRectF rect;
    for (const QGraphicsItem *child : childItems())
        rect |= child->mapRectToParent(child->boundingRect());
    prepareGeometryChange();
    m_rect = rect;
}

QPainterPath ChunkItem::shape() const
{
    QPainterPath path;
    path.addRect(m_rect);
    return path;
}

// ---- EdgeOverviewItem

EdgeOverviewItem::EdgeOverviewItem(GraphScene *scene)
    : m_scene(scene)
{
    setZValue(0.5);
    setAcceptedMouseButtons(Qt::NoButton);
    // Drawn into a picture once per change of marks and copied from then on: panning is a
    // blit, and zooming scales the picture until the view settles and asks for a sharp one
    // (setResolution).
    setResolution(0.05);
}

void EdgeOverviewItem::setResolution(qreal)
{
    // A picture scaled during zoom (ItemCoordinateCache) came out stretched in the overview map
    // when the bounds changed; the device cache is redrawn per zoom step but always right.
    setCacheMode(DeviceCoordinateCache);
}

void EdgeOverviewItem::invalidate()
{
    prepareGeometryChange();
    rebuild();
    update();
}

void EdgeOverviewItem::rebuild()
{
    // Grouped by colour so that a frame is a handful of batched calls, not thousands.
    m_layers.clear();
    m_fills.clear();
    m_blocks.clear();
    m_bounds = {};
    QHash<QRgb, qsizetype> layerOf;
    for (const EdgeItem *edge : m_scene->edgeItems()) {
        if (!isShown(edge) || edge->path().isEmpty())
            continue;
        const QColor c = edge->color();
        auto it = layerOf.find(c.rgba());
        if (it == layerOf.end()) {
            it = layerOf.insert(c.rgba(), m_layers.size());
            m_layers.append({c, {}});
        }
        // Straight from end to end: far out the bends are below a pixel anyway.
        const QPainterPath &path = edge->path();
        const QLineF line(path.elementAt(0), path.currentPosition());
        m_layers[*it].second.append(line);
        m_bounds |= QRectF(line.p1(), line.p2()).normalized();
    }
    const QSizeF s = NodeItem::size();
    QHash<QRgb, qsizetype> fillOf;
    for (const NodeItem *node : m_scene->nodeItems()) {
        if (!isShown(node))
            continue;
        const QRectF rect(node->pos() - QPointF(s.width() / 2, s.height() / 2), s);
        QColor fill = healthColor(node->data().health);
        if (node->marks() & Mark::Faded)
            fill.setAlphaF(0.22f);
        auto it = fillOf.find(fill.rgba());
        if (it == fillOf.end()) {
            it = fillOf.insert(fill.rgba(), m_fills.size());
            m_fills.append({fill, {}});
        }
        m_fills[*it].second.append(rect);
        const Marks marks = node->marks();
        if (node->isSelected()
            || (marks
                & (Mark::Blocked | Mark::RootCause | Mark::Needs | Mark::NeededBy
                   | Mark::BlastRadius)))
            m_blocks.push_back({rect, fill, marks, node->isSelected()});
        m_bounds |= rect.adjusted(-8, -8, 8, 8);
    }
}

QRectF EdgeOverviewItem::boundingRect() const
{
    return m_bounds;
}

void EdgeOverviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const auto &[color, lines] : std::as_const(m_layers)) {
        painter->setPen(QPen(color, 0)); // cosmetic: one pixel at any zoom
        painter->drawLines(lines);
    }
    painter->setPen(Qt::NoPen);
    for (const auto &[color, rects] : std::as_const(m_fills)) {
        painter->setBrush(color);
        painter->drawRects(rects);
    }
    const QPalette palette = m_scene->palette();
    const QBrush hatch(palette.color(QPalette::Text), Qt::BDiagPattern);
    QPen accent(m_scene->accentColor(), 3);
    accent.setCosmetic(true);
    QPen highlight(palette.color(QPalette::Highlight), 3);
    highlight.setCosmetic(true);
    for (const Block &block : m_blocks) {
        if (block.marks & Mark::Blocked) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(hatch);
            painter->drawRect(block.rect);
        }
        // A heavy frame keeps the root cause, the lit part and the selection findable without
        // colour; cosmetic pens stay visible at any zoom.
        if (block.selected
            || (block.marks
                & (Mark::RootCause | Mark::Needs | Mark::NeededBy | Mark::BlastRadius))) {
            painter->setPen(block.selected ? highlight : accent);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(block.rect.adjusted(-6, -6, 6, 6));
        }
    }
}

} // namespace Signalbox

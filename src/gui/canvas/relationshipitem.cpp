// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/relationshipitem.h"

#include "canvas/arrowroute.h"
#include "canvas/labelobstacles.h"
#include "canvas/nodeitem.h"
#include "canvas/problembadgeitem.h"
#include "canvas/textwidths.h"
#include "canvas/topologyscene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <array>
#include <optional>

#include <cmath>

namespace Topologist {

using namespace CanvasStyle;

namespace {
constexpr qreal headLength = 10;
constexpr qreal headHalfWidth = 4.5;
constexpr qreal labelHeight = 16;
} // namespace

namespace {

/// The control points of the curve between two ports: it leaves the requirement port to the
/// right and enters the capability port from the left; a target to the left of its source
/// gets a wider S so the arrow does not run backwards through the cards.
std::array<QPointF, 4> curvePoints(const QPointF &start, const QPointF &end)
{
    const qreal dx = end.x() - start.x();
    const qreal bend
        = dx >= 40 ? qMax<qreal>(30, dx * 0.45) : qBound<qreal>(60, std::abs(dx) * 0.35 + 40, 200);
    return {start, start + QPointF(bend, 0), end - QPointF(bend, 0), end};
}

/// A polyline with its corners rounded off.
QPainterPath roundedPolyline(const QPolygonF &points, qreal radius)
{
    QPainterPath path(points.first());
    for (int i = 1; i + 1 < points.size(); ++i) {
        const QPointF corner = points[i];
        const QLineF in(corner, points[i - 1]);
        const QLineF out(corner, points[i + 1]);
        const qreal r = qMin(radius, qMin(in.length(), out.length()) / 2);
        const QPointF a = in.length() > 0 ? in.pointAt(r / in.length()) : corner;
        const QPointF b = out.length() > 0 ? out.pointAt(r / out.length()) : corner;
        path.lineTo(a);
        path.quadTo(corner, b);
    }
    path.lineTo(points.last());
    return path;
}

/// The cubic as a polyline, a point every 24 pixels or so: Qt's flattening to half a pixel
/// keeps hundreds of points for a long arrow, which a 10,000-node topology holds thousands of.
QPolygonF flattenedCurve(const std::array<QPointF, 4> &p)
{
    const qreal length
        = QLineF(p[0], p[1]).length() + QLineF(p[1], p[2]).length() + QLineF(p[2], p[3]).length();
    const int segments = qBound(8, int(length / 24), 64);
    QPolygonF points;
    points.reserve(segments + 1);
    for (int i = 0; i <= segments; ++i) {
        const qreal t = qreal(i) / segments;
        const qreal u = 1 - t;
        points.append(u * u * u * p[0] + 3 * u * u * t * p[1] + 3 * u * t * t * p[2]
                      + t * t * t * p[3]);
    }
    return points;
}

} // namespace

QPainterPath relationshipCurve(const QPointF &start, const QPointF &end)
{
    const auto p = curvePoints(start, end);
    QPainterPath path(p[0]);
    path.cubicTo(p[1], p[2], p[3]);
    return path;
}

RelationshipItem::RelationshipItem(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setFlag(ItemIsSelectable);
    // Long arrows cross much of the scene: paint() draws only what is exposed.
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(true);
    // Above the node cards, so arrows into nested nodes stay visible.
    setZValue(10);
}

RelationshipItem::~RelationshipItem() = default;

void RelationshipItem::setContent(const RelationshipContent &content)
{
    m_content = content;
    m_labelWidth = labelWidths().width(content.label) + 12;
    updateGeometry();
    update();
}

QString RelationshipItem::toolTipText() const
{
    return tr("%1.%2 \u2192 %3 (%4)\n%5")
        .arg(m_content.source,
             m_content.requirement,
             m_content.target,
             m_content.capability.isEmpty() ? tr("no capability") : m_content.capability,
             m_content.relationshipType);
}

void RelationshipItem::setEnds(NodeItem *source, NodeItem *target)
{
    m_sourceItem = source;
    m_targetItem = target;
}

void RelationshipItem::updateGeometry()
{
    if (!m_sourceItem || !m_targetItem)
        return;
    const QPointF start
        = m_sourceItem->mapToScene(m_sourceItem->requirementPortPosition(m_content.requirement));
    const QPointF end
        = m_targetItem->mapToScene(m_targetItem->capabilityPortPosition(m_content.capability))
          - QPointF(portRadius + 1, 0);
    const QRectF target = m_targetItem->mapRectToScene(m_targetItem->rect());
    const auto *topologyScene = qobject_cast<const TopologyScene *>(scene());
    const bool routing = topologyScene && topologyScene->routesArrows();
    if (start == m_start && end == m_end && target == m_targetRect && !m_flattened.isEmpty()
        && m_labelRect.width() == m_labelWidth && routing == m_routingChecked)
        return; // the common case when a tree is re-laid out: nothing moved
    prepareGeometryChange();
    m_start = start;
    m_end = end;
    m_targetRect = target;
    m_routingChecked = routing;
    const QPointF tip = m_end - QPointF(headLength - 1, 0);
    QPointF labelCenter;
    if (tip.x() >= m_start.x() + 30) {
        m_curve = curvePoints(m_start, tip);
        m_shape = Shape::Curve;
        m_flattened = flattenedCurve(m_curve);
        m_sketch = QPolygonF({m_start, m_end});
        if (const QPolygonF corners = routing ? routeAroundCards(tip) : QPolygonF();
            !corners.isEmpty()) {
            setPolyline(corners);
            m_shape = Shape::Route;
            m_sketch = corners;
            m_sketch.last() = m_end;
        }
        labelCenter = lineAt(m_labelT);
    } else {
        // The target is to the left (siblings in one host always are): go out to the right,
        // along a lane just above or below the target, and into its port from the left,
        // instead of an S-curve across both cards.
        const qreal laneY = m_start.y() > target.bottom() ? target.bottom() + 5
                            : m_start.y() < target.top()  ? target.top() - 5
                            : (m_start.y() - target.top() < target.bottom() - m_start.y())
                                ? target.top() - 5
                                : target.bottom() + 5;
        const qreal right = m_start.x() + 12;
        const qreal left = qMin(tip.x() - 8, target.left() - 7);
        m_shape = Shape::Lane;
        const QPolygonF corners({m_start,
                                 QPointF(right, m_start.y()),
                                 QPointF(right, laneY),
                                 QPointF(left, laneY),
                                 QPointF(left, tip.y()),
                                 tip});
        setPolyline(corners);
        labelCenter = QPointF((right + left) / 2, laneY);
        m_sketch = corners;
        m_sketch.last() = m_end;
    }
    m_head = QPolygonF({m_end,
                        m_end - QPointF(headLength, headHalfWidth),
                        m_end - QPointF(headLength, -headHalfWidth)});
    setLabelCenter(labelCenter);
    update();
}

void RelationshipItem::reroute()
{
    m_flattened.clear(); // computed again, though the ends stayed
    updateGeometry();
}

QPolygonF RelationshipItem::routeAroundCards(const QPointF &tip) const
{
    const auto *topologyScene = static_cast<const TopologyScene *>(scene());
    const LabelObstacles &cards = topologyScene->labelObstacles();
    // An arrow inside one machine stays there; the cards its ends are drawn in are not in the
    // way of either end.
    const NodeItem *from = m_sourceItem->rootItem();
    const NodeItem *to = m_targetItem->rootItem();
    if (from == to || !cards.lineCrossesCard(m_flattened, from, to))
        return {};
    return ArrowRoute::around(
        m_start, tip, cards.rectOf(from), cards.rectOf(to), [&](const QRectF &rect) {
            return cards.cardRectsIn(rect, from, to);
        });
}

void RelationshipItem::setPolyline(const QPolygonF &corners)
{
    const QPainterPath rounded = roundedPolyline(corners, 6);
    const QList<QPolygonF> polygons = rounded.toSubpathPolygons();
    m_flattened = polygons.isEmpty() ? QPolygonF() : polygons.first();
}

void RelationshipItem::setLabelCenter(const QPointF &center)
{
    m_labelRect = QRectF(
        center.x() - m_labelWidth / 2, center.y() - labelHeight / 2, m_labelWidth, labelHeight);
    m_bounds = m_flattened.boundingRect()
                   .united(m_head.boundingRect())
                   .united(m_labelRect)
                   .adjusted(-6, -6, 6, 6);
    if (m_badge)
        m_badge->setPos(m_labelRect.left() - 4, m_labelRect.center().y());
    TopologyScene::obstacleReshaped(this);
}

QPointF RelationshipItem::curveAt(qreal t) const
{
    const qreal u = 1 - t;
    return u * u * u * m_curve[0] + 3 * u * u * t * m_curve[1] + 3 * u * t * t * m_curve[2]
           + t * t * t * m_curve[3];
}

QPointF RelationshipItem::lineAt(qreal t) const
{
    if (m_shape == Shape::Curve)
        return curveAt(t);
    qreal length = 0;
    for (int i = 1; i < m_flattened.size(); ++i)
        length += QLineF(m_flattened[i - 1], m_flattened[i]).length();
    qreal left = t * length;
    for (int i = 1; i < m_flattened.size(); ++i) {
        const QLineF piece(m_flattened[i - 1], m_flattened[i]);
        if (left <= piece.length() && piece.length() > 0)
            return piece.pointAt(left / piece.length());
        left -= piece.length();
    }
    return m_flattened.isEmpty() ? m_start : m_flattened.last();
}

void RelationshipItem::placeLabel(const std::function<LabelCover(const QRectF &)> &coverage)
{
    // The middle of a long arrow often lands on a card of a column it crosses; the label goes
    // to the first point along the curve, from the middle outwards, where it covers no card
    // and no other label (usually the gap just after the source or before the target), else
    // where it covers least. Arrows routed around their target keep the label on the lane.
    if (m_shape == Shape::Lane)
        return;
    qreal bestT = 0.5;
    std::optional<LabelCover> best;
    for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88}) {
        const QPointF center = lineAt(t);
        const QRectF label(center.x() - m_labelWidth / 2 - 3,
                           center.y() - labelHeight / 2 - 3,
                           m_labelWidth + 6,
                           labelHeight + 6);
        const LabelCover covered = coverage(label);
        if (!best || covered < *best) {
            best = covered;
            bestT = t;
        }
        if (covered.isClear())
            break;
    }
    // A label with a problem badge stays: the badge sits on it.
    const bool tucked = best && best->cards > 0 && !m_badge;
    if (bestT == m_labelT && tucked == m_labelTucked)
        return;
    prepareGeometryChange();
    m_labelT = bestT;
    m_labelTucked = tucked;
    setLabelCenter(lineAt(bestT));
    update();
}

QPainterPath RelationshipItem::path() const
{
    if (m_shape != Shape::Curve) {
        QPainterPath lane;
        lane.addPolygon(m_flattened);
        return lane;
    }
    QPainterPath curve(m_curve[0]);
    curve.cubicTo(m_curve[1], m_curve[2], m_curve[3]);
    return curve;
}

bool RelationshipItem::mayRouteThrough(const QRectF &rect) const
{
    if (crosses(rect))
        return true;
    if (m_shape != Shape::Route)
        return false;
    const QPolygonF curve = flattenedCurve(m_curve);
    for (int i = 1; i < curve.size(); ++i) {
        if (QRectF(curve[i - 1], curve[i]).normalized().intersects(rect))
            return true;
    }
    return false;
}

bool RelationshipItem::crosses(const QRectF &rect) const
{
    for (int i = 1; i < m_flattened.size(); ++i) {
        const QPointF &a = m_flattened[i - 1];
        const QPointF &b = m_flattened[i];
        if (QRectF(a, b).normalized().adjusted(-3, -3, 3, 3).intersects(rect))
            return true;
    }
    return false;
}

QRectF RelationshipItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RelationshipItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(9);
    QPainterPath shape = stroker.createStroke(path());
    shape.addPolygon(m_head);
    if (isLabelShown())
        shape.addRect(m_labelRect);
    return shape;
}

bool RelationshipItem::isOnHead(const QPointF &scenePos, qreal tolerance) const
{
    return QLineF(scenePos, m_end - QPointF(headLength / 2, 0)).length() <= tolerance;
}

void RelationshipItem::setDragged(bool dragged)
{
    m_dragged = dragged;
    setOpacity(dragged ? 0.3 : 1.0);
}

void RelationshipItem::setProblemBadge(ProblemBadgeItem *badge)
{
    if (badge == m_badge)
        return;
    ProblemBadgeItem::discard(m_badge);
    m_badge = badge;
    if (m_badge && m_labelTucked) { // the badge marks the label: it must show
        prepareGeometryChange();
        m_labelTucked = false;
        TopologyScene::obstacleReshaped(this);
        update();
    }
    if (m_badge) {
        m_badge->setParentItem(this);
        m_badge->setPos(m_labelRect.left() - 4, m_labelRect.center().y());
    }
}

void RelationshipItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsObject::hoverEnterEvent(event);
}

void RelationshipItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsObject::hoverLeaveEvent(event);
}

QVariant RelationshipItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    TopologyScene::obstacleChanged(this, change, value);
    return QGraphicsObject::itemChange(change, value);
}

void RelationshipItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const auto *topologyScene = qobject_cast<const TopologyScene *>(scene());
    const bool exporting = topologyScene && topologyScene->isExporting();
    const bool selected = isSelected() && !exporting;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    QColor color = relationship();
    // One pixel at 100 % or less lets the raster engine use its fast stroker, which matters
    // when hundreds of agents' arrows run to a few masters.
    qreal width = 1.0;
    if (m_hovered && !exporting) {
        color = text();
        width = 1.6;
    }
    if (selected) {
        color = CanvasStyle::selection();
        width = 2.2;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.2);
    if (exporting) {
        QPen pen(color, width);
        if (m_content.dependsOn)
            pen.setDashPattern({5, 3});
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path()); // a true curve in SVG
    } else if (crosses(exposed)) {
        QPen pen(color, width);
        if (m_content.dependsOn)
            pen.setDashPattern({5, 3});
        painter->setPen(pen);
        // The flattened curve, computed once per move: cheaper than re-flattening each frame.
        painter->drawPolyline(m_flattened);
    }
    if (exporting || m_head.boundingRect().intersects(exposed)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(m_head);
        if (selected) {
            // The handle users drag to re-target the relationship.
            painter->setPen(QPen(color, 1.5));
            painter->setBrush(cardFill());
            painter->drawEllipse(m_end - QPointF(headLength / 2, 0), 4, 4);
        }
    }
    if (lod < 0.45 || m_content.label.isEmpty() || !(exporting || m_labelRect.intersects(exposed)))
        return;
    if (m_labelTucked && !((m_hovered && !exporting) || selected))
        return;
    painter->setPen(QPen(selected ? color : border(), 1));
    painter->setBrush(relationshipLabelFill());
    painter->drawRoundedRect(m_labelRect, labelHeight / 2, labelHeight / 2);
    painter->setFont(labelFont());
    painter->setPen(selected ? color : secondaryText());
    painter->drawText(m_labelRect, Qt::AlignCenter, m_content.label);
}

} // namespace Topologist

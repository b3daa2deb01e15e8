// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasstyle.h"
#include "canvas/labelcover.h"

#include <QGraphicsObject>
#include <QPainterPath>
#include <QString>

#include <array>
#include <functional>

namespace Topologist {

class NodeItem;
class ProblemBadgeItem;

/// What a relationship arrow draws, computed by the scene from a requirement assignment.
struct RelationshipContent
{
    QString source;
    int requirementIndex = -1;
    QString requirement;
    QString target;
    QString capability;
    QString relationshipType;
    QString label; // the relationship type's short name
    bool dependsOn = false;

    friend bool operator==(const RelationshipContent &a, const RelationshipContent &b)
    {
        return a.source == b.source && a.requirementIndex == b.requirementIndex
               && a.requirement == b.requirement && a.target == b.target
               && a.capability == b.capability && a.relationshipType == b.relationshipType
               && a.label == b.label && a.dependsOn == b.dependsOn;
    }
    friend bool operator!=(const RelationshipContent &a, const RelationshipContent &b)
    {
        return !(a == b);
    }
};

/// A relationship that is not hosting: an arrow from the source's requirement port to the
/// target's capability port, labelled with the relationship type. It can be selected (Delete
/// disconnects it) and its head dragged to another node (re-target).
class RelationshipItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = RelationshipItemType };

    explicit RelationshipItem(QGraphicsItem *parent = nullptr);
    ~RelationshipItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const RelationshipContent &content() const { return m_content; }
    /// Its tooltip (plain text), made when it is about to show (TopologyScene::helpEvent).
    QString toolTipText() const;
    void setContent(const RelationshipContent &content);
    NodeItem *sourceItem() const { return m_sourceItem; }
    NodeItem *targetItem() const { return m_targetItem; }
    void setEnds(NodeItem *source, NodeItem *target);
    /// Recomputes the curve from the current port positions; around the cards in between when
    /// the scene routes arrows and the curve would cross them.
    void updateGeometry();
    /// Recomputes the way even though the ends stayed: cards in between moved.
    void reroute();
    /// Whether the arrow goes around cards rather than along its curve.
    bool isRouted() const { return m_shape == Shape::Route; }
    /// The line as drawn, in scene coordinates (curves and rounded corners made straight
    /// pieces).
    const QPolygonF &line() const { return m_flattened; }
    /// Whether a card at `rect`, come or gone, can change the arrow's way: the line passes
    /// there, or the arrow goes around cards and its curve would pass there.
    bool mayRouteThrough(const QRectF &rect) const;

    QPointF startPoint() const { return m_start; }
    /// The arrow as a few straight segments, for the overview (OverviewPainter), in scene
    /// coordinates.
    const QPolygonF &sketch() const { return m_sketch; }
    bool isHovered() const { return m_hovered; }
    QPointF endPoint() const { return m_end; }
    /// Where the type label is drawn, in scene coordinates.
    QRectF labelRect() const { return m_labelRect; }
    /// False when every spot for the label lies on a card: the label then shows only while
    /// the arrow is hovered or selected, rather than hide a node (its tooltip names the type).
    bool isLabelShown() const { return !m_labelTucked; }
    /// True when `scenePos` is on the arrow head, where a drag re-targets the relationship.
    bool isOnHead(const QPointF &scenePos, qreal tolerance) const;
    /// Moves the label along the curve to the spot `coverage` finds off every card and least
    /// on other labels; tucks it away when no spot is off the cards.
    void placeLabel(const std::function<LabelCover(const QRectF &)> &coverage);
    /// Drawn faded while its head is being dragged to another node.
    void setDragged(bool dragged);

    ProblemBadgeItem *problemBadge() const { return m_badge; }
    void setProblemBadge(ProblemBadgeItem *badge);
    const QString &problemKey() const { return m_problemKey; }
    void setProblemKey(const QString &key) { m_problemKey = key; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    /// Whether the curve passes through `rect` (exposed areas are usually far smaller than
    /// the bounding rectangle of a long arrow).
    bool crosses(const QRectF &rect) const;
    QPointF curveAt(qreal t) const;
    /// The point at `t` (0 to 1) along the line: the curve, or a route by its length.
    QPointF lineAt(qreal t) const;
    /// The corners of a way around the cards between the ends, or none.
    QPolygonF routeAroundCards(const QPointF &tip) const;
    /// Makes the arrow the polyline through `corners`, corners rounded.
    void setPolyline(const QPolygonF &corners);
    /// The arrow's line as a path (built when needed: only shape() and export use it).
    QPainterPath path() const;
    void setLabelCenter(const QPointF &center);

    RelationshipContent m_content;
    NodeItem *m_sourceItem = nullptr;
    NodeItem *m_targetItem = nullptr;
    QPointF m_start;
    QPointF m_end;
    QRectF m_targetRect;
    std::array<QPointF, 4> m_curve;
    /// A curve from port to port; a lane around a target to the left; a route around cards.
    enum class Shape { Curve, Lane, Route };
    Shape m_shape = Shape::Curve;
    /// Whether the geometry was computed with routing on (it is off while a scene is built).
    bool m_routingChecked = false;
    qreal m_labelT = 0.5;
    bool m_labelTucked = false;
    QPolygonF m_flattened;
    QPolygonF m_head;
    QPolygonF m_sketch;
    QRectF m_labelRect;
    QRectF m_bounds;
    qreal m_labelWidth = 0;
    bool m_hovered = false;
    bool m_dragged = false;
    ProblemBadgeItem *m_badge = nullptr;
    QString m_problemKey;
};

/// The curve the canvas draws between two ports (shared with the drag preview).
QPainterPath relationshipCurve(const QPointF &start, const QPointF &end);

} // namespace Topologist

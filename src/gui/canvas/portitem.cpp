// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/portitem.h"

#include "canvas/nodeitem.h"

#include <QCursor>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Topologist {

using namespace CanvasStyle;

PortItem::PortItem(Kind kind, const QString &name, NodeItem *node)
    : QGraphicsItem(node)
    , m_kind(kind)
    , m_name(name)
{
    setAcceptHoverEvents(true);
    if (kind == Kind::Requirement) {
        setCursor(Qt::CrossCursor);
    } else {
        // Clicks on a capability port select its node.
        setAcceptedMouseButtons(Qt::NoButton);
    }
    setZValue(2);
}

NodeItem *PortItem::node() const
{
    return static_cast<NodeItem *>(parentItem());
}

QRectF PortItem::boundingRect() const
{
    const qreal r = portRadius + 3;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath PortItem::shape() const
{
    // A generous hit area: ports are small and users aim at them with a mouse.
    QPainterPath path;
    const qreal r = portRadius + 3;
    path.addEllipse(QRectF(-r, -r, 2 * r, 2 * r));
    return path;
}

void PortItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // A few pixels wide when zoomed out: not worth thousands of ellipses per frame.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.35 && !m_highlighted)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal r = (m_hovered || m_highlighted) ? portRadius + 1.5 : portRadius;
    if (m_kind == Kind::Capability) {
        painter->setPen(QPen(cardFill(), 1.5));
        painter->setBrush(m_highlighted ? compatible() : relationship());
        const qreal s = r - 0.5;
        painter->drawRoundedRect(QRectF(-s, -s, 2 * s, 2 * s), 2, 2);
        return;
    }
    QColor ring = m_required && !m_connected ? warning() : relationship();
    if (m_hovered)
        ring = selection();
    painter->setPen(QPen(m_connected ? cardFill() : ring, 1.5));
    painter->setBrush(m_connected ? ring : cardFill());
    painter->drawEllipse(QPointF(0, 0), r, r);
}

void PortItem::setState(bool connected, bool required)
{
    if (connected == m_connected && required == m_required)
        return;
    m_connected = connected;
    m_required = required;
    update();
}

void PortItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void PortItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void PortItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Topologist

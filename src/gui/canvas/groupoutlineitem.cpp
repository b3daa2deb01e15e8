// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/groupoutlineitem.h"

#include <QPainter>

namespace Topologist {

GroupOutlineItem::GroupOutlineItem(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setZValue(5); // cards 0, arrows 10, problem badges 20
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void GroupOutlineItem::setOutline(const QRectF &members, qreal margin, const QString &label)
{
    const QRectF outline = members.adjusted(-margin, -margin, margin, margin);
    if (outline == m_outline && label == m_label)
        return;
    prepareGeometryChange();
    m_outline = outline;
    m_label = label;
    update();
}

QRectF GroupOutlineItem::labelRect() const
{
    const qreal width = QFontMetricsF(CanvasStyle::labelFont()).horizontalAdvance(m_label) + 12;
    return QRectF(m_outline.left() + 8, m_outline.top() - labelHeight / 2, width, labelHeight);
}

QRectF GroupOutlineItem::boundingRect() const
{
    return m_outline.united(labelRect()).adjusted(-1, -1, 1, 1);
}

void GroupOutlineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(CanvasStyle::secondaryText(), 1.2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(
        m_outline, CanvasStyle::cornerRadius * 2, CanvasStyle::cornerRadius * 2);
    // The label sits on the top edge like a tab, its background hiding the line behind it.
    const QRectF tab = labelRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(CanvasStyle::canvasBackground());
    painter->drawRoundedRect(tab, 4, 4);
    painter->setPen(CanvasStyle::secondaryText());
    painter->setFont(CanvasStyle::labelFont());
    painter->drawText(tab, Qt::AlignCenter, m_label);
}

} // namespace Topologist

// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/problembadgeitem.h"

#include <QCursor>
#include <QGraphicsScene>
#include <QPainter>

namespace Topologist {

using namespace CanvasStyle;

namespace {
constexpr qreal radius = 8;
}

ProblemBadgeItem::ProblemBadgeItem(
    Severity severity, int count, const QString &node, int requirementIndex, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_severity(severity)
    , m_count(count)
    , m_node(node)
    , m_requirementIndex(requirementIndex)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    setZValue(20);
}

void ProblemBadgeItem::discard(ProblemBadgeItem *badge)
{
    if (badge && badge->scene())
        badge->scene()->removeItem(badge);
    delete badge;
}

QRectF ProblemBadgeItem::boundingRect() const
{
    return QRectF(-radius - 1.5, -radius - 1.5, 2 * radius + 3, 2 * radius + 3);
}

void ProblemBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = m_severity == Severity::Error     ? error()
                        : m_severity == Severity::Warning ? warning()
                                                          : info();
    painter->setPen(QPen(cardFill(), 1.5)); // parts the badge from the card under it
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), radius, radius);
    painter->setPen(onFill(fill));
    painter->setFont(badgeFont());
    const QString glyph = m_severity == Severity::Info  ? QStringLiteral("i")
                          : m_count > 1 && m_count < 10 ? QString::number(m_count)
                                                        : QStringLiteral("!");
    painter->drawText(boundingRect(), Qt::AlignCenter, glyph);
}

} // namespace Topologist

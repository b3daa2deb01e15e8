// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workflowarrowitem.h"

#include <QBrush>
#include <QPainterPath>
#include <QPen>

#include <cmath>

namespace Topologist {

WorkflowArrowItem::WorkflowArrowItem(const QString &from,
                                     const QString &to,
                                     const QPointF &start,
                                     const QPointF &end,
                                     const QColor &color)
    : m_from(from)
    , m_to(to)
{
    QPainterPath path(start);
    // Leaves downwards and arrives from above, so arrows between lanes stay readable.
    const qreal bend = std::max<qreal>(12, std::abs(end.y() - start.y()) / 2);
    path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end);
    const qreal head = 5;
    path.moveTo(end);
    path.lineTo(end + QPointF(-head, -head * 1.4));
    path.moveTo(end);
    path.lineTo(end + QPointF(head, -head * 1.4));
    setPath(path);
    setPen(QPen(color, 1.2));
    setBrush(Qt::NoBrush);
    setZValue(-1);
}

} // namespace Topologist

// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/freespot.h"

#include "canvas/labelobstacles.h"

#include <QList>
#include <QRectF>

#include <algorithm>
#include <cstdlib>

namespace Topologist {

namespace {

constexpr qreal step = 20;
constexpr int rings = 100; // 2,000 px each way: a pasted group lands near where it was asked

/// The grid offsets at `ring` steps from the centre (the outline of a square), nearest first.
QList<QPoint> ringOffsets(int ring)
{
    QList<QPoint> offsets;
    for (int dx = -ring; dx <= ring; ++dx) {
        for (int dy = -ring; dy <= ring; ++dy) {
            if (std::max(std::abs(dx), std::abs(dy)) == ring)
                offsets.append(QPoint(dx, dy));
        }
    }
    std::stable_sort(offsets.begin(), offsets.end(), [](const QPoint &a, const QPoint &b) {
        return a.x() * a.x() + a.y() * a.y() < b.x() * b.x() + b.y() * b.y();
    });
    return offsets;
}

} // namespace

QPointF FreeSpot::near(const LabelObstacles &obstacles,
                       const QSizeF &size,
                       const QPointF &wanted,
                       qreal gap)
{
    const auto isFree = [&](const QPointF &topLeft) {
        const QRectF rect = QRectF(topLeft, size).adjusted(-gap, -gap, gap, gap);
        return obstacles.coverage(rect).cards <= 0;
    };
    if (isFree(wanted))
        return wanted;
    for (int ring = 1; ring <= rings; ++ring) {
        for (const QPoint &offset : ringOffsets(ring)) {
            const QPointF at = wanted + QPointF(offset) * step;
            if (isFree(at))
                return at;
        }
    }
    return wanted;
}

} // namespace Topologist

// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/arrowroute.h"

#include <QtMath>

#include <algorithm>
#include <array>

namespace Topologist {

namespace {

/// A horizontal or vertical band around a straight piece of route, as wide as the clearance
/// on each side (less a hair, so that a route along a card's edge at the clearance is free).
QRectF band(const QPointF &a, const QPointF &b)
{
    const qreal c = ArrowRoute::clearance - 0.5;
    return QRectF(a, b).normalized().adjusted(-c, -c, c, c);
}

/// How far the route keeps from a card when nothing stands on the other side of the gap.
constexpr qreal openSpacing = 14;

} // namespace

QPolygonF ArrowRoute::around(const QPointF &start,
                             const QPointF &tip,
                             const QRectF &sourceHome,
                             const QRectF &targetHome,
                             const CardsIn &cardsIn)
{
    const qreal lastX = qMin(tip.x(), targetHome.left());
    qreal gutterLeft = qMax(start.x(), sourceHome.right());
    QPointF at(gutterLeft, start.y());
    QPolygonF corners{start};
    for (int step = 0; step < maxSteps; ++step) {
        const QRectF block = blockAhead(at, lastX, cardsIn);
        if (block.isNull()) {
            // Nothing more in the way at this height: up or down to the target's port.
            const std::optional<qreal> x = stepX(at, tip.y(), lastX, gutterLeft, cardsIn);
            if (!x)
                return {};
            corners << QPointF(*x, at.y()) << QPointF(*x, tip.y()) << tip;
            return corners;
        }
        const std::optional<QPointF> turn = passBy(block, at, gutterLeft, tip.y(), cardsIn);
        if (!turn)
            return {};
        corners << QPointF(turn->x(), at.y()) << *turn;
        at = *turn;
        gutterLeft = block.right();
    }
    return {};
}

QRectF ArrowRoute::blockAhead(const QPointF &from, qreal toX, const CardsIn &cardsIn)
{
    if (toX <= from.x())
        return {};
    const QList<QRectF> ahead = cardsIn(band(from, {toX, from.y()}));
    if (ahead.isEmpty())
        return {};
    QRectF block
        = *std::min_element(ahead.cbegin(), ahead.cend(), [](const QRectF &a, const QRectF &b) {
              return a.left() < b.left();
          });
    // Cards stacked with no room for a line between them are one wall.
    for (int i = 0; i < maxSteps; ++i) {
        QRectF grown = block;
        for (const QRectF &card : cardsIn(QRectF(block.left(),
                                                 block.top() - 2 * clearance,
                                                 block.width(),
                                                 block.height() + 4 * clearance)))
            grown |= card;
        if (grown == block)
            break;
        block = grown;
    }
    return block;
}

std::optional<QPointF> ArrowRoute::passBy(
    const QRectF &block, const QPointF &at, qreal gutterLeft, qreal goalY, const CardsIn &cardsIn)
{
    // In the middle of the gap to the next card of the column, or a little off the block's
    // edge when the column ends there.
    const qreal reach = 2 * openSpacing + 2 * clearance;
    qreal above = block.top() - openSpacing;
    for (const QRectF &card :
         cardsIn(QRectF(block.left(), block.top() - reach, block.width(), reach))) {
        if (card.bottom() <= block.top())
            above = qMax(above, (card.bottom() + block.top()) / 2);
    }
    qreal below = block.bottom() + openSpacing;
    for (const QRectF &card : cardsIn(QRectF(block.left(), block.bottom(), block.width(), reach))) {
        if (card.top() >= block.bottom())
            below = qMin(below, (card.top() + block.bottom()) / 2);
    }
    std::array<qreal, 2> heights{above, below};
    const auto detour = [&](qreal h) {
        return qAbs(h - at.y()) + qAbs(goalY - h);
    };
    if (detour(below) < detour(above))
        std::swap(heights[0], heights[1]);
    for (const qreal h : heights) {
        if (const std::optional<qreal> x = stepX(at, h, block.left(), gutterLeft, cardsIn))
            return QPointF(*x, h);
    }
    return std::nullopt;
}

std::optional<qreal> ArrowRoute::stepX(
    const QPointF &at, qreal toY, qreal beforeX, qreal gutterLeft, const CardsIn &cardsIn)
{
    // The step goes in the middle of the free stretch just before `beforeX`: right of every
    // card on the way between the two heights (cards passed in an earlier column, too).
    qreal left = qMax(gutterLeft, at.x());
    const QRectF stretch = band(QPointF(at.x(), at.y()), QPointF(beforeX, toY))
                               .adjusted(clearance, 0, -clearance, 0);
    for (const QRectF &card : cardsIn(stretch)) {
        if (card.right() < beforeX)
            left = qMax(left, card.right());
    }
    if (beforeX - left < 2 * clearance)
        return std::nullopt;
    const qreal x = (left + beforeX) / 2;
    if (!isFree(band({x, at.y()}, {x, toY}), cardsIn))
        return std::nullopt;
    return x;
}

bool ArrowRoute::isFree(const QRectF &area, const CardsIn &cardsIn)
{
    return cardsIn(area).isEmpty();
}

} // namespace Topologist

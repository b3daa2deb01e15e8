// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <functional>
#include <optional>

namespace Topologist {

/// The way an arrow takes around the cards between its ends, when its curve would cross them.
///
/// Arrows run left to right, from a requirement port to a capability port, and the automatic
/// layout leaves gutters between columns and gaps between the cards of a column. The route
/// follows those: it runs right, and when a card stands in its way it steps up or down, in the
/// gutter before that card, to the gap above or below it (the one nearer its goal), then goes
/// on; in the last gutter it steps to the target's height and goes into the port. Each step is
/// a few queries of the card index, so thousands of arrows route in milliseconds.
class ArrowRoute
{
public:
    /// The cards (their footprints) that meet a rectangle, the cards the arrow starts and
    /// ends in left out.
    using CardsIn = std::function<QList<QRectF>(const QRectF &)>;

    /// How far a route keeps from a card's footprint (which has a margin of its own for the
    /// badges); cards stacked closer than twice this are passed as one.
    static constexpr qreal clearance = 5;
    /// At most this many cards are stepped around before the arrow keeps its curve.
    static constexpr int maxSteps = 32;

    /// The corners of a route from `start` (a port on the right of the card `sourceHome`, or
    /// inside it) to `tip` (just left of a port on the left of `targetHome`), keeping off every
    /// card `cardsIn` names; empty when there is no such route of few steps (cards placed by
    /// hand can close every gap), and the arrow then keeps its curve.
    static QPolygonF around(const QPointF &start,
                            const QPointF &tip,
                            const QRectF &sourceHome,
                            const QRectF &targetHome,
                            const CardsIn &cardsIn);

private:
    /// The cards in the way of a run from `from` to the right, up to `toX`, merged with the
    /// cards stacked too close above and below them to pass between.
    static QRectF blockAhead(const QPointF &from, qreal toX, const CardsIn &cardsIn);
    /// Where to step up or down before `block` from `at`, to pass above or below it,
    /// whichever leads nearer to `goalY`; nothing when neither step is free.
    static std::optional<QPointF> passBy(const QRectF &block,
                                         const QPointF &at,
                                         qreal gutterLeft,
                                         qreal goalY,
                                         const CardsIn &cardsIn);
    /// The x of a free step from `at` to the height `toY` before `beforeX`, not left of
    /// `gutterLeft`; nothing when there is none.
    static std::optional<qreal>
    stepX(const QPointF &at, qreal toY, qreal beforeX, qreal gutterLeft, const CardsIn &cardsIn);
    static bool isFree(const QRectF &area, const CardsIn &cardsIn);
};

} // namespace Topologist

// SPDX-License-Identifier: GPL-3.0-or-later
// The way an arrow takes around the cards between its ends (ArrowRoute): it keeps off every
// card, runs left to right in horizontal and vertical pieces, passes a column through the gap
// nearest its goal, takes cards stacked too close as one wall, and gives up (the arrow keeps
// its curve) when no gap is left.
#include "canvas/arrowroute.h"

#include <QLineF>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

ArrowRoute::CardsIn cardsAmong(const QList<QRectF> &cards)
{
    return [cards](const QRectF &rect) {
        QList<QRectF> found;
        for (const QRectF &card : cards) {
            if (card.intersects(rect))
                found.append(card);
        }
        return found;
    };
}

/// What is wrong with `route` from `start` to `tip` among `cards`, or empty.
QString faultOf(const QPolygonF &route,
                const QPointF &start,
                const QPointF &tip,
                const QList<QRectF> &cards)
{
    if (route.size() < 2 || route.first() != start || route.last() != tip)
        return QStringLiteral("does not run from start to tip");
    for (int i = 1; i < route.size(); ++i) {
        const QPointF a = route[i - 1];
        const QPointF b = route[i];
        if (a.x() != b.x() && a.y() != b.y())
            return QStringLiteral("piece %1 is not straight across or down").arg(i);
        if (b.x() < a.x())
            return QStringLiteral("piece %1 runs back to the left").arg(i);
        // The first piece leaves the source's card, the last enters the target's: both start
        // and end inside cards that are not obstacles.
        const QRectF piece = QRectF(a, b).normalized().adjusted(-4, -4, 4, 4);
        for (const QRectF &card : cards) {
            if (card.intersects(piece))
                return QStringLiteral("piece %1 comes within 4 of a card at %2,%3")
                    .arg(i)
                    .arg(card.x())
                    .arg(card.y());
        }
    }
    return {};
}

/// A column of cards at `x`, `count` of `height` with `gap` between them, from y = 0.
QList<QRectF> column(qreal x, int count, qreal height, qreal gap, qreal width = 150)
{
    QList<QRectF> cards;
    for (int i = 0; i < count; ++i)
        cards.append(QRectF(x, i * (height + gap), width, height));
    return cards;
}

} // namespace

TEST(ArrowRoute, aCardInTheWayIsPassedOnTheSideOfTheTarget)
{
    const QRectF source(-200, 50, 200, 100);
    const QRectF target(900, 250, 200, 100);
    const QList<QRectF> cards{QRectF(400, 60, 150, 200)};
    const QPointF start(0, 100);
    const QPointF tip(895, 300);
    const QPolygonF route = ArrowRoute::around(start, tip, source, target, cardsAmong(cards));
    ASSERT_FALSE(route.isEmpty());
    EXPECT_EQ(faultOf(route, start, tip, cards).toStdString(), "");
    qreal lowest = start.y();
    for (const QPointF &corner : route)
        lowest = qMax(lowest, corner.y());
    EXPECT_GT(lowest, 260) << "the target is below: the route passes below the card";
    // The steps are in the middle of the gutters, not along a card's edge.
    EXPECT_DOUBLE_EQ(route[1].x(), 200);
}

TEST(ArrowRoute, aColumnIsCrossedThroughTheGapNextToTheStraightLine)
{
    const QList<QRectF> cards = column(400, 8, 100, 18);
    const QPointF start(0, 2 * 118 + 50);
    const QPointF tip(895, 2 * 118 + 50);
    const QPolygonF route = ArrowRoute::around(
        start, tip, QRectF(-200, 0, 200, 600), QRectF(900, 200, 200, 200), cardsAmong(cards));
    ASSERT_FALSE(route.isEmpty());
    EXPECT_EQ(faultOf(route, start, tip, cards).toStdString(), "");
    for (const QPointF &corner : route)
        EXPECT_LE(qAbs(corner.y() - start.y()), 60)
            << "through a gap of the card it was level with";
    // In the middle of the 18-pixel gap.
    EXPECT_TRUE(route[2].y() == 2 * 118 - 9 || route[2].y() == 3 * 118 - 9) << route[2].y();
}

TEST(ArrowRoute, cardsStackedWithNoRoomBetweenArePassedAsOneWall)
{
    const QList<QRectF> wall = column(400, 5, 100, 4); // 4 pixels: no line fits between
    const QPointF start(0, 250);
    const QPointF tip(895, 250);
    const QPolygonF route = ArrowRoute::around(
        start, tip, QRectF(-200, 200, 200, 100), QRectF(900, 200, 200, 100), cardsAmong(wall));
    ASSERT_FALSE(route.isEmpty());
    EXPECT_EQ(faultOf(route, start, tip, wall).toStdString(), "");
    const qreal passing = route[2].y();
    EXPECT_TRUE(passing < 0 || passing > 5 * 104 - 4) << passing;
}

TEST(ArrowRoute, noRouteWhenNoGapIsLeft)
{
    const QPointF start(0, 250);
    const QPointF tip(895, 250);
    // A card right against the source's card: no room for a step before it.
    const QList<QRectF> against{QRectF(5, 0, 300, 600)};
    EXPECT_TRUE(ArrowRoute::around(start,
                                   tip,
                                   QRectF(-200, 200, 200, 100),
                                   QRectF(900, 200, 200, 100),
                                   cardsAmong(against))
                    .isEmpty());
    // Nor when a wall reaches into the gutter before the target: no way down to its port.
    const QList<QRectF> wall{QRectF(600, -1000, 400, 3000)};
    EXPECT_TRUE(
        ArrowRoute::around(
            start, tip, QRectF(-200, 200, 200, 100), QRectF(900, 200, 200, 100), cardsAmong(wall))
            .isEmpty());
}

TEST(ArrowRoute, inALayeredLayoutEveryArrowFindsAWayAndKeepsOffTheCards)
{
    // Five columns of cards of different heights, as the automatic layout makes them: every
    // card of the first column to every card of the last.
    QList<QRectF> middle;
    QRandomGenerator random(7);
    for (int c = 1; c <= 3; ++c) {
        qreal y = random.bounded(60);
        for (int i = 0; i < 6; ++i) {
            const qreal height = 60 + random.bounded(140);
            middle.append(QRectF(c * 360, y, 150, height));
            y += height + 18;
        }
    }
    const QList<QRectF> sources = column(0, 6, 100, 18);
    const QList<QRectF> targets = column(4 * 360, 6, 100, 18);
    int routes = 0;
    for (const QRectF &from : sources) {
        for (const QRectF &to : targets) {
            const QPointF start(from.right() - 10, from.center().y());
            const QPointF tip(to.left() - 5, to.center().y());
            const QPolygonF route = ArrowRoute::around(start, tip, from, to, cardsAmong(middle));
            ASSERT_FALSE(route.isEmpty()) << from.y() << " to " << to.y();
            ASSERT_EQ(faultOf(route, start, tip, middle).toStdString(), "")
                << from.y() << " to " << to.y();
            ++routes;
        }
    }
    EXPECT_EQ(routes, 36);
}

TEST(ArrowRoute, aRouteFoundAmongCardsPlacedAnyhowNeverMeetsOne)
{
    QRandomGenerator random(11);
    int found = 0;
    for (int round = 0; round < 300; ++round) {
        QList<QRectF> cards;
        const int count = 3 + random.bounded(12);
        for (int i = 0; i < count; ++i)
            cards.append(QRectF(250 + random.bounded(900),
                                random.bounded(900),
                                40 + random.bounded(200),
                                30 + random.bounded(200)));
        const QPointF start(0, random.bounded(900));
        const QPointF tip(1500, random.bounded(900));
        const QRectF source(-200, start.y() - 50, 200, 100);
        const QRectF target(1505, tip.y() - 50, 200, 100);
        const QPolygonF route = ArrowRoute::around(start, tip, source, target, cardsAmong(cards));
        if (route.isEmpty())
            continue;
        ++found;
        ASSERT_EQ(faultOf(route, start, tip, cards).toStdString(), "") << "round " << round;
    }
    EXPECT_GT(found, 150) << "most scattered layouts leave a way";
}

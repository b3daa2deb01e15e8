// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/freespot.h"
#include "canvas/labelobstacles.h"
#include "canvas/nodeitem.h"

#include <QGraphicsRectItem>
#include <QLineF>

#include <memory>
#include <vector>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

/// A card for the obstacles: they tell cards from labels by the item's type.
NodeItem *card(std::vector<std::unique_ptr<NodeItem>> &cards)
{
    cards.push_back(std::make_unique<NodeItem>(QStringLiteral("card")));
    return cards.back().get();
}

} // namespace

TEST(FreeSpot, aFreePlaceIsTakenAsWanted)
{
    const LabelObstacles none;
    EXPECT_EQ(FreeSpot::near(none, QSizeF(200, 100), QPointF(13, 17)), QPointF(13, 17));
}

TEST(FreeSpot, aPlaceOnACardMovesToTheNearestOneClearOfItByTheGap)
{
    std::vector<std::unique_ptr<NodeItem>> cards;
    LabelObstacles obstacles;
    const QRectF taken(0, 0, 300, 200);
    obstacles.set(card(cards), taken);
    const QSizeF size(200, 100);
    const QPointF spot = FreeSpot::near(obstacles, size, QPointF(40, 40), 20);
    EXPECT_NE(spot, QPointF(40, 40));
    EXPECT_FALSE(QRectF(spot, size).adjusted(-20, -20, 20, 20).intersects(taken));
    // The nearest: below the card (moving down 180 px) beats moving right 280 px.
    EXPECT_LE(QLineF(spot, QPointF(40, 40)).length(), 200);
}

TEST(FreeSpot, labelsDoNotTakeThePlace)
{
    QGraphicsRectItem label;
    LabelObstacles obstacles;
    obstacles.set(&label, QRectF(0, 0, 300, 200));
    EXPECT_EQ(FreeSpot::near(obstacles, QSizeF(200, 100), QPointF(40, 40)), QPointF(40, 40));
}

TEST(FreeSpot, aCrowdedNeighbourhoodIsLeftForTheNearestGap)
{
    // A 5 x 5 block of cards with no room between them: the spot is outside the block.
    std::vector<std::unique_ptr<NodeItem>> cards;
    LabelObstacles obstacles;
    QRectF block;
    for (int x = 0; x < 5; ++x) {
        for (int y = 0; y < 5; ++y) {
            const QRectF rect(x * 200, y * 150, 200, 150);
            obstacles.set(card(cards), rect);
            block |= rect;
        }
    }
    const QSizeF size(150, 100);
    const QPointF spot = FreeSpot::near(obstacles, size, QPointF(400, 300));
    EXPECT_FALSE(QRectF(spot, size).adjusted(-20, -20, 20, 20).intersects(block));
}

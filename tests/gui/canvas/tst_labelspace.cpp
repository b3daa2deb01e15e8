// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/labelspace.h"

#include <gtest/gtest.h>

using namespace Topologist;

TEST(LabelSpace, NothingAddedCoversNothing)
{
    const LabelSpace space;
    EXPECT_EQ(space.coverage(QRectF(0, 0, 100, 100)).labels, 0);
}

TEST(LabelSpace, ARectangleAcrossCellsCountsOnce)
{
    LabelSpace space;
    // 390..410 crosses the boundary of the grid's first cell (400 wide) in both directions.
    space.addLabel(QRectF(390, 390, 20, 20));
    EXPECT_DOUBLE_EQ(space.coverage(QRectF(0, 0, 1000, 1000)).labels, 400);
    EXPECT_DOUBLE_EQ(space.coverage(QRectF(400, 400, 100, 100)).labels, 100);
}

TEST(LabelSpace, CoverageIsTheOverlapOfEachRectangle)
{
    LabelSpace space;
    space.addLabel(QRectF(0, 0, 100, 100));
    space.addLabel(QRectF(50, 0, 100, 100)); // overlaps the first: both count
    EXPECT_DOUBLE_EQ(space.coverage(QRectF(50, 50, 50, 50)).labels, 2 * 2500);
    EXPECT_DOUBLE_EQ(space.coverage(QRectF(120, 0, 10, 10)).labels, 100);
    EXPECT_EQ(space.coverage(QRectF(2000, -3000, 10, 10)).labels, 0);
}

TEST(LabelSpace, CardsAndLabelsAreCountedApart)
{
    LabelSpace space;
    space.addCard(QRectF(0, 0, 100, 100));
    space.addLabel(QRectF(50, 0, 100, 20));
    const LabelCover cover = space.coverage(QRectF(60, 0, 100, 100));
    EXPECT_DOUBLE_EQ(cover.cards, 40 * 100);
    EXPECT_DOUBLE_EQ(cover.labels, 90 * 20);
    // A spot on a card is worse than one under any amount of labels.
    EXPECT_LT((LabelCover{0, 1e9}), (LabelCover{1, 0}));
    EXPECT_FALSE((LabelCover{0, 1}).isClear());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/labelspace.h"

#include <gtest/gtest.h>

using namespace Topologist;

TEST(LabelSpace, NothingAddedCoversNothing)
{
    const LabelSpace space;
    EXPECT_EQ(space.coverage(QRectF(0, 0, 100, 100)), 0);
}

TEST(LabelSpace, ARectangleAcrossCellsCountsOnce)
{
    LabelSpace space;
    // 390..410 crosses the boundary of the grid's first cell (400 wide) in both directions.
    space.add(QRectF(390, 390, 20, 20));
    EXPECT_DOUBLE_EQ(space.coverage(QRectF(0, 0, 1000, 1000)), 400);
    EXPECT_DOUBLE_EQ(space.coverage(QRectF(400, 400, 100, 100)), 100);
}

TEST(LabelSpace, CoverageIsTheOverlapOfEachRectangle)
{
    LabelSpace space;
    space.add(QRectF(0, 0, 100, 100));
    space.add(QRectF(50, 0, 100, 100)); // overlaps the first: both count
    EXPECT_DOUBLE_EQ(space.coverage(QRectF(50, 50, 50, 50)), 2 * 2500);
    EXPECT_DOUBLE_EQ(space.coverage(QRectF(120, 0, 10, 10)), 100);
    EXPECT_EQ(space.coverage(QRectF(2000, -3000, 10, 10)), 0);
}

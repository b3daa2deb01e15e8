// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/openingview.h"

#include <gtest/gtest.h>

using namespace Topologist;

TEST(OpeningView, NothingToShowIsTheOriginAtActualSize)
{
    const OpeningView view = OpeningView::of(QRectF(), QSizeF(800, 600));
    EXPECT_EQ(view.zoom, 1.0);
    EXPECT_EQ(view.center, QPointF());
}

TEST(OpeningView, ADiagramThatFitsIsCentred)
{
    const OpeningView view = OpeningView::of(QRectF(100, 200, 400, 300), QSizeF(800, 600));
    EXPECT_EQ(view.zoom, 1.0);
    EXPECT_EQ(view.center, QPointF(300, 350));
}

TEST(OpeningView, ALargerDiagramOpensReadableAtItsTopLeftCorner)
{
    // 3000 × 2000 would need about a quarter of the size to fit: it opens at 100 %, the
    // corner where the layout starts in view, with the margin.
    const QRectF diagram(-50, 40, 3000, 2000);
    const OpeningView view = OpeningView::of(diagram, QSizeF(1000, 700));
    EXPECT_EQ(view.zoom, 1.0);
    const QRectF seen(view.center - QPointF(500, 350), QSizeF(1000, 700));
    EXPECT_EQ(seen.topLeft(),
              diagram.topLeft() - QPointF(OpeningView::margin, OpeningView::margin));
}

TEST(OpeningView, OnlyTheAxisThatDoesNotFitStartsAtTheEdge)
{
    // Wide and flat: centred vertically, from the left horizontally.
    const QRectF diagram(0, 0, 5000, 200);
    const OpeningView view = OpeningView::of(diagram, QSizeF(1000, 700));
    EXPECT_EQ(view.center.y(), 100);
    EXPECT_EQ(view.center.x(), -OpeningView::margin + 500);
}

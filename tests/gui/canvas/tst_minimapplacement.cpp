// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvaswidget.h"
#include "canvas/labelobstacles.h"
#include "canvas/minimapplacement.h"
#include "canvas/minimapwidget.h"
#include "canvas/topologyscene.h"
#include "examplecanvas.h"

#include <QGraphicsView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Topologist;
using Corner = MinimapPlacement::Corner;

TEST(MinimapPlacement, aLargeViewGetsTheFullMapASmallOneATenthOfItsArea)
{
    EXPECT_EQ(MinimapPlacement::sizeFor(QSize(1100, 700)), QSize(220, 150));
    // The canvas of a 1280x720 screen.
    const QSize small(590, 350);
    const QSize map = MinimapPlacement::sizeFor(small);
    EXPECT_LT(map.width(), 220);
    EXPECT_LE(map.width() * map.height(), small.width() * small.height() / 10 + 300);
    EXPECT_EQ(MinimapPlacement::sizeFor(QSize(200, 150)).width(), 100);
}

TEST(MinimapPlacement, cornersKeepTheMarginFromTheViewsEdges)
{
    const QSize view(600, 400);
    const QSize map(150, 100);
    EXPECT_EQ(MinimapPlacement::rectIn(Corner::BottomRight, view, map),
              QRect(600 - 150 - 12, 400 - 100 - 12, 150, 100));
    EXPECT_EQ(MinimapPlacement::rectIn(Corner::TopLeft, view, map), QRect(12, 12, 150, 100));
}

TEST(MinimapPlacement, itMovesOnlyToACornerThatHidesLessThanHalfAsMuch)
{
    const QSize view(600, 400);
    const QSize map(150, 100);
    const auto hiding = [&](double bottomRight, double topLeft) {
        return [=](const QRect &rect) {
            if (rect == MinimapPlacement::rectIn(Corner::BottomRight, view, map))
                return bottomRight;
            if (rect == MinimapPlacement::rectIn(Corner::TopLeft, view, map))
                return topLeft;
            return 1000.0;
        };
    };
    EXPECT_EQ(MinimapPlacement::choose(Corner::BottomRight, view, map, hiding(100, 60)),
              Corner::BottomRight);
    EXPECT_EQ(MinimapPlacement::choose(Corner::BottomRight, view, map, hiding(100, 40)),
              Corner::TopLeft);
    EXPECT_EQ(MinimapPlacement::choose(Corner::BottomRight, view, map, hiding(0, 0)),
              Corner::BottomRight);
}

TEST(MinimapPlacement, onASmallCanvasTheMapIsSmallHidesFewCardsAndPutsItselfAway)
{
    Topologist::Test::ExampleCanvas example(QStringLiteral("marathon"), true);
    ASSERT_TRUE(example.exposed);
    CanvasWidget *canvas = example.canvas.get();
    canvas->resize(620, 420);
    canvas->setZoom(1.0);
    QTest::qWait(300); // the corner is chosen once the view rests
    auto *map = canvas->findChild<MinimapWidget *>(QStringLiteral("minimap"));
    ASSERT_NE(map, nullptr);
    ASSERT_TRUE(map->isVisible()) << "the template does not fit at 100 %";
    QWidget *viewport = canvas->view()->viewport();
    EXPECT_LE(map->width() * map->height(), viewport->width() * viewport->height() / 10 + 300);

    // No other corner hides less than half of what the map's corner does.
    EXPECT_GT(canvas->hiddenBy(canvas->scene()->diagramRect()), 0);
    const auto hidden = [&](const QRect &rect) {
        return canvas->hiddenBy(canvas->view()->mapToScene(rect).boundingRect());
    };
    const QRect mapRect(viewport->mapFrom(canvas->view(), map->pos()), map->size());
    const double here = hidden(mapRect);
    for (Corner corner :
         {Corner::BottomRight, Corner::BottomLeft, Corner::TopRight, Corner::TopLeft}) {
        EXPECT_GE(hidden(MinimapPlacement::rectIn(corner, viewport->size(), map->size())),
                  here / 2);
    }

    QTest::mouseClick(map->collapseButton(), Qt::LeftButton);
    EXPECT_FALSE(map->isVisible());
    EXPECT_FALSE(canvas->isMinimapVisible());
    canvas->setMinimapVisible(true);
    EXPECT_TRUE(map->isVisible());
}

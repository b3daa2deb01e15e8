// SPDX-License-Identifier: GPL-3.0-or-later
// Arrow labels placed through the scene's index (a few arrows after an edit) land where
// gathering every card of the topology puts them.
#include "canvas/canvaswidget.h"
#include "canvas/labelplacer.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "examplecanvas.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

QList<QRectF> labelsOf(const QList<RelationshipItem *> &arrows)
{
    QList<QRectF> rects;
    for (const RelationshipItem *arrow : arrows)
        rects.append(arrow->labelRect());
    return rects;
}

} // namespace

TEST(LabelPlacer, theIndexPlacesLabelsWhereGatheringEveryCardDoes)
{
    Topologist::Test::ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyScene *scene = example.canvas->scene();
    const QList<RelationshipItem *> arrows = scene->relationshipItems();
    ASSERT_GE(arrows.size(), 3);

    // Every arrow is placed: where its label was before does not matter, only the cards and
    // the labels placed before it.
    LabelPlacer::placeAmong(scene->labelObstacles(), arrows);
    const QList<QRectF> indexed = labelsOf(arrows);
    LabelPlacer::place(scene->nodeItems(), arrows);
    EXPECT_EQ(labelsOf(arrows), indexed);

    // Reversed, every label meets the others in another order: still the same either way.
    const QList<RelationshipItem *> reversed(arrows.crbegin(), arrows.crend());
    LabelPlacer::place(scene->nodeItems(), reversed);
    const QList<QRectF> gathered = labelsOf(reversed);
    LabelPlacer::placeAmong(scene->labelObstacles(), reversed);
    EXPECT_EQ(labelsOf(reversed), gathered);
}

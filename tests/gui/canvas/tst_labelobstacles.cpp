// SPDX-License-Identifier: GPL-3.0-or-later
// What an arrow label avoids (top-level cards, other labels) is kept in a grid as the scene
// changes: it answers coverage like a pass over every rectangle, and after any edit, move or
// undo it holds exactly the scene's cards and labels.
#include "canvas/canvaswidget.h"
#include "canvas/labelobstacles.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "examplecanvas.h"
#include "randomedit.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QGraphicsRectItem>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Topologist;

TEST(LabelObstacles, coverageIsTheAreaEachObstacleCoversCountedOnce)
{
    QGraphicsRectItem a, b, c; // only their addresses are used
    LabelObstacles obstacles;
    obstacles.set(&a, QRectF(0, 0, 1000, 100));   // over three cells
    obstacles.set(&b, QRectF(350, 50, 100, 100)); // across a cell border
    obstacles.set(&c, QRectF(5000, 5000, 10, 10));
    const QRectF probe(300, 0, 200, 200);
    EXPECT_DOUBLE_EQ(obstacles.coverage(probe).labels, 200 * 100 + 100 * 100);
    EXPECT_DOUBLE_EQ(
        obstacles.coverage(probe, [&](const QGraphicsItem *i) { return i == &a; }).labels,
        100 * 100);

    obstacles.set(&b, QRectF(5000, 5000, 10, 10)); // moved far away
    EXPECT_DOUBLE_EQ(obstacles.coverage(probe).labels, 200 * 100);
    obstacles.set(&a, QRectF(10, 10, 20, 20)); // moved within its first cell
    EXPECT_DOUBLE_EQ(obstacles.coverage(probe).labels, 0);
    EXPECT_DOUBLE_EQ(obstacles.coverage(QRectF(0, 0, 15, 15)).labels, 25);
    obstacles.remove(&a);
    EXPECT_DOUBLE_EQ(obstacles.coverage(QRectF(0, 0, 15, 15)).labels, 0);
    EXPECT_EQ(obstacles.size(), 2);
    EXPECT_DOUBLE_EQ(obstacles.coverage(QRectF(4000, 4000, 2000, 2000)).labels, 2 * 10 * 10);
}

namespace {

/// The obstacles hold every top-level card's footprint and every shown arrow label, and
/// nothing else.
void expectCurrent(const TopologyScene &scene, int step)
{
    const LabelObstacles &obstacles = scene.labelObstacles();
    qsizetype expected = 0;
    for (const NodeItem *item : scene.nodeItems()) {
        if (item->hostItem()) {
            EXPECT_TRUE(obstacles.rectOf(item).isNull())
                << "step " << step << ": hosted " << item->name().toStdString();
            continue;
        }
        ++expected;
        EXPECT_EQ(obstacles.rectOf(item), item->mapRectToScene(item->footprint()))
            << "step " << step << ": " << item->name().toStdString();
    }
    for (const RelationshipItem *arrow : scene.relationshipItems()) {
        const QRectF label = arrow->isLabelShown() ? arrow->labelRect() : QRectF();
        expected += label.isNull() ? 0 : 1;
        EXPECT_EQ(obstacles.rectOf(arrow), label) << "step " << step;
    }
    EXPECT_EQ(obstacles.size(), expected) << "step " << step;
}

} // namespace

TEST(LabelObstacles, followEveryEditMoveAndUndoOfTheScene)
{
    Topologist::Test::ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyDocument *document = example.document.get();
    TopologyScene *scene = example.canvas->scene();
    expectCurrent(*scene, -1);
    QRandomGenerator random(7122026);
    for (int step = 0; step < 80; ++step) {
        Topologist::Test::RandomEdit::apply(document, random, step);
        scene->flush();
        expectCurrent(*scene, step);
        if (HasFailure())
            return;
    }
    example.canvas->scene()->setDocument(nullptr, nullptr);
    EXPECT_EQ(scene->labelObstacles().size(), 0);
}

TEST(LabelObstacles, cardsInListsEachCardItOverlapsOnceAndNoLabel)
{
    NodeItem wide(QStringLiteral("wide")), far(QStringLiteral("far"));
    QGraphicsRectItem label;
    LabelObstacles obstacles;
    obstacles.set(&wide, QRectF(0, 0, 1000, 100)); // over three cells
    obstacles.set(&far, QRectF(5000, 5000, 10, 10));
    obstacles.set(&label, QRectF(10, 10, 50, 20));
    using Items = QList<const QGraphicsItem *>;
    EXPECT_EQ(obstacles.cardsIn(QRectF(-10, -10, 2000, 50)), Items{&wide});
    EXPECT_TRUE(obstacles.cardsIn(QRectF(2000, 2000, 10, 10)).isEmpty());
}

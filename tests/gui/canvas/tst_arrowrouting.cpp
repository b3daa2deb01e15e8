// SPDX-License-Identifier: GPL-3.0-or-later
// Arrows on the canvas go around the cards between their ends: in the bundled examples, as
// opened and after a layout, no arrow crosses a card it does not start or end in; a card moved
// onto an arrow makes it go around, and the arrow goes straight again once the card is gone.
#include "canvas/labelobstacles.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "examplecanvas.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

/// The arrows of `scene` whose line passes over a top-level card other than those of its ends.
QStringList arrowsOverCards(TopologyScene &scene)
{
    QStringList crossing;
    for (RelationshipItem *arrow : scene.relationshipItems()) {
        const NodeItem *from = arrow->sourceItem()->rootItem();
        const NodeItem *to = arrow->targetItem()->rootItem();
        if (scene.labelObstacles().lineCrossesCard(arrow->line(), from, to))
            crossing << arrow->content().source + QLatin1Char('.') + arrow->content().requirement;
    }
    return crossing;
}

int routedArrows(TopologyScene &scene)
{
    int routed = 0;
    for (const RelationshipItem *arrow : scene.relationshipItems())
        routed += arrow->isRouted() ? 1 : 0;
    return routed;
}

/// The arrow of `source`'s requirement `requirement`.
RelationshipItem *arrowOf(TopologyScene &scene, const QString &source, const QString &requirement)
{
    for (RelationshipItem *arrow : scene.nodeItem(source)->outgoing()) {
        if (arrow->content().requirement == requirement)
            return arrow;
    }
    return nullptr;
}

} // namespace

TEST(ArrowRouting, noArrowCrossesACardInTheExamples)
{
    int routed = 0;
    for (const char *name : {"marathon", "marathon-rexray", "aurora", "mesos-ha"}) {
        Topologist::Test::ExampleCanvas example(QString::fromLatin1(name));
        ASSERT_NE(example.document, nullptr) << name;
        TopologyScene *scene = example.canvas->scene();
        EXPECT_EQ(arrowsOverCards(*scene).join(QStringLiteral(", ")).toStdString(), "") << name;
        example.canvas->autoLayout();
        scene->flush();
        EXPECT_EQ(arrowsOverCards(*scene).join(QStringLiteral(", ")).toStdString(), "")
            << name << " after a layout";
        routed += routedArrows(*scene);
    }
    RecordProperty("routed", routed);
}

TEST(ArrowRouting, aCardMovedOntoAnArrowIsGoneAroundAndTheArrowStraightensWhenItGoes)
{
    Topologist::Test::ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyScene *scene = example.canvas->scene();
    // The second agent's slave to the master; the first agent's machine is put in its way.
    RelationshipItem *arrow
        = arrowOf(*scene, QStringLiteral("MesosSlave_2"), QStringLiteral("master"));
    ASSERT_NE(arrow, nullptr);
    NodeItem *bystander = scene->nodeItem(QStringLiteral("SlaveCompute"));
    NodeItem *master = scene->nodeItem(QStringLiteral("MasterCompute"));
    // Room for it between the arrow's ends, and gaps to pass it by.
    ASSERT_TRUE(example.document->actions().placeNodes(
        {{master->name(), master->pos() + QPointF(bystander->rect().width() + 800, 0)}}));
    scene->flush();
    ASSERT_FALSE(arrow->isRouted());
    const QPointF middle = (arrow->startPoint() + arrow->endPoint()) / 2;
    const QPointF was = bystander->pos();
    ASSERT_TRUE(example.document->actions().placeNodes(
        {{bystander->name(), middle - bystander->rect().center()}}));
    scene->flush();
    EXPECT_TRUE(arrow->isRouted());
    EXPECT_EQ(arrowsOverCards(*scene).join(QStringLiteral(", ")).toStdString(), "");

    example.document->undoStack()->undo();
    scene->flush();
    EXPECT_FALSE(arrow->isRouted()) << "the card went back: the curve is free again";
    EXPECT_EQ(bystander->pos(), was);

    example.document->undoStack()->redo();
    scene->flush();
    ASSERT_TRUE(arrow->isRouted());
    // The machine and all it hosts deleted.
    ASSERT_TRUE(example.document->actions().removeNodes({QStringLiteral("SlaveCompute"),
                                                         QStringLiteral("MesosSlave"),
                                                         QStringLiteral("DockerEngine")}));
    scene->flush();
    ASSERT_EQ(arrow, arrowOf(*scene, QStringLiteral("MesosSlave_2"), QStringLiteral("master")));
    EXPECT_FALSE(arrow->isRouted()) << "the card was deleted";
}

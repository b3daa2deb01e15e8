// SPDX-License-Identifier: GPL-3.0-or-later
// Arrow labels placed through the scene's index (a few arrows after an edit) land where
// gathering every card of the topology puts them.
#include "canvas/canvaswidget.h"
#include "canvas/labelplacer.h"
#include "canvas/nodeitem.h"
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

namespace {

/// A card with its problem badge (on its top-left corner), its instance count (over its
/// top-right corner) and its stack (right and below).
QRectF withBadges(const QRectF &card)
{
    return card.adjusted(-9, -9, 8, 8);
}

/// The shown labels of `scene` that cover a top-level card or a badge on its edge (but the
/// card both ends of an arrow are drawn in).
QStringList labelsOnCards(const TopologyScene &scene)
{
    QStringList found;
    for (RelationshipItem *arrow : scene.relationshipItems()) {
        if (!arrow->isLabelShown())
            continue;
        const NodeItem *home = arrow->sourceItem()->rootItem() == arrow->targetItem()->rootItem()
                                   ? arrow->sourceItem()->rootItem()
                                   : nullptr;
        for (const NodeItem *card : scene.nodeItems()) {
            if (!card->hostItem() && card != home
                && card->mapRectToScene(withBadges(card->rect())).intersects(arrow->labelRect()))
                found << arrow->content().source + QLatin1Char('.') + arrow->content().requirement
                             + QStringLiteral(" on ") + card->name();
        }
    }
    return found;
}

} // namespace

TEST(LabelPlacer, noLabelCoversACardOrItsBadgesInTheExamples)
{
    int tucked = 0;
    for (const char *name : {"marathon", "marathon-rexray", "aurora", "mesos-ha"}) {
        Topologist::Test::ExampleCanvas example(QString::fromLatin1(name));
        ASSERT_NE(example.document, nullptr) << name;
        TopologyScene *scene = example.canvas->scene();
        EXPECT_EQ(labelsOnCards(*scene).join(QStringLiteral(", ")).toStdString(), "") << name;
        // After a layout the same holds.
        example.canvas->autoLayout();
        scene->flush();
        EXPECT_EQ(labelsOnCards(*scene).join(QStringLiteral(", ")).toStdString(), "")
            << name << " after a layout";
        for (const RelationshipItem *arrow : scene->relationshipItems())
            tucked += arrow->isLabelShown() ? 0 : 1;
    }
    RecordProperty("tucked", tucked);
}

TEST(LabelPlacer, aLabelWithNoSpotOffTheCardsIsTuckedAwayUntilHoveredOrSelected)
{
    Topologist::Test::ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyScene *scene = example.canvas->scene();
    RelationshipItem *arrow = scene->relationshipItems().value(0);
    ASSERT_NE(arrow, nullptr);
    ASSERT_TRUE(arrow->isLabelShown());
    // Every spot lies on a card.
    arrow->placeLabel([](const QRectF &) { return LabelCover{1, 0}; });
    EXPECT_FALSE(arrow->isLabelShown());
    EXPECT_TRUE(scene->labelObstacles().rectOf(arrow).isNull());
    // Not a place to click either (the arrow's line through it still is).
    const QRectF inner = arrow->labelRect().adjusted(1, 1, -1, -1);
    const QPainterPath shape = arrow->shape();
    EXPECT_FALSE(shape.contains(inner.topLeft()) && shape.contains(inner.topRight())
                 && shape.contains(inner.bottomLeft()) && shape.contains(inner.bottomRight()));
    // A spot off the cards, even under other labels, shows it again.
    arrow->placeLabel([](const QRectF &) { return LabelCover{0, 50}; });
    EXPECT_TRUE(arrow->isLabelShown());
    EXPECT_EQ(scene->labelObstacles().rectOf(arrow), arrow->labelRect());
}

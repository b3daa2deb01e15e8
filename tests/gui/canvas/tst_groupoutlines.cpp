// SPDX-License-Identifier: GPL-3.0-or-later
// Groups drawn on the canvas: an outline around the member cards, labelled with the group and the
// policies on it, following the cards when they move and gone with the group.
#include "canvas/groupoutlineitem.h"
#include "canvas/groupoutlines.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "examplecanvas.h"
#include "groupactions.h"
#include "policyactions.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::ExampleCanvas;

namespace {

/// The document's edit reaches the cards, and the scene's change reaches the outlines.
void settle(TopologyScene *scene)
{
    scene->flush();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QRectF cardOf(TopologyScene *scene, const QString &name)
{
    return scene->nodeItem(name)->sceneBoundingRect();
}

} // namespace

TEST(GroupOutlines, aGroupIsOutlinedAroundItsMembersAndLabelledWithItsPolicies)
{
    ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyScene *scene = example.canvas->scene();
    GroupOutlines *outlines = example.canvas->groupOutlines();
    settle(scene);
    EXPECT_TRUE(scene->items().size() > 0);
    const QString group
        = GroupActions(example.document.get())
              .groupNodes({QStringLiteral("MasterCompute"), QStringLiteral("SlaveCompute")});
    settle(scene);
    GroupOutlineItem *outline = outlines->outline(group);
    ASSERT_NE(outline, nullptr);
    EXPECT_EQ(outline->scene(), scene);
    EXPECT_TRUE(outline->outline().contains(cardOf(scene, QStringLiteral("MasterCompute"))));
    EXPECT_TRUE(outline->outline().contains(cardOf(scene, QStringLiteral("SlaveCompute"))));
    EXPECT_EQ(outline->label(), group);
    EXPECT_GT(outline->zValue(), scene->nodeItem(QStringLiteral("MasterCompute"))->zValue())
        << "over the cards, which would hide a hosted member's outline";

    PolicyDefinition policy;
    policy.name = QStringLiteral("Spread");
    policy.type = QStringLiteral("tosca.policies.Placement");
    policy.targets = {group};
    ASSERT_TRUE(PolicyActions(example.document.get()).addPolicy(policy));
    settle(scene);
    EXPECT_EQ(outline->label(), group + QStringLiteral(" · Spread"));
}

TEST(GroupOutlines, theOutlineFollowsAMovedMemberAndGoesWithItsGroup)
{
    ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyScene *scene = example.canvas->scene();
    GroupOutlines *outlines = example.canvas->groupOutlines();
    const QString group
        = GroupActions(example.document.get())
              .groupNodes({QStringLiteral("MasterCompute"), QStringLiteral("SlaveCompute")});
    settle(scene);
    ASSERT_NE(outlines->outline(group), nullptr);
    const QRectF before = outlines->outline(group)->outline();

    const QPointF far = cardOf(scene, QStringLiteral("SlaveCompute")).topLeft() + QPointF(0, 2000);
    ASSERT_TRUE(
        DocumentActions(example.document.get()).moveNodes({{QStringLiteral("SlaveCompute"), far}}));
    settle(scene);
    ASSERT_NE(outlines->outline(group), nullptr);
    EXPECT_GT(outlines->outline(group)->outline().height(), before.height() + 1000);
    EXPECT_TRUE(outlines->outline(group)->outline().contains(
        cardOf(scene, QStringLiteral("SlaveCompute"))));

    // Undo the move, then the group: the outline goes with it.
    example.document->undoStack()->undo();
    example.document->undoStack()->undo();
    settle(scene);
    EXPECT_EQ(outlines->outline(group), nullptr);
    for (QGraphicsItem *item : scene->items())
        EXPECT_NE(item->type(), int(GroupOutlineItem::Type));
    example.document->undoStack()->redo();
    settle(scene);
    EXPECT_NE(outlines->outline(group), nullptr);
}

TEST(GroupOutlines, aHostedMembersOutlineStaysInsideItsHost)
{
    ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyScene *scene = example.canvas->scene();
    const QString group
        = GroupActions(example.document.get()).groupNodes({QStringLiteral("MesosDNS")});
    settle(scene);
    GroupOutlineItem *outline = example.canvas->groupOutlines()->outline(group);
    ASSERT_NE(outline, nullptr);
    const QGraphicsItem *host = scene->nodeItem(QStringLiteral("MesosDNS"))->parentItem();
    ASSERT_NE(host, nullptr) << "MesosDNS is drawn inside its machine";
    EXPECT_TRUE(outline->outline().contains(cardOf(scene, QStringLiteral("MesosDNS"))));
    EXPECT_TRUE(host->sceneBoundingRect().contains(outline->outline()))
        << "in the host's padding, not across its neighbours";
}

TEST(GroupOutlines, theSceneIsListenedToOnlyWhileThereAreOutlines)
{
    // Qt gathers a scene's changed regions for every item update once something listens to
    // `changed`: a topology without groups must not pay for that.
    ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyScene *scene = example.canvas->scene();
    GroupOutlines *outlines = example.canvas->groupOutlines();
    settle(scene);
    EXPECT_FALSE(outlines->followsCards());
    GroupActions(example.document.get()).groupNodes({QStringLiteral("MesosDNS")});
    settle(scene);
    EXPECT_TRUE(outlines->followsCards()) << "a group's outline follows its cards";
    example.document->undoStack()->undo();
    settle(scene);
    EXPECT_FALSE(outlines->followsCards());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram rectangle follows edits without being computed from every item each time, and
// stays exactly the union of the top-level cards and the arrows.
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "examplecanvas.h"
#include "randomedit.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

QRectF unionOfItems(const TopologyScene &scene)
{
    QRectF rect;
    for (const NodeItem *root : scene.rootItems())
        rect |= root->sceneBoundingRect();
    for (const RelationshipItem *arrow : scene.relationshipItems())
        rect |= arrow->sceneBoundingRect();
    return rect;
}

/// Nine machines C0..C8 on a canvas, each written as `body` after its type, placed at
/// `grid` (by name); null when the topology does not open or cannot be placed.
std::unique_ptr<Topologist::Test::ExampleCanvas> nineMachines(const QByteArray &body,
                                                              const QHash<QString, QPointF> &grid)
{
    QByteArray yaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                      "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                      "topology_template:\n  node_templates:\n";
    for (int i = 0; i < 9; ++i)
        yaml += "    C" + QByteArray::number(i) + ":\n      type: tosca.nodes.Compute\n" + body;
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(
        yaml, QStringLiteral("nine.yml"), Topologist::Test::bundledCatalog(), &diagnostics);
    if (!document)
        return nullptr;
    auto canvas = std::make_unique<Topologist::Test::ExampleCanvas>(std::move(document), false);
    if (!canvas->document->actions().placeNodes(grid))
        return nullptr;
    canvas->canvas->scene()->flush();
    return canvas;
}

} // namespace

TEST(TopologySceneDiagramRect, followsEditsThatGrowShrinkOrOnlyChangeInside)
{
    Topologist::Test::ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyDocument *document = example.document.get();
    TopologyScene *scene = example.canvas->scene();
    DocumentActions &actions = document->actions();
    ASSERT_EQ(scene->diagramRect(), unionOfItems(*scene));

    // A scaled node's instance count draws it as a stack of cards: its tree's extent changes.
    NodeItem *scaled = nullptr;
    for (NodeItem *item : scene->nodeItems()) {
        if (item->content().scalable && !item->hostItem())
            scaled = item;
    }
    ASSERT_NE(scaled, nullptr);
    for (const char *count : {"3", "1", "2"}) {
        actions.setCapabilityProperty(scaled->name(),
                                      QStringLiteral("scalable"),
                                      QStringLiteral("default_instances"),
                                      Value::scalar(QString::fromLatin1(count)));
        scene->flush();
        EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene)) << count;
    }
    // Far out (it grows), back in (it shrinks), undone and redone.
    const QPointF at = scaled->pos();
    actions.moveNodes({{scaled->name(), at + QPointF(5000, 3000)}});
    scene->flush();
    EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene));
    actions.moveNodes({{scaled->name(), at}});
    scene->flush();
    EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene));
    for (int i = 0; i < 5; ++i) {
        document->undoStack()->undo();
        scene->flush();
        EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene)) << "undo " << i;
    }
    for (int i = 0; i < 5; ++i) {
        document->undoStack()->redo();
        scene->flush();
        EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene)) << "redo " << i;
    }
}

TEST(TopologySceneDiagramRect, growsWhenACardInsideOutgrowsIt)
{
    // Nine machines placed by hand: C8 lies just inside the bottom edge C7 draws, so when it
    // becomes a stack of cards only the edit's own extent says the diagram grew.
    QHash<QString, QPointF> grid;
    for (int i = 0; i < 9; ++i)
        grid.insert(QStringLiteral("C%1").arg(i), QPointF((i % 3) * 400, (i / 3) * 300));
    grid[QStringLiteral("C2")] = QPointF(1000, 0);
    grid[QStringLiteral("C7")] = QPointF(400, 602);
    const auto nine
        = nineMachines("      capabilities:\n"
                       "        scalable:\n          properties:\n"
                       "            default_instances: 1\n            max_instances: 5\n",
                       grid);
    ASSERT_NE(nine, nullptr);
    TopologyDocument *document = nine->document.get();
    TopologyScene *scene = nine->canvas->scene();
    const QRectF before = scene->diagramRect();
    ASSERT_EQ(before, unionOfItems(*scene));

    document->actions().setCapabilityProperty(QStringLiteral("C8"),
                                              QStringLiteral("scalable"),
                                              QStringLiteral("default_instances"),
                                              Value::scalar(QStringLiteral("3")));
    scene->flush();
    EXPECT_GT(scene->diagramRect().bottom(), before.bottom());
    EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene));
}

TEST(TopologySceneDiagramRect, followsCardsAndArrowsThatComeAndGo)
{
    Topologist::Test::ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyDocument *document = example.document.get();
    TopologyScene *scene = example.canvas->scene();
    DocumentActions &actions = document->actions();
    const auto expectExact = [&](const char *what) {
        scene->flush();
        EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene)) << what;
    };

    // A hosted node comes, is renamed, gets an arrow, loses it and goes.
    const QString dns = actions.addNode(
        QStringLiteral("org.alien4cloud.nodes.MesosDNS"), QPointF(), QStringLiteral("MesosSlave"));
    ASSERT_FALSE(dns.isEmpty());
    expectExact("a node added on an agent");
    ASSERT_TRUE(actions.renameNode(dns, QStringLiteral("Resolver")));
    expectExact("the new node renamed");
    ASSERT_TRUE(actions.connect(
        QStringLiteral("MesosSlave"), QStringLiteral("dns_server"), QStringLiteral("Resolver")));
    expectExact("an arrow added");
    for (int i = 0; i < 3; ++i) {
        document->undoStack()->undo();
        expectExact("undone");
    }

    // At the edges: a whole machine goes and comes back, a free node is placed far out.
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("SlaveCompute_2")}));
    expectExact("an agent machine deleted with what it hosts");
    document->undoStack()->undo();
    expectExact("and back");
    const QString free
        = actions.addNode(QStringLiteral("tosca.nodes.Compute"), QPointF(9000, 7000));
    ASSERT_FALSE(free.isEmpty());
    expectExact("a machine added far out");
    ASSERT_TRUE(actions.retarget(QStringLiteral("DockerEngine"), 0, free));
    expectExact("a node moved onto it");
    document->undoStack()->undo();
    expectExact("and off it again");
    document->undoStack()->undo();
    expectExact("the far machine gone");
}

TEST(TopologySceneDiagramRect, editsAwayFromTheEdgesAreNoPassOverEveryItem)
{
    // Nine machines on a grid: what happens on the middle one never reaches an edge.
    QHash<QString, QPointF> grid;
    for (int i = 0; i < 9; ++i)
        grid.insert(QStringLiteral("C%1").arg(i), QPointF((i % 3) * 900, (i / 3) * 900));
    const auto nine = nineMachines(QByteArray(), grid);
    ASSERT_NE(nine, nullptr);
    DocumentActions &actions = nine->document->actions();
    TopologyScene *scene = nine->canvas->scene();
    const int computations = scene->diagramRectComputations();

    const QString app = actions.addNode(
        QStringLiteral("tosca.nodes.SoftwareComponent"), QPointF(), QStringLiteral("C4"));
    ASSERT_FALSE(app.isEmpty());
    scene->flush();
    ASSERT_TRUE(actions.renameNode(app, QStringLiteral("App")));
    scene->flush();
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("App")}));
    scene->flush();
    EXPECT_EQ(scene->diagramRectComputations(), computations);
    EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene));

    // A corner goes: the cards beside it and above it still hold both its edges.
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("C8")}));
    scene->flush();
    EXPECT_EQ(scene->diagramRectComputations(), computations);
    EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene));
    // The rest of the bottom row goes: the diagram shrinks, and that is computed.
    const QRectF full = scene->diagramRect();
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("C6"), QStringLiteral("C7")}));
    scene->flush();
    EXPECT_GT(scene->diagramRectComputations(), computations);
    EXPECT_LT(scene->diagramRect().bottom(), full.bottom());
    EXPECT_EQ(scene->diagramRect(), unionOfItems(*scene));
}

TEST(TopologySceneDiagramRect, staysExactThroughRandomEdits)
{
    Topologist::Test::ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    TopologyDocument *document = example.document.get();
    TopologyScene *scene = example.canvas->scene();
    QRandomGenerator random(20261207);
    for (int step = 0; step < 80; ++step) {
        Topologist::Test::RandomEdit::apply(document, random, step);
        scene->flush();
        ASSERT_EQ(scene->diagramRect(), unionOfItems(*scene)) << "step " << step;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A big topology's scene is built in slices between events: the window keeps answering, the
// result is the scene a build at once gives, and edits, flushes and other documents during the
// build are not lost.
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/openingview.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "topologygenerator.h"

#include <QCoreApplication>
#include <QGraphicsView>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Topologist;
using namespace std::chrono_literals;

namespace {

constexpr int nodeCount = 300;

std::unique_ptr<TopologyDocument> generated(int nodes = nodeCount)
{
    Diagnostics diagnostics;
    return TopologyDocument::fromBytes(Topologist::Test::TopologyGenerator(nodes).yaml(),
                                       QStringLiteral("generated.yml"),
                                       Topologist::Test::bundledCatalog(),
                                       &diagnostics);
}

/// Where every card and arrow of @p scene is, by name, to compare two builds.
QMap<QString, QRectF> geometry(const TopologyScene &scene)
{
    QMap<QString, QRectF> shapes;
    for (const NodeItem *item : scene.nodeItems()) {
        const QString host = item->hostItem() ? item->hostItem()->name() : QString();
        shapes.insert(item->name() + QLatin1String(" on ") + host, item->sceneBoundingRect());
    }
    for (const RelationshipItem *arrow : scene.relationshipItems()) {
        shapes.insert(QStringLiteral("%1[%2] -> %3")
                          .arg(arrow->content().source)
                          .arg(arrow->content().requirementIndex)
                          .arg(arrow->content().target),
                      arrow->sceneBoundingRect());
    }
    shapes.insert(QStringLiteral("diagram"), scene.diagramRect());
    return shapes;
}

/// Turns of the event loop until @p scene is built (at most 20 s).
int turnsUntilBuilt(TopologyScene &scene)
{
    int turns = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++turns; });
    ticker.start();
    QSignalSpy built(&scene, &TopologyScene::built);
    if (scene.isBuilding())
        built.wait(20000);
    return turns;
}

/// Lets @p scene build until it is about halfway.
void buildHalf(TopologyScene &scene)
{
    for (int turn = 0; turn < 10000 && scene.isBuilding() && scene.buildPercent() < 50; ++turn)
        QCoreApplication::processEvents();
}

class SceneBuildTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = generated();
        ASSERT_NE(document, nullptr);
        // Every topology in slices, each as short as can be: many slices for a small topology.
        scene.setBuildInSlices(1, 0ms);
    }

    /// The scene of the document as it is now, built at once.
    QMap<QString, QRectF> builtAtOnce()
    {
        TopologyScene reference(Topologist::Test::bundledCatalog());
        reference.setBuildInSlices(1'000'000, 0ms);
        SelectionModel noSelection;
        reference.setDocument(document.get(), &noSelection);
        EXPECT_FALSE(reference.isBuilding());
        return geometry(reference);
    }

    std::unique_ptr<TopologyDocument> document;
    SelectionModel selection;
    TopologyScene scene{Topologist::Test::bundledCatalog()};
};

} // namespace

TEST_F(SceneBuildTest, aBigTopologyIsBuiltBetweenEventsIntoTheSceneABuildAtOnceGives)
{
    QSignalSpy built(&scene, &TopologyScene::built);
    scene.setDocument(document.get(), &selection);
    ASSERT_TRUE(scene.isBuilding());
    EXPECT_LT(scene.nodeItems().size(), nodeCount);

    EXPECT_GT(turnsUntilBuilt(scene), 2);
    ASSERT_FALSE(scene.isBuilding());
    EXPECT_EQ(built.size(), 1);
    EXPECT_EQ(scene.nodeItems().size(), nodeCount);
    EXPECT_EQ(geometry(scene), builtAtOnce());
}

TEST_F(SceneBuildTest, itsProgressOnlyRisesAndEndsAtAHundred)
{
    scene.setDocument(document.get(), &selection);
    QList<int> seen{scene.buildPercent()};
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] { seen << scene.buildPercent(); });
    ticker.start();
    QSignalSpy(&scene, &TopologyScene::built).wait(20000);

    EXPECT_LT(seen.constFirst(), 10);
    EXPECT_TRUE(std::is_sorted(seen.cbegin(), seen.cend())) << seen.size();
    EXPECT_GT(QSet<int>(seen.cbegin(), seen.cend()).size(), 3);
    EXPECT_EQ(scene.buildPercent(), 100);
}

TEST_F(SceneBuildTest, flushFinishesTheBuildAtOnce)
{
    QSignalSpy built(&scene, &TopologyScene::built);
    scene.setDocument(document.get(), &selection);
    ASSERT_TRUE(scene.isBuilding());
    scene.flush();
    EXPECT_FALSE(scene.isBuilding());
    EXPECT_EQ(built.size(), 1);
    EXPECT_EQ(geometry(scene), builtAtOnce());
}

TEST_F(SceneBuildTest, editsDuringTheBuildAreAllShownWhenItEnds)
{
    scene.setDocument(document.get(), &selection);
    buildHalf(scene);
    ASSERT_TRUE(scene.isBuilding());
    const QStringList names = Topologist::Test::TopologyGenerator(nodeCount).nodeNames();
    DocumentActions &actions = document->actions();
    ASSERT_TRUE(actions.removeNodes({names.at(7)}));
    ASSERT_TRUE(actions.renameNode(names.at(40), QStringLiteral("renamed_during_build")));
    ASSERT_TRUE(actions.moveNodes({{names.at(0), QPointF(-5000, -5000)}}));

    turnsUntilBuilt(scene);
    QTest::qWait(0); // the queued flush
    ASSERT_FALSE(scene.isBuilding());
    EXPECT_EQ(scene.nodeItem(names.at(7)), nullptr);
    EXPECT_EQ(scene.nodeItem(names.at(40)), nullptr);
    ASSERT_NE(scene.nodeItem(QStringLiteral("renamed_during_build")), nullptr);
    EXPECT_EQ(scene.nodeItem(names.at(0))->pos(), QPointF(-5000, -5000));
    EXPECT_EQ(scene.nodeItems().size(), document->topology().nodeCount());
    // The same cards on the same hosts and the same arrows: where they are differs, as the
    // later edits leave the others in place where a new build lays them out afresh.
    EXPECT_EQ(geometry(scene).keys(), builtAtOnce().keys());
}

TEST_F(SceneBuildTest, anotherDocumentOrNoneDuringTheBuildReplacesIt)
{
    scene.setDocument(document.get(), &selection);
    buildHalf(scene);
    ASSERT_TRUE(scene.isBuilding());
    std::unique_ptr<TopologyDocument> other = generated(40);
    ASSERT_NE(other, nullptr);
    scene.setDocument(other.get(), &selection);
    turnsUntilBuilt(scene);
    EXPECT_EQ(scene.nodeItems().size(), 40);

    scene.setDocument(document.get(), &selection);
    buildHalf(scene);
    ASSERT_TRUE(scene.isBuilding());
    document.reset(); // the scene lets go of a destroyed document
    EXPECT_FALSE(scene.isBuilding());
    EXPECT_TRUE(scene.items().isEmpty());
    QTest::qWait(5);
    EXPECT_TRUE(scene.items().isEmpty());
}

TEST_F(SceneBuildTest, cardsNotYetPlacedGoWithTheBuildTheyBelongTo)
{
    // Cards enter the scene only once their host is known: a build stopped before that
    // must not leave them behind.
    scene.setDocument(document.get(), &selection);
    const auto unplaced = [&] {
        const QList<NodeItem *> items = scene.nodeItems().values();
        return std::count_if(
            items.cbegin(), items.cend(), [](const NodeItem *item) { return !item->scene(); });
    };
    for (int turn = 0; turn < 10000 && scene.isBuilding() && unplaced() == 0; ++turn)
        QCoreApplication::processEvents();
    ASSERT_TRUE(scene.isBuilding());
    ASSERT_GT(unplaced(), 0);
    QList<QPointer<NodeItem>> cards;
    for (NodeItem *item : scene.nodeItems())
        cards << item;

    std::unique_ptr<TopologyDocument> other = generated(40);
    ASSERT_NE(other, nullptr);
    scene.setDocument(other.get(), &selection);
    EXPECT_TRUE(std::all_of(cards.cbegin(), cards.cend(), [](const QPointer<NodeItem> &card) {
        return card.isNull();
    }));
}

namespace {

/// Counts the mouse presses that reach a scene.
class PressCounter : public QObject
{
public:
    int presses = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        presses += event->type() == QEvent::GraphicsSceneMousePress ? 1 : 0;
        return false;
    }
};

} // namespace

TEST_F(SceneBuildTest, theCanvasTakesNoClickUntilBuiltThenOpensReadableAtTheDiagramsCorner)
{
    CanvasWidget canvas(Topologist::Test::bundledCatalog());
    canvas.resize(1000, 700);
    canvas.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&canvas));
    TopologyScene *canvasScene = canvas.scene();
    canvasScene->setBuildInSlices(1, 0ms);
    PressCounter counter;
    canvasScene->installEventFilter(&counter);
    canvas.setDocument(document.get(), &selection);
    ASSERT_TRUE(canvasScene->isBuilding());
    QWidget *viewport = canvas.view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewport->rect().center());
    EXPECT_EQ(counter.presses, 0);
    EXPECT_EQ(canvas.zoom(), 1.0);

    turnsUntilBuilt(*canvasScene);
    // 300 nodes do not fit at 100 %: the canvas stays there, at the diagram's top-left corner.
    EXPECT_EQ(canvas.zoom(), 1.0);
    const QPointF corner = canvas.view()->mapToScene(0, 0);
    const QRectF diagram = canvasScene->diagramRect();
    EXPECT_NEAR(corner.x(), diagram.left() - OpeningView::margin, 1);
    EXPECT_NEAR(corner.y(), diagram.top() - OpeningView::margin, 1);
    canvas.zoomToFit();
    EXPECT_LT(canvas.zoom(), 1.0);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewport->rect().center());
    EXPECT_EQ(counter.presses, 1);
}

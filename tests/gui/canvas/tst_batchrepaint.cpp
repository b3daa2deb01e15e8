// SPDX-License-Identifier: GPL-3.0-or-later
// What a large change costs the canvas in memory: a scene built or laid out at once is
// repainted whole, rather than item by item (Qt would keep a record per item and view of where
// it was painted, some 1.3 KB each), and the cache of card pictures grows with the view, not
// with the topology.
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "topologygenerator.h"

#include <QCoreApplication>
#include <QGraphicsView>
#include <QPixmapCache>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>

#include <memory>

using namespace Topologist;

namespace {

class BatchRepaintTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        open(false);
        ASSERT_NE(document, nullptr);
        canvas = std::make_unique<CanvasWidget>(Topologist::Test::bundledCatalog());
        canvas->resize(1000, 700);
        canvas->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(canvas.get()));
        scene = canvas->scene();
        changed = std::make_unique<QSignalSpy>(scene, &QGraphicsScene::changed);
    }

    /// A generated topology of 300 nodes, with a saved layout (a grid) or none.
    void open(bool withLayout)
    {
        Topologist::Test::TopologyGenerator generator(300);
        generator.setWithLayout(withLayout);
        Diagnostics diagnostics;
        document = TopologyDocument::fromBytes(generator.yaml(),
                                               QStringLiteral("generated.yml"),
                                               Topologist::Test::bundledCatalog(),
                                               &diagnostics);
    }

    /// The regions the scene asked to repaint since the last call, once the events ran.
    QList<QList<QRectF>> repaints()
    {
        QCoreApplication::processEvents();
        QList<QList<QRectF>> regions;
        for (const QList<QVariant> &signal : std::as_const(*changed))
            regions.append(signal.at(0).value<QList<QRectF>>());
        changed->clear();
        return regions;
    }

    /// Whether one of `regions` is the whole scene, rather than the parts that changed.
    bool whole(const QList<QList<QRectF>> &regions) const
    {
        return std::any_of(regions.cbegin(), regions.cend(), [this](const QList<QRectF> &r) {
            return r.size() == 1 && r.first() == scene->sceneRect();
        });
    }

    std::unique_ptr<TopologyDocument> document;
    SelectionModel selection;
    std::unique_ptr<CanvasWidget> canvas;
    TopologyScene *scene = nullptr;
    std::unique_ptr<QSignalSpy> changed;
};

TEST_F(BatchRepaintTest, aNewSceneIsRepaintedWhole)
{
    canvas->setDocument(document.get(), &selection);
    EXPECT_TRUE(whole(repaints()));
}

#ifdef __GLIBC__
/// Bytes allocated, in the heap and in blocks mapped on their own.
size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

TEST(BatchRepaintMemoryTest, theFirstPaintOfANewSceneKeepsNothingPerItem)
{
    Topologist::Test::TopologyGenerator generator(1000);
    Diagnostics diagnostics;
    const auto document = TopologyDocument::fromBytes(generator.yaml(),
                                                      QStringLiteral("generated.yml"),
                                                      Topologist::Test::bundledCatalog(),
                                                      &diagnostics);
    ASSERT_NE(document, nullptr);
    SelectionModel selection;
    CanvasWidget canvas(Topologist::Test::bundledCatalog());
    // Small, so that what its first paint takes (a picture of the view) does not hide the rest.
    canvas.resize(300, 200);
    canvas.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&canvas));
    QCoreApplication::processEvents();
    canvas.setDocument(document.get(), &selection);

    const size_t before = heapInUse();
    QCoreApplication::processEvents(); // the scene's pending updates, and the first paint
    const qint64 grown = qint64(heapInUse()) - qint64(before);
    const qsizetype items = canvas.scene()->items().size();
    ASSERT_GT(items, 1000);
    // Qt's record of where each item was painted would be some 1,300 bytes an item.
    EXPECT_LT(grown / items, 300) << grown << " bytes for " << items << " items";
}
#endif

TEST_F(BatchRepaintTest, anEditOfOneNodeRepaintsOnlyWhatChanged)
{
    canvas->setDocument(document.get(), &selection);
    repaints();
    const NodeItem *root = scene->rootItems().first();
    ASSERT_TRUE(DocumentActions(document.get())
                    .moveNodes({{root->name(), root->pos() + QPointF(-500, -500)}}));
    const QList<QList<QRectF>> regions = repaints();
    EXPECT_FALSE(regions.isEmpty());
    EXPECT_FALSE(whole(regions));
}

TEST_F(BatchRepaintTest, laidOutAtOnceTheSceneIsRepaintedWhole)
{
    open(true); // a grid, which the automatic layout changes
    ASSERT_NE(document, nullptr);
    canvas->setDocument(document.get(), &selection);
    repaints();
    canvas->autoLayout();
    EXPECT_TRUE(whole(repaints()));
    document->undoStack()->undo();
    EXPECT_TRUE(whole(repaints()));
}

TEST_F(BatchRepaintTest, theCardCacheGrowsWithTheViewNotWithTheTopology)
{
    constexpr int qtDefaultKilobytes = 10 * 1024;
    QPixmapCache::setCacheLimit(qtDefaultKilobytes);
    canvas->resize(600, 400);
    canvas->setDocument(document.get(), &selection);
    QCoreApplication::processEvents();
    EXPECT_EQ(QPixmapCache::cacheLimit(), qtDefaultKilobytes); // a small view: Qt's default

    canvas->resize(2400, 1600);
    QCoreApplication::processEvents();
    const QWidget *viewport = canvas->view()->viewport();
    const qreal ratio = viewport->devicePixelRatioF();
    const qint64 viewportKilobytes
        = qint64(viewport->width() * ratio) * qint64(viewport->height() * ratio) * 4 / 1024;
    EXPECT_GE(QPixmapCache::cacheLimit(), 2 * viewportKilobytes);
    EXPECT_LE(QPixmapCache::cacheLimit(), 4 * viewportKilobytes);
}

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas below a readable zoom: cards drawn as plain rectangles from one picture that
// drags and clicks do not redraw, and the minimap's miniature kept while the view moves.
#include "canvas/canvasstyle.h"
#include "canvas/canvasview.h"
#include "canvas/canvaswidget.h"
#include "canvas/minimapwidget.h"
#include "canvas/nodeitem.h"
#include "canvas/overviewpainter.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "examplecanvas.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;
using Topologist::Test::ExampleCanvas;

namespace {

class OverviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        example = std::make_unique<ExampleCanvas>(QStringLiteral("marathon"), true);
        ASSERT_NE(example->document, nullptr);
        ASSERT_TRUE(example->exposed);
        document = example->document.get();
        canvas = example->canvas.get();
        scene = canvas->scene();
        view = static_cast<CanvasView *>(canvas->view());
        viewport = view->viewport();
    }

    /// A card that hosts nothing and is not a scaled group: one plain rectangle.
    NodeItem *leaf() const
    {
        for (NodeItem *item : scene->drawingOrder()) {
            if (!item->hostsNodes() && item->content().instances <= 1 && !item->problemBadge())
                return item;
        }
        return nullptr;
    }

    QImage shot() const
    {
        QImage image(viewport->size(), QImage::Format_RGB32);
        QPainter painter(&image);
        viewport->render(&painter);
        return image;
    }

    /// The card's inside on screen, its outline left out.
    QRect insideOf(const NodeItem *item) const
    {
        return view->mapFromScene(item->mapRectToScene(item->rect()))
            .boundingRect()
            .adjusted(3, 3, -3, -3);
    }

    void
    mouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type,
                          QPointF(pos),
                          viewport->mapToGlobal(QPointF(pos)),
                          button,
                          buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    }

    void TearDown() override { example.reset(); }

    std::unique_ptr<ExampleCanvas> example;
    TopologyDocument *document = nullptr;
    CanvasWidget *canvas = nullptr;
    TopologyScene *scene = nullptr;
    CanvasView *view = nullptr;
    QWidget *viewport = nullptr;
};

/// Colours found inside `rect` of `image` other than `allowed`.
QSet<QRgb> otherColours(const QImage &image, const QRect &rect, const QSet<QRgb> &allowed)
{
    QSet<QRgb> others;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb pixel = image.pixel(x, y) | 0xff000000;
            if (!allowed.contains(pixel))
                others.insert(pixel);
        }
    }
    return others;
}

} // namespace

TEST(OverviewPainter, takesOverBelowTheZoomWhereCardTextIsReadable)
{
    EXPECT_TRUE(OverviewPainter::applies(0.02));
    EXPECT_TRUE(OverviewPainter::applies(0.05));
    EXPECT_TRUE(OverviewPainter::applies(0.29));
    EXPECT_FALSE(OverviewPainter::applies(0.3));
    EXPECT_FALSE(OverviewPainter::applies(1.0));
}

TEST_F(OverviewTest, aCardBelowReadableZoomIsAPlainRectangleWithoutText)
{
    NodeItem *card = leaf();
    ASSERT_NE(card, nullptr);
    const QSet<QRgb> plain{CanvasStyle::headerFill(card->content().kind).rgb(),
                           OverviewPainter::arrowColor().rgb()};
    // At a readable zoom the card shows its name, type and icon...
    canvas->setZoom(0.5);
    ASSERT_FALSE(view->showsOverview());
    view->centerOn(card);
    EXPECT_FALSE(otherColours(shot(), insideOf(card), plain).isEmpty());
    // ...below it nothing but its fill (an arrow may cross it). A ten-thousand-node topology
    // needs about 2 % to fit in a window.
    canvas->setZoom(0.02);
    EXPECT_DOUBLE_EQ(canvas->zoom(), 0.02);
    canvas->setZoom(0.25);
    ASSERT_TRUE(view->showsOverview());
    view->centerOn(card);
    const QRect inside = insideOf(card);
    ASSERT_GE(inside.width(), 20);
    ASSERT_GE(inside.height(), 3);
    EXPECT_TRUE(otherColours(shot(), inside, plain).isEmpty());
}

TEST_F(OverviewTest, dragFramesAndClicksDoNotRedrawThePicture)
{
    canvas->setZoom(0.25);
    NodeItem *root = scene->rootItems().first();
    view->centerOn(root);
    viewport->repaint();
    const QPointF start = root->pos();
    const QPoint grab = view->mapFromScene(root->mapToScene(QPointF(root->size().width() / 2, 20)));

    // A click selects the card: drawn over the picture, which stays as it was.
    int renders = view->overviewRenders();
    mouse(QEvent::MouseButtonPress, grab, Qt::LeftButton, Qt::LeftButton);
    viewport->repaint();
    ASSERT_TRUE(root->isSelected());
    EXPECT_EQ(view->overviewRenders(), renders);
    const QRect outline = view->mapFromScene(root->mapRectToScene(root->rect())).boundingRect();
    EXPECT_EQ(shot().pixel(outline.left(), outline.center().y()) | 0xff000000,
              CanvasStyle::selection().rgb());

    // The drag redraws the picture once without the moving card, then only draws the card.
    const QPoint step(20, 12);
    for (int i = 1; i <= 6; ++i) {
        mouse(QEvent::MouseMove, grab + step * i, Qt::NoButton, Qt::LeftButton);
        viewport->repaint();
        if (i == 1)
            renders = view->overviewRenders();
    }
    EXPECT_EQ(view->overviewRenders(), renders);
    EXPECT_EQ(root->pos(), start + QPointF(step * 6) / 0.25);
    // The card is drawn where it is now, the place it left is empty canvas.
    const QImage during = shot();
    const QPoint now = view->mapFromScene(root->mapToScene(QPointF(root->size().width() / 2, 4)));
    EXPECT_NE(during.pixel(now) | 0xff000000, CanvasStyle::canvasBackground().rgb());
    const QPoint left = view->mapFromScene(start + QPointF(root->size().width() / 2, 4));
    EXPECT_TRUE(
        QSet<QRgb>({CanvasStyle::canvasBackground().rgb(), OverviewPainter::arrowColor().rgb()})
            .contains(during.pixel(left) | 0xff000000));
    mouse(QEvent::MouseButtonRelease, grab + step * 6, Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(document->topology().node(root->name())->position, root->pos());
}

TEST_F(OverviewTest, movingTheViewDoesNotRedrawTheMinimap)
{
    auto *minimap = canvas->findChild<MinimapWidget *>();
    ASSERT_NE(minimap, nullptr);
    canvas->setZoom(2.0); // part of the diagram out of view: the minimap shows
    QCoreApplication::processEvents();
    ASSERT_TRUE(minimap->isVisible());
    minimap->repaint();
    const int renders = minimap->pictureRenders();
    ASSERT_GT(renders, 0);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 200);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 100);
    minimap->repaint();
    EXPECT_EQ(minimap->pictureRenders(), renders);
    // A change to the diagram redraws it (shortly after, not on every change).
    NodeItem *root = scene->rootItems().first();
    document->actions().moveNodes({{root->name(), root->pos() + QPointF(300, 0)}});
    QTest::qWait(200);
    minimap->repaint();
    EXPECT_EQ(minimap->pictureRenders(), renders + 1);
}

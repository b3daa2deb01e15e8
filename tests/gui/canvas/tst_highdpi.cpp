// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas at a device pixel ratio of 2 (QT_SCALE_FACTOR=2, by topologist_gui_test_main_2x):
// cards, their text and icons drawn at the screen's pixels rather than scaled up from half as many,
// and the pictures the canvas keeps (minimap, card icons) made at that ratio.
#include "canvas/canvasstyle.h"
#include "canvas/canvasview.h"
#include "canvas/canvaswidget.h"
#include "canvas/minimapwidget.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "examplecanvas.h"
#include "icons.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace Topologist;
using Topologist::Test::ExampleCanvas;

namespace {

class HighDpiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(qApp->devicePixelRatio(), 2.0)
            << "topologist_gui_test_main_2x sets QT_SCALE_FACTOR=2";
        example = std::make_unique<ExampleCanvas>(QStringLiteral("marathon"), true);
        ASSERT_NE(example->document, nullptr);
        ASSERT_TRUE(example->exposed);
        canvas = example->canvas.get();
        view = static_cast<CanvasView *>(canvas->view());
    }

    /// The viewport as on screen, in device pixels.
    QImage shot() const { return view->viewport()->grab().toImage(); }

    std::unique_ptr<ExampleCanvas> example;
    CanvasWidget *canvas = nullptr;
    CanvasView *view = nullptr;
};

/// How many channel steps two images differ by in `area` (device pixels), summed.
qint64 difference(const QImage &a, const QImage &b, const QRect &area)
{
    qint64 sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            sum += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green())
                   + std::abs(p.blue() - q.blue());
        }
    }
    return sum;
}

} // namespace

TEST_F(HighDpiTest, cachedCardsAreAsSharpAsCardsDrawnDirectly)
{
    canvas->setZoom(1.0);
    NodeItem *card = canvas->scene()->drawingOrder().constFirst();
    for (NodeItem *item : canvas->scene()->drawingOrder()) {
        if (!item->hostsNodes()) {
            card = item;
            break;
        }
    }
    view->centerOn(card);
    QCoreApplication::processEvents();
    const QImage cached = shot();
    ASSERT_EQ(cached.devicePixelRatio(), 2.0);
    ASSERT_EQ(cached.size(), view->viewport()->size() * 2);
    for (QGraphicsItem *item : canvas->scene()->items())
        item->setCacheMode(QGraphicsItem::NoCache);
    QPixmapCache::clear();
    const QImage direct = shot();
    // The header (icon, name, type) of the card, in device pixels.
    const QRect header
        = view->mapFromScene(card->mapRectToScene(QRectF(0, 0, card->size().width(), 46)))
              .boundingRect();
    const QRect area(header.topLeft() * 2, header.size() * 2);
    ASSERT_TRUE(cached.rect().contains(area));
    // A card cached at half the pixels and scaled up differs all over its text and edges;
    // one cached at the screen's pixels only where antialiasing rounds differently.
    EXPECT_LT(difference(cached, direct, area), qint64(area.width()) * area.height() / 4);
}

TEST_F(HighDpiTest, theMinimapIsDrawnAtTheScreensPixels)
{
    auto *minimap = canvas->findChild<MinimapWidget *>();
    ASSERT_NE(minimap, nullptr);
    canvas->setZoom(2.0); // part of the diagram out of view: the minimap shows
    QCoreApplication::processEvents();
    ASSERT_TRUE(minimap->isVisible());
    minimap->repaint();
    EXPECT_EQ(minimap->picture().devicePixelRatio(), 2.0);
    EXPECT_EQ(minimap->picture().size(), minimap->size() * 2);
}

TEST_F(HighDpiTest, cardIconsHaveAPixelPerDevicePixel)
{
    for (NodeItem *item : canvas->scene()->drawingOrder()) {
        const QPixmap &icon = item->content().icon;
        ASSERT_FALSE(icon.isNull()) << item->name().toStdString();
        EXPECT_GE(icon.width(), int(CanvasStyle::iconSize * 2)) << item->name().toStdString();
    }
}

TEST_F(HighDpiTest, theSceneRendersMoreDetailAtTwiceThePixels)
{
    const QRectF source = canvas->scene()->diagramRect();
    const auto render = [&](qreal ratio) {
        QImage image((source.size() * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        canvas->scene()->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        return image;
    };
    const QImage dense = render(2.0);
    const QImage scaledUp
        = render(1.0).scaled(dense.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // A card's header (icon, name, type): how sharply neighbouring pixels change there (1.3
    // times as much as in a 1x picture scaled up, measured).
    const NodeItem *card = canvas->scene()->drawingOrder().constFirst();
    const QRectF header = card->mapRectToScene(QRectF(0, 0, card->size().width(), 46))
                              .translated(-source.topLeft());
    const QRect area(header.topLeft().toPoint() * 2, header.size().toSize() * 2);
    const auto sharpness = [&](const QImage &image) {
        qint64 sum = 0;
        for (int y = area.top(); y < area.bottom(); ++y) {
            for (int x = area.left(); x < area.right(); ++x) {
                const int here = qGray(image.pixel(x, y));
                sum += std::abs(here - qGray(image.pixel(x + 1, y)))
                       + std::abs(here - qGray(image.pixel(x, y + 1)));
            }
        }
        return sum;
    };
    ASSERT_TRUE(dense.rect().contains(area));
    EXPECT_GT(sharpness(dense), sharpness(scaledUp) * 115 / 100);
}

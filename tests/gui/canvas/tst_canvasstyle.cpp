// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas' colours follow the application palette: the designer's own colours on a light
// palette, readable dark ones on a dark palette, and whatever was painted in the old colours
// (cached cards, the minimap) repainted when the palette changes at run time.
#include "canvas/canvasstyle.h"
#include "canvas/canvasview.h"
#include "canvas/canvaswidget.h"
#include "canvas/minimapwidget.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "examplecanvas.h"
#include "statuscolors.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace Topologist;
using Topologist::Test::ExampleCanvas;

namespace {

// WCAG 2, computed here rather than with the code under test.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// `top` (translucent) over `under` (opaque).
QColor over(const QColor &top, const QColor &under)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + under.redF() * (1 - a)),
                            float(top.greenF() * a + under.greenF() * (1 - a)),
                            float(top.blueF() * a + under.blueF() * (1 - a)));
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

/// Dark desktop palettes, as platforms give them: one with fields darker than windows...
QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35), QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Text, Qt::white);
    return palette;
}

/// ... and one with dimmer text.
QPalette otherDarkPalette()
{
    QPalette palette(QColor(0x31, 0x36, 0x3b), QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::WindowText, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, QColor(0xcf, 0xd2, 0xd5));
    return palette;
}

const NodeKind kinds[] = {
    NodeKind::Machine, NodeKind::Software, NodeKind::Storage, NodeKind::Network, NodeKind::Unknown};

class CanvasStyleTest : public ::testing::Test
{
protected:
    void SetUp() override { original = QApplication::palette(); }
    void TearDown() override { QApplication::setPalette(original); }

    QPalette original;
};

void expectReadableDarkCanvas(const char *palette)
{
    SCOPED_TRACE(palette);
    using namespace CanvasStyle;
    EXPECT_LT(luminance(canvasBackground()), 0.05);
    EXPECT_LT(luminance(cardFill()), 0.08);
    EXPECT_GT(luminance(text()), 0.5);
    EXPECT_GE(contrast(text(), cardFill()), 4.5);
    EXPECT_GE(contrast(secondaryText(), cardFill()), 4.5);
    const QColor labelFill = over(relationshipLabelFill(), canvasBackground());
    EXPECT_LT(luminance(labelFill), 0.08);
    EXPECT_GE(contrast(secondaryText(), labelFill), 4.5);
    EXPECT_GE(contrast(relationship(), canvasBackground()), 3.0);
    EXPECT_GE(contrast(selection(), cardFill()), 3.0);
    for (NodeKind kind : kinds) {
        SCOPED_TRACE(int(kind));
        EXPECT_LT(luminance(headerFill(kind)), 0.1);
        EXPECT_LT(luminance(bodyFill(kind)), 0.1);
        EXPECT_GE(contrast(text(), headerFill(kind)), 4.5);
        EXPECT_GE(contrast(secondaryText(), headerFill(kind)), 4.5);
        EXPECT_GE(contrast(secondaryText(), bodyFill(kind)), 4.5);
        EXPECT_GE(contrast(accent(kind), cardFill()), 3.0);
        EXPECT_GE(contrast(accentText(kind), cardFill()), 4.5);
        EXPECT_GE(contrast(onFill(accent(kind)), accent(kind)), 3.0);
    }
    for (const QColor &badge : {error(), warning(), info(), added(), changed()}) {
        SCOPED_TRACE(badge.name().toStdString());
        EXPECT_GE(contrast(badge, cardFill()), 3.0);
        EXPECT_GE(contrast(onFill(badge), badge), 3.0);
    }
    // The kinds still tell apart: no two accents alike.
    for (NodeKind a : kinds) {
        for (NodeKind b : kinds) {
            if (a == b)
                continue;
            const QColor x = accent(a);
            const QColor y = accent(b);
            const int distance = std::abs(x.red() - y.red()) + std::abs(x.green() - y.green())
                                 + std::abs(x.blue() - y.blue());
            EXPECT_GT(distance, 60) << x.name().toStdString() << " " << y.name().toStdString();
        }
    }
    for (const QColor &status : {StatusColors::error(),
                                 StatusColors::warning(),
                                 StatusColors::ok(),
                                 StatusColors::function(),
                                 StatusColors::added(),
                                 StatusColors::changed(),
                                 StatusColors::removed()}) {
        SCOPED_TRACE(status.name().toStdString());
        EXPECT_GE(contrast(status, QApplication::palette().color(QPalette::Window)), 4.5);
        EXPECT_GE(contrast(status, QApplication::palette().color(QPalette::Base)), 4.5);
    }
    EXPECT_GE(
        contrast(QApplication::palette().color(QPalette::Text), StatusColors::errorBackground()),
        4.5);
}

} // namespace

TEST_F(CanvasStyleTest, aLightPaletteKeepsTheDesignersColours)
{
    QApplication::setPalette(lightPalette());
    using namespace CanvasStyle;
    EXPECT_EQ(canvasBackground(), QColor(0xf6, 0xf7, 0xf9));
    EXPECT_EQ(cardFill(), QColor(Qt::white));
    EXPECT_EQ(text(), QColor(0x1f, 0x29, 0x37));
    EXPECT_EQ(secondaryText(), QColor(0x5f, 0x6b, 0x7a));
    EXPECT_EQ(border(), QColor(0xc3, 0xcc, 0xd8));
    EXPECT_EQ(relationship(), QColor(0x5b, 0x67, 0x78));
    EXPECT_EQ(relationshipLabelFill(), QColor(0xff, 0xff, 0xff, 235));
    EXPECT_EQ(accent(NodeKind::Machine), QColor(0x35, 0x6a, 0xb8));
    EXPECT_EQ(headerFill(NodeKind::Software), QColor(0xec, 0xf7, 0xf2));
    EXPECT_EQ(bodyFill(NodeKind::Storage), QColor(0xfd, 0xf8, 0xf0));
    EXPECT_EQ(accentText(NodeKind::Network), QColor(0x7a, 0x4f, 0xb0).darker(115));
    EXPECT_EQ(error(), QColor(0xc6, 0x28, 0x28));
    EXPECT_EQ(warning(), QColor(0xd9, 0x8e, 0x04));
    EXPECT_EQ(info(), QColor(0x2a, 0x7a, 0xf0));
    EXPECT_EQ(onFill(error()), QColor(Qt::white));
    EXPECT_EQ(onFill(accent(NodeKind::Machine)), QColor(Qt::white));
    EXPECT_EQ(StatusColors::error(), QColor(0xc6, 0x28, 0x28));
    EXPECT_EQ(StatusColors::errorBackground(), QColor(0xfd, 0xe7, 0xe7));
}

TEST_F(CanvasStyleTest, aDarkPaletteGivesADarkCanvasWithReadableText)
{
    QApplication::setPalette(darkPalette());
    expectReadableDarkCanvas("a dark palette");
    QApplication::setPalette(otherDarkPalette());
    expectReadableDarkCanvas("another dark palette");
}

TEST_F(CanvasStyleTest, theColoursFollowAPaletteChangeAtRunTime)
{
    QApplication::setPalette(lightPalette());
    const QColor light = CanvasStyle::canvasBackground();
    QApplication::setPalette(darkPalette());
    const QColor dark = CanvasStyle::canvasBackground();
    EXPECT_NE(dark, light);
    EXPECT_LT(luminance(dark), 0.05);
    QApplication::setPalette(otherDarkPalette());
    EXPECT_NE(CanvasStyle::canvasBackground(), dark);
    QApplication::setPalette(lightPalette());
    EXPECT_EQ(CanvasStyle::canvasBackground(), light);
}

TEST_F(CanvasStyleTest, exportsKeepThePaperColoursUnderADarkPalette)
{
    QApplication::setPalette(darkPalette());
    ExampleCanvas example(QStringLiteral("marathon"));
    ASSERT_NE(example.document, nullptr);
    const QColor dark = CanvasStyle::cardFill();
    example.canvas->scene()->setExporting(true);
    EXPECT_EQ(CanvasStyle::cardFill(), QColor(Qt::white));
    EXPECT_EQ(CanvasStyle::text(), QColor(0x1f, 0x29, 0x37));
    example.canvas->scene()->setExporting(false);
    EXPECT_EQ(CanvasStyle::cardFill(), dark);
}

TEST_F(CanvasStyleTest, cachedCardsAndTheMinimapRepaintInTheNewColours)
{
    QApplication::setPalette(lightPalette());
    ExampleCanvas example(QStringLiteral("marathon"), true);
    ASSERT_NE(example.document, nullptr);
    ASSERT_TRUE(example.exposed);
    CanvasWidget *canvas = example.canvas.get();
    auto *view = static_cast<CanvasView *>(canvas->view());
    NodeItem *leaf = nullptr;
    for (NodeItem *item : canvas->scene()->drawingOrder()) {
        if (!item->hostsNodes() && item->content().instances <= 1 && !item->problemBadge()) {
            leaf = item;
            break;
        }
    }
    ASSERT_NE(leaf, nullptr);
    canvas->setZoom(1.0);
    view->centerOn(leaf);
    QCoreApplication::processEvents();
    // Above the name, inside the card: the header's fill.
    const QPoint probe = view->mapFromScene(leaf->mapToScene(QPointF(leaf->size().width() / 2, 3)));
    const auto pixelAtProbe = [&] {
        return view->viewport()->grab().toImage().pixelColor(
            probe * view->viewport()->devicePixelRatioF());
    };
    const NodeKind kind = leaf->content().kind;
    EXPECT_EQ(pixelAtProbe().rgb(), CanvasStyle::headerFill(kind).rgb());

    auto *minimap = canvas->findChild<MinimapWidget *>();
    ASSERT_NE(minimap, nullptr);
    canvas->setZoom(2.0); // part of the diagram out of view: the minimap shows
    QCoreApplication::processEvents();
    ASSERT_TRUE(minimap->isVisible());
    minimap->repaint();
    const int renders = minimap->pictureRenders();
    canvas->setZoom(1.0);
    view->centerOn(leaf);
    QCoreApplication::processEvents();
    ASSERT_EQ(pixelAtProbe().rgb(), CanvasStyle::headerFill(kind).rgb()); // from the cache

    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    const QColor darkHeader = CanvasStyle::headerFill(kind);
    EXPECT_LT(luminance(darkHeader), 0.1);
    EXPECT_EQ(pixelAtProbe().rgb(), darkHeader.rgb());
    canvas->setZoom(2.0);
    QCoreApplication::processEvents();
    minimap->repaint();
    EXPECT_GT(minimap->pictureRenders(), renders);
}

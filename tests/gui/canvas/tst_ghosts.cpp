// SPDX-License-Identifier: GPL-3.0-or-later
// What the window shows after an edit is what a full repaint would show: no piece of a deleted,
// moved or re-hosted card stays drawn where nothing asked for a repaint.
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "examplecanvas.h"
#include "topologydocument.h"

#include <QCoreApplication>
#include <QGraphicsView>
#include <QImage>
#include <QScreen>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;

namespace {

/// The pixels the window system has for @p widget's window, as last painted: stale parts
/// included (a widget's grab() would paint it all afresh).
QImage onScreen(QWidget *widget)
{
    QWidget *window = widget->window();
    return window->screen()->grabWindow(window->winId()).toImage();
}

/// The same window after a repaint of everything.
QImage repaintedWhole(QWidget *widget)
{
    widget->window()->repaint();
    return onScreen(widget);
}

/// How many pixels of @p a and @p b differ.
int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    const QImage first = a.convertToFormat(QImage::Format_RGB32);
    const QImage second = b.convertToFormat(QImage::Format_RGB32);
    int differing = 0;
    for (int y = 0; y < first.height(); ++y) {
        const auto *lineA = reinterpret_cast<const QRgb *>(first.constScanLine(y));
        const auto *lineB = reinterpret_cast<const QRgb *>(second.constScanLine(y));
        for (int x = 0; x < first.width(); ++x)
            differing += lineA[x] != lineB[x] ? 1 : 0;
    }
    return differing;
}

/// The top-level cards that host others.
QStringList hostsWithHostedNodes(const TopologyScene &scene)
{
    QStringList hosts;
    for (const NodeItem *item : scene.nodeItems()) {
        if (!item->hostItem() && !item->hostedItems().isEmpty())
            hosts << item->name();
    }
    hosts.sort();
    return hosts;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

/// An example open on screen at a zoom: 100 %, the default fit, or the overview's.
struct GhostCase
{
    const char *example;
    double zoom; // 0: fit
};

class CanvasGhosts : public ::testing::TestWithParam<GhostCase>
{
protected:
    void SetUp() override
    {
        example = std::make_unique<Topologist::Test::ExampleCanvas>(
            QString::fromLatin1(GetParam().example), true);
        ASSERT_TRUE(example->exposed);
        canvas = example->canvas.get();
        if (GetParam().zoom > 0)
            canvas->setZoom(GetParam().zoom);
        else
            canvas->zoomToFit();
        settle();
    }

    /// Pixels that differ between what the window shows and what it shows repainted whole.
    int stalePixels()
    {
        settle();
        const QImage shown = onScreen(canvas);
        return differingPixels(shown, repaintedWhole(canvas));
    }

    std::unique_ptr<Topologist::Test::ExampleCanvas> example;
    CanvasWidget *canvas = nullptr;
};

} // namespace

TEST_P(CanvasGhosts, deletingAHostWithHostedNodesAndUndoingItLeaveNothingStale)
{
    const QStringList hosts = hostsWithHostedNodes(*canvas->scene());
    ASSERT_FALSE(hosts.isEmpty());
    for (const QString &host : hosts) {
        if (GetParam().zoom >= 1)
            canvas->revealNode(host);
        settle();
        ASSERT_TRUE(example->document->actions().removeNodes({host}));
        EXPECT_EQ(stalePixels(), 0) << "deleted " << qPrintable(host);
        example->document->undoStack()->undo();
        EXPECT_EQ(stalePixels(), 0) << "undid deleting " << qPrintable(host);
    }
}

TEST_P(CanvasGhosts, aNodeRehostedOntoAnotherMachineLeavesNothingStale)
{
    const QStringList hosts = hostsWithHostedNodes(*canvas->scene());
    ASSERT_GE(hosts.size(), 2);
    const NodeItem *hosted = canvas->scene()->nodeItem(hosts.first())->hostedItems().constFirst();
    const QString name = hosted->name();
    const NodeTemplate *node = example->document->topology().node(name);
    ASSERT_NE(node, nullptr);
    int hostRequirement = -1;
    for (int i = 0; i < int(node->requirements.size()); ++i) {
        if (node->requirements[i].node == hosts.first())
            hostRequirement = i;
    }
    ASSERT_GE(hostRequirement, 0);
    // Both machines change size, the card moves from one to the other.
    QString error;
    ASSERT_TRUE(example->document->actions().retarget(name, hostRequirement, hosts.at(1), &error))
        << qPrintable(error);
    ASSERT_EQ(canvas->scene()->nodeItem(name)->hostItem(), canvas->scene()->nodeItem(hosts.at(1)));
    EXPECT_EQ(stalePixels(), 0);
    example->document->undoStack()->undo();
    EXPECT_EQ(stalePixels(), 0);
}

INSTANTIATE_TEST_SUITE_P(Zooms,
                         CanvasGhosts,
                         ::testing::Values(GhostCase{"marathon", 1.0},
                                           GhostCase{"marathon", 0},
                                           GhostCase{"marathon", 0.2},
                                           GhostCase{"mesos-ha", 1.0},
                                           GhostCase{"mesos-ha", 0}),
                         [](const auto &param) {
                             const double zoom = param.param.zoom;
                             return std::string(param.param.example == std::string("mesos-ha")
                                                    ? "mesosHa"
                                                    : param.param.example)
                                    + (zoom == 0   ? "AtFit"
                                       : zoom >= 1 ? "At100"
                                                   : "InOverview");
                         });

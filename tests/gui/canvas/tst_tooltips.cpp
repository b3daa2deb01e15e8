// SPDX-License-Identifier: GPL-3.0-or-later
// Tooltips of cards, ports and arrows are made when they show (TopologyScene::helpEvent).
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "exampledocument.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QApplication>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

/// The tooltip the scene shows for `scenePos`, as plain text (empty when none).
QString toolTipAt(TopologyScene *scene, const QPointF &scenePos)
{
    QToolTip::hideText();
    QGraphicsSceneHelpEvent event(QEvent::GraphicsSceneHelp);
    event.setScenePos(scenePos);
    event.setScreenPos(QPoint(100, 100));
    event.setWidget(scene->views().first()->viewport());
    QApplication::sendEvent(scene, &event);
    if (!event.isAccepted())
        return QString();
    QTextDocument text;
    text.setHtml(QToolTip::text());
    return text.toPlainText();
}

} // namespace

TEST(TopologySceneToolTips, cardsPortsAndArrowsTellWhatTheyAreWhenAsked)
{
    auto document = Topologist::Test::openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    SelectionModel selection;
    CanvasWidget canvas(Topologist::Test::bundledCatalog());
    canvas.resize(1200, 800);
    canvas.setDocument(document.get(), &selection);
    canvas.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&canvas));
    canvas.resetZoom();
    TopologyScene *scene = canvas.scene();

    const QList<RelationshipItem *> arrows = scene->relationshipItems();
    ASSERT_FALSE(arrows.isEmpty());
    RelationshipItem *arrow = arrows.first();
    NodeItem *source = arrow->sourceItem();
    ASSERT_NE(source, nullptr);

    // The card: its name and type.
    const QString card = toolTipAt(scene, source->mapToScene(QPointF(20, 20)));
    EXPECT_TRUE(card.contains(source->name())) << card.toStdString();
    EXPECT_TRUE(card.contains(source->content().type)) << card.toStdString();
    // Its requirement port: that requirement.
    const QString requirement = arrow->content().requirement;
    const QString port
        = toolTipAt(scene, source->mapToScene(source->requirementPortPosition(requirement)));
    EXPECT_TRUE(port.contains(requirement)) << port.toStdString();
    EXPECT_NE(port, card);
    // Nothing: no tooltip.
    EXPECT_TRUE(toolTipAt(scene, QPointF(-5000, -5000)).isEmpty());
}

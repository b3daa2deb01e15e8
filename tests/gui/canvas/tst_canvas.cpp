// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas driven like a user drives it (mouse, keys, drops on the real view), checked on
// the document: what it contains, what is on the undo stack, and that undo and redo restore
// the file byte for byte.
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/problembadgeitem.h"
#include "canvas/relationshipitem.h"
#include "canvas/renameeditor.h"
#include "canvas/topologyscene.h"
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "examplecanvas.h"
#include "mimetypes.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsView>
#include <QImage>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;
using Topologist::Test::ExampleCanvas;

namespace {

const QString marathonLB = QStringLiteral("org.alien4cloud.nodes.MarathonLB");
const QString mesosMaster = QStringLiteral("org.alien4cloud.nodes.MesosMaster");

/// A canvas showing one of the bundled examples, on screen (offscreen platform) at a fixed size.
class CanvasTest : public ::testing::Test
{
protected:
    void open(const QString &example) { show(std::make_unique<ExampleCanvas>(example, true)); }

    void show(std::unique_ptr<ExampleCanvas> example)
    {
        m_example = std::move(example);
        ASSERT_NE(m_example->document, nullptr);
        ASSERT_TRUE(m_example->exposed);
        document = m_example->document.get();
        canvas = m_example->canvas.get();
        selection = &m_example->selection;
        canvas->resetZoom();
        scene = canvas->scene();
        view = canvas->view();
        viewport = view->viewport();
    }

    void TearDown() override { m_example.reset(); }

    NodeItem *item(const QString &name) const
    {
        NodeItem *found = scene->nodeItem(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    /// The middle of a node's header, on screen (scrolled into view first).
    QPoint headerOf(const QString &name)
    {
        NodeItem *node = item(name);
        const QPointF at = node->mapToScene(QPointF(node->size().width() / 2, 30));
        view->centerOn(at);
        return view->mapFromScene(at);
    }

    QPoint onScreen(const QPointF &scenePos)
    {
        view->centerOn(scenePos);
        return view->mapFromScene(scenePos);
    }

    /// A visible point with nothing drawn on it.
    QPointF emptyScenePoint() const
    {
        const QRectF visible
            = view->mapToScene(viewport->rect().adjusted(20, 20, -20, -20)).boundingRect();
        for (qreal y = visible.top(); y < visible.bottom(); y += 20) {
            for (qreal x = visible.left(); x < visible.right(); x += 20) {
                const QRectF around(x - 30, y - 30, 60, 60);
                if (scene->items(around).isEmpty())
                    return QPointF(x, y);
            }
        }
        ADD_FAILURE() << "no empty spot on the canvas";
        return QPointF();
    }

    void mouse(QEvent::Type type,
               const QPoint &pos,
               Qt::MouseButton button,
               Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QMouseEvent event(
            type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
        QApplication::sendEvent(viewport, &event);
    }

    /// Press, move in steps, release: a real drag as the view receives it.
    void drag(const QPoint &from, const QPoint &to)
    {
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 6; ++i)
            mouse(QEvent::MouseMove, from + (to - from) * i / 6, Qt::NoButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    }

    void click(const QPoint &at)
    {
        mouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    }

    /// A palette drag entering the view and dropped at `scenePos`; true when accepted.
    bool dropType(const QString &type, const QPointF &scenePos, bool *moveAccepted = nullptr)
    {
        QMimeData mime;
        mime.setData(MimeTypes::nodeType(), type.toUtf8());
        const QPoint at = onScreen(scenePos);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        if (moveAccepted)
            *moveAccepted = move.isAccepted();
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        return drop.isAccepted();
    }

    /// Undo restores the serialized document byte for byte; redo gives back the edited one.
    void expectUndoRedoExact(const QByteArray &before)
    {
        const QByteArray after = document->serialize();
        ASSERT_NE(before, after) << "the edit changed nothing";
        document->undoStack()->undo();
        EXPECT_EQ(document->serialize(), before);
        document->undoStack()->redo();
        EXPECT_EQ(document->serialize(), after);
    }

    const RequirementAssignment *
    requirement(const QString &node, const QString &name, const QString &target = QString())
    {
        const NodeTemplate *n = document->topology().node(node);
        if (!n)
            return nullptr;
        for (const RequirementAssignment &r : n->requirements) {
            if (r.name == name && (target.isEmpty() || r.node == target))
                return &r;
        }
        return nullptr;
    }

    std::unique_ptr<ExampleCanvas> m_example;
    TopologyDocument *document = nullptr;
    CanvasWidget *canvas = nullptr;
    SelectionModel *selection = nullptr;
    TopologyScene *scene = nullptr;
    QGraphicsView *view = nullptr;
    QWidget *viewport = nullptr;
};

} // namespace

TEST_F(CanvasTest, dropTypeOnEmptyCanvasAddsNodeThere)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    const QPointF at = emptyScenePoint();
    ASSERT_TRUE(dropType(marathonLB, at));
    ASSERT_TRUE(document->topology().contains(QStringLiteral("MarathonLB_2")));
    const NodeTemplate *node = document->topology().node(QStringLiteral("MarathonLB_2"));
    EXPECT_EQ(node->type, marathonLB);
    ASSERT_TRUE(node->position.has_value());
    EXPECT_EQ(*node->position, QPointF(std::round(at.x()), std::round(at.y())));
    EXPECT_TRUE(node->requirements.isEmpty());
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    ASSERT_NE(scene->nodeItem(QStringLiteral("MarathonLB_2")), nullptr);
    EXPECT_EQ(scene->nodeItem(QStringLiteral("MarathonLB_2"))->pos(), *node->position);
    EXPECT_EQ(selection->selectedNodes(), QStringList{QStringLiteral("MarathonLB_2")});
    expectUndoRedoExact(before);
    document->undoStack()->undo();
    EXPECT_EQ(scene->nodeItem(QStringLiteral("MarathonLB_2")), nullptr);
}

TEST_F(CanvasTest, dropOntoCompatibleHostCreatesHostedOn)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    NodeItem *marathon = item(QStringLiteral("Marathon"));
    bool moveAccepted = false;
    ASSERT_TRUE(dropType(marathonLB,
                         marathon->mapToScene(QPointF(marathon->size().width() / 2, 20)),
                         &moveAccepted));
    EXPECT_TRUE(moveAccepted);
    const RequirementAssignment *host
        = requirement(QStringLiteral("MarathonLB_2"), QStringLiteral("host"));
    ASSERT_NE(host, nullptr);
    EXPECT_EQ(host->node, QStringLiteral("Marathon"));
    EXPECT_EQ(host->capability, QStringLiteral("org.alien4cloud.capabilities.MarathonHost"));
    EXPECT_EQ(host->relationship, QStringLiteral("tosca.relationships.HostedOn"));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    // Drawn inside its host.
    EXPECT_EQ(item(QStringLiteral("MarathonLB_2"))->hostItem(), item(QStringLiteral("Marathon")));
    expectUndoRedoExact(before);
}

TEST_F(CanvasTest, dropOntoIncompatibleHostIsRefusedWithReason)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    QSignalSpy messages(canvas, &CanvasWidget::statusMessage);
    NodeItem *marathon = item(QStringLiteral("Marathon"));
    bool moveAccepted = true;
    EXPECT_FALSE(dropType(mesosMaster,
                          marathon->mapToScene(QPointF(marathon->size().width() / 2, 20)),
                          &moveAccepted));
    EXPECT_FALSE(moveAccepted); // the cursor says no while hovering
    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_EQ(document->serialize(), before);
    EXPECT_FALSE(document->topology().contains(QStringLiteral("MesosMaster_2")));
    ASSERT_FALSE(messages.isEmpty());
    const QString reason = messages.last().first().toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("MesosMaster"))) << reason.toStdString();
    EXPECT_EQ(item(QStringLiteral("Marathon"))->dropState(), NodeItem::DropState::None);
}

TEST_F(CanvasTest, dragFromRequirementPortConnectsCompatibleTarget)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    ASSERT_EQ(requirement(QStringLiteral("MesosSlave_2"), QStringLiteral("dns_server")), nullptr);
    NodeItem *slave = item(QStringLiteral("MesosSlave_2"));
    const QPointF port
        = slave->mapToScene(slave->requirementPortPosition(QStringLiteral("dns_server")));
    canvas->setZoom(0.6);
    const QPoint from = onScreen(port);
    NodeItem *dns = item(QStringLiteral("MesosDNS"));
    const QPoint to = view->mapFromScene(dns->mapToScene(QPointF(dns->size().width() / 2, 20)));

    // While dragging, compatible nodes are highlighted and the others dimmed.
    mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseMove, from + QPoint(20, 10), Qt::NoButton, Qt::LeftButton);
    EXPECT_EQ(dns->dropState(), NodeItem::DropState::Candidate);
    EXPECT_EQ(item(QStringLiteral("DockerEngine"))->dropState(), NodeItem::DropState::Dimmed);
    mouse(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    EXPECT_EQ(dns->dropState(), NodeItem::DropState::Accept);
    mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);

    const RequirementAssignment *r
        = requirement(QStringLiteral("MesosSlave_2"), QStringLiteral("dns_server"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->node, QStringLiteral("MesosDNS"));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(item(QStringLiteral("DockerEngine"))->dropState(), NodeItem::DropState::None);
    const int index
        = int(document->topology().node(QStringLiteral("MesosSlave_2"))->requirements.size()) - 1;
    EXPECT_NE(scene->relationshipItem(QStringLiteral("MesosSlave_2"), index), nullptr);
    expectUndoRedoExact(before);
}

TEST_F(CanvasTest, aConnectionStartedWithoutPressingThePortConnectsLikeADrag)
{
    // At low zoom a port is too small to press; beginConnection starts the same drag.
    open(QStringLiteral("marathon"));
    canvas->setZoom(0.05);
    EXPECT_FALSE(
        scene->beginConnection(QStringLiteral("MesosSlave_2"), QStringLiteral("no_such_port")));
    EXPECT_FALSE(scene->cancelInteraction());
    ASSERT_TRUE(
        scene->beginConnection(QStringLiteral("MesosSlave_2"), QStringLiteral("dns_server")));
    NodeItem *dns = item(QStringLiteral("MesosDNS"));
    const QPoint to = view->mapFromScene(dns->mapToScene(QPointF(dns->size().width() / 2, 20)));
    mouse(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    EXPECT_EQ(dns->dropState(), NodeItem::DropState::Accept);
    mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    const RequirementAssignment *r
        = requirement(QStringLiteral("MesosSlave_2"), QStringLiteral("dns_server"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->node, QStringLiteral("MesosDNS"));
}

TEST_F(CanvasTest, dragFromRequirementPortToIncompatibleTargetIsRefused)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    QSignalSpy messages(canvas, &CanvasWidget::statusMessage);
    NodeItem *slave = item(QStringLiteral("MesosSlave_2"));
    const QPointF port
        = slave->mapToScene(slave->requirementPortPosition(QStringLiteral("dns_server")));
    canvas->setZoom(0.6);
    const QPoint from = onScreen(port);
    NodeItem *docker = item(QStringLiteral("DockerEngine_2"));
    const QPoint to
        = view->mapFromScene(docker->mapToScene(QPointF(docker->size().width() / 2, 20)));
    drag(from, to);
    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_EQ(document->serialize(), before);
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_FALSE(messages.last().first().toString().isEmpty());
    EXPECT_EQ(docker->dropState(), NodeItem::DropState::None);
}

TEST_F(CanvasTest, retargetRelationshipByDraggingItsHead)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    const NodeTemplate *slave = document->topology().node(QStringLiteral("MesosSlave"));
    int index = -1;
    for (int i = 0; i < slave->requirements.size(); ++i) {
        if (slave->requirements[i].name == QLatin1String("docker_cli"))
            index = i;
    }
    ASSERT_GE(index, 0);
    RelationshipItem *arrow = scene->relationshipItem(QStringLiteral("MesosSlave"), index);
    ASSERT_NE(arrow, nullptr);
    EXPECT_EQ(arrow->content().target, QStringLiteral("DockerEngine"));
    canvas->setZoom(0.5);
    const QPoint from = onScreen(arrow->endPoint() - QPointF(5, 0));
    NodeItem *other = item(QStringLiteral("DockerEngine_2"));
    const QPoint to = view->mapFromScene(other->mapToScene(QPointF(other->size().width() / 2, 20)));
    drag(from, to);
    EXPECT_EQ(document->topology().node(QStringLiteral("MesosSlave"))->requirements[index].node,
              QStringLiteral("DockerEngine_2"));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    expectUndoRedoExact(before);
}

TEST_F(CanvasTest, deleteSelectedRelationshipWithDeleteKey)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    const NodeTemplate *slave = document->topology().node(QStringLiteral("MesosSlave"));
    int index = -1;
    for (int i = 0; i < slave->requirements.size(); ++i) {
        if (slave->requirements[i].name == QLatin1String("dns_server"))
            index = i;
    }
    ASSERT_GE(index, 0);
    RelationshipItem *arrow = scene->relationshipItem(QStringLiteral("MesosSlave"), index);
    ASSERT_NE(arrow, nullptr);
    click(onScreen(arrow->labelRect().center()));
    ASSERT_TRUE(arrow->isSelected());
    EXPECT_TRUE(selection->selectedNodes().isEmpty());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_EQ(requirement(QStringLiteral("MesosSlave"), QStringLiteral("dns_server")), nullptr);
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_TRUE(document->topology().contains(QStringLiteral("MesosDNS")));
    expectUndoRedoExact(before);
}

TEST_F(CanvasTest, moveNodeIsOneUndoStepAndSavesPositions)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    NodeItem *master = item(QStringLiteral("MasterCompute"));
    const QPointF start = master->pos();
    const QPoint from = headerOf(QStringLiteral("MasterCompute"));
    drag(from, from + QPoint(120, 70));
    EXPECT_EQ(master->pos(), start + QPointF(120, 70));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(document->topology().node(QStringLiteral("MasterCompute"))->position, master->pos());
    const QByteArray saved = document->serialize();
    EXPECT_TRUE(saved.contains(QStringLiteral("MasterCompute %1 %2")
                                   .arg(master->pos().x())
                                   .arg(master->pos().y())
                                   .toUtf8()));
    // The other top-level nodes are saved where the canvas shows them.
    const QPointF slave = item(QStringLiteral("SlaveCompute"))->pos();
    EXPECT_TRUE(saved.contains(
        QStringLiteral("SlaveCompute %1 %2").arg(slave.x()).arg(slave.y()).toUtf8()));
    expectUndoRedoExact(before);
    document->undoStack()->undo();
    EXPECT_EQ(master->pos(), start);
    document->undoStack()->redo();

    // Arrow keys nudge; successive nudges are one step.
    click(headerOf(QStringLiteral("MasterCompute")));
    ASSERT_EQ(selection->selectedNodes(), QStringList{QStringLiteral("MasterCompute")});
    const QPointF moved = master->pos();
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(master->pos(), moved + QPointF(20, 1));
    EXPECT_EQ(document->undoStack()->count(), steps + 2);
    EXPECT_EQ(document->topology().node(QStringLiteral("MasterCompute"))->position,
              moved + QPointF(20, 1));
}

TEST_F(CanvasTest, draggingACardOutOfAnArrowsWayLetsItGoStraight)
{
    open(QStringLiteral("marathon"));
    // The first agent's arrow to the master goes around the second agent's machine.
    RelationshipItem *arrow = nullptr;
    for (RelationshipItem *r : item(QStringLiteral("MesosSlave"))->outgoing())
        arrow = r->content().requirement == QLatin1String("master") ? r : arrow;
    ASSERT_NE(arrow, nullptr);
    ASSERT_TRUE(arrow->isRouted());
    NodeItem *inTheWay = item(QStringLiteral("SlaveCompute_2"));
    const QPoint from = headerOf(inTheWay->name());
    const int down = int(inTheWay->size().height()) + 400;
    drag(from, from + QPoint(0, down));
    ASSERT_EQ(document->topology().node(inTheWay->name())->position,
              std::optional<QPointF>(inTheWay->pos()));
    EXPECT_FALSE(arrow->isRouted()) << "nothing is in its way any more";
    const QPoint back = headerOf(inTheWay->name());
    drag(back, back - QPoint(0, down));
    EXPECT_TRUE(arrow->isRouted());
}

TEST_F(CanvasTest, dragHostedNodeToAnotherHostAndOffItsHost)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    canvas->setZoom(0.5);
    NodeItem *target = item(QStringLiteral("SlaveCompute_2"));
    const QPointF targetHeader = target->mapToScene(QPointF(target->size().width() / 2, 20));
    const QPoint from = headerOf(QStringLiteral("DockerEngine"));
    const QPoint to = view->mapFromScene(targetHeader);
    drag(from, to);
    EXPECT_EQ(requirement(QStringLiteral("DockerEngine"), QStringLiteral("host"))->node,
              QStringLiteral("SlaveCompute_2"));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(item(QStringLiteral("DockerEngine"))->hostItem(),
              item(QStringLiteral("SlaveCompute_2")));
    expectUndoRedoExact(before);

    // Onto the empty canvas: no host any more, placed where dropped, one step.
    document->undoStack()->undo();
    const QByteArray original = document->serialize();
    const QPointF empty = emptyScenePoint();
    const QPoint start = headerOf(QStringLiteral("DockerEngine"));
    NodeItem *docker = item(QStringLiteral("DockerEngine"));
    const QPointF grab = view->mapToScene(start) - docker->scenePos();
    drag(start, view->mapFromScene(empty));
    EXPECT_EQ(requirement(QStringLiteral("DockerEngine"), QStringLiteral("host")), nullptr);
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(item(QStringLiteral("DockerEngine"))->hostItem(), nullptr);
    const QPointF dropped = view->mapToScene(view->mapFromScene(empty)) - grab;
    const QPointF saved = *document->topology().node(QStringLiteral("DockerEngine"))->position;
    EXPECT_NEAR(saved.x(), dropped.x(), 1.0);
    EXPECT_NEAR(saved.y(), dropped.y(), 1.0);
    expectUndoRedoExact(original);
}

TEST_F(CanvasTest, aNodeHostedThroughARelationshipTemplateIsMovedToItsNewHost)
{
    // `relationship:` may name a relationship template of the topology: the drag must find
    // that requirement as the node's host, and move it, not add a second one.
    const QByteArray yaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                            "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                            "topology_template:\n  node_templates:\n"
                            "    MachineA:\n      type: tosca.nodes.Compute\n"
                            "    MachineB:\n      type: tosca.nodes.Compute\n"
                            "    App:\n      type: tosca.nodes.SoftwareComponent\n"
                            "      requirements:\n        - host:\n"
                            "            node: MachineA\n"
                            "            relationship: app_on_machine\n"
                            "  relationship_templates:\n    app_on_machine:\n"
                            "      type: tosca.relationships.HostedOn\n";
    Diagnostics diagnostics;
    auto opened = TopologyDocument::fromBytes(
        yaml, QStringLiteral("templates.yml"), Topologist::Test::bundledCatalog(), &diagnostics);
    ASSERT_NE(opened, nullptr);
    show(std::make_unique<ExampleCanvas>(std::move(opened), true));
    ASSERT_EQ(item(QStringLiteral("App"))->hostItem(), item(QStringLiteral("MachineA")));
    canvas->setZoom(0.5);
    NodeItem *machine = item(QStringLiteral("MachineB"));
    const QPointF header = machine->mapToScene(QPointF(machine->size().width() / 2, 20));
    drag(headerOf(QStringLiteral("App")), view->mapFromScene(header));

    const NodeTemplate *app = document->topology().node(QStringLiteral("App"));
    ASSERT_NE(app, nullptr);
    ASSERT_EQ(app->requirements.size(), 1);
    EXPECT_EQ(app->requirements.first().node, QStringLiteral("MachineB"));
    EXPECT_EQ(app->requirements.first().relationship, QStringLiteral("app_on_machine"));
    EXPECT_EQ(item(QStringLiteral("App"))->hostItem(), machine);
}

TEST_F(CanvasTest, aLoneTopLevelNodeDroppedOnAMachineGetsHosted)
{
    open(QStringLiteral("marathon"));
    canvas->setZoom(0.5);
    // DockerEngine off its host first: a top-level node that gets hosted.
    drag(headerOf(QStringLiteral("DockerEngine")), view->mapFromScene(emptyScenePoint()));
    ASSERT_EQ(item(QStringLiteral("DockerEngine"))->hostItem(), nullptr);
    const int steps = document->undoStack()->count();

    NodeItem *machine = item(QStringLiteral("SlaveCompute_2"));
    const QPointF header = machine->mapToScene(QPointF(machine->size().width() / 2, 20));
    drag(headerOf(QStringLiteral("DockerEngine")), view->mapFromScene(header));
    const RequirementAssignment *host
        = requirement(QStringLiteral("DockerEngine"), QStringLiteral("host"));
    ASSERT_NE(host, nullptr);
    EXPECT_EQ(host->node, QStringLiteral("SlaveCompute_2"));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(item(QStringLiteral("DockerEngine"))->hostItem(), machine);
    EXPECT_EQ(machine->dropState(), NodeItem::DropState::None);
}

TEST_F(CanvasTest, escapeDuringADragPutsEverythingBack)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    canvas->setZoom(0.5);

    // Moving a top-level node.
    NodeItem *master = item(QStringLiteral("MasterCompute"));
    const QPointF start = master->pos();
    const QPoint from = headerOf(QStringLiteral("MasterCompute"));
    mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseMove, from + QPoint(40, 30), Qt::NoButton, Qt::LeftButton);
    mouse(QEvent::MouseMove, from + QPoint(80, 60), Qt::NoButton, Qt::LeftButton);
    ASSERT_NE(master->pos(), start);
    QTest::keyClick(view, Qt::Key_Escape);
    EXPECT_EQ(master->pos(), start);
    mouse(QEvent::MouseButtonRelease, from + QPoint(80, 60), Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(master->pos(), start);

    // Connecting: the line and the highlights go.
    NodeItem *slave = item(QStringLiteral("MesosSlave_2"));
    const QPoint port
        = onScreen(slave->mapToScene(slave->requirementPortPosition(QStringLiteral("dns_server"))));
    const int itemsBefore = int(scene->items().size());
    mouse(QEvent::MouseButtonPress, port, Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseMove, port + QPoint(20, 10), Qt::NoButton, Qt::LeftButton);
    EXPECT_EQ(item(QStringLiteral("MesosDNS"))->dropState(), NodeItem::DropState::Candidate);
    EXPECT_EQ(int(scene->items().size()), itemsBefore + 1); // the line being drawn
    QTest::keyClick(view, Qt::Key_Escape);
    mouse(QEvent::MouseButtonRelease, port + QPoint(20, 10), Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(item(QStringLiteral("MesosDNS"))->dropState(), NodeItem::DropState::None);
    EXPECT_EQ(int(scene->items().size()), itemsBefore);

    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_EQ(document->serialize(), before);
}

TEST_F(CanvasTest, renameInPlace)
{
    open(QStringLiteral("marathon"));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    QSignalSpy messages(canvas, &CanvasWidget::statusMessage);

    // Double-click on the name opens the editor.
    const QPoint at = headerOf(QStringLiteral("Marathon"));
    click(at);
    mouse(QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    RenameEditor *editor = canvas->renameEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("Marathon"));

    // An invalid name is refused with the reason and the editor stays open.
    editor->setText(QStringLiteral("bad name!"));
    QTest::keyClick(editor, Qt::Key_Return);
    EXPECT_EQ(canvas->renameEditor(), editor);
    EXPECT_EQ(document->undoStack()->count(), steps);
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().first().toString().contains(QStringLiteral("bad name!")));
    editor->setText(QStringLiteral("MesosDNS"));
    QTest::keyClick(editor, Qt::Key_Return);
    EXPECT_TRUE(messages.last().first().toString().contains(QStringLiteral("already exists")));
    EXPECT_EQ(document->undoStack()->count(), steps);

    // Escape cancels.
    QTest::keyClick(editor, Qt::Key_Escape);
    QCoreApplication::processEvents();
    EXPECT_EQ(canvas->renameEditor(), nullptr);
    EXPECT_EQ(document->serialize(), before);

    // F2 on the selected node, Enter commits.
    selection->setSelectedNodes({QStringLiteral("Marathon")});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    editor = canvas->renameEditor();
    ASSERT_NE(editor, nullptr);
    editor->setText(QStringLiteral("MarathonFramework"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(canvas->renameEditor(), nullptr);
    EXPECT_TRUE(document->topology().contains(QStringLiteral("MarathonFramework")));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(selection->selectedNodes(), QStringList{QStringLiteral("MarathonFramework")});
    ASSERT_NE(scene->nodeItem(QStringLiteral("MarathonFramework")), nullptr);
    EXPECT_EQ(scene->nodeItem(QStringLiteral("Marathon")), nullptr);
    // Its hosted node and incoming arrow follow the rename.
    EXPECT_EQ(item(QStringLiteral("MarathonLB"))->hostItem(),
              item(QStringLiteral("MarathonFramework")));
    expectUndoRedoExact(before);
}

TEST_F(CanvasTest, aRenamedNodeKeepsItsCardAndItsArrows)
{
    // The card is renamed, not replaced: a new item would leave and enter the scene's index,
    // which costs in proportion to the scene.
    open(QStringLiteral("marathon"));
    NodeItem *card = item(QStringLiteral("MesosMaster"));
    NodeItem *hosted = item(QStringLiteral("Marathon"));
    const qsizetype arrowsIn = card->incoming().size();
    ASSERT_GT(arrowsIn, 0);
    DocumentActions actions(document);
    ASSERT_TRUE(actions.renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Master")));
    scene->flush();
    EXPECT_EQ(scene->nodeItem(QStringLiteral("Master")), card);
    EXPECT_EQ(scene->nodeItem(QStringLiteral("MesosMaster")), nullptr);
    EXPECT_EQ(card->name(), QStringLiteral("Master"));
    EXPECT_EQ(item(QStringLiteral("Marathon")), hosted);
    EXPECT_EQ(hosted->hostItem(), card);
    EXPECT_EQ(card->incoming().size(), arrowsIn);
    for (const RelationshipItem *arrow : card->incoming())
        EXPECT_EQ(arrow->content().target, QStringLiteral("Master"));
    document->undoStack()->undo();
    scene->flush();
    EXPECT_EQ(scene->nodeItem(QStringLiteral("MesosMaster")), card);
    EXPECT_EQ(card->name(), QStringLiteral("MesosMaster"));
}

TEST_F(CanvasTest, sceneFollowsChangesMadeElsewhere)
{
    open(QStringLiteral("marathon"));
    DocumentActions actions(document);

    // Undo of an add removes the item.
    const QString added = actions.addNode(marathonLB, QPointF(10, 10), QStringLiteral("Marathon"));
    ASSERT_FALSE(added.isEmpty());
    ASSERT_NE(scene->nodeItem(added), nullptr);
    document->undoStack()->undo();
    EXPECT_EQ(scene->nodeItem(added), nullptr);

    // Renaming or deleting (and undoing) a node of a file without layout keeps its place.
    const QPointF slavePlace = item(QStringLiteral("SlaveCompute"))->pos();
    ASSERT_TRUE(actions.renameNode(QStringLiteral("SlaveCompute"), QStringLiteral("Agents")));
    EXPECT_EQ(item(QStringLiteral("Agents"))->pos(), slavePlace);
    document->undoStack()->undo();
    EXPECT_EQ(item(QStringLiteral("SlaveCompute"))->pos(), slavePlace);
    const QPointF masterPlace = item(QStringLiteral("MasterCompute"))->pos();
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("MasterCompute")}));
    EXPECT_EQ(scene->nodeItem(QStringLiteral("MesosMaster")), nullptr);
    document->undoStack()->undo();
    EXPECT_EQ(item(QStringLiteral("MasterCompute"))->pos(), masterPlace);
    EXPECT_EQ(item(QStringLiteral("Marathon"))->hostItem(), item(QStringLiteral("MesosMaster")));
    EXPECT_EQ(item(QStringLiteral("MesosMaster"))->hostItem(),
              item(QStringLiteral("MasterCompute")));
    EXPECT_FALSE(document->isModified());

    // A change of scalable updates the instance count.
    NodeItem *slaves = item(QStringLiteral("SlaveCompute"));
    EXPECT_EQ(slaves->content().minInstances, QStringLiteral("1"));
    EXPECT_EQ(slaves->content().defaultInstances, QStringLiteral("5"));
    EXPECT_EQ(slaves->content().maxInstances, QStringLiteral("100"));
    ASSERT_TRUE(actions.setCapabilityProperty(QStringLiteral("SlaveCompute"),
                                              QStringLiteral("scalable"),
                                              QStringLiteral("default_instances"),
                                              Value::scalar(QStringLiteral("7"))));
    EXPECT_EQ(slaves->content().defaultInstances, QStringLiteral("7"));
    EXPECT_EQ(slaves->content().instances, 7);
    // Effective values include the type's defaults.
    ASSERT_TRUE(actions.removeCapabilityProperty(QStringLiteral("SlaveCompute"),
                                                 QStringLiteral("scalable"),
                                                 QStringLiteral("max_instances")));
    EXPECT_FALSE(slaves->content().maxInstances.isEmpty());

    // problemsChanged updates the badges.
    EXPECT_EQ(item(QStringLiteral("SlaveCompute_2"))->problemBadge(), nullptr);
    ASSERT_TRUE(actions.setCapabilityProperty(QStringLiteral("SlaveCompute_2"),
                                              QStringLiteral("scalable"),
                                              QStringLiteral("default_instances"),
                                              Value::scalar(QStringLiteral("9"))));
    ASSERT_FALSE(document->problemsOf(QStringLiteral("SlaveCompute_2")).isEmpty());
    ProblemBadgeItem *badge = item(QStringLiteral("SlaveCompute_2"))->problemBadge();
    ASSERT_NE(badge, nullptr);
    EXPECT_FALSE(badge->toolTip().isEmpty());

    // Its menu offers the quick fixes; applying one is an undoable edit that clears the badge.
    std::unique_ptr<QMenu> menu(scene->problemMenu(QStringLiteral("SlaveCompute_2"), -1, nullptr));
    QAction *fix = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->isEnabled()
            && action->text().startsWith(QStringLiteral("Set default_instances")))
            fix = action;
    }
    ASSERT_NE(fix, nullptr);
    const int steps = document->undoStack()->count();
    fix->trigger();
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(item(QStringLiteral("SlaveCompute_2"))->problemBadge(), nullptr);
    document->undoStack()->undo();
    EXPECT_NE(item(QStringLiteral("SlaveCompute_2"))->problemBadge(), nullptr);

    // Clicking the badge opens that menu.
    badge = item(QStringLiteral("SlaveCompute_2"))->problemBadge();
    click(onScreen(badge->scenePos()));
    QMenu *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_NE(popup, nullptr);
    EXPECT_FALSE(popup->actions().isEmpty());
    popup->close();
}

TEST_F(CanvasTest, fileWithoutLayoutIsLaidOutWithoutBecomingModified)
{
    open(QStringLiteral("mesos-ha"));
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(document->undoStack()->count(), 0);
    for (const NodeTemplate &node : document->topology().nodes())
        EXPECT_FALSE(node.position.has_value());
    const QList<NodeItem *> roots = scene->rootItems();
    ASSERT_GE(roots.size(), 2);
    for (int i = 0; i < roots.size(); ++i) {
        for (int j = i + 1; j < roots.size(); ++j) {
            EXPECT_FALSE(roots[i]->sceneBoundingRect().intersects(roots[j]->sceneBoundingRect()))
                << roots[i]->name().toStdString() << " overlaps " << roots[j]->name().toStdString();
        }
    }
}

TEST_F(CanvasTest, autoLayoutLeavesNoOverlapsInOneStep)
{
    open(QStringLiteral("marathon"));
    // Pile everything up, then lay out.
    DocumentActions actions(document);
    QHash<QString, QPointF> pile;
    for (NodeItem *root : scene->rootItems())
        pile.insert(root->name(), QPointF(100, 100));
    ASSERT_TRUE(actions.placeNodes(pile));
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    canvas->autoLayout();
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    const QList<NodeItem *> roots = scene->rootItems();
    for (int i = 0; i < roots.size(); ++i) {
        for (int j = i + 1; j < roots.size(); ++j)
            EXPECT_FALSE(roots[i]->sceneBoundingRect().intersects(roots[j]->sceneBoundingRect()));
    }
    expectUndoRedoExact(before);
}

TEST_F(CanvasTest, selectionFollowsTheModelBothWays)
{
    open(QStringLiteral("marathon"));
    selection->setSelectedNodes({QStringLiteral("MesosMaster"), QStringLiteral("DockerEngine")});
    EXPECT_TRUE(item(QStringLiteral("MesosMaster"))->isSelected());
    EXPECT_TRUE(item(QStringLiteral("DockerEngine"))->isSelected());
    click(headerOf(QStringLiteral("SlaveCompute")));
    EXPECT_EQ(selection->selectedNodes(), QStringList{QStringLiteral("SlaveCompute")});
    const QPoint other = headerOf(QStringLiteral("MasterCompute"));
    mouse(QEvent::MouseButtonPress, other, Qt::LeftButton, Qt::LeftButton, Qt::ControlModifier);
    mouse(QEvent::MouseButtonRelease, other, Qt::LeftButton, Qt::NoButton, Qt::ControlModifier);
    EXPECT_EQ(selection->selectedNodes(),
              (QStringList{QStringLiteral("SlaveCompute"), QStringLiteral("MasterCompute")}));
}

TEST_F(CanvasTest, exportPngAndSvg)
{
    open(QStringLiteral("marathon"));
    selection->setSelectedNodes({QStringLiteral("MesosMaster")});
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("diagram.png"));
    ASSERT_TRUE(canvas->exportImage(png, &error)) << error.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    const QRectF diagram = scene->diagramRect();
    EXPECT_GE(image.width(), diagram.width());
    EXPECT_GE(image.height(), diagram.height());
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white));
    // Exporting does not change the selection.
    EXPECT_TRUE(item(QStringLiteral("MesosMaster"))->isSelected());

    const QString svg = dir.filePath(QStringLiteral("diagram.svg"));
    ASSERT_TRUE(canvas->exportImage(svg, &error)) << error.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_GT(bytes.size(), 1000);
    QXmlStreamReader xml(bytes);
    QString root;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty())
            root = xml.name().toString();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg"));
    EXPECT_TRUE(bytes.contains("Marathon"));

    EXPECT_FALSE(canvas->exportImage(dir.filePath(QStringLiteral("diagram.bmp")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(CanvasTest, zoomControls)
{
    open(QStringLiteral("marathon"));
    QSignalSpy zooms(canvas, &CanvasWidget::zoomChanged);
    canvas->zoomIn();
    EXPECT_NEAR(canvas->zoom(), 1.25, 1e-9);
    canvas->zoomOut();
    EXPECT_NEAR(canvas->zoom(), 1.0, 1e-9);
    canvas->setZoom(0.3);
    canvas->resetZoom();
    EXPECT_NEAR(canvas->zoom(), 1.0, 1e-9);
    EXPECT_GE(zooms.size(), 4);
    canvas->zoomToFit();
    const QRectF visible = view->mapToScene(viewport->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(scene->diagramRect()));
    // Ctrl+wheel zooms around the cursor: the point under it stays put.
    canvas->resetZoom();
    const QPoint at(300, 200);
    const QPointF under = view->mapToScene(at);
    QWheelEvent wheel(QPointF(at),
                      viewport->mapToGlobal(QPointF(at)),
                      QPoint(),
                      QPoint(0, 120),
                      Qt::NoButton,
                      Qt::ControlModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(viewport, &wheel);
    EXPECT_NEAR(canvas->zoom(), 1.2, 1e-9);
    EXPECT_LT(QLineF(view->mapToScene(at), under).length(), 2.0);
}

TEST_F(CanvasTest, aRenamedNodeStaysSelectedAndInPlaceThroughUndoAndRedo)
{
    open(QStringLiteral("marathon"));
    selection->setSelectedNodes({QStringLiteral("MasterCompute")});
    const QPointF place = item(QStringLiteral("MasterCompute"))->scenePos();
    ASSERT_TRUE(DocumentActions(document).renameNode(QStringLiteral("MasterCompute"),
                                                     QStringLiteral("Controller")));
    EXPECT_EQ(selection->selectedNodes(), QStringList{QStringLiteral("Controller")});
    EXPECT_TRUE(item(QStringLiteral("Controller"))->isSelected());
    EXPECT_EQ(item(QStringLiteral("Controller"))->scenePos(), place);

    document->undoStack()->undo();
    EXPECT_EQ(selection->selectedNodes(), QStringList{QStringLiteral("MasterCompute")});
    EXPECT_TRUE(item(QStringLiteral("MasterCompute"))->isSelected());
    EXPECT_EQ(item(QStringLiteral("MasterCompute"))->scenePos(), place);

    document->undoStack()->redo();
    EXPECT_EQ(selection->selectedNodes(), QStringList{QStringLiteral("Controller")});
    EXPECT_TRUE(item(QStringLiteral("Controller"))->isSelected());
}

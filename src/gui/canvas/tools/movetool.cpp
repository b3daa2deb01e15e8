// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/tools/movetool.h"

#include "canvas/canvasstyle.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "topologydocument.h"
#include "types/hosting.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>

namespace Topologist {

MoveTool::MoveTool(TopologyScene &scene)
    : CanvasTool(scene)
    , m_verdicts(scene)
{}

void MoveTool::press(NodeItem *node, const QPointF &scenePos)
{
    m_mode = Mode::Pending;
    m_pressed = node;
    m_pressPos = scenePos;
}

bool MoveTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    if (m_mode == Mode::Pending) {
        if (QLineF(event->scenePos(), m_pressPos).length() * scene().viewScale()
            < QApplication::startDragDistance())
            return true;
        begin();
    }
    if (m_mode == Mode::MoveRoots)
        moveRoots(event->scenePos());
    else if (m_mode == Mode::MoveHosted)
        moveHosted(event->scenePos());
    return true;
}

bool MoveTool::mouseReleased(QGraphicsSceneMouseEvent *event)
{
    if (m_mode == Mode::MoveRoots)
        finishMoveRoots(event->scenePos());
    else if (m_mode == Mode::MoveHosted)
        finishMoveHosted(event->scenePos());
    m_mode = Mode::None;
    return false; // a click selects; a drag ends the scene's own mouse handling too
}

void MoveTool::begin()
{
    NodeItem *node = m_pressed;
    if (!node) {
        m_mode = Mode::None;
        return;
    }
    m_verdicts.reset();
    m_source = node->name();
    if (node->hostItem())
        beginMoveHosted(node);
    else
        beginMoveRoots(node);
}

void MoveTool::beginMoveRoots(NodeItem *node)
{
    m_mode = Mode::MoveRoots;
    m_moveStart.clear();
    for (QGraphicsItem *item : scene().selectedItems()) {
        if (item->type() == NodeItem::Type && !item->parentItem())
            m_moveStart.insert(static_cast<NodeItem *>(item)->name(), item->pos());
    }
    m_moveStart.insert(node->name(), node->pos());
    scene().cardsLeave(m_moveStart.keys());
    // A lone software node dropped onto a machine gets hosted there.
    m_requirement.clear();
    m_index = -1;
    if (m_moveStart.size() == 1)
        findHostingRequirement();
    scene().overviewChanged(); // the moving cards leave the overview's picture
}

void MoveTool::beginMoveHosted(NodeItem *node)
{
    m_mode = Mode::MoveHosted;
    findHostingRequirement();
    m_ghostOffset = m_pressPos - node->scenePos();
    m_ghost = new QGraphicsPathItem;
    QPainterPath outline;
    outline.addRoundedRect(node->rect(), CanvasStyle::cornerRadius, CanvasStyle::cornerRadius);
    m_ghost->setPath(outline);
    QColor fill = CanvasStyle::selection();
    fill.setAlpha(28);
    m_ghost->setBrush(fill);
    QPen pen(CanvasStyle::selection(), 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_ghost->setPen(pen);
    m_ghost->setZValue(100);
    m_ghost->setPos(node->scenePos());
    scene().addItem(m_ghost);
    node->setOpacity(0.45);
}

void MoveTool::findHostingRequirement()
{
    m_requirement.clear();
    m_index = -1;
    const TopologyDocument *document = scene().document();
    const NodeTemplate *node = document->topology().node(m_source);
    if (!node)
        return;
    const Hosting hosting(document->types(), &document->topology());
    m_index = hosting.hostingRequirement(*node);
    if (m_index >= 0)
        m_requirement = node->requirements[m_index].name;
    else if (const RequirementDefinition *definition = hosting.hostingDefinition(node->type))
        m_requirement = definition->name;
}

QString MoveTool::hostVerdict(NodeItem *target)
{
    if (m_requirement.isEmpty())
        return tr("%1 is not something that gets hosted").arg(m_source);
    return m_verdicts.verdict(target->name(), [this](const QString &node) {
        return whyNotConnect(m_source, m_requirement, m_index, node);
    });
}

void MoveTool::moveRoots(const QPointF &scenePos)
{
    const QPointF delta = scenePos - m_pressPos;
    for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
        if (NodeItem *item = scene().nodeItem(it.key())) {
            item->setPos(it.value() + delta);
            scene().updateRelationshipsOf(item);
        }
    }
    if (m_requirement.isEmpty() || !m_pressed)
        return;
    NodeItem *target = scene().nodeAt(scenePos, m_pressed);
    if (target && hostVerdict(target).isEmpty()) {
        m_verdicts.hover(target, NodeItem::DropState::Accept);
        emit statusMessage(tr("Release to host %1 on %2").arg(m_source, target->name()));
    } else {
        m_verdicts.hover(nullptr, NodeItem::DropState::None);
    }
}

void MoveTool::moveHosted(const QPointF &scenePos)
{
    if (m_ghost)
        m_ghost->setPos(scenePos - m_ghostOffset);
    NodeItem *pressed = m_pressed;
    NodeItem *target = pressed ? scene().nodeAt(scenePos, pressed) : nullptr;
    if (!target) {
        m_verdicts.hover(nullptr, NodeItem::DropState::None);
        emit statusMessage(tr("Release to take %1 off its host").arg(m_source));
        return;
    }
    if (pressed->hostItem() == target) {
        m_verdicts.hover(nullptr, NodeItem::DropState::None);
        emit statusMessage(tr("%1 is hosted on %2").arg(m_source, target->name()));
        return;
    }
    const QString why = hostVerdict(target);
    m_verdicts.hover(target,
                     why.isEmpty() ? NodeItem::DropState::Accept : NodeItem::DropState::Refuse);
    emit statusMessage(why.isEmpty() ? tr("Release to host %1 on %2").arg(m_source, target->name())
                                     : why);
}

void MoveTool::finishMoveRoots(const QPointF &scenePos)
{
    NodeItem *target = m_pressed ? scene().nodeAt(scenePos, m_pressed) : nullptr;
    const bool hostOk = target && hostVerdict(target).isEmpty();
    QHash<QString, QPointF> positions;
    for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
        if (NodeItem *item = scene().nodeItem(it.key()))
            positions.insert(it.key(), item->pos());
    }
    m_verdicts.reset();
    m_mode = Mode::None;
    m_moveStart.clear();
    scene().overviewChanged(); // back in the picture, wherever the document puts them
    QString error;
    if (!m_requirement.isEmpty() && hostOk
        && actions()->connect(m_source, m_requirement, target->name(), &error)) {
        emit statusMessage(tr("%1 is now hosted on %2").arg(m_source, target->name()));
        return;
    }
    scene().edits().commitRootPositions(positions, false);
}

void MoveTool::finishMoveHosted(const QPointF &scenePos)
{
    NodeItem *pressed = m_pressed;
    NodeItem *target = pressed ? scene().nodeAt(scenePos, pressed) : nullptr;
    const QString why = target ? hostVerdict(target) : QString();
    const QString currentHost
        = pressed && pressed->hostItem() ? pressed->hostItem()->name() : QString();
    const QPointF topLeft = scenePos - m_ghostOffset;
    scene().cancelInteraction();
    if (!target) {
        takeOffHost(currentHost, topLeft);
        return;
    }
    if (target->name() == currentHost)
        return;
    if (!why.isEmpty()) {
        refuse(why, scenePos);
        return;
    }
    QString error;
    if (!actions()->retarget(m_source, m_index, target->name(), &error)) {
        refuse(error, scenePos);
        return;
    }
    emit statusMessage(tr("%1 is now hosted on %2").arg(m_source, target->name()));
}

void MoveTool::takeOffHost(const QString &host, const QPointF &topLeft)
{
    if (m_index < 0)
        return;
    // Onto the empty canvas: off its host, placed where it was dropped, as one undo step.
    QUndoStack *stack = scene().document()->undoStack();
    stack->beginMacro(tr("Take %1 off %2").arg(m_source, host));
    actions()->disconnect(m_source, m_index);
    scene().flush();
    QHash<QString, QPointF> positions;
    positions.insert(m_source, topLeft);
    scene().edits().commitRootPositions(positions, false);
    stack->endMacro();
    emit statusMessage(tr("%1 is no longer hosted on %2").arg(m_source, host));
}

QList<NodeItem *> MoveTool::movingNodes() const
{
    QList<NodeItem *> moving;
    if (m_mode != Mode::MoveRoots)
        return moving;
    for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
        if (NodeItem *item = scene().nodeItem(it.key()))
            moving.append(item);
    }
    return moving;
}

QList<QGraphicsItem *> MoveTool::items() const
{
    return m_ghost ? QList<QGraphicsItem *>{m_ghost} : QList<QGraphicsItem *>();
}

bool MoveTool::cancel()
{
    const Mode mode = std::exchange(m_mode, Mode::None);
    if (mode == Mode::MoveRoots) {
        for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
            if (NodeItem *item = scene().nodeItem(it.key())) {
                item->setPos(it.value());
                scene().updateRelationshipsOf(item);
            }
        }
    }
    m_moveStart.clear();
    if (m_pressed && mode == Mode::MoveHosted)
        m_pressed->setOpacity(1.0);
    if (m_ghost) {
        scene().removeItem(m_ghost);
        delete m_ghost;
        m_ghost = nullptr;
    }
    if (mode == Mode::MoveRoots)
        scene().overviewChanged(); // back in the overview's picture
    const bool shown = m_verdicts.reset();
    return (mode != Mode::None && mode != Mode::Pending) || shown;
}

} // namespace Topologist

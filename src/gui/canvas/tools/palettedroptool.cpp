// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/tools/palettedroptool.h"

#include "canvas/nodeitem.h"
#include "canvas/rootplacement.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "selectionmodel.h"
#include "topologydocument.h"
#include "types/typenames.h"

namespace Topologist {

PaletteDropTool::PaletteDropTool(TopologyScene &scene)
    : CanvasTool(scene)
    , m_verdicts(scene)
{}

PaletteDropTool::Target
PaletteDropTool::dragMove(const QString &nodeType, const QPointF &scenePos, QString *reason)
{
    if (!actions())
        return Target::Refused;
    if (m_type != nodeType) {
        dragLeave();
        m_type = nodeType;
    }
    NodeItem *target = scene().nodeAt(scenePos);
    if (!target) {
        m_verdicts.hover(nullptr, NodeItem::DropState::None);
        return Target::Canvas;
    }
    const QString why = m_verdicts.verdict(
        target->name(), [&](const QString &host) { return hostVerdict(nodeType, host); });
    m_verdicts.hover(target,
                     why.isEmpty() ? NodeItem::DropState::Accept : NodeItem::DropState::Refuse);
    if (reason)
        *reason = why;
    return why.isEmpty() ? Target::Host : Target::Refused;
}

void PaletteDropTool::dragLeave()
{
    m_verdicts.reset();
    m_type.clear();
}

QString PaletteDropTool::drop(const QString &nodeType, const QPointF &scenePos, QString *reason)
{
    NodeItem *target = scene().nodeAt(scenePos);
    dragLeave();
    if (!actions())
        return QString();
    QString error;
    const QString name = target ? addHosted(nodeType, scenePos, target, &error)
                                : addOnCanvas(nodeType, scenePos, &error);
    if (name.isEmpty()) {
        if (error.isEmpty())
            error = tr("Cannot add %1").arg(TypeNames::shortName(nodeType));
        if (reason)
            *reason = error;
        refuse(error, scenePos);
        return QString();
    }
    scene().flush();
    if (SelectionModel *selection = scene().selectionModel())
        selection->setSelectedNodes({name});
    emit statusMessage(target ? tr("Added %1 on %2").arg(name, target->name())
                              : tr("Added %1").arg(name));
    return name;
}

QString PaletteDropTool::hostVerdict(const QString &nodeType, const QString &host) const
{
    QString why;
    if (!actions()->canHostType(nodeType, host, &why) && why.isEmpty())
        why = tr("%1 cannot host %2").arg(host, TypeNames::shortName(nodeType));
    return why;
}

QString PaletteDropTool::addHosted(const QString &nodeType,
                                   const QPointF &scenePos,
                                   NodeItem *host,
                                   QString *error) const
{
    *error = hostVerdict(nodeType, host->name());
    if (!error->isEmpty())
        return QString();
    return actions()->addNode(nodeType, RootPlacement::rounded(scenePos), host->name(), error);
}

QString
PaletteDropTool::addOnCanvas(const QString &nodeType, const QPointF &scenePos, QString *error) const
{
    QHash<QString, QPointF> pending;
    for (NodeItem *root : scene().rootItems()) {
        if (!scene().hasSavedPosition(root->name()))
            pending.insert(root->name(), RootPlacement::rounded(root->pos()));
    }
    if (pending.isEmpty())
        return actions()->addNode(nodeType, RootPlacement::rounded(scenePos), QString(), error);
    TopologyDocument *document = scene().document();
    if (!document->types().contains(TypeKind::Node, nodeType)
        && !document->archiveDeclaring(nodeType)) {
        *error = tr("no archive of the type library declares %1").arg(nodeType);
        return QString();
    }
    // The first node placed by hand also saves where the automatic layout put the others.
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Add %1").arg(TypeNames::shortName(nodeType)));
    const QString name
        = actions()->addNode(nodeType, RootPlacement::rounded(scenePos), QString(), error);
    if (!name.isEmpty())
        actions()->placeNodes(pending);
    stack->endMacro();
    return name;
}

} // namespace Topologist

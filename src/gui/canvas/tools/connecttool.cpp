// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/tools/connecttool.h"

#include "canvas/canvasstyle.h"
#include "canvas/nodeitem.h"
#include "canvas/overviewpainter.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "topologydocument.h"
#include "types/relationshipmatcher.h"

#include <QElapsedTimer>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>

namespace Topologist {

namespace {
/// How long a drag start may spend on full checks before leaving the rest to hovering.
constexpr int judgingBudgetMs = 4;
} // namespace

ConnectTool::ConnectTool(TopologyScene &scene)
    : CanvasTool(scene)
    , m_verdicts(scene)
{}

void ConnectTool::beginConnect(NodeItem *node, const QString &requirement, const QPointF &scenePos)
{
    m_source = node->name();
    m_requirement = requirement;
    m_index = -1;
    m_start = node->mapToScene(node->requirementPortPosition(requirement));
    begin(Mode::Connect, scenePos);
    emit statusMessage(
        tr("Drag %1.%2 onto a highlighted node to connect it").arg(m_source, m_requirement));
}

void ConnectTool::beginRetarget(RelationshipItem *relationship, const QPointF &scenePos)
{
    m_source = relationship->content().source;
    m_requirement = relationship->content().requirement;
    m_index = relationship->content().requirementIndex;
    m_start = relationship->startPoint();
    m_retargeted = relationship;
    relationship->setDragged(true);
    begin(Mode::Retarget, scenePos);
    emit statusMessage(
        tr("Drop the arrow on another node to re-target %1.%2").arg(m_source, m_requirement));
}

void ConnectTool::begin(Mode mode, const QPointF &scenePos)
{
    m_mode = mode;
    m_line = new QGraphicsPathItem;
    QPen pen(CanvasStyle::selection(), 1.8, Qt::DashLine);
    pen.setCosmetic(true);
    m_line->setPen(pen);
    m_line->setZValue(100);
    scene().addItem(m_line);
    judgeNodesInView();
    if (mode == Mode::Retarget)
        scene().overviewChanged(); // the arrow is drawn faded
    update(scenePos);
}

void ConnectTool::judgeNodesInView()
{
    // Judged once per drag and only for the nodes in view; the rest is judged when the cursor
    // reaches it. The type test (RelationshipMatcher, the first thing canConnect checks) rules
    // out most nodes at once, once per type; the full check (occurrences, loops) runs for the
    // others while a small time budget lasts, then on hover, so drag start stays instant in big
    // topologies. In the overview a veil dims every card (OverviewPainter): only candidates get
    // a state of their own there, not the thousands of refusing cards of a fitted topology.
    m_verdicts.reset();
    m_verdicts.setShowsCandidates(true);
    const QGraphicsView *view = scene().activeView();
    const QRectF visible
        = view ? view->mapToScene(view->viewport()->rect()).boundingRect() : scene().sceneRect();
    const bool overview = view && OverviewPainter::applies(view->transform().m11());
    const RequirementDefinition *definition = requirementDefinition();
    const RelationshipMatcher matcher(scene().document()->types());
    QHash<QString, QString> byType; // node type -> why it cannot match; empty when it may
    QElapsedTimer budget;
    budget.start();
    for (NodeItem *node : scene().drawingOrder()) {
        if (!QRectF(node->scenePos(), node->size()).intersects(visible))
            continue;
        if (definition && node->name() != m_source) {
            const QString &type = node->content().type;
            auto why = byType.constFind(type);
            if (why == byType.constEnd())
                why = byType.insert(type, typeVerdict(*definition, matcher, node->name(), type));
            if (!why->isEmpty()) {
                if (overview)
                    continue; // dimmed by the veil; judged again if the cursor reaches it
                m_verdicts.record(node->name(), *why);
            } else if (budget.elapsed() > judgingBudgetMs) {
                m_verdicts.markLikely(node->name());
            }
        }
        if (!m_verdicts.isJudged(node->name()) && !m_verdicts.isLikely(node->name()))
            verdict(node);
        if (!overview || m_verdicts.restingState(node->name()) != NodeItem::DropState::Dimmed)
            m_verdicts.rest(node);
    }
}

const RequirementDefinition *ConnectTool::requirementDefinition() const
{
    const NodeTemplate *source = scene().document()->topology().node(m_source);
    const TypeDefinition *type
        = source ? scene().document()->types().resolved(TypeKind::Node, source->type) : nullptr;
    const RequirementDefinition *definition = nullptr;
    for (int i = 0; type && i < type->requirements.size(); ++i) {
        if (type->requirements[i].name == m_requirement)
            definition = &type->requirements[i];
    }
    return definition;
}

QString ConnectTool::typeVerdict(const RequirementDefinition &definition,
                                 const RelationshipMatcher &matcher,
                                 const QString &node,
                                 const QString &nodeType) const
{
    const TypeDefinition *targetType
        = scene().document()->types().resolved(TypeKind::Node, nodeType);
    if (!targetType)
        return tr("%1 has an unknown type").arg(node);
    QString why;
    if (!matcher.matchingCapability(definition, QString(), *targetType, &why).isEmpty())
        return QString();
    return why.isEmpty() ? tr("%1 cannot satisfy %2").arg(node, m_requirement) : why;
}

QString ConnectTool::verdict(NodeItem *target)
{
    return m_verdicts.verdict(target->name(), [this](const QString &node) {
        return whyNotConnect(m_source, m_requirement, m_index, node);
    });
}

bool ConnectTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    update(event->scenePos());
    return true;
}

bool ConnectTool::mouseReleased(QGraphicsSceneMouseEvent *event)
{
    finish(event->scenePos());
    event->accept();
    return true;
}

void ConnectTool::update(const QPointF &scenePos)
{
    if (NodeItem *target = scene().nodeAt(scenePos)) {
        const QString why = verdict(target);
        m_verdicts.hover(target,
                         why.isEmpty() ? NodeItem::DropState::Accept : NodeItem::DropState::Refuse);
        emit statusMessage(
            why.isEmpty()
                ? tr("Release to connect %1.%2 to %3").arg(m_source, m_requirement, target->name())
                : why);
    } else {
        m_verdicts.hover(nullptr, NodeItem::DropState::None);
    }
    QPainterPath path = relationshipCurve(m_start, scenePos);
    // An arrow head at the cursor end.
    path.moveTo(scenePos);
    path.lineTo(scenePos - QPointF(9, 4.5));
    path.moveTo(scenePos);
    path.lineTo(scenePos - QPointF(9, -4.5));
    if (m_line)
        m_line->setPath(path);
}

void ConnectTool::finish(const QPointF &scenePos)
{
    const Mode mode = m_mode;
    NodeItem *target = scene().nodeAt(scenePos);
    const QString why = target ? verdict(target) : QString();
    const QString currentTarget = m_retargeted ? m_retargeted->content().target : QString();
    cancel(); // visuals go before the document changes
    if (!target) {
        emit statusMessage(mode == Mode::Connect ? tr("Not connected: drop on a node")
                                                 : tr("Relationship unchanged"));
        return;
    }
    if (!why.isEmpty()) {
        refuse(why, scenePos);
        return;
    }
    apply(mode, target, currentTarget, scenePos);
}

void ConnectTool::apply(Mode mode,
                        NodeItem *target,
                        const QString &currentTarget,
                        const QPointF &scenePos)
{
    QString error;
    if (mode == Mode::Connect) {
        if (!actions()->connect(m_source, m_requirement, target->name(), &error)) {
            refuse(error, scenePos);
            return;
        }
        emit statusMessage(
            tr("Connected %1.%2 to %3").arg(m_source, m_requirement, target->name()));
        return;
    }
    if (target->name() == currentTarget)
        return;
    if (!actions()->retarget(m_source, m_index, target->name(), &error)) {
        refuse(error, scenePos);
        return;
    }
    emit statusMessage(tr("%1.%2 now targets %3").arg(m_source, m_requirement, target->name()));
}

QList<QGraphicsItem *> ConnectTool::items() const
{
    return m_line ? QList<QGraphicsItem *>{m_line} : QList<QGraphicsItem *>();
}

bool ConnectTool::cancel()
{
    const bool wasActive = m_mode != Mode::None;
    m_mode = Mode::None;
    if (m_line) {
        scene().removeItem(m_line);
        delete m_line;
        m_line = nullptr;
    }
    if (m_retargeted) {
        m_retargeted->setDragged(false);
        m_retargeted = nullptr;
        scene().overviewChanged();
    }
    const bool shown = m_verdicts.reset();
    return wasActive || shown;
}

} // namespace Topologist

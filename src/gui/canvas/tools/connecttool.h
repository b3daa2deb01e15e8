// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/tools/canvastool.h"
#include "canvas/tools/dropverdicts.h"

#include <QPointer>

class QGraphicsPathItem;

namespace Topologist {

class NodeItem;
class RelationshipItem;
class RelationshipMatcher;
struct RequirementDefinition;

/// Connects a requirement to a node by dragging from its port, or re-targets an arrow by
/// dragging its head. While dragging, nodes in view that could take the relationship are
/// highlighted and the others dimmed; the one under the cursor says yes or why not.
class ConnectTool : public CanvasTool
{
    Q_OBJECT

public:
    explicit ConnectTool(TopologyScene &scene);

    /// Starts a new relationship from `node`'s port of `requirement`.
    void beginConnect(NodeItem *node, const QString &requirement, const QPointF &scenePos);
    /// Starts moving the head of `relationship` to another node.
    void beginRetarget(RelationshipItem *relationship, const QPointF &scenePos);

    bool isActive() const override { return m_mode != Mode::None; }
    bool mouseMoved(QGraphicsSceneMouseEvent *event) override;
    bool mouseReleased(QGraphicsSceneMouseEvent *event) override;
    bool cancel() override;
    QList<QGraphicsItem *> items() const override;
    QList<NodeItem *> highlightedNodes() const override { return m_verdicts.highlighted(); }
    bool dimsOthers() const override { return isActive(); }

private:
    enum class Mode { None, Connect, Retarget };

    void begin(Mode mode, const QPointF &scenePos);
    void judgeNodesInView();
    const RequirementDefinition *requirementDefinition() const;
    /// Why nodes of `nodeType` cannot take the requirement at all; empty when they may.
    QString typeVerdict(const RequirementDefinition &definition,
                        const RelationshipMatcher &matcher,
                        const QString &node,
                        const QString &nodeType) const;
    /// Empty when `target` can take the relationship, else why not.
    QString verdict(NodeItem *target);
    void update(const QPointF &scenePos);
    void finish(const QPointF &scenePos);
    void apply(Mode mode, NodeItem *target, const QString &currentTarget, const QPointF &scenePos);

    DropVerdicts m_verdicts;
    Mode m_mode = Mode::None;
    QString m_source;
    QString m_requirement;
    int m_index = -1; // of the requirement re-targeted
    QPointF m_start;
    QPointer<RelationshipItem> m_retargeted;
    QGraphicsPathItem *m_line = nullptr;
};

} // namespace Topologist

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/tools/canvastool.h"
#include "canvas/tools/dropverdicts.h"

#include <QHash>
#include <QPointer>

class QGraphicsPathItem;

namespace Topologist {

class NodeItem;

/// Drags nodes. Top-level nodes move (all selected ones together); a lone one that can be
/// hosted is hosted on the machine it is dropped on. A hosted node is dragged as an outline: onto
/// another node to move it there, onto the empty canvas to take it off its host. A press that
/// does not move far enough is a click, left to the scene's selection.
class MoveTool : public CanvasTool
{
    Q_OBJECT

public:
    explicit MoveTool(TopologyScene &scene);

    /// The mouse went down on `node`: a drag starts once it has moved far enough.
    void press(NodeItem *node, const QPointF &scenePos);

    bool isActive() const override { return m_mode != Mode::None; }
    bool mouseMoved(QGraphicsSceneMouseEvent *event) override;
    bool mouseReleased(QGraphicsSceneMouseEvent *event) override;
    bool cancel() override;
    QList<QGraphicsItem *> items() const override;
    QList<NodeItem *> highlightedNodes() const override { return m_verdicts.highlighted(); }
    QList<NodeItem *> movingNodes() const override;

private:
    enum class Mode { None, Pending, MoveRoots, MoveHosted };

    void begin();
    void beginMoveRoots(NodeItem *node);
    void beginMoveHosted(NodeItem *node);
    /// Which requirement of the dragged node hosts it (m_requirement, m_index).
    void findHostingRequirement();
    /// Empty when `target` can host the dragged node, else why not.
    QString hostVerdict(NodeItem *target);
    void moveRoots(const QPointF &scenePos);
    void moveHosted(const QPointF &scenePos);
    void finishMoveRoots(const QPointF &scenePos);
    void finishMoveHosted(const QPointF &scenePos);
    void takeOffHost(const QString &host, const QPointF &topLeft);

    DropVerdicts m_verdicts;
    Mode m_mode = Mode::None;
    QPointF m_pressPos;
    QPointer<NodeItem> m_pressed;
    QString m_source;
    QString m_requirement; // that hosts the dragged node; empty when it does not get hosted
    int m_index = -1;      // of that requirement, -1 when not connected
    QHash<QString, QPointF> m_moveStart;
    QPointF m_ghostOffset;
    QGraphicsPathItem *m_ghost = nullptr;
};

} // namespace Topologist

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

class QGraphicsScene;

namespace Topologist {

class TopologyTemplate;
class Workflow;
class WorkflowMachines;
class WorkflowOrder;

/// Draws a workflow as the view shows it: one lane per machine, in it one column per node
/// with that node's steps, top to bottom in the order they run (a row per rank), and an arrow
/// from each step to each step that waits for it. Steps that never run come last in their
/// column.
class WorkflowDiagram
{
public:
    WorkflowDiagram(const Workflow &workflow,
                    const WorkflowOrder &order,
                    const WorkflowMachines &machines,
                    const TopologyTemplate &topology);

    /// Clears `scene` and fills it.
    void draw(QGraphicsScene *scene) const;

    static constexpr qreal columnWidth = 198;
    static constexpr qreal pitch = 26;
    static constexpr qreal laneGap = 14;
    static constexpr qreal headerHeight = 52;

private:
    struct Lane
    {
        QString machine;
        QStringList nodes;
        qreal x = 0;
    };

    void placeColumns(const WorkflowMachines &machines, const TopologyTemplate &topology);
    void placeRows();
    void drawLanes(QGraphicsScene *scene) const;
    void drawSteps(QGraphicsScene *scene) const;
    QPointF topLeftOf(int step) const;

    const Workflow &m_workflow;
    const WorkflowOrder &m_order;
    QList<Lane> m_lanes;
    /// Each step's column (node, or empty for the orchestrator) and its x.
    QList<QString> m_columnOf;
    QHash<QString, qreal> m_columnX;
    /// Each step's row, and the y of each row's first slot; steps sharing a row and a column
    /// take the slots below one another.
    QList<int> m_rowOf;
    QList<int> m_slotOf;
    QList<qreal> m_rowY;
    qreal m_height = 0;
};

} // namespace Topologist

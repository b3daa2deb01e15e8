// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workflowdiagram.h"

#include "model/topologytemplate.h"
#include "statuscolors.h"
#include "workflow/workflow.h"
#include "workflow/workflowarrowitem.h"
#include "workflow/workflowmachines.h"
#include "workflow/workfloworder.h"
#include "workflow/workflowstepitem.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPalette>
#include <QPen>

#include <algorithm>

namespace Topologist {

WorkflowDiagram::WorkflowDiagram(const Workflow &workflow,
                                 const WorkflowOrder &order,
                                 const WorkflowMachines &machines,
                                 const TopologyTemplate &topology)
    : m_workflow(workflow)
    , m_order(order)
{
    placeColumns(machines, topology);
    placeRows();
}

void WorkflowDiagram::placeColumns(const WorkflowMachines &machines,
                                   const TopologyTemplate &topology)
{
    QHash<QString, int> laneOf;
    for (const QString &machine : machines.machinesOf(m_workflow)) {
        laneOf.insert(machine, int(m_lanes.size()));
        m_lanes.append({machine, {}, 0});
    }
    for (const WorkflowStep &step : m_workflow.steps()) {
        const QString node = step.runsOn();
        m_columnOf.append(node);
        Lane &lane = m_lanes[laneOf.value(node.isEmpty() ? QString() : machines.machineOf(node))];
        if (!lane.nodes.contains(node))
            lane.nodes.append(node);
    }
    qreal x = laneGap;
    for (Lane &lane : m_lanes) {
        // The machine first, then what it hosts in the order of the file.
        std::sort(lane.nodes.begin(), lane.nodes.end(), [&](const QString &a, const QString &b) {
            if ((a == lane.machine) != (b == lane.machine))
                return a == lane.machine;
            return topology.indexOf(a) < topology.indexOf(b);
        });
        lane.x = x;
        for (int i = 0; i < lane.nodes.size(); ++i)
            m_columnX.insert(lane.nodes[i], x + i * columnWidth);
        x += lane.nodes.size() * columnWidth + laneGap;
    }
}

void WorkflowDiagram::placeRows()
{
    const int count = m_workflow.stepCount();
    int lastRank = -1;
    for (int i = 0; i < count; ++i)
        lastRank = std::max(lastRank, m_order.rank(i));
    // Steps that never run get rows of their own below the rest, in workflow order.
    QHash<QString, int> neverRun;
    QHash<std::pair<QString, int>, int> taken;
    int rows = lastRank + 1;
    for (int i = 0; i < count; ++i) {
        int row = m_order.rank(i);
        if (row < 0)
            row = lastRank + 1 + neverRun[m_columnOf[i]]++;
        rows = std::max(rows, row + 1);
        m_rowOf.append(row);
        m_slotOf.append(taken[{m_columnOf[i], row}]++);
    }
    QList<int> slotCounts(rows, 1);
    for (int i = 0; i < count; ++i)
        slotCounts[m_rowOf[i]] = std::max(slotCounts[m_rowOf[i]], m_slotOf[i] + 1);
    qreal y = headerHeight;
    for (int row = 0; row < rows; ++row) {
        m_rowY.append(y);
        y += slotCounts[row] * pitch;
    }
    m_height = y + laneGap;
}

QPointF WorkflowDiagram::topLeftOf(int step) const
{
    return QPointF(m_columnX.value(m_columnOf[step]) + (columnWidth - WorkflowStepItem::width) / 2,
                   m_rowY[m_rowOf[step]] + m_slotOf[step] * pitch);
}

void WorkflowDiagram::draw(QGraphicsScene *scene) const
{
    scene->clear();
    drawLanes(scene);
    drawSteps(scene);
    scene->setSceneRect(scene->itemsBoundingRect().adjusted(-laneGap, -laneGap, laneGap, laneGap));
}

void WorkflowDiagram::drawLanes(QGraphicsScene *scene) const
{
    const QPalette palette = QApplication::palette();
    QFont bold = QApplication::font();
    bold.setBold(true);
    for (int l = 0; l < m_lanes.size(); ++l) {
        const Lane &lane = m_lanes[l];
        const qreal width = lane.nodes.size() * columnWidth;
        auto *band = scene->addRect(QRectF(lane.x, 0, width, m_height),
                                    QPen(palette.color(QPalette::Mid)),
                                    palette.color(l % 2 ? QPalette::Window : QPalette::Base));
        band->setZValue(-3);
        const QString title = lane.machine.isEmpty()
                                  ? QApplication::translate("WorkflowDiagram", "orchestrator")
                                  : lane.machine;
        auto *machine = scene->addSimpleText(title, bold);
        machine->setBrush(palette.color(QPalette::Text));
        machine->setPos(lane.x + 6, 6);
        for (const QString &node : lane.nodes) {
            auto *label = scene->addSimpleText(node.isEmpty() ? title : node);
            label->setBrush(palette.color(QPalette::PlaceholderText));
            label->setPos(m_columnX.value(node) + 8, 28);
        }
    }
}

void WorkflowDiagram::drawSteps(QGraphicsScene *scene) const
{
    const QPalette palette = QApplication::palette();
    QList<QPointF> corners;
    for (int i = 0; i < m_workflow.stepCount(); ++i) {
        const WorkflowStepItem::Trouble trouble
            = m_order.isInCycle(i) ? WorkflowStepItem::Trouble::InLoop
              : m_order.runs(i)    ? WorkflowStepItem::Trouble::None
                                   : WorkflowStepItem::Trouble::WaitsOnLoop;
        auto *item = new WorkflowStepItem(m_workflow.stepAt(i), m_order.rank(i), trouble);
        corners.append(topLeftOf(i));
        item->setPos(corners.last());
        scene->addItem(item);
    }
    for (int to = 0; to < m_workflow.stepCount(); ++to) {
        for (int from : m_order.predecessors()[to]) {
            const QColor color
                = m_order.runs(to) ? palette.color(QPalette::Dark) : StatusColors::error();
            const QPointF start
                = corners[from] + QPointF(WorkflowStepItem::width / 2, WorkflowStepItem::height);
            const QPointF end = corners[to] + QPointF(WorkflowStepItem::width / 2, 0);
            scene->addItem(new WorkflowArrowItem(
                m_workflow.stepAt(from).name, m_workflow.stepAt(to).name, start, end, color));
        }
    }
}

} // namespace Topologist

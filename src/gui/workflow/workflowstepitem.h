// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/workflowstep.h"

#include <QGraphicsItem>

namespace Topologist {

/// One step of the workflow view: a box with what the step does, framed in the error colour
/// when it is in a loop and in the warning colour when it waits on one.
class WorkflowStepItem : public QGraphicsItem
{
public:
    enum class Trouble { None, InLoop, WaitsOnLoop };

    static constexpr qreal width = 184;
    static constexpr qreal height = 20;

    WorkflowStepItem(const WorkflowStep &step, int rank, Trouble trouble);

    const QString &stepName() const { return m_name; }
    /// The step's rank in the order, -1 when it never runs.
    int rank() const { return m_rank; }
    Trouble trouble() const { return m_trouble; }
    /// What the box shows: the state, the operation, or the delegated workflow.
    const QString &label() const { return m_label; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static QString labelOf(const WorkflowStep &step);
    static QString toolTipOf(const WorkflowStep &step, Trouble trouble);

    QString m_name;
    QString m_label;
    WorkflowActivity::Kind m_kind = WorkflowActivity::Kind::Unknown;
    int m_rank = -1;
    Trouble m_trouble = Trouble::None;
};

} // namespace Topologist

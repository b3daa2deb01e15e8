// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Topologist {

class Workflow;

/// In what order a workflow's steps run, and which never do.
///
/// A step runs once every step whose `on_success` names it has run. Its rank is the length of
/// the longest chain of steps before it; the order is by rank, then by the step's place in the
/// workflow, so it is the same every time for the same workflow. A step in a loop never runs,
/// and neither does a step that waits (directly or not) on one.
class WorkflowOrder
{
public:
    /// An `on_success` or `on_failure` naming a step the workflow does not have.
    struct MissingStep
    {
        int step = -1;
        QString name;
        bool onFailure = false;
    };

    explicit WorkflowOrder(const Workflow &workflow);

    /// The steps that run, by index, in order.
    const QList<int> &order() const { return m_order; }
    /// The rank of a step, or -1 when it never runs.
    int rank(int step) const { return m_rank[step]; }
    bool runs(int step) const { return m_rank[step] >= 0; }
    /// The loops, each its steps in workflow order.
    const QList<QList<int>> &cycles() const { return m_cycles; }
    bool isInCycle(int step) const { return m_inCycle[step]; }
    /// Steps outside every loop that never run because they wait on one, in workflow order.
    const QList<int> &waitingOnCycle() const { return m_waiting; }
    const QList<MissingStep> &missingSteps() const { return m_missing; }
    /// For each step, the steps whose `on_success` names it.
    const QList<QList<int>> &predecessors() const { return m_predecessors; }

private:
    QList<QList<int>> m_successors;
    QList<QList<int>> m_predecessors;
    QList<int> m_order;
    QList<int> m_rank;
    QList<QList<int>> m_cycles;
    QList<bool> m_inCycle;
    QList<int> m_waiting;
    QList<MissingStep> m_missing;

    void readLinks(const Workflow &workflow);
    void rankSteps();
    void findCycles();
};

} // namespace Topologist

// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workfloworder.h"

#include "workflow/cyclefinder.h"
#include "workflow/workflow.h"

#include <algorithm>

namespace Topologist {

WorkflowOrder::WorkflowOrder(const Workflow &workflow)
{
    readLinks(workflow);
    rankSteps();
    findCycles();
}

void WorkflowOrder::readLinks(const Workflow &workflow)
{
    const int count = workflow.stepCount();
    m_successors.resize(count);
    m_predecessors.resize(count);
    for (int i = 0; i < count; ++i) {
        const WorkflowStep &step = workflow.stepAt(i);
        for (const QString &name : step.onSuccess) {
            const int next = workflow.indexOf(name);
            if (next < 0) {
                m_missing.append({i, name, false});
            } else if (!m_successors[i].contains(next)) {
                m_successors[i].append(next);
                m_predecessors[next].append(i);
            }
        }
        for (const QString &name : step.onFailure) {
            if (workflow.indexOf(name) < 0)
                m_missing.append({i, name, true});
        }
    }
}

void WorkflowOrder::rankSteps()
{
    // Kahn's algorithm, a whole rank at a time.
    const int count = int(m_successors.size());
    m_rank.fill(-1, count);
    QList<int> waitingFor(count);
    QList<int> ready;
    for (int i = 0; i < count; ++i) {
        waitingFor[i] = int(m_predecessors[i].size());
        if (waitingFor[i] == 0)
            ready.append(i);
    }
    for (int rank = 0; !ready.isEmpty(); ++rank) {
        std::sort(ready.begin(), ready.end());
        QList<int> next;
        for (int step : std::as_const(ready)) {
            m_rank[step] = rank;
            m_order.append(step);
            for (int successor : std::as_const(m_successors[step])) {
                if (--waitingFor[successor] == 0)
                    next.append(successor);
            }
        }
        ready = next;
    }
}

void WorkflowOrder::findCycles()
{
    const int count = int(m_successors.size());
    m_inCycle.fill(false, count);
    if (m_order.size() == count)
        return;
    m_cycles = CycleFinder::cycles(m_successors);
    for (const QList<int> &cycle : std::as_const(m_cycles)) {
        for (int step : cycle)
            m_inCycle[step] = true;
    }
    for (int i = 0; i < count; ++i) {
        if (m_rank[i] < 0 && !m_inCycle[i])
            m_waiting.append(i);
    }
}

} // namespace Topologist

// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workflowmachines.h"

#include "model/topologytemplate.h"
#include "workflow/workflow.h"

#include <QSet>

#include <algorithm>

namespace Topologist {

WorkflowMachines::WorkflowMachines(const TopologyTemplate &topology, const TypeRegistry &types)
    : m_topology(topology)
    , m_hosting(types, &topology)
{}

QString WorkflowMachines::machineOf(const QString &node) const
{
    const auto known = m_machines.constFind(node);
    if (known != m_machines.constEnd())
        return *known;
    QStringList chain{node};
    QString machine = node;
    for (const NodeTemplate *current = m_topology.node(node); current;) {
        const QString host = m_hosting.hostOf(*current);
        if (host.isEmpty() || !m_topology.contains(host))
            break;
        if (chain.contains(host)) {
            machine = node; // a loop has no bottom
            break;
        }
        chain << host;
        machine = host;
        current = m_topology.node(host);
    }
    m_machines.insert(node, machine);
    return machine;
}

QStringList WorkflowMachines::machinesOf(const Workflow &workflow) const
{
    QSet<QString> machines;
    bool orchestrator = false;
    for (const WorkflowStep &step : workflow.steps()) {
        if (step.runsOn().isEmpty())
            orchestrator = true;
        else
            machines.insert(machineOf(step.runsOn()));
    }
    QStringList result(machines.cbegin(), machines.cend());
    // Unknown names (a custom step on a missing node) go after the topology's, by name.
    std::sort(result.begin(), result.end(), [this](const QString &a, const QString &b) {
        const int ia = m_topology.indexOf(a);
        const int ib = m_topology.indexOf(b);
        if ((ia < 0) != (ib < 0))
            return ib < 0;
        return ia != ib ? ia < ib : a < b;
    });
    if (orchestrator)
        result << QString();
    return result;
}

} // namespace Topologist

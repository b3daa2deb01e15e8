// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types/hosting.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Topologist {

class TopologyTemplate;
class TypeRegistry;
class Workflow;

/// Which machine runs what: the node at the bottom of a node's hosting chain (a node hosted on
/// nothing is its own machine). The workflow view draws one lane per machine.
class WorkflowMachines
{
public:
    WorkflowMachines(const TopologyTemplate &topology, const TypeRegistry &types);

    /// The machine under `node`; `node` itself when it is hosted on nothing, is not in the
    /// topology, or sits in a hosting loop.
    QString machineOf(const QString &node) const;
    /// The machines the steps of `workflow` run on, in topology order of the machines; steps
    /// that name no node run on the orchestrator, which comes last as an empty name.
    QStringList machinesOf(const Workflow &workflow) const;

private:
    const TopologyTemplate &m_topology;
    Hosting m_hosting;
    mutable QHash<QString, QString> m_machines;
};

} // namespace Topologist

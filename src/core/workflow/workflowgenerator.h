// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types/hosting.h"
#include "workflow/workflow.h"

#include <QHash>
#include <QString>

namespace Topologist {

class TopologyTemplate;
class TypeRegistry;
struct NodeTemplate;

/// The install and uninstall workflows Alien4Cloud generates for a topology from its
/// declarative defaults (see DeclarativeWorkflows), before it simplifies them: every node's
/// lifecycle steps, every relationship's operations, and the weaving between the two ends.
///
/// Steps come in topology order, node by node, each relationship's operations after its
/// source's lifecycle: the order a reader of the file expects.
class WorkflowGenerator
{
public:
    WorkflowGenerator(const TopologyTemplate &topology, const TypeRegistry &types);

    /// `install` or `uninstall`; any other name gives an empty workflow.
    Workflow generate(const QString &workflowName) const;
    /// True for a node the orchestrator provides (a machine, a network, a volume, or an
    /// abstract type): Alien4Cloud gives it one delegate step instead of a lifecycle.
    bool isNative(const NodeTemplate &node) const;

private:
    /// A node's steps by lifecycle entry; a native node's one step stands for all of them.
    struct NodeSteps
    {
        QHash<QString, QString> byEntry;
        QString delegate;
        QString find(const QString &entry) const { return byEntry.value(entry, delegate); }
    };

    NodeSteps addNode(Workflow *workflow, const NodeTemplate &node) const;
    void addRelationship(Workflow *workflow,
                         const NodeTemplate &source,
                         const RequirementAssignment &assignment,
                         const QHash<QString, NodeSteps> &steps) const;

    const TopologyTemplate &m_topology;
    const TypeRegistry &m_types;
};

} // namespace Topologist

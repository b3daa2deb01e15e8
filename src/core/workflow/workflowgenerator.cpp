// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workflowgenerator.h"

#include "model/topologytemplate.h"
#include "types/typeregistry.h"
#include "workflow/declarativeworkflows.h"

namespace Topologist {

WorkflowGenerator::WorkflowGenerator(const TopologyTemplate &topology, const TypeRegistry &types)
    : m_topology(topology)
    , m_types(types)
{}

bool WorkflowGenerator::isNative(const NodeTemplate &node) const
{
    const TypeDefinition *declared = m_types.declared(TypeKind::Node, node.type);
    if (declared && declared->abstract)
        return true;
    for (const QString &native : DeclarativeWorkflows::nativeNodeTypes()) {
        if (m_types.derivesFrom(TypeKind::Node, node.type, native))
            return true;
    }
    return false;
}

Workflow WorkflowGenerator::generate(const QString &workflowName) const
{
    Workflow workflow(workflowName, true);
    if (DeclarativeWorkflows::nodeLifecycle(workflowName).isEmpty())
        return workflow;
    QHash<QString, NodeSteps> steps;
    steps.reserve(m_topology.nodeCount());
    for (const NodeTemplate &node : m_topology.nodes()) {
        if (!steps.contains(node.name))
            steps.insert(node.name, addNode(&workflow, node));
    }
    for (const NodeTemplate &node : m_topology.nodes()) {
        for (const RequirementAssignment &assignment : node.requirements) {
            if (steps.contains(assignment.node))
                addRelationship(&workflow, node, assignment, steps);
        }
    }
    return workflow;
}

WorkflowGenerator::NodeSteps WorkflowGenerator::addNode(Workflow *workflow,
                                                        const NodeTemplate &node) const
{
    NodeSteps steps;
    WorkflowStep step;
    step.node = node.name;
    step.location = node.location;
    if (isNative(node)) {
        step.name = node.name + QLatin1Char('_') + workflow->name();
        step.activities = {WorkflowActivity::delegate(workflow->name())};
        steps.delegate = workflow->addStep(step);
        return steps;
    }
    QString previous;
    for (const QString &entry : DeclarativeWorkflows::nodeLifecycle(workflow->name())) {
        step.name = node.name + QLatin1Char('_') + entry;
        const bool operation = DeclarativeWorkflows::isOperation(entry);
        step.activities
            = {operation ? WorkflowActivity::callOperation(QStringLiteral("Standard.") + entry)
                         : WorkflowActivity::setState(entry)};
        step.operationHost = operation ? QStringLiteral("SELF") : QString();
        const QString name = workflow->addStep(step);
        steps.byEntry.insert(entry, name);
        if (!previous.isEmpty())
            workflow->link(previous, name);
        previous = name;
    }
    return steps;
}

void WorkflowGenerator::addRelationship(Workflow *workflow,
                                        const NodeTemplate &source,
                                        const RequirementAssignment &assignment,
                                        const QHash<QString, NodeSteps> &steps) const
{
    using Side = DeclarativeWorkflows::Side;
    const NodeSteps &sourceSteps = steps[source.name];
    const NodeSteps &targetSteps = steps[assignment.node];
    const auto stepsOf = [&](Side side) -> const NodeSteps & {
        return side == Side::Source ? sourceSteps : targetSteps;
    };
    // A native end runs no relationship operation of its own (Alien4Cloud leaves them out).
    const bool sourceNative = !sourceSteps.delegate.isEmpty();
    const bool targetNative = !targetSteps.delegate.isEmpty();
    const QString relationship
        = assignment.relationshipName.isEmpty() ? assignment.name : assignment.relationshipName;
    for (const auto &operation : DeclarativeWorkflows::relationshipOperations(workflow->name())) {
        if ((operation.host == Side::Source && sourceNative)
            || (operation.host == Side::Target && targetNative))
            continue;
        WorkflowStep step;
        step.name
            = source.name + QLatin1Char('_') + assignment.name + QLatin1Char('_') + operation.name;
        step.node = source.name;
        step.relationship = relationship;
        step.relationshipTarget = assignment.node;
        step.operationHost
            = operation.host == Side::Source ? QStringLiteral("SOURCE") : QStringLiteral("TARGET");
        step.activities
            = {WorkflowActivity::callOperation(QStringLiteral("Configure.") + operation.name)};
        step.location = assignment.location;
        const QString name = workflow->addStep(step);
        for (const auto &link : operation.links) {
            const QString nodeStep = stepsOf(link.side).find(link.nodeStep);
            if (link.after)
                workflow->link(nodeStep, name);
            else
                workflow->link(name, nodeStep);
        }
    }
    const DeclarativeWorkflows::Weaving weaving = DeclarativeWorkflows::weaving(workflow->name());
    const Side awaited = weaving.waiting == Side::Source ? Side::Target : Side::Source;
    workflow->link(stepsOf(awaited).find(weaving.awaitedStep),
                   stepsOf(weaving.waiting).find(weaving.waitingStep));
}

} // namespace Topologist

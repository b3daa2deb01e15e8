// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

class Workflow;
class WorkflowOrder;

/// The topology's own `workflows:`: TOPO-WF-003 a step's `on_success`/`on_failure` names a step
/// the workflow lacks; TOPO-WF-004 steps wait for each other in a loop; TOPO-WF-005 steps that
/// never run because they wait on such a loop; TOPO-WF-006 a step targets a node the topology
/// lacks. Each problem is about the workflow, at the step's line.
class CustomWorkflowRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("custom-workflow"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;
    bool readsStructureOnly() const override { return true; }

private:
    static void
    checkWorkflow(const ValidationContext &context, const Workflow &workflow, Problems *problems);
    static void
    checkOrder(const Workflow &workflow, const WorkflowOrder &order, Problems *problems);
};

} // namespace Topologist

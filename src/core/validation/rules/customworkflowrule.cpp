// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/customworkflowrule.h"

#include "validation/validationcontext.h"
#include "workflow/customworkflowreader.h"
#include "workflow/workfloworder.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

Problem workflowProblem(Severity severity,
                        const char *code,
                        const Workflow &workflow,
                        const SourceLocation &location,
                        const QString &message)
{
    return Problem::make(severity,
                         QLatin1String(code),
                         QString(),
                         ProblemMember::workflow(workflow.name()),
                         location.isValid() ? location : workflow.location,
                         message);
}

QString stepNames(const Workflow &workflow, const QList<int> &steps)
{
    QStringList names;
    for (int step : steps)
        names << workflow.stepAt(step).name;
    return names.join(QStringLiteral(", "));
}

} // namespace

void CustomWorkflowRule::checkTopology(const ValidationContext &context, Problems *problems) const
{
    if (context.topology().workflows.isNull())
        return;
    for (const Workflow &workflow : CustomWorkflowReader::read(context.topology().workflows))
        checkWorkflow(context, workflow, problems);
}

void CustomWorkflowRule::checkWorkflow(const ValidationContext &context,
                                       const Workflow &workflow,
                                       Problems *problems)
{
    for (const WorkflowStep &step : workflow.steps()) {
        if (step.node.isEmpty() || context.topology().contains(step.node))
            continue;
        problems->append(workflowProblem(
            Severity::Error,
            "TOPO-WF-006",
            workflow,
            step.location,
            QCoreApplication::translate(
                "Validation", "workflow %1: step %2 targets %3, which is not a node template")
                .arg(workflow.name(), step.name, step.node)));
    }
    checkOrder(workflow, WorkflowOrder(workflow), problems);
}

void CustomWorkflowRule::checkOrder(const Workflow &workflow,
                                    const WorkflowOrder &order,
                                    Problems *problems)
{
    for (const WorkflowOrder::MissingStep &missing : order.missingSteps()) {
        const WorkflowStep &step = workflow.stepAt(missing.step);
        problems->append(workflowProblem(
            Severity::Error,
            "TOPO-WF-003",
            workflow,
            step.location,
            QCoreApplication::translate("Validation",
                                        "workflow %1: %2 of step %3 names %4, which is not a "
                                        "step of the workflow")
                .arg(workflow.name(),
                     missing.onFailure ? QStringLiteral("on_failure")
                                       : QStringLiteral("on_success"),
                     step.name,
                     missing.name)));
    }
    for (const QList<int> &loop : order.cycles()) {
        problems->append(workflowProblem(
            Severity::Error,
            "TOPO-WF-004",
            workflow,
            workflow.stepAt(loop.first()).location,
            QCoreApplication::translate(
                "Validation", "workflow %1: steps %2 wait for each other in a loop; none runs")
                .arg(workflow.name(), stepNames(workflow, loop))));
    }
    if (!order.waitingOnCycle().isEmpty()) {
        problems->append(workflowProblem(
            Severity::Warning,
            "TOPO-WF-005",
            workflow,
            workflow.stepAt(order.waitingOnCycle().first()).location,
            QCoreApplication::translate("Validation",
                                        "workflow %1: steps %2 never run: they wait on a loop")
                .arg(workflow.name(), stepNames(workflow, order.waitingOnCycle()))));
    }
}

} // namespace Topologist
